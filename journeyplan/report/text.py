"""``--format text`` (default): the checklist table, the findings, a summary line.

All user text goes through :func:`~journeyplan.report.escaping.visible` (and, on a
terminal, into rich ``Text`` objects), so it is printed literally: never read as rich markup,
never as terminal control sequences."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from journeyplan.findings import Finding
from journeyplan.i18n import ParserText
from journeyplan.messages import render_message
from journeyplan.report.base import Formatter
from journeyplan.report.console import PIPE_WIDTH, make_console, sees_terminal
from journeyplan.report.escaping import shortened, table_text, visible
from journeyplan.rules import QUESTIONS

if TYPE_CHECKING:
    from rich.text import Text

    from journeyplan.check.pipeline import CheckResult


_VERDICT_STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red"}
_VERDICT_MARK = {"pass": "✓", "warn": "!", "fail": "✗"}
#: Rows of the checklist table at most: rich lays out a table at ~0.5 ms a row, so a plan
#: of 200,000 personas printed for minutes. The rest is summed up; JSON lists every row.
MAX_TABLE_ROWS = 1000
#: Write finding lines without rich when nothing would be styled (tests compare both paths).
PLAIN_FAST_PATH = True
_SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}


class _SameCell:
    """A table cell whose text repeats on many rows (a verdict), rendered once per layout.

    rich renders a ``Text`` from its own content, the console (tab size, styles) and these
    four options only, so the segments of one layout serve every row; measuring reads the
    text alone. On a plan with thousands of personas this halves the time of the table
    (docs/performance.md); the output is the same, byte for byte."""

    __slots__ = ("_measure", "_segments", "text")

    def __init__(self, text: Text) -> None:
        self.text = text
        self._segments: dict[tuple, list] = {}
        self._measure = None

    def __rich_console__(self, console, options):
        key = (options.max_width, options.justify, options.overflow, options.no_wrap)
        segments = self._segments.get(key)
        if segments is None:
            segments = self._segments[key] = list(self.text.__rich_console__(console, options))
        return segments

    def __rich_measure__(self, console, options):
        if self._measure is None:
            self._measure = self.text.__rich_measure__(console, options)
        return self._measure


_ONE_CELL = re.compile("[ -~\xa0-\u024f✓✗—…]*").fullmatch


def _fits_one_cell(text: str) -> bool:
    """Whether every character of TEXT takes exactly one terminal cell, as rich counts
    them: printable ASCII, Latin-1 and Latin Extended letters, the verdict marks, the
    em dash and the ellipsis (the other characters are left to rich)."""
    return _ONE_CELL(text) is not None


def plain_table(title: str, header: list[str], rows: list[list[str]], width: int) -> str | None:
    """The checklist table exactly as rich draws it without colours (``box.ROUNDED``, one
    space of padding, the first column left-aligned, the others centred, the title left
    above it), or ``None`` when only rich can say how it lays out: wider than WIDTH
    columns (rich would wrap), a title wider than the table, or a character whose width
    is not one cell. Without rich's import and layout, ``check`` into a pipe or a file
    (pre-commit, CI) starts faster (docs/performance.md); tests hold it to rich's bytes."""
    if not _fits_one_cell(title) or not all(_fits_one_cell(c) for row in rows for c in row):
        return None
    if not all(_fits_one_cell(h) for h in header):
        return None
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    total = sum(widths) + 3 * len(widths) + 1
    if total > width or len(title) > total:
        return None

    def cells(row: list[str]) -> str:
        parts = [row[0].ljust(widths[0])]
        for cell, w in zip(row[1:], widths[1:]):
            left = (w - len(cell)) // 2
            parts.append(" " * left + cell + " " * (w - len(cell) - left))
        return "│ " + " │ ".join(parts) + " │"

    def rule(left: str, middle: str, right: str) -> str:
        return left + middle.join("─" * (w + 2) for w in widths) + right

    lines = [title, rule("╭", "┬", "╮"), cells(header), rule("├", "┼", "┤")]
    lines.extend(cells(row) for row in rows)
    lines.append(rule("╰", "┴", "╯"))
    return "\n".join(lines) + "\n"


