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


def test_readme_says_where_syntax_errors_are_reported():
    """README "Bad input and exit codes": what it claims of unclosed brackets and quotes."""
    from journeyplan.source.compose import read_plan_bytes

    text = " ".join(README.read_text(encoding="utf-8").split())
    assert "an unclosed `[` or `{` where it opens, however far on the parser notices it" in text
    assert "only a file that ends right after a `[`, `{` or `,` is reported at its end" in text
    assert "an unclosed quote where it opens when the file ends inside it" in text

    def place(source: str) -> tuple[int | None, int | None]:
        [finding] = read_plan_bytes("plan.yaml", source.encode()).findings
        assert finding.code == "JP001"
        return finding.location.line, finding.location.column

    # a bracket: where it opens, in the middle of a file and at its end
    assert place("personas:\n  - channels: [a, b\n  - id: c\n") == (2, 15)
    assert place("personas:\n  - channels: [a, b\n") == (2, 15)
    assert place("personas:\n  - {id: a\n  - {id: b}\n") == (2, 5)
    # ... except right after '[' or ',' at the end of the file
    assert place("personas: [a,\n") == (2, 1)
    # a quote: where it opens when the file ends inside it, else where the text stops fitting
    assert place('plan:\n  name: "Bakery\n  organisation: X\n') == (2, 9)
    assert place('plan:\n  name: "Bakery\n  organisation: "X"\n') == (3, 18)
