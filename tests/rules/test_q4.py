"""Question 4 -- How do I set up a cross-channel journey, with channels and triggers that
match each persona? JP401-JP406."""

from __future__ import annotations

from tests.common import CLEAN, check_text, edit, line_of, report, text_of

FAQ = "  - {id: faq, name: FAQ, stage: find, channel: insta, brand: [academy]}\n"


def test_jp401_single_channel_journey(tmp_path):
    text = edit(CLEAN, "channel: insta, entry", "channel: whatsapp, entry")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP401", 4, "error", line_of(text, "id: sam"), 9)]
    assert text_of(result, "JP401") == [
        "persona 'sam's journey uses 1 channel; a cross-channel journey needs two or more"
    ]


def test_jp401_passes_with_two_channels(tmp_path):
    assert report(check_text(tmp_path, CLEAN)) == []


def test_jp402_trigger_without_event(tmp_path):
    text = edit(CLEAN, "{from: apply, to: ack, event: submitted}", "{from: apply, to: ack}")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP402", 4, "error", line_of(text, "{from: apply"), 5)]
    # a trigger belongs to the whole plan: it fails question 4 for every persona
    assert result.findings[0].persona is None


def test_jp402_blank_event_points_at_the_event(tmp_path):
    text = edit(CLEAN, "event: submitted", "event: ''")
    assert report(check_text(tmp_path, text)) == [
        ("JP402", 4, "error", line_of(text, "{from: apply"), 35)
    ]


def test_jp402_passes_with_an_event(tmp_path):
    text = edit(CLEAN, "event: submitted", "event: 'yes'")  # any text, even 'yes'
    assert report(check_text(tmp_path, text)) == []


def test_jp403_unreachable_touchpoint(tmp_path):
    text = edit(
        CLEAN, "triggers:\n", FAQ + "triggers:\n  - {from: faq, to: apply, event: clicks apply}\n"
    )
    result = check_text(tmp_path, text)
    assert report(result) == [("JP403", 4, "error", line_of(text, "{id: faq"), 10)]
    assert text_of(result, "JP403") == [
        "touchpoint 'faq' cannot be reached from the entries of sam's journey"
    ]


def test_jp403_passes_when_reachable(tmp_path):
    text = edit(
        CLEAN,
        "triggers:\n",
        FAQ + "triggers:\n  - {from: faq, to: apply, "
        "event: clicks apply}\n  - {from: video, to: faq, event: has a question}\n",
    )
    assert report(check_text(tmp_path, text)) == []


def test_jp404_dead_end(tmp_path):
    text = edit(
        CLEAN, "triggers:\n", FAQ + "triggers:\n  - {from: video, to: faq, event: has a question}\n"
    )
    result = check_text(tmp_path, text)
    assert report(result) == [("JP404", 4, "error", line_of(text, "{id: faq"), 10)]


def test_jp404_exit_is_not_a_dead_end(tmp_path):
    text = edit(
        CLEAN,
        "triggers:\n",
        FAQ.replace("}\n", ", kind: exit}\n")
        + "triggers:\n  - {from: video, to: faq, event: has a question}\n",
    )
    assert report(check_text(tmp_path, text)) == []


def test_jp405_touchpoint_on_a_channel_the_persona_does_not_prefer(tmp_path):
    text = edit(
        CLEAN, "touchpoints:\n", "  - {id: email, name: E-mail, type: email}\ntouchpoints:\n"
    )
    text = edit(text, "channel: whatsapp, kind: rejection", "channel: email, kind: rejection")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP405", 4, "info", line_of(text, "{id: reject"), 58)]
    # info never changes a verdict
    assert result.checklist[0][1][4] == "pass"


def test_jp405_passes_on_a_preferred_channel(tmp_path):
    text = edit(
        CLEAN, "touchpoints:\n", "  - {id: email, name: E-mail, type: email}\ntouchpoints:\n"
    )
    text = edit(text, "channel: whatsapp, kind: rejection", "channel: email, kind: rejection")
    text = edit(text, "channels: [insta, whatsapp]", "channels: [insta, whatsapp, email]")
    assert report(check_text(tmp_path, text)) == []


def test_jp406_journey_without_entry(tmp_path):
    text = edit(CLEAN, " entry: true,", "")
    text = edit(
        text,
        "event: selected}\n",
        "event: selected}\n  - {from: hire, to: video, event: refers a friend}\n",
    )
    result = check_text(tmp_path, text)
    # every touchpoint has an incoming trigger: no entry, so no conversion point is
    # reachable either (JP303, question 3)
    assert report(result) == [
        ("JP406", 4, "error", line_of(text, "id: sam"), 9),
        ("JP303", 3, "error", line_of(text, "{id: apply, name: Apply,"), 10),
        ("JP303", 3, "error", line_of(text, "{id: hire"), 10),
    ]


def test_jp406_passes_with_a_marked_entry_in_a_cycle(tmp_path):
    text = edit(
        CLEAN,
        "event: selected}\n",
        "event: selected}\n  - {from: hire, to: video, event: refers a friend}\n",
    )
    assert report(check_text(tmp_path, text)) == []
