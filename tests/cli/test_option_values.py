"""Numeric options out of range are usage errors that name the allowed range (exit 2), never
an internal error; an internal error names what the command was doing."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import EXAMPLES

STAFFING = str(EXAMPLES / "technical-staffing")
runner = CliRunner()


@pytest.mark.parametrize("value", ["1e9", "10000000", "inf", "nan", "86400.5"])
def test_a_render_timeout_out_of_range_names_the_range(tmp_path, value):
    result = runner.invoke(
        app, ["render", STAFFING, "--timeout", value, "-f", "dot", "-o", str(tmp_path / "m")]
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--timeout': the value must be a number from 1 to 86400"
    )
    assert "internal error" not in result.stderr
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize("value", ["0.5", "-inf"])
def test_a_render_timeout_below_the_range_names_its_lower_bound(tmp_path, value):
    result = runner.invoke(app, ["render", STAFFING, "--timeout", value, "-f", "dot"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--timeout': the value must be 1 or more"
    )


def test_a_render_timeout_out_of_range_in_dutch(tmp_path):
    result = runner.invoke(app, ["render", STAFFING, "--timeout", "inf", "--lang", "nl"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Fout: ongeldige waarde voor '--timeout': de waarde moet een getal van 1 tot en met "
        "86400 zijn"
    )


def test_the_longest_render_timeout_is_accepted(tmp_path):
    result = runner.invoke(
        app, ["render", STAFFING, "--timeout", "86400", "-f", "dot", "-o", str(tmp_path / "m")]
    )
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "m" / "overview.dot").is_file()


def _boom(*args, **kwargs):
    raise ValueError("kaboom")


@pytest.mark.parametrize(
    ("command", "target", "activity"),
    [
        (["render", "-f", "dot"], "journeyplan.cli.render.refuse_unread", "drawing the maps of"),
        (["report"], "journeyplan.cli.report.refuse_unread", "writing the client report of"),
        (["matrix"], "journeyplan.cli.matrix.refuse_unread", "building the checklist matrix of"),
        (["forecast"], "journeyplan.cli.forecast.refuse_unread", "forecasting"),
    ],
    ids=["render", "report", "matrix", "forecast"],
)
def test_an_internal_error_names_what_the_command_was_doing(
    monkeypatch, tmp_path, command, target, activity
):
    module, name = target.rsplit(".", 1)
    monkeypatch.setattr(__import__(module, fromlist=[name]), name, _boom)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [*command, STAFFING])
    assert result.exit_code == 2
    assert result.stderr == (
        f"journeyplan: internal error while {activity} {STAFFING}: ValueError: kaboom. "
        "Please report this (run again with --debug for the traceback).\n"
    )


def test_an_internal_error_of_diff_says_comparing(monkeypatch, tmp_path, git):
    import shutil
    import subprocess

    shutil.copytree(EXAMPLES / "starter", tmp_path / "plan")
    for args in (
        ["init", "-q"],
        ["add", "."],
        ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "plan"],
    ):
        subprocess.run([git, *args], cwd=tmp_path, check=True)
    monkeypatch.setattr(
        __import__("journeyplan.analysis.diff", fromlist=["x"]), "diff_results", _boom
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["diff", "--", "plan"])
    assert result.exit_code == 2
    assert result.stderr == (
        "journeyplan: internal error while comparing plan: ValueError: kaboom. "
        "Please report this (run again with --debug for the traceback).\n"
    )
