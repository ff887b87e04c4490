"""Regular expressions compiled when first used.

A character class beyond Latin-1 (``[\\u200b-\\u200f]``, a lone-surrogate range) costs
Python's ``re`` compiler a loop in Python over all 65,536 code points of the Basic
Multilingual Plane: several million instructions each, about 1-2 ms of every start-up for a
pattern most runs never use (only text that is not ASCII, or a file with old Mac or Unicode
line breaks, needs them; docs/performance.md, "Start-up against the typer floor").
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """PATTERN (with FLAGS), compiled by :func:`re.compile` the first time one of its
    methods (``search``, ``sub``, ``finditer`` ...) or attributes is used; after that it
    acts as the compiled pattern. Raises :class:`re.error` then, not at import, if PATTERN
    is invalid (a test compiles every one: tests/test_lazy.py)."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None

    def compiled(self) -> re.Pattern[Any]:
        """The compiled pattern (compiling it now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r})"
