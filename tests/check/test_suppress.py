"""Inline suppressions: ``# journeyplan: ignore[CODE, ...]`` at the end of a line or alone on
the line above; unused, malformed and unknown suppressions are findings themselves."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import journeyplan.check.suppress as suppress
from journeyplan.check.pipeline import check_plan
from journeyplan.check.suppress import scan_comments
from journeyplan.cli import app
from tests.common import CLEAN, EXAMPLES, check_text, line_of, problems

runner = CliRunner()

#: CLEAN with one warning: target group 'techs' has no description (JP102 on `- id: techs`).
NO_DESCRIPTION = CLEAN.replace("    description: Vocational technicians\n", "")
TECHS = line_of(NO_DESCRIPTION, "- id: techs")


def with_line(text: str, needle: str, new: str) -> str:
    """TEXT with the line containing NEEDLE replaced by NEW."""
    lines = text.splitlines(keepends=True)
    i = line_of(text, needle) - 1
    lines[i] = new + "\n"
    return "".join(lines)


def insert_before(text: str, needle: str, new: str) -> str:
    lines = text.splitlines(keepends=True)
    i = line_of(text, needle) - 1
    lines.insert(i, new + "\n")
    return "".join(lines)


def test_baseline_has_the_warning(tmp_path):
    assert problems(check_text(tmp_path, NO_DESCRIPTION)) == [("JP102", TECHS, 9)]


def test_end_of_line_suppression(tmp_path):
    text = with_line(NO_DESCRIPTION, "- id: techs", "  - id: techs  # journeyplan: ignore[JP102]")
    result = check_text(tmp_path, text)
    assert problems(result) == []
    assert result.checklist == [("sam", {1: "pass", 2: "pass", 3: "pass", 4: "pass", 5: "pass"})]


def test_suppression_with_a_reason_and_spaces(tmp_path):
    text = with_line(
        NO_DESCRIPTION,
        "- id: techs",
        "  - id: techs #journeyplan:ignore[ JP102 ] described in the brief",
    )
    assert problems(check_text(tmp_path, text)) == []


def test_line_above_suppression(tmp_path):
    text = insert_before(NO_DESCRIPTION, "- id: techs", "  # journeyplan: ignore[JP102]")
    assert problems(check_text(tmp_path, text)) == []


def test_line_above_skips_blank_and_comment_lines(tmp_path):
    text = insert_before(
        NO_DESCRIPTION,
        "- id: techs",
        "  # journeyplan: ignore[JP102]\n\n  # the team describes them later",
    )
    assert problems(check_text(tmp_path, text)) == []


def test_line_above_only_reaches_the_next_line(tmp_path):
    text = insert_before(NO_DESCRIPTION, "target_groups:", "# journeyplan: ignore[JP102]")
    line = line_of(text, "journeyplan:")
    assert problems(check_text(tmp_path, text)) == [("JP017", line, 23), ("JP102", TECHS + 1, 9)]


def test_other_codes_on_the_line_are_still_reported(tmp_path):
    plan = EXAMPLES / "broken" / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    bram = line_of(text, "- id: bram")
    before = [p for p in problems(check_text(tmp_path, text)) if p[1] == bram]
    assert before == [("JP203", bram, 9), ("JP401", bram, 9)]
    # after another comment's text, in the same comment
    text = text.replace("one channel\n", "one channel # journeyplan: ignore[JP203]\n")
    after = [p for p in problems(check_text(tmp_path, text)) if p[1] == bram]
    assert after == [("JP401", bram, 9)]


def test_unused_suppression_is_a_warning_at_the_code(tmp_path):
    text = with_line(CLEAN, "- id: techs", "  - id: techs  # journeyplan: ignore[JP102, JP405]")
    result = check_text(tmp_path, text)
    assert problems(result) == [("JP017", TECHS, 38), ("JP017", TECHS, 45)]
    f = result.findings[0]
    assert (f.severity, f.question, f.subject) == ("warning", None, "JP102")
    out = runner.invoke(app, ["check", str(tmp_path / "plan.yaml"), "--format", "json"])
    assert out.exit_code == 0
    messages = [x["message"] for x in json.loads(out.stdout)["findings"]]
    assert messages == [
        "suppression of JP102 silences nothing",
        "suppression of JP405 silences nothing",
    ]


def test_partly_used_suppression(tmp_path):
    text = with_line(
        NO_DESCRIPTION, "- id: techs", "  - id: techs  # journeyplan: ignore[JP102,JP103]"
    )
    assert problems(check_text(tmp_path, text)) == [("JP017", TECHS, 44)]


def test_suppression_of_a_standalone_comment_at_the_end_of_the_file(tmp_path):
    text = CLEAN + "# journeyplan: ignore[JP102]\n\n"
    line = line_of(text, "journeyplan:")
    assert problems(check_text(tmp_path, text)) == [("JP017", line, 23)]


def test_unknown_code_is_an_error_with_did_you_mean(tmp_path):
    text = with_line(NO_DESCRIPTION, "- id: techs", "  - id: techs  # journeyplan: ignore[JP1O2]")
    result = check_text(tmp_path, text)
    assert problems(result) == [("JP102", TECHS, 9), ("JP018", TECHS, 38)]
    out = runner.invoke(app, ["check", str(tmp_path / "plan.yaml"), "--format", "json"])
    assert out.exit_code == 1
    jp018 = json.loads(out.stdout)["findings"][1]
    assert (jp018["code"], jp018["severity"], jp018["question"]) == ("JP018", "error", None)
    assert jp018["message"] == (
        "unknown rule code 'JP1O2' in a suppression comment (did you mean 'JP102'?)"
    )


def test_lowercase_codes_are_accepted(tmp_path):
    text = with_line(NO_DESCRIPTION, "- id: techs", "  - id: techs  # journeyplan: ignore[jp102]")
    assert problems(check_text(tmp_path, text)) == []


@pytest.mark.parametrize(
    "comment",
    [
        "# journeyplan: ignore JP102",
        "# journeyplan: ignore[]",
        "# journeyplan: disable[JP102]",
        "# journeyplan: ignore[JP102",
    ],
)
def test_malformed_suppression_is_reported(tmp_path, comment):
    text = with_line(NO_DESCRIPTION, "- id: techs", f"  - id: techs  {comment}")
    result = check_text(tmp_path, text)
    assert problems(result) == [("JP102", TECHS, 9), ("JP017", TECHS, 16)]
    malformed = result.findings[1]
    assert malformed.key == "JP017.malformed"
    assert malformed.args["comment"] == comment


def test_prose_mentioning_journeyplan_is_not_a_directive(tmp_path):
    text = "# A starter plan for journeyplan: one file.\n" + CLEAN
    assert problems(check_text(tmp_path, text)) == []


def test_hash_inside_quoted_scalars_is_not_a_comment(tmp_path):
    for quoted in (
        '"Technicians # journeyplan: ignore[JP102]"',
        "'Technicians # journeyplan: ignore[JP102]'",
    ):
        text = NO_DESCRIPTION.replace(
            "  - id: techs\n    name: Technicians\n", f"  - {{id: techs, name: {quoted}}}\n"
        )
        line = line_of(text, "- {id: techs")
        assert problems(check_text(tmp_path, text)) == [("JP102", line, 10)], quoted


def test_hash_inside_a_block_scalar_is_not_a_comment(tmp_path):
    text = NO_DESCRIPTION.replace(
        "    name: Technicians\n",
        "    name: |\n      Technicians\n      # journeyplan: ignore[JP103]\n",
    )
    assert problems(check_text(tmp_path, text)) == [("JP102", TECHS, 9)]


def test_comment_after_a_block_scalar_header(tmp_path):
    text = NO_DESCRIPTION.replace(
        "  - id: techs\n    name: Technicians\n",
        "  - name: >-  # journeyplan: ignore[JP102]\n      Technicians\n    id: techs\n",
    )
    line = line_of(text, "journeyplan:")
    # the comment is on the `name:` line, not on the id line where JP102 is
    assert problems(check_text(tmp_path, text)) == [("JP017", line, 37), ("JP102", line + 2, 9)]


def test_flow_collection_spanning_lines(tmp_path):
    text = NO_DESCRIPTION.replace(
        "  - id: techs\n    name: Technicians\n",
        "  - {id: techs,  # journeyplan: ignore[JP102]\n     name: Technicians}\n",
    )
    assert problems(check_text(tmp_path, text)) == []


def test_scan_comments_positions():
    text = 'a: "x # no"  # one\n# two\nb: |  # three\n  # not a comment\nc: d#e # four\n'
    got = [(c.line, c.column, c.text, c.alone) for c in scan_comments(text)]
    assert got == [
        (1, 14, "# one", False),
        (2, 1, "# two", True),
        (3, 7, "# three", False),
        (5, 8, "# four", False),
    ]


def test_scan_comments_stops_quietly_at_a_syntax_error():
    got = [(c.line, c.text) for c in scan_comments("# a\nx: [1, 2\n# b\n")]
    assert got[0] == (1, "# a")


def test_suppressions_apply_per_file(tmp_path):
    """A suppression in one file does not silence a finding on the same line of another."""
    plan = tmp_path / "plan"
    plan.mkdir()
    (plan / "a.yaml").write_text(NO_DESCRIPTION, encoding="utf-8")
    (plan / "b.yaml").write_text(
        "\n" * (TECHS - 1) + "# journeyplan: ignore[JP102]\npersonas: []\n", encoding="utf-8"
    )
    result = check_plan(plan)
    assert [(f.location.file, f.code) for f in result.findings] == [
        ("a.yaml", "JP102"),
        ("b.yaml", "JP017"),
    ]


def test_files_without_the_marker_are_not_scanned(tmp_path, monkeypatch):
    scanned: list[str] = []
    real = suppress.scan_comments

    def spy(text: str):
        scanned.append(text)
        return real(text)

    monkeypatch.setattr(suppress, "scan_comments", spy)
    check_text(tmp_path, CLEAN)
    assert scanned == []
    text = with_line(NO_DESCRIPTION, "- id: techs", "  - id: techs  # journeyplan: ignore[JP102]")
    assert problems(check_text(tmp_path, text)) == []
    assert scanned == [text]


def test_file_with_a_syntax_error_is_not_scanned(tmp_path):
    text = "# journeyplan: ignore[JP102]\nplan: [unclosed\n"
    found = problems(check_text(tmp_path, text))
    assert ("JP001", 2, 7) in found  # where the bracket opens
    assert not any(code == "JP017" for code, _, _ in found)


def test_suppression_is_used_even_when_the_rule_is_configured_off(tmp_path):
    text = with_line(NO_DESCRIPTION, "- id: techs", "  - id: techs  # journeyplan: ignore[JP102]")
    text = text.replace("  name: Clean plan\n", "  name: Clean plan\n  checks: {JP102: off}\n")
    assert problems(check_text(tmp_path, text)) == []
    out = runner.invoke(
        app, ["check", str(tmp_path / "plan.yaml"), "--format", "json", "--select", "JP4"]
    )
    assert json.loads(out.stdout)["findings"] == []


def test_unused_suppressions_can_be_configured(tmp_path):
    text = with_line(CLEAN, "- id: techs", "  - id: techs  # journeyplan: ignore[JP102]")
    assert problems(check_text(tmp_path, text)) == [("JP017", TECHS, 38)]
    quiet = text.replace("  name: Clean plan\n", "  name: Clean plan\n  checks: {JP017: off}\n")
    assert problems(check_text(tmp_path, quiet)) == []
    loud = text.replace("  name: Clean plan\n", "  name: Clean plan\n  checks: {JP017: error}\n")
    result = check_text(tmp_path, loud)
    assert [(f.code, f.severity) for f in result.findings] == [("JP017", "error")]
    out = runner.invoke(app, ["check", str(tmp_path / "plan.yaml"), "--ignore", "JP017"])
    assert out.exit_code == 0


def test_suppressing_the_only_error_makes_the_check_pass(tmp_path):
    text = CLEAN.replace(
        "{from: ack, to: hire, event: selected}",
        "{from: ack, to: hire}  # journeyplan: ignore[JP402]",
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["check", str(path)]).exit_code == 0
    path.write_text(text.replace("  # journeyplan: ignore[JP402]", ""), encoding="utf-8")
    assert runner.invoke(app, ["check", str(path)]).exit_code == 1


def test_prefixes_are_not_accepted_in_suppressions(tmp_path):
    text = with_line(NO_DESCRIPTION, "- id: techs", "  - id: techs  # journeyplan: ignore[JP1]")
    result = check_text(tmp_path, text)
    assert problems(result) == [("JP102", TECHS, 9), ("JP018", TECHS, 38)]
    assert result.findings[1].key == "JP018.suppression"


def test_prose_naming_journeyplan_is_not_scanned_and_real_comments_are(tmp_path, monkeypatch):
    """A comment that mentions 'journeyplan:' in prose cannot be a suppression: the file
    is not scanned for comments at all (the slow scanner); '#journeyplan:' without a blank
    and '#\\tjourneyplan:' still are suppressions."""
    scanned = []
    real = suppress.scan_comments
    monkeypatch.setattr(suppress, "scan_comments", lambda text: scanned.append(1) or real(text))
    prose = "# A plan for journeyplan: one file.\n" + NO_DESCRIPTION
    assert problems(check_text(tmp_path, prose)) == [("JP102", TECHS + 1, 9)]
    assert scanned == []
    for comment in ("#journeyplan: ignore[JP102]", "#\tjourneyplan: ignore[JP102]"):
        text = with_line(NO_DESCRIPTION, "- id: techs", f"  - id: techs  {comment}")
        assert problems(check_text(tmp_path, text)) == [], comment
    assert len(scanned) == 2
