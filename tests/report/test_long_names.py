"""A very long name (a 1 MB persona or plan name) is cut with an ellipsis in tables
(terminal and Markdown), and kept whole in JSON and CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.report.escaping import TABLE_TEXT
from tests.common import CLEAN, edit

LONG = "Sam " + "x" * 1_000_000
CUT = LONG[: TABLE_TEXT - 1] + "…"


@pytest.fixture
def plan(tmp_path):
    text = edit(CLEAN, "    name: Sam\n", f"    name: {LONG}\n")
    text = edit(text, "name: Clean plan", f"name: Plan {LONG}")
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8")
    return str(tmp_path)


def run(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--no-color"] if args[0] == "check" else list(args))
    assert result.exit_code == 0, result.output[-500:]
    return result.stdout


@pytest.mark.parametrize(
    "args",
    [("check",), ("matrix",), ("matrix", "-f", "markdown"), ("matrix", "--view", "stage")],
    ids=" ".join,
)
def test_tables_cut_a_long_name_with_an_ellipsis(plan, args):
    out = run(args[0], plan, *args[1:])
    assert "x" * TABLE_TEXT not in out
    assert CUT in out
    assert len(out) < 20_000


def test_check_json_keeps_the_whole_plan_name(plan):
    doc = json.loads(run("check", plan, "-f", "json"))
    assert doc["plan"] == f"Plan {LONG}"


@pytest.mark.parametrize("view", ["both", "stage"])
def test_matrix_csv_keeps_the_whole_name(plan, view):
    out = run("matrix", plan, "-f", "csv", "--view", view)
    limit = csv.field_size_limit(10_000_000)
    try:
        rows = list(csv.reader(io.StringIO(out)))
    finally:
        csv.field_size_limit(limit)
    assert any(LONG in cell for row in rows for cell in row)
