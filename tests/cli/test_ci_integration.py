"""The pre-commit hook definition and the README's CI / suppression snippets do what they say."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml
from typer.testing import CliRunner

from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from tests.common import EXAMPLES

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def readme_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## In CI, pre-commit and editors\n", 1)[1].split("\n## ", 1)[0]


def test_pre_commit_hook_definition():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["journeyplan-check"]
    hook = hooks[0]
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    assert hook["entry"] == "journeyplan check"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    script = shlex.split(hook["entry"])[0]
    assert f'\n{script} = "journeyplan.cli:main"' in pyproject  # a console script
    files = re.compile(hook["files"])
    assert [
        bool(files.search(p))
        for p in ("plan.yaml", "plan/journeys/x.yml", "README.md", "plan.yaml.bak")
    ] == [True, True, False, False]
    # what pre-commit runs: entry + args (the plan folder replaces the default ".")
    args = shlex.split(hook["entry"])[1:] + [str(EXAMPLES / "starter")]
    assert runner.invoke(app, args).exit_code == 0
    args = shlex.split(hook["entry"])[1:] + [str(EXAMPLES / "broken")]
    assert runner.invoke(app, args).exit_code == 1


def test_readme_shows_the_snippets():
    section = readme_section()
    assert "id: journeyplan-check" in section
    assert "--format github" in section
    assert "--format sarif" in section
    assert "github/codeql-action/upload-sarif" in section
    for block in re.findall(r"```yaml\n(.*?)```", section, flags=re.S):
        yaml.safe_load(block)  # every YAML snippet is valid YAML


def test_readme_suppression_examples_work(tmp_path):
    """The README's two suppression forms, applied to the broken example."""
    text = (EXAMPLES / "broken" / "plan.yaml").read_text(encoding="utf-8")
    before = {f.code for f in check_plan(EXAMPLES / "broken").findings}
    assert {"JP404", "JP405"} <= before
    text = text.replace(
        "    channel: phone  # defect:",
        "    # journeyplan: ignore[JP405] the phone call is deliberate: it is the personal touch\n"
        "    channel: phone  # defect:",
    )
    text = text.replace(
        "  - id: eva-faq  # defect: dead end (no trigger leaves the FAQ page)",
        "  - id: eva-faq  # journeyplan: ignore[JP404] a visit may end here",
    )
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8")
    after = [f.code for f in check_plan(tmp_path / "plan.yaml").findings]
    assert "JP404" not in after and "JP405" not in after
    assert "JP017" not in after
    assert len(after) == len(check_plan(EXAMPLES / "broken").findings) - 2
