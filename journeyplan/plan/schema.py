"""Plan format v1, defined once: this definition validates YAML nodes into the model
(:mod:`journeyplan.plan.model`) with located structural findings, and generates the JSON Schema.

Structural findings (no checklist question) come from here:
JP002 duplicate key, JP003 unknown key (did-you-mean), JP004 wrong type, JP005 invalid id,
JP006 duplicate id, JP007 dangling reference (did-you-mean), JP008 not a duration,
JP009 value not allowed, JP010 missing required field, JP013 unsupported tag,
JP014 alias expansion too large, JP015 section declared twice.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from journeyplan.errors import processing
from journeyplan.findings import Finding, Location
from journeyplan.i18n import Msg
from journeyplan.plan import model as m
from journeyplan.plan.durations import DURATION_PATTERN, parse_duration
from journeyplan.source.compose import PlanFile
from journeyplan.source.scalars import (
    BOOL,
    CORE_TAGS,
    FLOAT,
    INT,
    MAX_DIGITS,
    NULL,
    PLAIN,
    STR,
    bool_value,
    float_value,
    int_value,
    is_core_tag,
    resolve_scalar,
)
from journeyplan.suggest import did_you_mean

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\Z")
RESERVED_PERSONA_IDS = frozenset({"overview"})


class _Invalid:
    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()  # a value that failed validation (already reported)


class TooComplex(Exception):
    """Raised inside validation when alias expansion passes the file's budget."""

    def __init__(self, node: Node) -> None:
        super().__init__("alias expansion")
        self.node = node


class Validator:
    """Validation state for one file: the findings so far and the alias-expansion budget
    (node visits may not pass 4 x the file's length + 100,000, which no plan without
    alias bombs comes near)."""

    def __init__(self, pf: PlanFile) -> None:
        self.file = pf.rel
        self.findings: list[Finding] = []
        self.visits = 0
        self.budget = 4 * len(pf.text) + 100_000
        self._bad_tags: set[int] = set()
        # Without aliases no node is visited twice, and a file has fewer nodes than
        # characters, so the budget cannot run out: the fast paths skip counting then.
        self.counting = not pf.text or "*" in pf.text

    def pos(self, node: Node) -> m.Pos:
        mark = node.start_mark
        return (mark.line + 1, mark.column + 1)

    def report(
        self, code: str, node: Node | m.Pos | None, key: str | None = None, **args: Any
    ) -> None:
        if isinstance(node, Node):
            loc = Location(self.file, *self.pos(node))
        elif node is not None:
            loc = Location(self.file, *node)
        else:
            loc = Location(self.file)
        self.findings.append(
            Finding(code, "error", None, loc, key or code, args, subject=args.get("subject"))
        )

    def tag_ok(self, node: Node) -> bool:
        """True when NODE has no tag or a core one; otherwise report JP013 (once per node,
        however often an alias repeats it) and return False: the node is never used."""
        if is_core_tag(node.tag):
            return True
        if id(node) not in self._bad_tags:
            self._bad_tags.add(id(node))
            self.report("JP013", node, tag=node.tag)
        return False

    def visit(self, node: Node) -> None:
        self.visits += 1
        if self.visits > self.budget:
            raise TooComplex(node)


def node_kind(node: Node) -> str:
    """What a node is, for messages: mapping, list, text, integer, number, true/false, null."""
    if isinstance(node, MappingNode):
        return "mapping"
    if isinstance(node, SequenceNode):
        return "list"
    return {STR: "text", INT: "integer", FLOAT: "number", BOOL: "true/false", NULL: "null"}[
        resolve_scalar(node)
    ]


# did_you_mean(word, choices): the closest choice (difflib ratio >= 0.6) or '', fast even
# for thousands of dangling references into a large plan: see journeyplan.suggest.


# The plain scalars that the core schema resolves to null, and to true/false (exactly what
# loader.resolve_scalar matches); every other plain scalar is text or a number, which Text,
# Ref and Id take as written. The fast paths below use these two sets.
_NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL_WORDS = frozenset({"true", "True", "TRUE", "false", "False", "FALSE"})
_NOT_AS_WRITTEN = _NULL_WORDS | _BOOL_WORDS


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
        if isinstance(node, ScalarNode) and node.tag == PLAIN and node.value not in _NOT_AS_WRITTEN:
            value = sys.intern(node.value)  # as Text.convert returns it; ids are interned
            # so that the references to them (interned too) share one string
        else:
            value = Text.convert(self, node, v)
        if value is INVALID:
            return value
        if not _ID.match(value):
            v.report("JP005", node, subject=value, id=value)
        elif value in self.reserved:
            v.report("JP005", node, "JP005.reserved", subject=value, id=value)
        return value

    def json_schema(self) -> dict[str, Any]:
        out = _id_schema()
        if self.reserved:
            out["not"] = {"enum": sorted(self.reserved)}
        return out


