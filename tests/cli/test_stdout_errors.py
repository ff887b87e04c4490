"""Standard output that is closed or full. Closed (``>&-``): nobody reads, so the command
ends as with a closed pipe, with the exit code it would have had, saying nothing. Full
(``> /dev/full``) or failing: one line, ``cannot write to standard output: REASON``, exit
2. Neither is an internal error. An internal error of a command that checks no plan names
the command, not a plan being checked."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import EXAMPLES

STARTER = str(EXAMPLES / "starter")
BROKEN = str(EXAMPLES / "broken")
FULL = "/dev/full"


def run(args, stdout) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "journeyplan", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=120,
    )


def closed_stdout(*args: str) -> subprocess.CompletedProcess:
    """``journeyplan ARGS >&-``: the process starts with file descriptor 1 closed."""
    return subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "journeyplan", *args],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=120,
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("check", BROKEN), 1),
        (("check", STARTER), 0),
        (("check", BROKEN, "-f", "json"), 1),
        (("matrix", STARTER, "-f", "csv"), 0),
        (("rules",), 0),
        (("schema",), 0),
        (("explain", "JP404"), 0),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else str(v),
)
def test_a_closed_stdout_is_a_reader_that_went_away(args, code):
    proc = closed_stdout(*args)
    assert proc.returncode == code, proc.stderr
    assert proc.stderr == ""


needs_dev_full = pytest.mark.skipif(not os.path.exists(FULL), reason="no /dev/full here")


@needs_dev_full
@pytest.mark.parametrize(
    "args",
    [
        ("schema",),
        ("check", BROKEN),
        ("check", STARTER, "-f", "sarif"),
        ("rules",),
        ("matrix", STARTER, "-f", "csv"),
        ("explain", "JP404"),
    ],
    ids=" ".join,
)
def test_a_full_stdout_is_one_line_exit_2(args):
    with open(FULL, "w") as full:
        proc = run(args, full)
    assert proc.returncode == 2
    assert proc.stderr == "journeyplan: cannot write to standard output: No space left on device\n"


@needs_dev_full
@pytest.mark.parametrize(
    "args",
    [("--version",), ("--help",), ("check", "--help"), ("diff", "-h"), ()],
    ids=lambda v: " ".join(v) or "no arguments",
)
def test_what_typer_prints_itself_into_a_full_stdout_is_one_line_too(args):
    # the version and the help are printed before any command runs
    with open(FULL, "w") as full:
        proc = run(list(args), full)
    assert proc.returncode == 2
    assert proc.stderr == "journeyplan: cannot write to standard output: No space left on device\n"


@needs_dev_full
def test_the_version_into_a_full_stdout_in_dutch():
    with open(FULL, "w") as full:
        proc = run(["check", "--help", "--lang", "nl"], full)
    assert proc.returncode == 2
    assert proc.stderr == (
        "journeyplan: kan de uitvoer niet wegschrijven: No space left on device\n"
    )


@pytest.mark.parametrize("args", [("--version",), ("--help",)], ids=" ".join)
def test_the_version_and_the_help_into_a_closed_stdout_say_nothing(args):
    proc = closed_stdout(*args)
    assert proc.returncode == 0
    assert proc.stderr == ""


@needs_dev_full
def test_render_into_a_full_stdout_names_the_output_not_an_internal_error(tmp_path):
    with open(FULL, "w") as full:
        proc = run(["render", STARTER, "-f", "dot", "-o", str(tmp_path / "maps")], full)
    assert proc.returncode == 2
    assert proc.stderr == "journeyplan: cannot write to standard output: No space left on device\n"


@needs_dev_full
def test_the_full_stdout_line_in_dutch():
    with open(FULL, "w") as full:
        proc = run(["rules", "--lang", "nl"], full)
    assert proc.returncode == 2
    assert proc.stderr == (
        "journeyplan: kan de uitvoer niet wegschrijven: No space left on device\n"
    )


def test_an_internal_error_of_a_command_that_checks_nothing_names_the_command(monkeypatch):
    import journeyplan.plan.jsonschema

    def boom():
        raise ValueError("kaboom")

    monkeypatch.setattr(journeyplan.plan.jsonschema, "json_schema", boom)
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 2
    assert result.stderr == (
        "journeyplan: internal error in journeyplan schema: ValueError: kaboom. Please report "
        "this (run again with --debug for the traceback).\n"
    )
