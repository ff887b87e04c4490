"""`personas: []` on a trigger means nobody follows it (omitted means every persona):
JP407, a located warning of question 4 (the touchpoint case is JP304, question 3), in
English and Dutch."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import CLEAN, edit, line_of, write_plan

runner = CliRunner()
SELECTED = "  - {from: ack, to: hire, event: selected}\n"
#: The clean plan with one more trigger, for nobody: nothing else changes.
NOBODY = edit(
    CLEAN, SELECTED, SELECTED + "  - {from: reject, to: video, event: new vacancy, personas: []}\n"
)


def _check(tmp_path, text: str = NOBODY, *args: str):
    write_plan(tmp_path, {"plan.yaml": text})
    return runner.invoke(app, ["check", str(tmp_path / "plan.yaml"), "--no-color", *args])


def test_an_empty_personas_list_on_a_trigger_is_a_located_q4_warning(tmp_path):
    result = _check(tmp_path, NOBODY, "--format", "json")
    assert result.exit_code == 0
    line = line_of(NOBODY, "personas: []}")
    column = NOBODY.splitlines()[line - 1].index("[]}") + 1
    doc = json.loads(result.stdout)
    assert doc["findings"] == [
        {
            "code": "JP407",
            "severity": "warning",
            "question": 4,
            "message": "trigger from 'reject' to 'video' is for no persona (personas: []): no "
            "journey follows it; list its personas, or leave 'personas' out to make it every "
            "persona's",
            "file": "plan.yaml",
            "line": line,
            "column": column,
            "persona": None,
            "subject": None,
        }
    ]
    # a trigger belongs to the whole plan: question 4 warns for every persona
    assert doc["checklist"][0]["questions"]["4"] == "warn"
    dutch = _check(tmp_path, NOBODY, "--lang", "nl")
    assert (
        f"plan.yaml:{line}:{column}  JP407  waarschuwing  trigger van 'reject' naar 'video' is "
        "voor geen enkele persona (personas: []): geen journey volgt hem; noem de persona's, "
        "of laat 'personas' weg om hem voor elke persona te laten gelden"
    ) in dutch.stdout
    assert _check(tmp_path, NOBODY, "--strict").exit_code == 1


def test_a_trigger_for_some_persona_or_every_persona_is_no_finding(tmp_path):
    for personas in ("personas: [sam]", ""):
        text = edit(NOBODY, ", personas: []}", f", {personas}}}" if personas else "}")
        assert json.loads(_check(tmp_path, text, "--format", "json").stdout)["findings"] == []


def test_a_trigger_for_nobody_that_was_the_only_way_on_is_reported_with_what_follows(tmp_path):
    # the only trigger from 'video' applies to nobody: 'video' becomes a dead end, and
    # JP407 names the cause where it is written
    text = edit(
        CLEAN,
        "{from: video, to: apply, event: clicked apply}",
        "{from: video, to: apply, event: clicked apply, personas: []}",
    )
    codes = [
        f["code"] for f in json.loads(_check(tmp_path, text, "--format", "json").stdout)["findings"]
    ]
    assert "JP407" in codes
