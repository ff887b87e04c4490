"""The check pipeline: files -> nodes -> model -> findings -> configured findings -> verdicts.

:func:`check_plan` is the library entry point behind ``journeyplan check``; it returns a
:class:`CheckResult` and never prints. Bad input is a finding; only a PATH that is not a
plan at all raises :class:`~journeyplan.errors.PlanPathError`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from journeyplan.findings import Finding, Location
from journeyplan.gcpause import gc_paused
from journeyplan.loader import PlanFile, discover, read_plan_file
from journeyplan.model import Plan
from journeyplan.rules import QUESTIONS, REGISTRY
from journeyplan.rules.base import Context
from journeyplan.schema import build_plan, did_you_mean

Verdict = Literal["pass", "warn", "fail"]


@dataclass
class CheckResult:
    """What a check found.

    - ``base``: the plan directory that finding paths are relative to.
    - ``files``: the plan's files in reading order, with their text and loader findings;
      their YAML nodes (``root``) are dropped once validated (``None``).
    - ``findings``: sorted by file, line, column, code.
    - ``checklist``: one ``(persona id, {question: verdict})`` per persona, in plan order.
    - ``language``: the plan's ``plan.language`` (``None`` when not set).
    """

    base: Path
    plan: Plan
    files: list[PlanFile]
    findings: list[Finding]
    checklist: list[tuple[str, dict[int, Verdict]]] = field(default_factory=list)

    @property
    def language(self) -> str | None:
        return self.plan.language

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


def run_rules(plan: Plan) -> list[Finding]:
    """Every checklist rule of the registry over a validated plan, in registry order."""
    ctx = Context(plan, REGISTRY)
    findings: list[Finding] = []
    for rule in REGISTRY.values():
        if rule.check is not None:
            findings.extend(rule.check(ctx))
    return findings


def apply_configuration(plan: Plan, findings: list[Finding]) -> list[Finding]:
    """Apply ``plan.checks`` (rule code -> off | info | warning | error). An unknown code is
    itself a finding (JP018, with a did-you-mean)."""
    info = plan.info
    checks = info.checks if info is not None else None
    if not checks:
        return findings
    out: list[Finding] = []
    positions = dict(zip(checks, info.items_at.get("checks", [])))
    levels: dict[str, str] = {}
    for code, level in checks.items():
        if code in REGISTRY:
            levels[code] = level
        else:
            pos = positions.get(code)
            loc = Location(info.file, *pos) if pos else info.loc("checks")
            rule = REGISTRY["JP018"]
            out.append(Finding("JP018", rule.severity, None, loc, "JP018",
                               {"code": code, "suggestion": did_you_mean(code, REGISTRY)},
                               subject=code))
    for f in findings:
        level = levels.get(f.code)
        if level is None:
            out.append(f)
        elif level != "off":
            out.append(f.with_severity(level))  # type: ignore[arg-type]
    return out


def verdicts(plan: Plan, findings: list[Finding]) -> list[tuple[str, dict[int, Verdict]]]:
    """Per persona and question: ``fail`` if an error of that question concerns the persona
    or the whole plan (persona ``None``), else ``warn`` for a warning, else ``pass``. Info
    findings and structural findings (no question) never change a verdict."""
    worst: dict[tuple[str | None, int], int] = {}
    for f in findings:
        if f.question is None or f.severity == "info":
            continue
        rank = 2 if f.severity == "error" else 1
        key = (f.persona, f.question)
        if worst.get(key, 0) < rank:
            worst[key] = rank
    names = {0: "pass", 1: "warn", 2: "fail"}
    rows = []
    for p in plan.personas:
        row = {q: names[max(worst.get((p.id, q), 0), worst.get((None, q), 0))]
               for q in QUESTIONS}
        rows.append((p.id, row))
    return rows  # type: ignore[return-value]


def check_plan(path: str | os.PathLike) -> CheckResult:
    """Check the plan at PATH (a folder or one file) against plan format v1 and the
    five-question checklist.

    Returns a :class:`CheckResult`. Raises :class:`~journeyplan.errors.PlanPathError` when
    PATH is missing, unreadable or holds no YAML file (exit 2)."""
    with gc_paused():
        base, paths = discover(path)
        files: list[PlanFile] = []
        plan, findings = build_plan(_read_one_by_one(base, paths, files))
        findings.extend(run_rules(plan))
        findings = apply_configuration(plan, findings)
        findings.sort(key=Finding.sort_key)
        return CheckResult(base, plan, files, findings, verdicts(plan, findings))


def _read_one_by_one(base: Path, paths: list[Path], files: list[PlanFile]):
    """Read and compose each file when :func:`build_plan` asks for it, append it to FILES,
    and drop its YAML nodes once it is validated: only the model of the plan stays in
    memory, never the nodes of every file at once."""
    for p in paths:
        pf = read_plan_file(p, p.relative_to(base).as_posix())
        files.append(pf)
        yield pf
        pf.root = None
