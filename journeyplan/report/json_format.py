"""``--format json``: the machine-readable result, exactly as plan-format.md specifies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from journeyplan.report.base import Formatter
from journeyplan.report.jsontext import dumps

if TYPE_CHECKING:
    from journeyplan.check.pipeline import CheckResult
    from journeyplan.findings import Finding


class JsonReporter(Formatter["CheckResult"]):
    """``--format json``: the document of plan-format.md."""

    name = "json"

    def document(self, result: CheckResult) -> dict[str, Any]:
        # every finding in its place, as plan-format.md specifies (which finding follows
        # from which is in the text, SARIF and GitHub formats)
        findings = [finding_json(f, self.message(f)) for f in result.findings]
        doc: dict[str, Any] = {
            "version": 1,
            "plan": result.plan.name,
            "summary": {
                "errors": result.count("error"),
                "warnings": result.count("warning"),
                "infos": result.count("info"),
            },
            "checklist": [
                {"persona": pid, "questions": {str(q): v for q, v in row.items()}}
                for pid, row in result.checklist
            ],
        }
        if not result.checklist_evaluated:
            # an optional key, only here: `checklist: []` then means "not evaluated (a file
            # could not be read)", not "no personas"; every other document is the spec's
            doc["checklist_evaluated"] = False
        doc["findings"] = findings
        return doc

    def write(self, result: CheckResult, out: TextIO) -> None:
        out.write(dumps(self.document(result)))
        out.write("\n")


def finding_json(f: Finding, message: str) -> dict[str, Any]:
    """One finding as the JSON outputs write it (``check --format json`` and ``diff --format
    json``): code, severity, question, MESSAGE, file, line, column, persona, subject."""
    loc = f.location
    out = {
        "code": f.code,
        "severity": f.severity,
        "question": f.question,
        "message": message,
        "file": loc.file if loc else None,
        "line": loc.line if loc else None,
        "column": loc.column if loc else None,
        "persona": f.persona,
        "subject": f.subject,
    }
    return out
