"""Formatters for the coverage matrices of :mod:`journeyplan.analysis.matrix`: text (rich tables),
CSV (the csv module) and Markdown (for client reports), listed under ``matrix`` in
:mod:`journeyplan.report.registry`.

Every user text is printed literally (:mod:`journeyplan.report.escaping`): policy
``terminal`` in text, ``markdown`` in Markdown, ``csv`` and ``csv-cell`` (no spreadsheet
formulas) in CSV. Labels (column headers, markers) come from the message
catalogue in the output language.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TextIO

from journeyplan.analysis.matrix import Cell, Entry, Matrix
from journeyplan.messages import render_message
from journeyplan.report.base import Formatter
from journeyplan.report.csvrows import Writer
from journeyplan.report.escaping import csv_cell as _csv_cell
from journeyplan.report.escaping import csv_text as _csv_text
from journeyplan.report.escaping import markdown_cell as md_escape
from journeyplan.report.escaping import markdown_table_cell as md_cell
from journeyplan.report.escaping import table_text, visible
from journeyplan.report.markdown import md_table

CONVERSION_MARK = "★"
BULLET = "•"  # marks the other touchpoints in text cells, so wrapped lines stay apart


def _title(matrix: Matrix, lang: str) -> str:
    return render_message(f"ui.matrix.by_{matrix.dimension}", None, lang)


def entry_text(entry: Entry, lang: str, clean: Callable[[str], str] = visible) -> str:
    """One touchpoint as a line of a cell, e.g. ``★ Apply in 60 seconds (WhatsApp) —
    conversion: application``, with its experience score when it has one (``Ack
    (WhatsApp) · experience +1``). CLEAN makes user text safe for the output format."""
    name = clean(entry.touchpoint)
    if entry.where is not None:
        text = render_message(
            "ui.matrix.entry", {"touchpoint": name, "where": clean(entry.where)}, lang
        )
    else:
        text = name
    if entry.experience is not None:
        text += " · " + render_message(
            "ui.matrix.experience", {"score": experience_score(entry.experience)}, lang
        )
    if entry.conversion is not None:
        goal = render_message(f"goal.{entry.conversion}", None, lang)
        return f"{CONVERSION_MARK} {text} — " + render_message(
            "ui.matrix.conversion", {"goal": goal}, lang
        )
    if entry.kind in ("rejection", "exit", "talent_pool"):
        return f"{text} — " + render_message(f"ui.matrix.{entry.kind}", None, lang)
    return text


def experience_score(score: int) -> str:
    """An experience score as shown: ``+2``, ``+1``, ``0``, ``-1``, ``-2``."""
    return f"{score:+d}" if score else "0"


def _cell_lines(cell: Cell, lang: str, clean: Callable[[str], str]) -> list[str]:
    lines = [entry_text(e, lang, clean) for e in cell.entries]
    if lines and cell.preferred is False:
        lines.append(render_message("ui.matrix.not_preferred", None, lang))
    return lines


def _shows_gap(cell: Cell) -> bool:
    """An empty cell that matters: a stage with no touchpoint, or a preferred channel the
    journey does not use. (An empty non-preferred channel is expected.)"""
    return cell.empty and cell.preferred is not False


#: The narrowest a matrix column's text may get (terminal cells) before the columns are
#: split over several tables: a 12-channel matrix on a 100-column terminal is three
#: tables of four channels, not twelve columns of six characters.
MIN_COLUMN = 14
#: At most this much of a row label counts when columns are grouped (longer labels wrap).
MAX_LABEL = 30


def column_groups(label: int, columns: list[int], width: int) -> list[range]:
    """The columns of a matrix in consecutive groups, each to be drawn as one table that
    fits WIDTH terminal cells: LABEL is the width of the row labels (persona names),
    COLUMNS the natural width of each column (its widest line). A column counts as at most
    :data:`MIN_COLUMN` wide (rich narrows wider ones), plus padding and border; every group
    has at least one column. One group means one table, as wide as the terminal allows."""
    fixed = min(label, MAX_LABEL) + 4  # label column with padding and both borders
    groups: list[range] = []
    start, used = 0, fixed
    for i, natural in enumerate(columns):
        need = min(natural, MIN_COLUMN) + 3
        if i > start and used + need > width:
            groups.append(range(start, i))
            start, used = i, fixed
        used += need
    groups.append(range(start, len(columns)))
    return groups


def _cell_text(cell: Cell, lang: str, none: str):
    from rich.text import Text

    if _shows_gap(cell):
        return Text(none, style="bold red")
    if cell.empty:  # a channel the persona does not prefer, unused: says so, as in CSV
        return Text(render_message("ui.matrix.not_preferred", None, lang), style="yellow")
    text = Text()
    for i, line in enumerate(_cell_lines(cell, lang, table_text)):
        if i:
            text.append("\n")
        style = ""
        if line.startswith(CONVERSION_MARK):
            style = "green"
        elif cell.preferred is False and i == len(cell.entries):
            style = "yellow"
        else:
            line = f"{BULLET} {line}"
        text.append(line, style=style)
    return text


def write_text(matrices: list[Matrix], out: TextIO, lang: str = "en", color: bool = True) -> None:
    """Each matrix as a rich table, then a legend; a plan without personas is one line
    (``ui.matrix.no_personas``). Lines carry no trailing spaces. A matrix
    too wide for the terminal is split into several tables of consecutive columns (each
    with the persona column, titled ``(1/3)``, ``(2/3)`` ...): see :func:`column_groups`."""
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    from journeyplan.report.console import make_console, write_stripped

    if not any(matrix.rows for matrix in matrices):  # no persona: one line, not one per view
        out.write(render_message("ui.matrix.no_personas", None, lang) + "\n")
        return
    buffer = io.StringIO()
    console = make_console(out, color, buffer=buffer)
    none = render_message("ui.matrix.none", None, lang)
    persona = render_message("ui.persona", None, lang)
    for matrix in matrices:
        title = _title(matrix, lang)
        headers = [Text(table_text(label)) for _, label in matrix.columns]
        labels = [Text(table_text(label), style="bold") for _, label, _ in matrix.rows]
        cells = [[_cell_text(c, lang, none) for c in row] for _, _, row in matrix.rows]
        natural = [
            max(
                cell_len(line)
                for t in (headers[i], *(r[i] for r in cells))
                for line in t.plain.split("\n")
            )
            for i in range(len(headers))
        ]
        label_width = max(cell_len(t.plain) for t in (Text(persona), *labels))
        groups = column_groups(label_width, natural, console.width)
        for n, group in enumerate(groups, 1):
            shown = title if len(groups) == 1 else f"{title} ({n}/{len(groups)})"
            table = Table(title=Text(shown), title_justify="left", show_lines=True)
            table.add_column(persona)
            for i in group:
                table.add_column(headers[i])
            for label, row in zip(labels, cells):
                table.add_row(label, *(row[i] for i in group))
            console.print(table)
            console.print()
    console.print(
        Text(render_message("ui.matrix.legend", {"mark": CONVERSION_MARK, "none": none}, lang))
    )
    write_stripped(buffer.getvalue(), out)


def _csv_value(cell: Cell, lang: str) -> str:
    """A cell of the CSV grid, never empty: the touchpoints one per line (plus the
    not-preferred note), ``— none —`` for a gap (a stage or preferred channel without a
    touchpoint), ``(not a preferred channel)`` for an empty channel the persona does not
    prefer; so a spreadsheet tells a gap from what is simply not used."""
    if _shows_gap(cell):
        return render_message("ui.matrix.none", None, lang)
    if cell.empty:
        return render_message("ui.matrix.not_preferred", None, lang)
    return "\n".join(_cell_lines(cell, lang, _csv_text))


def write_csv(matrices: list[Matrix], out: TextIO, lang: str = "en") -> None:
    """One matrix as a CSV grid (header row: persona, then the column labels; one row per
    persona; the touchpoints of a cell on separate lines within the cell, an empty cell
    saying why: see :func:`_csv_value`).

    Several matrices (``--view both``) have different columns, so they are one table in
    long form, one header for a spreadsheet to import: view (stage | channel), persona,
    the stage or channel, its touchpoints; a row per persona and column, in plan order."""
    writer = Writer(out)
    if len(matrices) > 1:
        _write_csv_long(matrices, writer, lang)
        return
    for matrix in matrices:
        writer.writerow(
            [
                _csv_cell(render_message("ui.persona", None, lang)),
                *(_csv_cell(_csv_text(label)) for _, label in matrix.columns),
            ]
        )
        for _, label, cells in matrix.rows:
            writer.writerow(
                [_csv_cell(_csv_text(label)), *(_csv_cell(_csv_value(c, lang)) for c in cells)]
            )


def _write_csv_long(matrices: list[Matrix], writer, lang: str) -> None:
    def t(key: str) -> str:
        return _csv_cell(render_message(key, None, lang))

    writer.writerow(
        [t("ui.matrix.view"), t("ui.persona"), t("ui.matrix.column"), t("ui.matrix.touchpoints")]
    )
    for matrix in matrices:
        view = t(f"term.{matrix.dimension}")
        for _, label, cells in matrix.rows:
            persona = _csv_cell(_csv_text(label))
            for (_, column), cell in zip(matrix.columns, cells):
                writer.writerow(
                    [view, persona, _csv_cell(_csv_text(column)), _csv_cell(_csv_value(cell, lang))]
                )


def write_markdown(matrices: list[Matrix], out: TextIO, lang: str = "en") -> None:
    """Each matrix as a bold title and a GFM table (touchpoints of a cell joined with
    ``<br>``, a gap shown as bold ``— none —``), then the legend; pastes into a report. A
    plan without personas is one line."""
    if not any(matrix.rows for matrix in matrices):  # no persona: one line, not one per view
        out.write(md_escape(render_message("ui.matrix.no_personas", None, lang)) + "\n")
        return
    none = render_message("ui.matrix.none", None, lang)
    blocks: list[str] = []
    for matrix in matrices:
        header = [
            md_escape(render_message("ui.persona", None, lang)),
            *(md_cell(label) for _, label in matrix.columns),
        ]
        rows = []
        for _, label, cells in matrix.rows:
            row = [md_cell(label)]
            for cell in cells:
                if _shows_gap(cell):
                    row.append(f"**{none}**")
                else:
                    row.append("<br>".join(_cell_lines(cell, lang, md_cell)))
            rows.append(row)
        lines = [f"**{md_escape(_title(matrix, lang))}**", ""]
        lines.extend(md_table(header, rows))
        blocks.append("\n".join(lines))
    blocks.append(
        md_escape(render_message("ui.matrix.legend", {"mark": CONVERSION_MARK, "none": none}, lang))
    )
    out.write("\n\n".join(blocks) + "\n")


class MatrixTextFormatter(Formatter[list[Matrix]]):
    """``--format text`` (default): :func:`write_text`."""

    name = "text"

    def write(self, data: list[Matrix], out: TextIO) -> None:
        write_text(data, out, self.options.lang, self.options.color)


class MatrixCsvFormatter(Formatter[list[Matrix]]):
    """``--format csv``: :func:`write_csv`."""

    name = "csv"

    def write(self, data: list[Matrix], out: TextIO) -> None:
        write_csv(data, out, self.options.lang)


class MatrixMarkdownFormatter(Formatter[list[Matrix]]):
    """``--format markdown``: :func:`write_markdown`."""

    name = "markdown"

    def write(self, data: list[Matrix], out: TextIO) -> None:
        write_markdown(data, out, self.options.lang)
