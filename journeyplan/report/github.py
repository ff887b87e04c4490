"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

    ::error file=plans/acme/plan.yaml,line=12,col=5,title=JP404::touchpoint 'faq' is ...

error -> ``::error``, warning -> ``::warning``, info -> ``::notice``. When a file could
not be read, the checklist was not evaluated: a last ``::error title=journeyplan::`` says
so and names the files. ``file`` is relative
to the current working directory (the repository root in CI), so the annotation lands on
the right line of the pull request. A finding without a location has no ``file``; one
without a line has no ``line``/``col``.

Escaping, as the Actions runner expects it (policies ``github-data`` and
``github-property`` of :mod:`journeyplan.report.escaping`): in the message (the data) ``%`` ->
``%25``, ``\\r`` -> ``%0D``, ``\\n`` -> ``%0A``; in property values additionally ``:`` ->
``%3A`` and ``,`` -> ``%2C``. Other control characters are shown as escapes (``\\x1b``) first,
so user text can neither start a second workflow command nor reach a terminal as a control
code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from journeyplan.findings import Finding
from journeyplan.report.base import Formatter
from journeyplan.report.escaping import github_data as escape_data
from journeyplan.report.escaping import github_property as escape_property
from journeyplan.report.paths import cwd_path

if TYPE_CHECKING:
    from journeyplan.check.pipeline import CheckResult

__all__ = ["COMMANDS", "GithubReporter", "escape_data", "escape_property"]

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


class GithubReporter(Formatter["CheckResult"]):
    """``--format github``: one workflow command per finding."""

    name = "github"

    def annotation(self, f: Finding) -> str:
        """One workflow command line (without the newline) for finding F."""
        props: list[tuple[str, str]] = []
        loc = f.location
        if loc is not None:
            props.append(("file", cwd_path(self.options.cwd_prefix, loc.file)))
            if loc.line is not None:
                props.append(("line", str(loc.line)))
                if loc.column is not None:
                    props.append(("col", str(loc.column)))
        props.append(("title", f.code))
        joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
        message = self.message(f)
        if f.consequences:
            more = sum(1 for _ in f.every_consequence())
            message += " " + self.t("ui.follow_from_it", count=more)
        return f"::{COMMANDS[f.severity]} {joined}::{escape_data(message)}"

    def write(self, result: CheckResult, out: TextIO) -> None:
        for f in result.findings:
            out.write(self.annotation(f) + "\n")
        if not result.checklist_evaluated:
            # no persona has a verdict: say so, or a run without checklist findings reads
            # as a clean checklist in the pull request
            out.write(
                f"::error title=journeyplan::{escape_data(self.not_evaluated(result.unread))}\n"
            )
