"""The report's journey maps: one per persona and the overview, drawn by the render package.

The maps are exactly the ones ``journeyplan render --format svg`` draws (the same call),
cleaned by :func:`.svg.clean_svg` before they are inlined. Without ``dot`` the report cannot be made: :class:`~journeyplan.render.RenderError`
(``render.no-graphviz``, exit 2), as for ``render --format svg``.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeyplan.clientreport.labels import label
from journeyplan.clientreport.svg import clean_svg, svg_size
from journeyplan.render.view import OVERVIEW

#: The paper the maps are fitted to, when the render package fits maps to a page.
PAGE = "a4"


@dataclass(frozen=True)
class MapFigure:
    """One map: ``name`` (persona id or ``overview``), ``title`` (the figure's caption),
    ``svg`` (cleaned SVG markup, safe to inline), its ``width`` and ``height`` in points."""

    name: str
    title: str
    svg: str
    width: float
    height: float

    @property
    def wide(self) -> bool:
        """Much wider than a landscape page (the print layout gives it the full width)."""
        return self.height > 0 and self.width / self.height > 1.6


def journey_maps(result, lang: str) -> tuple[list[MapFigure], list[str], list[str]]:
    """``(maps, skipped, warnings)`` of a checked plan (RESULT) in LANG: the persona maps in
    plan order and the overview, drawn by :func:`journeyplan.render.render_plan` exactly as
    ``journeyplan render --format svg`` draws them (fitted to a landscape page when the
    render package can); the ids of personas without a map (an id that cannot name a map);
    what Graphviz said (``"name: text"``). The SVG files go to a temporary folder and are
    read back. Raises :class:`~journeyplan.render.RenderError` without Graphviz or when it
    fails. A plan with nothing to draw has no maps."""
    import inspect
    import tempfile
    from pathlib import Path

    from markupsafe import Markup

    from journeyplan.render import render_plan
    from journeyplan.report.escaping import html_text

    plan = result.plan
    if not plan.personas and not plan.touchpoints:
        return [], [], []
    options = {}
    if "page" in inspect.signature(render_plan).parameters:
        options["page"] = PAGE
    names = {p.id: p.label for p in plan.personas}
    figures: list[MapFigure] = []
    with tempfile.TemporaryDirectory(prefix="journeyplan-report-") as folder:
        drawn = render_plan(result, "svg", folder, None, lang, **options)
        for written in drawn.written:
            name = Path(written).stem
            title = (
                label("report.maps.overview", lang)
                if name == OVERVIEW
                else label("report.maps.persona", lang, name=names.get(name, name))
            )
            # the accessible name is user text in the SVG markup: the report's policy first
            svg = clean_svg(Path(written).read_bytes(), html_text(title))
            width, height = svg_size(svg)
            # Markup: the SVG is rebuilt from an allow-list and serialised by ElementTree,
            # which escapes every text and attribute value (journeyplan.clientreport.svg).
            figures.append(MapFigure(name, title, Markup(svg), width, height))
    warnings = [f"{name}: {text}" for name, text in drawn.warnings]
    return figures, list(drawn.skipped), warnings
