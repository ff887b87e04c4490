"""A map view as a Graphviz graph: pure functions, no files, no ``dot`` process.

:func:`to_digraph` builds a :class:`graphviz.Digraph` from a
:class:`~journeyplan.render.view.MapView`; :func:`dot_source` gives its DOT text (byte-stable:
the same view always gives the same text).

Layout: a grid (:mod:`journeyplan.render.layout`). The graph runs top to bottom
(``rankdir=TB``, ``newrank``); every stage is a cluster (a column), and its title sits above
an invisible point in rank 0, the same rank in every column, so all columns start at the
same top edge; the points are chained left to right in stage order. Each touchpoint is put
in the rank of its row (``rank=same`` across columns), so rows line up across the map.
Triggers never move a touchpoint (``constraint=false``): Graphviz only routes them.

Every user string goes into an HTML-like label through :func:`html_text`: XML-escaped,
backslashes doubled (Graphviz applies its ``\\N``/``\\G``/``\\\\`` escapes even inside HTML
labels), control characters shown as escapes, line breaks as ``<BR/>``. Node ids are
generated (``t0``, ``t1`` ...), never user text, so nothing a user writes can be read as
DOT syntax or as a ``node:port``.

The :mod:`graphviz` package is imported here only, so ``journeyplan check`` never loads it.
"""

from __future__ import annotations

import html

import graphviz

from journeyplan.render.experience import ExperienceBand, ExperienceCell
from journeyplan.render.layout import BAND_CELLS, PAGES, RATIOS, Grid, arrange
from journeyplan.render.view import (
    BADGE_WIDTH,
    CARD_WIDTH,
    EDGE_WIDTH,
    NAME_WIDTH,
    SMALL_WIDTH,
    EdgeView,
    LaneView,
    MapView,
    NodeView,
    PersonaCard,
    literal,
    text_lines,
)

FONT = "Helvetica"
TEXT = "#1A1A1A"
MUTED = "#4D4D4D"
EDGE = "#5A5A5A"
LANE_FILLS = ("#F4F5F7", "#EBEDF0")
LANE_BORDER = "#C9CDD3"

BACK_EDGE = "#9A9A9A"  # a trigger back to an earlier stage: lighter, it is not the way on
EDGE_FONT_SIZE = 8
FLAT_EDGE_WIDTH = 16  # characters per line of a trigger's label between two columns
CARD_FILL = "#FFFDF5"
CARD_BORDER = "#C9B98A"
#: A trigger that leaves a talent pool (a re-engagement): green, bold and dashed.
REENGAGE = "#1B7837"
#: A cell of the emotion band: width (points) and characters per line of its name.
BAND_CELL_WIDTH = 76
BAND_NAME_WIDTH = 18


def escape_line(line: str) -> str:
    """One line of user text for an HTML-like label: XML-escaped (``& < > " '``), ``]`` as
    a character reference (Graphviz 2.43's lexer fails on a label that starts with ``]``)
    and backslashes doubled, so Graphviz shows it literally."""
    return html.escape(literal(line), quote=True).replace("\\", "\\\\").replace("]", "&#93;")


def html_text(text: str, width: int | None = None) -> str:
    """User TEXT as the inside of an HTML-like label: each of its lines (its own line
    breaks, then wrapping at WIDTH characters, see :func:`~journeyplan.render.view.wrap`)
    escaped with :func:`escape_line`, joined by ``<BR/>``."""
    return "<BR/>".join(escape_line(line) for line in text_lines(text, width))


def _font(
    inner: str,
    size: int | None = None,
    colour: str | None = None,
    bold: bool = False,
    italic: bool = False,
) -> str:
    if bold:
        inner = f"<B>{inner}</B>"
    if italic:
        inner = f"<I>{inner}</I>"
    attrs = ""
    if size is not None:
        attrs += f' POINT-SIZE="{size}"'
    if colour is not None:
        attrs += f' COLOR="{colour}"'
    return f"<FONT{attrs}>{inner}</FONT>" if attrs else inner


def _row(cell: str, **attrs: str) -> str:
    extra = "".join(f' {k.upper()}="{v}"' for k, v in sorted(attrs.items()))
    return f"<TR><TD{extra}>{cell}</TD></TR>"


# --------------------------------------------------------------------------- nodes
_NODE_STYLE = {
    "contact": {"style": "rounded,filled", "penwidth": "1.4"},
    "conversion": {"style": "rounded,filled,bold", "penwidth": "2.6", "peripheries": "2"},
    "rejection": {"style": "rounded,filled,dashed", "penwidth": "2"},
    "exit": {"style": "filled,dotted", "penwidth": "2.4"},
    # the talent database (plan format 1.1): a cylinder, the usual symbol of stored data
    "talent_pool": {"shape": "cylinder", "style": "filled", "penwidth": "2"},
}


