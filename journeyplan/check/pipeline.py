"""The check pipeline: files -> nodes -> model -> findings -> configured findings -> verdicts.

:func:`check_plan` is the library entry point behind ``journeyplan check``; it returns a
:class:`CheckResult` and never prints. Bad input is a finding; only a PATH that is not a
plan at all raises :class:`~journeyplan.errors.PlanPathError`.
"""

from __future__ import annotations

import os
from dataclasses import field
from pathlib import Path
from typing import Literal

from journeyplan.check.gcpause import gc_paused
from journeyplan.check.selection import Selection, apply_levels, configuration_findings, plan_levels
from journeyplan.check.suppress import apply_suppressions
from journeyplan.errors import PlanPathError, processing
from journeyplan.findings import Finding
from journeyplan.plan.build import build_plan
from journeyplan.plan.model import Plan
from journeyplan.record import record
from journeyplan.rules import QUESTIONS, REGISTRY
from journeyplan.rules.base import Context
from journeyplan.source.compose import PlanFile, read_plan_files
from journeyplan.source.discover import discover

Verdict = Literal["pass", "warn", "fail"]


@record(frozen=False)
class CheckResult:
    """What a check found.

    - ``base``: the plan directory that finding paths are relative to.
    - ``files``: the plan's files in reading order, with their text and loader findings;
      their YAML nodes (``root``) are dropped once validated (``None``).
    - ``findings``: sorted by file, line, column, code; a finding that only follows from
      another is also folded under it (``Finding.consequences``,
      :mod:`journeyplan.check.cascade`).
    - ``checklist``: one ``(persona id, {question: verdict})`` per persona, in plan order;
      empty when the plan is incomplete.
    - ``unread``: the files (relative paths) that could not be read into the plan; when
      there are any, the checklist is not evaluated.
    - ``language``: the plan's ``plan.language`` (``None`` when not set).
    - ``foreign``: the YAML files skipped as no plan file (JP019: a docker-compose.yml
      next to the plan), relative paths in reading order.
    - ``path_read``: ``False`` when PATH is one file whose bytes could not be read at all
      (JP016: permission denied, an I/O error; not a file that was read but is no UTF-8):
      PATH cannot be read, exit 2 like a folder that cannot be listed, with the located
      finding still reported. A file that cannot be read inside a plan folder is a finding
      of the plan (exit 1), and ``path_read`` stays ``True``.
    """

    base: Path
    plan: Plan
    files: list[PlanFile]
    findings: list[Finding]
    checklist: list[tuple[str, dict[int, Verdict]]] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    path_read: bool = True

    @property
    def checklist_evaluated(self) -> bool:
        """Whether the checklist was evaluated: ``False`` when a file could not be read into
        the plan (``unread``); an empty ``checklist`` then says nothing about personas."""
        return not self.unread

    @property
    def language(self) -> str | None:
        return self.plan.language

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def folded(self) -> int:
        """How many findings follow from another one (are folded under it)."""
        return len({id(c) for f in self.findings for c in f.every_consequence()})


#: Structural codes that mean a file's content could not be read into the plan. When one
#: is reported the plan is incomplete: the checklist is not evaluated (see check_files).
UNREAD_CODES = frozenset({"JP001", "JP012", "JP014", "JP016"})

#: The message keys of JP016 that mean the file's bytes could not be read at all (as
#: opposed to bytes that were read but are not UTF-8, :mod:`journeyplan.source.safeio`).
NOT_READ_KEYS = frozenset(
    "JP016." + k
    for k in ("read", "folder", "loop", "dangling", "fifo", "device", "socket", "special")
)


def run_rules(plan: Plan) -> list[Finding]:
    """Every checklist rule of the registry over a validated plan, in registry order."""
    ctx = Context(plan, REGISTRY)
    findings: list[Finding] = []
    for rule in REGISTRY.values():
        if rule.check is not None:
            with processing(rule=rule.code):
                findings.extend(rule.check(ctx))
    return findings


