"""Numbers as people write them: a comma where YAML wants a decimal point.

A Dutch consultant writes ``0,5`` for a half and ``1.500`` for fifteen hundred; YAML reads
``0,5`` as text. A number field given such a text gets a finding that says what was
probably meant (JP009, no checklist question) instead of "wrong type: got text":

- a count or a score (whole numbers, :class:`~journeyplan.plan.fields.Integer`): ``12,000``
  is a thousands separator (did you mean 12000?), ``1,5`` a decimal comma where a whole
  number belongs (write 1 or 2, only the ones in range);
- money and reach (:class:`~journeyplan.plan.fields.Number`): ``1500,50`` is 1500.50;
  ``1,500`` is either 1.5 or 1500, and the message names both;
- a rate (:class:`~journeyplan.plan.fields.Rate`): ``0,5`` or ``0,5%``;
- a duration: :func:`journeyplan.plan.durations.why_not_a_duration` (``1,5h``, ``1,5``).

Each function reports on the validator and returns ``True`` when NODE was such a text;
``False`` leaves NODE to the caller's own message.
"""

from __future__ import annotations

import math

from yaml.nodes import Node, ScalarNode

from journeyplan.lazy import LazyPattern
from journeyplan.plan.validator import Validator

# Only for the hint of a number that did not parse: compiled then.
_DECIMAL_COMMA = LazyPattern(r"\s*([0-9]{1,9}),([0-9]{1,9})\s?(%?)\s*\Z")
_NUMBER_COMMA = LazyPattern(r"\s*(-?[0-9]{1,9}),([0-9]{1,9})\s*\Z")
_THOUSANDS = LazyPattern(r"\s*(-?[0-9]{1,3}(?:,[0-9]{3})+)\s*\Z")


def shown(text: str, width: int = 40) -> str:
    """TEXT for a message: cut to WIDTH characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _text(node: Node) -> str | None:
    if isinstance(node, ScalarNode) and isinstance(node.value, str):
        return node.value
    return None


def rate_with_comma(node: Node, v: Validator) -> bool:
    """A rate written ``0,5`` or ``0,5%``: JP009, did you mean 0.5 (0.5%)?"""
    text = _text(node)
    comma = _DECIMAL_COMMA.match(text) if text is not None else None
    if comma is None:
        return False
    meant = "{}.{}{}".format(*comma.groups())
    v.report("JP009", node, "JP009.rate_comma", value=shown(text), meant=meant)
    return True


def _within(value: float, minimum: float | None, maximum: float | None) -> bool:
    return (minimum is None or value >= minimum) and (maximum is None or value <= maximum)


def _allowed(minimum: float | None, maximum: float | None) -> str:
    if maximum is None:
        return f">= {minimum:g}"
    return f"{minimum:g} .. {maximum:g}" if minimum is not None else f"<= {maximum:g}"


def number_with_comma(
    node: Node, v: Validator, minimum: float | None, maximum: float | None, whole: bool
) -> bool:
    """A count, score, sum of money or reach written with a comma (JP009 with a hint).
    WHOLE: only whole numbers belong here. A reading outside MINIMUM..MAXIMUM (``None``:
    open) is not offered; with none left, the finding gives the range."""
    text = _text(node)
    if text is None:
        return False
    decimal = _NUMBER_COMMA.match(text)
    thousands = _THOUSANDS.match(text)
    if decimal is None and thousands is None:
        return False
    value = shown(text)
    grouped = thousands.group(1).replace(",", "") if thousands else None
    if grouped is not None and not _within(int(grouped), minimum, maximum):
        grouped = None
    pointed = "{}.{}".format(*decimal.groups()) if decimal else None
    near: list[int] = []
    if pointed is not None:
        number = float(pointed)
        if whole:
            near = sorted({math.floor(number), math.ceil(number)})
            near = [n for n in near if _within(n, minimum, maximum)]
        elif not _within(number, minimum, maximum):
            pointed = None
    if grouped is not None and (pointed is None or whole):  # 12,000: no separator in YAML
        v.report("JP009", node, "JP009.thousands", value=value, meant=grouped)
    elif whole and len(near) == 2:  # 1,5 where a whole number belongs: 1 or 2
        v.report("JP009", node, "JP009.comma_whole", value=value, low=near[0], high=near[1])
    elif whole and near:
        v.report("JP009", node, "JP009.comma_whole_one", value=value, meant=near[0])
    elif not whole and pointed is not None and grouped is not None:  # 1,500: 1.5 or 1500
        meant = pointed.rstrip("0").rstrip(".")  # 1.5, never 1.500 (which reads as 1500)
        v.report("JP009", node, "JP009.comma_or", value=value, meant=meant, other=grouped)
    elif not whole and pointed is not None:  # 1500,50
        v.report("JP009", node, "JP009.comma", value=value, meant=pointed)
    else:
        v.report("JP009", node, "JP009.range", value=value, allowed=_allowed(minimum, maximum))
    return True
