"""``--format sarif``: valid SARIF 2.1.0 (the published OASIS schema), every rule described,
results on cwd-relative paths, deterministic bytes."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest
from jsonschema import Draft4Validator
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.messages import render_message
from journeyplan.rules import REGISTRY
from tests.common import CLEAN, EXAMPLES

runner = CliRunner()
DATA = Path(__file__).resolve().parents[1] / "data"
SARIF_SCHEMA_FILE = DATA / "sarif-schema-2.1.0.json"
SARIF_SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


@pytest.fixture(scope="module")
def validator() -> Draft4Validator:
    raw = SARIF_SCHEMA_FILE.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SARIF_SCHEMA_SHA256, "the shipped schema changed"
    schema = json.loads(raw)
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema)


def sarif(args: list[str], cwd: Path | None = None) -> tuple[int, str]:
    old = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        result = runner.invoke(app, ["check", *args, "--format", "sarif"])
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout


def errors_of(validator: Draft4Validator, doc: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)
    ]


@pytest.mark.parametrize(
    "name,exit_code", [("technical-staffing", 0), ("starter", 0), ("broken", 1)]
)
def test_examples_are_valid_sarif(validator, name, exit_code):
    code, out = sarif([str(EXAMPLES / name)], cwd=EXAMPLES.parent)
    assert code == exit_code
    doc = json.loads(out)
    assert errors_of(validator, doc) == []
    assert doc["version"] == "2.1.0"
    assert len(doc["runs"]) == 1


def test_broken_example_results(validator):
    code, out = sarif(["examples/broken"], cwd=EXAMPLES.parent)
    doc = json.loads(out)
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    json_out = json.loads(
        runner.invoke(app, ["check", str(EXAMPLES / "broken"), "--format", "json"]).stdout
    )
    assert len(results) == len(json_out["findings"]) == 21
    for r, f in zip(results, json_out["findings"]):
        assert r["ruleId"] == f["code"]
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] == {"error": "error", "warning": "warning", "info": "note"}[f["severity"]]
        assert r["message"]["text"] == f["message"]
        phys = r["locations"][0]["physicalLocation"]
        assert phys["artifactLocation"] == {
            "uri": "examples/broken/plan.yaml",
            "uriBaseId": "%SRCROOT%",
        }
        assert phys["region"] == {"startLine": f["line"], "startColumn": f["column"]}
        assert r["properties"] == {
            "question": f["question"],
            "persona": f["persona"],
            "subject": f["subject"],
        }
    dead_end = next(r for r in results if r["ruleId"] == "JP404")
    assert dead_end["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 84,
        "startColumn": 9,
    }
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_every_rule_is_described():
    _, out = sarif([str(EXAMPLES / "starter")])
    driver = json.loads(out)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "journeyplan"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == list(REGISTRY)
    for r in rules:
        rule = REGISTRY[r["id"]]
        assert r["name"] == rule.name
        assert r["shortDescription"]["text"] == render_message(f"title.{rule.code}")
        assert r["fullDescription"]["text"] == render_message(f"explain.{rule.code}")
        assert r["help"]["text"].startswith(render_message(f"explain.{rule.code}"))
        assert (
            r["defaultConfiguration"]["level"]
            == {"error": "error", "warning": "warning", "info": "note"}[rule.severity]
        )
        assert r["properties"]["question"] == rule.question
    jp404 = rules[list(REGISTRY).index("JP404")]
    assert jp404["properties"]["questionText"] == render_message("question.4")
    assert "Checklist question 4" in jp404["help"]["text"]
    assert jp404["properties"]["tags"] == ["question-4"]
    assert rules[0]["properties"] == {
        "question": None,
        "questionText": "plan structure",
        "tags": ["structure"],
    }


def test_deterministic_bytes():
    outs = {sarif(["examples/broken"], cwd=EXAMPLES.parent)[1] for _ in range(3)}
    assert len(outs) == 1
    assert outs.pop().endswith("}\n")


def test_paths_relative_to_working_directory(tmp_path, validator):
    plan = tmp_path / "repo" / "plans" / "my plan"
    (plan / "journeys").mkdir(parents=True)
    (plan / "plan.yaml").write_text(
        CLEAN.replace("    description: Vocational technicians\n", ""), encoding="utf-8"
    )
    (plan / "journeys" / "extra.yaml").write_text(
        "personas:\n  - id: x\n    motivations: [a]\n", encoding="utf-8"
    )
    # from the repository root: paths below it, percent-encoded as URIs
    _, out = sarif(["plans/my plan"], cwd=tmp_path / "repo")
    doc = json.loads(out)
    assert errors_of(validator, doc) == []
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in doc["runs"][0]["results"]
    }
    assert uris == {"plans/my%20plan/plan.yaml", "plans/my%20plan/journeys/extra.yaml"}
    # from inside the plan: the same files, shorter paths
    _, out = sarif(["."], cwd=plan)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(out)["runs"][0]["results"]
    }
    assert uris == {"plan.yaml", "journeys/extra.yaml"}
    # a single file, from a sibling directory: the plan is outside the working directory,
    # so the location is an absolute file URI without a base id
    (tmp_path / "elsewhere").mkdir()
    _, out = sarif([str(plan / "plan.yaml")], cwd=tmp_path / "elsewhere")
    doc = json.loads(out)
    assert errors_of(validator, doc) == []
    art = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": Path(os.path.abspath(plan / "plan.yaml")).as_uri()}


def test_findings_without_line_or_file_still_have_a_location(tmp_path, validator):
    """Code scanning needs a line: a plan without `plan:` gets JP101 with no location."""
    (tmp_path / "a.yaml").write_text("channels: []\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("", encoding="utf-8")
    code, out = sarif([str(tmp_path)], cwd=tmp_path)
    assert code == 1
    doc = json.loads(out)
    assert errors_of(validator, doc) == []
    by_rule = {r["ruleId"]: r for r in doc["runs"][0]["results"]}
    no_loc = by_rule["JP101"]
    assert no_loc["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "a.yaml", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 1},
    }
    assert by_rule["JP011"]["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1,
        "startColumn": 1,
    }


def test_language_of_messages(validator):
    _, out = sarif([str(EXAMPLES / "broken"), "--lang", "nl"])
    assert errors_of(validator, json.loads(out)) == []


def test_uris_are_uri_references():
    _, out = sarif(["examples"], cwd=EXAMPLES.parent)
    for r in json.loads(out)["runs"][0]["results"]:
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert re.fullmatch(r"[A-Za-z0-9._~/%!$&'()*+,;=:@-]+", uri), uri


def test_control_characters_in_user_text_are_escaped(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text('plan: {name: x, "k\\u009bz\\u202e": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(plan), "--format", "sarif"])
    assert "\x9b" not in result.stdout and "\u202e" not in result.stdout
    assert "k\\u009bz\\u202e" in result.stdout


def test_a_plan_with_an_unreadable_file_says_the_checklist_was_not_evaluated(validator, tmp_path):
    """An empty checklist of a half-read plan is no clean checklist: the run's invocation
    says the analysis did not finish, and which file held it back."""
    (tmp_path / "plan.yaml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "later.yaml").write_text("personas: [unclosed\n", encoding="utf-8")
    code, out = sarif([str(tmp_path)], cwd=tmp_path)
    assert code == 1
    doc = json.loads(out)
    assert errors_of(validator, doc) == []
    (invocation,) = doc["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["message"]["text"] == render_message(
        "ui.not_evaluated", {"count": 1, "files": "later.yaml"}, "en"
    )
    assert "later.yaml" in note["message"]["text"]
    assert [r["ruleId"] for r in doc["runs"][0]["results"]] == ["JP001"]


def test_a_plan_read_whole_has_no_invocation(tmp_path):
    (tmp_path / "plan.yaml").write_text(CLEAN, encoding="utf-8")
    code, out = sarif([str(tmp_path)], cwd=tmp_path)
    assert code == 0 and "invocations" not in json.loads(out)["runs"][0]
