"""An empty path on the command line is a usage error (exit 2) for every command: typer
would read ``''`` as ``.``, so ``journeyplan check "$PLAN"`` with ``$PLAN`` unset in CI
would check the current folder and could pass."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import EXAMPLES

runner = CliRunner()
STARTER = str(EXAMPLES / "starter")
EMPTY = "the path is empty; give a folder or file (is a variable such as $PLAN unset?)"


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("check", ""), "'PATH'"),
        (("render", ""), "'PATH'"),
        (("report", ""), "'PATH'"),
        (("matrix", ""), "'PATH'"),
        (("forecast", ""), "'PATH'"),
        (("init", ""), "'DIRECTORY'"),
        (("diff", "--path", ""), "'--path' / '-p'"),
        (("diff", "--path="), "'--path' / '-p'"),
        (("render", STARTER, "-o", ""), "'--output' / '-o'"),
        (("report", STARTER, "--output="), "'--output' / '-o'"),
    ],
    ids=lambda v: " ".join(repr(a) for a in v) if isinstance(v, tuple) else None,
)
def test_an_empty_path_is_a_usage_error(tmp_path, args, hint):
    cwd = os.getcwd()
    os.chdir(tmp_path)  # were '' read as '.', the command would act here
    try:
        result = runner.invoke(app, list(args))
    finally:
        os.chdir(cwd)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.endswith(f"Error: Invalid value for {hint}: {EMPTY}\n")
    assert list(tmp_path.iterdir()) == []


def test_the_empty_path_error_in_dutch():
    result = runner.invoke(app, ["check", "", "--lang", "nl"])
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "Fout: ongeldige waarde voor 'PATH': het pad is leeg; geef een map of bestand op "
        "(staat een variabele zoals $PLAN niet ingesteld?)\n"
    )


def test_a_dot_is_still_the_current_folder():
    cwd = os.getcwd()
    os.chdir(STARTER)
    try:
        result = runner.invoke(app, ["check", "."])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0
    assert "No findings." in result.stdout
