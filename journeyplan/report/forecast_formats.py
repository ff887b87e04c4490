"""Formatters for the forecast of :mod:`journeyplan.analysis.forecast`: text (rich tables a
consultant can read aloud), JSON (plan-format.md, "Forecast fields", exactly), CSV and
Markdown: one :class:`~journeyplan.report.base.Formatter` per ``journeyplan forecast
--format`` choice (:mod:`journeyplan.report.registry`).

Figures are rounded once, here (counts and shares to 6 significant digits, money to cents,
minutes to a tenth), so the same plan gives the same bytes on every machine. A figure that
cannot be computed is ``null`` in JSON, empty in CSV and ``—`` in text and Markdown.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, TextIO

from journeyplan.analysis.forecast import Forecast, PersonaForecast, count_text, percent_text
from journeyplan.messages import render_message
from journeyplan.report.base import Formatter
from journeyplan.report.csvrows import Writer
from journeyplan.report.escaping import csv_cell, markdown_table_cell, table_text, visible
from journeyplan.report.markdown import md_escape, md_table

UNKNOWN = "—"
ARROW = "→"


# --------------------------------------------------------------------------- rounding
def figure(x: float | None) -> float | None:
    """A count or share for JSON/CSV: 6 significant digits (``None`` stays ``None``)."""
    return None if x is None else float(f"{x:.6g}")


def money(x: float | None) -> float | None:
    return None if x is None else round(x + 0.0, 2)


def minutes(x: float | None) -> float | None:
    return None if x is None else round(x + 0.0, 1)


def people(x: float | None) -> int | float | None:
    """A reach: a whole number as an integer (``40500``), else a figure."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else figure(x)


# --------------------------------------------------------------------------- JSON
def forecast_document(fc: Forecast) -> dict[str, Any]:
    """The JSON document of plan-format.md ("Forecast fields"): ``version``, ``currency``,
    ``personas`` (with their ``conversions``), ``target_groups`` and ``total``; money in
    the plan's currency, times in minutes, ``None`` where a figure cannot be computed."""
    return {
        "version": 1,
        "currency": fc.currency,
        "personas": [
            {
                "persona": pf.persona.id,
                "reach": people(pf.reach),
                "applications": figure(pf.applications),
                "hires": figure(pf.hires),
                "cost": money(pf.cost),
                "cost_per_hire": money(pf.cost_per_hire),
                "conversions": [
                    {
                        "touchpoint": c.touchpoint.id,
                        "goal": c.goal,
                        "expected": figure(c.expected),
                        "share": figure(c.share),
                        "target_rate": c.target_rate,
                        "minutes_to_reach": minutes(c.minutes_to_reach),
                    }
                    for c in pf.conversions
                ],
            }
            for pf in fc.personas
        ],
        "target_groups": [
            {
                "target_group": g.target_group,
                "hires": figure(g.hires),
                "hires_needed": g.hires_needed,
            }
            for g in fc.target_groups
        ],
        "total": {
            "budget": money(fc.budget),
            "hires": figure(fc.hires),
            "cost_per_hire": money(fc.cost_per_hire),
        },
    }


def write_json(fc: Forecast, out: TextIO, lang: str = "en", color: bool = True) -> None:
    from journeyplan.report.jsontext import dumps

    out.write(dumps(forecast_document(fc)) + "\n")


# --------------------------------------------------------------------------- said aloud
def _t(key: str, lang: str, **args: Any) -> str:
    return render_message(f"ui.forecast.{key}", args or None, lang)


def _header(keys: tuple[str, ...], lang: str) -> list[str]:
    return [
        render_message("ui.persona", None, lang) if k == "persona" else _t(k, lang) for k in keys
    ]


_NL_DIGITS = str.maketrans({",": ".", ".": ","})


def localized(text: str, lang: str) -> str:
    """A number as written in LANG: Dutch swaps the separators (``40.000``, ``0,2%``)."""
    return text.translate(_NL_DIGITS) if lang == "nl" else text


def count_cell(x: float | None) -> str:
    return UNKNOWN if x is None else count_text(x)


def share_cell(x: float | None) -> str:
    return UNKNOWN if x is None else percent_text(x)


def money_cell(x: float | None, currency: str) -> str:
    if x is None:
        return UNKNOWN
    return f"{currency} {x:,.0f}" if abs(x) >= 100 else f"{currency} {x:,.2f}"


def time_cell(m: float | None, lang: str) -> str:
    """Minutes as a consultant says them: ``immediately``, ``45 min``, ``5.5 hours``,
    ``3 days``, ``2.5 weeks`` (weeks from 14 days on)."""
    if m is None:
        return UNKNOWN
    if m < 0.5:
        return _t("immediately", lang)
    if m < 60:
        size, unit = 1, "m"
    elif m < 1440:
        size, unit = 60, "h"
    elif m < 20160:
        size, unit = 1440, "d"
    else:  # from two weeks on: never "1 week"
        size, unit = 10080, "w"
    n = round(m / size, 1)
    # a whole number picks its plural form; a fraction takes the plural ("1.5 hours")
    count: int | str = int(n) if n.is_integer() else f"{n:g}"  # tables() localises it
    return render_message(f"map.unit.{unit}", {"n": count}, lang)


