"""Question 3 -- What are the intended contact and conversion points per persona?
JP301-JP303."""

from __future__ import annotations

from tests.common import CLEAN, check_text, edit, line_of, report

FAIR = (
    "  - {id: fair, name: Job fair, stage: find, channel: insta, "
    "conversion: {goal: event_signup}}\n"
)


def journey_part(text: str) -> str:
    return text[text.index("touchpoints:") :]


def test_jp301_persona_without_touchpoints(tmp_path):
    text = CLEAN[: CLEAN.index("touchpoints:")]
    result = check_text(tmp_path, text)
    sam = line_of(text, "id: sam")
    # without a journey, questions 4 and 5 are not answered either: no channels (JP401),
    # no rejection with feedback (JP508), the winner reaches nobody (JP506)
    assert report(result) == [
        ("JP506", 5, "warning", line_of(text, "{id: academy"), 12),
        ("JP301", 3, "error", sam, 9),
        ("JP401", 4, "error", sam, 9),
        ("JP508", 5, "error", sam, 9),
    ]
    assert {f.persona for f in result.findings} == {"sam"}
    assert result.checklist == [("sam", {1: "pass", 2: "pass", 3: "fail", 4: "fail", 5: "fail"})]


def test_jp301_only_the_persona_left_out_fails(tmp_path):
    text = edit(
        CLEAN,
        "channels:\n  - {id: insta",
        "  - {id: kim, target_group: techs, "
        "motivations: [pay], channels: [insta, whatsapp]}\nchannels:\n  - {id: insta",
    )
    text = text.replace("entry: true,", "entry: true, personas: [sam],")
    text = text.replace("{id: apply, name: Apply,", "{id: apply, name: Apply, personas: [sam],")
    text = text.replace("{id: ack,", "{id: ack, personas: [sam],")
    text = text.replace("{id: reject,", "{id: reject, personas: [sam],")
    text = text.replace("{id: hire,", "{id: hire, personas: [sam],")
    result = check_text(tmp_path, text)
    kim = line_of(text, "{id: kim")
    assert report(result) == [
        ("JP506", 5, "warning", line_of(text, "{id: academy"), 12),
        ("JP301", 3, "error", kim, 10),
        ("JP401", 4, "error", kim, 10),
        ("JP508", 5, "error", kim, 10),
    ]
    assert {f.persona for f in result.findings} == {"kim"}
    assert dict(result.checklist)["sam"] == {q: "pass" for q in range(1, 6)}
    assert dict(result.checklist)["kim"] == {1: "pass", 2: "pass", 3: "fail", 4: "fail", 5: "fail"}


def test_jp301_passes_with_touchpoints(tmp_path):
    assert report(check_text(tmp_path, CLEAN)) == []


def test_jp302_persona_without_conversion(tmp_path):
    text = edit(CLEAN, ", conversion: {goal: application}", "")
    text = edit(text, "conversion: {goal: hire}", "kind: exit")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP302", 3, "error", line_of(text, "id: sam"), 9)]


def test_jp302_any_goal_is_a_conversion(tmp_path):
    text = edit(CLEAN, ", conversion: {goal: application}", ", conversion: {goal: lead}")
    text = edit(text, "conversion: {goal: hire}", "kind: exit")
    assert report(check_text(tmp_path, text)) == []


def test_jp303_conversion_unreachable(tmp_path):
    text = edit(CLEAN, "triggers:\n", FAIR + "triggers:\n")
    result = check_text(tmp_path, text)
    line = line_of(text, "{id: fair,")
    # an unreachable conversion point is also an unreachable touchpoint (question 4)
    assert report(result) == [("JP303", 3, "error", line, 10), ("JP403", 4, "error", line, 10)]
    assert (result.findings[0].persona, result.findings[0].subject) == ("sam", "fair")


def test_jp303_passes_when_a_trigger_leads_there(tmp_path):
    text = edit(
        CLEAN, "triggers:\n", FAIR + "triggers:\n  - {from: video, to: fair, event: signs up}\n"
    )
    assert report(check_text(tmp_path, text)) == []


def test_jp303_entry_itself_may_be_a_conversion(tmp_path):
    # a conversion point marked as an entry is reached by definition
    text = edit(CLEAN, "triggers:\n", FAIR.replace("}}", "}, entry: true}") + "triggers:\n")
    assert report(check_text(tmp_path, text)) == []
