"""Trigger labels that never hide behind a touchpoint.

Graphviz puts a trigger's label at the middle of its spline (``neato -n2``, the routing pass
of :func:`~journeyplan.render.output.draw_map`, and the fixed-place layouts alike) without
looking at the boxes it crosses: a long label ("replies 'later' or stays silent / na 1
week") lands on a touchpoint and is hidden under it. :func:`place_labels` takes the drawing
as Graphviz laid it out (``-Tdot``: every node's place and size, every trigger's spline and
label position) and moves each label that meets a box to the nearest free place along its
own trigger (on the curve, or just beside it); only when the whole trigger runs past boxes
does the label move off it, to the nearest free place around its middle. Labels already
placed are avoided as well where possible. The drawing is then rendered from the result
(``neato -n2`` keeps every position it is given).

The size of each label is Graphviz's own measurement: all labels are laid out once as
plain nodes in one small graph (:func:`measure`), in the font and size of the map's edges.
Cost: every label is checked against every box once; a label that meets one tries candidate
places nearest first (about 160 along its trigger, then rings around its middle) until one is
free. On a persona map of the dense benchmark (60 touchpoints, 230 triggers) reading,
measuring and placing take about 0.5 s together. Deterministic: labels in the order of the
text, candidates in a fixed order.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

#: Room kept between a label and a box, points.
CLEARANCE = 3.0
#: Points sampled along a trigger's spline.
SAMPLES = 32
#: Step and reach of the search around a trigger's middle when the curve has no room, points.
STEP = 8.0
REACH = 600.0

Box = tuple[float, float, float, float]  # left, bottom, right, top (points)

_STATEMENT = re.compile(r"^\s*(\w+)(?:\s*->\s*(\w+))?\s*\[(.*?)\];$", re.S | re.M)
_NUMBER = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"


@dataclass
class Label:
    """One trigger label of a laid-out drawing: ``attr`` (``label`` or ``xlabel``), its
    HTML-like ``text``, ``pos`` (centre, points), the trigger's ``curve`` (sampled points)
    and where its position sits in the DOT text (``span``)."""

    attr: str
    text: str
    pos: tuple[float, float]
    curve: list[tuple[float, float]]
    span: tuple[int, int]


def _value(body: str, name: str) -> str | None:
    m = re.search(rf'(?<![\w]){name}=(?:"([^"]*)"|([^\s,\]"<]+))', body)
    if m is None:
        return None
    if m.group(1) is not None:  # Graphviz breaks long quoted values with backslash-newline
        return m.group(1).replace("\\\n", "")
    return m.group(2)


def _html(body: str, name: str) -> str | None:
    """The HTML-like value of attribute NAME in BODY (balanced ``<...>``), or ``None``."""
    m = re.search(rf"(?<![\w]){name}=<", body)
    if m is None:
        return None
    depth = 0
    for j in range(m.end() - 1, len(body)):
        if body[j] == "<":
            depth += 1
        elif body[j] == ">":
            depth -= 1
            if depth == 0:
                return body[m.end() - 1 : j + 1]
    return None


def _curve(pos: str) -> list[tuple[float, float]]:
    """Points along the B-spline of an edge's ``pos`` (``e,x,y``/``s,x,y`` end points left
    out): each cubic segment sampled evenly."""
    pts = [
        (float(a), float(b))
        for token in pos.split()
        if not token.startswith(("e,", "s,"))
        for a, b in [token.split(",")[:2]]
    ]
    if len(pts) < 4:
        return pts
    segments = (len(pts) - 1) // 3
    per = max(2, SAMPLES // max(segments, 1))
    out = []
    for s in range(segments):
        p0, p1, p2, p3 = pts[3 * s : 3 * s + 4]
        for i in range(per + 1):
            t = i / per
            u = 1 - t
            out.append(
                (
                    u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                    u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
                )
            )
    return out


def read(laid_out: str) -> tuple[list[Box], list[Label]]:
    """The boxes (every visible node: touchpoints, band cells, captions) and the trigger
    labels of LAID_OUT, DOT text written by Graphviz with ``-Tdot``."""
    boxes: list[Box] = []
    labels: list[Label] = []
    for m in _STATEMENT.finditer(laid_out):
        source, target, body = m.groups()
        if target is None:
            if source in ("graph", "node", "edge") or _value(body, "style") == "invis":
                continue
            pos, w, h = _value(body, "pos"), _value(body, "width"), _value(body, "height")
            if pos is None or w is None or h is None:
                continue
            x, y = (float(v) for v in pos.split(",")[:2])
            w2, h2 = float(w) * 36, float(h) * 36
            if w2 > 0 and h2 > 0:
                boxes.append((x - w2, y - h2, x + w2, y + h2))
            continue
        curve = _curve(_value(body, "pos") or "")
        for attr, where in (("label", "lp"), ("xlabel", "xlp")):
            text = _html(body, attr)
            found = re.search(rf'(?<![\w]){where}="({_NUMBER}),({_NUMBER})"', body)
            if text is None or found is None:
                continue
            start = m.start(3)
            labels.append(
                Label(
                    attr,
                    text,
                    (float(found.group(1)), float(found.group(2))),
                    curve,
                    (start + found.start(), start + found.end()),
                )
            )
    return boxes, labels


def _meets(a: Box, b: Box, clearance: float = 0.0) -> bool:
    return (
        a[0] < b[2] + clearance
        and b[0] < a[2] + clearance
        and a[1] < b[3] + clearance
        and b[1] < a[3] + clearance
    )


def _box(centre: tuple[float, float], size: tuple[float, float]) -> Box:
    x, y = centre
    w, h = size[0] / 2, size[1] / 2
    return (x - w, y - h, x + w, y + h)


def _candidates(label: Label, size: tuple[float, float]):
    """Centres to try for LABEL, nearest its own place first: on each sampled point of its
    trigger and just beside it (right, left, above, below), then rings around its middle."""
    w, h = size[0] / 2 + CLEARANCE, size[1] / 2 + CLEARANCE
    ox, oy = label.pos
    ring = []
    for x, y in label.curve:
        for dx, dy in ((0, 0), (w, 0), (-w, 0), (0, h), (0, -h)):
            ring.append((x + dx, y + dy))
    ring.sort(key=lambda c: (c[0] - ox) ** 2 + (c[1] - oy) ** 2)
    yield from ring
    for r in range(1, int(REACH / STEP) + 1):
        d = r * STEP
        steps = max(8, int(2 * math.pi * d / STEP))
        for i in range(steps):
            a = 2 * math.pi * i / steps
            yield (ox + d * math.cos(a), oy + d * math.sin(a))


def place(boxes: list[Box], labels: list[Label], sizes: list[tuple[float, float]]) -> list:
    """A free centre per label (its own when it meets no box), see the module docstring:
    never on a box (within :data:`CLEARANCE`), and off the labels placed before it where a
    place near the trigger allows."""
    placed: list[Box] = []
    centres: list[tuple[float, float]] = [label.pos for label in labels]
    moving = []
    for i, (label, size) in enumerate(zip(labels, sizes)):
        if any(_meets(_box(label.pos, size), b, CLEARANCE) for b in boxes):
            moving.append(i)
        else:
            placed.append(_box(label.pos, size))
    for i in moving:
        label, size = labels[i], sizes[i]
        best = None
        for centre in _candidates(label, size):
            box = _box(centre, size)
            if any(_meets(box, b, CLEARANCE) for b in boxes):
                continue
            if not any(_meets(box, p) for p in placed):
                best = centre
                break
            if best is None:
                best = centre  # free of boxes; keep looking for one free of labels too
        if best is not None:
            centres[i] = best
            placed.append(_box(best, size))
    return centres


def measure(texts: list[str], dot: str | None, font: str, size: int) -> list[tuple[float, float]]:
    """Width and height (points) of each HTML-like label of TEXTS as Graphviz draws it in
    FONT at SIZE points: one ``dot -Tplain`` run over a graph of plain nodes."""
    from journeyplan.render.output import run_dot

    if not texts:
        return []
    lines = [
        "digraph measure {",
        f'node [shape=plaintext, margin=0, width=0, height=0, fontname="{font}", fontsize={size}];',
        *(f"m{i} [label={text}];" for i, text in enumerate(texts)),
        "}",
    ]
    out, _ = run_dot("\n".join(lines), "plain", "labels", dot)
    sizes: dict[int, tuple[float, float]] = {}
    for line in out.decode("utf-8").splitlines():  # node NAME X Y WIDTH HEIGHT (inches) ...
        parts = line.split(" ", 6)
        if len(parts) > 5 and parts[0] == "node" and parts[1][1:].isdigit():
            sizes[int(parts[1][1:])] = (float(parts[4]) * 72, float(parts[5]) * 72)
    return [sizes.get(i, (0.0, 0.0)) for i in range(len(texts))]


def place_labels(laid_out: str, dot: str | None, font: str, size: int) -> str:
    """LAID_OUT (DOT text from Graphviz ``-Tdot``) with every trigger label that met a
    box moved to a free place (see the module docstring); FONT and SIZE are the edges'
    font. Unchanged when no label meets a box."""
    boxes, labels = read(laid_out)
    if not labels:
        return laid_out
    sizes = measure([label.text for label in labels], dot, font, size)
    centres = place(boxes, labels, sizes)
    out, last = [], 0
    for label, (x, y) in sorted(zip(labels, centres), key=lambda lc: lc[0].span):
        if (x, y) == label.pos:
            continue
        start, end = label.span
        where = "lp" if label.attr == "label" else "xlp"
        out.append(laid_out[last:start])
        out.append(f'{where}="{x:.2f},{y:.2f}"')
        last = end
    out.append(laid_out[last:])
    return "".join(out)
