"""An unclosed '[' or '{' is reported where it opens, wherever the parser notices it (issue 16,
item 7); the message keeps the parser's words and says where it noticed the problem."""

from __future__ import annotations

import pytest

from tests.hostile.common import check, check_text, write

BAKERY = """\
plan:
  name: Bakery
personas:
  - id: femke
    name: Femke, baker
    channels: [facebook, instagram,
      whatsapp
  - id: ruud
    name: Ruud
"""


def test_an_unclosed_bracket_in_the_middle_of_a_file_is_reported_where_it_opens(tmp_path):
    path = write(tmp_path, "plan.yaml", BAKERY)
    english = check_text(path)
    assert english.exit_code == 1
    assert (
        "plan.yaml:6:15  JP001  error  YAML syntax error: the '[' here is never closed (the "
        "parser noticed it at line 8, column 7): put ']' after its last item\n"
    ) in english.stdout
    dutch = check_text(path, "--lang", "nl")
    assert dutch.exit_code == 1
    assert (
        "plan.yaml:6:15  JP001  fout  YAML-syntaxfout: de '[' hier wordt nergens gesloten (de "
        "parser merkte dat pas op regel 8, kolom 7): zet ']' achter het laatste item\n"
    ) in dutch.stdout
    assert [f[:4] for f in check(path).findings] == [("JP001", "plan.yaml", 6, 15)]


@pytest.mark.parametrize(
    "text, line, column, noticed",
    [
        # the file ends inside the list
        ("personas:\n  - id: sam\n    channels: [insta, whatsapp\n", 3, 15, None),
        # a flow mapping, noticed at the next item
        ("channels:\n  - {id: insta, name: Instagram\n  - {id: b}\n", 2, 5, (3, 5)),
        # the inner mapping is closed by the list's ']'
        ("personas: [a, {id: b]\n", 1, 15, (1, 21)),
        # brackets in quotes and comments do not close it
        ("personas: [a, ']', \"]\", b # ]\n  , c\nchannels: []\n", 1, 11, (3, 9)),
        # a closed list elsewhere in the file does not close it either
        ("personas: [a, b\nchannels: [c]\ntouchpoints: []\n", 1, 11, (2, 9)),
    ],
)
def test_unclosed_brackets(tmp_path, text, line, column, noticed):
    run = check(write(tmp_path, "plan.yaml", text))
    assert run.exit_code == 1
    _, file, got_line, got_column, message = run.only("JP001")
    assert (file, got_line, got_column) == ("plan.yaml", line, column)
    bracket = text.splitlines()[line - 1][column - 1]
    closer = {"[": "]", "{": "}"}[bracket]
    if noticed is None:
        assert message.endswith(
            f"YAML syntax error: the '{bracket}' here is never closed (the file ends first): put '{closer}' "
            "after its last item"
        )
    else:
        assert message.endswith(
            f"YAML syntax error: the '{bracket}' here is never closed (the parser noticed it at line "
            f"{noticed[0]}, column {noticed[1]}): put '{closer}' after its last item"
        )


def test_a_closed_list_with_a_missing_comma_is_reported_where_the_parser_stops(tmp_path):
    run = check(write(tmp_path, "plan.yaml", 'personas: [a, "b" c]\n'))
    _, _, line, column, message = run.only("JP001")
    assert (line, column) == (1, 19)
    assert message == "YAML syntax error: a ',' or the closing ']' is missing"
