"""Checklist verdicts: per persona and question, fail / warn / pass.

A finding whose persona is None concerns the whole plan and counts for every persona; info
findings never change a verdict; structural findings (question None) never do either."""

from __future__ import annotations

import pytest

from journeyplan.check.pipeline import verdicts
from journeyplan.findings import Finding, Location
from journeyplan.plan.model import Persona, Plan
from tests.common import CLEAN, check_text, edit, line_of, report

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
