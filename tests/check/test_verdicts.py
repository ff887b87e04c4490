"""Checklist verdicts: per persona and question, fail / warn / pass.

A finding whose persona is None concerns the personas of the element it is about (every
persona for the plan as a whole, or an element no persona has to do with), and a finding
that follows from another only where its cause is; info findings never change a verdict;
structural findings (question None) only in a persona's own element."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from journeyplan.check.pipeline import verdicts
from journeyplan.cli import app
from journeyplan.findings import Finding, Location
from journeyplan.plan.model import Persona, Plan
from tests.common import CLEAN, EXAMPLES, check_text, edit, line_of, report

runner = CliRunner()

PASS = {q: "pass" for q in range(1, 6)}


def plan_with(*ids: str) -> Plan:
    return Plan(personas=[Persona(id=i) for i in ids])


def finding(code: str, severity: str, question: int | None, persona: str | None = None):
    return Finding(code, severity, question, Location("plan.yaml", 1, 1), code, {}, persona)


def test_no_findings_pass_everything():
    assert verdicts(plan_with("a", "b"), []) == [("a", PASS), ("b", PASS)]


def test_persona_specific_error_fails_only_that_persona():
    rows = dict(verdicts(plan_with("a", "b"), [finding("JP303", "error", 3, "a")]))
    assert rows["a"] == {**PASS, 3: "fail"}
    assert rows["b"] == PASS


def test_plan_wide_finding_counts_for_every_persona():
    rows = dict(verdicts(plan_with("a", "b"), [finding("JP102", "warning", 1)]))
    assert rows["a"] == rows["b"] == {**PASS, 1: "warn"}


def test_error_wins_over_warning_whatever_the_order():
    found = [
        finding("JP203", "warning", 2, "a"),
        finding("JP202", "error", 2, "a"),
        finding("JP203", "warning", 2),
    ]
    for order in (found, found[::-1]):
        rows = dict(verdicts(plan_with("a", "b"), order))
        assert rows["a"][2] == "fail"
        assert rows["b"][2] == "warn"


def test_plan_wide_error_beats_persona_warning():
    rows = dict(
        verdicts(
            plan_with("a"), [finding("JP506", "warning", 5, "a"), finding("JP501", "error", 5)]
        )
    )
    assert rows["a"][5] == "fail"


@pytest.mark.parametrize("persona", ["a", None])
def test_info_never_changes_a_verdict(persona):
    assert verdicts(plan_with("a"), [finding("JP405", "info", 4, persona)]) == [("a", PASS)]


@pytest.mark.parametrize("severity", ["error", "warning"])
def test_structural_findings_never_change_a_verdict(severity):
    assert verdicts(
        plan_with("a"), [finding("JP003", severity, None), finding("JP007", severity, None, "a")]
    ) == [("a", PASS)]


def test_finding_for_an_unknown_persona_changes_nothing():
    assert verdicts(plan_with("a"), [finding("JP303", "error", 3, "zz")]) == [("a", PASS)]


def test_rows_follow_plan_order():
    assert [pid for pid, _ in verdicts(plan_with("z", "a", "m"), [])] == ["z", "a", "m"]


# --------------------------------------------------------------------------- end to end
KIM = (
    "  - {id: kim, name: Kim, target_group: techs, channels: [whatsapp]}\nchannels:\n  - {id: insta"
)


def test_verdicts_end_to_end(tmp_path):
    text = edit(CLEAN, "channels:\n  - {id: insta", KIM)  # kim: no motivations
    text = edit(text, "    description: Vocational technicians\n", "")  # plan-wide warning
    result = check_text(tmp_path, text)
    kim = line_of(text, "{id: kim")
    assert report(result) == [
        ("JP102", 1, "warning", line_of(text, "id: techs"), 9),
        ("JP203", 2, "warning", kim, 10),
        ("JP405", 4, "info", line_of(text, "{id: video"), 52),  # kim does not prefer insta
    ]
    assert result.checklist == [
        ("sam", {**PASS, 1: "warn"}),
        ("kim", {**PASS, 1: "warn", 2: "warn"}),
    ]


def test_configured_severity_changes_the_verdict(tmp_path):
    text = edit(
        CLEAN,
        "channels:\n  - {id: insta",
        KIM.replace("channels: [whatsapp]", "channels: [whatsapp], motivations: [pay]"),
    )
    text = edit(text, "  name: Clean plan\n", "  name: Clean plan\n  checks: {JP405: error}\n")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP405", 4, "error", line_of(text, "{id: video"), 52)]
    assert dict(result.checklist) == {"sam": PASS, "kim": {**PASS, 4: "fail"}}


def test_switched_off_rule_changes_nothing(tmp_path):
    text = edit(CLEAN, "  name: Clean plan\n", "  name: Clean plan\n  checks: {JP102: off}\n")
    text = edit(text, "    description: Vocational technicians\n", "")
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert result.checklist == [("sam", PASS)]


# --------------------------------------------------------------------------- scope
# Which personas a finding without a persona concerns: the personas of the element it is
# about, and a finding that follows from another only where its cause is.


def test_a_typo_in_one_persona_s_touchpoint_lowers_only_that_persona(tmp_path):
    """technical-staffing with `channel: instagramm` in Sander's two Instagram touchpoints:
    the budgeted channel is then unused (JP417, folded under the first JP007); that warning
    is Sander's question 4, never Ruud's or Lisa's, who do not use Instagram."""
    plan = tmp_path / "ts"
    shutil.copytree(EXAMPLES / "technical-staffing", plan)
    sander = plan / "journeys" / "sander.yaml"
    text = sander.read_text(encoding="utf-8")
    assert text.count("channel: instagram\n") == 2
    sander.write_text(text.replace("channel: instagram\n", "channel: instagramm\n"), "utf-8")
    result = runner.invoke(app, ["check", str(plan), "--format", "json"])
    assert result.exit_code == 1
    doc = json.loads(result.output)
    assert [(f["code"], f["file"], f["line"]) for f in doc["findings"]] == [
        ("JP417", "channels.yaml", 12),
        ("JP007", "journeys/sander.yaml", 14),
        ("JP007", "journeys/sander.yaml", 41),
    ]
    assert {row["persona"]: row["questions"] for row in doc["checklist"]} == {
        "sander": {"1": "pass", "2": "pass", "3": "fail", "4": "warn", "5": "pass"},
        "ruud": {str(q): "pass" for q in range(1, 6)},
        "lisa": {str(q): "pass" for q in range(1, 6)},
    }
    shown = runner.invoke(app, ["check", str(plan)], env={"NO_COLOR": "1"}).output
    rows = {line.split()[1]: line for line in shown.splitlines() if line.startswith("│ ")}
    assert "! warn" in rows["sander"]
    assert "! warn" not in rows["ruud"] and "! warn" not in rows["lisa"]