def verdicts(plan: Plan, findings: list[Finding]) -> list[tuple[str, dict[int, Verdict]]]:
    """Per persona and question: ``fail`` if an error of that question concerns the persona,
    else ``warn`` for a warning, else ``pass``. Info findings never change a verdict.

    Which personas a finding concerns (:mod:`journeyplan.check.owners`):

    - a finding with a ``persona``: that persona;
    - a checklist finding without one: the personas of the element it is about, found by
      its location: a target group's personas, a channel's (who prefer it or have a
      touchpoint on it), a touchpoint's, a trigger's; every persona for the plan as a whole
      (its stages, the employer brand) and for an element no persona has to do with (a
      target group no persona covers), as the format specification's "persona null";
    - a plan-structure finding (no question): only when it is in one of the persona's own
      elements (the persona, its touchpoints, its triggers), for the question that element
      answers, so a conversion point with an invalid goal never leaves question 3 at
      ``pass``;
    - a finding that follows from another (folded under it, ``Finding.consequences``)
      without a persona of its own: only where its cause is, the personas its cause
      concerns (those among them it concerns itself, when there are any). A typo in
      Sander's touchpoint that leaves a budgeted channel unused warns Sander's question 4,
      never Ruud's or Lisa's.

    FINDINGS are the configured findings, folded or not. Returns one ``(persona id,
    {question: verdict})`` per persona, in plan order."""
    from journeyplan.check.owners import Owners

    owners = Owners(plan)
    cause_of: dict[int, Finding] = {}
    stack = list(findings)
    while stack:
        f = stack.pop()
        for c in f.consequences:
            if id(c) not in cause_of:
                cause_of[id(c)] = f
                stack.append(c)
    where_memo: dict[int, frozenset[str] | None] = {}

    def where(f: Finding) -> frozenset[str] | None:
        """The personas F concerns; ``None`` for every persona."""
        known = where_memo.get(id(f), where_memo)
        if known is not where_memo:
            return known  # type: ignore[return-value]
        own: frozenset[str] | None
        if f.persona is not None:
            own = frozenset((f.persona,))
        elif f.question is None:
            question, personas = owners.of(f.element) if f.element is not None else (0, [])
            own = frozenset(personas) if question else None
        else:
            element = owners.located(f.location, f.subject)
            own = owners.concerned(element) if element is not None else None
        cause = cause_of.get(id(f))
        if cause is not None and f.persona is None:
            of_cause = where(cause)
            if of_cause:  # a cause in no persona's element restricts nothing
                own = (own & of_cause if own is not None else of_cause) or of_cause
        where_memo[id(f)] = own
        return own

    worst: dict[tuple[str | None, int], int] = {}
    for f in findings:
        if f.severity == "info":
            continue
        question = f.question
        if question is None:
            if f.element is None:
                continue
            question = owners.of(f.element)[0]
            if not question:
                continue
        rank = 2 if f.severity == "error" else 1
        personas = where(f)
        for pid in (None,) if personas is None else personas:
            if worst.get((pid, question), 0) < rank:
                worst[(pid, question)] = rank
    names = {0: "pass", 1: "warn", 2: "fail"}
    rows = []
    for p in plan.personas:
        row = {q: names[max(worst.get((p.id, q), 0), worst.get((None, q), 0))] for q in QUESTIONS}
        rows.append((p.id, row))
    return rows  # type: ignore[return-value]