def _levers(pf: PersonaForecast, clean: Callable[[str], str]):
    for k, lv in enumerate(pf.levers, 1):
        yield k, f"{clean(lv.source.label)} {ARROW} {clean(lv.target.label)}", lv


def _tables(fc: Forecast, lang: str, clean: Callable[[str], str]):
    """The forecast as (title, header, rows) tables, user text made safe by
    CLEAN; shared by the text and Markdown formats."""
    cur = fc.currency
    persona_rows = [
        [
            clean(pf.persona.label),
            count_cell(pf.reach),
            count_cell(pf.applications),
            count_cell(pf.other_conversions),
            count_cell(pf.hires),
            money_cell(pf.cost, cur),
            money_cell(pf.cost_per_application, cur),
            money_cell(pf.cost_per_hire, cur),
        ]
        for pf in fc.personas
    ]
    total = [
        _t("total", lang),
        "",
        "",
        "",
        count_cell(fc.hires),
        money_cell(fc.budget, cur),
        "",
        money_cell(fc.cost_per_hire, cur),
    ]
    yield (
        _t("title.personas", lang),
        _header(
            (
                "persona",
                "reach",
                "applications",
                "other",
                "hires",
                "cost",
                "per_application",
                "per_hire",
            ),
            lang,
        ),
        persona_rows + [total],
    )
    conv_rows = []
    for pf in fc.personas:
        for c in pf.conversions:
            conv_rows.append(
                [
                    clean(pf.persona.label),
                    clean(c.touchpoint.label),
                    render_message(f"goal.{c.goal}", None, lang),
                    count_cell(c.expected),
                    share_cell(c.share),
                    share_cell(c.target_rate) if c.target_rate is not None else "",
                    time_cell(c.minutes_to_reach, lang),
                ]
            )
    yield (
        _t("title.conversions", lang),
        _header(("persona", "conversion", "goal", "expected", "share", "target", "time"), lang),
        conv_rows,
    )
    group_rows = []
    for g in fc.target_groups:
        label = g.element.label if g.element is not None else g.target_group
        status = ""
        if g.hires_needed is not None and g.hires is not None:
            short = g.hires_needed - g.hires
            status = (
                _t("short", lang, n=count_text(short)) if short > 1e-9 else _t("on_track", lang)
            )
        group_rows.append(
            [
                clean(label),
                count_cell(g.reach),
                count_cell(g.applications),
                count_cell(g.hires),
                "" if g.hires_needed is None else str(g.hires_needed),
                status,
            ]
        )
    yield (
        _t("title.target_groups", lang),
        _header(("target_group", "reach", "applications", "hires", "needed", "status"), lang),
        group_rows,
    )
    lever_rows = []
    for pf in fc.personas:
        for k, step, lv in _levers(pf, clean):
            lever_rows.append(
                [
                    clean(pf.persona.label) if k == 1 else "",
                    str(k),
                    step,
                    percent_text(lv.rate),
                    f"{lv.elasticity:.2f}",
                    _t("plus_hires", lang, n=count_text(lv.hires_per_point)),
                ]
            )
    yield (
        _t("title.levers", lang),
        _header(("persona", "rank", "trigger", "rate", "elasticity", "point"), lang),
        lever_rows,
    )


#: Per table, the columns that hold figures (localised; right-aligned in text).
_FIGURES = {0: range(1, 8), 1: range(3, 7), 2: range(1, 6), 3: range(3, 6)}


def tables(fc: Forecast, lang: str, clean: Callable[[str], str]):
    """:func:`_tables` with the figures written as LANG writes numbers."""
    for n, (title, header, rows) in enumerate(_tables(fc, lang, clean)):
        cols = _FIGURES[n]
        rows = [[localized(c, lang) if i in cols else c for i, c in enumerate(r)] for r in rows]
        yield title, header, rows


def legend(fc: Forecast, lang: str) -> list[str]:
    """What the figures mean, then one line per reason a figure is ``—`` (none when every
    figure is known): :func:`journeyplan.report.forecast_notes.unknown_reasons`."""
    from journeyplan.report.forecast_notes import unknown_reasons

    notes = [_t(f"unknown.{r}", lang, unknown=UNKNOWN) for r in unknown_reasons(fc)]
    return [_t("legend", lang), *notes]


def write_text(fc: Forecast, out: TextIO, lang: str = "en", color: bool = True) -> None:
    """The forecast as rich tables: per persona, per conversion point, per target group,
    and the triggers to improve first; then the legend. No trailing spaces."""
    from rich.table import Table
    from rich.text import Text

    from journeyplan.report.console import make_console, write_stripped

    buffer = io.StringIO()
    console = make_console(out, color, buffer=buffer)
    for n, (title, header, rows) in enumerate(tables(fc, lang, table_text)):
        table = Table(title=Text(title), title_justify="left")
        for i, name in enumerate(header):
            table.add_column(Text(name), justify="right" if _numeric(n, i) else "left")
        for r, row in enumerate(rows):
            last = n == 0 and r == len(rows) - 1
            table.add_row(
                *(Text(c, style="bold" if last or i == 0 else "") for i, c in enumerate(row)),
                end_section=n == 0 and r == len(rows) - 2,
            )
        if rows:
            console.print(table)
        else:
            console.print(Text(title, style="italic"))
            console.print(Text(_t(f"none.{n}", lang)))
        console.print()
    for line in legend(fc, lang):
        console.print(Text(line))
    write_stripped(buffer.getvalue(), out)


