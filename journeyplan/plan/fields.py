"""The field types of the plan format: what one value may be.

A :class:`FieldType` turns one YAML node into a model value (or reports a located finding
and returns :data:`~journeyplan.plan.validator.INVALID`) and describes itself in JSON
Schema. The element kinds declare their fields with these types
(:mod:`journeyplan.plan.model`); :class:`journeyplan.plan.declare.Obj` validates a mapping.

Findings made here (no checklist question): JP002 duplicate key, JP004 wrong type, JP005
invalid id, JP008 not a duration, JP009 value not allowed, JP013 unsupported tag.

The validator has measured fast paths (docs/performance.md): a plain scalar that a type
takes as written skips the type's ``convert`` call. tests/test_perf_equivalence.py holds the
fast and the general paths to the same result.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from journeyplan.i18n import Msg
from journeyplan.plan.durations import DURATION_PATTERN, parse_duration, why_not_a_duration
from journeyplan.plan.numbers import number_with_comma, rate_with_comma
from journeyplan.plan.numbers import shown as _shown
from journeyplan.plan.validator import (
    INVALID,
    NOT_AS_WRITTEN,
    Pos,
    Validator,
    mapping_pairs,
    node_kind,
)
from journeyplan.source.scalars import (
    BOOL,
    FLOAT,
    INT,
    MAX_DIGITS,
    PLAIN,
    STR,
    bool_value,
    float_value,
    int_value,
    resolve_scalar,
)
from journeyplan.suggest import did_you_mean, readable

if TYPE_CHECKING:
    from journeyplan.plan.model import Kind

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\Z")


def valid_id(text: str) -> bool:
    """Whether TEXT is a valid id (:data:`ID_PATTERN`): only such ids are suggested."""
    return _ID.match(text) is not None


# --------------------------------------------------------------------------- field types
class FieldType:
    """One kind of value in the format: validates a node, describes itself in JSON Schema."""

    expected = "value"

    def convert(self, node: Node, v: Validator) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def wrong(self, node: Node, v: Validator) -> Any:
        v.report("JP004", node, expected=self.expected, got=node_kind(node))
        return INVALID


class Text(FieldType):
    """Free text. Numbers are taken as written (``name: 2027`` is the text ``2027``)."""

    expected = "text"

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode):
            kind = resolve_scalar(node)
            if kind in (STR, INT, FLOAT):
                return node.value
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        return {"type": ["string", "number"]}


class Id(Text):
    """An element's own id: ``^[a-z0-9][a-z0-9_-]{0,63}$``."""

    expected = "an id"

    def __init__(self, reserved: frozenset[str] = frozenset()) -> None:
        self.reserved = reserved

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode) and node.tag == PLAIN and node.value not in NOT_AS_WRITTEN:
            value = sys.intern(node.value)  # as Text.convert returns it; ids are interned
            # so that the references to them (interned too) share one string
        else:
            value = Text.convert(self, node, v)
        if value is INVALID:
            return value
        if not _ID.match(value):
            v.report("JP005", node, subject=value, id=value, suggestion=readable(value, valid_id))
        elif value in self.reserved:
            v.report("JP005", node, "JP005.reserved", subject=value, id=value)
        return value

    def json_schema(self) -> dict[str, Any]:
        out = _id_schema()
        if self.reserved:
            out["not"] = {"enum": sorted(self.reserved)}
        return out


