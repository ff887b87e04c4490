"""How the plan format is declared: each model class is the declaration of its element.

A model class (:mod:`journeyplan.plan.model`) gives each YAML key one dataclass field made
with :func:`key`: its field type (:mod:`journeyplan.plan.fields`), its description (the JSON
Schema's, shown on hover in editors), whether it is required, its default and, when the
YAML key differs from the attribute (``from`` -> ``source``), the key. :func:`specs` reads
the declaration back; everything else derives from it:

- :class:`Obj` validates a YAML mapping into the model class (this module);
- the JSON Schema (:mod:`journeyplan.plan.jsonschema`), from ``FieldType.json_schema``;
- reference resolution walks the :class:`~journeyplan.plan.fields.Ref` fields
  (:func:`journeyplan.plan.format.references`, :func:`journeyplan.plan.build.resolve`);
- the fields ``journeyplan diff`` compares (:data:`journeyplan.analysis.diff.FIELDS`).

A field that is no YAML key but part of the element (a brand element's ``role``, set by the
list it is written in) is declared with :func:`derived`: diff compares it, the validator and
the JSON Schema do not know it.
"""

from __future__ import annotations

import dataclasses
import functools
import sys
from collections.abc import Callable
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from journeyplan.plan.fields import (
    AS_WRITTEN,
    FieldType,
    Keyed,
    Listed,
    ListOf,
    Ref,
    Text,
    nullable,
)
from journeyplan.plan.placeholders import Placed
from journeyplan.plan.positions import packed
from journeyplan.plan.validator import (
    BOOL_WORDS,
    INVALID,
    NOT_AS_WRITTEN,
    NULL_WORDS,
    Validator,
    mapping_pairs,
    written,
)
from journeyplan.record import record
from journeyplan.source.scalars import CORE_TAGS, PLAIN
from journeyplan.suggest import did_you_mean


