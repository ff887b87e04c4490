"""Root causes first: a finding that only follows from another is folded under it.

One typo in a trigger's ``to`` drops the trigger: its ``from`` becomes a dead end and every
touchpoint after it unreachable, nine errors for one fact. :func:`fold` finds such
cascades and folds each consequence under its cause
(:attr:`~journeyplan.findings.Finding.consequences`): the text shows the cause first and its
consequences under it; ``check --format json`` keeps every finding in its place (the spec's
document, unchanged); SARIF gives them as the cause's ``relatedLocations``; a GitHub
annotation of a cause says how many follow. The exit code and the counts in the summary
still see every finding: folding changes how they are shown, not what the plan is. The
verdicts count a consequence without a persona of its own only where its cause is
(:func:`journeyplan.check.pipeline.verdicts`).

What is a consequence, each decided from the plan, never guessed from the wording:

- of a **dangling reference with a did-you-mean** (JP007): every checklist finding that the
  plan would not report with that one reference repaired to its suggestion (the rules run
  again on a copy of the plan where only that reference differs; at most
  :data:`MAX_REPAIRS` references are tried, in finding order);
- of an **id written with an invisible or look-alike character** (JP005 with a
  suggestion, ``reel\u200b`` for ``reel``): the references to ``reel`` that dangle because
  of it (``JP007.lookalike``), and every checklist finding the plan would not report with
  that id corrected (the rules run again on a copy where the element has the suggested id
  and those references resolve);
- of a **second ``plan:`` section** (JP015): the dangling stage references (JP007) to the
  stages that the ignored section declares;
- of a **conversion point that cannot be reached** (JP303): the same touchpoint's "cannot be
  reached" (JP403) for the same persona: one fact, told once.

A consequence can have consequences of its own (a JP303 under a JP007 holds its JP403);
each list is in the findings' sort order, plan-structure findings first.

The plan is never changed; the repaired copies share every element but the repaired one.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable
from typing import Any

from journeyplan.findings import Finding
from journeyplan.plan.declare import NOT_VALID
from journeyplan.plan.format import ONE, references
from journeyplan.plan.model import Kind, Plan

#: How many dangling references are repaired to find their consequences (each costs one
#: run of the rules, and only a plan with such references pays it).
MAX_REPAIRS = 10

#: The kinds whose elements hold references the repair can set (brand elements live
#: inside the employer brand and are not repaired).
_REPAIRABLE = (Kind.TARGET_GROUP, Kind.PERSONA, Kind.CHANNEL, Kind.TOUCHPOINT, Kind.TRIGGER)


def _identity(f: Finding) -> tuple:
    args = tuple(sorted((k, repr(v)) for k, v in f.args.items()))
    return (f.code, f.key, f.persona, f.subject, f.location, args)


def fold(
    plan: Plan,
    findings: list[Finding],
    rule_findings: list[Finding],
    run_rules: Callable[[Plan], list[Finding]],
) -> list[Finding]:
    """FINDINGS (sorted, configured), each cause with its consequences folded under it
    (``Finding.consequences``, see the module docstring). Every finding stays in the list,
    in its place: a consequence is also folded under its cause, and formatters that list
    causes with their consequences skip it at its own place. RULE_FINDINGS are the rules'
    findings on PLAN before configuration; RUN_RULES runs the rules on a plan."""
    claimed: dict[int, int] = {}  # index of a consequence -> index of its direct cause
    _fold_second_plan_section(findings, claimed)
    _fold_same_fact(findings, claimed)
    _fold_invalid_ids(plan, findings, rule_findings, run_rules, claimed)
    _fold_repairs(plan, findings, rule_findings, run_rules, claimed)
    if not claimed:
        return findings
    children: dict[int, list[int]] = {}
    # structural consequences first (the references an invalid id leaves dangling say
    # what to fix), then in the findings' order
    for j, i in sorted(claimed.items(), key=lambda ji: (findings[ji[0]].question is not None, ji)):
        children.setdefault(i, []).append(j)

    out = list(findings)
    for i in sorted(children, key=_depth(claimed), reverse=True):  # inner causes first
        out[i] = findings[i].with_consequences(tuple(out[j] for j in children[i]))
    return out


def _depth(claimed: dict[int, int]):
    def depth(i: int) -> int:
        n = 0
        while i in claimed:
            i, n = claimed[i], n + 1
        return n

    return depth


def _fold_second_plan_section(findings: list[Finding], claimed: dict[int, int]) -> None:
    for i, f in enumerate(findings):
        stages = f.args.get("stages") if f.code == "JP015" else None
        if not stages:
            continue
        for j, g in enumerate(findings):
            if (
                j not in claimed
                and g.code == "JP007"
                and g.args.get("kind") == Kind.STAGE.term
                and g.subject in stages
            ):
                claimed[j] = i


def _fold_same_fact(findings: list[Finding], claimed: dict[int, int]) -> None:
    unreachable = {
        (f.persona, f.subject): i
        for i, f in enumerate(findings)
        if f.code == "JP303" and f.subject is not None
    }
    if not unreachable:
        return
    for j, g in enumerate(findings):
        if g.code == "JP403" and j not in claimed:
            i = unreachable.get((g.persona, g.subject))
            if i is not None and findings[i].location == g.location:
                claimed[j] = i


def _claim_gone(
    repaired: Plan,
    cause: int,
    findings: list[Finding],
    rule_findings: list[Finding],
    run_rules: Callable[[Plan], list[Finding]],
    claimed: dict[int, int],
) -> None:
    """Claim for CAUSE every checklist finding that REPAIRED (PLAN with CAUSE's fact
    corrected) no longer reports."""
    positions: dict[tuple, list[int]] = {}
    for j, g in enumerate(findings):
        if g.question is not None:
            positions.setdefault(_identity(g), []).append(j)
    gone = Counter(_identity(g) for g in rule_findings) - Counter(
        _identity(g) for g in run_rules(repaired)
    )
    for key in gone:
        for j in positions.get(key, ()):
            if j not in claimed and j != cause:
                claimed[j] = cause


def _fold_invalid_ids(
    plan: Plan,
    findings: list[Finding],
    rule_findings: list[Finding],
    run_rules: Callable[[Plan], list[Finding]],
    claimed: dict[int, int],
) -> None:
    roots = [
        i
        for i, f in enumerate(findings)
        if f.code == "JP005" and f.args.get("suggestion") and f.element is not None
    ][:MAX_REPAIRS]
    for i in roots:
        element = findings[i].element
        kind, meant = type(element).element_kind, str(findings[i].args["suggestion"])
        dangling = [
            j
            for j, g in enumerate(findings)
            if g.code == "JP007"
            and g.key == "JP007.lookalike"
            and g.subject == meant
            and g.args.get("kind") == getattr(kind, "term", None)
            and j not in claimed
        ]
        for j in dangling:
            claimed[j] = i  # one fact: the reference dangles because of that id
        repaired = _renamed_plan(plan, element, meant, [findings[j] for j in dangling])
        if repaired is not None:
            _claim_gone(repaired, i, findings, rule_findings, run_rules, claimed)


def _renamed_plan(plan: Plan, element: Any, meant: str, dangling: list[Finding]) -> Plan | None:
    """A copy of PLAN in which ELEMENT has the id MEANT and the references DANGLING (JP007
    findings naming MEANT) resolve to it; ``None`` when ELEMENT is not one the repair can
    rename (a brand element) or MEANT is already another element's id."""
    kind = type(element).element_kind
    if kind not in (*_REPAIRABLE, Kind.STAGE) or kind is Kind.TRIGGER:
        return None
    elements = plan.elements(kind)
    if any(e.id == meant for e in elements):
        return None
    index = next((n for n, e in enumerate(elements) if e is element), None)
    if index is None:
        return None  # dropped as a duplicate id
    renamed = copy.copy(element)
    renamed.id = meant
    return _repaired(plan, [(g, meant) for g in dangling], (kind, index, renamed))