class Ref(Text):
    """A reference by id to an element of KIND; resolved after all files are read."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.expected = Msg("term.ref", {"kind": kind})

    def json_schema(self) -> dict[str, Any]:
        return _id_schema()


def _id_schema() -> dict[str, Any]:
    """An id in JSON Schema. The checker takes an unquoted number as its text
    (``id: 2027``), so a non-negative integer is an id too (the pattern applies to text)."""
    return {"type": ["string", "integer"], "pattern": ID_PATTERN, "minimum": 0}


#: Field types that take a plain text scalar as it is written (Id validates it: not here).
_AS_WRITTEN = (Text, Ref)


class Bool(FieldType):
    expected = "true or false"

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode) and resolve_scalar(node) == BOOL:
            return bool_value(node)
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


def _shown(text: str, width: int = 40) -> str:
    """TEXT for a message: cut to WIDTH characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


class Integer(FieldType):
    expected = "a whole number"

    def __init__(self, minimum: int | None = None) -> None:
        self.minimum = minimum

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode) and resolve_scalar(node) == INT:
            value = int_value(node)
            if value is None:
                v.report(
                    "JP009", node, "JP009.too_large", value=_shown(node.value), digits=MAX_DIGITS
                )
                return INVALID
            if self.minimum is not None and value < self.minimum:
                v.report(
                    "JP009",
                    node,
                    "JP009.range",
                    value=_shown(node.value),
                    allowed=f">= {self.minimum}",
                )
                return INVALID
            return value
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "integer"}
        if self.minimum is not None:
            out["minimum"] = self.minimum
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
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "number", "minimum": self.minimum, "maximum": self.maximum}


#: parse_duration is a pure function of the text, and plans repeat few durations (0m, 2d).
_parse_duration = functools.lru_cache(maxsize=1024)(parse_duration)


class Duration(FieldType):
    """``<number><unit>`` (m, h, d, w) or ISO 8601 (``PT4H``); converted to minutes."""

    expected = "a duration"

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode) and (  # text or a number:
            (node.tag == PLAIN and node.value not in _NOT_AS_WRITTEN)
            or resolve_scalar(node) in (STR, INT, FLOAT)
        ):
            minutes = _parse_duration(node.value)
            if minutes is None:
                v.report("JP008", node, value=node.value)
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
        self._as_written = type(item) in _AS_WRITTEN
        self._intern = sys.intern if type(item) is Ref else str

    def convert(self, node: Node, v: Validator) -> Any:
        if not isinstance(node, SequenceNode):
            return self.wrong(node, v)
        values, positions = [], []
        item = self.item
        counting = v.counting
        as_written = self._as_written
        intern = self._intern
        for child in node.value:
            if counting:
                v.visit(child)
            tag = child.tag
            if tag == PLAIN:
                if as_written and isinstance(child, ScalarNode):
                    text = child.value
                    if text not in _NOT_AS_WRITTEN:
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
        return _Listed(values, positions)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": self.item.json_schema()}


class _Listed(list):
    """A validated list with the positions of its items."""

    __slots__ = ("positions",)

    def __init__(self, values: list, positions: list[m.Pos]) -> None:
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
    ) -> None:
        self.value = value
        self.key_description = key_description
        self.keys = keys  # the known keys and their JSON Schemas, when the set is closed

    def convert(self, node: Node, v: Validator) -> Any:
        if not isinstance(node, MappingNode):
            return self.wrong(node, v)
        out: dict[str, Any] = {}
        positions: dict[str, m.Pos] = {}
        for key, value_node in _pairs(node, v):
            v.visit(value_node)
            value = self.value.convert(value_node, v)
            if value is not INVALID:
                out[key.value] = value
                positions[key.value] = v.pos(key)
        return _Keyed(out, positions)

    def json_schema(self) -> dict[str, Any]:
        if self.keys is not None:
            return {"type": "object", "properties": self.keys(), "additionalProperties": False}
        out: dict[str, Any] = {"type": "object", "additionalProperties": self.value.json_schema()}
        if self.key_description:
            out["propertyNames"] = {"description": self.key_description}
        return out


