"""Which output formats each command has: a name -> (module, class) map per command.

The map *is* the list of ``--format`` choices (in this order; the first is the default),
and it names implementations without importing them: :func:`formatter` imports a format's
module only when that format is used, so ``journeyplan check`` never loads the diff,
matrix or SARIF code. Adding a format is one entry here and one
:class:`~journeyplan.report.base.Formatter` class in its module; adding a command with
formats is one more key.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Any

#: command -> format name -> (module, class)
FORMATTERS: dict[str, dict[str, tuple[str, str]]] = {
    "check": {
        "text": ("journeyplan.report.text", "TextReporter"),
        "json": ("journeyplan.report.json_format", "JsonReporter"),
        "sarif": ("journeyplan.report.sarif", "SarifReporter"),
        "github": ("journeyplan.report.github", "GithubReporter"),
    },
    "diff": {
        "text": ("journeyplan.report.diff_report", "DiffTextReporter"),
        "json": ("journeyplan.report.diff_report", "DiffJsonReporter"),
        "markdown": ("journeyplan.report.diff_report", "DiffMarkdownReporter"),
    },
    "matrix": {
        "text": ("journeyplan.report.matrix_formats", "MatrixTextFormatter"),
        "csv": ("journeyplan.report.matrix_formats", "MatrixCsvFormatter"),
        "markdown": ("journeyplan.report.matrix_formats", "MatrixMarkdownFormatter"),
    },
    "forecast": {
        "text": ("journeyplan.report.forecast_formats", "ForecastTextFormatter"),
        "json": ("journeyplan.report.forecast_formats", "ForecastJsonFormatter"),
        "csv": ("journeyplan.report.forecast_formats", "ForecastCsvFormatter"),
        "markdown": ("journeyplan.report.forecast_formats", "ForecastMarkdownFormatter"),
    },
    "rules": {
        "text": ("journeyplan.report.rules", "RulesTextFormatter"),
        "markdown": ("journeyplan.report.rules", "RulesMarkdownFormatter"),
        "json": ("journeyplan.report.rules", "RulesJsonFormatter"),
    },
}


def names(command: str) -> tuple[str, ...]:
    """The ``--format`` choices of COMMAND, default first. Imports nothing."""
    return tuple(FORMATTERS[command])


def formatter(command: str, name: str) -> Any:
    """The formatter class of COMMAND's format NAME, imported now. Raises ``KeyError`` for
    a command or format that does not exist."""
    module, cls = FORMATTERS[command][name]
    return getattr(import_module(module), cls)


class Formats(Mapping[str, Any]):
    """COMMAND's formats as a read-only mapping name -> formatter class that imports a
    class when it is looked up (iterating the names imports nothing)."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __getitem__(self, name: str) -> Any:
        return formatter(self.command, name)

    def __iter__(self) -> Iterator[str]:
        return iter(FORMATTERS[self.command])

    def __len__(self) -> int:
        return len(FORMATTERS[self.command])