class TextReporter(Formatter["CheckResult"]):
    """``--format text`` (default): the checklist table, the findings, a summary line.

    On a terminal (or with ``FORCE_COLOR``) rich lays it out, in colour; into a pipe or a
    file the same bytes are written without rich (:func:`plain_table`, and plain finding
    lines), unless only rich can lay the table out."""

    name = "text"

    def write(self, result: CheckResult, out: TextIO) -> None:
        t = self.t
        plain = PLAIN_FAST_PATH and not sees_terminal(out)
        console = None if plain else make_console(out, self.options.color, soft_wrap=True)

        def line(text: str = "", style: str = "") -> None:
            if console is None:
                out.write(text + "\n")
            else:
                from rich.text import Text

                console.print(Text(text, style=style))

        name = result.plan.name
        title = t("ui.checklist") + (f" — {table_text(name)}" if name else "")
        if result.checklist:
            header = [t("ui.persona")] + [t("ui.question_short", number=q) for q in QUESTIONS]
            names = {p.id: p.label for p in result.plan.personas}
            shown = result.checklist[:MAX_TABLE_ROWS]
            labels = [
                visible(f"{pid} ({shortened(names[pid])})" if names.get(pid) != pid else pid)
                for pid, _ in shown
            ]
            marks = {v: f"{_VERDICT_MARK[v]} {t('verdict.' + v)}" for v in _VERDICT_MARK}
            table = None
            if console is None:
                rows = [
                    [label] + [marks[row[q]] for q in QUESTIONS]
                    for label, (_, row) in zip(labels, shown)
                ]
                table = plain_table(title, header, rows, PIPE_WIDTH)
            if table is not None:
                out.write(table)
            else:
                if console is None:
                    console = make_console(out, self.options.color, soft_wrap=True)
                _rich_table(console, title, header, labels, [row for _, row in shown], marks)
            if len(result.checklist) > MAX_TABLE_ROWS:
                line(t("ui.more_personas", count=len(result.checklist) - MAX_TABLE_ROWS))
            line()
        elif result.unread:
            line(
                visible(self.not_evaluated(result.unread)),
                "bold",
            )
        else:
            line(t("ui.no_personas"))
        # Without colours rich adds nothing to a finding line but costs ~80 us per line:
        # half a million findings (a file of garbage keys) took 40 s. Write them directly.
        if console is not None:
            plain = PLAIN_FAST_PATH and console.color_system is None and not console.is_terminal
        # causes first, each with what follows from it right under it (every line in the
        # finding format, then an indented "because of" line), then the rest in the spec's
        # order
        causes = [f for f in result.findings if f.consequences]
        ordered = None
        if causes:
            folded = {id(c) for f in causes for c in f.every_consequence()}
            causes = [f for f in causes if id(f) not in folded]
            rest = [f for f in result.findings if not f.consequences and id(f) not in folded]
            ordered = causes + rest
        for f, note in _with_consequences(ordered or result.findings, t):
            if f is None:  # a "because of" line under the finding before it
                line(note)
                continue
            where = _where(f)
            raw = self._parser_words(f)
            if plain or console is None:
                out.write(finding_line(f, self.options.lang) + "\n")
                if raw:
                    out.write(raw + "\n")
                continue
            from rich.text import Text

            text = Text()
            text.append(where, style="bold")
            text.append("  ")
            text.append(f.code, style="bold")
            text.append("  ")
            text.append(t("severity." + f.severity), style=_SEVERITY_STYLE[f.severity])
            text.append("  ")
            text.append(visible(self.message(f)))
            console.print(text)
            if raw:
                console.print(Text(raw, style="dim"))
        if result.findings:
            line()
        summary = t(
            "ui.summary",
            errors=result.count("error"),
            warnings=result.count("warning"),
            infos=result.count("info"),
        )
        if causes:  # its own line: the summary line stays the last, as it was
            line(t("ui.summary.folded", count=result.folded))
        if not result.findings:
            summary = t("ui.clean") + " " + summary
        elif self.options.strict and result.count("warning") and not result.count("error"):
            summary += t("ui.strict_fails")
        line(summary, "bold")

    def _parser_words(self, finding) -> str:
        """With ``--debug``: the line under a JP001 that gives the parser's own words."""
        detail = finding.args.get("detail") if self.options.debug else None
        if not isinstance(detail, ParserText):
            return ""
        return "    " + visible(self.t("ui.parser_said", words=detail.raw))


