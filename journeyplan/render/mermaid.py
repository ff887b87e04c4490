"""A map view as a Mermaid flowchart (``.mmd``), which GitHub and GitLab draw natively in
Markdown: pure functions, no files.

The chart is ``flowchart LR`` with one subgraph per stage in plan order, one node per
touchpoint (shape by kind: rounded contact point, stadium conversion point, trapezoid
rejection, subroutine exit, cylinder talent pool), one edge per trigger (a re-engagement
from a talent pool dotted), a legend subgraph (``jp_legend``: one box per channel of the
map) and classes for the channel colours (the same colours as on the Graphviz maps,
:mod:`journeyplan.render.colours`) and the kinds.

The candidate experience (plan format 1.1) is a line on each scored touchpoint ("candidate
experience: +1 ▲"), not a band: a flowchart has no place under its subgraphs that lines up
with them, so the band under the lanes and the overview's band per persona are drawn on the
Graphviz maps only. A touchpoint without a score has no line (a gap, not a zero).

Node and subgraph ids are generated (``t0``, ``s0``); user text only ever appears inside
double-quoted labels, where every ASCII character that Mermaid could read as syntax
(quotes, ``# & < > [ ] { } ( ) | ; : % `` ``\\`` ...) is written as a Mermaid entity code
(``#35;`` for ``#``), which Mermaid turns back into that character when it draws the label.
Line breaks become ``<br>``. The output is deterministic (plan order, no randomness).
"""

from __future__ import annotations

import json

from journeyplan.render import experience as xp
from journeyplan.render.view import (
    BADGE_WIDTH,
    EDGE_WIDTH,
    NAME_WIDTH,
    SMALL_WIDTH,
    MapView,
    NodeView,
    literal,
    text_lines,
)

TEXT = "#1A1A1A"  # label colour, as on the Graphviz maps

# ASCII characters that stay as they are inside a quoted label; every other ASCII
# character that is not a letter or digit is written as an entity code. Non-ASCII
# characters (accents, emoji) are written as they are.
_SAFE = frozenset(" .,!?'/-_+=@$~^")
# Mermaid's own placeholders while it decodes entity codes ("ﬂ°°" ... "¶ß"): written as
# entity codes too, so user text can never turn into an entity.
_PLACEHOLDER = frozenset("\ufb02\u00b6")

_SHAPES = {
    "contact": ('("', '")'),
    "conversion": ('(["', '"])'),
    "rejection": ('[/"', '"\\]'),
    "exit": ('[["', '"]]'),
    "talent_pool": ('[("', '")]'),
}

_KIND_CLASSES = {
    "conversion": "stroke-width:4px",
    "rejection": "stroke-width:2px,stroke-dasharray:6 4",
    "exit": "stroke-width:2px,stroke-dasharray:2 3",
    "talent_pool": "stroke-width:2px",
}


def escape_line(line: str) -> str:
    """One line of user text for a quoted Mermaid label: ASCII punctuation that Mermaid
    could read as syntax becomes an entity code (``"`` -> ``#34;``, ``#`` -> ``#35;``),
    control characters are shown as escapes (:func:`~journeyplan.render.view.literal`)."""
    out = []
    for ch in literal(line):
        if (ch.isascii() and not ch.isalnum() and ch not in _SAFE) or ch in _PLACEHOLDER:
            out.append(f"#{ord(ch)};")
        else:
            out.append(ch)
    text = "".join(out)
    # Mermaid rewrites "style...:...#...;" and "classDef...:...#...;" before parsing; with
    # ":" written as an entity those patterns cannot occur, but keep the words harmless too.
    return text.replace("style", "#115;tyle").replace("classDef", "#99;lassDef")


def label_text(text: str, width: int | None = None) -> str:
    """User TEXT as label content: its lines (own line breaks, then wrapped at WIDTH)
    escaped with :func:`escape_line` and joined by ``<br>``."""
    return "<br>".join(escape_line(line) for line in text_lines(text, width))