def node_label(node: NodeView, entry_caption: str = "") -> str:
    """The HTML-like label of a touchpoint: entry marker (ENTRY_CAPTION), kind badge, name
    (bold), channel, promised response time and (overview) the personas it serves."""
    rows = []
    if node.entry:
        rows.append(
            _row(
                _font(html_text(entry_caption), 8, "#FFFFFF", bold=True),
                bgcolor="#222222",
                align="left",
            )
        )
    if node.badge is not None:
        rows.append(
            _row(_font(html_text(node.badge, BADGE_WIDTH), 9, node.ink, bold=True), align="left")
        )
    rows.append(_row(_font(html_text(node.name, NAME_WIDTH), 12, node.ink, bold=True)))
    rows.append(_row(_font(html_text(node.channel, SMALL_WIDTH), 9, node.muted)))
    if node.promise is not None:
        rows.append(_row(_font(html_text(node.promise, SMALL_WIDTH), 9, node.ink, italic=True)))
    if node.personas is not None:
        rows.append(_row(_font(html_text(node.personas, SMALL_WIDTH), 9, node.muted, italic=True)))
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">'
        + "".join(rows)
        + "</TABLE>>"
    )


def edge_label(edge: EdgeView, width: int = EDGE_WIDTH) -> str | None:
    """The HTML-like label of a trigger: event, delay ("after 2 days", italic; nothing for
    the default of no delay), condition (italic) and (overview) the personas it is limited
    to; ``None`` when there is nothing to say."""
    lines = []
    if edge.reengage is not None:
        lines.append(_font(html_text(edge.reengage, width), colour=REENGAGE, bold=True))
    if edge.event is not None:
        lines.append(_font(html_text(edge.event, width), colour=TEXT))
    if edge.delay is not None:
        lines.append(_font(html_text(edge.delay, width), colour=MUTED, italic=True))
    if edge.condition is not None:
        lines.append(_font(html_text(edge.condition, width), colour=MUTED, italic=True))
    if edge.personas is not None:
        lines.append(_font(html_text(edge.personas, width), colour=MUTED, italic=True))
    if not lines:
        return None
    return "<" + "<BR/>".join(lines) + ">"


# --------------------------------------------------------------------------- header
def _chip_table(cells: list[str], per_row: int) -> str:
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)] or [[]]
    return (
        '<TABLE BORDER="0" CELLSPACING="4" CELLPADDING="0">'
        + "".join("<TR>" + "".join(r) + "</TR>" for r in rows)
        + "</TABLE>"
    )


def card_label(card: PersonaCard) -> str:
    """The persona card: the persona's name and kind of job search, what drives them and
    what puts them off (each item on its own line, wrapped), small, on a pale card."""
    rows = [_row(_font(html_text(card.title, CARD_WIDTH), 10, TEXT, bold=True), align="left")]
    if card.job_search is not None:
        rows.append(_row(_font(html_text(card.job_search), 8, MUTED, italic=True), align="left"))
    for caption, items in (
        (card.motivations_caption, card.motivations),
        (card.frustrations_caption, card.frustrations),
    ):
        if not items:
            continue
        rows.append(_row(_font(html_text(caption), 8, MUTED, bold=True), align="left"))
        for item in items:
            lines = text_lines(item, CARD_WIDTH)
            text = "<BR/>".join(
                ("• " if i == 0 else "  ") + html_text(line) for i, line in enumerate(lines)
            )
            rows.append(_row(_font(text, 8, TEXT), align="left", balign="left"))
    return (
        f'<TABLE BORDER="1" COLOR="{CARD_BORDER}" BGCOLOR="{CARD_FILL}" STYLE="rounded" '
        'CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">' + "".join(rows) + "</TABLE>"
    )


