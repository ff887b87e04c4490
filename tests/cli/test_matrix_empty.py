"""`journeyplan matrix` of a plan without personas: one line saying so (not one per view),
and its note on stderr worded like render's and report's (prefix, path, pasteable check)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "stdout", "stderr"),
    [
        (
            [],
            "No personas: the matrix has no rows. Add personas to the plan (question 2).\n",
            "journeyplan: note: the plan has 6 errors; the matrix shows what is valid. Run "
            "'journeyplan check empty.yaml' for the details.\n",
        ),
        (
            ["--format", "markdown", "--view", "stage"],
            "No personas: the matrix has no rows. Add personas to the plan (question 2).\n",
            "journeyplan: note: the plan has 6 errors; the matrix shows what is valid. Run "
            "'journeyplan check empty.yaml' for the details.\n",
        ),
        (
            ["--lang", "nl"],
            "Geen persona's: de matrix heeft geen rijen. Voeg persona's toe aan het plan "
            "(vraag 2).\n",
            "journeyplan: let op: het plan heeft 6 fouten; de matrix toont wat geldig is. Voer "
            "'journeyplan check empty.yaml' uit voor de details.\n",
        ),
    ],
    ids=["text", "markdown", "dutch"],
)
def test_the_matrix_of_an_empty_plan_says_so_once(tmp_path, monkeypatch, args, stdout, stderr):
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["matrix", "empty.yaml", *args])
    assert result.exit_code == 0
    assert result.stdout == stdout
    assert result.stderr == stderr


def test_the_matrix_note_quotes_a_path_with_a_space(tmp_path, monkeypatch):
    (tmp_path / "my plan").mkdir()
    (tmp_path / "my plan" / "plan.yaml").write_text("plan: {name: x}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["matrix", "my plan"])
    assert result.stderr.endswith("Run \"journeyplan check 'my plan'\" for the details.\n")