#: How many consequences the text lists under their cause (JSON and SARIF list them all).
SHOWN_CONSEQUENCES = 8


def _where(f) -> str:
    loc = f.location
    if loc is None:
        return "-"
    if loc.line is None:
        return visible(loc.file)
    return f"{visible(loc.file)}:{loc.line}:{loc.column}"


def _with_consequences(findings, t):
    """``(finding, None)`` per finding line and ``(None, text)`` per note line: each of
    FINDINGS, and after a cause what follows from it (depth first, at most
    :data:`SHOWN_CONSEQUENCES`), each followed by ``    because of CODE at WHERE`` naming
    the finding it follows from; then how many more follow, if any."""
    for f in findings:
        yield f, None
        if not f.consequences:
            continue
        shown = 0
        stack = [(f, c) for c in reversed(f.consequences)]
        while stack and shown < SHOWN_CONSEQUENCES:
            cause, c = stack.pop()
            yield c, None
            yield None, "    " + t("ui.because_of", code=cause.code, where=_where(cause))
            stack.extend((c, d) for d in reversed(c.consequences))
            shown += 1
        more = sum(1 for _ in f.every_consequence()) - shown
        if more > 0:
            yield None, "    " + t("ui.more_follow", count=more)


def finding_line(f: Finding, lang: str) -> str:
    """FINDING as one line of ``journeyplan check`` (no colour, no newline), in LANG:
    ``file:line:column  CODE  severity  message``; user text made visible."""
    severity = render_message("severity." + f.severity, {}, lang)
    message = render_message(f.key, f.args, lang)
    return f"{_where(f)}  {f.code}  {severity}  {visible(message)}"


def _rich_table(console, title: str, header: list[str], labels: list[str], rows, marks) -> None:
    """The checklist table laid out by rich (colours, the terminal's width). A verdict is
    never cut: when the table would squeeze the verdict columns below their text, they
    show the mark alone (``✓ ! ✗``, explained in a line under the table); when even that
    does not fit, each persona's verdicts are listed under its name, one per line."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    width = console.width
    persona = max(cell_len(s) for s in (header[0], *labels)) + 2
    word = max(cell_len(w) for s in (header[0], *labels) for w in s.split() or [""]) + 2
    question = max(cell_len(h) for h in header[1:])

    def fits(verdict: int) -> bool:
        # rich narrows the widest column first: the persona column, whose text wraps, by as
        # much as needed; a verdict column is cut only once the persona column is down to
        # its width, and a persona name once its column is narrower than its longest word
        # (6 columns, 7 borders)
        column = max(question, verdict) + 2
        return 5 * column + min(persona, max(word, column)) + 7 <= width

    if fits(max(cell_len(m) for m in marks.values())):
        texts, legend = marks, None
    elif fits(1):
        texts = dict(_VERDICT_MARK)
        legend = Text()
        for i, v in enumerate(_VERDICT_MARK):
            legend.append("  " if i else "")
            legend.append(marks[v], style=_VERDICT_STYLE[v])
    else:
        _stacked(console, title, header, labels, rows, marks)
        return
    table = Table(title=Text(title), title_justify="left", box=box.ROUNDED)
    table.add_column(header[0])
    for h in header[1:]:
        table.add_column(h, justify="center")
    verdict_cells = [
        {v: _SameCell(Text(texts[v], style=_VERDICT_STYLE[v])) for v in _VERDICT_MARK}
        for _ in QUESTIONS
    ]  # one per column
    for label, row in zip(labels, rows):
        table.add_row(Text(label), *(verdict_cells[q - 1][row[q]] for q in QUESTIONS))
    console.print(table)
    if legend is not None:
        console.print(legend)


def _stacked(console, title: str, header: list[str], labels: list[str], rows, marks) -> None:
    """The checklist for a very narrow terminal: the title, then per persona its name and
    one line per question (``  Q1  ✓ pass``)."""
    from rich.text import Text

    console.print(Text(title))
    for label, row in zip(labels, rows):
        console.print(Text(label, style="bold"))
        for q in QUESTIONS:
            line = Text(f"  {header[q]}  ")
            line.append(marks[row[q]], style=_VERDICT_STYLE[row[q]])
            console.print(line)
