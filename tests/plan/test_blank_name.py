"""A name is optional (spec: the element is shown by its id), but a name that is written
and blank is a blank label on the maps: JP022, a located warning of plan structure, in
English and Dutch; the element is then shown by its id, never by nothing."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import CLEAN, edit, line_of, write_plan

runner = CliRunner()


def _check(tmp_path, text: str, *args: str):
    write_plan(tmp_path, {"plan.yaml": text})
    return runner.invoke(app, ["check", str(tmp_path / "plan.yaml"), "--no-color", *args])


@pytest.mark.parametrize("blank", ['""', '"   "', "''", '"\\t"'])
def test_a_blank_persona_name_is_a_located_warning(tmp_path, blank):
    text = edit(CLEAN, "    name: Sam\n", f"    name: {blank}\n")
    result = _check(tmp_path, text, "--format", "json")
    assert result.exit_code == 0  # a warning
    line = line_of(text, f"name: {blank}")
    assert json.loads(result.stdout)["findings"] == [
        {
            "code": "JP022",
            "severity": "warning",
            "question": None,
            "message": "persona 'sam' has an empty name, a blank label on the maps and in the "
            "report, so they show the id instead; write the name, or leave name out",
            "file": "plan.yaml",
            "line": line,
            "column": 11,
            "persona": None,
            "subject": "sam",
        }
    ]
    # the persona's own element holds the finding: question 2 is 'warn' for sam
    assert json.loads(result.stdout)["checklist"] == [
        {
            "persona": "sam",
            "questions": {"1": "pass", "2": "warn", "3": "pass", "4": "pass", "5": "pass"},
        }
    ]
    dutch = _check(tmp_path, text, "--lang", "nl")
    assert (
        f"plan.yaml:{line}:11  JP022  waarschuwing  persona 'sam' heeft een lege naam, een leeg "
        "label op de journeykaarten en in het rapport, dus die tonen de id; vul de naam in of "
        "laat name weg"
    ) in dutch.stdout


def test_the_checklist_shows_the_persona_by_its_id_not_by_a_blank(tmp_path):
    named = _check(tmp_path, CLEAN)
    assert any(line.strip("│ ").startswith("sam ") for line in named.stdout.splitlines())
    blank = _check(tmp_path, edit(CLEAN, "    name: Sam\n", '    name: ""\n'))
    rows = [line for line in blank.stdout.splitlines() if line.startswith("│ sam")]
    assert rows and "()" not in rows[0], blank.stdout


@pytest.mark.parametrize(
    ("old", "new", "kind", "id_"),
    [
        ("{id: video, name: Video,", '{id: video, name: "",', "touchpoint", "video"),
        ("{id: insta, name: Instagram,", "{id: insta, name: ' ',", "channel", "insta"),
        ("    name: Technicians\n", '    name: ""\n', "target group", "techs"),
        ("{id: find, name: Find}", '{id: find, name: ""}', "stage", "find"),
    ],
)
def test_every_optional_name_given_blank_is_reported(tmp_path, old, new, kind, id_):
    text = edit(CLEAN, old, new)
    result = _check(tmp_path, text, "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["severity"], f["line"], f["subject"]) for f in findings] == [
        ("JP022", "warning", line_of(text, new.strip()), id_)
    ]
    assert findings[0]["message"].startswith(f"{kind} '{id_}' has an empty name")


def test_a_name_left_out_is_no_finding_and_the_plan_name_stays_required(tmp_path):
    assert (
        json.loads(_check(tmp_path, edit(CLEAN, "    name: Sam\n", ""), "--format", "json").stdout)[
            "findings"
        ]
        == []
    )
    plan_blank = _check(tmp_path, edit(CLEAN, "  name: Clean plan\n", '  name: ""\n'))
    assert "JP010  error  required key 'name' is empty" in plan_blank.stdout
    assert "JP022" not in plan_blank.stdout
