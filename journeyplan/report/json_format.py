"""``--format json``: the machine-readable result, exactly as plan-format.md specifies."""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

from journeyplan.checker import CheckResult
from journeyplan.report.base import Reporter

class JsonReporter(Reporter):
    name = "json"

    def document(self, result: CheckResult) -> dict[str, Any]:
        findings = []
        for f in result.findings:
            loc = f.location
            findings.append({
                "code": f.code,
                "severity": f.severity,
                "question": f.question,
                "message": self.message(f),
                "file": loc.file if loc else None,
                "line": loc.line if loc else None,
                "column": loc.column if loc else None,
                "persona": f.persona,
                "subject": f.subject,
            })
        return {
            "version": 1,
            "plan": result.plan.name,
            "summary": {"errors": result.count("error"), "warnings": result.count("warning"),
                        "infos": result.count("info")},
            "checklist": [{"persona": pid, "questions": {str(q): v for q, v in row.items()}}
                          for pid, row in result.checklist],
            "findings": findings,
        }

    def write(self, result: CheckResult, out: TextIO) -> None:
        text = json.dumps(self.document(result), ensure_ascii=False, indent=2)
        out.write(_UNSAFE.sub(_escape, text))
        out.write("\n")


# json escapes C0 controls itself, but not DEL, C1 controls (0x9b is a one-byte CSI), the
# bidirectional overrides or lone surrogates: as \uXXXX they stay the same JSON string,
# cannot act on a terminal that shows the output, and can be encoded. Only strings hold them.
_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff]")  # lone surrogates: file names that are not UTF-8


def _escape(mt: re.Match[str]) -> str:
    return f"\\u{ord(mt.group()):04x}"
