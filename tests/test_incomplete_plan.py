"""A file that cannot be read makes the plan incomplete: rules about what the plan lacks as a
whole stay silent (the missing part may be in that file); every other rule still runs."""

from __future__ import annotations

from journeyplan.checker import check_plan
from tests.common import CLEAN, problems


def test_syntax_error_alone_is_reported_without_absence_noise(tmp_path):
    (tmp_path / "plan.yaml").write_text('plan:\n  name: "unclosed\n', encoding="utf-8")
    result = check_plan(tmp_path / "plan.yaml")
    assert problems(result) == [("JP001", 2, 9)]  # where the quote opens
    assert result.checklist == []


def test_unreadable_brand_file_silences_only_the_brand_absence(tmp_path):
    head, _, rest = CLEAN.partition("employer_brand:")
    brand, _, tail = rest.partition("target_groups:")
    (tmp_path / "a.yaml").write_text(head + "target_groups:" + tail, encoding="utf-8")
    (tmp_path / "b.yaml").write_text("employer_brand: [unclosed\n", encoding="utf-8")
    result = check_plan(tmp_path)
    codes = {f.code for f in result.findings}
    assert "JP001" in codes
    assert not codes & {"JP101", "JP201", "JP501", "JP502", "JP503", "JP504"}
    # rules that need the brand's content still speak: brand references now dangle
    assert "JP007" in codes


def test_complete_plan_without_brand_still_gets_the_brand_findings(tmp_path):
    head, _, rest = CLEAN.partition("employer_brand:")
    _, _, tail = rest.partition("target_groups:")
    (tmp_path / "plan.yaml").write_text(head + "target_groups:" + tail, encoding="utf-8")
    codes = {f.code for f in check_plan(tmp_path).findings}
    assert {"JP501", "JP502", "JP503", "JP504"} <= codes
