"""`journeyplan init`: a starter plan that checks clean, and no user file ever destroyed."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.scaffold import init_plan, template_files

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_init_then_check_has_zero_findings(tmp_path, lang):
    target = tmp_path / "client"
    result = run("init", target, "--lang", lang)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in target.iterdir()) == ["README.md", "plan.yaml"]
    check = run("check", target, "--format", "json")
    assert check.exit_code == 0, check.output
    doc = json.loads(check.stdout)
    assert doc["summary"] == {"errors": 0, "warnings": 0, "infos": 0}
    assert doc["findings"] == []
    assert [row["questions"] for row in doc["checklist"]] == [{str(q): "pass" for q in range(1, 6)}]


def test_init_reports_what_it_created(tmp_path):
    target = tmp_path / "client"
    out = run("init", target).stdout.splitlines()
    assert out == [
        f"created {target / 'README.md'}",
        f"created {target / 'plan.yaml'}",
        f"Next: journeyplan check {target}",
    ]


def test_init_default_is_english(tmp_path):
    run("init", tmp_path / "p")
    text = (tmp_path / "p" / "plan.yaml").read_text(encoding="utf-8")
    assert "  language: en\n" in text
    assert "# Question 1: who do we recruit from?" in text


def test_dutch_template_is_in_dutch(tmp_path):
    result = run("init", tmp_path / "p", "--lang", "nl")
    assert result.stdout.splitlines()[-1] == f"Volgende stap: journeyplan check {tmp_path / 'p'}"
    text = (tmp_path / "p" / "plan.yaml").read_text(encoding="utf-8")
    assert "  language: nl\n" in text
    for stage in ("Vinden", "Verleiden", "Boeien", "Binden"):
        assert f"name: {stage}}}" in text
    assert "# Vraag 1: uit wie werven we?" in text
    assert "Afwijzing met eerlijke feedback" in text
    # the plan's own language makes check speak Dutch without --lang
    check = run("check", tmp_path / "p")
    assert check.exit_code == 0
    assert "Geen bevindingen." in check.stdout
    assert "✓ voldoet" in check.stdout


def test_every_section_says_which_question_it_answers():
    for lang, word in (("en", "Question"), ("nl", "Vraag")):
        text = dict(template_files(lang))["plan.yaml"]
        for q in range(1, 6):
            assert f"{word} {q}" in text, (lang, q)


def test_init_creates_missing_parents(tmp_path):
    target = tmp_path / "a" / "b" / "c"
    assert run("init", target).exit_code == 0
    assert (target / "plan.yaml").is_file()


def test_init_refuses_a_non_empty_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("init", tmp_path)
    assert result.exit_code == 2
    assert f"'{tmp_path}' is not empty; use --force" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_init_refusal_in_dutch(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("init", tmp_path, "--lang", "nl")
    assert result.exit_code == 2
    assert f"'{tmp_path}' is niet leeg; gebruik --force" in result.stderr


def test_init_accepts_a_folder_with_only_git(tmp_path):
    (tmp_path / ".git").mkdir()
    assert run("init", tmp_path).exit_code == 0
    assert (tmp_path / "plan.yaml").is_file()


def test_force_never_overwrites(tmp_path):
    mine = "plan:\n  name: My own plan\n"
    (tmp_path / "plan.yaml").write_text(mine, encoding="utf-8")
    result = run("init", tmp_path, "--force")
    assert result.exit_code == 0
    assert (tmp_path / "plan.yaml").read_text(encoding="utf-8") == mine
    assert (tmp_path / "README.md").is_file()
    assert result.stdout.splitlines() == [
        f"created {tmp_path / 'README.md'}",
        f"skipped {tmp_path / 'plan.yaml'}: the file already exists and is left as it is",
        f"Next: journeyplan check {tmp_path}",
    ]
    # a second run skips both and changes nothing
    again = run("init", tmp_path, "--force")
    assert again.exit_code == 0
    assert [ln.split()[0] for ln in again.stdout.splitlines()[:2]] == ["skipped", "skipped"]
    assert (tmp_path / "plan.yaml").read_text(encoding="utf-8") == mine


def test_force_does_not_follow_a_symlink_named_like_a_template(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    target = tmp_path / "plan"
    target.mkdir()
    try:
        os.symlink(victim, target / "plan.yaml")
    except (OSError, NotImplementedError):
        pytest.skip("no symlinks here")
    result = init_plan(target, "en", force=True)
    assert result.skipped == ["plan.yaml"]
    assert victim.read_text(encoding="utf-8") == "precious"


def test_init_leaves_no_temporary_files(tmp_path):
    run("init", tmp_path / "p")
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == ["README.md", "plan.yaml"]


def test_init_on_a_file_is_a_usage_error(tmp_path):
    f = tmp_path / "plan.yaml"
    f.write_text("x: 1\n", encoding="utf-8")
    result = run("init", f, "--force")
    assert result.exit_code == 2
    assert "exists and is not a folder" in result.stderr
    assert f.read_text(encoding="utf-8") == "x: 1\n"


@pytest.mark.skipif(
    os.name == "nt" or os.geteuid() == 0,
    reason="needs POSIX permissions and a user that cannot write everywhere",
)
def test_unwritable_folder_is_one_clear_line(tmp_path):
    tmp_path.chmod(0o500)
    try:
        result = run("init", tmp_path / "p")
    finally:
        tmp_path.chmod(0o700)
    assert result.exit_code == 2
    assert "cannot write in" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_language_is_a_usage_error(tmp_path):
    assert run("init", tmp_path / "p", "--lang", "de").exit_code == 2
    assert not (tmp_path / "p").exists()


def test_templates_are_package_data():
    for lang in ("en", "nl"):
        names = [name for name, _ in template_files(lang)]
        assert names == ["README.md", "plan.yaml"]
    with pytest.raises(KeyError):
        template_files("de")


def test_write_failure_is_one_clear_line(tmp_path, monkeypatch):
    import journeyplan.scaffold as scaffold

    def refuse(target, text):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(scaffold, "_write_new", refuse)
    result = run("init", tmp_path / "p")
    assert result.exit_code == 2
    assert result.stderr == f"journeyplan: cannot write in '{tmp_path / 'p'}': Permission denied\n"


def test_init_files_get_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        assert run("init", tmp_path / "plan").exit_code == 0
    finally:
        os.umask(old)
    for path in (tmp_path / "plan").iterdir():
        assert path.stat().st_mode & 0o777 == 0o644, path
