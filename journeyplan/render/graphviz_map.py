"""A map view as a Graphviz graph: pure functions, no files, no ``dot`` process.

:func:`to_digraph` builds a :class:`graphviz.Digraph` from a
:class:`~journeyplan.render.view.MapView`; :func:`dot_source` gives its DOT text (byte-stable:
the same view always gives the same text). Layout: stages are clusters (lanes) from left to
right in plan order (``newrank``), held in that order by invisible anchor points between
consecutive lanes; a trigger back to an earlier lane does not constrain the layout.

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

from journeyplan.render.view import (
    BADGE_WIDTH,
    EDGE_WIDTH,
    NAME_WIDTH,
    SMALL_WIDTH,
    EdgeView,
    LaneView,
    MapView,
    NodeView,
    literal,
    text_lines,
)

FONT = "Helvetica"
TEXT = "#1A1A1A"
MUTED = "#4D4D4D"
EDGE = "#5A5A5A"
LANE_FILLS = ("#F4F5F7", "#EBEDF0")
LANE_BORDER = "#C9CDD3"

SPINE_WEIGHT = "1000"  # keeps the line of invisible points between the lanes straight
PULL = "1"  # pulls each lane's nodes towards that line


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
            _row(_font(html_text(node.badge, BADGE_WIDTH), 9, TEXT, bold=True), align="left")
        )
    rows.append(_row(_font(html_text(node.name, NAME_WIDTH), 12, TEXT, bold=True)))
    rows.append(_row(_font(html_text(node.channel, SMALL_WIDTH), 9, MUTED)))
    if node.promise is not None:
        rows.append(_row(_font(html_text(node.promise, SMALL_WIDTH), 9, TEXT, italic=True)))
    if node.personas is not None:
        rows.append(_row(_font(html_text(node.personas, SMALL_WIDTH), 9, MUTED, italic=True)))
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">'
        + "".join(rows)
        + "</TABLE>>"
    )


def edge_label(edge: EdgeView) -> str | None:
    """The HTML-like label of a trigger: event, delay, condition (italic) and (overview)
    the personas it is limited to; ``None`` when there is nothing to say."""
    lines = []
    if edge.event is not None:
        lines.append(_font(html_text(edge.event, EDGE_WIDTH), colour=TEXT))
    if edge.delay is not None:
        lines.append(_font(html_text(edge.delay, EDGE_WIDTH), colour=MUTED, bold=True))
    if edge.condition is not None:
        lines.append(_font(html_text(edge.condition, EDGE_WIDTH), colour=MUTED, italic=True))
    if edge.personas is not None:
        lines.append(_font(html_text(edge.personas, EDGE_WIDTH), colour=MUTED, italic=True))
    if not lines:
        return None
    return "<" + "<BR/>".join(lines) + ">"


# --------------------------------------------------------------------------- header
def header_label(view: MapView) -> str:
    """The graph label: title, subtitle and the legend (channels with their colours, the
    touchpoint kinds, the start marker)."""
    rows = [_row(_font(html_text(view.title), 20, TEXT, bold=True), align="left")]
    if view.subtitle:
        rows.append(_row(_font(html_text(view.subtitle), 12, MUTED), align="left"))
    chips = []
    for ch in view.channels:
        text = html_text(ch.name)
        if ch.response is not None:
            text += "<BR/>" + _font(html_text(ch.response), 8, MUTED, italic=True)
        chips.append(
            f'<TD BGCOLOR="{ch.colour}" COLOR="{ch.border}" BORDER="1" '
            f'CELLPADDING="4">{_font(text, 9, TEXT)}</TD>'
        )
    if chips:
        rows.append(
            _row(
                '<TABLE BORDER="0" CELLSPACING="4" CELLPADDING="0"><TR>'
                + "".join(chips)
                + "</TR></TABLE>",
                align="left",
            )
        )
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
    cells.append(
        f'<TD BGCOLOR="#222222" CELLPADDING="4">'
        f"{_font('● ' + html_text(view.start), 9, '#FFFFFF', bold=True)}</TD>"
    )
    rows.append(
        _row(
            '<TABLE BORDER="0" CELLSPACING="4" CELLPADDING="0"><TR>'
            + "".join(cells)
            + "</TR></TABLE>",
            align="left",
        )
    )
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">'
        + "".join(rows)
        + "</TABLE>>"
    )


# --------------------------------------------------------------------------- graph
def _lane(graph: graphviz.Digraph, lane: LaneView, number: int, entry_caption: str) -> None:
    with graph.subgraph(name=f"cluster_{lane.id}") as c:
        c.attr(
            label=f"<{_font(html_text(lane.title), 15, TEXT, bold=True)}>",
            style="rounded,filled",
            fillcolor=LANE_FILLS[number % 2],
            color=LANE_BORDER,
            labeljust="l",
            margin="14",
        )
        for node in lane.nodes:
            c.node(
                node.id,
                node_label(node, entry_caption),
                fillcolor=node.colour,
                color=node.border,
                **_NODE_STYLE[node.kind],
            )


def to_digraph(view: MapView) -> graphviz.Digraph:
    """VIEW as a :class:`graphviz.Digraph` (DOT only; nothing is run)."""
    g = graphviz.Digraph(name=view.name, comment=f"journeyplan journey map: {view.name}")
    # newrank: one global ranking, so the anchors below order nodes across clusters.
    g.attr(
        rankdir="LR",
        newrank="true",
        fontname=FONT,
        bgcolor="white",
        pad="0.4",
        nodesep="0.35",
        ranksep="0.3",
        labelloc="t",
        labeljust="l",
        outputorder="edgesfirst",
        label=header_label(view),
    )
    g.attr("node", fontname=FONT, shape="box", margin="0.14,0.08", fontcolor=TEXT)
    g.attr(
        "edge",
        fontname=FONT,
        fontsize="9",
        color=EDGE,
        fontcolor=TEXT,
        arrowsize="0.75",
        penwidth="1.2",
    )
    for number, lane in enumerate(view.lanes):
        _lane(g, lane, number, view.entry_caption)
    # Hold the lanes in stage order, on one axis: between two lanes an invisible point
    # (after_<lane>) comes after every node of the lane before and before (or beside) every
    # node of the lane after; the points are chained with a heavy weight into a straight
    # line that every lane hangs from.
    previous = None
    for number, lane in enumerate(view.lanes):
        if previous is not None:
            for node in lane.nodes:
                g.edge(previous, node.id, style="invis", weight=PULL, minlen="0")
        if number + 1 < len(view.lanes):
            anchor = f"after_{lane.id}"
            g.node(anchor, "", shape="point", style="invis", width="0", height="0")
            if previous is not None:
                g.edge(previous, anchor, style="invis", weight=SPINE_WEIGHT)
            for node in lane.nodes:
                g.edge(node.id, anchor, style="invis", weight="0")
            previous = anchor
    entries = view.entries
    if entries:
        g.node(
            "start",
            "",
            shape="circle",
            style="filled",
            fillcolor="#222222",
            color="#222222",
            width="0.22",
            height="0.22",
            fixedsize="true",
        )
        for node in entries:
            g.edge("start", node.id, color="#222222", penwidth="1.6")
    for edge in view.edges:
        attrs = {"constraint": "false"} if edge.backward else {}
        label = edge_label(edge)
        g.edge(edge.source, edge.target, label, **attrs)
    if view.empty is not None:
        g.node(
            "empty", f"<{_font(html_text(view.empty), 12, MUTED, italic=True)}>", shape="plaintext"
        )
    return g


def dot_source(view: MapView) -> str:
    """The DOT text of VIEW (UTF-8 text; byte-identical for the same view)."""
    return to_digraph(view).source
