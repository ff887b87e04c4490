"""Findings -> LSP diagnostics, one list per file of the plan.

Each finding becomes a diagnostic with the same facts ``check --format json`` prints:
``code`` is the rule code, ``severity`` error / warning / information, ``source``
``journeyplan``, ``message`` the finding's message in the plan's language (or the language the
client asked for), ``codeDescription.href`` the rule's documentation (:data:`RULE_DOCS`). The
range starts at the finding's line and column and covers the token written there (a key, a
scalar with its quotes, a flow collection). A finding without a location goes on the file that
declares ``plan:`` (else the plan's first file), one without a line on the file's first line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types as lsp

from journeyplan.findings import Finding
from journeyplan.lsp.text import LineIndex
from journeyplan.lsp.workspace import PlanCheck
from journeyplan.report.base import Formatter, ReportOptions
from journeyplan.rules import REGISTRY

#: The documentation of a rule: ``{code}`` is its code (``JP404``), ``{name}`` its name
#: (``dead-end``). Stable: a client may link to it. ``initializationOptions.ruleDocsUrl``
#: replaces it (a team that hosts the rule docs elsewhere).
RULE_DOCS = "https://journeyplan.dev/rules/{code}"

SEVERITIES = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
}


@dataclass(frozen=True)
class Placed:
    """A finding placed in a file: the file's relative path, the character offsets of the
    token it covers, and the diagnostic sent for it."""

    finding: Finding
    rel: str
    start: int
    end: int
    diagnostic: lsp.Diagnostic


def rule_href(code: str, template: str = RULE_DOCS) -> str | None:
    rule = REGISTRY.get(code)
    if rule is None:
        return None
    return template.replace("{code}", code).replace("{name}", rule.name)


def home_file(check: PlanCheck) -> str | None:
    """Where findings about the plan as a whole go: the file that declares ``plan:``,
    else the plan's first file."""
    info = check.result.plan.info
    if info is not None and info.file in check.paths:
        return info.file
    return min(check.paths) if check.paths else None


class LineIndexes(dict):
    """Relative path -> :class:`LineIndex` of the checked text, made when first asked for."""

    def __init__(self, check: PlanCheck) -> None:
        super().__init__()
        self._texts = check.texts

    def __missing__(self, rel: str) -> LineIndex:
        index = self[rel] = LineIndex(self._texts.get(rel, ""))
        return index


def lsp_range(index: LineIndex, start: int, end: int, encoding: str) -> lsp.Range:
    sl, sc = index.lsp_position(start, encoding)
    el, ec = index.lsp_position(end, encoding)
    return lsp.Range(lsp.Position(sl, sc), lsp.Position(el, ec))


def place_findings(
    check: PlanCheck,
    indexes: LineIndexes,
    encoding: str = "utf-16",
    lang: str | None = None,
    docs: str = RULE_DOCS,
) -> dict[str, list[Placed]]:
    """Every finding of CHECK as a diagnostic, grouped by relative path (sorted as findings
    are: by line, column, code). Messages are in LANG, else the plan's language, else English."""
    reporter = Formatter(ReportOptions(lang=lang or check.result.language or "en"))
    home = home_file(check)
    out: dict[str, list[Placed]] = {}
    for f in check.result.findings:
        loc = f.location
        rel = loc.file if loc is not None and loc.file in check.paths else home
        if rel is None:
            continue
        index = indexes[rel]
        if loc is not None and loc.file == rel and loc.line:
            start = index.offset(loc.line, loc.column)
            end = index.token_end(start)
        else:
            start = end = 0
        href = rule_href(f.code, docs)
        diagnostic = lsp.Diagnostic(
            range=lsp_range(index, start, end, encoding),
            message=reporter.message(f),
            severity=SEVERITIES[f.severity],
            code=f.code,
            code_description=lsp.CodeDescription(href=href) if href else None,
            source="journeyplan",
        )
        out.setdefault(rel, []).append(Placed(f, rel, start, end, diagnostic))
    return out


def file_uri(path: Path) -> str:
    return path.absolute().as_uri()
