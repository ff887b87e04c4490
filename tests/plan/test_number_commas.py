"""A comma where YAML wants a decimal point (or no separator at all) gets the hint that
fits on every number field, not only on rates: counts (size, hires_needed), scores
(experience), money (budget) and reach. One located JP009, never "wrong type: got text";
English and Dutch."""

from __future__ import annotations

import pytest

from tests.common import CLEAN, check_text, edit, line_of, problems, text_of

GROUP = "    description: Vocational technicians\n"
ACK = "response_time: 2d}"
INSTA = "{id: insta, name: Instagram, type: social}"
VIDEO = "entry: true, brand: [academy, honest]}"


@pytest.mark.parametrize(
    ("old", "new", "written", "english", "dutch"),
    [
        (
            GROUP,
            GROUP + "    size: 12,000\n",
            "12,000",
            "'12,000' has a thousands separator; numbers in YAML have none: did you mean 12000?",
            "'12,000' heeft een scheidingsteken voor duizendtallen, maar getallen in YAML "
            "hebben er geen: bedoel je 12000?",
        ),
        (
            GROUP,
            GROUP + "    hires_needed: 2,5\n",
            "2,5",
            "'2,5' has a decimal comma, but a whole number belongs here: did you mean 2 or 3?",
            "'2,5' heeft een decimale komma, maar hier hoort een geheel getal: bedoel je 2 of 3?",
        ),
        (
            ACK,
            "response_time: 2d, experience: '-1,5'}",
            "'-1,5'",
            "'-1,5' has a decimal comma, but a whole number belongs here: did you mean -2 or -1?",
            "bedoel je -2 of -1?",
        ),
        (
            ACK,
            "response_time: 2d, experience: '2,5'}",  # 3 is out of -2..+2: only 2 is offered
            "'2,5'",
            "'2,5' has a decimal comma, but a whole number belongs here: did you mean 2?",
            "maar hier hoort een geheel getal: bedoel je 2?",
        ),
        (
            INSTA,
            "{id: insta, name: Instagram, type: social, budget: '1500,50'}",
            "'1500,50'",
            "'1500,50' has a decimal comma; numbers in YAML take a decimal point: did you mean "
            "1500.50?",
            "'1500,50' heeft een decimale komma, maar getallen in YAML krijgen een punt: bedoel "
            "je 1500.50?",
        ),
        (
            INSTA,
            "{id: insta, name: Instagram, type: social, budget: '1,500'}",
            "'1,500'",
            "'1,500' has a comma; numbers in YAML take a decimal point and no thousands "
            "separator: did you mean 1.5 or 1500?",
            "bedoel je 1.5 of 1500?",
        ),
        (
            VIDEO,
            "entry: true, brand: [academy, honest], reach: '10000,5'}",
            "'10000,5'",
            "'10000,5' has a decimal comma; numbers in YAML take a decimal point: did you mean "
            "10000.5?",
            "bedoel je 10000.5?",
        ),
        (
            VIDEO,
            "entry: true, brand: [academy, honest], reach: {sam: '0,5'}}",
            "'0,5'",
            "'0,5' has a decimal comma; numbers in YAML take a decimal point: did you mean 0.5?",
            "bedoel je 0.5?",
        ),
    ],
)
def test_a_number_written_with_a_comma_gets_a_hint(tmp_path, old, new, written, english, dutch):
    text = edit(CLEAN, old, new)
    result = check_text(tmp_path, text)
    line = line_of(text, written)
    column = text.splitlines()[line - 1].index(written) + 1
    assert ("JP009", line, column) in problems(result)
    assert "JP004" not in {code for code, _, _ in problems(result)}  # not "got text"
    assert english in text_of(result, "JP009")
    assert any(dutch in message for message in text_of(result, "JP009", "nl"))


def test_a_comma_that_fits_no_reading_says_the_range_and_text_stays_wrong_type(tmp_path):
    text = edit(CLEAN, ACK, "response_time: 2d, experience: '5,5'}")
    assert text_of(check_text(tmp_path, text), "JP009") == [
        "'5,5' is out of range; allowed: -2 .. 2"
    ]
    text = edit(CLEAN, GROUP, GROUP + "    size: lots\n")
    assert text_of(check_text(tmp_path, text), "JP004") == [
        "wrong type: expected a whole number, got text"
    ]
