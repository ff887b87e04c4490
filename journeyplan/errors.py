"""Exceptions for what cannot become a finding: a PATH that is not a plan at all (exit 2)."""

from __future__ import annotations

from typing import Any


class JourneyplanError(Exception):
    """Base of journeyplan's own exceptions. ``key`` names the message in the catalogue
    (:mod:`journeyplan.messages`); ``args`` fill it in."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args

    def message(self, lang: str = "en") -> str:
        from journeyplan.messages import render_message

        return render_message(self.key, self.args_, lang)


class PlanPathError(JourneyplanError):
    """PATH is missing, unreadable or holds no YAML file: a usage error (exit 2)."""


class UsageError(JourneyplanError):
    """A command-line argument is wrong (exit 2)."""
