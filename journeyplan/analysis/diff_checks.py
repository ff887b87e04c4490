"""What changed in the checks between two versions of a plan: checklist verdicts and
findings (part of :mod:`journeyplan.analysis.diff`, which re-exports these names).

Findings are matched by code, message key, persona, subject and message arguments (and the
file, for findings without a subject), occurrence by occurrence, never by line: an unrelated
line shift is neither new nor fixed. Arguments that only say where or how big something is
(:data:`POSITIONAL_ARGS`) are not compared.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from journeyplan.check.pipeline import CheckResult
from journeyplan.findings import Finding
from journeyplan.rules import QUESTIONS

#: Finding arguments that say where or how large something is, not what it is.
POSITIONAL_ARGS = frozenset({"first", "first_line", "size", "limit", "at"})


@dataclass(frozen=True)
class VerdictChange:
    """A checklist verdict that changed: PERSONA's answer to QUESTION (1-5) went from OLD to
    NEW (``pass``/``warn``/``fail``; ``None`` when the persona is not in that version)."""

    persona: str
    question: int
    old: str | None
    new: str | None


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
