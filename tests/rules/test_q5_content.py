"""Question 5, personalised content (JP514, JP515) and winners scoped to target groups
(JP506 with ``winners[].target_groups``)."""

from __future__ import annotations

from journeyplan.rules.q5_content import placeholders
from tests.common import CLEAN, check_text, edit, line_of, report, text_of


def with_fields(text, fields="[first_name, city]"):
    return edit(text, "  name: Clean plan\n", f"  name: Clean plan\n  fields: {fields}\n")


def with_message(text, tid, message):
    line = next(ln for ln in text.splitlines() if ln.startswith(f"  - {{id: {tid}, "))
    return edit(text, line, line[:-1] + f', message: "{message}"}}')


#: CLEAN with a second target group and its persona, Noor, who shares every touchpoint.
TWO_GROUPS = edit(
    edit(
        CLEAN,
        "personas:\n",
        "  - {id: switchers, name: Career switchers, description: Retraining into the trade}\n"
        "personas:\n",
    ),
    "channels:\n  - {id: insta",
    "  - {id: noor, name: Noor, target_group: switchers, motivations: [learning], "
    "channels: [insta, whatsapp]}\nchannels:\n  - {id: insta",
)


def test_placeholders_are_names_in_single_braces():
    assert placeholders("Hi {first_name}, {city}! {first_name}") == ["first_name", "city"]
    assert placeholders("{{literal}} { spaced } {2x} {ok_2}") == ["ok_2"]


def test_jp514_a_typo_in_a_placeholder(tmp_path):
    text = with_message(with_fields(CLEAN), "ack", "Thanks {frist_name}, we call you in {city}")
    result = check_text(tmp_path, text)
    line = line_of(text, "{id: ack,")
    column = text.splitlines()[line - 1].index("{frist_name}") + 1  # the placeholder itself
    assert report(result) == [("JP514", 5, "error", line, column)]
    assert text_of(result, "JP514") == [
        "placeholder '{frist_name}' in the message of 'ack' is not a declared field "
        "(plan.fields: first_name, city) (did you mean 'first_name'?)"
    ]
    assert text_of(result, "JP514", "nl") == [
        "invulveld '{frist_name}' in de tekst van 'ack' is geen gedeclareerd veld "
        "(plan.fields: first_name, city) (bedoel je 'first_name'?)"
    ]
    assert result.findings[0].persona == "sam"


def test_jp514_declared_fields_pass_and_no_fields_means_no_check(tmp_path):
    ok = with_message(with_fields(CLEAN), "ack", "Thanks {first_name}, see you in {city}")
    assert report(check_text(tmp_path, ok)) == []
    unchecked = with_message(CLEAN, "ack", "Thanks {frist_name}")
    assert report(check_text(tmp_path, unchecked)) == []


def test_jp515_one_text_for_two_target_groups(tmp_path):
    text = with_message(with_fields(TWO_GROUPS), "video", "See how we work")
    result = check_text(tmp_path, text)
    line = line_of(text, "{id: video,")
    column = text.splitlines()[line - 1].index('"See') + 1
    assert report(result) == [("JP515", 5, "info", line, column)]
    assert text_of(result, "JP515") == [
        "the message of 'video' reaches personas of 2 target groups (techs, switchers) "
        "without any placeholder: one text for 2 target groups"
    ]
    assert {q: v for q, v in result.checklist[0][1].items()} == {q: "pass" for q in range(1, 6)}


def test_jp515_the_same_text_on_two_touchpoints(tmp_path):
    text = edit(
        with_fields(TWO_GROUPS),
        "  - {id: video, name: Video, stage: find, channel: insta, entry: true, "
        "brand: [academy, honest]}\n",
        "  - {id: video, name: Video, stage: find, channel: insta, entry: true, "
        'brand: [academy, honest], personas: [sam], message: "See  how we work"}\n'
        "  - {id: video2, name: Video, stage: find, channel: insta, entry: true, "
        'brand: [academy, honest], personas: [noor], message: "See how we work"}\n',
    )
    text = edit(
        text,
        "  - {from: video, to: apply, event: clicked apply}\n",
        "  - {from: video, to: apply, event: clicked apply}\n"
        "  - {from: video2, to: apply, event: clicked apply}\n",
    )
    result = check_text(tmp_path, text)
    assert [(f.code, f.subject) for f in result.findings] == [("JP515", "video")]


def test_jp515_personalised_or_one_group_or_no_fields(tmp_path):
    personal = with_message(with_fields(TWO_GROUPS), "video", "{first_name}, see how we work")
    assert report(check_text(tmp_path, personal)) == []
    one_group = with_message(with_fields(CLEAN), "video", "See how we work")
    assert report(check_text(tmp_path, one_group)) == []
    no_fields = with_message(TWO_GROUPS, "video", "See how we work")
    assert report(check_text(tmp_path, no_fields)) == []


# --------------------------------------------------------------------------- JP506 scoped
def test_jp506_a_winner_scoped_to_a_target_group_is_asked_of_its_personas_only(tmp_path):
    text = edit(
        TWO_GROUPS,
        "    - {id: academy, text: Own academy}\n",
        "    - {id: academy, text: Own academy}\n"
        "    - {id: paid-training, text: Paid retraining, target_groups: [switchers]}\n",
    )
    result = check_text(tmp_path, text)
    # nobody carries it: Noor (switchers) is told, Sam (techs) is not asked
    assert [(f.code, f.persona, f.subject) for f in result.findings] == [
        ("JP506", "noor", "paid-training")
    ]
    unscoped = edit(text, ", target_groups: [switchers]}", "}")
    assert sorted(f.persona for f in check_text(tmp_path, unscoped).findings) == ["noor", "sam"]
