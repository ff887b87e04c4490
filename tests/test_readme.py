"""The README's rule table is generated from the registry and cannot drift."""

from __future__ import annotations

from pathlib import Path

from journeyplan.docs import END, START, rules_markdown, with_rules
from journeyplan.rules import REGISTRY

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_rules_block() -> str:
    text = README.read_text(encoding="utf-8")
    assert text.count(START) == 1 and text.count(END) == 1
    return text.split(START, 1)[1].split(END, 1)[0]


def test_readme_rules_block_is_generated():
    assert readme_rules_block() == f"\n{rules_markdown()}\n", (
        "README.md is out of date: run `python -m journeyplan.docs`"
    )


def test_rules_markdown_lists_every_rule_once_in_code_order():
    rows = rules_markdown().splitlines()[2:]
    assert [row.split(" | ")[0].lstrip("| ") for row in rows] == list(REGISTRY)
    assert list(REGISTRY) == sorted(REGISTRY)


def test_with_rules_is_idempotent():
    text = README.read_text(encoding="utf-8")
    assert with_rules(text) == text


def test_readme_sample_output_matches_the_broken_example():
    from typer.testing import CliRunner

    from journeyplan.cli import app

    text = README.read_text(encoding="utf-8")
    block = text.split("$ journeyplan check examples/broken\n", 1)[1].split("```", 1)[0]
    shown = [line for line in block.splitlines() if line and line != "..."]
    output = (
        CliRunner()
        .invoke(app, ["check", str(README.parent / "examples" / "broken"), "--no-color"])
        .output.splitlines()
    )
    assert shown[-1] == output[-1]
    for line in shown[:-1]:
        prefix = line.removesuffix("...").rstrip()
        assert any(real.startswith(prefix) for real in output), line
