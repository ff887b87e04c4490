"""`personas: []` on a touchpoint means nobody (omitted means every persona): JP304, a
located warning of question 3, in English and Dutch; the overview map says "for no
persona", never "for " and nothing."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import CLEAN, edit, line_of, write_plan

runner = CliRunner()
HIRE = "  - {id: hire, name: Hire, stage: apply, channel: whatsapp, conversion: {goal: hire}}\n"
#: The clean plan with one more touchpoint, for nobody: nothing else changes.
NOBODY = edit(
    CLEAN,
    HIRE,
    HIRE + "  - {id: poster, name: Poster, stage: find, channel: insta, personas: []}\n",
)


def _check(tmp_path, *args: str):
    write_plan(tmp_path, {"plan.yaml": NOBODY})
    return runner.invoke(app, ["check", str(tmp_path / "plan.yaml"), "--no-color", *args])


def test_an_empty_personas_list_on_a_touchpoint_is_a_located_q3_warning(tmp_path):
    result = _check(tmp_path, "--format", "json")
    findings = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "JP304"]
    line = line_of(NOBODY, "personas: []}")
    column = NOBODY.splitlines()[line - 1].index("[]}") + 1
    assert findings == [
        {
            "code": "JP304",
            "severity": "warning",
            "question": 3,
            "message": "touchpoint 'poster' is for no persona (personas: []): list its personas, "
            "or leave 'personas' out to make it every persona's",
            "file": "plan.yaml",
            "line": line,
            "column": column,
            "persona": None,
            "subject": "poster",
        }
    ]
    dutch = _check(tmp_path, "--lang", "nl")
    assert (
        f"plan.yaml:{line}:{column}  JP304  waarschuwing  contactpunt 'poster' is voor geen enkele "
        "persona (personas: []): noem de persona's, of laat 'personas' weg om het voor elke "
        "persona te laten gelden"
    ) in dutch.stdout


def test_the_warning_fails_the_check_only_with_strict(tmp_path):
    assert _check(tmp_path).exit_code == 0
    strict = _check(tmp_path, "--strict")
    assert strict.exit_code == 1
    assert "(--strict: warnings fail the check)" in strict.stdout


def test_omitted_personas_mean_every_persona_and_give_no_jp304(tmp_path):
    write_plan(tmp_path, {"plan.yaml": CLEAN})
    result = runner.invoke(app, ["check", str(tmp_path / "plan.yaml"), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["findings"] == []


def test_explain_has_the_bad_and_the_fixed_example():
    out = runner.invoke(app, ["explain", "JP304"]).stdout
    assert "Touchpoint for no persona" in out and "personas: []" in out
    assert "personas: [sam]" in out


def test_the_overview_map_says_for_no_persona(tmp_path):
    write_plan(tmp_path, {"plan.yaml": NOBODY})
    out = tmp_path / "maps"
    for lang, label in (("en", "for no persona"), ("nl", "voor geen enkele persona")):
        result = runner.invoke(
            app,
            [
                "render",
                str(tmp_path / "plan.yaml"),
                "--format",
                "dot",
                "-o",
                str(out),
                "--lang",
                lang,
            ],
        )
        assert result.exit_code == 0, result.output
        overview = (out / "overview.dot").read_text("utf-8")
        assert label in overview
        assert ">for <" not in overview and ">voor <" not in overview