class _NotValid:
    """The value of a field that was written but reported invalid (``Element.invalid``),
    as ``journeyplan diff`` compares it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NOT_VALID"


#: Marks a field whose written value was invalid (a finding says why); see
#: :attr:`journeyplan.plan.model.Element.invalid`.
NOT_VALID = _NotValid()

_SPEC = "journeyplan"  # the dataclass field metadata key that holds a field's Spec

# What a blank text of a field is (Obj._how_to_convert): missing (JP010) or a blank label.
_BLANK_MISSING = 1
_BLANK_LABEL = 2


@record
class Spec:
    """One declared field of an element: YAML ``key``, model ``attr``, field ``type``
    (``None`` for a :func:`derived` field), ``description``, ``required``, and
    ``none_is_all``: leaving the list out means every one (``personas`` of a touchpoint)."""

    key: str
    attr: str
    type: FieldType | None
    description: str
    required: bool = False
    none_is_all: bool = False


def key(
    ftype: FieldType,
    description: str,
    *,
    required: bool = False,
    default: Any = None,
    yaml: str | None = None,
    none_is_all: bool = False,
) -> Any:
    """Declare a YAML key of an element, as the default of a model class field: the value
    has type FTYPE, DESCRIPTION is its documentation, DEFAULT its value when it is left out
    (or null), YAML the key when it differs from the attribute name."""
    meta = {_SPEC: (ftype, description, required, yaml, none_is_all)}
    return dataclasses.field(default=default, metadata=meta)


def derived(description: str, default: Any = None) -> Any:
    """Declare a field of the element that is not a YAML key (set by the validator)."""
    return dataclasses.field(
        default=default, metadata={_SPEC: (None, description, False, None, False)}
    )


def model_class(cls: type) -> type:
    """Make CLS a model class, as ``@dataclass(eq=False, slots=True)`` did, at a fraction
    of its import time (:func:`journeyplan.record.record`: generating each class's methods
    with dataclasses was most of ``check``'s start-up past typer, docs/performance.md).

    Every annotated attribute that is not a ``ClassVar`` is a field: its default is the
    class attribute (a :func:`key`, :func:`derived` or ``dataclasses.field``, or a plain
    value). The class gets ``__slots__`` (no ``__dict__``: an undeclared attribute fails),
    an ``__init__`` taking every field, the base's first, by keyword or in order, a
    ``__repr__`` of the fields, identity equality, and ``__dataclass_fields__``, so that
    :func:`dataclasses.fields` and :func:`specs` read the declaration as before."""
    return record(cls, eq=False, frozen=False, slots=True)


@functools.cache
def specs(cls: type) -> tuple[Spec, ...]:
    """The declared fields of model class CLS, in declaration order."""
    out = []
    for f in dataclasses.fields(cls):
        meta = f.metadata.get(_SPEC)
        if meta is not None:
            ftype, description, required, yaml, none_is_all = meta
            out.append(Spec(yaml or f.name, f.name, ftype, description, required, none_is_all))
    return tuple(out)


class Obj(FieldType):
    """A mapping with the keys that model class CLS declares (:func:`specs`), validated into
    an instance of CLS. DESCRIPTION defaults to the class's ``summary``; ``extra`` sets
    fixed attributes (the ``role`` of a brand element)."""

    expected = "a mapping"

    def __init__(
        self, cls: type, description: str | None = None, extra: dict[str, Any] | None = None
    ) -> None:
        fields = [s for s in specs(cls) if s.type is not None]
        self.cls = cls
        self.fields = {f.key: f for f in fields}
        self.description = cls.summary if description is None else description
        self.extra = extra or {}
        # key -> (field, model attribute, kind of fast path, intern or str, if blank)
        self._how = {f.key: self._how_to_convert(f) for f in fields}
        self._keys = frozenset(self.fields)
        self._required = tuple((f.attr, f.key) for f in fields if f.required)

    @staticmethod
    def _how_to_convert(f: Spec) -> tuple[Spec, str, int, Callable[[str], str], int]:
        """The fast path a field's values can take: 1 when its type takes a plain text
        scalar as it is written (Text, Ref), 2 for a list of such (``ListOf(Ref)``), 0 else;
        whether the texts are interned (references repeat: one string per id); and what a
        blank text ("", "   ") is: :data:`_BLANK_MISSING` for a required free text (as
        missing as leaving the key out, JP010), :data:`_BLANK_LABEL` for an optional
        ``name`` (the element's label on the maps: JP022, left out so the label falls back
        to the id), 0 for any other field."""
        t = f.type
        blank = 0
        if type(t) is Text:
            if f.required:
                blank = _BLANK_MISSING
            elif f.key == "name":
                blank = _BLANK_LABEL
        if type(t) in AS_WRITTEN:
            return f, f.attr, 1, sys.intern if type(t) is Ref else str, blank
        if type(t) is ListOf and t._as_written:
            return f, f.attr, 2, t._intern, blank
        return f, f.attr, 0, str, blank

    def _passes_as_is(self, node: MappingNode) -> bool:
        """True when :func:`~journeyplan.plan.validator.mapping_pairs` would yield NODE's pairs unchanged and report nothing:
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
        reported = len(v.findings)  # the findings made inside this element belong to it
        # positions, packed (journeyplan.plan.positions): the fields that have one, each
        # followed by its item count when it has items; 0-based line, column numbers
        mark = node.start_mark
        shape: list = []
        numbers = [mark.line, mark.column]
        invalid: list[str] = []
        fields = self.fields
        how = self._how
        counting = v.counting
        pairs = node.value if not counting and self._passes_as_is(node) else mapping_pairs(node, v)
        blank_label = None
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
            f, attr, fast, intern, blank = known
            if counting:
                v.visit(value_node)
            if isinstance(value_node, ScalarNode) and value_node.tag == PLAIN:
                text = value_node.value
                if text in NULL_WORDS:  # resolve_scalar(value_node) == NULL
                    continue  # an explicit null is the same as leaving the key out
                if fast == 1 and text not in BOOL_WORDS:
                    value = intern(text)  # what Text.convert / Ref.convert return for it
                else:
                    value = f.type.convert(value_node, v)
            elif fast == 2 and not counting and value_node.__class__ is SequenceNode:
                items = value_node.value
                texts = [c.value for c in items if c.__class__ is ScalarNode and c.tag == PLAIN]
                if len(texts) == len(items) and NOT_AS_WRITTEN.isdisjoint(texts):
                    # every item plain text: what ListOf.convert returns, without the calls
                    values[attr] = list(map(intern, texts))
                    mark = value_node.start_mark
                    shape += (attr, len(items))
                    numbers += (mark.line, mark.column)
                    for c in items:
                        mark = c.start_mark
                        numbers += (mark.line, mark.column)
                    continue
                value = f.type.convert(value_node, v)
            else:
                value = f.type.convert(value_node, v)
            if value is INVALID:
                invalid.append(attr)
                continue
            if blank and not value.strip():
                if blank == _BLANK_MISSING:
                    # a required text that says nothing: JP010, where the blank value stands
                    v.report("JP010", value_node, "JP010.blank", key_name=key.value)
                else:
                    blank_label = value_node
                continue
            values[attr] = value
            mark = value_node.start_mark
            shape.append(attr)
            numbers += (mark.line, mark.column)
            if value.__class__ is Listed:
                if len(value) < len(value_node.value):
                    invalid.append(attr)  # some items were not valid (and were reported)
                shape.append(len(value.positions))
                for line, column in value.positions:
                    numbers += (line - 1, column - 1)
                values[attr] = list(value)
            elif value.__class__ is Placed:  # a message: where its placeholders are
                shape.append(len(value.positions))
                for line, column in value.positions:
                    numbers += (line - 1, column - 1)
                values[attr] = str(value)
            elif value.__class__ is Keyed:
                if len(value) < len(value_node.value):
                    invalid.append(attr)  # some values were not valid (and were reported)
                shape.append(len(value.positions))
                for line, column in value.positions.values():
                    numbers += (line - 1, column - 1)
                values[attr] = dict(value)
        for attr, key in self._required:  # in field order, as fields.values()
            if attr not in values and not written(node, key):
                # a key that is written but invalid was reported where it stands
                v.report("JP010", node, key_name=key)
        if "id" in fields and "id" not in values:
            return INVALID  # an element without a usable id cannot be referenced
        if blank_label is not None:
            kind = self.cls.element_kind
            v.report("JP022", blank_label, kind=kind.term, id=values["id"], subject=values["id"])
        if invalid:
            values["invalid"] = frozenset(invalid)
        shape_, data = packed(shape, numbers)
        element = self.cls(file=v.file, _shape=shape_, _at=data, **values)
        if len(v.findings) > reported and self.cls.element_kind is not None:
            findings = v.findings
            for i in range(reported, len(findings)):
                if findings[i].element is None:  # an inner element keeps its own
                    findings[i] = findings[i].in_element(element)
        return element

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
