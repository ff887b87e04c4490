"""A file that cannot be read makes the plan incomplete: what looks missing may be in that
file, so the checklist is not evaluated and dangling references are not reported; the
structural findings are, and the check fails."""

from __future__ import annotations

from typer.testing import CliRunner

from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from tests.common import CLEAN, problems


def _split_brand(tmp_path, broken_brand: str):
    head, _, rest = CLEAN.partition("employer_brand:")
    _, _, tail = rest.partition("target_groups:")
    (tmp_path / "a.yaml").write_text(head + "target_groups:" + tail, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(broken_brand, encoding="utf-8")


def test_syntax_error_alone_is_reported_without_absence_noise(tmp_path):
    (tmp_path / "plan.yaml").write_text('plan:\n  name: "unclosed\n', encoding="utf-8")
    result = check_plan(tmp_path / "plan.yaml")
    assert problems(result) == [("JP001", 2, 9)]  # where the quote opens
    assert result.checklist == [] and result.unread == ["plan.yaml"]


def test_unreadable_brand_file_stops_the_checklist_and_its_knock_on_findings(tmp_path):
    _split_brand(tmp_path, "employer_brand: [unclosed\n")
    result = check_plan(tmp_path)
    assert [code for code, _, _ in problems(result)] == ["JP001"]  # no JP007 for the brand ids
    assert result.checklist == [] and result.unread == ["b.yaml"]
    out = CliRunner().invoke(app, ["check", str(tmp_path), "--no-color"])
    assert out.exit_code == 1
    assert out.stdout.startswith(
        "Checklist not evaluated: 1 file could not be read "
        "(b.yaml); what is missing may be in it. Fix it first.\n"
    )


def test_complete_plan_without_brand_still_gets_the_brand_findings(tmp_path):
    _split_brand(tmp_path, "# the brand is still to come\nchannels: []\n")
    result = check_plan(tmp_path)
    codes = {f.code for f in result.findings}
    assert {"JP501", "JP502", "JP503", "JP504", "JP007"} <= codes
    assert result.unread == [] and result.checklist


def test_suppressions_of_checklist_rules_are_not_unused_when_the_checklist_waits(tmp_path):
    """The checklist did not run, so a suppression of one of its rules could silence
    nothing: it is not reported as unused (JP017) until the plan is read completely."""
    _split_brand(tmp_path, "employer_brand: [unclosed\n")
    (tmp_path / "a.yaml").write_text(
        (tmp_path / "a.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "conversion: {goal: hire}}", "conversion: {goal: hire}}  # journeyplan: ignore[JP404]"
        ),
        encoding="utf-8",
    )
    assert "ignore[JP404]" in (tmp_path / "a.yaml").read_text(encoding="utf-8")
    result = check_plan(tmp_path)
    assert [code for code, _, _ in problems(result)] == ["JP001"]
    (tmp_path / "b.yaml").write_text("# the brand is still to come\nchannels: []\n")
    assert "JP017" in {f.code for f in check_plan(tmp_path).findings}  # read: it is unused
