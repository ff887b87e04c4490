"""Where each id is defined and referenced, from the model's positions.

The references are found from the plan format's declaration (:mod:`journeyplan.plan.model`):
every field of type ``Ref(kind)`` or ``ListOf(Ref(kind))`` is a reference to an element of
that kind (a persona's ``target_group`` and ``channels``; a touchpoint's ``stage``, ``channel``,
``personas`` and ``brand``; a trigger's ``from``, ``to`` and ``personas`` ...), so a new
reference field in the format is navigable without a change here. The model keeps the
``(line, column)`` of every value and list item (:attr:`journeyplan.plan.model.Element.at`);
the token written there gives the range. Dangling references (JP007) were dropped from the
model and have no definition to go to; a duplicate id (JP006) is not a second definition.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from journeyplan.lsp.diagnostics import LineIndexes
from journeyplan.plan.declare import Obj
from journeyplan.plan.fields import FieldType, ListOf, Ref
from journeyplan.plan.format import SECTIONS
from journeyplan.plan.model import Element, Kind, Plan

#: The kinds of element an id names, by their term (``target group``), as occurrences and
#: messages name them.
KIND_OF_TERM = {k.term: k for k in Kind if k.has_id}
KINDS = tuple(KIND_OF_TERM)


@dataclass(frozen=True)
class Occurrence:
    """An id written in a file: its KIND, ID, file REL and the character offsets START..END
    of the id (inside the quotes when quoted); DEFINITION when it is the element's own
    ``id``; ELEMENT the element defined, or the one that holds the reference under KEY."""

    kind: str
    id: str
    rel: str
    start: int
    end: int
    definition: bool
    element: Element
    key: str = "id"


def reference_fields(obj: Obj) -> Iterator[tuple[str, str, str, bool]]:
    """``(YAML key, model attribute, kind, is a list)`` of every reference field of OBJ."""
    for f in obj.fields.values():
        t = f.type
        if type(t) is Ref:
            yield f.key, f.attr, t.kind.term, False
        elif type(t) is ListOf and type(t.item) is Ref:
            yield f.key, f.attr, t.item.kind.term, True


def _elements(ftype: FieldType, value) -> Iterator[tuple[Obj, Element]]:
    """Every element of VALUE (declared by FTYPE) and its nested elements, with their Obj."""
    if type(ftype) is ListOf:
        for item in value or ():
            yield from _elements(ftype.item, item)
    elif type(ftype) is Obj and isinstance(value, Element):
        yield ftype, value
        for f in ftype.fields.values():
            if type(f.type) in (Obj, ListOf):
                sub = getattr(value, f.attr, None)
                if sub is not None:
                    yield from _elements(f.type, sub)


def reference_keys() -> dict[str, dict[str, str]]:
    """Section -> {YAML key of a reference field anywhere in it -> kind} (for completion)."""
    out: dict[str, dict[str, str]] = {}
    for section, sec in SECTIONS.items():
        keys: dict[str, str] = {}
        todo = [sec.type]
        while todo:
            t = todo.pop()
            if type(t) is ListOf:
                todo.append(t.item)
            elif type(t) is Obj:
                for key, _, kind, _ in reference_fields(t):
                    keys.setdefault(key, kind)
                todo.extend(f.type for f in t.fields.values() if type(f.type) in (Obj, ListOf))
        out[section] = keys
    return out


class PlanIndex:
    """Definitions and references of a checked plan, and the occurrence under a position."""

    def __init__(self, plan: Plan, indexes: LineIndexes) -> None:
        self.plan = plan
        self.elements: dict[str, dict[str, Element]] = {
            term: plan.by_id(kind) for term, kind in KIND_OF_TERM.items()
        }
        self.definitions: dict[tuple[str, str], Occurrence] = {}
        self.references: dict[tuple[str, str], list[Occurrence]] = {}
        self._by_file: dict[str, list[Occurrence]] = {}
        seen: set[tuple[str, int]] = set()

        def add(kind: str, id_: str, e: Element, pos, definition: bool, key: str) -> None:
            if not e.file or pos is None:
                return  # a default stage: written nowhere
            index = indexes[e.file]
            start, end, value = index.token(index.offset(*pos))
            if value != str(id_) or (e.file, start) in seen:
                return  # not written there as such (an alias or a merge key)
            if end - start != len(value):  # quoted: the id inside the quotes
                start += 1
                end = start + len(value)
            seen.add((e.file, start))
            occ = Occurrence(kind, id_, e.file, start, end, definition, e, key)
            self._by_file.setdefault(e.file, []).append(occ)
            if definition:
                self.definitions[(kind, id_)] = occ
            else:
                self.references.setdefault((kind, id_), []).append(occ)

        for kind, elements in self.elements.items():
            for id_, e in elements.items():
                add(kind, id_, e, e.at.get("id"), True, "id")
        for sec in SECTIONS.values():
            for obj, e in _elements(sec.type, getattr(plan, sec.attr, None)):
                for key, field_attr, kind, is_list in reference_fields(obj):
                    value = getattr(e, field_attr, None)
                    if value is None:
                        continue
                    if not is_list:
                        add(kind, value, e, e.at.get(field_attr), False, key)
                        continue
                    for ref, pos in zip(value, e.items_at.get(field_attr, ())):
                        add(kind, ref, e, pos, False, key)
        for occurrences in self._by_file.values():
            occurrences.sort(key=lambda o: o.start)
        self._starts = {rel: [o.start for o in occ] for rel, occ in self._by_file.items()}

    def at(self, rel: str, offset: int) -> Occurrence | None:
        """The occurrence of an id at character OFFSET of file REL (its end counts: the cursor
        right after an id is on it)."""
        starts = self._starts.get(rel)
        if not starts:
            return None
        i = bisect_right(starts, offset) - 1
        if i >= 0:
            occ = self._by_file[rel][i]
            if occ.start <= offset <= occ.end:
                return occ
        return None

    def all_of(self, kind: str, id_: str) -> list[Occurrence]:
        """The definition (first) and every reference of KIND ID."""
        found = list(self.references.get((kind, id_), ()))
        d = self.definitions.get((kind, id_))
        return ([d] if d is not None else []) + found
