"""The "done when" acceptance, on plans written for these tests (tests/data/), not the
shipped examples:

- a complete, realistic hospital plan (two target groups, three personas) passes every
  question for every persona and exits 0;
- a plan with one defect of each kind gets each defect reported at the line marked
  ``# defect: CODE`` with the question of that code, nothing else, and exits 1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from journeyplan.analysis.graph import JourneyIndex
from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from journeyplan.rules import REGISTRY

DATA = Path(__file__).resolve().parents[1] / "data"
HOSPITAL = DATA / "hospital"
DEFECTS = DATA / "hospital-defects"
UNREADABLE = DATA / "hospital-unreadable"
#: The same with one defect of each kind of plan format 1.1 (a 1.0 plan gets none of them).
DEFECTS_1_1 = DATA / "hospital-1-1-defects"
#: The forecast rules need a plan with forecast data (plan format 1.1): their defects are in
#: a plan of their own, so the hospital plans stay 1.0 plans.
FORECAST_DEFECTS = DATA / "forecast-defects"
runner = CliRunner()

#: Codes the defects plan cannot show beside the rest (see its header), and JP017, which
#: belongs to the suppression feature.
NOT_IN_DEFECTS_PLAN = {"JP017", "JP019", "JP020", "JP101", "JP201", "JP502", "JP503", "JP504"}
#: JP021 needs a single file checked inside a plan folder (tests/check/test_part_of_folder.py).
NOT_IN_DEFECTS_PLAN |= {"JP021"}
#: An unknown jurisdiction (JP519) cannot coexist with the retention checks of a known one
#: (JP517, JP518) in one plan; tests/rules/test_q5_talent_pool.py covers it.
NOT_IN_DEFECTS_PLAN |= {"JP519"}
#: A touchpoint for no persona (JP304) would take its triggers out of every journey of the
#: defects plan; tests/rules/test_touchpoint_for_no_persona.py covers it in a clean plan.
NOT_IN_DEFECTS_PLAN |= {"JP304"}
#: Likewise a trigger for no persona (JP407) would take itself out of every journey, and its
#: ends with it; tests/rules/test_trigger_for_no_persona.py covers it in a clean plan.
NOT_IN_DEFECTS_PLAN |= {"JP407"}


def test_hospital_plan_passes_every_question_for_every_persona():
    result = runner.invoke(app, ["check", str(HOSPITAL), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["plan"] == "Westerkade Hospital -- nurses and clinical IT 2027"
    assert doc["summary"] == {"errors": 0, "warnings": 0, "infos": 0}
    assert doc["findings"] == []
    assert doc["checklist"] == [
        {"persona": p, "questions": {str(q): "pass" for q in range(1, 6)}}
        for p in ("noor", "henk", "yara")
    ]


def test_hospital_plan_is_read_completely():
    # nothing was silently dropped on the way to the clean verdict
    result = check_plan(HOSPITAL)
    plan = result.plan
    assert result.findings == []
    assert plan.files == [
        "audience.yaml",
        "brand.yaml",
        "channels.yaml",
        "journeys/it.yaml",
        "journeys/nurses.yaml",
        "journeys/shared.yaml",
        "plan.yaml",
    ]
    assert [g.id for g in plan.target_groups] == ["registered-nurses", "clinical-it"]
    assert [p.id for p in plan.personas] == ["noor", "henk", "yara"]
    assert len(plan.channels) == 8
    assert len(plan.touchpoints) == 21
    assert len(plan.triggers) == 27
    assert [s.id for s in plan.stages] == ["notice", "explore", "apply", "meet", "join"]
    sizes = {}
    index = JourneyIndex(plan)
    for p in plan.personas:
        j = index.journey(p)
        sizes[p.id] = (len(j.nodes), len(j.edges), len(j.channels), [t.id for t in j.entries])
        assert j.reachable == j.node_ids
    assert sizes == {
        "noor": (8, 9, 4, ["noor-reel"]),
        "henk": (8, 8, 4, ["henk-ad"]),
        "yara": (8, 10, 4, ["yara-post"]),
    }


def test_hospital_plan_text_output():
    result = runner.invoke(app, ["check", str(HOSPITAL), "--no-color"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Checklist — Westerkade Hospital -- nurses and clinical IT 2027"
    for persona in (
        "noor (Noor, ICU nurse)",
        "henk (Henk, returning nurse)",
        "yara (Yara, EHR application engineer)",
    ):
        row = next(line for line in lines if line.strip("│ ").startswith(persona))
        assert row.count("✓ pass") == 5, row
    assert lines[-1] == "No findings. 0 errors, 0 warnings, 0 info"


def marked_defects(root: Path = DEFECTS) -> set[tuple[str, int, str]]:
    """(file, line, code) for every ``# defect: CODE, ...`` marker below ROOT."""
    marked = set()
    for path in sorted(root.rglob("*.y*ml")):
        rel = path.relative_to(root).as_posix()
        text = path.read_bytes().decode("utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            mt = re.search(r"#\s*defect:\s*((?:JP\d{3}(?:,\s*)?)+)", line)
            if mt:
                for code in re.findall(r"JP\d{3}", mt.group(1)):
                    marked.add((rel, number, code))
    return marked


def test_defects_plans_mark_one_defect_of_each_kind():
    marked = (
        marked_defects()
        | marked_defects(UNREADABLE)
        | marked_defects(DEFECTS_1_1)
        | marked_defects(FORECAST_DEFECTS)
    )
    codes = {code for _, _, code in marked}
    assert codes == set(REGISTRY) - NOT_IN_DEFECTS_PLAN


def test_unreadable_files_are_reported_where_marked_and_hold_the_checklist_back():
    result = runner.invoke(app, ["check", str(UNREADABLE), "--format", "json"])
    assert result.exit_code == 1
    doc = json.loads(result.output)
    reported = {(f["file"], f["line"], f["code"]) for f in doc["findings"]}
    assert reported == marked_defects(UNREADABLE)
    assert doc["checklist"] == []


@pytest.mark.parametrize("plan", [DEFECTS, FORECAST_DEFECTS], ids=lambda p: p.name)
def test_defects_plan_reports_each_defect_where_marked_with_its_question(plan):
    result = runner.invoke(app, ["check", str(plan), "--format", "json"])
    assert result.exit_code == 1
    findings = json.loads(result.output)["findings"]
    reported = {(f["file"], f["line"], f["code"]) for f in findings}
    expected = marked_defects(plan)
    assert sorted(expected - reported) == [], "marked but not reported"
    assert sorted(reported - expected) == [], "reported but not marked"
    for f in findings:
        rule = REGISTRY[f["code"]]
        assert (f["question"], f["severity"]) == (rule.question, rule.severity), f


def test_defects_plan_text_output_names_every_marked_place():
    result = runner.invoke(app, ["check", str(DEFECTS), "--no-color"])
    assert result.exit_code == 1
    for rel, line, code in marked_defects():
        assert re.search(rf"^{re.escape(rel)}:{line}:\d+  {code}  ", result.output, re.M), (
            rel,
            line,
            code,
        )


def test_1_1_defects_plan_reports_each_defect_where_marked_with_its_question():
    result = runner.invoke(app, ["check", str(DEFECTS_1_1), "--format", "json"])
    assert result.exit_code == 1
    findings = json.loads(result.output)["findings"]
    reported = {(f["file"], f["line"], f["code"]) for f in findings}
    expected = marked_defects(DEFECTS_1_1)
    assert sorted(expected - reported) == [], "marked but not reported"
    assert sorted(reported - expected) == [], "reported but not marked"
    for f in findings:
        rule = REGISTRY[f["code"]]
        assert (f["question"], f["severity"]) == (rule.question, rule.severity), f
