"""Test helpers: check a plan written inline and compare findings by (code, line, column)."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path
from typing import NoReturn

import pytest

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


def text_of(result: CheckResult, code: str, lang: str = "en") -> list[str]:
    """The messages of CODE's findings in LANG, in report order: what the user reads."""
    from journeyplan.messages import render_message

    return [render_message(f.key, f.args, lang) for f in result.findings if f.code == code]


def column_of(text: str, needle: str, value: str) -> int:
    """1-based column of VALUE on the first line of TEXT that holds NEEDLE."""
    line = next(ln for ln in text.splitlines() if needle in ln)
    return line.index(value) + 1


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


def unavailable(message: str) -> NoReturn:
    """A tool the test needs is missing: skip the test, except in CI (``CI=true``), where it
    fails: CI installs every tool, so a missing one there is a broken setup."""
    if os.environ.get("CI") == "true":
        pytest.fail(message + "; CI must have it")
    pytest.skip(message)


def require_tool(name: str, message: str) -> str:
    """Path of the program NAME on PATH, or :func:`unavailable` with MESSAGE."""
    found = shutil.which(name)
    if found is None:
        unavailable(message)
    return found


def require_dot() -> str:
    """Path of Graphviz's dot (skipped without it, failed under ``CI=true``)."""
    return require_tool("dot", "Graphviz 'dot' is not installed (apt-get install graphviz)")


def require_git() -> str:
    """Path of git (skipped without it, failed under ``CI=true``)."""
    return require_tool("git", "git is not installed")
