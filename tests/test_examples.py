"""Acceptance: every shipped example checks as intended, through the real CLI."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import EXAMPLES

runner = CliRunner()
CLEAN_EXAMPLES = ["technical-staffing", "starter"]


@pytest.mark.parametrize("name", CLEAN_EXAMPLES)
def test_clean_examples_pass_every_question(name):
    result = runner.invoke(app, ["check", str(EXAMPLES / name), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["summary"] == {"errors": 0, "warnings": 0, "infos": 0}
    assert doc["checklist"], "an example without personas proves nothing"
    for row in doc["checklist"]:
        assert row["questions"] == {str(q): "pass" for q in range(1, 6)}, row


def test_broken_example_reports_every_marked_defect():
    path = EXAMPLES / "broken" / "plan.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    marked = {i for i, line in enumerate(lines, 1) if re.search(r"#\s*defect:", line)}
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == 1
    doc = json.loads(result.output)
    reported = {f["line"] for f in doc["findings"]}
    assert marked <= reported, f"defects not reported on lines {sorted(marked - reported)}"
    assert reported <= marked, f"findings on unmarked lines {sorted(reported - marked)}"
