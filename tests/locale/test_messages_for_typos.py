"""Findings say what is wrong once, where it is, in words that lead to the fix."""

from __future__ import annotations

from tests.common import check_text, text_of


def structural(result):
    """(code, line, column) of the plan-structure findings (the checklist ones aside)."""
    return [
        (f.code, f.location.line, f.location.column) for f in result.findings if f.question is None
    ]


def test_a_written_but_invalid_required_key_is_not_also_missing(tmp_path):
    result = check_text(
        tmp_path,
        """\
        touchpoints:
          - id: a
            stage: [x]
            channel: {a: b}
            conversion: {goal: x}
        """,
    )
    assert structural(result) == [("JP004", 3, 12), ("JP004", 4, 14), ("JP009", 5, 24)]


def test_a_required_key_left_empty_is_missing(tmp_path):
    result = check_text(tmp_path, "touchpoints:\n  - id: a\n    stage:\n    channel: c\n")
    assert structural(result) == [("JP010", 2, 5), ("JP007", 4, 14)]  # channel c: none
    assert text_of(result, "JP010") == ["missing required key 'stage'"]


def test_a_comma_in_flow_text_gets_the_quoting_hint(tmp_path):
    result = check_text(tmp_path, "channels:\n  - {id: c, name: Ours, with a comma}\n")
    assert structural(result) == [("JP003", 2, 25)]
    assert text_of(result, "JP003") == [
        "unknown key 'with a comma': in {...} a comma ends the text before it; put text "
        "that holds a comma in quotes"
    ]


def test_a_typo_in_a_block_mapping_gets_a_did_you_mean(tmp_path):
    result = check_text(tmp_path, "channels:\n  - id: c\n    nmae: Ours\n")
    assert text_of(result, "JP003") == ["unknown key 'nmae' (did you mean 'name'?)"]


def test_a_huge_size_is_too_large_not_out_of_range(tmp_path):
    result = check_text(tmp_path, "target_groups:\n  - id: g\n    size: 1" + "0" * 60 + "\n")
    assert structural(result) == [("JP009", 3, 11)]
    assert text_of(result, "JP009") == [
        "'1" + "0" * 38 + "…' is too large: whole numbers here have at most 30 digits"
    ]


def test_a_colon_in_plain_text_gets_the_quoting_hint(tmp_path):
    result = check_text(tmp_path, "touchpoints:\n  - id: a\n    name: Contract: e-bike\n")
    assert structural(result) == [("JP001", 3, 19)]
    assert text_of(result, "JP001")[0].endswith(
        "; a ': ' inside text starts a new key: put text that holds ': ' in quotes"
    )