class _Keyed(dict):
    """A validated mapping with the positions of its keys."""

    __slots__ = ("positions",)

    def __init__(self, values: dict, positions: dict[str, m.Pos]) -> None:
        super().__init__(values)
        self.positions = positions


@dataclass(frozen=True)
class Field:
    """One key of a mapping: YAML ``key``, model ``attr`` (default: the key), ``type``,
    ``required``, and the ``description`` shown in the JSON Schema (editor hover)."""

    key: str
    type: FieldType
    description: str
    required: bool = False
    attr: str = ""


def _pairs(node: MappingNode, v: Validator):
    """Yield (key node, value node) of a mapping, with ``<<`` merge keys applied (explicit
    keys win), duplicate keys (JP002), non-text keys (JP004) and non-core tags on keys,
    values and merge sources (JP013) reported and skipped.

    :meth:`Obj.convert` skips this generator for a mapping that :meth:`Obj._passes_as_is`
    proves it would pass through unchanged: keep the two in step (the fast and the full
    paths are compared in tests/plan/test_fast_paths.py)."""
    seen: dict[str, Node] = {}
    merged: list[tuple[ScalarNode, Node]] = []
    for key, value in node.value:
        v.visit(key)
        if not v.tag_ok(key):
            continue
        if not isinstance(key, ScalarNode) or resolve_scalar(key) == NULL:
            v.report("JP004", key, "JP004.key", got=node_kind(key))
            continue
        name = key.value
        if name == "<<" and key.tag == PLAIN:
            if not v.tag_ok(value):
                continue
            sources = value.value if isinstance(value, SequenceNode) else [value]
            for src in sources:
                if isinstance(src, MappingNode):  # merged pairs count against alias bombs
                    v.visits += len(src.value)
                v.visit(src)
                if not v.tag_ok(src):
                    continue
                if isinstance(src, MappingNode):
                    merged.extend(pair for pair in src.value if isinstance(pair[0], ScalarNode))
                else:
                    v.report("JP004", src, expected="a mapping to merge", got=node_kind(src))
            continue
        if name in seen:
            first = seen[name].start_mark
            v.report("JP002", key, key_name=name, first_line=first.line + 1)
            continue
        seen[name] = key
        if not v.tag_ok(value):
            continue
        yield key, value
    for key, value in merged:
        if key.value not in seen and v.tag_ok(key):
            seen[key.value] = key
            if v.tag_ok(value):
                yield key, value


def _written(node: MappingNode, key: str) -> bool:
    """Whether KEY is written in NODE with a value other than null (a null is the same as
    leaving the key out). Only asked when a required key gave no value, so it is cheap."""
    for k, value in node.value:
        if isinstance(k, ScalarNode) and k.value == key:
            return not (
                isinstance(value, ScalarNode)
                and value.tag == PLAIN
                and resolve_scalar(value) == NULL
            )
    return False


