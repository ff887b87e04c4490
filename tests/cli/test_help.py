"""What ``--help`` shows, for every command, in English and with ``--lang nl``: arguments
as ``PATH`` (click's and git's convention), never typer's ``{path}``, ``path <path>``,
``<list[str]>`` or ``<float range>``; and ``journeyplan`` with no arguments."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app

COMMANDS = [
    "check", "rules", "explain", "forecast", "matrix", "init", "schema", "diff", "render",
    "report", "lsp",
]  # fmt: skip
#: what typer writes for a parameter that has no metavar of ours
TYPER_PLACEHOLDERS = re.compile(r"\{\w+\}|<(?:path|str|int|float|list\[[^>]*\]|\w+ range)>")


def help_of(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return result.stdout


#: every command in English, and with --lang nl where it has the option (schema and lsp
#: print no message)
HELPS = [(c, None) for c in COMMANDS] + [(c, "nl") for c in COMMANDS if c not in ("schema", "lsp")]


@pytest.mark.parametrize("command, lang", HELPS)
def test_every_help_names_its_parameters_without_typer_placeholders(command, lang):
    text = help_of(command, *(["--lang", lang] if lang else []))
    assert TYPER_PLACEHOLDERS.findall(text) == []
    assert text.startswith(f"Usage: journeyplan {command} [OPTIONS]")


@pytest.mark.parametrize(
    "command, usage, argument",
    [
        ("check", "Usage: journeyplan check [OPTIONS] PATH", "  PATH  Plan folder or single"),
        ("explain", "Usage: journeyplan explain [OPTIONS] CODE", "  CODE  A rule code"),
        ("init", "Usage: journeyplan init [OPTIONS] DIRECTORY", "  DIRECTORY  Folder"),
        (
            "diff",
            "Usage: journeyplan diff [OPTIONS] [REV_A [REV_B]] [[--] PLAN]",
            "  [REV_A [REV_B]] [[--] PLAN]  Older revision",
        ),
    ],
)
def test_arguments_are_named_as_in_click_and_git(command, usage, argument):
    lines = help_of(command).splitlines()
    assert lines[0] == usage
    assert any(line.startswith(argument) for line in lines)


def test_options_with_values_name_them():
    assert "  --timeout SECONDS " in help_of("render")
    assert "  -p, --path PLAN " in help_of("diff")


@pytest.mark.parametrize("lang, error", [("en", "Error: Missing argument 'PATH'."),
                                         ("nl", "Fout: het argument 'PATH' ontbreekt.")])  # fmt: skip
def test_a_missing_argument_is_named_as_the_help_names_it(lang, error):
    result = CliRunner().invoke(app, ["check", "--lang", lang])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == error


def test_journeyplan_alone_prints_the_help_and_exits_2():
    """Our choice, documented here: ``journeyplan`` with no command prints exactly what
    ``journeyplan --help`` prints, on stdout, with no "Error:" line (the user asked for
    nothing wrong, just nothing), and exits 2, the usage error's code, so a script whose
    command went missing (``journeyplan $CMD``) fails. git prints its usage and exits 1;
    click prints the help with exit 2."""
    env = {**os.environ, "NO_COLOR": "1"}
    bare = subprocess.run(
        [sys.executable, "-m", "journeyplan"], capture_output=True, text=True, env=env
    )
    asked = subprocess.run(
        [sys.executable, "-m", "journeyplan", "--help"], capture_output=True, text=True, env=env
    )
    assert bare.returncode == 2 and asked.returncode == 0
    assert bare.stderr == ""
    assert bare.stdout == asked.stdout
    assert bare.stdout.splitlines()[0].endswith("journeyplan [OPTIONS] COMMAND [ARGS]...")
    assert "Error" not in bare.stdout
