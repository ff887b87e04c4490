"""Question 1 -- What are my target groups? JP101-JP103: a passing and a failing case each,
asserting code, question, severity and the exact line and column."""

from __future__ import annotations

from journeyplan.messages import render_message
from tests.common import CLEAN, check_text, edit, line_of, report

TARGET_GROUPS = (
    "target_groups:\n  - id: techs\n    name: Technicians\n"
    "    description: Vocational technicians\n"
)


def test_clean_plan_answers_question_1(tmp_path):
    result = check_text(tmp_path, CLEAN)
    assert report(result) == []
    assert result.checklist == [("sam", {1: "pass", 2: "pass", 3: "pass", 4: "pass", 5: "pass"})]


def test_jp101_no_target_groups(tmp_path):
    text = edit(CLEAN, TARGET_GROUPS, "")
    text = edit(text, "    target_group: techs\n", "")
    result = check_text(tmp_path, text)
    assert report(result) == [
        ("JP101", 1, "error", line_of(text, "name: Clean plan"), 3),  # the plan section
        ("JP202", 2, "error", line_of(text, "id: sam"), 9),
    ]
    assert result.findings[0].persona is None


def test_jp101_tiny_plan_reports_every_missing_part_at_the_plan(tmp_path):
    result = check_text(tmp_path, "plan: {name: Tiny}\n")
    assert report(result) == [
        ("JP101", 1, "error", 1, 7),
        ("JP201", 2, "error", 1, 7),
        ("JP501", 5, "error", 1, 7),
        ("JP502", 5, "error", 1, 7),
        ("JP503", 5, "error", 1, 7),
        ("JP504", 5, "error", 1, 7),
    ]


def test_jp101_without_plan_section_has_no_location(tmp_path):
    result = check_text(tmp_path, "channels: []\n")
    assert ("JP101", 1, "error", None, None) in report(result)


def test_jp102_target_group_without_description(tmp_path):
    text = edit(CLEAN, "    description: Vocational technicians\n", "")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP102", 1, "warning", line_of(text, "id: techs"), 9)]
    assert render_message(result.findings[0].key, result.findings[0].args) == (
        "target group 'techs' has no description"
    )


def test_jp102_blank_description(tmp_path):
    text = edit(CLEAN, "description: Vocational technicians", "description: '   '")
    assert report(check_text(tmp_path, text)) == [
        ("JP102", 1, "warning", line_of(text, "id: techs"), 9)
    ]


def test_jp102_passes_with_a_description(tmp_path):
    text = edit(
        CLEAN,
        "description: Vocational technicians",
        "description: |\n      Technicians with a vocational diploma,\n      20 to 35 years old.",
    )
    assert report(check_text(tmp_path, text)) == []


def test_jp103_target_group_without_persona(tmp_path):
    text = edit(
        CLEAN, "personas:\n", "  - id: students\n    description: Final-year students\npersonas:\n"
    )
    result = check_text(tmp_path, text)
    assert report(result) == [("JP103", 1, "error", line_of(text, "id: students"), 9)]
    assert result.findings[0].subject == "students"


def test_jp103_passes_when_a_persona_covers_it(tmp_path):
    text = edit(
        CLEAN,
        "personas:\n",
        "  - id: students\n    description: Final-year students\n"
        "personas:\n  - {id: kim, target_group: students, motivations: [learning], "
        "channels: [insta, whatsapp]}\n",
    )
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert [pid for pid, _ in result.checklist] == ["kim", "sam"]
