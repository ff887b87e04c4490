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

from journeyplan.check.pipeline import CheckResult
from journeyplan.findings import Finding
from journeyplan.plan import model as m
from journeyplan.plan.declare import Obj, specs
from journeyplan.plan.durations import format_duration
from journeyplan.plan.fields import Duration, Id, ListOf, MapOf
from journeyplan.plan.model import Kind
from journeyplan.rules import QUESTIONS

ChangeKind = Literal["added", "removed", "changed"]

#: Record kinds, in report order (JSON ``kind`` values): :class:`~journeyplan.plan.model.Kind`.
KINDS = tuple(k.value for k in Kind)

#: Finding arguments that say where or how large something is, not what it is.
POSITIONAL_ARGS = frozenset({"first", "first_line", "size", "limit"})

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
    for a list on both sides, ``added``/``removed`` are the items that came and went."""

    field: str
    old: Value
    new: Value
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

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


@dataclass(frozen=True)
class VerdictChange:
    """A checklist verdict that changed: PERSONA's answer to QUESTION (1-5) went from OLD to
    NEW (``pass``/``warn``/``fail``; ``None`` when the persona is not in that version)."""

    persona: str
    question: int
    old: str | None
    new: str | None


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
    #: there, so verdicts and checklist findings are not compared
    unread: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.changes or self.checklist or self.new_findings or self.fixed_findings)


# --------------------------------------------------------------------------- values
def _get(element: Any, path: str) -> Any:
    value = element
    for part in path.split("."):
        if value is None:
            return None
        value = getattr(value, part)
    return value


def _compare(key: str, kind: str, a: Any, b: Any) -> FieldChange | None:
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
    if kind == _DUR:
        a = None if a is None else format_duration(a)
        b = None if b is None else format_duration(b)
    return FieldChange(key, a, b)


def _element_fields(kind: str, a: Any, b: Any) -> list[FieldChange]:
    out = []
    for key, path, ftype in FIELDS[kind]:
        va, vb = _get(a, path), _get(b, path)
        plain = [v for v in (va, vb) if v is not None and not isinstance(v, dict)]
        if ftype == _MAP and plain:
            # a field that holds a mapping or a plain value (``reach: 400``): the keys are
            # compared when both sides are mappings, else the values as they are
            if va != vb:
                out.append(FieldChange(key, va, vb))
            continue
        if ftype == _MAP:
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


def match_triggers(
    a: list[m.Trigger], b: list[m.Trigger]
) -> list[tuple[m.Trigger | None, m.Trigger | None]]:
    """Pair the triggers of two versions (see the module docstring): ``(old, new)`` pairs,
    ``(old, None)`` for removed, ``(None, new)`` for added ones, in no particular order."""
    pairs: list[tuple[m.Trigger | None, m.Trigger | None]] = []
    left_a, left_b = list(range(len(a))), list(range(len(b)))
    for key in (lambda t: (t.source, t.target, t.event), lambda t: (t.source, t.target)):
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
        seen[(t.source, t.target, t.event)] += 1
        out[id(t)] = seen[(t.source, t.target, t.event)]
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
        tid = f"{t.source} -> {t.target}" + (f" #{n}" if n > 1 else "")
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


def diff_plans(a: m.Plan | None, b: m.Plan | None) -> list[Change]:
    """Every element added, removed or changed from plan A (older) to plan B (newer), in
    :data:`KINDS` order, then in plan order: B's elements in B's order (files in sorted path
    order, then order within the file), then those removed in A's order. ``None`` is a
    version without a plan: everything in the other is added (or removed). Deterministic:
    same plans, same list."""
    empty = m.Plan()
    pa, pb = a or empty, b or empty
    changes = _plan_record(a, b) if (a is not None or b is not None) else []
    changes += _brand_record(a, b)
    for kind in Kind:
        if kind.has_id:  # stages, brand elements, target groups ... in Kind order
            changes += _by_id(kind.value, pa.elements(kind), pb.elements(kind))
    changes += _triggers(pa.triggers, pb.triggers)
    return changes


# --------------------------------------------------------------------------- checks
def diff_checklists(a: CheckResult | None, b: CheckResult | None) -> list[VerdictChange]:
    """Verdicts that differ between two check results, per persona and question: personas
    in B's order, then those only in A; a persona missing on one side has ``None`` there."""
    old = dict(a.checklist) if a is not None else {}
    new = dict(b.checklist) if b is not None else {}
    order = [pid for pid, _ in (b.checklist if b is not None else [])]
    order += [pid for pid, _ in (a.checklist if a is not None else []) if pid not in new]
    out = []
    for pid in order:
        ra, rb = old.get(pid, {}), new.get(pid, {})
        for q in QUESTIONS:
            va, vb = ra.get(q), rb.get(q)
            if va != vb:
                out.append(VerdictChange(pid, q, va, vb))
    return out


def finding_identity(f: Finding) -> tuple:
    """What makes two findings of two versions the same finding: code, message key,
    persona, subject, the file when there is no subject, and the message arguments except
    :data:`POSITIONAL_ARGS`. Never the line or column."""
    args = tuple(sorted((k, repr(v)) for k, v in f.args.items() if k not in POSITIONAL_ARGS))
    where = f.location.file if f.subject is None and f.location is not None else None
    return (f.code, f.key, f.persona or "", f.subject or "", where or "", args)


def match_findings(a: list[Finding], b: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """``(new, fixed)``: findings of B with no counterpart in A, and of A with none in B,
    matched by :func:`finding_identity` occurrence by occurrence; each sorted by file,
    line, column, code."""
    pending: dict[tuple, list[Finding]] = defaultdict(list)
    for f in sorted(a, key=Finding.sort_key):
        pending[finding_identity(f)].append(f)
    new = []
    for f in sorted(b, key=Finding.sort_key):
        queue = pending.get(finding_identity(f))
        if queue:
            queue.pop(0)
        else:
            new.append(f)
    fixed = sorted((f for queue in pending.values() for f in queue), key=Finding.sort_key)
    return new, fixed


def diff_results(a: CheckResult | None, b: CheckResult | None) -> PlanDiff:
    """The whole difference between two checked versions of a plan (``None``: no plan in
    that version): element changes, checklist verdict changes, new and fixed findings.
    When a file of either version could not be read, its checklist was not evaluated
    (:func:`journeyplan.check.pipeline.check_files`): only plan-structure findings are compared
    then (dangling references aside, which that version does not report), and no
    verdicts, so nothing shows as fixed or changed that was merely not looked at."""
    fa = a.findings if a is not None else []
    fb = b.findings if b is not None else []
    unread = sorted({f for r in (a, b) if r is not None for f in r.unread})
    if unread:
        fa = [f for f in fa if f.question is None and f.code != "JP007"]
        fb = [f for f in fb if f.question is None and f.code != "JP007"]
    new, fixed = match_findings(fa, fb)
    return PlanDiff(
        diff_plans(a.plan if a is not None else None, b.plan if b is not None else None),
        [] if unread else diff_checklists(a, b),
        new,
        fixed,
        unread,
    )
