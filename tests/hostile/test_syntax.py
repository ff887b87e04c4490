"""Malformed YAML: every syntax error is one JP001 (exit 1) at the place to fix it."""

from __future__ import annotations

import pytest

from tests.hostile.common import check, check_text, write


@pytest.mark.parametrize(
    "text, line, column, words",
    [
        # an unclosed quote is reported where it opens, not at the end of the file
        ('plan:\n  name: "Technical talent\n  organisation: X\n', 2, 9, "quotation mark"),
        ("plan:\n  name: 'Technical talent\n", 2, 9, "quotation mark"),
        # an unclosed bracket: where it opens
        ("personas:\n  - id: sam\n    channels: [insta, whatsapp\n", 3, 15, "']'"),
        ("channels:\n  - {id: insta, name: Instagram\n", 2, 5, "'}'"),
        # bad indentation
        ("plan:\n  name: x\n   organisation: y\n", 3, 16, "starts in column 4"),
        ("personas:\n  - id: a\n    name: b\n   channels: []\n", 4, 4, "indentation"),
        # two documents in one file
        ("plan:\n  name: a\n---\nplan:\n  name: b\n", 3, 1, "single document"),
    ],
)
def test_malformed_yaml_is_one_located_jp001(tmp_path, text, line, column, words):
    run = check(write(tmp_path, "plan.yaml", text))
    assert run.exit_code == 1
    code, file, got_line, got_column, message = run.only("JP001")
    assert (file, got_line, got_column) == ("plan.yaml", line, column)
    assert words in message


@pytest.mark.parametrize(
    "text, line, column",
    [
        ("plan:\n\tname: x\n", 2, 1),  # a tab as indentation
        ("plan:\n  name: x\n\t\n  stages: []\n", 3, 1),
        ("plan:\n  description: |\n    one\n\ttwo\n", 4, 1),  # in a block scalar
    ],
)
def test_tab_indentation_says_tab(tmp_path, text, line, column):
    run = check(write(tmp_path, "plan.yaml", text))
    assert run.exit_code == 1
    _, _, got_line, got_column, message = run.only("JP001")
    assert (got_line, got_column) == (line, column)
    assert "tab" in message and "spaces" in message


@pytest.mark.parametrize(
    "char, name",
    [
        ("\x00", "U+0000 (NUL)"),
        ("\x1b", "U+001B (ESC)"),
        ("\x07", "U+0007 (BEL)"),
        ("\x08", "U+0008 (BS)"),
        ("\x7f", "U+007F (DEL)"),
        ("\x0c", "U+000C"),
    ],
)
def test_control_characters_are_located_and_named(tmp_path, char, name):
    text = f"plan:\n  name: Café {char}bar\n"
    run = check(write(tmp_path, "plan.yaml", text))
    assert run.exit_code == 1
    _, file, line, column, message = run.only("JP001")
    assert (file, line, column) == ("plan.yaml", 2, 14)  # characters, not bytes (é)
    assert name in message and "position" not in message


def test_control_character_in_text_output_is_shown_not_sent(tmp_path):
    run = check_text(write(tmp_path, "plan.yaml", "plan:\n  name: a\x1b[2Jb\n"))
    assert run.exit_code == 1
    assert "plan.yaml:2:10  JP001" in run.stdout
    assert "\x1b" not in run.stdout


def test_crlf_and_utf8_bom_are_accepted_and_positions_stay_right(tmp_path):
    text = "\ufeffplan:\r\n  name: x\r\n  bogus: 1\r\npersonas:\r\n  - {id: Sam}\r\n"
    run = check(write(tmp_path, "plan.yaml", text))
    assert ("JP003", "plan.yaml", 3, 3) in {f[:4] for f in run.findings}
    assert ("JP005", "plan.yaml", 5, 10) in {f[:4] for f in run.findings}
    assert "JP001" not in run.codes() and "JP016" not in run.codes()


def test_old_mac_line_breaks_count_as_lines(tmp_path):
    run = check(write(tmp_path, "plan.yaml", "plan:\r  name: x\r  bogus: 1\r"))
    assert ("JP003", "plan.yaml", 3, 3) in {f[:4] for f in run.findings}


def test_undefined_alias_is_a_syntax_error(tmp_path):
    run = check(write(tmp_path, "plan.yaml", "plan:\n  name: *nowhere\n"))
    assert run.only("JP001")[2:4] == (2, 9)


def test_syntax_error_in_one_file_does_not_hide_the_others(tmp_path):
    write(tmp_path, "a.yaml", "plan: [\n")
    write(tmp_path, "b.yaml", "personas:\n  - {id: BAD}\n")
    run = check(tmp_path)
    assert run.exit_code == 1
    assert ("JP001", "a.yaml") == run.only("JP001")[:2]
    assert ("JP005", "b.yaml", 2, 10) == run.only("JP005")[:4]
