"""The client report: one self-contained HTML (or PDF) file of the whole plan, the library
behind ``journeyplan report``. It never prints.

The pipeline: plan (:func:`journeyplan.check.pipeline.check_plan`) -> view model
(:mod:`.content`: cover, employer brand, target groups, personas, checklist, coverage) +
journey maps (:mod:`.maps`, the render package's DOT through ``dot``, cleaned by :mod:`.svg`) +
charts (:mod:`.charts`: the forecast funnel and the emotion curve, when the plan has their
data) -> HTML (:mod:`.writer`, Jinja2 with autoescaping, one hashed stylesheet, a strict
Content-Security-Policy) -> PDF (WeasyPrint, optional) -> one file, written atomically and
never over a file journeyplan did not write.

The cover's date is the date of the plan's last git commit (:mod:`.provenance`), never the
clock: the same plan in the same repository state gives the same bytes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journeyplan.clientreport.writer import ReportError

__all__ = ["FORMATS", "ReportError", "ReportResult", "build_report", "make_report", "preflight"]

#: ``--format`` choices of ``journeyplan report``.
FORMATS = ("html", "pdf")


@dataclass
class ReportResult:
    """What a report run did: ``path`` written, ``errors`` (error findings of the plan: the
    report shows them), ``warnings`` (what ``dot`` said, ``"map: text"``), ``language``."""

    path: Path
    errors: int = 0
    warnings: list[str] = field(default_factory=list)
    language: str = "en"


def _forecast(result) -> dict[str, Any] | None:
    """The forecast of the plan in the shape of ``journeyplan forecast --format json``
    (plan format 1.1), or ``None`` when the plan has no forecast data or the forecast
    analysis is not part of this build. Figures that cannot be computed are ``None``."""
    try:
        from journeyplan.analysis import forecast as module
    except ImportError:
        return None
    has_data = getattr(module, "has_forecast_data", None)
    run = getattr(module, "forecast", None)
    if not callable(has_data) or not callable(run) or not has_data(result.plan):
        return None
    fc = run(result.plan)
    return {
        "currency": fc.currency,
        "personas": [
            {
                "persona": pf.persona.id,
                "reach": pf.reach,
                "hires": pf.hires,
                "cost_per_hire": pf.cost_per_hire,
                "levers": [
                    {
                        "source": lv.source.id,
                        "target": lv.target.id,
                        "rate": lv.rate,
                        "elasticity": lv.elasticity,
                        "hires_per_point": lv.hires_per_point,
                    }
                    for lv in pf.levers
                ],
                "conversions": [
                    {
                        "touchpoint": c.touchpoint.id,
                        "goal": c.goal,
                        "expected": c.expected,
                        "minutes_to_reach": c.minutes_to_reach,
                    }
                    for c in pf.conversions
                ],
            }
            for pf in fc.personas
        ],
        "target_groups": [
            {"target_group": g.target_group, "hires": g.hires, "hires_needed": g.hires_needed}
            for g in fc.target_groups
        ],
    }


def make_report(result, lang: str, provenance, with_maps: bool = True):
    """The :class:`~journeyplan.clientreport.content.Report` of RESULT in LANG, with maps
    (unless WITH_MAPS is false), funnels and emotion curves. Returns ``(report, warnings)``.
    Raises :class:`~journeyplan.render.RenderError` / :class:`ReportError` without Graphviz."""
    from journeyplan.clientreport.charts import emotion_curves, funnels, group_forecasts
    from journeyplan.clientreport.content import gather

    report = gather(result, lang, provenance.text(lang), provenance.dirty)
    warnings: list[str] = []
    if with_maps:
        from journeyplan.clientreport.maps import journey_maps

        report.maps, report.skipped_maps, warnings = journey_maps(result, lang)
    forecast = _forecast(result)
    report.funnels = funnels(result.plan, forecast, lang)
    report.groups_forecast = group_forecasts(result.plan, forecast, lang)
    report.curves = emotion_curves(result.plan, lang)
    return report, warnings


def preflight(fmt: str) -> None:
    """Refuse early what would fail late: an unknown FMT (:class:`UsageError`), no Graphviz
    for the maps, no WeasyPrint (or Pango) for ``pdf`` (:class:`ReportError`). Cheap: runs
    no program."""
    from journeyplan.errors import UsageError
    from journeyplan.render.output import find_dot

    if fmt not in FORMATS:
        raise UsageError("unknown-format", name=fmt, choices=", ".join(FORMATS))
    if find_dot() is None:
        raise ReportError("report.no-graphviz")
    if fmt == "pdf":
        from journeyplan.clientreport.writer import require_weasyprint

        require_weasyprint()


def build_report(
    result,
    output: str | os.PathLike | None = None,
    fmt: str = "html",
    lang: str | None = None,
    *,
    path: str | os.PathLike | None = None,
) -> ReportResult:
    """Write the client report of a checked plan (RESULT, from
    :func:`journeyplan.check.pipeline.check_plan`) to OUTPUT (default: ``report.html`` or
    ``report.pdf`` in the plan's map folder, ``journey-maps/``) in format FMT (``html`` |
    ``pdf``) and language LANG (en | nl; default the plan's ``plan.language``, else
    English). PATH is the plan's path as given (a folder or one file), for the git date of
    the cover; default RESULT's base folder.

    Raises :class:`~journeyplan.errors.UsageError` (unknown format) or :class:`ReportError`
    (no Graphviz, no WeasyPrint for PDF, a target journeyplan did not write, a failed
    write); both mean exit 2, and nothing is written."""
    from journeyplan.clientreport.provenance import plan_provenance
    from journeyplan.clientreport.writer import (
        check_target,
        default_name,
        html_to_pdf,
        render_html,
        write_report,
    )
    from journeyplan.render import default_folder

    preflight(fmt)
    language = lang or result.language or "en"
    target = Path(output) if output is not None else default_folder(result.base) / default_name(fmt)
    check_target(target)  # before any work: a refusal costs nothing
    provenance = plan_provenance(path if path is not None else result.base)
    report, warnings = make_report(result, language, provenance)
    html = render_html(report, for_print=fmt == "pdf")
    data = html_to_pdf(html) if fmt == "pdf" else html
    write_report(target, data)
    return ReportResult(target, result.count("error"), warnings, language)
