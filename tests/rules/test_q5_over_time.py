"""Question 5, the candidate experience over time: promises kept (JP511)."""

from __future__ import annotations

from tests.common import CLEAN, check_text, column_of, edit, line_of, report, text_of


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


# --------------------------------------------------------------------------- JP512
def with_silence(text, limit):
    return edit(text, "  name: Clean plan\n", f"  name: Clean plan\n  max_silence: {limit}\n")


def test_jp512_a_trigger_in_process_waits_longer_than_max_silence(tmp_path):
    text = with_silence(CLEAN, "10d")
    text = edit(text, "response_time: 2d}", "response_time: 3w}")
    text = edit(
        text,
        "{from: ack, to: hire, event: selected}",
        "{from: ack, to: hire, event: selected, delay: 2w}",
    )
    result = check_text(tmp_path, text)
    needle = "{from: ack, to: hire"
    assert report(result) == [
        ("JP512", 5, "error", line_of(text, needle), column_of(text, needle, "2w"))
    ]
    assert text_of(result, "JP512") == [
        "trigger from 'ack' to 'hire' waits 2w between application 'apply' and its outcome in "
        "sam's journey; plan.max_silence is 10d"
    ]
    assert text_of(result, "JP512", "nl") == [
        "trigger van 'ack' naar 'hire' wacht 2 weken tussen sollicitatie 'apply' en de uitkomst in "
        "de journey van sam; plan.max_silence is 10 dagen"
    ]


def test_jp512_only_between_the_application_and_its_outcome(tmp_path):
    # a long wait before the application and one after the rejection are not in process
    text = with_silence(CLEAN, "10d")
    text = edit(
        text,
        "{from: video, to: apply, event: clicked apply}",
        "{from: video, to: apply, event: clicked apply, delay: 8w}",
    )
    text = edit(
        text,
        "  - {from: ack, to: hire, event: selected}\n",
        "  - {from: ack, to: hire, event: selected}\n"
        "  - {from: reject, to: video, event: new vacancy, delay: 26w}\n",
    )
    assert report(check_text(tmp_path, text)) == []


def test_jp512_follows_loops_and_branches_without_enumerating_paths(tmp_path):
    # apply -> ack -> check <-> wait -> ... -> hire: the loop's 3w wait is in process
    text = with_silence(CLEAN, "2w")
    text = edit(
        text,
        "  - {id: hire,",
        "  - {id: check, name: Check, stage: apply, channel: whatsapp}\n"
        "  - {id: wait, name: Waiting list, stage: apply, channel: whatsapp}\n"
        "  - {id: hire,",
    )
    text = edit(
        text,
        "  - {from: ack, to: hire, event: selected}\n",
        "  - {from: ack, to: check, event: shortlisted}\n"
        "  - {from: check, to: wait, event: no slot yet}\n"
        "  - {from: wait, to: check, event: slot free, delay: 3w}\n"
        "  - {from: check, to: hire, event: selected}\n",
    )
    result = check_text(tmp_path, text)
    assert [(f.code, f.args["source"], f.args["target"]) for f in result.findings] == [
        ("JP512", "wait", "check")
    ]


def test_jp512_is_off_without_max_silence(tmp_path):
    text = edit(CLEAN, "response_time: 2d}", "response_time: 9w}")
    text = edit(
        text,
        "{from: ack, to: hire, event: selected}",
        "{from: ack, to: hire, event: selected, delay: 8w}",
    )
    assert report(check_text(tmp_path, text)) == []


# --------------------------------------------------------------------------- JP513
def scored(text, **scores):
    for tid, score in scores.items():
        needle = f"  - {{id: {tid}, "
        line = next(ln for ln in text.splitlines() if ln.startswith(needle))
        text = edit(text, line, line[:-1] + f", experience: {score}}}")
    return text


def test_jp513_a_rejection_at_the_journeys_low_point_with_nothing_after(tmp_path):
    text = scored(CLEAN, video=2, apply=0, ack=1, reject=-2, hire=2)
    result = check_text(tmp_path, text)
    needle = "{id: reject,"
    assert report(result) == [
        ("JP513", 5, "warning", line_of(text, needle), column_of(text, needle, "-2}"))
    ]
    assert text_of(result, "JP513") == [
        "rejection 'reject' is the lowest point of sam's journey (experience -2; the journey "
        "reaches +2) and no trigger leads on: the candidate leaves at the worst moment"
    ]
    assert result.checklist[0][1][5] == "warn"


def test_jp513_a_trigger_after_the_rejection_or_a_lower_point_elsewhere(tmp_path):
    low_elsewhere = scored(CLEAN, video=2, apply=-2, reject=-1)
    assert report(check_text(tmp_path, low_elsewhere)) == []
    leads_on = edit(
        scored(CLEAN, video=2, reject=-2),
        "  - {from: ack, to: hire, event: selected}\n",
        "  - {from: ack, to: hire, event: selected}\n"
        "  - {from: reject, to: video, event: invited to a training day, delay: 1w}\n",
    )
    assert report(check_text(tmp_path, leads_on)) == []


def test_jp513_needs_a_curve(tmp_path):
    # one score, or a flat curve, has no low point
    assert report(check_text(tmp_path, scored(CLEAN, reject=-2))) == []
    assert report(check_text(tmp_path, scored(CLEAN, video=0, reject=0))) == []


def test_experience_is_minus_two_to_plus_two(tmp_path):
    result = check_text(tmp_path, scored(CLEAN, reject=-3))
    assert [f.code for f in result.findings] == ["JP009"]
