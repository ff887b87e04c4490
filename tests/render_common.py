"""Helpers for the journey-map tests: SVG text extraction, and the Graphviz requirement
(:func:`tests.common.require_dot`, also the ``dot`` fixture of tests/conftest.py)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.common import require_dot

__all__ = ["FIXTURES", "ROOT", "SVG_NS", "TRICKY", "label_overlaps", "require_dot", "svg_texts"]

ROOT = Path(__file__).resolve().parent
FIXTURES = ROOT / "fixtures"
TRICKY = FIXTURES / "render-tricky.yaml"
SVG_NS = "{http://www.w3.org/2000/svg}"


def svg_texts(svg: bytes) -> dict[str, list[str]]:
    """Text of an SVG written by dot, per drawn object: ``<title>`` of the node, edge or
    cluster group (``t3``, ``t0->t1``, ``cluster_s0``) -> its text lines in order; the
    graph's own label (the header) is under ``"graph"``. Graphviz writes the second of two
    spaces as a no-break space so SVG keeps them; those are turned back into spaces."""
    root = ET.fromstring(svg)
    out: dict[str, list[str]] = {}
    graph = root.find(f"{SVG_NS}g")
    assert graph is not None
    out["graph"] = [t.text or "" for t in graph.findall(f"{SVG_NS}text")]
    for group in graph.iter(f"{SVG_NS}g"):
        title = group.find(f"{SVG_NS}title")
        if title is None or group is graph:
            continue
        texts = [("".join(t.itertext())).replace("\xa0", " ") for t in group.iter(f"{SVG_NS}text")]
        out[title.text or ""] = texts
    out["graph"] = [t.replace("\xa0", " ") for t in out["graph"]]
    return out


# ------------------------------------------------------------------ laid-out coordinates
_STATEMENT = re.compile(r"^\s*(\w+)(?:\s*->\s*(\w+))?\s*\[(.*?)\];$", re.S | re.M)


def _attr(body: str, name: str) -> str | None:
    m = re.search(rf'(?<![\w]){name}=(?:"([^"]*)"|([^\s,\]"<]+))', body)
    if m is None:
        return None
    return m.group(1) if m.group(1) is not None else m.group(2)


def _html_attr(body: str, name: str) -> str | None:
    m = re.search(rf"(?<![\w]){name}=<", body)
    if m is None:
        return None
    depth = 0
    for j in range(m.end() - 1, len(body)):
        depth += {"<": 1, ">": -1}.get(body[j], 0)
        if depth == 0:
            return body[m.end() - 1 : j + 1]
    return None


def _box(centre: str, w: float, h: float) -> tuple[float, float, float, float]:
    x, y = (float(v) for v in centre.split(",")[:2])
    return (x - w / 2, y - h / 2, x + w / 2, y + h / 2)


def label_overlaps(laid_out: str, dot: str, font: str = "Helvetica", size: int = 8) -> list:
    """Every trigger label of LAID_OUT (DOT text from Graphviz ``-Tdot``: node ``pos``,
    ``width``, ``height``; edge ``lp``/``xlp``) whose box meets a visible node's box:
    ``(edge, node, overlap width, overlap height)`` in points. A label's size is what
    Graphviz measures for it (one run with the labels as plain nodes, in FONT at SIZE)."""
    nodes, labels = {}, []
    for m in _STATEMENT.finditer(laid_out):
        source, target, body = m.groups()
        if target is None:
            if source in ("graph", "node", "edge") or _attr(body, "style") == "invis":
                continue
            pos, w, h = _attr(body, "pos"), _attr(body, "width"), _attr(body, "height")
            if pos and w and h:
                nodes[source] = _box(pos, float(w) * 72, float(h) * 72)
            continue
        for kind, where in (("label", "lp"), ("xlabel", "xlp")):
            text, pos = _html_attr(body, kind), _attr(body, where)
            if text and pos:
                labels.append((f"{source}->{target}", text, pos))
    graph = [
        f'digraph m {{ node [shape=plaintext, margin=0, width=0, height=0, fontname="{font}", fontsize={size}];'
    ]
    graph += [f"m{i} [label={text}];" for i, (_, text, _) in enumerate(labels)]
    import subprocess

    measured = subprocess.run(
        [dot, "-Tdot"], input="\n".join(graph + ["}"]).encode(), capture_output=True, check=True
    ).stdout.decode()
    sizes = {}
    for m in _STATEMENT.finditer(measured):
        if m.group(1).startswith("m") and m.group(1)[1:].isdigit():
            body = m.group(3)
            sizes[int(m.group(1)[1:])] = (
                float(_attr(body, "width")) * 72,
                float(_attr(body, "height")) * 72,
            )
    found = []
    for i, (edge, _, pos) in enumerate(labels):
        box = _box(pos, *sizes[i])
        for name, nb in nodes.items():
            dx = min(box[2], nb[2]) - max(box[0], nb[0])
            dy = min(box[3], nb[3]) - max(box[1], nb[1])
            if dx > 0 and dy > 0:
                found.append((edge, name, round(dx, 1), round(dy, 1)))
    return found
