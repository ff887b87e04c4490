"""Formatters of ``journeyplan diff``: a :class:`Comparison` -> text, JSON or Markdown.

The formats are listed under ``diff`` in :mod:`journeyplan.report.registry`. Every user
string is printed literally: in text through :func:`~journeyplan.report.escaping.visible`
into rich ``Text`` (never markup), in Markdown escaped as well (policies
``markdown-inline`` and ``markdown-code``), in JSON as JSON strings. The JSON document is
described in the README (section "Comparing revisions") and is stable: keys are only ever
added.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from journeyplan.analysis.diff import KINDS, Change, FieldChange, PlanDiff
from journeyplan.findings import Finding
from journeyplan.report.base import Formatter
from journeyplan.report.escaping import markdown_code as md_code
from journeyplan.report.escaping import markdown_inline as md_escape
from journeyplan.report.escaping import visible
from journeyplan.report.jsontext import dumps

if TYPE_CHECKING:
    from journeyplan.check.pipeline import CheckResult


@dataclass(frozen=True)
class Side:
    """One side of a comparison, checked.

    - ``revision``: the revision as the user wrote it; ``None`` for the working tree.
    - ``commit``: the full commit id it resolved to; ``None`` for the working tree.
    - ``result``: the checked plan, or ``None`` when there is no plan at that revision.
    """

    revision: str | None
    commit: str | None
    result: CheckResult | None


@dataclass(frozen=True)
class Comparison:
    """What ``journeyplan diff`` compared and found: ``path`` (the plan, relative to the
    repository root, ``/`` separated, ``.`` for the root), the ``old`` and ``new``
    sides, and their :class:`~journeyplan.analysis.diff.PlanDiff`."""

    path: str
    old: Side
    new: Side
    diff: PlanDiff


class DiffReporter(Formatter[Comparison]):
    """Writes a :class:`Comparison` to a stream; the helpers every diff format shares."""

    def side_label(self, side: Side) -> str:
        """``HEAD (1a2b3c4d5e6f)``, or ``working tree``; ``, no plan`` when it has none."""
        if side.revision is None:
            label = self.t("diff.working_tree")
        elif side.commit is None:
            label = side.revision
        else:
            label = f"{side.revision} ({side.commit[:12]})"
        if side.result is None:
            label += f", {self.t('diff.no_plan')}"
        return label

    def plan_name(self, c: Comparison) -> str | None:
        for side in (c.new, c.old):
            if side.result is not None and side.result.plan.name:
                return side.result.plan.name
        return None

    def persona_label(self, c: Comparison, pid: str) -> str:
        for side in (c.new, c.old):
            if side.result is not None:
                for p in side.result.plan.personas:
                    if p.id == pid and p.name and p.name != pid:
                        return f"{pid} ({p.name})"
        return pid

    def incomplete(self, c: Comparison) -> str | None:
        """The notice that comes first when a file of either version could not be read
        (``None`` when every file was read): which files, in which version."""
        d = c.diff
        if d.complete:
            return None
        parts = []
        for name in d.unread:
            versions = [
                self.version_name(side)
                for side, files in ((c.old, d.unread_old), (c.new, d.unread_new))
                if name in files
            ]
            parts.append(self.t("diff.unread_in", file=name, versions=", ".join(versions)))
        return self.t("diff.incomplete", count=len(d.unread), files="; ".join(parts))

    def version_name(self, side: Side) -> str:
        """``HEAD``, ``v1.2`` or ``the working tree``: the version as the user named it."""
        return self.t("diff.the_working_tree") if side.revision is None else side.revision

    def value(self, fc: FieldChange, value: Any, side: str = "") -> str:
        """A field value as text: lists joined with ``, ``, durations already ``2d``;
        ``(invalid ...)`` for the SIDE (``old``/``new``) whose value is invalid."""
        if side in fc.invalid:
            return self.t("diff.invalid")
        if value is None:
            return self.t("diff.every_persona" if fc.field == "personas" else "diff.unset")
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float):
            return f"{value:g}"
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) if value else "[]"
        return str(value)

    @staticmethod
    def shown_fields(ch: Change) -> tuple[FieldChange, ...]:
        """The fields to list under a change: for an added element, all but the one its
        name already shows (name, text or event)."""
        if ch.change != "added":
            return ch.fields
        return tuple(
            fc
            for fc in ch.fields
            if not (fc.field in ("name", "text", "event") and fc.new == ch.name)
        )

    def summary(self, d: PlanDiff) -> str:
        return self.t(
            "diff.summary",
            changes=len(d.changes),
            verdicts=len(d.checklist),
            new=len(d.new_findings),
            fixed=len(d.fixed_findings),
        )

    @staticmethod
    def where(f: Finding) -> str:
        loc = f.location
        if loc is None:
            return "-"
        if loc.line is None:
            return loc.file
        return f"{loc.file}:{loc.line}:{loc.column}"


# --------------------------------------------------------------------------- text
_MARK = {"added": ("+", "green"), "removed": ("-", "red"), "changed": ("~", "yellow")}
_VERDICT_STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red"}
_SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}


class DiffTextReporter(DiffReporter):
    """``--format text`` (default): for a terminal, with rich; user text literal."""

    name = "text"

    def field_line(self, change: Change, fc: FieldChange, arrow: str = " -> ") -> str:
        if change.change == "added":
            return f"{fc.field}: {self.value(fc, fc.new, 'new')}"
        if fc.is_list:
            parts = []
            if fc.added:
                parts.append(self.t("diff.items_added", items=", ".join(fc.added)))
            if fc.removed:
                parts.append(self.t("diff.items_removed", items=", ".join(fc.removed)))
            return f"{fc.field}: " + "; ".join(parts)
        old, new = self.value(fc, fc.old, "old"), self.value(fc, fc.new, "new")
        return f"{fc.field}: {old}{arrow}{new}"

    def verdict(self, v: str | None) -> str:
        return self.t("verdict." + v) if v is not None else self.t("diff.absent")

    def write(self, c: Comparison, out: TextIO) -> None:
        from rich.text import Text

        from journeyplan.report.console import make_console

        console = make_console(out, self.options.color, soft_wrap=True)
        d = c.diff
        head = Text(self.t("diff.title"), style="bold")
        head.append(f": {visible(c.path)}  ", style="bold")
        head.append(visible(self.side_label(c.old)))
        head.append(" -> ")
        head.append(visible(self.side_label(c.new)))
        console.print(head)
        name = self.plan_name(c)
        if name:
            console.print(Text(self.t("diff.plan", name=visible(name))))
        console.print()
        notice = self.incomplete(c)
        if notice is not None:  # before any change: what follows leaves those files out
            console.print(Text(visible(notice), style="bold red"))
            console.print()
        if d.changes:
            console.print(Text(self.t("diff.changes"), style="bold"))
            for ch in d.changes:
                mark, style = _MARK[ch.change]
                line = Text("  ")
                line.append(f"{mark} {self.t('diff.kind.' + ch.kind)}", style=style)
                if ch.id:
                    line.append(" ")
                    line.append(visible(ch.id), style="bold")
                if ch.name is not None:
                    line.append(f" ({visible(ch.name)})")
                console.print(line)
                for fc in self.shown_fields(ch):
                    console.print(Text("      " + visible(self.field_line(ch, fc))))
            console.print()
        else:
            console.print(Text(self.t("diff.no_changes")))
            console.print()
        if d.checklist:
            console.print(Text(self.t("diff.checklist"), style="bold"))
            for vc in d.checklist:
                line = Text("  " + visible(self.persona_label(c, vc.persona)))
                line.append(f"  Q{vc.question}  ")
                line.append(self.verdict(vc.old), style=_VERDICT_STYLE.get(vc.old or "", ""))
                line.append(" -> ")
                line.append(self.verdict(vc.new), style=_VERDICT_STYLE.get(vc.new or "", ""))
                console.print(line)
            console.print()
        for key, findings in (
            ("diff.new_findings", d.new_findings),
            ("diff.fixed_findings", d.fixed_findings),
        ):
            if not findings:
                continue
            console.print(Text(self.t(key), style="bold"))
            for f in findings:
                line = Text("  ")
                line.append(visible(self.where(f)), style="bold")
                line.append(f"  {f.code}  ")
                line.append(self.t("severity." + f.severity), style=_SEVERITY_STYLE[f.severity])
                line.append("  " + visible(self.message(f)))
                console.print(line)
            console.print()
        console.print(Text(self.summary(d), style="bold"))


# --------------------------------------------------------------------------- markdown
class DiffMarkdownReporter(DiffTextReporter):
    """``--format markdown``: to paste into a pull request or a client sign-off mail."""

    name = "markdown"

    def write(self, c: Comparison, out: TextIO) -> None:
        d = c.diff
        w = out.write
        name = self.plan_name(c)
        w(
            f"## {md_escape(self.t('diff.title'))}"
            + (f": {md_escape(name)}" if name else "")
            + "\n\n"
        )
        w(f"{md_code(c.path)}: {self.md_side(c.old)} → {self.md_side(c.new)}\n\n")
        notice = self.incomplete(c)
        if notice is not None:  # before any change: what follows leaves those files out
            w(f"> **{md_escape(notice)}**\n\n")
        w(f"**{md_escape(self.summary(d))}**\n\n")
        w(f"### {md_escape(self.t('diff.changes'))}\n\n")
        if not d.changes:
            w(md_escape(self.t("diff.no_changes")) + "\n\n")
        for kind in KINDS:
            changes = [ch for ch in d.changes if ch.kind == kind]
            if not changes:
                continue
            w(f"#### {md_escape(self.t('diff.heading.' + kind))}\n\n")
            for ch in changes:
                item = f"- **{md_escape(self.t('diff.' + ch.change))}**"
                if ch.id:
                    item += " " + md_code(ch.id)
                if ch.name is not None:
                    item += f" ({md_escape(ch.name)})" if ch.id else " " + md_escape(ch.name)
                w(item + "\n")
                for fc in self.shown_fields(ch):
                    w(f"  - {self.md_field(ch, fc)}\n")
            w("\n")
        if d.checklist:
            w(f"### {md_escape(self.t('diff.checklist'))}\n\n")
            cols = [
                self.t(k)
                for k in (
                    "diff.col.persona",
                    "diff.col.question",
                    "diff.col.before",
                    "diff.col.after",
                )
            ]
            w("| " + " | ".join(md_escape(col) for col in cols) + " |\n")
            w("| --- | --- | --- | --- |\n")
            for vc in d.checklist:
                old, new = self.verdict(vc.old), self.verdict(vc.new)
                w(
                    f"| {md_escape(self.persona_label(c, vc.persona))} | Q{vc.question} | "
                    f"{md_escape(old)} | **{md_escape(new)}** |\n"
                )
            w("\n")
        for key, findings in (
            ("diff.new_findings", d.new_findings),
            ("diff.fixed_findings", d.fixed_findings),
        ):
            if not findings:
                continue
            w(f"### {md_escape(self.t(key))}\n\n")
            for f in findings:
                w(
                    f"- {md_code(self.where(f))} **{f.code}** "
                    f"{md_escape(self.t('severity.' + f.severity))}: "
                    f"{md_escape(self.message(f))}\n"
                )
            w("\n")

    def md_side(self, side: Side) -> str:
        """``HEAD`` (``1a2b3c4d5e6f``) in code spans, or ``working tree``."""
        if side.revision is None:
            label = md_escape(self.t("diff.working_tree"))
        elif side.commit is None:
            label = md_code(side.revision)
        else:
            label = f"{md_code(side.revision)} ({md_code(side.commit[:12])})"
        if side.result is None:
            label += ", " + md_escape(self.t("diff.no_plan"))
        return label

    def md_field(self, ch: Change, fc: FieldChange) -> str:
        key = md_code(fc.field)
        if ch.change == "added":
            return f"{key}: {md_escape(self.value(fc, fc.new, 'new'))}"
        if fc.is_list:
            parts = []
            if fc.added:
                parts.append(md_escape(self.t("diff.items_added", items=", ".join(fc.added))))
            if fc.removed:
                parts.append(md_escape(self.t("diff.items_removed", items=", ".join(fc.removed))))
            return f"{key}: " + "; ".join(parts)
        old, new = self.value(fc, fc.old, "old"), self.value(fc, fc.new, "new")
        return f"{key}: {md_escape(old)} → {md_escape(new)}"


# --------------------------------------------------------------------------- json
class DiffJsonReporter(DiffReporter):
    """``--format json``: the document described in the README ("Comparing revisions")."""

    name = "json"

    def finding(self, f: Finding) -> dict[str, Any]:
        from journeyplan.report.json_format import finding_json

        return finding_json(f, self.message(f))

    def side(self, side: Side) -> dict[str, Any]:
        r = side.result
        return {
            "revision": side.revision,
            "commit": side.commit,
            "exists": r is not None,
            "plan": r.plan.name if r is not None else None,
            "summary": (
                {
                    "errors": r.count("error"),
                    "warnings": r.count("warning"),
                    "infos": r.count("info"),
                }
                if r is not None
                else None
            ),
        }

    def document(self, c: Comparison) -> dict[str, Any]:
        d = c.diff
        return {
            "version": 1,
            "path": c.path,
            # first: whether every file of both versions was read (else the comparison
            # leaves the unread files out; `incomplete` says which, per version)
            "complete": d.complete,
            "incomplete": None if d.complete else {"old": d.unread_old, "new": d.unread_new},
            "old": self.side(c.old),
            "new": self.side(c.new),
            "summary": {
                "changes": len(d.changes),
                "checklist": len(d.checklist),
                "new_findings": len(d.new_findings),
                "fixed_findings": len(d.fixed_findings),
            },
            "changes": [
                {
                    "kind": ch.kind,
                    "id": ch.id,
                    "change": ch.change,
                    "name": ch.name,
                    "fields": [self.field(fc) for fc in ch.fields],
                }
                for ch in d.changes
            ],
            "checklist": [
                {"persona": vc.persona, "question": vc.question, "old": vc.old, "new": vc.new}
                for vc in d.checklist
            ],
            "unread": d.unread,
            "findings": {
                "new": [self.finding(f) for f in d.new_findings],
                "fixed": [self.finding(f) for f in d.fixed_findings],
            },
        }

    @staticmethod
    def field(fc: FieldChange) -> dict[str, Any]:
        out: dict[str, Any] = {
            "field": fc.field,
            "old": fc.old,
            "new": fc.new,
            "added": list(fc.added),
            "removed": list(fc.removed),
        }
        if fc.invalid:  # only then: the sides whose value is written but invalid
            out["invalid"] = list(fc.invalid)
        return out

    def write(self, c: Comparison, out: TextIO) -> None:
        out.write(dumps(self.document(c)))
        out.write("\n")
