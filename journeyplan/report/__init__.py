"""Formatters: a check result -> text on a stream. The registry *is* the list of
``--format`` choices of ``journeyplan check``."""

from __future__ import annotations

from journeyplan.report.base import Reporter, ReportOptions
from journeyplan.report.github import GithubReporter
from journeyplan.report.json_format import JsonReporter
from journeyplan.report.sarif import SarifReporter
from journeyplan.report.text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "sarif": SarifReporter,
    "github": GithubReporter,
}

__all__ = ["REPORTERS", "ReportOptions", "Reporter"]
