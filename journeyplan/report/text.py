"""``--format text`` (default): the checklist table, the findings, a summary line.

All user text goes through :func:`~journeyplan.report.escaping.visible` (and, on a
terminal, into rich ``Text`` objects), so it is printed literally: never read as rich markup,
never as terminal control sequences."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from journeyplan.i18n import ParserText
from journeyplan.report.base import Formatter
from journeyplan.report.console import PIPE_WIDTH, make_console, sees_terminal
from journeyplan.report.escaping import visible
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


def _fits_one_cell(text: str) -> bool:
    """Whether every character of TEXT takes exactly one terminal cell, as rich counts
    them: printable ASCII, Latin-1 and Latin Extended letters, the verdict marks and the
    em dash (the other characters are left to rich)."""
    return all(" " <= ch <= "~" or "\xa0" <= ch <= "\u024f" or ch in "✓✗—" for ch in text)


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

        title = t("ui.checklist") + (f" — {visible(result.plan.name)}" if result.plan.name else "")
        if result.checklist:
            header = [t("ui.persona")] + [t("ui.question_short", number=q) for q in QUESTIONS]
            names = {p.id: p.label for p in result.plan.personas}
            shown = result.checklist[:MAX_TABLE_ROWS]
            labels = [
                visible(f"{pid} ({names[pid]})" if names.get(pid) != pid else pid)
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
                visible(
                    t("ui.not_evaluated", count=len(result.unread), files=", ".join(result.unread))
                ),
                "bold",
            )
        else:
            line(t("ui.no_personas"))
        # Without colours rich adds nothing to a finding line but costs ~80 us per line:
        # half a million findings (a file of garbage keys) took 40 s. Write them directly.
        if console is not None:
            plain = PLAIN_FAST_PATH and console.color_system is None and not console.is_terminal
        for f in result.findings:
            loc = f.location
            if loc is None:
                where = "-"
            elif loc.line is None:
                where = visible(loc.file)
            else:
                where = f"{visible(loc.file)}:{loc.line}:{loc.column}"
            raw = self._parser_words(f)
            if plain or console is None:
                out.write(
                    f"{where}  {f.code}  {t('severity.' + f.severity)}  "
                    f"{visible(self.message(f))}\n"
                )
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
