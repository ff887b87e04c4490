"""Values as people write them (issue 16, item 5): a YAML 1.1 boolean gets one finding that
names the boolean it stands for, and a field written with a value that is not valid gives
that one finding, not also rule findings that only say the field is missing or false."""

from __future__ import annotations

import pytest

from tests.common import CLEAN, edit, line_of
from tests.hostile.common import check, check_text, write

#: CLEAN with three personas, who share every touchpoint (the rejection too).
THREE = edit(
    CLEAN,
    "channels:\n  - {id: insta",
    "  - {id: lisa, name: Lisa, target_group: techs, motivations: [pay], "
    "channels: [insta, whatsapp]}\n"
    "  - {id: ruud, name: Ruud, target_group: techs, motivations: [team], "
    "channels: [insta, whatsapp]}\n"
    "channels:\n  - {id: insta",
)
FEEDBACK = "kind: rejection, feedback: true}"


def test_the_three_persona_plan_is_clean(tmp_path):
    run = check(write(tmp_path, "plan.yaml", THREE))
    assert (run.exit_code, run.findings) == (0, [])


@pytest.mark.parametrize(
    "word, meant",
    [(w, "true") for w in ("yes", "Yes", "YES", "yEs", "on", "On", "ON", "y", "Y")]
    + [(w, "false") for w in ("no", "No", "NO", "off", "Off", "OFF", "n", "N")],
)
def test_a_yaml_1_1_boolean_is_one_finding_naming_the_boolean(tmp_path, word, meant):
    text = edit(THREE, FEEDBACK, f"kind: rejection, feedback: {word}}}")
    run = check(write(tmp_path, "plan.yaml", text))
    line = line_of(text, f"feedback: {word}")
    column = text.splitlines()[line - 1].index(f"feedback: {word}") + len("feedback: ") + 1
    # one finding: no JP508 ('no rejection with feedback') for each of the three personas
    assert run.exit_code == 1
    assert run.findings == [
        (
            "JP004",
            "plan.yaml",
            line,
            column,
            f"wrong type: expected true or false, got '{word}', which is text in YAML 1.2 (the "
            f"YAML of plans; yes, no, on and off were booleans in YAML 1.1); write {meant}",
        )
    ]


def test_feedback_yes_in_text_and_in_dutch(tmp_path):
    text = edit(THREE, FEEDBACK, "kind: rejection, feedback: yes}")
    path = write(tmp_path, "plan.yaml", text)
    line = line_of(text, "feedback: yes")
    english = check_text(path)
    assert english.exit_code == 1
    assert (
        f"plan.yaml:{line}:95  JP004  error  wrong type: expected true or false, got 'yes', "
        "which is text in YAML 1.2 (the YAML of plans; yes, no, on and off were booleans in "
        "YAML 1.1); write true\n"
    ) in english.stdout
    assert "JP508" not in english.stdout
    assert "1 error, 0 warnings, 0 info" in english.stdout
    dutch = check_text(path, "--lang", "nl")
    assert dutch.exit_code == 1
    assert (
        f"plan.yaml:{line}:95  JP004  fout  verkeerd type: true of false verwacht, 'yes' "
        "gevonden; in YAML 1.2, de YAML van plannen, is dat gewone tekst (alleen YAML 1.1 las "
        "yes, no, on en off als ja of nee): schrijf true\n"
    ) in dutch.stdout
    assert "JP508" not in dutch.stdout


@pytest.mark.parametrize("word, meant", [('"true"', "true"), ("'False'", "false")])
def test_a_quoted_boolean_says_to_drop_the_quotes(tmp_path, word, meant):
    text = edit(CLEAN, "entry: true", f"entry: {word}")
    path = write(tmp_path, "plan.yaml", text)
    line = line_of(text, f"entry: {word}")
    run = check(path)
    assert run.exit_code == 1
    assert run.findings == [
        (
            "JP004",
            "plan.yaml",
            line,
            66,
            f"wrong type: expected true or false, got the text '{word[1:-1]}' in quotes; "
            f"write {meant} without quotes",
        )
    ]
    dutch = check(path, "--lang", "nl").findings
    assert dutch[0][4] == (
        f"verkeerd type: true of false verwacht, de tekst '{word[1:-1]}' tussen "
        f"aanhalingstekens gevonden; schrijf {meant} zonder aanhalingstekens"
    )


