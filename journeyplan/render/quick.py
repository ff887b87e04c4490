"""Maps with fixed places: layouts that always finish, drawn by ``neato -n2``.

- :func:`pinned_source`: a journey map on its grid (:mod:`journeyplan.render.layout`) with
  every touchpoint at a computed place and straight triggers. It is the fallback when the
  full Graphviz layout passes its time budget: the same columns, rows, boxes and labels,
  only the routing is simpler. Linear in touchpoints plus triggers.
- :func:`summary_source`: the overview of a large plan, one box per stage and channel
  (columns are stages, rows channels) counting its touchpoints and conversion points, with
  the largest flows between boxes (arrow width grows with the number of triggers). The
  detail stays on the persona maps.

Pure functions returning DOT text with ``pos`` (points) on every node and ``bb`` on every
cluster; deterministic like the rest of the maps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import graphviz

from journeyplan.i18n import render_message
from journeyplan.plan.model import Plan
from journeyplan.render.graphviz_map import (
    _NODE_STYLE,
    BACK_EDGE,
    BAND_CELL_WIDTH,
    BAND_NAME_WIDTH,
    EDGE,
    EDGE_FONT_SIZE,
    FONT,
    LANE_BORDER,
    LANE_FILLS,
    MUTED,
    REENGAGE,
    TEXT,
    _band_cell,
    _font,
    band_nodes,
    edge_label,
    header_label,
    html_text,
    node_label,
)
from journeyplan.render.layout import CELL_HEIGHT, CELL_WIDTH, SCALE_HEIGHT, Grid, band_heights
from journeyplan.render.view import (
    INK,
    INK_ON_DARK,
    NO_CHANNEL_COLOUR,
    MapView,
    channel_colours,
    darker,
    is_dark,
)

PAD = 16.0  # inside a lane, points
GAP = 14.0  # between lanes
TITLE = 34.0  # a lane's title band
HEADER = 190.0  # room for the graph's header above the lanes
#: Flows drawn on the summary overview (the largest first).
SUMMARY_FLOWS = 40
#: Height of one emotion band's row on the summary overview, points.
BAND_ROW = 64.0


def _graph(
    name: str, label: str, width: float, height: float, splines: str = "line"
) -> graphviz.Digraph:
    g = graphviz.Digraph(name=name, comment=f"journeyplan journey map: {name}")
    g.attr(
        fontname=FONT,
        bgcolor="white",
        pad="0.4",
        labelloc="t",
        labeljust="l",
        outputorder="edgesfirst",
        splines=splines,
        label=label,
        bb=f"0,0,{width:.0f},{height:.0f}",
    )
    g.attr("node", fontname=FONT, shape="box", margin="0.14,0.08", fontcolor=TEXT)
    g.attr(
        "edge",
        fontname=FONT,
        fontsize=str(EDGE_FONT_SIZE),
        color=EDGE,
        fontcolor=TEXT,
        arrowsize="0.7",
        penwidth="1.1",
    )
    return g


def _lane_box(g, lane_id: str, title: str, number: int, box: tuple[float, float, float, float]):
    x0, y0, x1, y1 = box
    c = graphviz.Digraph(name=f"cluster_{lane_id}")
    c.attr(
        label=f"<{_font(html_text(title), 15, TEXT, bold=True)}>",
        style="rounded,filled",
        fillcolor=LANE_FILLS[number % 2],
        color=LANE_BORDER,
        bb=f"{x0:.0f},{y0:.0f},{x1:.0f},{y1:.0f}",
        lp=f"{x0 + PAD + 4 * len(title):.0f},{y1 - TITLE / 2:.0f}",
    )
    return c


def pinned_source(view: MapView, grid: Grid, note: str | None = None) -> str:
    """VIEW on GRID as DOT text with fixed places (see the module's docstring); NOTE (a
    sentence, e.g. why this layout was used) is shown under the title. The emotion bands
    (plan format 1.1 ``experience``) sit under the deepest row, one below the other; on a
    grid whose columns wrap, each shelf of columns has its own, and sits below the shelf
    before it."""
    widths = {lane.id: max((len(r) for r in grid.rows[lane.id]), default=1) for lane in view.lanes}
    shelves = grid.shelf_lanes()
    wrapped = len(shelves) > 1

    def lane_w(lid: str) -> float:
        return widths[lid] * CELL_WIDTH + 2 * PAD

    total_w = max(
        sum(lane_w(lid) for lid in shelf) + GAP * max(len(shelf) - 1, 0) for shelf in shelves
    )
    shelf_h, shelf_bands, depths = [], [], []
    for shelf in shelves:
        depth = max(max((len(grid.rows[lid]) for lid in shelf), default=0), 1)
        bands_h = band_heights(view, widths, shelf if wrapped else None)
        depths.append(depth)
        shelf_bands.append(bands_h)
        shelf_h.append(TITLE + depth * CELL_HEIGHT + sum(bands_h) + PAD)
    lanes_h = sum(shelf_h) + GAP * (len(shelves) - 1)
    height = lanes_h + HEADER + (SCALE_HEIGHT if view.bands else 0.0)
    drawn_bands = band_nodes(view, grid)
    if note:
        view = _with_note(view, note)
    g = _graph(view.name, header_label(view, max(3, int(total_w // 190))), total_w, height)
    lanes = {lane.id: (number, lane) for number, lane in enumerate(view.lanes)}
    top = lanes_h
    for shelf, depth, bands_h, h in zip(shelves, depths, shelf_bands, shelf_h):
        band_y = {}  # band id -> centre of its rank, points from the bottom
        below = top - TITLE - depth * CELL_HEIGHT
        for band, bh in zip(view.bands, bands_h):
            band_y[band.id] = below - bh / 2
            below -= bh
        x = 0.0
        for lid in shelf:
            number, lane = lanes[lid]
            c = _lane_box(g, lane.id, lane.title, number, (x, top - h, x + lane_w(lid), top))
            nodes = {n.id: n for n in lane.nodes}
            for r, row in enumerate(grid.rows[lane.id]):
                for j, nid in enumerate(row):
                    node = nodes[nid]
                    px = x + PAD + j * CELL_WIDTH + CELL_WIDTH / 2
                    py = top - TITLE - r * CELL_HEIGHT - CELL_HEIGHT / 2
                    c.node(
                        node.id,
                        node_label(node, view.entry_caption),
                        pos=f"{px:.0f},{py:.0f}",
                        fillcolor=node.colour,
                        color=node.border,
                        **_NODE_STYLE[node.kind],
                    )
            for band_id, blid, label in drawn_bands:
                if blid == lane.id:
                    py = band_y[band_id.split("_")[0]]
                    pos = f"{x + lane_w(lid) / 2:.0f},{py:.0f}"
                    c.node(band_id, label, pos=pos, shape="plaintext")
            g.subgraph(c)
            x += lane_w(lid) + GAP
        top -= h + GAP
    for edge in view.edges:
        attrs = {"color": BACK_EDGE, "style": "dashed"} if edge.backward else {}
        if edge.reengage is not None:
            attrs = {"color": REENGAGE, "style": "dashed,bold", "penwidth": "1.8"}
        g.edge(edge.source, edge.target, edge_label(edge), **attrs)
    return g.source


def _with_note(view: MapView, note: str) -> MapView:
    from dataclasses import replace

    subtitle = f"{view.subtitle}\n{note}" if view.subtitle else note
    return replace(view, subtitle=subtitle)


# --------------------------------------------------------------------------- summary
@dataclass
class _Cell:
    touchpoints: int = 0
    conversions: int = 0


def summary_source(
    plan: Plan,
    lang: str = "en",
    stages: list[str] | None = None,
    legend_from: MapView | None = None,
) -> str:
    """The overview of PLAN by stage and channel (see the module's docstring) in LANG, of
    the stage ids STAGES when given. LEGEND_FROM (the detailed overview's view) gives the
    header: title, subtitle and legend."""

    def msg(key: str, **args) -> str:
        return render_message(key, args, lang)

    def counted(key: str, n: int) -> str:
        return msg(key, count=n)

    stage_pos = {s.id: i for i, s in enumerate(plan.stages)}
    channel_pos = {c.id: i for i, c in enumerate(plan.channels)}
    colours = channel_colours([c.color for c in plan.channels])
    chosen = set(stages) if stages else None
    cells: dict[tuple[int, int], _Cell] = {}
    where: dict[str, tuple[int, int]] = {}
    for t in plan.touchpoints:
        if chosen is not None and t.stage not in chosen:
            continue
        key = (stage_pos.get(t.stage, -1), channel_pos.get(t.channel, -1))
        cell = cells.setdefault(key, _Cell())
        cell.touchpoints += 1
        cell.conversions += t.conversion is not None
        where[t.id] = key
    flows: dict[tuple[tuple[int, int], tuple[int, int]], int] = {}
    triggers = 0
    for tr in plan.triggers:
        a, b = where.get(tr.source), where.get(tr.target)
        if a is None or b is None:
            continue
        triggers += 1
        if a != b:
            flows[(a, b)] = flows.get((a, b), 0) + 1
    shown = sorted(flows.items(), key=lambda kv: (-kv[1], kv[0]))[:SUMMARY_FLOWS]
    cols = sorted({s for s, _ in cells})
    rows = sorted({c for _, c in cells})
    col_x = {s: i for i, s in enumerate(cols)}
    row_y = {c: i for i, c in enumerate(rows)}
    cw, ch = 210.0, 80.0
    width = len(cols) * (cw + GAP) + 150
    bands = summary_bands(legend_from, lang) if legend_from is not None else []
    lanes_h = TITLE + len(rows) * ch + len(bands) * BAND_ROW + PAD
    note = msg(
        "map.summary.note",
        touchpoints=sum(c.touchpoints for c in cells.values()),
        triggers=triggers,
        shown=len(shown),
        flows=len(flows),
    )
    header = _summary_header(plan, lang, legend_from, note)
    # A few dozen boxes and flows: splines around the boxes stay fast.
    g = _graph("overview", header, width, lanes_h + HEADER, splines="true")
    for number, s in enumerate(cols):
        x0 = 150 + col_x[s] * (cw + GAP)
        title = plan.stages[s].label if s >= 0 else msg("map.no_stage")
        c = _lane_box(
            g, f"s{s if s >= 0 else len(plan.stages)}", title, number, (x0, 0, x0 + cw, lanes_h)
        )
        for (cs, cc), cell in sorted(cells.items()):
            if cs != s:
                continue
            colour = colours[cc] if cc >= 0 else NO_CHANNEL_COLOUR
            ink = INK_ON_DARK if is_dark(colour) else INK
            lines = [_font(counted("map.summary.count", cell.touchpoints), 11, ink, bold=True)]
            if cell.conversions:
                lines.append(_font(counted("map.summary.conversions", cell.conversions), 9, ink))
            c.node(
                f"c{s + 1}_{cc + 1}",
                "<" + "<BR/>".join(lines) + ">",
                pos=f"{x0 + cw / 2:.0f},{lanes_h - TITLE - row_y[cc] * ch - ch / 2:.0f}",
                fillcolor=colour,
                color=darker(colour),
                style="rounded,filled,bold" if cell.conversions else "rounded,filled",
                width="2.4",
            )
        lane_id = f"s{s if s >= 0 else len(plan.stages)}"
        for b, (_, band_cells) in enumerate(bands):
            if lane_id in band_cells:
                y = lanes_h - TITLE - len(rows) * ch - b * BAND_ROW - BAND_ROW / 2
                c.node(
                    f"x{b}_{lane_id}",
                    band_cells[lane_id],
                    shape="plaintext",
                    margin="0",
                    pos=f"{x0 + cw / 2:.0f},{y:.0f}",
                )
        g.subgraph(c)
    for cc in rows:  # the row captions: channel names, left of the columns
        name = plan.channels[cc].label if cc >= 0 else msg("map.no_channel")
        g.node(
            f"row{cc + 1}",
            f"<{_font(html_text(name, 22), 9, MUTED, bold=True)}>",
            shape="plaintext",
            pos=f"70,{lanes_h - TITLE - row_y[cc] * ch - ch / 2:.0f}",
        )
    for b, (title, _) in enumerate(bands):  # the bands' captions, left of the columns
        y = lanes_h - TITLE - len(rows) * ch - b * BAND_ROW - BAND_ROW / 2
        g.node(f"xrow{b}", title, shape="plaintext", pos=f"70,{y:.0f}")
    top = shown[0][1] if shown else 1
    for (a, b), n in shown:
        g.edge(
            f"c{a[0] + 1}_{a[1] + 1}",
            f"c{b[0] + 1}_{b[1] + 1}",
            f"<{_font(counted('map.summary.flow', n), colour=TEXT)}>",
            penwidth=f"{1 + 4 * math.log1p(n) / math.log1p(top):.1f}",
            color=BACK_EDGE if b[0] < a[0] else EDGE,
        )
    return g.source


def mean_text(mean: float, lang: str) -> str:
    """A mean score as a signed number with one decimal (``+0.7``, ``-1.3``, ``0.0``), with
    a decimal comma in Dutch."""
    text = "0.0" if round(mean, 1) == 0 else f"{mean:+.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def summary_bands(view: MapView, lang: str = "en") -> list[tuple[str, dict[str, str]]]:
    """The emotion bands of the overview by stage and channel: per band of VIEW (the
    detailed overview: one per persona whose journey has a score), its caption (HTML-like
    label) and, per stage column (lane id) where the persona has touchpoints, the label of
    one cell: the mean of the scores of the persona's touchpoints in that stage, as a
    signed number with the mark and colour of the nearest step of the scale, and how many
    of its touchpoints were scored ("3 of 5 scored"); a stage without any score is a gap
    (white, dashed, a dash), never a zero. Empty for a plan without ``experience``."""
    from journeyplan.render.experience import cell

    out = []
    for band in view.bands:
        cells = {}
        for lane_id, items in band.lanes:
            scores = [c.value for c in items if c.value is not None]
            count = render_message(
                "map.summary.scored", {"count": len(scores), "total": len(items)}, lang
            )
            if scores:
                mean = sum(scores) / len(scores)
                step = cell("", count, int(math.copysign(math.floor(abs(mean) + 0.5), mean)))
                shown = replace(step, text=mean_text(mean, lang))
            else:
                shown = cell("", count, None)
            cells[lane_id] = (
                '<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="0"><TR>'
                + _band_cell(shown, BAND_NAME_WIDTH + 6, BAND_CELL_WIDTH + 40)
                + "</TR></TABLE>>"
            )
        caption = _font(html_text(band.title, 22), 9, MUTED, bold=True)
        mean = _font(html_text(render_message("map.summary.mean", {}, lang), 22), 8, MUTED)
        out.append((f"<{caption}<BR/>{mean}>", cells))
    return out


def _summary_header(plan: Plan, lang: str, view: MapView | None, note: str) -> str:
    if view is None:
        return f"<{_font(html_text(note), 10, MUTED)}>"
    from dataclasses import replace

    title = render_message("map.summary.title", {}, lang)
    return header_label(replace(_with_note(view, note), title=title, card=None), 6)
