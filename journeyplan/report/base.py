"""The reporter interface and the text helpers every formatter shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from journeyplan.findings import Finding
from journeyplan.messages import render_message

if TYPE_CHECKING:  # only for annotations: formatters of maps and diffs need no checker
    from journeyplan.check.pipeline import CheckResult


@dataclass(frozen=True)
class ReportOptions:
    """How to report: ``lang`` (en | nl), ``color`` for terminals, ``strict`` (warnings
    count as errors), ``cwd_prefix``: the plan directory relative to the current working
    directory, for formats whose paths are relative to it (SARIF, GitHub)."""

    lang: str = "en"
    color: bool = True
    strict: bool = False
    cwd_prefix: str = ""


class Reporter:
    """Writes a :class:`~journeyplan.check.pipeline.CheckResult` to a stream."""

    name = ""

    def __init__(self, options: ReportOptions) -> None:
        self.options = options

    def message(self, finding: Finding) -> str:
        return render_message(finding.key, finding.args, self.options.lang)

    def write(self, result: CheckResult, out: TextIO) -> None:
        raise NotImplementedError


# C0 and C1 controls, DEL, and the bidirectional overrides that can reorder what a reader sees;
# lone surrogates too (a file name that is not UTF-8), which no output stream can encode; and
# the invisible characters (zero-width space and joiners, word joiner, byte order mark, soft
# hyphen) that make "unknown key 'name'" unreadable when the key is 'na\u200bme'.
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ud800-\udfff]"
)


def visible(text: str) -> str:
    """TEXT with every control character shown as an escape (ESC -> ``\\x1b``, newline ->
    ``\\n``), so user text can never move the cursor, recolour or rewrite a terminal."""
    return _CONTROL.sub(_escape, text)


def _escape(mt: re.Match[str]) -> str:
    ch = mt.group()
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    if ch == "\r":
        return "\\r"
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
