"""The report's journey maps: one per persona and the overview, drawn by the render package.

The maps are exactly the ones ``journeyplan render`` draws (the same views, the same DOT),
laid out by Graphviz's ``dot`` as SVG and cleaned by :func:`.svg.clean_svg` before they are
inlined. Without ``dot`` the report cannot be made: :class:`~journeyplan.render.RenderError`
(``render.no-graphviz``, exit 2), as for ``render --format svg``.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeyplan.clientreport.labels import label
from journeyplan.clientreport.svg import clean_svg, svg_size
from journeyplan.plan.model import Plan
from journeyplan.render import RenderError, map_texts
from journeyplan.render.output import find_dot, run_dot
from journeyplan.render.view import OVERVIEW, map_views, unusable_personas


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


def journey_maps(plan: Plan, lang: str) -> tuple[list[MapFigure], list[str], list[str]]:
    """``(maps, skipped, warnings)`` of PLAN in LANG: the persona maps in plan order and
    the overview; the ids of personas without a map (an id that cannot name a map); what
    ``dot`` said on stderr (``"name: text"``). Raises
    :class:`~journeyplan.render.RenderError` without Graphviz or when ``dot`` fails."""
    from markupsafe import Markup

    dot = find_dot()
    if dot is None:
        raise RenderError("render.no-graphviz", format="html")
    names = {p.id: p.label for p in plan.personas}
    views = map_views(plan, None, lang)
    figures: list[MapFigure] = []
    warnings: list[str] = []
    for name, text in map_texts(views, "svg"):
        data, said = run_dot(text, "svg", name, dot)
        if said.strip():
            warnings.append(f"{name}: {said.strip()}")
        title = (
            label("report.maps.overview", lang)
            if name == OVERVIEW
            else label("report.maps.persona", lang, name=names.get(name, name))
        )
        svg = clean_svg(data, title)
        width, height = svg_size(svg)
        # Markup: the SVG is rebuilt from an allow-list and serialised by ElementTree,
        # which escapes every text and attribute value (see journeyplan.clientreport.svg).
        figures.append(MapFigure(name, title, Markup(svg), width, height))
    skipped = [p.id for p in unusable_personas(plan)]
    return figures, skipped, warnings
