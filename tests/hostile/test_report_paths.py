"""The text report writes finding lines without rich when nothing is styled; the bytes
must be exactly what rich would have written."""

from __future__ import annotations

import io

import pytest

from journeyplan.check.pipeline import check_plan
from journeyplan.report import REPORTERS, ReportOptions
from journeyplan.report import text as text_report
from tests.common import EXAMPLES
from tests.hostile.common import write

HOSTILE = (
    'plan:\n  name: "Plan \\e[31m[bold]x[/] \\u202e"\n  "k\\x9b\\u200b🎉": 1\n'
    'personas:\n  - {id: "Bad Id", name: "Ünïcode 名前"}\n  - {id: sam}\n'
)


@pytest.mark.parametrize("source", ["broken", "technical-staffing", "hostile"])
@pytest.mark.parametrize("color", [True, False])
def test_plain_fast_path_writes_what_rich_writes(tmp_path, monkeypatch, source, color):
    path = write(tmp_path, "plan.yaml", HOSTILE) if source == "hostile" else EXAMPLES / source
    result = check_plan(path)
    outputs = []
    for fast in (True, False):
        monkeypatch.setattr(text_report, "PLAIN_FAST_PATH", fast)
        out = io.StringIO()
        REPORTERS["text"](ReportOptions(color=color)).write(result, out)
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    assert outputs[0].count("\n") > len(result.findings)  # the table, findings, summary
