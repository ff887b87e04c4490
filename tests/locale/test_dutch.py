"""The whole tool in Dutch: `check --lang nl` and `plan.language: nl`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import CLEAN, EXAMPLES

runner = CliRunner()
BROKEN = EXAMPLES / "broken"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_check_lang_nl_on_the_broken_example():
    result = run("check", BROKEN, "--lang", "nl", "--no-color")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "Checklist — Broken example"
    assert [c.strip() for c in lines[2].strip("│").split("│")] == [
        "Persona",
        "V1",
        "V2",
        "V3",
        "V4",
        "V5",
    ]
    eva = [c.strip() for c in lines[4].strip("│").split("│")]
    assert eva == ["eva (Eva, installer)", "✗ faalt", "✓ voldoet", "✗ faalt", "✗ faalt", "✗ faalt"]
    bram = [c.strip() for c in lines[5].strip("│").split("│")]
    assert bram[2] == "! let op"
    out = result.stdout
    assert (
        "plan.yaml:84:9  JP404  fout  contactpunt 'eva-faq' is een doodlopend punt in de "
        "journey van eva: geen trigger leidt verder, en het is geen conversie, afwijzing "
        "of uitstroom"
    ) in out
    assert ("plan.yaml:30:12  JP506  waarschuwing  winner 'fixed-team' bereikt eva niet") in out
    assert "plan.yaml:110:14  JP405  info  contactpunt 'eva-interview' zit op kanaal 'phone'" in out
    assert (
        "plan.yaml:33:12  JP006  fout  dubbele id voor merkelement 'fair-pay' (eerder "
        "gedefinieerd op plan.yaml:26:12)"
    ) in out
    assert (
        "plan.yaml:39:11  JP004  fout  verkeerd type: een geheel getal verwacht, tekst gevonden"
        in out
    )
    assert "(bedoel je 'message'?)" in out
    assert lines[-1] == "15 fouten, 5 waarschuwingen, 1 info"
    for english in ("error", "warning", "does not", "pass", "fail"):
        assert f" {english} " not in out, english


def test_json_in_dutch_keeps_codes_keys_and_verdicts():
    result = run("check", BROKEN, "--lang", "nl", "--format", "json")
    doc = json.loads(result.stdout)
    assert doc["checklist"][0] == {
        "persona": "eva",
        "questions": {"1": "fail", "2": "pass", "3": "fail", "4": "fail", "5": "fail"},
    }
    dead_end = next(f for f in doc["findings"] if f["code"] == "JP404")
    assert dead_end["severity"] == "error"
    assert dead_end["subject"] == "eva-faq" and dead_end["persona"] == "eva"
    assert dead_end["message"].startswith("contactpunt 'eva-faq' is een doodlopend punt")
    assert {f["severity"] for f in doc["findings"]} == {"error", "warning", "info"}


def test_plan_language_nl_without_flag(tmp_path):
    plan = CLEAN.replace("name: Clean plan", "name: Clean plan\n  language: nl")
    plan = plan.replace("    motivations: [craft]\n", "")
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    result = run("check", tmp_path, "--no-color")
    assert result.exit_code == 0
    assert "JP203  waarschuwing  persona 'sam' heeft geen drijfveren" in result.stdout
    assert "! let op" in result.stdout
    # --lang wins over plan.language
    english = run("check", tmp_path, "--no-color", "--lang", "en")
    assert "JP203  warning  persona 'sam' has no motivations" in english.stdout


def test_clean_plan_in_dutch():
    result = run("check", EXAMPLES / "starter", "--lang", "nl", "--no-color")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == (
        "Geen bevindingen. 0 fouten, 0 waarschuwingen, 0 info"
    )


def test_path_errors_in_dutch(tmp_path):
    result = run("check", tmp_path / "nope", "--lang", "nl")
    assert result.exit_code == 2
    assert result.stderr == f"journeyplan: pad '{tmp_path / 'nope'}' bestaat niet\n"


def test_diff_errors_follow_lang(tmp_path):
    result = run("diff", "--lang", "nl", "-p", tmp_path / "x")
    assert result.exit_code == 2
    assert "journeyplan: " in result.stderr
    assert "git" in result.stderr and ("werkmap" in result.stderr or "bestaat" in result.stderr)
    assert "is not" not in result.stderr and "does not" not in result.stderr


def test_render_errors_follow_lang_and_plan_language(tmp_path):
    missing = run("render", tmp_path / "nowhere", "--lang", "nl", "--format", "dot")
    assert missing.exit_code == 2
    assert missing.stderr == f"journeyplan: pad '{tmp_path / 'nowhere'}' bestaat niet\n"
    plan = tmp_path / "plan.yaml"
    plan.write_text(CLEAN.replace("plan:\n", "plan:\n  language: nl\n", 1), "utf-8")
    result = run("render", plan, "--format", "dot", "--persona", "nobody")
    assert result.exit_code == 2
    assert result.stderr == "journeyplan: het plan heeft geen persona 'nobody'\n"
