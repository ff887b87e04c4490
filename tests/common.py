"""Test helpers: check a plan written inline and compare findings by (code, line, column)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from journeyplan.check.pipeline import CheckResult, check_plan
from journeyplan.rules.examples import clean_plan

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: A complete plan that passes every rule, as a base to break one thing at a time: the clean
#: base plan of the rule examples (``journeyplan/rules/snippets/base.yaml``), declared once.
#: Many tests quote its line and column positions; tests/rules/test_examples.py holds it
#: byte-identical to the text those tests were written against.
CLEAN = clean_plan()


def check_text(tmp_path: Path, text: str, name: str = "plan.yaml") -> CheckResult:
    """Write TEXT (dedented) to TMP_PATH/NAME and check that file."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return check_plan(path)


def problems(result: CheckResult) -> list[tuple[str, int | None, int | None]]:
    """(code, line, column) of every finding, in report order."""
    return [
        (f.code, f.location.line if f.location else None, f.location.column if f.location else None)
        for f in result.findings
    ]


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of TEXT containing NEEDLE."""
    for i, line in enumerate(textwrap.dedent(text).splitlines(), 1):
        if needle in line:
            return i
    raise AssertionError(f"{needle!r} not in text")


def report(result: CheckResult) -> list[tuple]:
    """(code, question, severity, line, column) of every finding, in report order: what a
    user reads in ``journeyplan check`` output, minus the message."""
    return [
        (
            f.code,
            f.question,
            f.severity,
            f.location.line if f.location else None,
            f.location.column if f.location else None,
        )
        for f in result.findings
    ]


def edit(text: str, old: str, new: str) -> str:
    """TEXT with OLD (which must occur exactly once) replaced by NEW."""
    count = text.count(old)
    assert count == 1, f"{old!r} occurs {count} times"
    return text.replace(old, new)


def write_plan(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write a multi-file plan under ROOT: relative path -> text (dedented) or bytes."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root
