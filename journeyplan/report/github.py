"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

    ::error file=plans/acme/plan.yaml,line=12,col=5,title=JP404::touchpoint 'faq' is ...

error -> ``::error``, warning -> ``::warning``, info -> ``::notice``. ``file`` is relative
to the current working directory (the repository root in CI), so the annotation lands on
the right line of the pull request. A finding without a location has no ``file``; one
without a line has no ``line``/``col``.

Escaping, as the Actions runner expects it: in the message (the data) ``%`` -> ``%25``,
``\\r`` -> ``%0D``, ``\\n`` -> ``%0A``; in property values additionally ``:`` -> ``%3A`` and
``,`` -> ``%2C``. Other control characters are shown as escapes (``\\x1b``) first, so user
text can neither start a second workflow command nor reach a terminal as a control code.
"""

from __future__ import annotations

import re
from typing import TextIO

from journeyplan.check.pipeline import CheckResult
from journeyplan.findings import Finding
from journeyplan.report.base import Reporter, visible
from journeyplan.report.paths import cwd_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")


def _shown(text: str) -> str:
    """TEXT with control characters other than line breaks made visible."""
    return "".join(
        part if _LINE_BREAK.fullmatch(part) else visible(part) for part in _LINE_BREAK.split(text)
    )


def escape_data(text: str) -> str:
    """Escape the message part of a workflow command: ``%``, ``\\r``, ``\\n``."""
    return _shown(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value of a workflow command: as data, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
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
        return f"::{COMMANDS[f.severity]} {joined}::{escape_data(self.message(f))}"

    def write(self, result: CheckResult, out: TextIO) -> None:
        for f in result.findings:
            out.write(self.annotation(f) + "\n")