class Ref(Text):
    """A reference by id to an element of KIND; resolved after all files are read
    (:func:`journeyplan.plan.build.resolve`: a dangling one is JP007)."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        self.expected = Msg("term.ref", {"kind": kind.term})

    def json_schema(self) -> dict[str, Any]:
        return _id_schema()


def _id_schema() -> dict[str, Any]:
    """An id in JSON Schema. The checker takes an unquoted number as its text
    (``id: 2027``), so a non-negative integer is an id too (the pattern applies to text)."""
    return {"type": ["string", "integer"], "pattern": ID_PATTERN, "minimum": 0}


#: Field types that take a plain text scalar as it is written (Id validates it: not here).
AS_WRITTEN = (Text, Ref)


#: What people write for a boolean that YAML 1.2 reads as text: YAML 1.1's words (any
#: case) and true/false in quotes.
_MEANT_BOOL = dict.fromkeys(("y", "yes", "on", "true"), "true") | dict.fromkeys(
    ("n", "no", "off", "false"), "false"
)


class Bool(FieldType):
    """``true`` or ``false`` (YAML 1.2: also ``True``, ``TRUE`` ...). A YAML 1.1 boolean
    (``yes``, ``no``, ``on``, ``off``, ``y``, ``n``, in any case) or a quoted ``"true"`` is
    text in YAML 1.2: JP004 names the boolean it stands for (``yes`` -> ``true``)."""

    expected = "true or false"

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode):
            kind = resolve_scalar(node)
            if kind == BOOL:
                return bool_value(node)
            meant = _MEANT_BOOL.get(node.value.strip().lower()) if kind == STR else None
            if meant is not None:
                key = "JP004.bool" if node.tag == PLAIN else "JP004.bool_quoted"
                got = node_kind(node)
                v.report(
                    "JP004",
                    node,
                    key,
                    expected=self.expected,
                    got=got,
                    value=node.value,
                    meant=meant,
                )
                return INVALID
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class Integer(FieldType):
    expected = "a whole number"

    def __init__(self, minimum: int | None = None, maximum: int | None = None) -> None:
        self.minimum = minimum
        self.maximum = maximum

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode) and resolve_scalar(node) == INT:
            value = int_value(node)
            if value is None:
                v.report(
                    "JP009", node, "JP009.too_large", value=_shown(node.value), digits=MAX_DIGITS
                )
                return INVALID
            low, high = self.minimum, self.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                v.report(
                    "JP009",
                    node,
                    "JP009.range",
                    value=_shown(node.value),
                    allowed=f">= {low}" if high is None else f"{low} .. {high}",
                )
                return INVALID
            return value
        if number_with_comma(node, v, self.minimum, self.maximum, whole=True):
            return INVALID
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "integer"}
        if self.minimum is not None:
            out["minimum"] = self.minimum
        if self.maximum is not None:
            out["maximum"] = self.maximum
        return out


class Number(FieldType):
    expected = "a number"

    def __init__(self, minimum: float, maximum: float) -> None:
        self.minimum, self.maximum = minimum, maximum

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode):
            kind = resolve_scalar(node)
            if kind in (INT, FLOAT):
                value = int_value(node) if kind == INT else float_value(node)
                if value is None or not (self.minimum <= value <= self.maximum):
                    v.report(
                        "JP009",
                        node,
                        "JP009.range",
                        value=_shown(node.value),
                        allowed=f"{self.minimum:g} .. {self.maximum:g}",
                    )
                    return INVALID
                return value
        if number_with_comma(node, v, self.minimum, self.maximum, whole=False):
            return INVALID
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "number", "minimum": self.minimum, "maximum": self.maximum}


_PERCENT = re.compile(r"\s*(-?[0-9]{1,9}(?:\.[0-9]{1,9})?)\s?%\s*\Z")  # -5%: out of range


class Rate(FieldType):
    """A share 0..1 (plan format 1.1, "Rates as people write them"): a number, or a
    percentage text (``"6%"`` is 0.06). A plain number from 2 to 100 gets a hint naming what
    it probably meant (``6`` -> ``0.06``, 6%), and so does a decimal comma (``0,5`` ->
    ``0.5``); NaN, infinity, negatives and other numbers above 1 are out of range (JP009)."""

    expected = "a rate (0..1 or a percentage such as 6%)"

    def convert(self, node: Node, v: Validator) -> Any:
        if not isinstance(node, ScalarNode):
            return self.wrong(node, v)
        kind = resolve_scalar(node)
        if kind == STR:
            mt = _PERCENT.match(node.value)
            if mt is None:  # '0,5': a decimal comma gets a hint
                return INVALID if rate_with_comma(node, v) else self.wrong(node, v)
            value: float | None = float(mt.group(1)) / 100
        elif kind in (INT, FLOAT):
            value = int_value(node) if kind == INT else float_value(node)
        else:
            return self.wrong(node, v)
        if value is not None and 2 <= value <= 100 and kind != STR:
            # 6 is 6% written without its sign; between 1 and 2 (1.5) the slip could as well
            # be a decimal one, so that gets the plain range message
            v.report(
                "JP009",
                node,
                "JP009.rate",
                value=_shown(node.value),
                meant=f"{value / 100:g}",
                percent=f"{value:g}%",
            )
            return INVALID
        if value is None or not (0 <= value <= 1):
            v.report("JP009", node, "JP009.range", value=_shown(node.value), allowed="0 .. 1")
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "number", "minimum": 0, "maximum": 1},
                {"type": "string", "pattern": r"^\s*[0-9]{1,9}(\.[0-9]{1,9})?\s?%\s*$"},
            ]
        }


#: Money and people counts: at most a trillion (so infinity is out of range).
LARGE = 1e12


#: parse_duration is a pure function of the text, and plans repeat few durations (0m, 2d).
_parse_duration = functools.lru_cache(maxsize=1024)(parse_duration)


class Duration(FieldType):
    """``<number><unit>`` (m, h, d, w) or ISO 8601 (``PT4H``); converted to minutes."""

    expected = "a duration"

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode) and (  # text or a number:
            (node.tag == PLAIN and node.value not in NOT_AS_WRITTEN)
            or resolve_scalar(node) in (STR, INT, FLOAT)
        ):
            minutes = _parse_duration(node.value)
            if minutes is None:
                key, args = why_not_a_duration(node.value)
                v.report("JP008", node, key, **args)
                return INVALID
            return minutes
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": DURATION_PATTERN}


class Enum(FieldType):
    def __init__(self, values: tuple[str, ...]) -> None:
        self.values = values
        self.expected = Msg("term.one_of", {"values": ", ".join(values)})

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode) and resolve_scalar(node) in (STR, INT, FLOAT, BOOL):
            if node.value in self.values:
                return node.value
            v.report(
                "JP009",
                node,
                value=node.value,
                allowed=", ".join(self.values),
                suggestion=did_you_mean(node.value, self.values),
            )
            return INVALID
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        return {"enum": list(self.values)}


class ListOf(FieldType):
    """A list. Items that fail are reported and left out; ``items_at`` keeps the positions
    of the items that remain."""

    def __init__(self, item: FieldType) -> None:
        self.item = item
        self.expected = "a list"
        # Text and Ref items take a plain scalar as written (Id also validates it): the fast
        # path skips their convert call. References repeat: they are interned (shared).
        self._as_written = type(item) in AS_WRITTEN
        self._intern = sys.intern if type(item) is Ref else str

    def convert(self, node: Node, v: Validator) -> Any:
        if not isinstance(node, SequenceNode):
            return self.wrong(node, v)
        values, positions = [], []
        item = self.item
        counting = v.counting
        as_written = self._as_written
        intern = self._intern
        for child in v.items(node) if counting else node.value:
            if counting:
                v.visit(child)
            tag = child.tag
            if tag == PLAIN:
                if as_written and isinstance(child, ScalarNode):
                    text = child.value
                    if text not in NOT_AS_WRITTEN:
                        values.append(intern(text))
                        mark = child.start_mark
                        positions.append((mark.line + 1, mark.column + 1))
                        continue
            elif not v.tag_ok(child):
                continue
            value = item.convert(child, v)
            if value is not INVALID:
                values.append(value)
                mark = child.start_mark
                positions.append((mark.line + 1, mark.column + 1))
        return Listed(values, positions)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": self.item.json_schema()}


class Listed(list):
    """A validated list with the positions of its items."""

    __slots__ = ("positions",)

    def __init__(self, values: list, positions: list[Pos]) -> None:
        super().__init__(values)
        self.positions = positions


class MapOf(FieldType):
    """A mapping from text keys to values of one type (``plan.checks``)."""

    expected = "a mapping"

    def __init__(
        self,
        value: FieldType,
        key_description: str = "",
        keys: Callable[[], dict[str, dict[str, Any]]] | None = None,
        key: FieldType | None = None,
    ) -> None:
        self.value = value
        self.key = key  # the type of the keys (a Ref: keyed by ids), or None for any text
        self.key_description = key_description
        self.keys = keys  # the known keys and their JSON Schemas, when the set is closed

    def convert(self, node: Node, v: Validator) -> Any:
        if not isinstance(node, MappingNode):
            return self.wrong(node, v)
        out: dict[str, Any] = {}
        positions: dict[str, Pos] = {}
        for key, value_node in mapping_pairs(node, v):
            v.visit(value_node)
            value = self.value.convert(value_node, v)
            if value is not INVALID:
                out[key.value] = value
                positions[key.value] = v.pos(key)
        return Keyed(out, positions)

    def json_schema(self) -> dict[str, Any]:
        if self.keys is not None:
            return {"type": "object", "properties": self.keys(), "additionalProperties": False}
        out: dict[str, Any] = {"type": "object", "additionalProperties": self.value.json_schema()}
        if self.key_description:
            out["propertyNames"] = {"description": self.key_description}
        return out


class Keyed(dict):
    """A validated mapping with the positions of its keys."""

    __slots__ = ("positions",)

    def __init__(self, values: dict, positions: dict[str, Pos]) -> None:
        super().__init__(values)
        self.positions = positions


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """SCHEMA that also accepts ``null``: the checker treats an explicit null (``key:``
    with no value) as the key left out, so an optional key may be null."""
    out = dict(schema)
    if "type" in out:
        types = out["type"] if isinstance(out["type"], list) else [out["type"]]
        out["type"] = types + ["null"] if "null" not in types else types
    elif "enum" in out:
        out["enum"] = list(out["enum"]) + [None]
    else:
        out = {"anyOf": [out, {"type": "null"}]}
    return out


class Reach(MapOf):
    """People arriving at an entry in the plan's period (plan format 1.1): a number, or a
    mapping persona id -> number on a touchpoint several personas share. The mapping's keys
    are references (resolved like any other, JP007)."""

    expected = "a number, or a mapping from persona id to a number"

    def __init__(self, persona: FieldType) -> None:
        self.number = Number(0, LARGE)
        super().__init__(self.number, "a persona id", key=persona)

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, MappingNode):
            return super().convert(node, v)
        if isinstance(node, ScalarNode) and resolve_scalar(node) in (INT, FLOAT):
            return self.number.convert(node, v)
        if number_with_comma(node, v, 0, LARGE, whole=False):
            return INVALID
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        return {"anyOf": [self.number.json_schema(), super().json_schema()]}
