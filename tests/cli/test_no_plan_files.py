"""A folder whose YAML files are all no plan file (a docker-compose.yml, a CI workflow) has
nothing of a plan to check: one line, exit 2, like a folder without YAML; not a warning
plus plan-wide errors without a place."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from journeyplan.errors import PlanPathError
from tests.common import EXAMPLES

runner = CliRunner()


@pytest.fixture
def only(tmp_path):
    folder = tmp_path / "only"
    folder.mkdir()
    (folder / "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", ["check", "render", "matrix", "report", "forecast"])
def test_a_folder_without_plan_files_is_not_a_plan(only, command):
    result = runner.invoke(app, [command, str(only)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"journeyplan: no plan files in '{only}': none of its YAML files (docker-compose.yml) "
        "has a plan section (plan, personas, touchpoints ...)\n"
    )


def test_many_foreign_files_are_named_three_at_most(only):
    for name in ("mkdocs.yml", "ci.yaml", "zz.yml"):
        (only / name).write_text("site_name: x\n", encoding="utf-8")
    with pytest.raises(PlanPathError) as caught:
        check_plan(only)
    assert caught.value.args_["files"] == "ci.yaml, docker-compose.yml, mkdocs.yml, ..."


def test_one_file_named_on_the_command_line_is_checked_as_a_plan(only):
    path = only / "docker-compose.yml"
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert "docker-compose.yml:1:1  JP019  warning  not a plan file" in result.stdout


def test_a_plan_next_to_a_foreign_file_is_checked_with_one_warning(only):
    (only / "plan.yaml").write_text(
        (EXAMPLES / "starter" / "plan.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = runner.invoke(app, ["check", str(only)])
    assert result.exit_code == 0
    assert "docker-compose.yml:1:1  JP019  warning  not a plan file" in result.stdout
    assert result.stdout.rstrip().endswith("0 errors, 1 warning, 0 info")