def test_other_text_where_a_boolean_belongs_keeps_the_plain_message(tmp_path):
    text = edit(CLEAN, "entry: true", "entry: maybe")
    run = check(write(tmp_path, "plan.yaml", text))
    assert [f[0] for f in run.findings] == ["JP004"]
    assert run.findings[0][4] == "wrong type: expected true or false, got text"


# --------------------------------------------------------------- one slip, one finding
@pytest.mark.parametrize(
    "old, new, code, silenced",
    [
        # a rejection whose feedback is not a boolean: not also 'gives no feedback' (JP508)
        (FEEDBACK, "kind: rejection, feedback: sure}", "JP004", "JP508"),
        # a touchpoint kind with a typo: not also JP508 (no rejection) or JP404 (dead end)
        (FEEDBACK, "kind: rejected, feedback: true}", "JP009", "JP508 JP404"),
        # a conversion written as text: the hire is not also a dead end (JP404)
        ("conversion: {goal: hire}", "conversion: hire", "JP004", "JP404"),
        # a channel's response time that is not a duration: not also 'declares none' (JP510)
        ("response_time: 2h}", "response_time: asap}", "JP008", "JP510"),
        # the acknowledgement's promise not a duration: not also 'not acknowledged' (JP507)
        ("response_time: 2d}", "response_time: soon}", "JP008", "JP507"),
        # motivations as text: not also 'no motivations' (JP203)
        ("motivations: [craft]", "motivations: craft", "JP004", "JP203"),
        # preferred channels as a mapping: not also 'no preferred channels' (JP204)
        ("channels: [insta, whatsapp]", "channels: {insta: 1}", "JP004", "JP204 JP405"),
        # an event that is a list: not also 'no event' (JP402)
        ("event: clicked apply", "event: [clicked, apply]", "JP004", "JP402"),
        # a description that is a list: not also 'no description' (JP102)
        ("description: Vocational technicians", "description: [a, b]", "JP004", "JP102"),
        # the brand's proposition as a list: not also 'no proposition' (JP501)
        ("proposition: People work in technology", "proposition: [a]", "JP004", "JP501"),
        # the target group named as a list: not also 'names no target group' (JP202)
        ("target_group: techs", "target_group: [techs]", "JP004", "JP202 JP103"),
    ],
)
def test_a_field_with_an_invalid_value_is_one_finding(tmp_path, old, new, code, silenced):
    text = edit(CLEAN, old, new)
    run = check(write(tmp_path, "plan.yaml", text))
    line = line_of(text, new)
    assert run.exit_code == 1
    assert [(f[0], f[2]) for f in run.findings] == [(code, line)]
    for quiet in silenced.split():
        assert quiet not in run.codes()


def test_a_journey_whose_only_conversions_are_text_is_not_also_without_conversion(tmp_path):
    text = edit(CLEAN, "conversion: {goal: application}", "conversion: application")
    text = edit(text, "conversion: {goal: hire}", "conversion: hire")
    run = check(write(tmp_path, "plan.yaml", text))
    assert [f[0] for f in run.findings] == ["JP004", "JP004"]  # no JP302, JP303, JP404


def test_an_entry_that_is_not_a_boolean_does_not_also_leave_the_journey_without_entry(tmp_path):
    # the entry also has an incoming trigger: without `entry: true` the journey has no entry
    text = edit(CLEAN, "entry: true", "entry: yes")
    text = edit(
        text,
        "  - {from: ack, to: hire",
        "  - {from: reject, to: video, event: x}\n  - {from: ack, to: hire",
    )
    run = check(write(tmp_path, "plan.yaml", text))
    assert [f[0] for f in run.findings] == ["JP004"]  # no JP406 or JP303
    fixed = check(write(tmp_path, "plan.yaml", edit(text, "entry: yes", "entry: false")))
    assert {"JP406", "JP303"} <= fixed.codes()  # what the rules say of a journey without entry


def test_the_consequences_come_back_when_the_value_is_valid_but_false(tmp_path):
    text = edit(THREE, FEEDBACK, "kind: rejection, feedback: false}")
    run = check(write(tmp_path, "plan.yaml", text))
    assert [f[0] for f in run.findings] == ["JP508", "JP508", "JP508"]


