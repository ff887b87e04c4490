"""Exceptions for what cannot become a finding: a PATH that is not a plan at all (exit 2)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class JourneyplanError(Exception):
    """Base of journeyplan's own exceptions. ``key`` names the message in the catalogue
    (:mod:`journeyplan.messages`); ``args`` fill it in."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args

    def message(self, lang: str = "en") -> str:
        """The text in LANG (the run's language)."""
        from journeyplan.i18n import render_message

        return render_message(self.key, self.args_, lang)


class PlanPathError(JourneyplanError):
    """PATH is missing, unreadable or holds no YAML file: a usage error (exit 2). A
    ``path-no-yaml`` with a ``hidden`` argument (hidden YAML files or folders were skipped)
    is said with ``path-no-yaml.hidden``."""

    def message(self, lang: str = "en") -> str:
        if self.key == "path-no-yaml" and "hidden" in self.args_:
            from journeyplan.i18n import render_message

            return render_message("path-no-yaml.hidden", self.args_, lang)
        return super().message(lang)


class UsageError(JourneyplanError):
    """A command-line argument is wrong (exit 2)."""


@contextmanager
def processing(path: str | os.PathLike | None = None, rule: str | None = None) -> Iterator[None]:
    """Mark an unexpected exception raised inside with the file (PATH) or the rule (RULE)
    being processed, so that the one-line internal-error report of the CLI can name it.
    The innermost mark wins; the exception itself propagates unchanged."""
    try:
        yield
    except Exception as exc:
        if path is not None and getattr(exc, "journeyplan_file", None) is None:
            exc.journeyplan_file = str(path)  # type: ignore[attr-defined]
        if rule is not None and getattr(exc, "journeyplan_rule", None) is None:
            exc.journeyplan_rule = rule  # type: ignore[attr-defined]
        raise
