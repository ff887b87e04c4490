"""Question 5 -- How do I anchor both the right candidate experience and the employer brand
along the journey? JP501-JP510."""

from __future__ import annotations

from tests.common import CLEAN, check_text, edit, line_of, report, text_of


def test_clean_plan_answers_question_5(tmp_path):
    result = check_text(tmp_path, CLEAN)
    assert report(result) == []
    assert result.checklist[0][1][5] == "pass"


def test_jp501_brand_without_proposition(tmp_path):
    text = edit(CLEAN, "  proposition: People work in technology\n", "")
    result = check_text(tmp_path, text)
    # located at the employer_brand mapping (its first key)
    assert report(result) == [("JP501", 5, "error", line_of(text, "  qualifiers:"), 3)]
    assert result.findings[0].persona is None


def test_jp501_blank_proposition(tmp_path):
    text = edit(CLEAN, "proposition: People work in technology", "proposition: ' '")
    assert report(check_text(tmp_path, text)) == [
        ("JP501", 5, "error", line_of(text, "proposition"), 3)
    ]


def test_jp502_brand_without_qualifiers(tmp_path):
    text = edit(
        CLEAN, "  qualifiers:\n    - {id: fair-pay, text: Fair pay}\n", "  qualifiers: []\n"
    )
    text = edit(text, "brand: [fair-pay]", "brand: [honest]")
    assert report(check_text(tmp_path, text)) == [
        ("JP502", 5, "error", line_of(text, "proposition"), 3)
    ]


def test_jp503_brand_without_winners(tmp_path):
    text = edit(CLEAN, "  winners:\n    - {id: academy, text: Own academy}\n", "")
    text = edit(text, "brand: [academy, honest]", "brand: [honest]")
    assert report(check_text(tmp_path, text)) == [
        ("JP503", 5, "error", line_of(text, "proposition"), 3)
    ]


def test_jp504_brand_without_personality(tmp_path):
    text = edit(CLEAN, "  personality:\n    - {id: honest, text: Honest}\n", "")
    text = edit(text, "brand: [academy, honest]", "brand: [academy]")
    assert report(check_text(tmp_path, text)) == [
        ("JP504", 5, "error", line_of(text, "proposition"), 3)
    ]


def test_jp501_to_jp504_without_a_brand_section(tmp_path):
    text = CLEAN[: CLEAN.index("employer_brand:")] + CLEAN[CLEAN.index("target_groups:") :]
    text = edit(text, ", brand: [academy, honest]", "")
    text = edit(text, ", brand: [fair-pay]", "")
    plan = line_of(text, "name: Clean plan")
    result = check_text(tmp_path, text)
    assert report(result) == [
        ("JP501", 5, "error", plan, 3),
        ("JP502", 5, "error", plan, 3),
        ("JP503", 5, "error", plan, 3),
        ("JP504", 5, "error", plan, 3),
        ("JP505", 5, "warning", line_of(text, "{id: video"), 37),
        ("JP505", 5, "warning", line_of(text, "{id: apply, name: Apply,"), 37),
    ]


def test_jp505_stage_without_brand_element(tmp_path):
    text = edit(CLEAN, ", brand: [fair-pay]", "")
    result = check_text(tmp_path, text)
    # at the persona's first touchpoint in that stage, on its stage
    assert report(result) == [
        ("JP505", 5, "warning", line_of(text, "{id: apply, name: Apply,"), 37)
    ]
    assert text_of(result, "JP505") == ["stage 'Apply' of sam's journey carries no brand element"]


def test_jp505_passes_when_a_later_touchpoint_of_the_stage_carries_one(tmp_path):
    text = edit(CLEAN, ", brand: [fair-pay]", "")
    text = edit(text, "response_time: 2d}", "response_time: 2d, brand: [fair-pay]}")
    assert report(check_text(tmp_path, text)) == []