TWO_GROUPS = (
    "  - {id: kim, name: Kim, target_group: office, motivations: [pay], channels: [whatsapp]}\n"
    "channels:\n  - {id: insta"
)


def two_groups(text: str = CLEAN) -> str:
    """CLEAN with a second target group 'office' and its persona kim (on whatsapp only)."""
    text = edit(text, "channels:\n  - {id: insta", TWO_GROUPS)
    return edit(
        text,
        "personas:\n",
        "  - {id: office, name: Office staff, description: Planners}\npersonas:\n",
    )


TIKTOK = (
    "  - {id: insta, name: Instagram, type: social}\n",
    "  - {id: insta, name: Instagram, type: social}\n"
    "  - {id: tiktok, name: TikTok, type: social, budget: 500}\n",
)


def with_budget(text: str) -> str:
    """TEXT with a budgeted channel nobody uses, and the forecast data a budget asks for."""
    text = edit(text, *TIKTOK)
    text = edit(text, "entry: true,", "entry: true, reach: {sam: 1000, kim: 1000},")
    return text.replace(", event: ", ", rate: 0.5, event: ")


@pytest.mark.parametrize(
    ("edits", "code", "question"),
    [
        # a target group without description: its personas (sam), not kim of 'office'
        ([("    description: Vocational technicians\n", "")], "JP102", 1),
        # a budgeted channel no journey uses: who prefers it (sam), not kim
        (
            [("channels: [insta, whatsapp]", "channels: [insta, whatsapp, tiktok]")],
            "JP417",
            4,
        ),
    ],
    ids=["target-group", "unused-channel"],
)
def test_a_finding_about_a_shared_element_concerns_its_personas(tmp_path, edits, code, question):
    text = with_budget(two_groups()) if code == "JP417" else two_groups()
    for old, new in edits:
        text = edit(text, old, new)
    result = check_text(tmp_path, text)
    assert [f.code for f in result.findings if f.severity != "info"] == [code]
    rows = dict(result.checklist)
    assert (rows["sam"][question], rows["kim"][question]) == ("warn", "pass")


def test_a_finding_about_an_element_no_persona_has_to_do_with_counts_for_every_persona(
    tmp_path,
):
    """A budgeted channel nobody prefers or uses is the whole plan's (as the format
    specification's persona null): every persona's question 4 warns."""
    result = check_text(tmp_path, with_budget(two_groups()))
    assert [f.code for f in result.findings if f.severity != "info"] == ["JP417"]
    assert {pid: row[4] for pid, row in result.checklist} == {"sam": "warn", "kim": "warn"}
