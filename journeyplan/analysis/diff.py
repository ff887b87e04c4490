"""What changed in a plan between two versions, by id: pure functions of the model and of
check results (no git, no files, no terminal).

:func:`diff_plans` compares two models into :class:`Change` records; :func:`diff_results`
adds how each persona's checklist verdicts changed (:class:`VerdictChange`) and which
findings are new and which are fixed. Positions (file, line, column) are never changes.

Identity:
- target groups, personas, channels, touchpoints, stages and brand elements by ``id`` (a
  new name on the same id is a change, not a remove + add; a brand element that moves
  from ``qualifiers`` to ``winners`` is a change of its ``role``);
- the plan itself and the employer brand are one record each;
- a trigger has no id: it is ``(from, to, event)`` plus its occurrence among triggers with
  the same three (first with first, second with second); the triggers left over on both
  sides are then paired by ``(from, to)`` plus occurrence, so an edited event is a change;
  what is still left is added or removed. Its record id is ``from -> to`` (with ``#n`` for
  the n-th trigger with the same from, to and event), its name the event.

Order: by kind (:data:`KINDS`), then in plan order (the newer version's elements in its
order, then the removed ones in the older version's order).

Values: durations as text such as ``2d`` (compared in minutes, so ``PT4H`` = ``4h``); lists
compared as multisets (order is not a change) and reported as added and removed items;
``personas: null`` on a touchpoint or trigger means every persona; a conversion is
reported as ``conversion.goal`` and ``conversion.target_rate``; ``plan.checks`` per rule
code as ``checks.CODE``; a new order of the same stages as the plan's ``stages`` field.

Findings are matched by code, message key, persona, subject and message arguments (and the
file, for findings without a subject), occurrence by occurrence, never by line: an unrelated
line shift is neither new nor fixed. Arguments that only say where or how big something is
(:data:`POSITIONAL_ARGS`) are not compared.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from journeyplan.analysis.diff_checks import (  # noqa: F401 (part of this module's API)
    POSITIONAL_ARGS,
    VerdictChange,
    diff_checklists,
    finding_identity,
    match_findings,
)
from journeyplan.check.pipeline import CheckResult
from journeyplan.findings import Finding
from journeyplan.plan import model as m
from journeyplan.plan.declare import NOT_VALID, Obj, specs
from journeyplan.plan.durations import format_duration
from journeyplan.plan.fields import Duration, Id, ListOf, MapOf
from journeyplan.plan.model import Kind

ChangeKind = Literal["added", "removed", "changed"]

#: Record kinds, in report order (JSON ``kind`` values): :class:`~journeyplan.plan.model.Kind`.
KINDS = tuple(k.value for k in Kind)


# How a field is compared: text (as is), dur (minutes, shown as 2d), list (multiset; None =
# empty), all (a list where None means every one, such as a touchpoint's personas), map
# (per key, reported as ``key.KEY``: ``checks.JP102``).
_TEXT, _DUR, _LIST, _ALL, _MAP = "text", "dur", "list", "all", "map"

#: What identifies a record rather than being one of its fields: a trigger is its ends.
_IDENTITY = {Kind.TRIGGER: ("source", "target")}


def _compared(
    cls: type, skip: tuple[str, ...] = (), prefix: str = ""
) -> list[tuple[str, str, str]]:
    """(YAML key, model attribute path, how compared) of CLS's declared fields, in
    declaration order: ids and SKIP are identity; lists of nested elements (stages, brand
    elements) are records of their own; a nested part (a conversion) is its fields, as
    ``conversion.goal``."""
    out = []
    for s in specs(cls):
        t = s.type
        if s.attr in skip or isinstance(t, Id):
            continue
        if isinstance(t, Obj):
            out += _compared(t.cls, (), f"{prefix}{s.key}.")
        elif isinstance(t, ListOf):
            if not isinstance(t.item, Obj):
                out.append((prefix + s.key, prefix + s.attr, _ALL if s.none_is_all else _LIST))
        elif isinstance(t, MapOf):
            out.append((prefix + s.key, prefix + s.attr, _MAP))
        else:
            out.append(
                (prefix + s.key, prefix + s.attr, _DUR if isinstance(t, Duration) else _TEXT)
            )
    return out


#: kind -> (YAML key, model attribute path, how compared), in plan-format order; derived
#: from the declarations in :mod:`journeyplan.plan.model`.
FIELDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    kind.value: tuple(_compared(kind.model, _IDENTITY.get(kind, ()))) for kind in Kind
}

#: kind -> an element with nothing set: what an added element is compared with.
_BLANK: dict[str, Any] = {kind.value: kind.model() for kind in Kind}

Value = Any  # str | int | float | bool | list[str] | None, JSON-ready


@dataclass(frozen=True)
class FieldChange:
    """One changed field: ``field`` is its YAML key (``conversion.goal``, ``checks.JP102``);
    ``old``/``new`` its values (``None`` = not set; durations as ``2d``; lists as lists);
    for a list on both sides, ``added``/``removed`` are the items that came and went;
    ``invalid`` names the sides (``old``, ``new``) whose value is written but invalid
    (a finding says why; the value is ``None`` there)."""

    field: str
    old: Value
    new: Value
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    invalid: tuple[str, ...] = ()

    @property
    def is_list(self) -> bool:
        """Both sides are lists: report ``added``/``removed`` rather than old -> new."""
        return isinstance(self.old, list) and isinstance(self.new, list)


@dataclass(frozen=True)
class Change:
    """One element that was added, removed or changed.

    - ``kind``: one of :data:`KINDS`; ``id``: the element id (``""`` for the plan and the
      employer brand; ``from -> to`` for a trigger).
    - ``name``: its name (text for a brand element, event for a trigger) on the newer side
      (the older for a removed one), or ``None``.
    - ``fields``: what changed; for an added element every field that is set; empty for a
      removed one.
    """

    kind: str
    id: str
    change: ChangeKind
    name: str | None
    fields: tuple[FieldChange, ...] = ()


@dataclass
class PlanDiff:
    """Everything that changed: element ``changes`` (by kind, then in plan order), ``checklist``
    verdict changes (newer plan's persona order, then removed personas; question order),
    ``new_findings`` (in the newer version only) and ``fixed_findings`` (in the older only),
    each sorted by file, line, column, code."""

    changes: list[Change] = field(default_factory=list)
    checklist: list[VerdictChange] = field(default_factory=list)
    new_findings: list[Finding] = field(default_factory=list)
    fixed_findings: list[Finding] = field(default_factory=list)
    #: files that could not be read in either version: then the checklist was not evaluated
    #: there, so verdicts and checklist findings are not compared, and nothing declared in
    #: them is compared
    unread: list[str] = field(default_factory=list)
    #: the unread files of the older and of the newer version
    unread_old: list[str] = field(default_factory=list)
    unread_new: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every file of both versions was read, so the comparison covers the whole plan."""
        return not self.unread

    @property
    def is_empty(self) -> bool:
        return not (self.changes or self.checklist or self.new_findings or self.fixed_findings)


# --------------------------------------------------------------------------- values
def _get(element: Any, path: str) -> Any:
    """The value of the field at PATH (``conversion.goal``) as the file declares it: a
    reference that did not resolve as written (``Element.written``), :data:`NOT_VALID`
    for an invalid value (``Element.invalid``)."""
    value = element
    for part in path.split("."):
        if value is None or value is NOT_VALID:
            return value
        if part in value.invalid:
            return NOT_VALID
        written = value.written
        value = written[part] if written and part in written else getattr(value, part)
    return value


def _compare(key: str, kind: str, a: Any, b: Any) -> FieldChange | None:
    if a is NOT_VALID or b is NOT_VALID:
        if a is b:
            return None  # invalid in both: what is written is not compared
        invalid = tuple(side for side, v in (("old", a), ("new", b)) if v is NOT_VALID)
        a, b = (_shown(kind, v) for v in (a, b))
        return FieldChange(key, a, b, invalid=invalid)
    if kind in (_LIST, _ALL):
        if kind == _LIST:
            a, b = a or [], b or []
        if a is not None and b is not None:
            ca, cb = Counter(a), Counter(b)
            if ca == cb:
                return None
            return FieldChange(
                key,
                list(a),
                list(b),
                tuple(sorted((cb - ca).elements())),
                tuple(sorted((ca - cb).elements())),
            )
        if a is None and b is None:
            return None
        return FieldChange(key, None if a is None else list(a), None if b is None else list(b))
    if a == b:
        return None
    return FieldChange(key, _shown(kind, a), _shown(kind, b))


def _shown(kind: str, value: Any) -> Any:
    """A compared value as a change shows it: ``None`` for an invalid one, a duration as
    ``2d``, a list as a list."""
    if value is None or value is NOT_VALID:
        return None
    if kind == _DUR:
        return format_duration(value)
    if kind in (_LIST, _ALL):
        return list(value)
    return value


def _element_fields(kind: str, a: Any, b: Any) -> list[FieldChange]:
    out = []
    for key, path, ftype in FIELDS[kind]:
        va, vb = _get(a, path), _get(b, path)
        invalid = va is NOT_VALID or vb is NOT_VALID  # compared below, as invalid
        plain = [v for v in (va, vb) if v is not None and not isinstance(v, dict)]
        if ftype == _MAP and plain and not invalid:
            # a field that holds a mapping or a plain value (``reach: 400``): the keys are
            # compared when both sides are mappings, else the values as they are
            if va != vb:
                out.append(FieldChange(key, va, vb))
            continue
        if ftype == _MAP and not invalid:
            va, vb = va or {}, vb or {}
            for k in sorted(va.keys() | vb.keys()):
                if va.get(k) != vb.get(k):
                    out.append(FieldChange(f"{key}.{k}", va.get(k), vb.get(k)))
            continue
        fc = _compare(key, ftype, va, vb)
        if fc is not None:
            out.append(fc)
    return out


def _label(element: Any) -> str | None:
    for attr in ("name", "text", "event"):
        value = getattr(element, attr, None)
        if value is not None:
            return value
    return None


# --------------------------------------------------------------------------- elements
def _by_id(kind: str, a: Iterable[Any], b: Iterable[Any]) -> list[Change]:
    old = {e.id: e for e in a}
    new = {e.id: e for e in b}
    blank = _BLANK[kind]
    out = []
    for eid in [*new, *(eid for eid in old if eid not in new)]:
        ea, eb = old.get(eid), new.get(eid)
        if ea is None:
            out.append(
                Change(kind, eid, "added", _label(eb), tuple(_element_fields(kind, blank, eb)))
            )
        elif eb is None:
            out.append(Change(kind, eid, "removed", _label(ea)))
        else:
            fields = _element_fields(kind, ea, eb)
            if fields:
                out.append(Change(kind, eid, "changed", _label(eb), tuple(fields)))
    return out


def _ends(t: m.Trigger) -> tuple[str | None, str | None]:
    """A trigger's ``from`` and ``to`` as written (even when one does not resolve)."""
    w = t.written
    if not w:
        return t.source, t.target
    return w.get("source", t.source), w.get("target", t.target)


def match_triggers(
    a: list[m.Trigger], b: list[m.Trigger]
) -> list[tuple[m.Trigger | None, m.Trigger | None]]:
    """Pair the triggers of two versions (see the module docstring): ``(old, new)`` pairs,
    ``(old, None)`` for removed, ``(None, new)`` for added ones, in no particular order.
    Ends are compared as written."""
    pairs: list[tuple[m.Trigger | None, m.Trigger | None]] = []
    left_a, left_b = list(range(len(a))), list(range(len(b)))
    for key in (lambda t: (*_ends(t), t.event), _ends):
        groups: dict[Any, list[int]] = defaultdict(list)
        for j in left_b:
            groups[key(b[j])].append(j)
        used_b: set[int] = set()
        rest_a = []
        for i in left_a:
            queue = groups.get(key(a[i]))
            if queue:
                j = queue.pop(0)
                used_b.add(j)
                pairs.append((a[i], b[j]))
            else:
                rest_a.append(i)
        left_a = rest_a
        left_b = [j for j in left_b if j not in used_b]
    pairs.extend((a[i], None) for i in left_a)
    pairs.extend((None, b[j]) for j in left_b)
    return pairs


def _occurrences(triggers: list[m.Trigger]) -> dict[int, int]:
    """id(trigger) -> its 1-based occurrence among triggers with the same from, to, event."""
    seen: Counter = Counter()
    out = {}
    for t in triggers:
        key = (*_ends(t), t.event)
        seen[key] += 1
        out[id(t)] = seen[key]
    return out


def _triggers(a: list[m.Trigger], b: list[m.Trigger]) -> list[Change]:
    occ = {**_occurrences(a), **_occurrences(b)}
    index = {id(t): i for i, t in enumerate(b)}
    index.update((id(t), len(b) + i) for i, t in enumerate(a))
    blank = _BLANK["trigger"]
    keyed = []
    for ta, tb in match_triggers(a, b):
        t = tb if tb is not None else ta
        assert t is not None
        n = occ[id(t)]
        source, target = _ends(t)
        tid = f"{source} -> {target}" + (f" #{n}" if n > 1 else "")
        if ta is None:
            change = Change(
                "trigger", tid, "added", t.event, tuple(_element_fields("trigger", blank, tb))
            )
        elif tb is None:
            change = Change("trigger", tid, "removed", t.event)
        else:
            fields = _element_fields("trigger", ta, tb)
            if not fields:
                continue
            change = Change("trigger", tid, "changed", t.event, tuple(fields))
        keyed.append((index[id(t)], change))
    keyed.sort(key=lambda item: item[0])
    return [c for _, c in keyed]


def _plan_record(a: m.Plan | None, b: m.Plan | None) -> list[Change]:
    if a is None or b is None:
        plan = b if b is not None else a
        assert plan is not None
        if b is None:
            return [Change("plan", "", "removed", plan.name)]
        old_info: Any = _BLANK["plan"]
        old_stages: list[str] = []
    else:
        old_info = a.info or _BLANK["plan"]
        old_stages = [s.id for s in a.stages]
    new_info = b.info or _BLANK["plan"]
    fields = _element_fields("plan", old_info, new_info)  # checks per rule code: checks.CODE
    new_stages = [s.id for s in b.stages]
    common = set(old_stages) & set(new_stages)
    if a is not None and (
        [s for s in old_stages if s in common] != [s for s in new_stages if s in common]
    ):
        fields.append(FieldChange("stages", old_stages, new_stages))
    if a is None:
        return [Change("plan", "", "added", b.name, tuple(fields))]
    return [Change("plan", "", "changed", b.name, tuple(fields))] if fields else []


def _brand_record(a: m.Plan | None, b: m.Plan | None) -> list[Change]:
    ba = a.brand if a is not None else None
    bb = b.brand if b is not None else None
    if ba is None and bb is None:
        return []
    if bb is None:
        return [Change("employer_brand", "", "removed", None)]
    fields = _element_fields("employer_brand", ba or _BLANK["employer_brand"], bb)
    if ba is None:
        return [Change("employer_brand", "", "added", None, tuple(fields))]
    return [Change("employer_brand", "", "changed", None, tuple(fields))] if fields else []


def _readable(plan: m.Plan | None, unread: frozenset[str], kind: Kind, readable: bool) -> bool:
    """What a version holds of a single-record KIND (the plan, the employer brand) when
    some files were unread: ``False`` when it cannot be compared (it is in an unread file,
    or it is missing while this version has an unread file it may be in)."""
    if plan is None:
        return True
    element = getattr(plan, kind.plan_attr)
    if element is None:
        return readable
    return element.file not in unread


def diff_plans(
    a: m.Plan | None,
    b: m.Plan | None,
    unread: Iterable[str] = (),
    unread_a: bool = False,
    unread_b: bool = False,
) -> list[Change]:
    """Every element added, removed or changed from plan A (older) to plan B (newer), in
    :data:`KINDS` order, then in plan order: B's elements in B's order (files in sorted path
    order, then order within the file), then those removed in A's order. ``None`` is a
    version without a plan: everything in the other is added (or removed). Values are
    compared as the files declare them (``Element.written``): a reference that no longer
    resolves is not a change of the element that makes it.

    UNREAD: files (relative paths) that could not be read in either version; nothing
    declared in them is compared, in either version. UNREAD_A / UNREAD_B: that version has
    such a file, so its plan and employer brand, when missing, may be in it and are not
    compared. Deterministic: same plans, same list."""
    skip = frozenset(unread)
    empty = m.Plan()
    pa, pb = a or empty, b or empty
    changes: list[Change] = []
    singles = {
        kind: not skip
        or (_readable(a, skip, kind, not unread_a) and _readable(b, skip, kind, not unread_b))
        for kind in (Kind.PLAN, Kind.EMPLOYER_BRAND)
    }
    if (a is not None or b is not None) and singles[Kind.PLAN]:
        changes += _plan_record(a, b)
    if singles[Kind.EMPLOYER_BRAND]:
        changes += _brand_record(a, b)
    for kind in Kind:
        if kind.has_id:  # stages, brand elements, target groups ... in Kind order
            if kind is Kind.STAGE and not singles[Kind.PLAN]:
                continue  # the stages are the plan's
            if kind is Kind.BRAND_ELEMENT and not singles[Kind.EMPLOYER_BRAND]:
                continue
            ea, eb = pa.elements(kind), pb.elements(kind)
            if skip:
                ea = [e for e in ea if e.file not in skip]
                eb = [e for e in eb if e.file not in skip]
            changes += _by_id(kind.value, ea, eb)
    ta = pa.written_triggers if pa.written_triggers is not None else pa.triggers
    tb = pb.written_triggers if pb.written_triggers is not None else pb.triggers
    if skip:
        ta = [t for t in ta if t.file not in skip]
        tb = [t for t in tb if t.file not in skip]
    changes += _triggers(ta, tb)
    return changes


def diff_results(a: CheckResult | None, b: CheckResult | None) -> PlanDiff:
    """The whole difference between two checked versions of a plan (``None``: no plan in
    that version): element changes, checklist verdict changes, new and fixed findings.
    When a file of either version could not be read, its checklist was not evaluated
    (:func:`journeyplan.check.pipeline.check_files`): only plan-structure findings are compared
    then (dangling references aside, which that version does not report), and no
    verdicts, so nothing shows as fixed or changed that was merely not looked at; and
    nothing declared in such a file is compared (:func:`diff_plans`), so nothing shows as
    removed that was merely not read."""
    fa = a.findings if a is not None else []
    fb = b.findings if b is not None else []
    unread = sorted({f for r in (a, b) if r is not None for f in r.unread})
    if unread:
        fa = [f for f in fa if f.question is None and f.code != "JP007"]
        fb = [f for f in fb if f.question is None and f.code != "JP007"]
    new, fixed = match_findings(fa, fb)
    return PlanDiff(
        diff_plans(
            a.plan if a is not None else None,
            b.plan if b is not None else None,
            unread,
            bool(a is not None and a.unread),
            bool(b is not None and b.unread),
        ),
        [] if unread else diff_checklists(a, b),
        new,
        fixed,
        unread,
        list(a.unread) if a is not None else [],
        list(b.unread) if b is not None else [],
    )
