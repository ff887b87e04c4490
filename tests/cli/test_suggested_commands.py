"""Every command line a message suggests can be pasted into a POSIX shell: its paths are
quoted with :func:`shlex.quote` (``journeyplan check 'my plan'``); a plain path stays as
it is. A command a message writes in single quotes is written in double quotes when a path
in it is quoted, so that the quotes never nest."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import EXAMPLES

runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "quoted"),
    [("my plan", "'my plan'"), ("it's", "'it'\"'\"'s'"), ("plain-plan", "plain-plan")],
)
def test_render_of_an_unreadable_plan_suggests_a_pasteable_check(
    tmp_path, monkeypatch, name, quoted
):
    (tmp_path / name).mkdir()
    (tmp_path / name / "plan.yaml").write_text("plan: [unclosed\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["render", name, "-f", "dot"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].endswith(f"Fix it first (journeyplan check {quoted}).")


def test_render_and_report_notes_on_a_plan_with_errors_quote_the_path(tmp_path, monkeypatch):
    shutil.copytree(EXAMPLES / "broken", tmp_path / "my plan")
    monkeypatch.chdir(tmp_path)
    drawn = runner.invoke(app, ["render", "my plan", "-f", "dot", "-o", "maps"])
    assert drawn.exit_code == 0, drawn.stderr
    assert drawn.stderr.splitlines()[-1] == (
        "journeyplan: note: the plan has 15 errors; the maps show what is valid. Run "
        "\"journeyplan check 'my plan'\" for the details."
    )


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Next: journeyplan check 'ini 2'"),
        ("nl", "Volgende stap: journeyplan check 'ini 2'"),
    ],
)
def test_init_suggests_a_pasteable_check(tmp_path, monkeypatch, lang, line):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "ini 2", "--lang", lang])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == line


def test_the_hint_of_a_file_checked_alone_quotes_its_folder(tmp_path, monkeypatch):
    shutil.copytree(EXAMPLES / "technical-staffing", tmp_path / "client plan")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "client plan/journeys/lisa.yaml", "--no-color"])
    assert result.exit_code == 1
    assert (
        "JP021  info  this file is part of the plan in client plan; check the folder "
        "(journeyplan check 'client plan'): the "
    ) in result.stdout


def test_the_report_note_on_a_plan_with_errors_quotes_the_path(tmp_path, monkeypatch, dot):
    shutil.copytree(EXAMPLES / "broken", tmp_path / "my plan")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", "my plan", "-o", "client.html"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == (
        "journeyplan: note: the plan has 15 errors; the report shows them in its checklist. "
        "\"journeyplan check 'my plan'\" lists them too."
    )


@pytest.mark.parametrize(
    ("path", "lang", "expected"),
    [
        ("plans", "en", "Run 'journeyplan check plans' for the details."),
        ("my plan", "en", "Run \"journeyplan check 'my plan'\" for the details."),
        ("it's", "en", "Run \"journeyplan check 'it'\"'\"'s'\" for the details."),
    ],
)
def test_a_quoted_command_with_a_quoted_path_changes_its_own_quotes(path, lang, expected):
    from journeyplan.i18n import render_message

    text = render_message("ui.matrix.plan_errors", {"errors": 2, "path": path}, lang)
    assert text.endswith(expected)


def test_the_quotes_change_in_every_language_and_message(tmp_path):
    """No message in any language nests the shell's quotes in its own."""
    from journeyplan.i18n import LANGUAGES, render_message
    from journeyplan.messages import MESSAGES

    keys = [k for k, entry in MESSAGES.items() if ":shell}" in str(entry)]
    assert len(keys) >= 6
    for lang in LANGUAGES:
        for key in keys:
            args = {"errors": 2, "count": 2, "path": "my plan", "arg": "my plan"}
            args.update(example="my plan", folder="my plan")
            text = render_message(key, args, lang)
            assert "'my plan''" not in text and " ''" not in text, (lang, key, text)
            assert "'my plan'" in text, (lang, key, text)