def header_label(view: MapView, per_row: int = 6) -> str:
    """The graph label: title, subtitle and the legend (channels with their colours, PER_ROW
    to a row, the touchpoint kinds, the entry marker), with the persona card beside it."""
    rows = [_row(_font(html_text(view.title), 20, TEXT, bold=True), align="left")]
    if view.subtitle:
        rows.append(
            _row(_font(html_text(view.subtitle, 120), 12, MUTED), align="left", balign="left")
        )
    chips = []
    for ch in view.channels:
        text = html_text(ch.name, SMALL_WIDTH)
        if ch.response is not None:
            text += "<BR/>" + _font(html_text(ch.response), 8, ch.ink, italic=True)
        chips.append(
            f'<TD BGCOLOR="{ch.colour}" COLOR="{ch.border}" BORDER="1" '
            f'CELLPADDING="4">{_font(text, 9, ch.ink)}</TD>'
        )
    if chips:
        rows.append(_row(_chip_table(chips, per_row), align="left"))
    kinds = dict(view.kinds)
    samples = [
        ('BORDER="1" STYLE="rounded"', kinds["contact"]),
        ('BORDER="3" STYLE="rounded"', kinds["conversion"]),
        ('BORDER="2" STYLE="dashed"', kinds["rejection"]),
        ('BORDER="2" STYLE="dotted"', kinds["exit"]),
    ]
    cells = [
        f'<TD {attrs} COLOR="#333333" BGCOLOR="#FFFFFF" CELLPADDING="4">'
        f"{_font(html_text(text), 9, TEXT)}</TD>"
        for attrs, text in samples
    ]
    if "talent_pool" in kinds:  # plan format 1.1: a box with the cylinder's top line
        cells.append(
            '<TD><TABLE BORDER="2" STYLE="rounded" COLOR="#333333" BGCOLOR="#FFFFFF" '
            'CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD HEIGHT="5" BORDER="1" '
            'SIDES="B" COLOR="#333333"></TD></TR><TR><TD CELLPADDING="3">'
            f"{_font(html_text(kinds['talent_pool']), 9, TEXT)}</TD></TR></TABLE></TD>"
        )
    cells.append(
        f'<TD BGCOLOR="#222222" CELLPADDING="4">'
        f"{_font(html_text(view.entry_caption), 8, '#FFFFFF', bold=True)}"
        f"{_font(' ' + html_text(view.start), 9, '#FFFFFF')}</TD>"
    )
    if view.reengage_caption:
        cells.append(
            f'<TD CELLPADDING="4">{_font("- - &#8594; ", 9, REENGAGE, bold=True)}'
            f"{_font(html_text(view.reengage_caption), 9, TEXT)}</TD>"
        )
    rows.append(_row(_chip_table(cells, len(cells)), align="left"))
    if view.experience_scale:
        rows.append(_row(scale_label(view), align="left"))
    legend = (
        '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">'
        + "".join(rows)
        + "</TABLE>"
    )
    if view.card is None:
        return f"<{legend}>"
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>'
        f'<TD VALIGN="TOP" ALIGN="LEFT">{legend}</TD><TD WIDTH="24"></TD>'
        f'<TD VALIGN="TOP" ALIGN="LEFT">{card_label(view.card)}</TD>'
        "</TR></TABLE>>"
    )


# --------------------------------------------------------------------------- emotion band
def _band_cell(
    cell: ExperienceCell, name_width: int | None = BAND_NAME_WIDTH, width: int = BAND_CELL_WIDTH
) -> str:
    style = ' STYLE="dashed"' if cell.gap else ""
    score = html_text(f"{cell.text} {cell.mark}".strip())
    return (
        f'<TD BGCOLOR="{cell.colour}" COLOR="{cell.border}"{style} WIDTH="{width}" '
        f'CELLPADDING="3" VALIGN="TOP">{_font(score, 11, cell.ink, bold=True)}<BR/>'
        f"{_font(html_text(cell.name, name_width), 7, cell.ink)}</TD>"
    )


def band_label(band: ExperienceBand, cells: list[ExperienceCell], per_row: int) -> str:
    """One stage column's part of an emotion band: the band's caption, then a cell per
    touchpoint (CELLS, in the column's reading order), PER_ROW to a line: the score as a
    signed number with its mark, on the score's colour, and the touchpoint's name; a gap
    (no score) is a white, dashed cell with a dash."""
    per_row = max(1, min(per_row, len(cells)))
    lines = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    caption = _font(html_text(band.title, 40), 8, MUTED, bold=True)
    return (
        '<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="3" CELLPADDING="0">'
        f'<TR><TD BORDER="0" COLSPAN="{per_row}" ALIGN="LEFT" BALIGN="LEFT">{caption}</TD></TR>'
        + "".join("<TR>" + "".join(_band_cell(c) for c in line) + "</TR>" for line in lines)
        + "</TABLE>>"
    )


def scale_label(view: MapView) -> str:
    """The emotion band's legend: its caption and the scale -2..+2, then the gap."""
    cells = "".join(_band_cell(c, None) for c in view.experience_scale)
    caption = _font(html_text(view.experience_caption), 9, TEXT, bold=True)
    return (
        '<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="3" CELLPADDING="0">'
        f'<TR><TD BORDER="0" VALIGN="MIDDLE">{caption}</TD>{cells}</TR></TABLE>'
    )


