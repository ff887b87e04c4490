"""Files that are not UTF-8: which file, where, and which encoding it seems to be in."""

from __future__ import annotations

import codecs

import pytest

from tests.hostile.common import check, check_text, write

PLAN = "plan:\n  name: Café “quoted”\n"


@pytest.mark.parametrize(
    "encoding, bom, name",
    [
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "UTF-32"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "UTF-32"),
    ],
)
def test_utf16_and_utf32_with_bom_are_named(tmp_path, encoding, bom, name):
    run = check(write(tmp_path, "plan.yaml", bom + PLAN.encode(encoding)))
    assert run.exit_code == 1
    code, file, line, column, message = run.only("JP016")
    assert (file, line, column) == ("plan.yaml", 1, 1)
    assert f"saved as {name}, not UTF-8" in message


def test_utf16_without_bom_is_named_too(tmp_path):
    run = check(write(tmp_path, "plan.yaml", "plan:\n  name: x\n".encode("utf-16-le")))
    assert run.exit_code == 1
    assert "UTF-16, not UTF-8" in run.only("JP016")[4]
    assert "JP001" not in run.codes()


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_word_and_email_text_names_the_byte_and_character(tmp_path, encoding):
    data = "plan:\n  name: Technical talent\n  organisation: Caf\xe9 BV\n".encode(encoding)
    run = check(write(tmp_path, "plan.yaml", data))
    assert run.exit_code == 1
    _, file, line, column, message = run.only("JP016")
    assert (file, line, column) == ("plan.yaml", 3, 20)
    assert "byte 0xe9" in message and "'é'" in message and "Windows-1252" in message
    assert "save the file as UTF-8" in message


def test_smart_quotes_from_word(tmp_path):
    data = "plan:\n  name: \x93Talent\x94\n".encode("latin-1")
    run = check(write(tmp_path, "plan.yaml", data))
    _, _, line, column, message = run.only("JP016")
    assert (line, column) == (2, 9)
    assert "byte 0x93" in message and "'“'" in message


def test_column_counts_characters_before_the_bad_byte(tmp_path):
    data = "plan:\n  name: é\n  organisation: ü ".encode() + b"\xff\n"
    _, _, line, column, message = check(write(tmp_path, "plan.yaml", data)).only("JP016")
    assert (line, column) == (3, 19)
    assert "0xff" in message


def test_bad_byte_after_utf8_bom_on_line_one(tmp_path):
    data = codecs.BOM_UTF8 + b"plan: \xe9\n"
    assert check(write(tmp_path, "plan.yaml", data)).only("JP016")[2:4] == (1, 7)


def test_a_byte_that_is_not_windows_1252_either(tmp_path):
    data = b"plan:\n  name: \x81\n"
    message = check(write(tmp_path, "plan.yaml", data)).only("JP016")[4]
    assert "not UTF-8 (byte 0x81 here)" in message


def test_the_message_names_the_file_among_many(tmp_path):
    write(tmp_path, "good.yaml", "plan:\n  name: ok\n")
    write(tmp_path, "journeys/word-paste.yaml", "personas:\n  - id: caf\xe9\n".encode("cp1252"))
    run = check_text(tmp_path)
    assert run.exit_code == 1
    assert "journeys/word-paste.yaml:2:12  JP016  error  the file is not UTF-8" in run.stdout


def test_utf8_bom_is_accepted(tmp_path):
    run = check(write(tmp_path, "plan.yaml", codecs.BOM_UTF8 + b"plan:\n  name: x\n"))
    assert "JP016" not in run.codes() and "JP001" not in run.codes()
