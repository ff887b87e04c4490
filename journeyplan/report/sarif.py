"""``--format sarif``: SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps ...).

One run. ``tool.driver.rules`` is every rule of the registry, in registry order, with its
id, name, title (``shortDescription``), explanation (``fullDescription`` and ``help``),
default level and, in ``properties``, the checklist question it answers. Each result has
``ruleId``, ``ruleIndex``, ``level`` (error, warning, note for info), the message in the
output language and one physical location: ``artifactLocation.uri`` relative to the
current working directory with ``uriBaseId`` ``%SRCROOT%`` (or an absolute ``file://``
URI when the plan is outside it), and ``region.startLine``/``startColumn``.

When a file could not be read, the checklist was not evaluated: the run then has one
invocation, ``executionSuccessful: false``, whose tool notification says so and names the
files (the findings say why each file was not read). Code scanning shows a result only with a line: a finding without a line is placed on line 1
of its file, one without any file on line 1 of the plan's first file. The output is a pure
function of the check result (no time stamps, no absolute paths unless the plan is outside
the working directory), so the same plan gives the same bytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from journeyplan import __version__
from journeyplan.findings import Finding
from journeyplan.messages import render_message
from journeyplan.report.base import Formatter
from journeyplan.report.escaping import sarif_markdown as _md
from journeyplan.report.jsontext import dumps
from journeyplan.report.paths import cwd_path, is_absolute
from journeyplan.rules import REGISTRY

if TYPE_CHECKING:
    from journeyplan.check.pipeline import CheckResult

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


class SarifReporter(Formatter["CheckResult"]):
    """``--format sarif``: one SARIF 2.1.0 log."""

    name = "sarif"

    def rules(self) -> list[dict[str, Any]]:
        """``reportingDescriptor`` objects for every rule of the registry, in order."""
        lang = self.options.lang
        out = []
        for rule in REGISTRY.values():
            title = render_message(f"title.{rule.code}", None, lang)
            explanation = render_message(f"explain.{rule.code}", None, lang)
            q = rule.question
            question = render_message(f"question.{q}" if q else "question.none", None, lang)
            about = (
                render_message("sarif.question", {"number": q, "question": question}, lang)
                if q
                else render_message("sarif.structure", None, lang)
            )
            out.append(
                {
                    "id": rule.code,
                    "name": rule.name,
                    "shortDescription": {"text": title},
                    "fullDescription": {"text": explanation},
                    "help": {
                        "text": f"{explanation}\n\n{about}",
                        "markdown": f"**{_md(title)}**\n\n{_md(explanation)}\n\n*{_md(about)}*",
                    },
                    "defaultConfiguration": {"level": LEVELS[rule.severity]},
                    "properties": {
                        "question": q,
                        "questionText": question,
                        "tags": [f"question-{q}" if q else "structure"],
                    },
                }
            )
        return out

    def location(self, file: str, line: int | None, column: int | None) -> dict[str, Any]:
        """A SARIF ``location`` for FILE (relative to the plan directory) at LINE:COLUMN."""
        path = cwd_path(self.options.cwd_prefix, file)
        if is_absolute(path):
            artifact: dict[str, Any] = {"uri": _file_uri(path)}
        else:
            artifact = {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}
        region: dict[str, Any] = {"startLine": line or 1}
        if line and column:
            region["startColumn"] = column
        return {"physicalLocation": {"artifactLocation": artifact, "region": region}}

    def result(self, f: Finding, index: dict[str, int], first_file: str | None) -> dict[str, Any]:
        loc = f.location
        out: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": LEVELS[f.severity],
            "message": {"text": self.message(f)},
        }
        if loc is not None:
            out["locations"] = [self.location(loc.file, loc.line, loc.column)]
        elif first_file is not None:
            out["locations"] = [self.location(first_file, None, None)]
        if f.consequences:  # what follows from this finding, where it is reported
            related = []
            for n, c in enumerate(f.every_consequence(), 1):
                cl = c.location
                where = (
                    self.location(cl.file, cl.line, cl.column)
                    if cl is not None
                    else self.location(first_file, None, None)
                    if first_file is not None
                    else {}
                )
                related.append(
                    {"id": n, **where, "message": {"text": f"{c.code}: {self.message(c)}"}}
                )
            out["relatedLocations"] = related
        out["properties"] = {"question": f.question, "persona": f.persona, "subject": f.subject}
        return out

    def document(self, result: CheckResult) -> dict[str, Any]:
        """The SARIF log as a JSON-ready dict."""
        index = {code: i for i, code in enumerate(REGISTRY)}
        first_file = result.files[0].rel if result.files else None
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "journeyplan",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": self.rules(),
                }
            },
        }
        if not result.checklist_evaluated:
            # a file could not be read: the checklist was not evaluated, so the analysis
            # did not finish; the findings say why, this says what it means
            run["invocations"] = [
                {
                    "executionSuccessful": False,
                    "toolExecutionNotifications": [
                        {"level": "error", "message": {"text": self.not_evaluated(result.unread)}}
                    ],
                }
            ]
        run["columnKind"] = "unicodeCodePoints"
        run["results"] = [self.result(f, index, first_file) for f in result.findings]
        return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}

    def write(self, result: CheckResult, out: TextIO) -> None:
        out.write(dumps(self.document(result)))
        out.write("\n")


def _file_uri(path: str) -> str:
    """An absolute ``/``-separated path as a ``file://`` URI (percent-encoded)."""
    if path.startswith("/"):
        return "file://" + quote(path, safe="/")
    return "file:///" + quote(path, safe="/:")  # C:/plans/x.yaml
