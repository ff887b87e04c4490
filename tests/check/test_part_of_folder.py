"""One file of a multi-file plan checked alone, and verdicts of a persona whose own elements
have errors (issue 16, item 9)."""

from __future__ import annotations

import json
import os
import shutil

from typer.testing import CliRunner

from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from tests.common import CLEAN, EXAMPLES, check_text, edit

runner = CliRunner()


def _plan(tmp_path):
    root = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "technical-staffing", root)
    return root


def test_one_file_of_a_plan_folder_gets_one_hint_with_the_dangling_references_under_it(
    tmp_path, monkeypatch
):
    root = _plan(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = check_plan("plan/journeys/lisa.yaml")
    inner = {id(c) for f in result.findings for c in f.every_consequence()}
    top = [f for f in result.findings if id(f) not in inner]
    assert [(f.code, f.severity) for f in top] == [("JP021", "info")]
    (hint,) = top
    assert hint.location.file == "lisa.yaml" and hint.location.line == 1
    assert hint.args["folder"] == "plan"
    folded = {f.code for f in hint.consequences}
    assert "JP007" in folded and {"JP101", "JP201"} <= folded
    assert hint.args["count"] == len(hint.consequences)
    # the folder itself is clean: nothing of the file's own is left over
    assert check_plan(root).findings == []


def test_the_hint_in_text_json_and_dutch(tmp_path, monkeypatch):
    _plan(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = runner.invoke(app, ["check", "plan/journeys/lisa.yaml", "--no-color"])
    assert out.exit_code == 1  # checked alone, the file is no complete plan
    lines = out.stdout.splitlines()
    first = next(i for i, s in enumerate(lines) if s.startswith("lisa.yaml"))
    assert lines[first].startswith(
        "lisa.yaml:1:1  JP021  info  this file is part of the plan in plan; check the folder "
        "(journeyplan check plan): the "
    )
    group = lines[first + 1 : first + 17]
    assert all(s.startswith(("lisa.yaml:", "-  JP")) for s in group[0::2])
    assert group[1::2] == ["    because of JP021 at lisa.yaml:1:1"] * 8
    assert lines[first + 17].startswith("    ... and ")
    assert lines[first + 17].endswith(
        " more findings that follow from it (--format json lists every one)"
    )
    assert not [s for s in lines[first + 18 :] if "  JP007  " in s]
    doc = json.loads(
        runner.invoke(app, ["check", "plan/journeys/lisa.yaml", "--format", "json"]).stdout
    )
    (hint,) = [f for f in doc["findings"] if f["code"] == "JP021"]
    assert hint["severity"] == "info" and hint["question"] is None
    assert hint["file"] == "lisa.yaml" and hint["line"] == 1
    assert doc["findings"][0] == hint or doc["findings"][0]["file"] is None
    nl = runner.invoke(app, ["check", "plan/journeys/lisa.yaml", "--no-color", "--lang", "nl"])
    assert "JP021  info  dit bestand hoort bij het plan in plan; controleer de map" in nl.stdout


def test_a_file_with_a_real_typo_keeps_it_beside_the_hint(tmp_path, monkeypatch):
    root = _plan(tmp_path)
    lisa = root / "journeys" / "lisa.yaml"
    text = lisa.read_text(encoding="utf-8")
    lisa.write_text(text.replace("channel: indeed", "channel: indeeed", 1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = check_plan("plan/journeys/lisa.yaml")
    inner = {id(c) for f in result.findings for c in f.every_consequence()}
    top = [f for f in result.findings if id(f) not in inner]
    assert "JP021" in {f.code for f in top}
    # the typo is reported by the folder check too: it stays a finding of its own
    assert [(f.code, f.subject) for f in top if f.code == "JP007"] == [("JP007", "indeeed")]


def test_a_single_file_plan_gets_no_hint(tmp_path):
    text = edit(CLEAN, "channel: insta, entry", "channel: instagram, entry")
    result = check_text(tmp_path, text)
    assert "JP021" not in {f.code for f in result.findings}
    assert "JP007" in {f.code for f in result.findings}


def test_a_file_in_an_unrelated_folder_gets_no_hint(tmp_path):
    (tmp_path / "notes.yaml").write_text("channels: []\n", encoding="utf-8")
    text = edit(CLEAN, "channel: insta, entry", "channel: instagram, entry")
    result = check_text(tmp_path, text)
    assert "JP021" not in {f.code for f in result.findings}


# --------------------------------------------------------------------------- verdicts
def test_a_persona_whose_conversion_point_is_invalid_never_passes(tmp_path):
    text = edit(
        CLEAN,
        "conversion: {goal: application}",
        "conversion: {goal: aplication, target_rate: .nan}",
    )
    result = check_text(tmp_path, text)
    assert [f.code for f in result.findings] == ["JP009", "JP009"]
    (row,) = result.checklist
    assert row == ("sam", {1: "pass", 2: "pass", 3: "fail", 4: "pass", 5: "pass"})


def test_structural_errors_count_for_the_question_of_the_element_they_are_in(tmp_path):
    cases = {
        # a persona's own key: question 2
        ("    motivations: [craft]\n", "    motivations: [craft]\n    motivatons: [pay]\n"): 2,
        # a trigger of its journey: question 4
        (
            "{from: apply, to: ack, event: submitted}",
            "{from: apply, to: ack, event: submitted, delay: soon}",
        ): 4,
        # a touchpoint of its journey: question 3
        ("{id: ack, name: Ack,", "{id: ack, name: Ack, kind: contakt,"): 3,
    }
    for (old, new), question in cases.items():
        result = check_text(tmp_path, edit(CLEAN, old, new))
        assert result.findings and all(f.question is None for f in result.findings), new
        (pid, row) = result.checklist[0]
        assert pid == "sam"
        assert {q for q, v in row.items() if v != "pass"} == {question}, (new, row)


def test_a_structural_error_outside_the_persona_leaves_its_verdicts(tmp_path):
    for old, new in (
        ("  name: Clean plan\n", "  name: Clean plan\n  organisaton: X\n"),
        # channels and target groups are shared: the rules about them decide
        (
            "{id: insta, name: Instagram, type: social}",
            "{id: insta, name: Instagram, type: social, colour: red}",
        ),
        (
            "    description: Vocational technicians\n",
            "    description: Vocational technicians\n    size: many\n",
        ),
    ):
        result = check_text(tmp_path, edit(CLEAN, old, new))
        assert [f.question for f in result.findings] == [None], new
        assert result.checklist[0][1] == {q: "pass" for q in range(1, 6)}, new


def test_cwd_is_not_changed(tmp_path):
    before = os.getcwd()
    check_plan(EXAMPLES / "technical-staffing" / "journeys" / "lisa.yaml")
    assert os.getcwd() == before