class Obj(FieldType):
    """A mapping with known keys, built into model class CLS. ``extra`` sets fixed
    attributes (the ``role`` of a brand element)."""

    expected = "a mapping"

    def __init__(
        self,
        cls: type,
        fields: list[Field],
        description: str = "",
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.cls = cls
        self.fields = {f.key: f for f in fields}
        self.description = description
        self.extra = extra or {}
        # key -> (field, model attribute, kind of fast path, intern or str)
        self._how = {f.key: self._how_to_convert(f) for f in fields}
        self._keys = frozenset(self.fields)
        self._required = tuple((f.attr or f.key, f.key) for f in fields if f.required)

    @staticmethod
    def _how_to_convert(f: Field) -> tuple[Field, str, int, Callable[[str], str]]:
        """The fast path a field's values can take: 1 when its type takes a plain text
        scalar as it is written (Text, Ref), 2 for a list of such (``ListOf(Ref)``), 0 else;
        and whether the texts are interned (references repeat: one string per id)."""
        t = f.type
        if type(t) in _AS_WRITTEN:
            return f, f.attr or f.key, 1, sys.intern if type(t) is Ref else str
        if type(t) is ListOf and t._as_written:
            return f, f.attr or f.key, 2, t._intern
        return f, f.attr or f.key, 0, str

    def _passes_as_is(self, node: MappingNode) -> bool:
        """True when :func:`_pairs` would yield NODE's pairs unchanged and report nothing:
        every key is a plain scalar naming a field of this mapping (so neither null nor
        ``<<``), no key twice, every value's tag a core one. Such a mapping skips the
        generator (the common case); anything else goes through it."""
        pairs = node.value
        names = {
            key.value
            for key, value in pairs
            if key.__class__ is ScalarNode
            and key.tag == PLAIN
            and (value.tag == PLAIN or value.tag in CORE_TAGS)
        }
        return len(names) == len(pairs) and names <= self._keys

    def convert(self, node: Node, v: Validator) -> Any:
        if not isinstance(node, MappingNode):
            return self.wrong(node, v)
        values: dict[str, Any] = self.extra.copy() if self.extra else {}
        at: dict[str, m.Pos] = {}
        items_at: dict[str, list[m.Pos]] = {}
        fields = self.fields
        how = self._how
        counting = v.counting
        pairs = node.value if not counting and self._passes_as_is(node) else _pairs(node, v)
        for key, value_node in pairs:
            known = how.get(key.value)
            if known is None:
                if (
                    node.flow_style
                    and isinstance(value_node, ScalarNode)
                    and value_node.tag == PLAIN
                    and not value_node.value
                ):
                    # `{text: Fair pay, on time}`: the comma ended the text before it
                    v.report("JP003", key, "JP003.comma", key_name=key.value)
                else:
                    v.report(
                        "JP003", key, key_name=key.value, suggestion=did_you_mean(key.value, fields)
                    )
                continue
            f, attr, fast, intern = known
            if counting:
                v.visit(value_node)
            if isinstance(value_node, ScalarNode) and value_node.tag == PLAIN:
                text = value_node.value
                if text in _NULL_WORDS:  # resolve_scalar(value_node) == NULL
                    continue  # an explicit null is the same as leaving the key out
                if fast == 1 and text not in _BOOL_WORDS:
                    value = intern(text)  # what Text.convert / Ref.convert return for it
                else:
                    value = f.type.convert(value_node, v)
            elif fast == 2 and not counting and value_node.__class__ is SequenceNode:
                items = value_node.value
                texts = [c.value for c in items if c.__class__ is ScalarNode and c.tag == PLAIN]
                if len(texts) == len(items) and _NOT_AS_WRITTEN.isdisjoint(texts):
                    # every item plain text: what ListOf.convert returns, without the calls
                    values[attr] = list(map(intern, texts))
                    mark = value_node.start_mark
                    at[attr] = (mark.line + 1, mark.column + 1)
                    items_at[attr] = [
                        (c.start_mark.line + 1, c.start_mark.column + 1) for c in items
                    ]
                    continue
                value = f.type.convert(value_node, v)
            else:
                value = f.type.convert(value_node, v)
            if value is INVALID:
                continue
            values[attr] = value
            mark = value_node.start_mark
            at[attr] = (mark.line + 1, mark.column + 1)
            if value.__class__ is _Listed:
                items_at[attr] = value.positions
                values[attr] = list(value)
            elif value.__class__ is _Keyed:
                items_at[attr] = list(value.positions.values())
                values[attr] = dict(value)
        for attr, key in self._required:  # in field order, as fields.values()
            if attr not in values and not _written(node, key):
                # a key that is written but invalid was reported where it stands
                v.report("JP010", node, key_name=key)
        if "id" in fields and "id" not in values:
            return INVALID  # an element without a usable id cannot be referenced
        mark = node.start_mark
        return self.cls(
            file=v.file, pos=(mark.line + 1, mark.column + 1), at=at, items_at=items_at, **values
        )

    def json_schema(self) -> dict[str, Any]:
        props = {}
        for f in self.fields.values():
            s = f.type.json_schema()
            if not f.required:
                s = nullable(s)  # `description:` with no value = leaving the key out
            s["description"] = f.description
            props[f.key] = s
        out: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
        required = [f.key for f in self.fields.values() if f.required]
        if required:
            out["required"] = required
        if self.description:
            out["description"] = self.description
        return out


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


def _rule_code_schemas() -> dict[str, dict[str, Any]]:
    """The keys of ``plan.checks``: every rule code of the registry with the levels it
    accepts and its title (editor completion and hover). Codes that mean a file was not
    read accept only ``error`` (:data:`journeyplan.check.selection.ALWAYS_ON`)."""
    from journeyplan.check.selection import ALWAYS_ON
    from journeyplan.i18n import render_message
    from journeyplan.rules import REGISTRY

    out: dict[str, dict[str, Any]] = {}
    for code, rule in REGISTRY.items():
        title = render_message(f"title.{code}", None, "en")
        levels = ["error"] if code in ALWAYS_ON else list(m.CHECK_LEVELS)
        out[code] = {
            "enum": levels,
            "description": f"{title} ({rule.name}; default: {rule.severity}).",
        }
    return out


# --------------------------------------------------------------------------- the format
_BRAND_ROLES = {
    "qualifier": "A qualifier: a condition the employer must meet to be relevant at all.",
    "winner": "A winner: a feature that distinguishes the employer.",
    "personality": "A trait of the brand personality: the employer's character.",
}


def _brand_element(role: str) -> Obj:
    return Obj(
        m.BrandElement,
        [
            Field(
                "id",
                Id(),
                "Brand element id, shared by qualifiers, winners and personality.",
                required=True,
            ),
            Field("text", Text(), "The brand element as the candidate should read it."),
            Field("description", Text(), "Notes for the team."),
        ],
        _BRAND_ROLES[role],
        extra={"role": role},
    )


STAGE = Obj(
    m.Stage,
    [
        Field("id", Id(), "Stage id, referenced by touchpoints.", required=True),
        Field("name", Text(), "Stage name as shown on the maps."),
        Field("description", Text(), "What happens in this stage."),
    ],
    "A stage of the candidate journey (e.g. find, attract, engage, bind).",
)

PLAN = Obj(
    m.PlanInfo,
    [
        Field("name", Text(), "Name of the plan.", required=True),
        Field("organisation", Text(), "The employer the plan is for."),
        Field("language", Enum(m.LANGUAGES), "Language of messages: en (default) or nl."),
        Field(
            "stages",
            ListOf(STAGE),
            "Ordered stages; default: awareness, consideration, application, selection, hire.",
        ),
        Field(
            "checks",
            MapOf(Enum(m.CHECK_LEVELS), "a rule code such as JP102", keys=_rule_code_schemas),
            "Rule code -> off | info | warning | error, overriding default severities.",
        ),
    ],
    "The plan itself: name, organisation, language, stages and rule configuration.",
)

EMPLOYER_BRAND = Obj(
    m.EmployerBrand,
    [
        Field("proposition", Text(), "The central message of the employer brand (the EVP)."),
        Field(
            "qualifiers",
            ListOf(_brand_element("qualifier")),
            "Conditions the employer must meet to be relevant at all.",
        ),
        Field(
            "winners", ListOf(_brand_element("winner")), "Distinguishing features of the employer."
        ),
        Field(
            "personality",
            ListOf(_brand_element("personality")),
            "Character traits of the employer brand.",
        ),
    ],
    "The employer brand: proposition, qualifiers, winners and brand personality (question 5).",
)

TARGET_GROUP = Obj(
    m.TargetGroup,
    [
        Field("id", Id(), "Target group id.", required=True),
        Field("name", Text(), "Name of the target group."),
        Field("description", Text(), "Who they are (question 1 asks for one)."),
        Field("size", Integer(0), "Labour-market size, in people."),
        Field("priority", Enum(m.PRIORITIES), "Priority: high | medium | low."),
    ],
    "A target group the employer recruits from (question 1).",
)

PERSONA = Obj(
    m.Persona,
    [
        Field(
            "id", Id(RESERVED_PERSONA_IDS), "Persona id ('overview' is reserved).", required=True
        ),
        Field("name", Text(), "Name of the persona."),
        Field("target_group", Ref("target group"), "The target group this persona makes concrete."),
        Field("job_search", Enum(m.JOB_SEARCH), "active | latent | passive job seeker."),
        Field("description", Text(), "A short portrait."),
        Field("motivations", ListOf(Text()), "What drives them."),
        Field("frustrations", ListOf(Text()), "What puts them off."),
        Field("channels", ListOf(Ref("channel")), "Preferred channels (channel ids)."),
    ],
    "A persona that makes a target group concrete (question 2).",
)

CHANNEL = Obj(
    m.Channel,
    [
        Field("id", Id(), "Channel id.", required=True),
        Field("name", Text(), "Name of the channel."),
        Field("type", Enum(m.CHANNEL_TYPES), "Kind of channel."),
        Field("media", Enum(m.MEDIA), "owned | paid | earned."),
        Field(
            "response_time",
            Duration(),
            "How fast the employer answers on this channel "
            "(e.g. 4h); messaging channels need 24h or less.",
        ),
        Field("description", Text(), "Notes."),
    ],
    "A media channel (question 4).",
)

CONVERSION = Obj(
    m.Conversion,
    [
        Field("goal", Enum(m.CONVERSION_GOALS), "What converts here.", required=True),
        Field("target_rate", Number(0, 1), "Intended conversion rate, 0..1."),
    ],
    "Makes a touchpoint a conversion point.",
)

TOUCHPOINT = Obj(
    m.Touchpoint,
    [
        Field("id", Id(), "Touchpoint id.", required=True),
        Field("name", Text(), "Name of the touchpoint."),
        Field("stage", Ref("stage"), "The stage (stage id).", required=True),
        Field("channel", Ref("channel"), "The channel (channel id).", required=True),
        Field("personas", ListOf(Ref("persona")), "Personas served; omitted = every persona."),
        Field(
            "brand",
            ListOf(Ref("brand element")),
            "Brand elements carried (qualifier, winner or personality ids).",
        ),
        Field("entry", Bool(), "The journey starts here."),
        Field("message", Text(), "The (personalised) content."),
        Field("description", Text(), "Notes."),
        Field("conversion", CONVERSION, "Set to make this a conversion point."),
        Field(
            "response_time",
            Duration(),
            "A concrete promise to the candidate: when they hear back (e.g. 2d).",
        ),
        Field(
            "kind", Enum(m.TOUCHPOINT_KINDS), "contact (default) | rejection | exit.", attr="type"
        ),
        Field("feedback", Bool(), "A rejection that gives honest feedback."),
    ],
    "A contact point of the candidate journey (question 3).",
)

TRIGGER = Obj(
    m.Trigger,
    [
        Field(
            "from",
            Ref("touchpoint"),
            "Touchpoint the candidate comes from.",
            required=True,
            attr="source",
        ),
        Field(
            "to",
            Ref("touchpoint"),
            "Touchpoint the candidate goes to.",
            required=True,
            attr="target",
        ),
        Field("event", Text(), "What happens (question 4 asks for one)."),
        Field("delay", Duration(), "Time between the event and the next touchpoint."),
        Field(
            "personas", ListOf(Ref("persona")), "Personas this trigger applies to; omitted = all."
        ),
        Field("condition", Text(), "When the trigger fires."),
    ],
    "A trigger: an edge of the journey graph (question 4).",
)

#: section key -> (type, model attribute, single-file section?)
SECTIONS: dict[str, tuple[FieldType, str, bool, str]] = {
    "plan": (PLAN, "info", True, PLAN.description),
    "employer_brand": (EMPLOYER_BRAND, "brand", True, EMPLOYER_BRAND.description),
    "target_groups": (ListOf(TARGET_GROUP), "target_groups", False, TARGET_GROUP.description),
    "personas": (ListOf(PERSONA), "personas", False, PERSONA.description),
    "channels": (ListOf(CHANNEL), "channels", False, CHANNEL.description),
    "touchpoints": (ListOf(TOUCHPOINT), "touchpoints", False, TOUCHPOINT.description),
    "triggers": (ListOf(TRIGGER), "triggers", False, TRIGGER.description),
}


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one plan file, from the same definition as the model.

    Returns a JSON-ready dict in a fixed order (sections and fields in format order), so
    ``journeyplan schema`` prints the same bytes every time. It accepts what the checker
    accepts as well-formed (numbers as text, explicit nulls for optional keys) and rejects
    what the checker reports as structure errors it can see in one file: unknown keys,
    wrong types, values not allowed, invalid ids and durations, missing required keys,
    unknown rule codes in ``plan.checks``. Cross-file checks (dangling references,
    duplicate ids) and the checklist are the checker's."""
    props = {}
    for key, (ftype, _, _, description) in SECTIONS.items():
        s = nullable(ftype.json_schema())  # an empty section (`personas:`) is allowed
        s["description"] = description
        props[key] = s
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://journeyplan.dev/schema/plan-v1.json",
        "title": "journeyplan plan file (format v1)",
        "description": "One YAML file of a journeyplan plan; list sections of several files "
        "are concatenated.",
        "type": "object",
        "properties": props,
        "additionalProperties": False,
    }


