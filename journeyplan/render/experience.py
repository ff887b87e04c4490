"""The candidate experience on a map: the emotion band under the stage columns.

Plan format 1.1 scores how the candidate is meant to feel at a touchpoint with
``touchpoints[].experience``, -2 (strongly negative) .. +2 (strongly positive), the scale
journey-mapping tools such as Smaply use. A map whose touchpoints carry scores gets a band
under its lanes: per stage column, one cell per touchpoint of that column (in the column's
reading order, see :mod:`journeyplan.render.graphviz_map`), each with the score as a signed
number, a mark (``▲▲ ▲ ● ▼ ▼▼``) and a fill from a diverging scale, and the touchpoint's name.
Number and mark carry the score on their own, so the band survives greyscale printing and
colour blindness; the fill (Paul Tol's colour-blind safe BuRd scheme: red below zero, blue
above) makes the curve readable at a glance. A touchpoint without a score is a gap (an
empty, dashed cell), never a zero. The overview has one band per persona: its journey's
touchpoints.

Pure data built by :class:`journeyplan.render.view._Builder`; the writers draw it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from journeyplan.render.colours import darker, is_dark

#: The scale, lowest first.
SCALE = (-2, -1, 0, 1, 2)
#: Fill per score: Paul Tol's diverging BuRd scheme (colour-blind safe), red = negative.
FILLS = {-2: "#D6604D", -1: "#F4A582", 0: "#F7F7F7", 1: "#92C5DE", 2: "#4393C3"}
#: Mark per score, shown beside the number (readable without colour).
MARKS = {-2: "▼▼", -1: "▼", 0: "●", 1: "▲", 2: "▲▲"}
#: A touchpoint without a score: a gap, drawn white with a dashed outline.
GAP_FILL = "#FFFFFF"
GAP_BORDER = "#9A9A9A"
GAP_TEXT = "–"
#: Catalogue keys of the scale's captions in the legend.
SCALE_KEYS = {
    -2: "map.experience.scale.-2",
    -1: "map.experience.scale.-1",
    0: "map.experience.scale.0",
    1: "map.experience.scale.1",
    2: "map.experience.scale.2",
}


def score_text(value: int) -> str:
    """VALUE as a signed number: ``+2``, ``+1``, ``0``, ``-1``, ``-2``."""
    return f"{value:+d}" if value else "0"


@dataclass(frozen=True)
class ExperienceCell:
    """One touchpoint in the band (or one step of the scale in the legend): ``node`` (the
    touchpoint's node id; empty in the legend), ``name`` (the touchpoint's name as written,
    or the scale caption), ``value`` (-2..+2, ``None`` for a gap), ``text`` (``+1``, or
    ``–`` for a gap), ``mark`` (``▲``; empty for a gap), ``colour`` (fill), ``border`` and
    ``ink`` (text colour on the fill)."""

    node: str
    name: str
    value: int | None
    text: str
    mark: str
    colour: str
    border: str
    ink: str

    @property
    def gap(self) -> bool:
        """True for a touchpoint without a score."""
        return self.value is None


@dataclass(frozen=True)
class ExperienceBand:
    """One band: generated ``id`` (``x<number>``), its ``title`` (the caption on a persona
    map, "Sander: candidate experience" on the overview) and ``lanes``: ``(lane id, cells)``
    per stage column that has touchpoints in this band, cells in plan order."""

    id: str
    title: str
    lanes: tuple[tuple[str, tuple[ExperienceCell, ...]], ...]

    def cells(self, lane_id: str) -> tuple[ExperienceCell, ...]:
        """The cells of the column LANE_ID (empty when the band has none there)."""
        return dict(self.lanes).get(lane_id, ())


def cell(node: str, name: str, value: int | None) -> ExperienceCell:
    """The cell of a touchpoint (node id NODE, name NAME) scored VALUE (-2..+2; values out
    of range are clamped, the check reports them) or ``None`` (a gap)."""
    if value is None:
        return ExperienceCell(node, name, None, GAP_TEXT, "", GAP_FILL, GAP_BORDER, "#4D4D4D")
    value = max(-2, min(2, value))
    fill = FILLS[value]
    ink = "#FFFFFF" if is_dark(fill) else "#1A1A1A"
    return ExperienceCell(
        node, name, value, score_text(value), MARKS[value], fill, darker(fill), ink
    )


def band(
    band_id: str, title: str, lanes: list[tuple[str, list[tuple[str, str, int | None]]]]
) -> ExperienceBand | None:
    """The band BAND_ID titled TITLE over LANES (``(lane id, [(node id, name, score or
    None)])`` in lane order), or ``None`` when no touchpoint in it has a score."""
    if not any(v is not None for _, items in lanes for _, _, v in items):
        return None
    return ExperienceBand(
        band_id,
        title,
        tuple(
            (lane_id, tuple(cell(n, name, v) for n, name, v in items))
            for lane_id, items in lanes
            if items
        ),
    )


def bands(
    lanes: Sequence[Any], caption: str, per_persona: list[tuple[str, set[str]]] | None = None
) -> tuple[ExperienceBand, ...]:
    """The emotion bands of a map with LANES (:class:`~journeyplan.render.view.LaneView`s):
    one titled CAPTION over all its touchpoints (a persona map), or, with PER_PERSONA
    (``(title, node ids of the persona's journey)`` per persona), one per persona whose
    journey has a scored touchpoint on the map (the overview). Empty when nothing on the
    map has a score, so a map without ``experience`` is drawn exactly as before."""
    if per_persona is None:
        items = [(lane.id, [(n.id, n.name, n.experience) for n in lane.nodes]) for lane in lanes]
        one = band("x0", caption, items)
        return () if one is None else (one,)
    # Each touchpoint once, handed to the personas whose journey holds it: linear in the
    # touchpoints and their personas, not touchpoints x personas (2,500 personas and 100,000
    # touchpoints on the overview of a large plan).
    member: dict[str, list[int]] = {}
    for i, (_, ids) in enumerate(per_persona):
        for node_id in ids:
            member.setdefault(node_id, []).append(i)
    per_band: list[list[tuple[str, list[tuple[str, str, int | None]]]]] = [[] for _ in per_persona]
    for lane in lanes:
        in_lane: dict[int, list[tuple[str, str, int | None]]] = {}
        for n in lane.nodes:
            for i in member.get(n.id, ()):
                items = in_lane.get(i)
                if items is None:
                    items = in_lane[i] = []
                    per_band[i].append((lane.id, items))
                items.append((n.id, n.name, n.experience))
    out = []
    for i, (title, _) in enumerate(per_persona):
        one = band(f"x{i}", title, per_band[i])
        if one is not None:
            out.append(one)
    return tuple(out)


def scale(msg: Callable[[str], str]) -> tuple[ExperienceCell, ...]:
    """The legend of the emotion band: the scale -2..+2 with its captions (MSG gives a
    catalogue key's text in the map's language), then the gap."""
    cells = [cell("", msg(SCALE_KEYS[v]), v) for v in SCALE]
    return (*cells, cell("", msg("map.experience.gap"), None))
