"""User text is printed literally: rich markup, brackets, quotes, backslashes and emoji as
written; control characters (ESC ...) shown escaped, never sent to the terminal raw."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import CLEAN, edit, line_of, write_plan

PLAN_NAME = """[bold red]rich markup[/] [brackets] "quoted" it's C:\\new\\table 🎉 :smile:"""
STAGE_NAME = "[link=https://example.com]Apply[/link] \\[escaped]"
PERSONA_NAME = "Sam \x1b[31mRED\x1b[0m \x1b]0;title\x07 \u202eevil"
SHOWN_PERSONA = "Sam \\x1b[31mRED\\x1b[0m \\x1b]0;title\\x07 \\u202eevil"
BAD_ID = "[red]x[/red]"


def yaml_single(text: str) -> str:
    """TEXT as a YAML single-quoted scalar (backslashes literal, ' doubled)."""
    return "'" + text.replace("'", "''") + "'"


def yaml_double(text: str) -> str:
    """TEXT as a YAML double-quoted scalar, control characters as \\xNN / \\uNNNN."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            out.append(f"\\x{ord(ch):02x}")
        elif ch == "\u202e":
            out.append("\\u202e")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


TEXT = edit(CLEAN, "name: Clean plan", f"name: {yaml_single(PLAN_NAME)}")
TEXT = edit(TEXT, "{id: apply, name: Apply}", f"{{id: apply, name: {yaml_single(STAGE_NAME)}}}")
TEXT = edit(TEXT, ", brand: [fair-pay]", "")  # the stage now carries no brand: JP505
TEXT = edit(TEXT, "    name: Sam\n", f"    name: {yaml_double(PERSONA_NAME)}\n")
TEXT = edit(TEXT, "personas:\n", f"  - id: {yaml_single(BAD_ID)}\n    description: x\npersonas:\n")
BAD = line_of(TEXT, BAD_ID)
APPLY = line_of(TEXT, "{id: apply, name: Apply,")

EXPECTED_LINES = [
    f"Checklist — {PLAN_NAME}\n",
    f"\n[v2] plan/plan.yaml:{BAD}:9  JP005  error  invalid id '{BAD_ID}': ",
    f"\n[v2] plan/plan.yaml:{BAD}:9  JP103  error  target group '{BAD_ID}' is not covered by "
    "any persona\n",
    f"\n[v2] plan/plan.yaml:{APPLY}:37  JP505  warning  stage '{STAGE_NAME}' of sam's journey "
    "carries no brand element\n",
]


@pytest.fixture
def plan_dir(tmp_path):
    write_plan(tmp_path, {"[v2] plan/plan.yaml": TEXT})
    return tmp_path


_STYLE = re.compile(r"\x1b\[[0-9;]*m")


def assert_literal(output: str) -> None:
    # nothing the user wrote reaches the terminal as a control sequence
    assert "\x1b[31mRED" not in output
    assert "\x1b]0;" not in output and "\x07" not in output and "\u202e" not in output
    # and all of it is there, as written (once the tool's own colours are taken out)
    plain = _STYLE.sub("", output)
    for expected in EXPECTED_LINES:
        assert expected in plain, expected
    assert f"sam ({SHOWN_PERSONA})" in plain


def test_text_output_is_literal_cli_runner(plan_dir):
    result = CliRunner().invoke(app, ["check", str(plan_dir)])
    assert result.exit_code == 1
    assert_literal(result.output)
    assert "\x1b" not in result.output  # not a terminal: no colour either


def test_text_output_is_literal_with_colours_forced(plan_dir):
    result = CliRunner().invoke(
        app, ["check", str(plan_dir)], env={"FORCE_COLOR": "1", "NO_COLOR": None}
    )
    assert result.exit_code == 1
    assert "\x1b[" in result.output  # the styling is there ...
    assert_literal(result.output)  # ... and the user's text still is not


def run_module(*args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environ.update(env)
    environ["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "journeyplan", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
    )


def test_text_output_is_literal_python_m(plan_dir):
    proc = run_module("check", str(plan_dir))
    assert proc.returncode == 1, proc.stderr
    assert_literal(proc.stdout)
    assert "\x1b" not in proc.stdout
    assert proc.stderr == ""


def test_text_output_is_literal_python_m_forced_colour(plan_dir):
    proc = run_module("check", str(plan_dir), FORCE_COLOR="1")
    assert proc.returncode == 1
    assert "\x1b[" in proc.stdout
    assert_literal(proc.stdout)


def test_json_output_keeps_the_exact_text(plan_dir):
    result = CliRunner().invoke(app, ["check", str(plan_dir), "--format", "json"])
    assert "\x1b" not in result.output and "\u202e" not in result.output
    doc = json.loads(result.output)
    assert doc["plan"] == PLAN_NAME
    messages = [f["message"] for f in doc["findings"]]
    assert f"stage '{STAGE_NAME}' of sam's journey carries no brand element" in messages
    assert {f["file"] for f in doc["findings"]} == {"[v2] plan/plan.yaml"}


def test_error_line_shows_control_characters_escaped(tmp_path):
    missing = tmp_path / "no\x1b[31mplan"
    result = CliRunner().invoke(app, ["check", str(missing)])
    assert result.exit_code == 2
    assert "\x1b" not in result.output
    assert "no\\x1b[31mplan' does not exist" in result.output
