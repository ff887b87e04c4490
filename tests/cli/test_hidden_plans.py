"""`journeyplan check DIR` where the only YAML is hidden (`.hidden/plan.yaml`,
`.plan.yaml`): the message says hidden files and folders are skipped, names them, and gives
the command that checks one (its path, quoted for the shell)."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import EXAMPLES

runner = CliRunner()
STARTER = EXAMPLES / "starter" / "plan.yaml"


@pytest.mark.parametrize(
    ("hidden", "shown", "command"),
    [
        (".hidden/plan.yaml", ".hidden", "journeyplan check dir/.hidden"),
        (".plan.yaml", ".plan.yaml", "journeyplan check dir/.plan.yaml"),
    ],
)
def test_a_folder_with_only_a_hidden_plan_says_it_was_skipped(
    tmp_path, monkeypatch, hidden, shown, command
):
    target = tmp_path / "dir" / hidden
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(STARTER, target)
    (tmp_path / "dir" / ".git").mkdir()  # a hidden folder without YAML is not named
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "dir"])
    assert result.exit_code == 2
    assert result.stderr == (
        "journeyplan: no *.yaml or *.yml file found in 'dir': hidden files and folders are "
        f"skipped, and 1 is hidden ('{shown}'); to check it, give its path: {command}\n"
    )
    suggested = command.split()[2]
    assert runner.invoke(app, ["check", suggested]).exit_code == 0  # the suggestion works


def test_several_hidden_ones_in_dutch_with_a_quoted_path(tmp_path, monkeypatch):
    for rel in (".a/x.yml", ".b/y.yaml", ".c.yaml"):
        (tmp_path / "my plan" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "my plan" / rel).write_text("plan: {name: x}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "my plan", "--lang", "nl"])
    assert result.exit_code == 2
    assert result.stderr == (
        "journeyplan: geen *.yaml- of *.yml-bestand gevonden in 'my plan': verborgen "
        "bestanden en mappen worden overgeslagen, en er zijn er 3 verborgen (.a, .b, "
        ".c.yaml); wil je er een controleren, geef dan het pad op: journeyplan check "
        "'my plan/.a'\n"
    )


def test_a_folder_with_no_yaml_at_all_keeps_its_message(tmp_path, monkeypatch):
    (tmp_path / "dir" / ".git").mkdir(parents=True)
    (tmp_path / "dir" / "notes.txt").write_text("x\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "dir"])
    assert result.exit_code == 2
    assert result.stderr == "journeyplan: no *.yaml or *.yml file found in 'dir'\n"
