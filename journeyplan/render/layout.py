"""Where each touchpoint sits on a map: its stage's column and a row inside it.

A map is a grid. Stages are columns, left to right in plan order, every column starting
at the same top edge (row 0). Inside a column the journey reads downwards: a touchpoint
sits one row below the touchpoints of the same stage that lead to it (longest-path layers
over the stage's own triggers; a trigger that closes a loop is not followed), so the
triggers within a stage point down and the triggers to the next stage point right.

A layer wider than the map can afford is folded into several rows. How many touchpoints a
row may hold is chosen so that the whole map comes closest to a target shape (width to
height, :data:`RATIOS`): a wide map gets narrower, taller columns. When that cannot bring a
map under :data:`SAFE_RATIO` (many stages, each with a short column: a long linear plan),
the columns themselves wrap like the lines of a text: the stages are cut, in order, into
*shelves* of columns, each shelf below the one before, each starting at the left, so the
stages read left to right and then on to the next shelf. The estimate uses fixed
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
#: Estimated extra height of each shelf after the first (its columns' titles and margins).
SHELF_EXTRA = 70.0
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
    estimated drawing size ``(width, height)`` in points; ``shelves`` the lane ids of each
    shelf of columns, top to bottom, in stage order (empty: one shelf of every lane)."""

    rows: dict[str, list[list[str]]]
    width: int
    size: tuple[float, float]
    shelves: tuple[tuple[str, ...], ...] = ()

    @property
    def depth(self) -> int:
        """Rows of the deepest lane."""
        return max((len(r) for r in self.rows.values()), default=0)

    def shelf_lanes(self) -> list[list[str]]:
        """The lane ids of each shelf, top to bottom (one shelf of every lane when the
        columns do not wrap)."""
        return [list(shelf) for shelf in self.shelves] or [list(self.rows)]

    def row_of(self) -> dict[str, int]:
        """Node id -> its row, counted over the whole map (a shelf's rows come after the
        rows of the shelves above it)."""
        out: dict[str, int] = {}
        offset = 0
        for shelf in self.shelf_lanes():
            for lane in shelf:
                for i, row in enumerate(self.rows[lane]):
                    for n in row:
                        out[n] = offset + i
            offset += max((len(self.rows[lane]) for lane in shelf), default=0) + 1
        return out


def split_shelves(lanes: list[str], count: int) -> list[list[str]]:
    """LANES (ids, in stage order) cut into COUNT shelves of consecutive lanes, as even as
    possible, the fuller shelves first."""
    count = max(1, min(count, len(lanes)))
    size, extra = divmod(len(lanes), count)
    out, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        out.append(lanes[start:end])
        start = end
    return out


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


def estimate(
    rows: dict[str, list[list[str]]],
    extra_height: float = 0.0,
    shelves: list[list[str]] | None = None,
    shelf_extra: list[float] | None = None,
) -> tuple[float, float]:
    """Estimated drawing size ``(width, height)`` in points of lanes holding ROWS, on
    SHELVES (default: one shelf of every lane), with EXTRA_HEIGHT below the lanes and
    SHELF_EXTRA (points, per shelf) below each shelf's lanes."""
    shelves = shelves or [list(rows)]
    width = max(
        sum(
            max((len(r) for r in rows[lane]), default=1) * CELL_WIDTH + LANE_EXTRA for lane in shelf
        )
        for shelf in shelves
    )
    height = HEADER_HEIGHT + extra_height + SHELF_EXTRA * (len(shelves) - 1)
    for i, shelf in enumerate(shelves):
        depth = max((len(rows[lane]) for lane in shelf), default=1)
        height += depth * CELL_HEIGHT + (shelf_extra[i] if shelf_extra else 0.0)
    return width, height


def band_heights(
    view: MapView, widths: dict[str, int], lanes: list[str] | None = None
) -> list[float]:
    """Estimated height (points) of each emotion band of VIEW when its columns are WIDTHS
    touchpoints wide (lane id -> width): a column's cells wrap at :data:`BAND_CELLS` per
    touchpoint of width. LANES: only these columns (one shelf); a band with no cell there
    takes no room."""
    out = []
    for band in view.bands:
        parts = [(lane, cells) for lane, cells in band.lanes if lanes is None or lane in lanes]
        if not parts:
            out.append(0.0)
            continue
        lines = max(
            (math.ceil(len(cells) / (BAND_CELLS * widths.get(lane, 1))) for lane, cells in parts),
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
    time (the leftmost of equally wide lanes first); the best grid seen is kept. When no
    folding brings the map under SAFE_RATIO, the columns wrap onto 2, 3 ... shelves
    (:func:`split_shelves`) and the best grid of any shelf count is kept."""
    lane_of = {n.id: lane.id for lane in view.lanes for n in lane.nodes}
    own: dict[str, list[tuple[str, str]]] = {lane.id: [] for lane in view.lanes}
    for e in view.edges:
        lane = lane_of.get(e.source)
        if lane is not None and lane_of.get(e.target) == lane:
            own[lane].append((e.source, e.target))
    lane_layers = {lane.id: layers([n.id for n in lane.nodes], own[lane.id]) for lane in view.lanes}
    lane_ids = [lane.id for lane in view.lanes]
    best, best_score = _fold(view, ratio, extra_height, lane_layers, [lane_ids])
    if best.size[0] / best.size[1] <= SAFE_RATIO:
        return best
    for count in range(2, len(lane_ids) + 1):
        shelves = split_shelves(lane_ids, count)
        candidate, score = _fold(view, ratio, extra_height, lane_layers, shelves)
        if score < best_score:
            best, best_score = candidate, score
        elif candidate.size[0] / candidate.size[1] < ratio:
            break  # taller than the target and getting worse: stop
    return best


def _fold(
    view: MapView,
    ratio: float,
    extra_height: float | None,
    lane_layers: dict[str, list[list[str]]],
    shelves: list[list[str]],
) -> tuple[Grid, float]:
    """The best folding of LANE_LAYERS on SHELVES (see :func:`arrange`) and its score."""
    caps = {lid: max((len(layer) for layer in ls), default=1) for lid, ls in lane_layers.items()}
    wrapped = len(shelves) > 1

    def grid() -> tuple[Grid, float]:
        rows = {lid: fold(ls, caps[lid]) for lid, ls in lane_layers.items()}
        extra = extra_height
        per_shelf = None
        if extra is None:
            if wrapped:
                per_shelf = [sum(band_heights(view, caps, shelf)) for shelf in shelves]
                extra = SCALE_HEIGHT if view.bands else 0.0
            else:
                bands = band_heights(view, caps)
                extra = sum(bands) + (SCALE_HEIGHT if bands else 0.0)
        size = estimate(rows, extra, shelves, per_shelf)
        shape = size[0] / size[1]
        # Closest to the target shape on a log scale; past SAFE_RATIO only when nothing
        # else is possible.
        score = abs(math.log(shape / ratio)) + (10.0 if shape > SAFE_RATIO else 0.0)
        kept = tuple(tuple(shelf) for shelf in shelves) if wrapped else ()
        return Grid(rows, max(caps.values(), default=1), size, kept), score

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
    return best, best_score