# --------------------------------------------------------------------------- building
def _foreign_keys(root: MappingNode) -> list[str] | None:
    """The top-level keys of a YAML file that is not a plan file (a docker-compose.yml, a CI
    workflow ...): there are some, none is a plan section and none resembles one closely
    enough to be a typo of it. ``None`` for a plan file."""
    names = []
    for key, _ in root.value:
        if not isinstance(key, ScalarNode) or key.value in SECTIONS or key.value == "<<":
            return None
        names.append(key.value)
    import difflib  # only for files that are no plan file (start-up time)

    for name in names[:50]:
        normal = name.lower().replace("-", "_").replace(" ", "_")
        if difflib.get_close_matches(normal, SECTIONS, n=1, cutoff=0.8):
            return None
    return names or None


def _validate_file(pf: PlanFile, plan: m.Plan, declared: dict[str, Location]) -> list[Finding]:
    v = Validator(pf)
    root = pf.root
    if root is None:
        return v.findings
    foreign = _foreign_keys(root)
    if foreign is not None:  # one warning for the file, not an unknown-key error per key
        shown = ", ".join(name[:40] for name in foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        v.findings.append(
            Finding(
                "JP019",
                "warning",
                None,
                Location(v.file, *v.pos(root.value[0][0])),
                "JP019",
                {"keys": shown, "sections": ", ".join(SECTIONS)},
            )
        )
        return v.findings
    contributions: list[tuple[str, Any]] = []
    try:
        for key, value_node in _pairs(root, v):
            name = key.value
            section = SECTIONS.get(name)
            if section is None:
                v.report("JP003", key, key_name=name, suggestion=did_you_mean(name, SECTIONS))
                continue
            ftype, attr, single, _ = section
            if single:
                first = declared.get(name)
                if first is not None:
                    v.report("JP015", key, section=name, first=f"{first.file}:{first.line}")
                    continue
                declared[name] = Location(v.file, *v.pos(key))
            v.visit(value_node)
            if (
                isinstance(value_node, ScalarNode)
                and value_node.tag == PLAIN
                and resolve_scalar(value_node) == NULL
            ):
                continue
            value = ftype.convert(value_node, v)
            if value is not INVALID:
                contributions.append((attr, value))
    except TooComplex as exc:
        v.findings = [f for f in v.findings if f.code != "JP013"][:100]
        v.report("JP014", exc.node, "JP014.alias", limit=v.budget)
        return v.findings
    for attr, value in contributions:
        if isinstance(value, list):
            getattr(plan, attr).extend(value)
        else:
            setattr(plan, attr, value)
    return v.findings


def _report(
    findings: list[Finding], code: str, loc: Location, key: str | None = None, **args: Any
) -> None:
    findings.append(
        Finding(code, "error", None, loc, key or code, args, subject=args.get("subject"))
    )


def _dedupe(elements: list, kind: str, findings: list[Finding]) -> list:
    """Keep the first element of each id; report later ones (JP006)."""
    if len({e.id for e in elements}) == len(elements):
        return list(elements)  # no id twice (the common case): nothing to report
    seen: dict[str, Any] = {}
    out = []
    for e in elements:
        first = seen.get(e.id)
        if first is not None:
            fl = first.loc("id")
            _report(
                findings,
                "JP006",
                e.loc("id"),
                kind=kind,
                subject=e.id,
                id=e.id,
                first=f"{fl.file}:{fl.line}",
            )
            continue
        seen[e.id] = e
        out.append(e)
    return out


def _resolve_one(e: m.Element, attr: str, known: dict, kind: str, findings: list[Finding]) -> None:
    ref = getattr(e, attr)
    if ref is not None and ref not in known:
        _report(
            findings,
            "JP007",
            e.loc(attr),
            kind=kind,
            subject=ref,
            id=ref,
            suggestion=did_you_mean(ref, known),
        )
        setattr(e, attr, None)


def _resolve_list(e: m.Element, attr: str, known: dict, kind: str, findings: list[Finding]) -> None:
    refs = getattr(e, attr)
    if not refs:
        return
    positions = e.items_at.get(attr, [])
    if all(r in known for r in refs):
        return
    keep, keep_at = [], []
    for i, ref in enumerate(refs):
        if ref in known:
            keep.append(ref)
            if i < len(positions):
                keep_at.append(positions[i])
        else:
            _report(
                findings,
                "JP007",
                e.loc(attr, i),
                kind=kind,
                subject=ref,
                id=ref,
                suggestion=did_you_mean(ref, known),
            )
    setattr(e, attr, keep)
    e.items_at[attr] = keep_at


def resolve(plan: m.Plan) -> list[Finding]:
    """Make ids unique per kind (JP006) and every reference resolve (JP007), in place:
    duplicates after the first and dangling references are reported and dropped."""
    findings: list[Finding] = []
    info = plan.info
    if info is not None and info.stages:
        plan.stages = _dedupe(info.stages, "stage", findings)
    elif info is None or info.stages is None:
        plan.stages = [m.Stage(id=i, name=n) for i, n in m.DEFAULT_STAGES]
    brand = plan.brand
    if brand is not None:
        seen: dict[str, Any] = {}
        for attr in ("qualifiers", "winners", "personality"):
            items = getattr(brand, attr)
            if items:
                kept = []
                for e in items:
                    if e.id in seen:
                        fl = seen[e.id].loc("id")
                        _report(
                            findings,
                            "JP006",
                            e.loc("id"),
                            kind="brand element",
                            subject=e.id,
                            id=e.id,
                            first=f"{fl.file}:{fl.line}",
                        )
                    else:
                        seen[e.id] = e
                        kept.append(e)
                setattr(brand, attr, kept)
    plan.target_groups = _dedupe(plan.target_groups, "target group", findings)
    plan.personas = _dedupe(plan.personas, "persona", findings)
    plan.channels = _dedupe(plan.channels, "channel", findings)
    plan.touchpoints = _dedupe(plan.touchpoints, "touchpoint", findings)

    groups = {g.id: g for g in plan.target_groups}
    personas = {p.id: p for p in plan.personas}
    channels = {c.id: c for c in plan.channels}
    stages = {s.id: s for s in plan.stages}
    touchpoints = {t.id: t for t in plan.touchpoints}
    brand_ids = {b.id: b for b in plan.brand_elements}

    # The helpers are called only for a reference that does not resolve (the common case
    # costs a dict lookup, see docs/performance.md); they report it and drop it.
    def resolves(refs: list[str] | None, known: dict) -> bool:
        return not refs or all(map(known.__contains__, refs))

    for p in plan.personas:
        if p.target_group is not None and p.target_group not in groups:
            _resolve_one(p, "target_group", groups, "target group", findings)
        if not resolves(p.channels, channels):
            _resolve_list(p, "channels", channels, "channel", findings)
    for t in plan.touchpoints:
        if t.stage is not None and t.stage not in stages:
            _resolve_one(t, "stage", stages, "stage", findings)
        if t.channel is not None and t.channel not in channels:
            _resolve_one(t, "channel", channels, "channel", findings)
        if not resolves(t.personas, personas):
            _resolve_list(t, "personas", personas, "persona", findings)
        if not resolves(t.brand, brand_ids):
            _resolve_list(t, "brand", brand_ids, "brand element", findings)
    kept_triggers = []
    for tr in plan.triggers:
        if tr.source is not None and tr.source not in touchpoints:
            _resolve_one(tr, "source", touchpoints, "touchpoint", findings)
        if tr.target is not None and tr.target not in touchpoints:
            _resolve_one(tr, "target", touchpoints, "touchpoint", findings)
        if not resolves(tr.personas, personas):
            _resolve_list(tr, "personas", personas, "persona", findings)
        if tr.source is not None and tr.target is not None:
            kept_triggers.append(tr)
    plan.triggers = kept_triggers
    return findings


def build_plan(files: Iterable[PlanFile]) -> tuple[m.Plan, list[Finding]]:
    """Validate the composed files into one :class:`~journeyplan.plan.model.Plan`.

    FILES is consumed once, in order: a list, or a generator that reads each file only when
    the previous one is validated (so a caller can drop each file's nodes right after, see
    :func:`journeyplan.check.pipeline.check_plan`). Returns the plan (what was valid of it,
    references resolved) and the structural findings, including those the loader made while
    reading the files."""
    plan = m.Plan()
    findings: list[Finding] = []
    declared: dict[str, Location] = {}
    for pf in files:
        plan.files.append(pf.rel)
        findings.extend(pf.findings)
        with processing(pf.path):
            findings.extend(_validate_file(pf, plan, declared))
    findings.extend(resolve(plan))
    return plan, findings
