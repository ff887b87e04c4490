"""Where each touchpoint sits on a map: its stage's column and a row inside it.

A map is a grid. Stages are columns, left to right in plan order, every column starting
at the same top edge (row 0). Inside a column the journey reads downwards: a touchpoint
sits one row below the touchpoints of the same stage that lead to it (longest-path layers
over the stage's own triggers; a trigger that closes a loop is not followed), so the
triggers within a stage point down and the triggers to the next stage point right.

A layer wider than the map can afford is folded into several rows. How many touchpoints a
row may hold is chosen so that the whole map comes closest to a target shape (width to
height, :data:`RATIOS`): a wide map gets narrower, taller columns. The estimate uses fixed
cell sizes (:data:`CELL_WIDTH`, :data:`CELL_HEIGHT`, points), measured on the maps Graphviz
draws from these rows; ``tests/render/test_render_layout.py`` measures the real result.

Everything is linear in touchpoints plus triggers and deterministic (plan order breaks
every tie).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journeyplan.analysis.graph import longest_path_depths
from journeyplan.render.view import MapView

#: Page choices of ``render --page``: name -> (width, height) in inches (landscape), or
#: ``None`` for a map drawn at its natural size.
PAGES: dict[str, tuple[float, float] | None] = {
    "none": None,
    "a4": (11.69, 8.27),
    "a3": (16.54, 11.69),
    "slide": (13.33, 7.5),
}
#: The least white margin around a map on a page, inches (each side).
PAGE_MARGIN = 0.4
#: Target width:height of a map per page (``none``: a screen or a slide, and never wider
#: than :data:`MAX_RATIO`).
RATIOS = {"none": 1.6, "a4": 11.69 / 8.27, "a3": 16.54 / 11.69, "slide": 13.33 / 7.5}
#: The widest a map may come out, width:height; the estimate keeps under SAFE_RATIO, as
#: edges routed around a column can add some width the estimate does not see.
MAX_RATIO = 2.5
SAFE_RATIO = 2.0
#: Estimated size of one touchpoint's cell (box plus the gaps and labels around it), points.
CELL_WIDTH = 255.0
CELL_HEIGHT = 150.0
#: Estimated extra width per column (lane margins and gap) and height of the header.
LANE_EXTRA = 40.0
HEADER_HEIGHT = 170.0
#: The emotion band (:mod:`journeyplan.render.experience`): cells per touchpoint of a
#: column's width, the height of a band's caption and of one line of cells, and of the
#: scale's row in the legend, points.
BAND_CELLS = 3
BAND_CAPTION = 22.0
BAND_LINE = 62.0
SCALE_HEIGHT = 34.0


@dataclass(frozen=True)
class Grid:
    """The rows of every lane of a map: ``rows[lane id]`` is a list of rows, each a list of
    node ids in plan order; ``width`` is the most touchpoints a row holds; ``size`` the
    estimated drawing size ``(width, height)`` in points."""

    rows: dict[str, list[list[str]]]
    width: int
    size: tuple[float, float]

    @property
    def depth(self) -> int:
        """Rows of the deepest lane."""
        return max((len(r) for r in self.rows.values()), default=0)

    def row_of(self) -> dict[str, int]:
        """Node id -> its row."""
        return {n: i for rows in self.rows.values() for i, row in enumerate(rows) for n in row}


def layers(nodes: list[str], edges: list[tuple[str, str]]) -> list[list[str]]:
    """Longest-path layers of NODES (ids, in plan order) over EDGES (``(source, target)``
    pairs among them): a node is one layer below its deepest predecessor. Edges that close
    a cycle (found by a depth-first search in plan order) are ignored; self-loops too."""
    out_edges: dict[str, list[str]] = {n: [] for n in nodes}
    for s, t in edges:
        if s != t and s in out_edges and t in out_edges:
            out_edges[s].append(t)
    depth, _ = longest_path_depths(nodes, out_edges)
    result: list[list[str]] = [[] for _ in range(max(depth.values(), default=-1) + 1)]
    for node in nodes:
        result[depth[node]].append(node)
    return result


def fold(lane_layers: list[list[str]], width: int) -> list[list[str]]:
    """LANE_LAYERS with every layer longer than WIDTH split into rows of at most WIDTH."""
    rows: list[list[str]] = []
    for layer in lane_layers:
        for i in range(0, len(layer), width):
            rows.append(layer[i : i + width])
    return rows


def estimate(rows: dict[str, list[list[str]]], extra_height: float = 0.0) -> tuple[float, float]:
    """Estimated drawing size ``(width, height)`` in points of lanes holding ROWS."""
    width = sum(
        max((len(r) for r in lane), default=1) * CELL_WIDTH + LANE_EXTRA for lane in rows.values()
    )
    depth = max((len(lane) for lane in rows.values()), default=1)
    return width, depth * CELL_HEIGHT + HEADER_HEIGHT + extra_height


def band_heights(view: MapView, widths: dict[str, int]) -> list[float]:
    """Estimated height (points) of each emotion band of VIEW when its columns are WIDTHS
    touchpoints wide (lane id -> width): a column's cells wrap at :data:`BAND_CELLS` per
    touchpoint of width."""
    out = []
    for band in view.bands:
        lines = max(
            (
                math.ceil(len(cells) / (BAND_CELLS * widths.get(lane, 1)))
                for lane, cells in band.lanes
            ),
            default=1,
        )
        out.append(BAND_CAPTION + lines * BAND_LINE)
    return out


def arrange(
    view: MapView, ratio: float = RATIOS["none"], extra_height: float | None = None
) -> Grid:
    """The grid of VIEW whose estimated width:height comes closest to RATIO, and stays
    under :data:`SAFE_RATIO` when some folding allows it. EXTRA_HEIGHT (points) is drawn
    below the lanes; by default the emotion bands of VIEW and the scale in the legend
    (nothing for a map without ``experience``).

    Starting from unfolded lanes, the widest lane is folded one touchpoint narrower at a
    time (the leftmost of equally wide lanes first); the best grid seen is kept."""
    lane_of = {n.id: lane.id for lane in view.lanes for n in lane.nodes}
    own: dict[str, list[tuple[str, str]]] = {lane.id: [] for lane in view.lanes}
    for e in view.edges:
        lane = lane_of.get(e.source)
        if lane is not None and lane_of.get(e.target) == lane:
            own[lane].append((e.source, e.target))
    lane_layers = {lane.id: layers([n.id for n in lane.nodes], own[lane.id]) for lane in view.lanes}
    caps = {lid: max((len(layer) for layer in ls), default=1) for lid, ls in lane_layers.items()}

    def grid() -> tuple[Grid, float]:
        rows = {lid: fold(ls, caps[lid]) for lid, ls in lane_layers.items()}
        extra = extra_height
        if extra is None:
            bands = band_heights(view, caps)
            extra = sum(bands) + (SCALE_HEIGHT if bands else 0.0)
        size = estimate(rows, extra)
        shape = size[0] / size[1]
        # Closest to the target shape on a log scale; past SAFE_RATIO only when nothing
        # else is possible.
        score = abs(math.log(shape / ratio)) + (10.0 if shape > SAFE_RATIO else 0.0)
        return Grid(rows, max(caps.values(), default=1), size), score

    best, best_score = grid()
    while any(c > 1 for c in caps.values()):
        widest = max(caps.values())
        lid = next(k for k, c in caps.items() if c == widest)
        caps[lid] -= 1
        candidate, score = grid()
        if score < best_score:
            best, best_score = candidate, score
        elif candidate.size[0] / candidate.size[1] < ratio:
            break  # narrower than the target and getting worse: stop
    return best
