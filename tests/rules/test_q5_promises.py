"""Question 5, the candidate experience over time: promises kept (JP511)."""

from __future__ import annotations

from journeyplan.messages import render_message
from tests.common import CLEAN, check_text, edit, line_of, report


def column_of(text, needle, value):
    """1-based column of VALUE on the first line of TEXT that holds NEEDLE."""
    line = next(ln for ln in text.splitlines() if needle in ln)
    return line.index(value) + 1


def text_of(result, code, lang="en"):
    return [render_message(f.key, f.args, lang) for f in result.findings if f.code == code]


def test_jp511_trigger_later_than_the_promise(tmp_path):
    text = edit(
        CLEAN,
        "{from: ack, to: hire, event: selected}",
        "{from: ack, to: hire, event: selected, delay: 5d}",
    )
    result = check_text(tmp_path, text)
    line = line_of(text, "{from: ack, to: hire")
    assert report(result) == [
        ("JP511", 5, "error", line, column_of(text, "{from: ack, to: hire", "5d"))
    ]
    (finding,) = result.findings
    assert (finding.persona, finding.subject) == ("sam", "ack")
    assert text_of(result, "JP511") == [
        "'ack' promises an answer within 2d, but the next step 'hire' comes after 5d in "
        "sam's journey"
    ]
    assert text_of(result, "JP511", "nl") == [
        "'ack' belooft binnen 2 dagen antwoord, maar de volgende stap 'hire' komt pas na 5 dagen in "
        "de journey van sam"
    ]
    assert result.checklist[0][1][5] == "fail"


def test_jp511_exactly_the_promised_time_keeps_it(tmp_path):
    text = edit(
        CLEAN,
        "{from: ack, to: hire, event: selected}",
        "{from: ack, to: hire, event: selected, delay: 48h}",
    )
    assert report(check_text(tmp_path, text)) == []


def test_jp511_every_late_trigger_is_reported_in_minutes_precision(tmp_path):
    text = edit(CLEAN, "response_time: 2d}", "response_time: 90m}")
    text = edit(
        text,
        "{from: ack, to: reject, event: not selected}",
        "{from: ack, to: reject, event: not selected, delay: 91m}",
    )
    text = edit(
        text,
        "{from: ack, to: hire, event: selected}",
        "{from: ack, to: hire, event: selected, delay: PT1H30M}",
    )
    result = check_text(tmp_path, text)
    assert report(result) == [
        (
            "JP511",
            5,
            "error",
            line_of(text, "{from: ack, to: reject"),
            column_of(text, "{from: ack, to: reject", "91m"),
        )
    ]
    assert "within 90m" in text_of(result, "JP511")[0]
    assert "after 91m" in text_of(result, "JP511")[0]


def test_jp511_only_the_journeys_that_hold_the_trigger(tmp_path):
    # the late trigger applies to sam only; noor's journey keeps the promise
    text = edit(
        CLEAN,
        "    channels: [insta, whatsapp]\n",
        "    channels: [insta, whatsapp]\n"
        "  - {id: noor, name: Noor, target_group: techs, motivations: [hours], "
        "channels: [insta, whatsapp]}\n",
    )
    text = edit(
        text,
        "{from: ack, to: hire, event: selected}",
        "{from: ack, to: hire, event: selected, personas: [noor]}\n"
        "  - {from: ack, to: hire, event: selected late, delay: 1w, personas: [sam]}",
    )
    result = check_text(tmp_path, text)
    assert [(f.code, f.persona) for f in result.findings] == [("JP511", "sam")]
    verdicts = dict(result.checklist)
    assert (verdicts["sam"][5], verdicts["noor"][5]) == ("fail", "pass")


def test_jp511_a_touchpoint_without_promise_may_wait(tmp_path):
    text = edit(
        CLEAN,
        "{from: video, to: apply, event: clicked apply}",
        "{from: video, to: apply, event: clicked apply, delay: 26w}",
    )
    assert report(check_text(tmp_path, text)) == []
