"""JP008 says what is wrong with a duration as people write it: a decimal comma (Dutch
``1,5h``), a number too large, or not the format at all; English and Dutch, located."""

from __future__ import annotations

import pytest

from tests.hostile.common import check, write

PLAN = "channels:\n  - id: mail\n    name: E-mail\n    response_time: {value}\n"


@pytest.mark.parametrize(
    ("value", "english", "dutch"),
    [
        (
            "1,5h",
            "'1,5h' has a decimal comma; a duration takes a decimal point: write 1.5h or 90m",
            "'1,5h' heeft een decimale komma, maar een tijdsduur krijgt een punt: schrijf "
            "1.5h of 90m",
        ),
        (
            "0,5 d",
            "'0,5 d' has a decimal comma; a duration takes a decimal point: write 0.5d or 12h",
            "schrijf 0.5d of 12h",
        ),
        (
            "1,3m",
            "'1,3m' has a decimal comma; a duration takes a decimal point: write 1.3m",
            "'1,3m' heeft een decimale komma, maar een tijdsduur krijgt een punt: schrijf 1.3m",
        ),
        (
            "1,5",
            "'1,5' has a decimal comma and no unit: a duration takes a decimal point and one of "
            "the units m, h, d, w, such as 1.5h or 1.5d",
            "'1,5' heeft een decimale komma en geen eenheid: een tijdsduur krijgt een punt en "
            "een van de eenheden m, h, d of w, zoals 1.5h of 1.5d",
        ),
        (
            "99999999999999999999w",
            "'99999999999999999999w' is too large for a duration: its number has at most 9 "
            "digits (52w is a year)",
            "'99999999999999999999w' is te groot voor een tijdsduur: het getal heeft hoogstens "
            "9 cijfers (52w is een jaar)",
        ),
        (
            "P12345678D",
            "'P12345678D' is too large for a duration: its number has at most 6 digits",
            "het getal heeft hoogstens 6 cijfers",
        ),
        (
            "asap",
            "'asap' is not a duration: write <number><unit>",
            "'asap' is geen tijdsduur: schrijf <getal><eenheid>",
        ),
    ],
)
def test_a_duration_as_people_write_it_gets_the_hint_that_fits(tmp_path, value, english, dutch):
    path = write(tmp_path, "channels.yaml", PLAN.format(value=value))
    for lang, words in (("en", english), ("nl", dutch)):
        run = check(path, "--lang", lang)
        assert run.exit_code == 1
        _, file, line, column, message = run.only("JP008")
        assert (file, line, column) == ("channels.yaml", 4, 20)
        assert words in message
        if value != "asap":
            assert "<number><unit>" not in message and "<getal><eenheid>" not in message