# --------------------------------------------------------------- rates (plan format 1.1)
#: CLEAN with forecast data: reach at the entry, a rate on every trigger, a target rate.
RATED = (
    edit(
        edit(
            CLEAN,
            "  - {id: apply, name: Apply, stage: apply, channel: whatsapp, conversion: "
            "{goal: application}, brand: [fair-pay]}",
            "  - id: apply\n    name: Apply\n    stage: apply\n    channel: whatsapp\n"
            "    brand: [fair-pay]\n    conversion:\n      goal: application\n"
            "      target_rate: 0.2",
        ),
        "entry: true,",
        "entry: true, reach: 40000,",
    )
    .replace("event: clicked apply}", "event: taps, rate: 0.25}")
    .replace("event: submitted}", "event: submitted, rate: 1}")
    .replace("event: not selected}", "event: not selected, rate: 0.8}")
    .replace("event: selected}", "event: selected, rate: 0.2}")
)


def test_the_rated_plan_is_clean(tmp_path):
    run = check(write(tmp_path, "plan.yaml", RATED))
    assert (run.exit_code, run.findings) == (0, [])


def _rate_findings(tmp_path, old: str, new: str, *args: str):
    text = edit(RATED, old, new)
    return text, check(write(tmp_path, "plan.yaml", text), *args)


@pytest.mark.parametrize("written", ["15%", '"15%"', "15 %", "'15%'"])
def test_a_percentage_is_a_rate(tmp_path, written):
    from typer.testing import CliRunner

    from journeyplan.cli import app

    text = edit(RATED, "target_rate: 0.2", f"target_rate: {written}")
    path = write(tmp_path, "plan.yaml", text)
    assert not [f for f in check(path).findings if f[0] in ("JP004", "JP009")]
    out = CliRunner().invoke(app, ["forecast", str(path), "--format", "json"])
    assert '"target_rate": 0.15,' in out.stdout, out.output


def test_a_plain_number_above_one_says_what_it_probably_meant(tmp_path):
    text, run = _rate_findings(tmp_path, "target_rate: 0.2", "target_rate: 50")
    line = line_of(text, "target_rate: 50")
    assert run.exit_code == 1
    assert run.findings == [
        (
            "JP009",
            "plan.yaml",
            line,
            20,
            "'50' is not a rate: a rate is 0..1 or a percentage; did you mean 0.5 (50%)?",
        )
    ]
    dutch = check(tmp_path / "plan.yaml", "--lang", "nl")
    assert dutch.findings[0][4] == (
        "'50' is geen geldig aandeel: schrijf een getal van 0 tot 1 of een percentage; bedoel "
        "je 0.5 (50%)?"
    )


def test_a_decimal_comma_says_to_write_a_point(tmp_path):
    text, run = _rate_findings(tmp_path, "target_rate: 0.2", "target_rate: 0,2")
    assert run.findings == [
        (
            "JP009",
            "plan.yaml",
            line_of(text, "target_rate: 0,2"),
            20,
            "'0,2' has a decimal comma; numbers in YAML take a decimal point: did you mean 0.2?",
        )
    ]
    text, run = _rate_findings(tmp_path, "target_rate: 0.2", "target_rate: 15,5%", "--lang", "nl")
    assert [f[4] for f in run.findings] == [
        "'15,5%' heeft een decimale komma, maar getallen in YAML krijgen een punt: bedoel je 15.5%?"
    ]


def test_a_trigger_rate_that_is_not_valid_is_not_also_a_missing_rate(tmp_path):
    # JP416 ('trigger has no rate; the forecast needs it') would only repeat the JP009
    text, run = _rate_findings(tmp_path, "event: taps, rate: 0.25", "event: taps, rate: 25")
    assert [(f[0], f[2], f[4]) for f in run.findings] == [
        (
            "JP009",
            line_of(text, "rate: 25"),
            "'25' is not a rate: a rate is 0..1 or a percentage; did you mean 0.25 (25%)?",
        )
    ]
    text, run = _rate_findings(tmp_path, "event: taps, rate: 0.25", "event: taps")
    assert "JP416" in run.codes()  # a rate really missing is still said


def test_a_reach_that_is_not_a_number_is_not_also_a_missing_reach(tmp_path):
    text, run = _rate_findings(tmp_path, "reach: 40000", "reach: lots")
    assert [f[0] for f in run.findings] == ["JP004"]  # not also JP315 (no reach)
    text, run = _rate_findings(tmp_path, "reach: 40000", "reach: {sam: lots}")
    assert [f[0] for f in run.findings] == ["JP004"]  # a mapping whose number is not valid
