"""``--format text`` (default): the checklist table, the findings, a summary line.

All user text goes through :func:`~journeyplan.report.base.visible` and into rich ``Text``
objects, so it is printed literally: never read as rich markup, never as terminal control
sequences."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from rich import box
from rich.table import Table
from rich.text import Text

from journeyplan.report.base import Formatter
from journeyplan.report.console import make_console
from journeyplan.report.escaping import visible

if TYPE_CHECKING:
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


class TextReporter(Formatter["CheckResult"]):
    """``--format text`` (default): the checklist table, the findings, a summary line."""

    name = "text"

    def write(self, result: CheckResult, out: TextIO) -> None:
        console = make_console(out, self.options.color, soft_wrap=True)
        t = self.t

        title = t("ui.checklist") + (f" — {visible(result.plan.name)}" if result.plan.name else "")
        if result.checklist:
            table = Table(title=Text(title), title_justify="left", box=box.ROUNDED)
            table.add_column(t("ui.persona"))
            for q in range(1, 6):
                table.add_column(t("ui.question_short", number=q), justify="center")
            names = {p.id: p.label for p in result.plan.personas}
            verdict_cells = [
                {
                    v: _SameCell(
                        Text(f"{_VERDICT_MARK[v]} {t('verdict.' + v)}", style=_VERDICT_STYLE[v])
                    )
                    for v in _VERDICT_MARK
                }
                for _ in range(5)
            ]  # one per column
            for pid, row in result.checklist[:MAX_TABLE_ROWS]:
                cells = [Text(visible(f"{pid} ({names[pid]})" if names.get(pid) != pid else pid))]
                for q in range(1, 6):
                    cells.append(verdict_cells[q - 1][row[q]])
                table.add_row(*cells)
            console.print(table)
            if len(result.checklist) > MAX_TABLE_ROWS:
                console.print(
                    Text(t("ui.more_personas", count=len(result.checklist) - MAX_TABLE_ROWS))
                )
            console.print()
        elif result.unread:
            console.print(
                Text(
                    visible(
                        t(
                            "ui.not_evaluated",
                            count=len(result.unread),
                            files=", ".join(result.unread),
                        )
                    ),
                    style="bold",
                )
            )
        else:
            console.print(Text(t("ui.no_personas")))
        # Without colours rich adds nothing to a finding line but costs ~80 us per line:
        # half a million findings (a file of garbage keys) took 40 s. Write them directly.
        plain = PLAIN_FAST_PATH and console.color_system is None and not console.is_terminal
        for f in result.findings:
            loc = f.location
            if loc is None:
                where = "-"
            elif loc.line is None:
                where = visible(loc.file)
            else:
                where = f"{visible(loc.file)}:{loc.line}:{loc.column}"
            if plain:
                out.write(
                    f"{where}  {f.code}  {t('severity.' + f.severity)}  "
                    f"{visible(self.message(f))}\n"
                )
                continue
            line = Text()
            line.append(where, style="bold")
            line.append("  ")
            line.append(f.code, style="bold")
            line.append("  ")
            line.append(t("severity." + f.severity), style=_SEVERITY_STYLE[f.severity])
            line.append("  ")
            line.append(visible(self.message(f)))
            console.print(line)
        if result.findings:
            console.print()
        summary = t(
            "ui.summary",
            errors=result.count("error"),
            warnings=result.count("warning"),
            infos=result.count("info"),
        )
        if not result.findings:
            summary = t("ui.clean") + " " + summary
        console.print(Text(summary, style="bold"))
