"""One rule for every command that outputs from a plan (render, report, matrix, forecast):
a plan file that cannot be read (a YAML syntax error, a top level that is not a mapping, an
encoding that is not UTF-8, a file that cannot be opened) would make the output show part of
the plan as if it were the whole plan. The command prints the located findings exactly as
``journeyplan check`` prints them, one line saying nothing is written, exits 2 and writes
nothing. A plan with ordinary findings is still drawn."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import EXAMPLES

runner = CliRunner()
COMMANDS = [
    ("render", "-f", "dot"),
    ("render", "-f", "mermaid"),
    ("report",),
    ("matrix",),
    ("matrix", "-f", "csv"),
    ("forecast",),
    ("forecast", "-f", "json"),
]
SYNTAX = "journeys/lisa.yaml:154:4  JP001  error  YAML syntax error: "


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"NO_COLOR": "1", "FORCE_COLOR": None})


@pytest.fixture
def broken_plan(tmp_path):
    """technical-staffing with an unclosed quote at the end of lisa.yaml (line 154)."""
    plan = tmp_path / "tsb"
    shutil.copytree(EXAMPLES / "technical-staffing", plan)
    with open(plan / "journeys" / "lisa.yaml", "a", encoding="utf-8") as f:
        f.write('x: "unclosed\n')
    return plan


def refusal(path, files: str = "journeys/lisa.yaml") -> str:
    return (
        f"journeyplan: nothing written: 1 file of the plan could not be read ({files}); "
        f"without it the output would misrepresent the plan. Fix it first "
        f"(journeyplan check {path}).\n"
    )


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_plan_with_an_unreadable_file_is_not_output(broken_plan, command):
    result = invoke(command[0], str(broken_plan), *command[1:])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines(keepends=True)
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith(SYNTAX)
    assert lines[1] == refusal(broken_plan)
    assert not (broken_plan / "journey-maps").exists()


def test_the_located_error_reads_as_in_check(broken_plan):
    checked = invoke("check", str(broken_plan))
    assert checked.exit_code == 1
    syntax = next(line for line in checked.stdout.splitlines() if "JP001" in line)
    drawn = invoke("render", str(broken_plan), "-f", "dot")
    assert drawn.stderr.splitlines()[0] == syntax


def test_the_only_file_broken_writes_no_empty_report(tmp_path):
    (tmp_path / "plan.yaml").write_text('plan:\n  name: "col\n', encoding="utf-8")
    for command in (("report",), ("matrix",), ("render", "-f", "dot")):
        result = invoke(command[0], str(tmp_path), *command[1:])
        assert result.exit_code == 2
        assert result.stderr.startswith("plan.yaml:2:9  JP001  error  YAML syntax error")
        assert "has no personas" not in result.stderr
        assert refusal(tmp_path, "plan.yaml") in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_encoding_and_unopenable_files_are_refused_too(tmp_path):
    plan = tmp_path / "p"
    shutil.copytree(EXAMPLES / "starter", plan)
    (plan / "extra.yaml").write_bytes("notes: caf\xe9\n".encode("cp1252"))
    result = invoke("matrix", str(plan))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].startswith("extra.yaml:1:")
    assert "JP016" in result.stderr.splitlines()[0]
    assert refusal(plan, "extra.yaml") in result.stderr


def test_the_refusal_is_in_the_plans_language(broken_plan):
    result = invoke("report", str(broken_plan), "--lang", "nl")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].startswith("journeys/lisa.yaml:154:4  JP001  fout  ")
    assert result.stderr.splitlines()[1] == (
        "journeyplan: niets geschreven: 1 bestand van het plan kon niet worden gelezen "
        "(journeys/lisa.yaml); zonder dat bestand zou de uitvoer een onjuist beeld van het "
        f"plan geven. Herstel het eerst (journeyplan check {broken_plan})."
    )


def test_ordinary_findings_still_draw(tmp_path):
    plan = tmp_path / "tsb"
    shutil.copytree(EXAMPLES / "technical-staffing", plan)
    lisa = plan / "journeys" / "lisa.yaml"
    lisa.write_text(lisa.read_text(encoding="utf-8") + "\nunknown_section: {}\n", "utf-8")
    result = invoke("render", str(plan), "-f", "dot")
    assert result.exit_code == 0
    assert (plan / "journey-maps" / "lisa.dot").exists()
    assert "the maps show what is valid" in result.stderr