def check_plan(path: str | os.PathLike, selection: Selection | None = None) -> CheckResult:
    """Check the plan at PATH (a folder or one file) against plan format v1 and the
    five-question checklist. SELECTION is the command line's ``--select``/``--ignore``
    (:class:`~journeyplan.check.selection.Selection`), overriding ``plan.checks``.

    Pipeline: structural findings and rule findings, plus the findings about
    ``plan.checks``; then suppression comments (:mod:`journeyplan.check.suppress`, the one place
    they are applied); then severities from ``plan.checks`` and SELECTION.

    Returns a :class:`CheckResult` (``path_read`` is ``False`` when PATH is one file that
    cannot be read: the CLI's exit 2). Raises :class:`~journeyplan.errors.PlanPathError` when
    PATH is missing, a folder that cannot be listed, or holds no YAML file, or is a folder whose every YAML file
    is no plan file (all skipped as JP019: nothing of a plan to check; exit 2)."""
    with gc_paused():
        base, paths = discover(path)
        files: list[PlanFile] = []
        result = _check(base, _read_one_by_one(base, paths, files), files, selection)
    if result.files and len(result.foreign) == len(result.files) and os.path.isdir(path):
        # a folder with YAML but no plan file: nothing to check (one file named on the
        # command line is taken as meant to be a plan and checked as one)
        shown = ", ".join(result.foreign[:3]) + (", ..." if len(result.foreign) > 3 else "")
        raise PlanPathError("path-no-plan", path=str(path), files=shown)
    if (
        result.unread
        and os.path.isfile(path)
        and any(f.key in NOT_READ_KEYS for f in result.findings)
    ):
        result.path_read = False  # PATH itself, one file, cannot be read: exit 2
    if any(f.code == "JP007" for f in result.findings) and os.path.isfile(path):
        # one file of a plan folder, checked alone? (check.partial)
        from journeyplan.check.partial import part_of_folder

        result = part_of_folder(Path(path), result, selection)
    return result


def check_files(
    base: Path, files: list[PlanFile], selection: Selection | None = None
) -> CheckResult:
    """Check plan files that are already read (:func:`journeyplan.source.compose.read_plan_file` or
    :func:`journeyplan.source.compose.read_plan_bytes`, e.g. from a git revision), in the given
    order; BASE is the plan directory their paths are relative to. Same pipeline and result
    as :func:`check_plan` (SELECTION likewise); raises nothing for bad input."""
    with gc_paused():
        return _check(base, files, files, selection)


def _check(base: Path, stream, files: list[PlanFile], selection: Selection | None) -> CheckResult:
    """The pipeline over STREAM (the plan files, possibly read lazily); FILES holds every
    file once STREAM is consumed."""
    plan, findings = build_plan(stream)
    foreign = [f.location.file for f in findings if f.code == "JP019" and f.location is not None]
    unread = sorted(
        {f.location.file for f in findings if f.code in UNREAD_CODES and f.location is not None}
    )
    rule_findings: list[Finding] = []
    if unread:
        # What is missing may be in the unread files: the checklist and dangling references
        # would only report the gap. Structure is reported; the checklist waits for a fix.
        findings = [f for f in findings if f.code != "JP007"]
    else:
        rule_findings = run_rules(plan)
        findings.extend(rule_findings)
    findings.extend(configuration_findings(plan))
    findings = apply_suppressions(files, findings, rules_ran=not unread)
    findings = apply_levels(findings, plan_levels(plan), selection)
    findings.sort(key=Finding.sort_key)
    if any(f.code in _CAUSES for f in findings):
        from journeyplan.check.cascade import fold

        findings = fold(plan, findings, rule_findings, run_rules)
    checklist = [] if unread else verdicts(plan, findings)  # after folding: causes count
    return CheckResult(base, plan, files, findings, checklist, unread, foreign)


#: Codes of findings that can have consequences (:mod:`journeyplan.check.cascade`).
_CAUSES = frozenset({"JP005", "JP007", "JP015", "JP303"})


def _read_one_by_one(base: Path, paths: list[Path], files: list[PlanFile]):
    """Read and compose each file when :func:`build_plan` asks for it, append it to FILES,
    and drop its YAML nodes once it is validated: only the model of the plan stays in
    memory, never the nodes of every file at once."""
    for pf in read_plan_files(base, paths):
        files.append(pf)
        yield pf
        pf.root = None