def band_nodes(view: MapView, grid: Grid) -> list[tuple[str, str, str]]:
    """``(band node id, lane id, label)`` of every column's part of every emotion band of
    VIEW, band by band, columns in stage order; cells in the order the column reads on GRID
    (row by row, left to right)."""
    place = {n: i for rows in grid.rows.values() for i, n in enumerate(n for r in rows for n in r)}
    out = []
    for band in view.bands:
        for lane in view.lanes:
            cells = sorted(band.cells(lane.id), key=lambda c: place.get(c.node, 0))
            if cells:
                width = max((len(r) for r in grid.rows[lane.id]), default=1)
                label = band_label(band, cells, BAND_CELLS * width)
                out.append((f"{band.id}_{lane.id}", lane.id, label))
    return out


# --------------------------------------------------------------------------- graph
def _lane(
    graph: graphviz.Digraph,
    lane: LaneView,
    number: int,
    entry_caption: str,
    bands: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> None:
    with graph.subgraph(name=f"cluster_{lane.id}") as c:
        c.attr(
            label=f"<{_font(html_text(lane.title), 15, TEXT, bold=True)}>",
            style="rounded,filled",
            fillcolor=LANE_FILLS[number % 2],
            color=LANE_BORDER,
            labeljust="l",
            labelloc="t",
            margin="28",  # the gutter between columns holds the labels of flat triggers
        )
        c.node(f"top_{lane.id}", "", shape="point", style="invis", width="0", height="0")
        for node in lane.nodes:
            c.node(
                node.id,
                node_label(node, entry_caption),
                fillcolor=node.colour,
                color=node.border,
                **_NODE_STYLE[node.kind],
            )
        for band_id, label in bands:
            c.node(band_id, label, shape="plaintext", margin="0")


def page_attrs(page: str) -> dict[str, str]:
    """Graph attributes that fit a map on PAGE (a key of
    :data:`~journeyplan.render.layout.PAGES`, landscape): ``size`` (the page less a 0.4 in
    margin on each side, ``!``: scaled up as well as down) and ``ratio=fill``, so the drawing
    takes the page's shape exactly; nothing for ``none`` (natural size)."""
    paper = PAGES[page]
    if paper is None:
        return {}
    width, height = paper
    w, h = width - 0.8, height - 0.8
    return {"size": f"{w:.2f},{h:.2f}!", "ratio": "fill", "pad": "0.4"}


#: The graph attribute and the edge label attributes of the placing pass (see
#: :func:`to_digraph`): the labels ride along under names dot does not lay out.
PLACING_RANKSEP = "0.8"
PLACING_LABELS = {"label": "jp_label", "xlabel": "jp_xlabel"}


def to_digraph(
    view: MapView, page: str = "none", grid: Grid | None = None, placing: bool = False
) -> graphviz.Digraph:
    """VIEW as a :class:`graphviz.Digraph` (DOT only; nothing is run), laid out on GRID
    (default: :func:`~journeyplan.render.layout.arrange` for PAGE's shape).

    PLACING: the input of the placing pass of :func:`~journeyplan.render.output.draw_map`:
    trigger labels are kept under other attribute names (:data:`PLACING_LABELS`), so dot
    does not widen the columns with label boxes on every long trigger, and rows are set
    further apart instead (:data:`PLACING_RANKSEP`), leaving room for the labels that the
    routing pass puts back."""
    if grid is None:
        grid = arrange(view, RATIOS[page])
    g = graphviz.Digraph(name=view.name, comment=f"journeyplan journey map: {view.name}")
    per_row = max(3, min(8, int(grid.size[0] // 190)))
    graph_attrs = {
        "rankdir": "TB",
        "newrank": "true",
        "fontname": FONT,
        "bgcolor": "white",
        "pad": "0.4",
        "nodesep": "0.65",  # room for the label of a trigger within a row
        "ranksep": PLACING_RANKSEP if placing else "0.35",
        "labelloc": "t",
        "labeljust": "l",
        "outputorder": "edgesfirst",
        "label": header_label(view, per_row),
    }
    graph_attrs.update(page_attrs(page))
    g.attr(**graph_attrs)
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
    bands = band_nodes(view, grid)
    for number, lane in enumerate(view.lanes):
        mine = [(band_id, label) for band_id, lid, label in bands if lid == lane.id]
        _lane(g, lane, number, view.entry_caption, mine)
    shelves = grid.shelf_lanes()
    tops = [f"top_{lid}" for lid in shelves[0]]
    if tops:
        # Rank 0: the top of every column, in stage order: the out-edges of one hidden root
        # keep their order (ordering=out), which holds the columns left to right.
        g.node("root", "", shape="point", style="invis", width="0", height="0", ordering="out")
        for top in tops:
            g.edge("root", top, style="invis")
        g.body.append("\t{rank=same; " + "; ".join(tops) + ";}\n")
    # Row k of every column in rank k + 1: a chain of invisible edges inside each column.
    for lane in view.lanes:
        rows = grid.rows[lane.id]
        above = f"top_{lane.id}"
        for row in rows:
            for node in row:
                g.edge(above, node, style="invis", weight="0")
            above = row[0]
    for shelf in shelves:
        for k in range(max((len(grid.rows[lid]) for lid in shelf), default=0)):
            members = [n for lid in shelf for n in (grid.rows[lid][k : k + 1] or [[]])[0]]
            if len(members) > 1:
                g.body.append("\t{rank=same; " + "; ".join(members) + ";}\n")
    # The emotion bands: one rank each below the deepest row, in band order.
    bottom = {}
    for lane in view.lanes:
        above = grid.rows[lane.id][-1][0] if grid.rows[lane.id] else f"top_{lane.id}"
        for band_id, _, _ in (b for b in bands if b[1] == lane.id):
            g.edge(above, band_id, style="invis", weight="0")
            above = band_id
        bottom[lane.id] = above
    for band in view.bands:
        for shelf in shelves:
            members = [b[0] for b in bands if b[0].startswith(f"{band.id}_") and b[1] in shelf]
            if len(members) > 1:
                g.body.append("\t{rank=same; " + "; ".join(members) + ";}\n")
    _stack_shelves(g, grid, bottom)
    row = grid.row_of()
    for edge in view.edges:
        attrs: dict[str, str] = {}
        # Within one row: dot 2.43 cannot rank a labelled edge between two nodes of one
        # rank=same group ("trouble in init_rank"); an external label, placed after, and
        # narrow, for the gap between two columns.
        flat = row.get(edge.source) == row.get(edge.target)
        label = edge_label(edge, FLAT_EDGE_WIDTH if flat else EDGE_WIDTH)
        if label is not None:
            name = "xlabel" if flat else "label"
            attrs[PLACING_LABELS[name] if placing else name] = label
        attrs["constraint"] = "false"
        if edge.reengage is not None:
            attrs.update(color=REENGAGE, style="dashed,bold", penwidth="1.8")
        elif edge.backward:
            attrs.update(color=BACK_EDGE, style="dashed")
        g.edge(edge.source, edge.target, **attrs)
    if view.empty is not None:
        g.node(
            "empty", f"<{_font(html_text(view.empty), 12, MUTED, italic=True)}>", shape="plaintext"
        )
    return g


def _stack_shelves(g: graphviz.Digraph, grid: Grid, bottom: dict[str, str]) -> None:
    """Each shelf of columns (:mod:`~journeyplan.render.layout`) in one rank below every
    column above, column j's first touchpoint under column j above (a heavy invisible edge)."""
    shelves = grid.shelf_lanes()
    first = {lid: rows[0][0] if (rows := grid.rows[lid]) else f"top_{lid}" for lid in grid.rows}
    for upper, lower in zip(shelves, shelves[1:]):
        tops = [f"top_{lid}" for lid in lower]
        for j, lid in enumerate(upper):
            g.edge(bottom[lid], tops[min(j, len(tops) - 1)], style="invis", weight="0")
            if j < len(lower) and first[lower[j]] != tops[j]:
                g.edge(bottom[lid], first[lower[j]], style="invis", weight="20")
        g.body.append("\t{rank=same; " + "; ".join(tops) + ";}\n")


def dot_source(view: MapView, page: str = "none", placing: bool = False) -> str:
    """The DOT text of VIEW for PAGE (UTF-8 text; byte-identical for the same view);
    PLACING: the input of the placing pass (see :func:`to_digraph`)."""
    return to_digraph(view, page, placing=placing).source


def restore_labels(placed: str) -> str:
    """The placing pass's output (DOT with positions) with the trigger labels back under
    their own names. Safe on user text: every label is an HTML-like string whose own ``<``
    is escaped, so ``jp_label=<`` only ever starts an attribute."""
    for real, kept in PLACING_LABELS.items():
        placed = placed.replace(f"{kept}=<", f"{real}=<")
    return placed
