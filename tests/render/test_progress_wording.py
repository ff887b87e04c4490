"""`render`'s progress lines in the run's language: the overview is "overzicht" and the
seconds take a decimal comma in Dutch."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from journeyplan.cli import app

STARTER = Path(__file__).resolve().parents[2] / "examples" / "starter"


def test_progress_lines_in_english_and_dutch(tmp_path):
    runner = CliRunner()
    for lang, pattern in (
        ("en", r"map (\d+)/\1: overview \(full layout, \d+\.\d s\)"),
        ("nl", r"journeykaart (\d+)/\1: overzicht \(volledige opmaak, \d+,\d s\)"),
    ):
        result = runner.invoke(
            app,
            ["render", str(STARTER), "--format", "svg", "-o", str(tmp_path / lang), "--lang", lang],
        )
        assert result.exit_code == 0, result.output
        lines = result.stderr.splitlines()
        assert any(re.fullmatch(pattern, line) for line in lines), lines
        assert all(": overview (" not in line for line in lines) or lang == "en"
