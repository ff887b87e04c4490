"""What a YAML syntax error says: a reader's sentence in English and Dutch (never libyaml's
raw words, which ``--debug`` shows under the finding), and the hint that fits the mistake."""

from __future__ import annotations

import pytest

from tests.hostile.common import check, check_text, write

OVER_INDENTED = "plan:\n  name: x\n   language: en\n"


@pytest.mark.parametrize(
    ("text", "where", "english", "dutch"),
    [
        # a key indented unlike its sibling: the fix is the indentation, not quotes
        (
            OVER_INDENTED,
            (3, 12),
            "YAML syntax error: this key starts in column 4, the key above it (line 2) in "
            "column 3: the keys of one mapping start in the same column",
            "YAML-syntaxfout: deze sleutel begint in kolom 4, de sleutel erboven (regel 2) in "
            "kolom 3: de sleutels van één mapping beginnen in dezelfde kolom",
        ),
        # ... also under a list item's '- '
        (
            "personas:\n  - id: a\n     name: b\n",
            (3, 10),
            "this key starts in column 6, the key above it (line 2) in column 5",
            "deze sleutel begint in kolom 6, de sleutel erboven (regel 2) in kolom 5",
        ),
        # a second ': ' in one line: the fix is quotes
        (
            "plan:\n  name: Contract: e-bike\n",
            (2, 17),
            "YAML syntax error: a key with a value is not allowed here; a ': ' inside text "
            "starts a new key: put text that holds ': ' in quotes",
            "YAML-syntaxfout: hier mag geen sleutel met een waarde staan;",
        ),
        (
            'plan:\n  name: "Technical talent\n',
            (2, 9),
            "YAML syntax error: the file ends before the quotation mark is closed",
            "YAML-syntaxfout: het bestand houdt op voordat het aanhalingsteken is gesloten",
        ),
        (
            "plan:\n  name: x\n language: en\n",
            (3, 2),
            "YAML syntax error: a key belongs here (is the indentation right?)",
            "YAML-syntaxfout: hier hoort een sleutel te staan (klopt de inspringing?)",
        ),
    ],
)
def test_syntax_error_says_what_to_fix(tmp_path, text, where, english, dutch):
    path = write(tmp_path, "plan.yaml", text)
    for lang, words in (("en", english), ("nl", dutch)):
        run = check(path, "--lang", lang)
        assert run.exit_code == 1
        _, file, line, column, message = run.only("JP001")
        assert (file, line, column) == ("plan.yaml", *where)
        assert words in message
        for raw in ("while ", "scalar", "found unexpected", "did not find", "not allowed in this"):
            assert raw not in message


def test_debug_shows_the_parsers_own_words_under_the_finding(tmp_path):
    path = write(tmp_path, "plan.yaml", OVER_INDENTED)
    plain = check_text(path)
    assert "mapping values are not allowed in this context" not in plain.stdout
    debug = check_text(path, "--debug")
    assert debug.exit_code == 1
    lines = debug.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("plan.yaml:3:12  JP001"))
    assert (
        lines[at + 1] == "    the YAML parser said: mapping values are not allowed in this context"
    )
    dutch = check_text(path, "--debug", "--lang", "nl")
    assert "    de YAML-parser meldde: mapping values are not allowed in this context" in (
        dutch.stdout.splitlines()
    )