def _numeric(table: int, column: int) -> bool:
    return column in _FIGURES.get(table, ()) and (table, column) not in ((1, 6), (2, 5))


def write_markdown(fc: Forecast, out: TextIO, lang: str = "en", color: bool = True) -> None:
    """The same tables as the text format, as GFM tables under bold titles."""
    blocks = []
    for n, (title, header, rows) in enumerate(tables(fc, lang, markdown_table_cell)):
        lines = [f"**{md_escape(title)}**", ""]
        if rows:
            lines += md_table([md_escape(h) for h in header], [[c or " " for c in r] for r in rows])
        else:
            lines.append(md_escape(_t(f"none.{n}", lang)))
        blocks.append("\n".join(lines))
    blocks.append("\n\n".join(md_escape(line) for line in legend(fc, lang)))
    out.write("\n\n".join(blocks) + "\n")


# --------------------------------------------------------------------------- CSV
CSV_COLUMNS = (
    "row",
    "persona",
    "target_group",
    "touchpoint",
    "goal",
    "from",
    "to",
    "reach",
    "expected",
    "share",
    "target_rate",
    "minutes_to_reach",
    "applications",
    "hires",
    "hires_needed",
    "cost",
    "cost_per_application",
    "cost_per_hire",
    "rate",
    "elasticity",
    "hires_per_point",
    "currency",
)


def _cell(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, float):
        return repr(x) if not x.is_integer() else str(int(x)) if abs(x) < 1e15 else repr(x)
    return csv_cell(visible(str(x)))


def write_csv(fc: Forecast, out: TextIO, lang: str = "en", color: bool = True) -> None:
    """One table for spreadsheets, ids and unrounded-looking plain numbers: a ``persona``
    row per persona, a ``conversion`` row per conversion point of its journey, a ``lever``
    row per trigger to improve first, a ``target_group`` row per target group and one
    ``total`` row. Column ``row`` says which; cells that do not apply are empty."""
    writer = Writer(out)
    writer.writerow(CSV_COLUMNS)
    cur = fc.currency

    def row(**cells: Any) -> None:
        writer.writerow([_cell(cells.get(c)) for c in CSV_COLUMNS])

    for pf in fc.personas:
        pid = pf.persona.id
        row(
            row="persona",
            persona=pid,
            target_group=pf.persona.target_group,
            reach=people(pf.reach),
            applications=figure(pf.applications),
            hires=figure(pf.hires),
            cost=money(pf.cost),
            cost_per_application=money(pf.cost_per_application),
            cost_per_hire=money(pf.cost_per_hire),
            currency=cur,
        )
        for c in pf.conversions:
            row(
                row="conversion",
                persona=pid,
                touchpoint=c.touchpoint.id,
                goal=c.goal,
                expected=figure(c.expected),
                share=figure(c.share),
                target_rate=c.target_rate,
                minutes_to_reach=minutes(c.minutes_to_reach),
            )
        for lv in pf.levers:
            row(
                row="lever",
                persona=pid,
                **{"from": lv.trigger.source, "to": lv.trigger.target},
                rate=lv.rate,
                elasticity=figure(lv.elasticity),
                hires_per_point=figure(lv.hires_per_point),
            )
    for g in fc.target_groups:
        row(
            row="target_group",
            target_group=g.target_group,
            reach=people(g.reach),
            applications=figure(g.applications),
            hires=figure(g.hires),
            hires_needed=g.hires_needed,
        )
    row(
        row="total",
        hires=figure(fc.hires),
        cost=money(fc.budget),
        cost_per_hire=money(fc.cost_per_hire),
        currency=cur,
    )


class ForecastTextFormatter(Formatter[Forecast]):
    """``--format text`` (default): :func:`write_text`."""

    name = "text"

    def write(self, data: Forecast, out: TextIO) -> None:
        write_text(data, out, self.options.lang, self.options.color)


class ForecastJsonFormatter(Formatter[Forecast]):
    """``--format json``: :func:`forecast_document` (plan-format.md, "Forecast fields")."""

    name = "json"

    def write(self, data: Forecast, out: TextIO) -> None:
        write_json(data, out)


class ForecastCsvFormatter(Formatter[Forecast]):
    """``--format csv``: :func:`write_csv`."""

    name = "csv"

    def write(self, data: Forecast, out: TextIO) -> None:
        write_csv(data, out, self.options.lang)


class ForecastMarkdownFormatter(Formatter[Forecast]):
    """``--format markdown``: :func:`write_markdown`."""

    name = "markdown"

    def write(self, data: Forecast, out: TextIO) -> None:
        write_markdown(data, out, self.options.lang)