def _node_label(node: NodeView, entry_caption: str, experience: str = "") -> str:
    parts = []
    if node.entry:
        parts.append(f"<small><b>{label_text(entry_caption)}</b></small>")
    if node.badge is not None:
        parts.append(f"<small><b>{label_text(node.badge, BADGE_WIDTH)}</b></small>")
    parts.append(f"<b>{label_text(node.name, NAME_WIDTH)}</b>")
    parts.append(f"<small>{label_text(node.channel, SMALL_WIDTH)}</small>")
    if node.promise is not None:
        parts.append(f"<i>{label_text(node.promise, SMALL_WIDTH)}</i>")
    if node.personas is not None:
        parts.append(f"<small><i>{label_text(node.personas, SMALL_WIDTH)}</i></small>")
    if experience and node.experience is not None:
        score = xp.cell(node.id, "", node.experience)
        parts.append(f"<small>{label_text(f'{experience}: {score.text} {score.mark}')}</small>")
    return "<br>".join(parts)


def to_mermaid(view: MapView) -> str:
    """VIEW as Mermaid flowchart text (ends with a newline; byte-identical for the same
    view)."""
    lines = [
        "---",
        # A JSON string is a valid YAML double-quoted scalar: the title is written safely.
        f"title: {json.dumps(literal(view.title), ensure_ascii=True)}",
        "---",
        f"%% journeyplan journey map: {view.name}",
        "flowchart LR",
    ]
    for lane in view.lanes:
        lines.append(f'  subgraph {lane.id}["{label_text(lane.title)}"]')
        for node in lane.nodes:
            left, right = _SHAPES[node.kind]
            label = _node_label(node, view.entry_caption, view.experience_caption)
            lines.append(f"    {node.id}{left}{label}{right}")
        lines.append("  end")
    if view.empty is not None:
        lines.append(f'  empty["{label_text(view.empty)}"]')
    entries = view.entries
    if entries:
        lines.append('  jp_start((" "))')
        for node in entries:
            lines.append(f"  jp_start --> {node.id}")
    for edge in view.edges:
        texts = [
            label_text(t, EDGE_WIDTH)
            for t in (edge.reengage, edge.event, edge.delay, edge.condition, edge.personas)
            if t is not None
        ]
        line = "-.->" if edge.reengage is not None else "-->"
        arrow = f'{line}|"{"<br>".join(texts)}"|' if texts else line
        lines.append(f"  {edge.source} {arrow} {edge.target}")
    # The legend: one box per channel of the map, in its colour (as on the Graphviz maps).
    if view.channels:
        lines.append('  subgraph jp_legend[" "]')
        lines.append("    direction TB")
        for i, ch in enumerate(view.channels):
            text = label_text(ch.name, SMALL_WIDTH)
            if ch.response is not None:
                text += f"<br><small><i>{label_text(ch.response, SMALL_WIDTH)}</i></small>"
            lines.append(f'    lg{i}["{text}"]')
        lines.append("  end")
    # Colours: one class per channel colour used (legend boxes included), then one per kind.
    by_colour: dict[tuple[str, str, str], list[str]] = {}
    for node in view.nodes:
        by_colour.setdefault((node.colour, node.border, node.ink), []).append(node.id)
    for i, ch in enumerate(view.channels):
        by_colour.setdefault((ch.colour, ch.border, ch.ink), []).append(f"lg{i}")
    for number, ((colour, border, ink), ids) in enumerate(by_colour.items()):
        lines.append(f"  classDef ch{number} fill:{colour},stroke:{border},color:{ink}")
        lines.append(f"  class {','.join(ids)} ch{number}")
    for kind, css in _KIND_CLASSES.items():
        ids = [n.id for n in view.nodes if n.kind == kind]
        if ids:
            lines.append(f"  classDef {kind} {css}")
            lines.append(f"  class {','.join(ids)} {kind}")
    if entries:
        lines.append("  classDef jp_start fill:#222222,stroke:#222222")
        lines.append("  class jp_start jp_start")
    return "\n".join(lines) + "\n"
