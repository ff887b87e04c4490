"""JP514 points at the undeclared placeholder itself, in every YAML style a message can
be written in (plain, quoted, over several lines, ``|`` literal, ``>`` folded), and at the
message's start only where the source does not show the placeholder as the text reads it
(an escape in a double-quoted text)."""

from __future__ import annotations

import pytest

from tests.common import CLEAN, check_text, edit, report

FIELDS = edit(CLEAN, "  name: Clean plan\n", "  name: Clean plan\n  fields: [first_name, city]\n")
ACK = "  - {id: ack, name: Ack, stage: apply, channel: whatsapp, response_time: 2d}\n"
BLOCK = (
    "  - id: ack\n    name: Ack\n    stage: apply\n    channel: whatsapp\n    response_time: 2d\n"
)


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """1-based (line, column) of the NTH occurrence of NEEDLE in TEXT."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    line = text.count("\n", 0, i) + 1
    return line, i - (text.rfind("\n", 0, i) + 1) + 1


@pytest.mark.parametrize(
    "message",
    [
        "    message: Thanks {first_name}, we call you in {frist}\n",
        "    message: 'It''s {first_name}: we call you in {frist}'\n",
        '    message: "Say \\"hi\\" \\u00e9 {first_name}: in {frist}"\n',
        "    message: Thanks {first_name},\n      we call you\n      in {frist} soon\n",
        '    message: "Thanks {first_name},\n      we call you in\n      {frist}"\n',
        "    message: |\n      Thanks {first_name},\n      we call you in {frist}.\n",
        "    message: >-\n      Thanks {first_name},\n\n      we call you in {frist}.\n",
    ],
    ids=[
        "plain",
        "single-quoted",
        "double-quoted",
        "plain-lines",
        "quoted-lines",
        "literal",
        "folded",
    ],
)
def test_jp514_points_at_the_placeholder(tmp_path, message):
    text = edit(FIELDS, ACK, BLOCK + message)
    result = check_text(tmp_path, text)
    assert report(result) == [("JP514", 5, "error", *at(text, "{frist}"))]


def test_the_first_occurrence_of_each_undeclared_placeholder(tmp_path):
    message = "    message: '{frist} {first_name} {frist} {cty}'\n"
    text = edit(FIELDS, ACK, BLOCK + message)
    result = check_text(tmp_path, text)
    assert [f[3:] for f in report(result)] == [at(text, "{frist}"), at(text, "{cty}")]


def test_an_escaped_brace_leaves_the_message_start(tmp_path):
    # the text reads '{frist}', the source shows '\x7bfrist}': no column of it is exact
    text = edit(FIELDS, ACK, BLOCK + '    message: "Hi \\x7bfrist}"\n')
    result = check_text(tmp_path, text)
    assert report(result) == [("JP514", 5, "error", *at(text, '"Hi'))]


def test_a_message_given_through_an_alias_points_into_the_anchor(tmp_path):
    text = "x-text: &m 'Hi {frist}'\n" + edit(FIELDS, ACK, BLOCK + "    message: *m\n")
    result = check_text(tmp_path, text)
    assert [f for f in report(result) if f[0] == "JP514"] == [
        ("JP514", 5, "error", *at(text, "{frist}"))
    ]
