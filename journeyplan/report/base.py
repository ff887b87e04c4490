"""The formatter protocol every output format implements, and the options it is given.

A formatter is a class constructed with :class:`ReportOptions` whose ``write(data, out)``
writes one command's result to a text stream: a
:class:`~journeyplan.check.pipeline.CheckResult` for ``check``, a
:class:`~journeyplan.report.diff_report.Comparison` for ``diff``, a list of
:class:`~journeyplan.analysis.matrix.Matrix` for ``matrix``, a list of
:class:`~journeyplan.report.rules.RuleRow` for ``rules``. Formatters never print
elsewhere, never exit and never run the pipeline. Which formatters exist is
:mod:`journeyplan.report.registry`.
"""

from __future__ import annotations

from typing import Any, Generic, TextIO, TypeVar

from journeyplan.findings import Finding
from journeyplan.messages import render_message
from journeyplan.record import record
from journeyplan.report.escaping import visible

__all__ = ["Formatter", "ReportOptions", "Reporter", "visible"]

T = TypeVar("T")


@record
class ReportOptions:
    """How to report: ``lang`` (en | nl), ``color`` for terminals, ``strict`` (warnings
    count as errors), ``cwd_prefix``: the plan directory relative to the current working
    directory, for formats whose paths are relative to it (SARIF, GitHub); ``debug``: also
    show what the YAML parser said in its own words (``--debug``, text format)."""

    lang: str = "en"
    color: bool = True
    strict: bool = False
    cwd_prefix: str = ""
    debug: bool = False


class Formatter(Generic[T]):
    """Writes one command's result (of type ``T``) to a stream in one format; ``name`` is
    the ``--format`` value it answers to."""

    name = ""

    def __init__(self, options: ReportOptions) -> None:
        self.options = options

    def t(self, key: str, **args: Any) -> str:
        """The catalogue message KEY with ARGS in the output language."""
        return render_message(key, args, self.options.lang)

    def message(self, finding: Finding) -> str:
        """FINDING's message in the output language."""
        return render_message(finding.key, finding.args, self.options.lang)

    def not_evaluated(self, unread: list[str]) -> str:
        """The sentence saying that the checklist was not evaluated because the files
        UNREAD (relative paths) could not be read: the text output's line, GitHub's last
        annotation, SARIF's tool notification."""
        return self.t("ui.not_evaluated", count=len(unread), files=", ".join(unread))

    def write(self, data: T, out: TextIO) -> None:
        raise NotImplementedError


#: The formatters of ``journeyplan check`` (a :class:`Formatter` of check results).
Reporter = Formatter
