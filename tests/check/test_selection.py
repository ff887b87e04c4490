"""Rule configuration: ``plan.checks`` in the plan, ``--select``/``--ignore`` on the command
line (overriding the plan), and the codes that can never be turned off."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from journeyplan.check.selection import Selection
from journeyplan.cli import app
from journeyplan.errors import UsageError
from journeyplan.rules import REGISTRY
from tests.common import CLEAN, EXAMPLES, check_text, line_of, problems

runner = CliRunner()
BROKEN = EXAMPLES / "broken"


def findings(args: list[str]) -> tuple[int, list[tuple[str, str, int]]]:
    """Exit code and (code, severity, line) of every finding of `check ARGS --format json`."""
    result = runner.invoke(app, ["check", *args, "--format", "json"])
    doc = json.loads(result.stdout)
    return result.exit_code, [(f["code"], f["severity"], f["line"]) for f in doc["findings"]]


def codes(args: list[str]) -> list[str]:
    return sorted({code for code, _, _ in findings(args)[1]})


def with_checks(checks: str, text: str = CLEAN) -> str:
    return text.replace("  name: Clean plan\n", f"  name: Clean plan\n  checks:\n{checks}")


NO_DESCRIPTION = CLEAN.replace("    description: Vocational technicians\n", "")


# ------------------------------------------------------------------------- plan.checks
def test_checks_turn_a_rule_off(tmp_path):
    assert problems(check_text(tmp_path, NO_DESCRIPTION))[0][0] == "JP102"
    assert problems(check_text(tmp_path, with_checks("    JP102: off\n", NO_DESCRIPTION))) == []


def test_checks_raise_a_warning_to_an_error(tmp_path):
    result = check_text(tmp_path, with_checks("    JP102: error\n", NO_DESCRIPTION))
    assert [(f.code, f.severity) for f in result.findings] == [("JP102", "error")]
    assert result.checklist[0][1][1] == "fail"
    out = runner.invoke(app, ["check", str(tmp_path / "plan.yaml")])
    assert out.exit_code == 1


def test_checks_lower_an_error_to_info(tmp_path):
    text = CLEAN.replace("{from: ack, to: hire, event: selected}", "{from: ack, to: hire}")
    text = with_checks("    JP402: info\n", text)
    result = check_text(tmp_path, text)
    assert [(f.code, f.severity) for f in result.findings] == [("JP402", "info")]
    assert result.checklist[0][1][4] == "pass"  # info never changes a verdict
    assert runner.invoke(app, ["check", str(tmp_path / "plan.yaml")]).exit_code == 0


def test_unknown_code_in_checks(tmp_path):
    text = with_checks("    JP102: off\n    JP1O3: warning\n")
    line = line_of(text, "JP1O3")
    result = check_text(tmp_path, text)
    assert problems(result) == [("JP018", line, 5)]
    out = runner.invoke(app, ["check", str(tmp_path / "plan.yaml"), "--format", "json"])
    f = json.loads(out.stdout)["findings"][0]
    assert f["message"] == "unknown rule code 'JP1O3' in plan.checks (did you mean 'JP103'?)"
    assert (f["severity"], f["subject"], out.exit_code) == ("error", "JP1O3", 1)


def test_unknown_level_in_checks(tmp_path):
    text = with_checks("    JP102: warn\n", NO_DESCRIPTION)
    line = line_of(text, "JP102: warn")
    result = check_text(tmp_path, text)
    # the bad entry is reported and ignored: JP102 keeps its default severity
    assert problems(result) == [("JP009", line, 12), ("JP102", line_of(text, "- id: techs"), 9)]
    assert result.findings[0].args["suggestion"] == "warning"


def test_checks_must_be_a_mapping(tmp_path):
    text = with_checks("    - JP102\n")
    assert problems(check_text(tmp_path, text)) == [("JP004", line_of(text, "- JP102"), 5)]


def test_findings_of_configuration_can_be_configured(tmp_path):
    text = with_checks("    JP999: off\n    JP018: warning\n")
    result = check_text(tmp_path, text)
    assert [(f.code, f.severity) for f in result.findings] == [("JP018", "warning")]


@pytest.mark.parametrize("code", ["JP001", "JP014", "JP016"])
def test_unread_file_codes_cannot_be_turned_off_in_checks(tmp_path, code):
    text = with_checks(f"    {code}: off\n")
    line = line_of(text, f"{code}: off")
    result = check_text(tmp_path, text)
    assert problems(result) == [("JP009", line, 5)]
    assert result.findings[0].key == "JP009.always_on"
    assert problems(check_text(tmp_path, with_checks(f"    {code}: error\n"))) == []


def test_syntax_error_in_another_file_stays_an_error(tmp_path):
    plan = tmp_path / "plan"
    plan.mkdir()
    (plan / "a.yaml").write_text(with_checks("    JP001: off\n"), encoding="utf-8")
    (plan / "b.yaml").write_text("personas: [unclosed\n", encoding="utf-8")
    code, found = findings([str(plan), "--ignore", "JP0"])
    assert code == 1
    assert ("JP001", "error", 1) in found  # where the bracket opens


# ------------------------------------------------------------------- --select / --ignore
def test_select_a_question():
    code, found = findings([str(BROKEN), "--select", "JP4"])
    assert {c for c, _, _ in found} == {"JP401", "JP402", "JP403", "JP404", "JP405"}
    assert code == 1


def test_select_several_with_commas_and_repeats():
    assert codes([str(BROKEN), "--select", "JP1,jp203", "--select", "JP509"]) == [
        "JP102",
        "JP103",
        "JP203",
        "JP509",
    ]


def test_ignore():
    all_codes = codes([str(BROKEN)])
    assert codes([str(BROKEN), "--ignore", "JP4,JP0"]) == [
        c for c in all_codes if not c.startswith(("JP4", "JP0"))
    ]


def test_more_specific_selector_wins():
    assert codes([str(BROKEN), "--select", "JP4", "--ignore", "JP40"]) == []
    assert codes([str(BROKEN), "--select", "JP4", "--ignore", "JP404"]) == [
        "JP401",
        "JP402",
        "JP403",
        "JP405",
    ]
    assert "JP405" in codes([str(BROKEN), "--ignore", "JP4", "--select", "JP405,JP1"])
    assert "JP404" not in codes([str(BROKEN), "--ignore", "JP4", "--select", "JP405,JP1"])
    # a tie: --ignore wins
    assert codes([str(BROKEN), "--select", "JP405", "--ignore", "JP405"]) == []


def test_only_warnings_left_exit_zero():
    code, found = findings([str(BROKEN), "--select", "JP102,JP203"])
    assert code == 0
    assert found == [("JP102", "warning", 40), ("JP203", "warning", 55)]


def test_command_line_overrides_the_plan(tmp_path):
    text = with_checks("    JP102: off\n", NO_DESCRIPTION)
    techs = line_of(text, "- id: techs")
    path = str(tmp_path / "plan.yaml")
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8")
    assert findings([path])[1] == []
    # explicitly selected: reported again, at its default severity
    assert findings([path, "--select", "JP102"])[1] == [("JP102", "warning", techs)]
    assert findings([path, "--select", "JP1"])[1] == [("JP102", "warning", techs)]
    # the plan's levels still apply to what is selected
    raised = with_checks("    JP102: error\n", NO_DESCRIPTION)
    (tmp_path / "plan.yaml").write_text(raised, encoding="utf-8")
    assert findings([path, "--select", "JP1"]) == (1, [("JP102", "error", techs)])
    assert findings([path, "--ignore", "JP102"]) == (0, [])


def test_unknown_selector_is_a_usage_error():
    result = runner.invoke(app, ["check", str(BROKEN), "--select", "JP4O5"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "journeyplan: unknown rule code or prefix 'JP4O5' in --select (did you mean 'JP405'?)\n"
    )
    result = runner.invoke(app, ["check", str(BROKEN), "--ignore", "JP4,XY1"])
    assert result.exit_code == 2
    assert "'XY1' in --ignore" in result.stderr


def test_ignoring_an_unread_file_code_is_a_usage_error():
    result = runner.invoke(app, ["check", str(BROKEN), "--ignore", "JP001"])
    assert result.exit_code == 2
    assert "JP001 cannot be ignored" in result.stderr


def test_selection_decide():
    s = Selection.parse(["JP4"], ["JP40", "JP1"])
    assert [s.decide(c) for c in ("JP405", "JP410", "JP101", "JP501")] == [
        False,
        True,
        False,
        False,
    ]
    only_ignore = Selection.parse(None, ["JP405"])
    assert [only_ignore.decide(c) for c in ("JP405", "JP404")] == [False, None]
    assert Selection.parse([" jp405 ", ""], None).select == ("JP405",)
    assert Selection.parse(None, None) == Selection()


def test_every_rule_code_and_question_prefix_is_a_valid_selector():
    for code in REGISTRY:
        Selection.parse([code], None)
    for prefix in ("JP", "JP0", "JP1", "JP2", "JP3", "JP4", "JP5"):
        Selection.parse([prefix], None)
    with pytest.raises(UsageError):
        Selection.parse(["JP6"], None)
