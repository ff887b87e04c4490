"""Fixtures the whole test tree shares. Helpers a test calls itself are in tests/common.py
(``CLEAN``, ``check_text``, ``edit``, ``report``, ``require_dot`` ...); the LSP client and its
workspace are in tests/lsp/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.common import CLEAN, require_dot, require_git


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    """A plan folder (``TMP/plan``) holding the clean base plan ``CLEAN`` as ``plan.yaml``;
    the rest of TMP is free for what a test puts beside it."""
    folder = tmp_path / "plan"
    folder.mkdir()
    (folder / "plan.yaml").write_text(CLEAN, encoding="utf-8")
    return folder


@pytest.fixture
def dot() -> str:
    """Path of Graphviz's dot: the test is skipped without it, and fails under CI=true."""
    return require_dot()


@pytest.fixture
def git() -> str:
    """Path of git: the test is skipped without it, and fails under CI=true."""
    return require_git()
