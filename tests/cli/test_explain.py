"""`journeyplan rules` and `journeyplan explain`, through the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.messages import render_message
from journeyplan.report.rules import explanation, find_rule, suggest_rule
from journeyplan.rules import REGISTRY
from journeyplan.rules.examples import NO_EXAMPLE, snippet

runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(args))


# ---------------------------------------------------------------------------- rules
def test_rules_text_is_an_aligned_table_with_every_rule():
    result = run("rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Code", "Name", "Question", "Default", "Title"]
    rows = [ln for ln in lines if ln.startswith("JP")]
    assert [ln.split()[0] for ln in rows] == list(REGISTRY)
    # aligned: every column starts at the same offset in every row
    name_col = lines[0].index("Name")
    title_col = lines[0].index("Title")
    for ln in rows:
        assert ln[name_col - 1] == " " and ln[name_col] != " "
        assert ln[title_col - 1] == " " and ln[title_col] != " "
    dead_end = next(ln for ln in rows if ln.startswith("JP404"))
    assert dead_end.split()[1:4] == ["dead-end", "Q4", "error"]
    assert dead_end.endswith("Dead end")
    assert all(ln == ln.rstrip() for ln in lines)
    assert "\x1b" not in result.stdout


def test_rules_text_lists_the_five_questions():
    out = run("rules").stdout
    assert "The five questions" in out
    assert "Q1  What are my target groups?" in out


def test_rules_in_dutch():
    out = run("rules", "--lang", "nl").stdout
    header = out.splitlines()[0].split()
    assert header == ["Code", "Naam", "Vraag", "Standaard", "Titel"]
    row = next(ln for ln in out.splitlines() if ln.startswith("JP404"))
    assert row.split()[1:4] == ["dead-end", "V4", "fout"]
    assert row.endswith("Doodlopend punt")
    assert "De vijf vragen" in out
    assert "V1  Uit welke doelgroepen werven we?" in out


def test_rules_markdown():
    result = run("rules", "--format", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "| Code | Name | Question | Default | Title |"
    assert lines[1] == "| --- | --- | --- | --- | --- |"
    assert "| JP404 | `dead-end` | Q4 | error | Dead end |" in lines
    assert "| JP001 | `yaml-syntax` | structure | error | YAML syntax error |" in lines
    assert "1. What are my target groups?" in lines


def test_rules_json_keeps_codes_and_severities_in_english():
    result = run("rules", "--format", "json", "--lang", "nl")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert [r["code"] for r in doc["rules"]] == list(REGISTRY)
    dead_end = next(r for r in doc["rules"] if r["code"] == "JP404")
    assert dead_end == {
        "code": "JP404",
        "name": "dead-end",
        "question": 4,
        "severity": "error",
        "title": "Doodlopend punt",
    }
    assert doc["rules"][0]["question"] is None
    assert doc["questions"]["1"] == "Uit welke doelgroepen werven we?"


def test_rules_unknown_format_is_a_usage_error():
    assert run("rules", "--format", "yaml").exit_code == 2


# ---------------------------------------------------------------------------- explain
@pytest.mark.parametrize("query", ["JP404", "jp404", "dead-end", "Dead_End", " JP404 "])
def test_explain_accepts_codes_in_any_case_and_rule_names(query):
    result = run("explain", query)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("JP404 dead-end: Dead end\n")


def test_explain_shows_what_why_example_and_fix():
    out = run("explain", "JP404").stdout
    assert "Question 4: How do I set up a cross-channel journey" in out
    assert "Default severity: error" in out
    sections = ["What it checks", "Why it matters", "Example that fails", "The fix"]
    positions = [out.index(f"\n{s}\n") for s in sections]
    assert positions == sorted(positions)
    assert "The candidate arrives here and nothing happens next" in out
    assert "leaves the candidate without a next step" in out
    assert "    - {id: faq, stage: find, channel: insta}  # nothing leads on from 'faq'" in out
    assert "    - {from: faq, to: apply, event: taps apply}  # the next step after 'faq'" in out


def test_explain_structure_rule_has_no_question():
    out = run("explain", "duplicate-key").stdout
    assert out.startswith("JP002 duplicate-key: Duplicate key\nPlan structure")


def test_explain_in_dutch():
    result = run("explain", "dead-end", "--lang", "nl")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("JP404 dead-end: Doodlopend punt\n")
    assert "Vraag 4: Hoe leiden mediakanalen en triggers" in out
    assert "Standaard gemeld als: fout" in out
    for heading in (
        "Wat de regel controleert",
        "Waarom het ertoe doet",
        "Voorbeeld dat faalt",
        "De oplossing",
    ):
        assert f"\n{heading}\n" in out
    assert "# vanaf 'faq' leidt niets verder" in out


@pytest.mark.parametrize(
    "query,hint", [("dead-ends", "dead-end"), ("JP4O4", "JP404"), ("jp4044", "JP404")]
)
def test_explain_unknown_rule_suggests_and_exits_2(query, hint):
    result = run("explain", query)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"unknown rule '{query}'" in result.stderr
    assert f"(did you mean '{hint}'?)" in result.stderr


def test_explain_unknown_rule_in_dutch():
    result = run("explain", "nonsense", "--lang", "nl")
    assert result.exit_code == 2
    assert "onbekende regel 'nonsense'" in result.stderr


def test_explain_unknown_rule_is_printed_literally():
    result = run("explain", "\x1b[31mred")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert "\\x1b[31mred" in result.stderr


@pytest.mark.parametrize("code", list(REGISTRY))
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_rule_explains_with_example_and_fix(code, lang):
    text = explanation(REGISTRY[code], lang)
    if code in NO_EXAMPLE:  # no snippet can show it; the explanation still says why
        assert render_message(f"why.{code}", None, lang) in " ".join(text.split())
        return
    assert snippet(code, "bad", lang).splitlines()[0] in text
    assert snippet(code, "fix", lang).splitlines()[-1].strip() in text
    assert "{" + "number}" not in text and "#!" not in text


def test_find_rule_and_suggestion():
    assert find_rule("JP103").name == "target-group-without-persona"
    assert find_rule("target-group-without-persona").code == "JP103"
    assert find_rule("nothing-like-it") is None
    assert suggest_rule("dead end") == "dead-end"
    assert suggest_rule("zzzzzz") == ""
