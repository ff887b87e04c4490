"""The CLI orchestrates: readers return plan files, writers take a check result, and the
language of a run (``--lang`` > ``plan.language`` > English) reaches every message of it,
errors included."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import CLEAN, write_plan

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"NO_COLOR": "1"})


DUTCH = CLEAN.replace("  name: Clean plan\n", "  name: Clean plan\n  language: nl\n", 1)


def test_diff_errors_follow_lang(tmp_path):
    outside = tmp_path / "x"
    outside.mkdir()
    result = invoke("diff", "--lang", "nl", "-p", str(outside))
    assert result.exit_code == 2
    assert "ligt niet in een git-werkmap" in result.output, result.output
    english = invoke("diff", "-p", str(outside))
    assert "is not inside a git working tree" in english.output


def test_render_errors_follow_lang(tmp_path):
    write_plan(tmp_path, {"plan.yaml": CLEAN})
    out = tmp_path / "maps"
    result = invoke(
        "render", str(tmp_path), "-o", str(out), "-f", "dot", "-p", "nobody", "--lang", "nl"
    )
    assert result.exit_code == 2
    assert "het plan heeft geen persona 'nobody'" in result.output, result.output
    assert not out.exists()


def test_render_errors_follow_the_plans_language(tmp_path):
    write_plan(tmp_path, {"plan.yaml": DUTCH})
    result = invoke("render", str(tmp_path), "-o", str(tmp_path / "m"), "-f", "dot", "-p", "x")
    assert result.exit_code == 2
    assert "het plan heeft geen persona 'x'" in result.output, result.output
    english = invoke(
        "render", str(tmp_path), "-o", str(tmp_path / "m"), "-f", "dot", "-p", "x", "--lang", "en"
    )
    assert "no persona 'x' in the plan" in english.output  # --lang wins over the plan


def test_a_missing_plan_is_reported_in_the_lang_asked_for(tmp_path):
    for command in ("check", "matrix", "render"):
        result = invoke(command, str(tmp_path / "missing"), "--lang", "nl")
        assert result.exit_code == 2, command
        assert "bestaat niet" in result.output, (command, result.output)


def _loaded_after(code: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(proc.stdout.split())


def test_readers_and_writers_do_not_run_the_check():
    """git revisions are read into plan files and maps drawn from a check result: neither
    module imports the check pipeline (the CLI runs it)."""
    loaded = _loaded_after("import journeyplan.source.git, journeyplan.render")
    assert not {m for m in loaded if m.startswith("journeyplan.check")}
    assert "journeyplan.rules" not in loaded
