"""Question 2 -- How do I translate target groups into concrete personas? JP201-JP204."""

from __future__ import annotations

from tests.common import CLEAN, check_text, edit, line_of, report, text_of

PERSONAS = (
    "personas:\n  - id: sam\n    name: Sam\n    target_group: techs\n"
    "    motivations: [craft]\n    channels: [insta, whatsapp]\n"
)


def test_jp201_no_personas(tmp_path):
    text = edit(CLEAN, PERSONAS, "")
    result = check_text(tmp_path, text)
    assert report(result) == [
        ("JP201", 2, "error", line_of(text, "name: Clean plan"), 3),
        ("JP103", 1, "error", line_of(text, "id: techs"), 9),
    ]
    assert result.checklist == []


def test_jp201_passes_with_a_persona(tmp_path):
    assert "JP201" not in {f.code for f in check_text(tmp_path, CLEAN).findings}


def test_jp202_persona_without_target_group(tmp_path):
    text = edit(CLEAN, "    target_group: techs\n", "")
    result = check_text(tmp_path, text)
    assert report(result) == [
        ("JP103", 1, "error", line_of(text, "id: techs"), 9),
        ("JP202", 2, "error", line_of(text, "id: sam"), 9),
    ]
    assert text_of(result, "JP202") == ["persona 'sam' names no target group"]
    assert result.findings[1].persona == "sam"


def test_jp202_persona_naming_a_missing_target_group(tmp_path):
    text = edit(CLEAN, "target_group: techs", "target_group: tech")
    result = check_text(tmp_path, text)
    line = line_of(text, "target_group: tech")
    # the dangling reference is structure (JP007); question 2 fails too (JP202)
    assert report(result) == [
        ("JP103", 1, "error", line_of(text, "id: techs"), 9),
        ("JP007", None, "error", line, 19),
        ("JP202", 2, "error", line, 19),
    ]
    assert text_of(result, "JP202") == ["the target group that persona 'sam' names does not exist"]
    assert result.checklist[0][1][2] == "fail"


def test_jp202_passes_with_an_existing_target_group(tmp_path):
    assert report(check_text(tmp_path, CLEAN)) == []


def test_jp203_persona_without_motivations(tmp_path):
    text = edit(CLEAN, "    motivations: [craft]\n", "")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP203", 2, "warning", line_of(text, "id: sam"), 9)]
    assert result.checklist[0][1][2] == "warn"


def test_jp203_empty_motivations_point_at_the_list(tmp_path):
    text = edit(CLEAN, "motivations: [craft]", "motivations: []")
    assert report(check_text(tmp_path, text)) == [
        ("JP203", 2, "warning", line_of(text, "motivations: []"), 18)
    ]


def test_jp203_passes_with_motivations(tmp_path):
    text = edit(CLEAN, "motivations: [craft]", "motivations:\n      - craft\n      - no")
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert result.plan.personas[0].motivations == ["craft", "no"]


def test_jp204_persona_without_channels(tmp_path):
    text = edit(CLEAN, "    channels: [insta, whatsapp]\n", "")
    result = check_text(tmp_path, text)
    # without preferred channels, JP405 (non-preferred channel) has nothing to compare to
    assert report(result) == [("JP204", 2, "warning", line_of(text, "id: sam"), 9)]


def test_jp204_empty_channels_point_at_the_list(tmp_path):
    text = edit(CLEAN, "channels: [insta, whatsapp]", "channels: []")
    assert report(check_text(tmp_path, text)) == [
        ("JP204", 2, "warning", line_of(text, "channels: []"), 15)
    ]


def test_jp204_passes_with_channels(tmp_path):
    assert "JP204" not in {f.code for f in check_text(tmp_path, CLEAN).findings}
