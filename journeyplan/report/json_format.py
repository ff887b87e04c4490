"""``--format json``: the machine-readable result, exactly as plan-format.md specifies."""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

from journeyplan.checker import CheckResult
from journeyplan.report.base import Reporter

# What json.dumps(ensure_ascii=False) leaves raw although a terminal would act on it: DEL,
# the C1 controls and the bidirectional overrides. They can only occur inside strings.
_RAW_CONTROL = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


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
        out.write(_RAW_CONTROL.sub(lambda mt: f"\\u{ord(mt.group()):04x}", text))
        out.write("\n")
