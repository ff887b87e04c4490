"""Durations: ``30m``, ``4h``, ``2d``, ``1w`` or ISO 8601 (``PT4H``, ``P2D``), in minutes."""

from __future__ import annotations

import re

from journeyplan.lazy import LazyPattern

MINUTES = {"m": 1, "h": 60, "d": 1440, "w": 10080}
_SHORT_DURATION = re.compile(r"([0-9]{1,9}(?:\.[0-9]{1,6})?)\s?([mhdw])\Z")
_ISO_DURATION = re.compile(
    r"P(?:([0-9]{1,6})Y)?(?:([0-9]{1,6})M)?(?:([0-9]{1,6})W)?(?:([0-9]{1,6})D)?"
    r"(?:T(?:([0-9]{1,6})H)?(?:([0-9]{1,6})M)?(?:([0-9]{1,6})S)?)?\Z"
)
_ISO_MINUTES = (525600, 43200, 10080, 1440, 60, 1, 1 / 60)  # Y = 365d, M = 30d
#: The same durations as :func:`parse_duration` accepts, as a JSON Schema (ECMA 262) pattern.
DURATION_PATTERN = (
    r"^(?:[0-9]{1,9}(?:\.[0-9]{1,6})?\s?[mhdw]"
    r"|P(?=[0-9]|T[0-9])(?:[0-9]{1,6}Y)?(?:[0-9]{1,6}M)?(?:[0-9]{1,6}W)?(?:[0-9]{1,6}D)?"
    r"(?:T(?=[0-9])(?:[0-9]{1,6}H)?(?:[0-9]{1,6}M)?(?:[0-9]{1,6}S)?)?)$"
)


def parse_duration(text: str) -> int | float | None:
    """Minutes in a duration string (``30m``, ``4h``, ``2d``, ``1w``, ``PT4H``, ``P2D``), or
    ``None`` when the text is not a duration. Whole minutes come back as ``int``."""
    mt = _SHORT_DURATION.match(text)
    if mt:
        minutes = float(mt.group(1)) * MINUTES[mt.group(2)]
    else:
        mt = _ISO_DURATION.match(text)
        if not mt or text in ("P", "PT") or text.endswith("T") or not any(mt.groups()):
            return None
        minutes = sum(int(g) * f for g, f in zip(mt.groups(), _ISO_MINUTES) if g)
    return int(minutes) if minutes == int(minutes) else minutes


def format_duration(minutes: int | float) -> str:
    """Minutes as the shortest exact ``<n><unit>`` text: 2880 -> ``2d``, 90 -> ``90m``,
    10080 -> ``1w``, 0 -> ``0m``."""
    if minutes and minutes == int(minutes):
        whole = int(minutes)
        for unit, size in (("w", 10080), ("d", 1440), ("h", 60)):
            if whole % size == 0:
                return f"{whole // size}{unit}"
        return f"{whole}m"
    return f"{minutes:g}m"


# Only for the hint of a duration that did not parse (why_not_a_duration): compiled then.
_NUMBER_UNIT = LazyPattern(r"([0-9]+)(?:\.([0-9]+))?\s?([mhdw])\Z")
_DECIMAL_COMMA = LazyPattern(r"([0-9]+),([0-9]+)\s?([mhdw])\Z")
_BARE_COMMA = LazyPattern(r"\s*([0-9]+),([0-9]+)\s*\Z")
_ISO_ANY_DIGITS = LazyPattern(r"P(?:[0-9]+[YMWD])*(?:T(?:[0-9]+[HMS])+)?\Z")


def why_not_a_duration(text: str) -> tuple[str, dict[str, object]]:
    """The message key and arguments of JP008 for TEXT, which :func:`parse_duration`
    refused: a decimal comma (``1,5h``: write ``1.5h`` or ``90m``; ``1,5``: and a unit), a number with more
    digits than a duration has (``99999999999999999999w``), or not the format at all."""
    comma = _DECIMAL_COMMA.match(text)
    if comma:
        whole, fraction, unit = comma.groups()
        meant = f"{whole}.{fraction}{unit}"
        minutes = parse_duration(meant)
        if minutes is not None:
            other = format_duration(minutes) if minutes == int(minutes) else ""
            if other and other != meant:
                return "JP008.comma_or", {"value": text, "meant": meant, "other": other}
            return "JP008.comma", {"value": text, "meant": meant}
    bare = _BARE_COMMA.match(text)
    if bare:  # 1,5: a number with a decimal comma and no unit
        return "JP008.comma_unit", {"value": text, "meant": "{}.{}".format(*bare.groups())}
    number = _NUMBER_UNIT.match(text)
    if number and len(number.group(1)) > 9:
        return "JP008.too_large", {"value": text, "digits": 9}
    if _ISO_ANY_DIGITS.match(text) and re.search("[0-9]{7}", text):
        return "JP008.too_large", {"value": text, "digits": 6}
    return "JP008", {"value": text}