def test_jp506_winner_not_reaching_persona(tmp_path):
    text = edit(
        CLEAN,
        "    - {id: academy, text: Own academy}\n",
        "    - {id: academy, text: Own academy}\n    - {id: team, text: Same team}\n",
    )
    result = check_text(tmp_path, text)
    assert report(result) == [("JP506", 5, "warning", line_of(text, "{id: team"), 12)]
    assert result.findings[0].persona == "sam"


def test_jp506_passes_when_a_touchpoint_carries_it(tmp_path):
    text = edit(
        CLEAN,
        "    - {id: academy, text: Own academy}\n",
        "    - {id: academy, text: Own academy}\n    - {id: team, text: Same team}\n",
    )
    text = edit(text, "brand: [fair-pay]", "brand: [fair-pay, team]")
    assert report(check_text(tmp_path, text)) == []


def test_jp507_application_without_acknowledgement(tmp_path):
    text = edit(CLEAN, ", response_time: 2d}", "}")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP507", 5, "error", line_of(text, "{id: apply, name: Apply,"), 10)]


def test_jp507_acknowledgement_two_triggers_later_is_too_late(tmp_path):
    text = edit(CLEAN, ", response_time: 2d}", "}")
    text = edit(
        text,
        "touchpoints:\n",
        "touchpoints:\n  - {id: ack2, name: Promise, "
        "stage: apply, channel: whatsapp, response_time: 1d}\n",
    )
    text = edit(
        text,
        "{from: ack, to: reject",
        "{from: ack, to: ack2, event: screened}\n  - {from: ack2, to: reject",
    )
    result = check_text(tmp_path, text)
    assert report(result) == [("JP507", 5, "error", line_of(text, "{id: apply, name: Apply,"), 10)]


def test_jp507_passes_with_a_direct_acknowledgement(tmp_path):
    assert report(check_text(tmp_path, CLEAN)) == []


def test_jp508_rejection_without_feedback(tmp_path):
    text = edit(CLEAN, "feedback: true", "feedback: false")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP508", 5, "error", line_of(text, "{id: reject"), 95)]
    assert text_of(result, "JP508") == [
        "rejection 'reject' in sam's journey gives no feedback (feedback: true)"
    ]


def test_jp508_no_rejection_at_all(tmp_path):
    text = edit(CLEAN, "kind: rejection, feedback: true", "kind: exit")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP508", 5, "error", line_of(text, "id: sam"), 9)]
    assert text_of(result, "JP508") == ["sam's journey has no rejection touchpoint with feedback"]


def test_jp508_passes_with_feedback(tmp_path):
    assert "JP508" not in {f.code for f in check_text(tmp_path, CLEAN).findings}


def test_jp509_messaging_channel_slower_than_24h(tmp_path):
    text = edit(CLEAN, "response_time: 2h}", "response_time: 25h}")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP509", 5, "warning", line_of(text, "{id: whatsapp"), 68)]
    assert text_of(result, "JP509") == [
        "messaging channel 'whatsapp' of sam's journey answers in 25h; candidates expect an "
        "answer within 24h"
    ]


def test_jp509_passes_at_exactly_24h(tmp_path):
    text = edit(CLEAN, "response_time: 2h}", "response_time: P1D}")
    assert report(check_text(tmp_path, text)) == []


def test_jp509_touchpoint_promise_is_not_bound(tmp_path):
    # the acknowledgement promises 2 days on WhatsApp: a promise, not the channel's speed
    assert "JP509" not in {f.code for f in check_text(tmp_path, CLEAN).findings}


def test_jp510_messaging_channel_without_response_time(tmp_path):
    text = edit(CLEAN, ", response_time: 2h}", "}")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP510", 5, "warning", line_of(text, "{id: whatsapp"), 10)]


def test_jp510_other_channel_types_need_none(tmp_path):
    # Instagram (social) declares no response_time and needs none
    assert report(check_text(tmp_path, CLEAN)) == []
