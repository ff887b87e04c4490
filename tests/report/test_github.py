"""``--format github``: workflow commands with the right level, place and escaping."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from journeyplan.check.pipeline import CheckResult
from journeyplan.cli import app
from journeyplan.findings import Finding, Location
from journeyplan.plan.model import Plan
from journeyplan.report import REPORTERS, ReportOptions
from journeyplan.report.github import GithubReporter, escape_data, escape_property
from tests.common import EXAMPLES

runner = CliRunner()


def github(args: list[str], cwd: Path) -> tuple[int, list[str]]:
    old = os.getcwd()
    try:
        os.chdir(cwd)
        result = runner.invoke(app, ["check", *args, "--format", "github"])
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout.splitlines()


def test_registered_as_format_choice():
    assert REPORTERS["github"] is GithubReporter
    help_text = runner.invoke(app, ["check", "--help"]).stdout
    assert "text|json|sarif|github" in help_text


def test_broken_example_annotations():
    code, lines = github(["examples/broken"], cwd=EXAMPLES.parent)
    assert code == 1
    assert len(lines) == 21
    assert lines[0] == (
        "::error file=examples/broken/plan.yaml,line=27,col=12,title=JP005::"
        "invalid id 'Bad ID': use lowercase letters, digits, '-' and '_' (at "
        "most 64 characters, starting with a letter or digit)"
    )
    assert (
        "::warning file=examples/broken/plan.yaml,line=40,col=9,title=JP102::"
        "target group 'engineers' has no description"
    ) in lines
    assert (
        "::notice file=examples/broken/plan.yaml,line=110,col=14,title=JP405::"
        "touchpoint 'eva-interview' is on channel 'phone', which eva does not prefer"
    ) in lines
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)


def test_clean_example_prints_nothing():
    code, lines = github(["technical-staffing"], cwd=EXAMPLES)
    assert (code, lines) == (0, [])


def test_paths_follow_the_working_directory(tmp_path):
    code, lines = github(["plan.yaml"], cwd=EXAMPLES / "broken")
    assert lines[0].startswith("::error file=plan.yaml,line=27,col=12,")
    # outside the working directory: the absolute path (escaped as a property)
    code, lines = github([str(EXAMPLES / "broken")], cwd=tmp_path)
    want = os.path.abspath(EXAMPLES / "broken" / "plan.yaml").replace(os.sep, "/")
    assert lines[0].startswith(f"::error file={escape_property(want)},line=27,col=12,")


def test_escape_data():
    assert escape_data("100% sure\r\nnext\nline") == "100%25 sure%0D%0Anext%0Aline"
    assert escape_data("a: b, c") == "a: b, c"
    assert escape_data("%0A") == "%250A"  # already-escaped text stays literal
    assert escape_data("\x1b[31mred") == "\\x1b[31mred"  # no terminal codes


def test_escape_property():
    assert escape_property("a: b, c%\r\n") == "a%3A b%2C c%25%0D%0A"
    assert escape_property("C:/plans/x,y.yaml") == "C%3A/plans/x%2Cy.yaml"


def _result(finding: Finding) -> CheckResult:
    return CheckResult(Path("."), Plan(), [], [finding], [])


def test_annotation_escapes_user_text_in_message_and_file():
    f = Finding(
        "JP008",
        "error",
        None,
        Location("odd, name: 50%.yaml", 3, 7),
        "JP008",
        {"value": "4 hours\n::error::injected, 100%"},
    )
    line = GithubReporter(ReportOptions(cwd_prefix="plans")).annotation(f)
    assert line == (
        "::error file=plans/odd%2C name%3A 50%25.yaml,line=3,col=7,title=JP008::"
        "'4 hours%0A::error::injected, 100%25' is not a duration: write "
        "<number><unit> with unit m, h, d or w (30m, 4h, 2d, 1w) or ISO 8601 "
        "(PT4H, P2D)"
    )
    assert "\n" not in line


def test_annotation_without_line_or_location():
    no_line = Finding(
        "JP016", "error", None, Location("a.yaml"), "JP016.read", {"reason": "Permission denied"}
    )
    assert GithubReporter(ReportOptions()).annotation(no_line) == (
        "::error file=a.yaml,title=JP016::cannot read the file: Permission denied"
    )
    nowhere = Finding("JP101", "error", 1, None, "JP101")
    assert GithubReporter(ReportOptions()).annotation(nowhere) == (
        "::error title=JP101::the plan names no target group"
    )


def test_a_plan_with_an_unreadable_file_ends_with_checklist_not_evaluated(tmp_path):
    from tests.common import CLEAN

    (tmp_path / "plan.yaml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "later.yaml").write_text("personas: [unclosed\n", encoding="utf-8")
    code, lines = github([str(tmp_path)], cwd=tmp_path)
    assert code == 1
    assert lines[0].startswith("::error file=later.yaml,line=")
    assert lines[-1] == (
        "::error title=journeyplan::Checklist not evaluated: 1 file could not be read "
        "(later.yaml); what is missing may be in it. Fix it first."
    )
    (tmp_path / "later.yaml").unlink()
    code, lines = github([str(tmp_path)], cwd=tmp_path)
    assert code == 0 and lines == []