def _fold_repairs(
    plan: Plan,
    findings: list[Finding],
    rule_findings: list[Finding],
    run_rules: Callable[[Plan], list[Finding]],
    claimed: dict[int, int],
) -> None:
    roots = [
        i
        for i, f in enumerate(findings)
        if f.code == "JP007" and f.args.get("suggestion") and i not in claimed
    ][:MAX_REPAIRS]
    for i in roots:
        repaired = repaired_plan(plan, findings[i])
        if repaired is not None:
            _claim_gone(repaired, i, findings, rule_findings, run_rules, claimed)


def repaired_plan(plan: Plan, dangling: Finding) -> Plan | None:
    """A copy of PLAN in which the one reference that DANGLING (a JP007 finding with a
    suggestion) reports is its suggestion; ``None`` when that reference is not found in a
    kind the repair can set. Only the lists that hold the repaired element are copied."""
    suggestion = dangling.args.get("suggestion")
    if not suggestion or dangling.location is None:
        return None
    return _repaired(plan, [(dangling, suggestion)])


def _repaired(
    plan: Plan, repairs: list[tuple[Finding, str]], renamed: tuple[Kind, int, Any] | None = None
) -> Plan | None:
    """A copy of PLAN with each reference reported by a JP007 of REPAIRS set to its value,
    and RENAMED ``(kind, index, element)`` put in its place; ``None`` when nothing could be
    repaired. Only the lists that hold a changed element are copied."""
    lists: dict[Kind, list[Any]] = {}

    def items(kind: Kind) -> list[Any]:
        if kind not in lists:
            if kind is Kind.TRIGGER:
                source = plan.written_triggers if plan.written_triggers is not None else []
                lists[kind] = list(source or plan.triggers)
            else:
                lists[kind] = list(plan.elements(kind))
        return lists[kind]

    changed: set[Kind] = set()
    if renamed is not None:
        kind, index, element = renamed
        items(kind)[index] = element
        changed.add(kind)
    for dangling, value in repairs:
        loc = dangling.location
        if loc is None:
            continue
        for kind in _REPAIRABLE:
            elements = items(kind)
            found = _find(elements, kind, dangling.subject, loc)
            if found is None:
                continue
            index, attr, how = found
            element = copy.copy(elements[index])
            written = element.written[attr]
            if how == ONE:
                setattr(element, attr, value)
            elif isinstance(written, dict):
                setattr(element, attr, {**getattr(element, attr), value: written[dangling.subject]})
            else:
                setattr(element, attr, [*getattr(element, attr), value])
            elements[index] = element
            changed.add(kind)
            break
    if not changed:
        return None
    out = copy.copy(plan)
    for kind in changed:
        if kind is Kind.TRIGGER:
            out.triggers = [t for t in lists[kind] if t.source is not None and t.target is not None]
        else:
            setattr(out, kind.plan_attr, lists[kind])
    return out


def _find(elements: list, kind: Kind, ref: str | None, loc) -> tuple[int, str, str] | None:
    """(index, attribute, how) of the element of ELEMENTS whose written reference REF is
    reported at LOC: the last one in LOC's file that starts before it."""
    best = None
    hows = {r.attr: r.how for r in references(kind)}
    for index, e in enumerate(elements):
        written = e.written
        if not written or e.file != loc.file or e.pos > (loc.line or 0, loc.column or 0):
            continue
        for attr, value in written.items():
            how = hows.get(attr)
            if how is None or value is NOT_VALID:
                continue
            if (value == ref) if how == ONE else (ref in value):
                if best is None or elements[best[0]].pos <= e.pos:
                    best = (index, attr, how)
    return best
