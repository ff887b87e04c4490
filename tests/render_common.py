"""Helpers for the journey-map tests: SVG text extraction, and the Graphviz requirement
(:func:`tests.common.require_dot`, also the ``dot`` fixture of tests/conftest.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from tests.common import require_dot

__all__ = ["FIXTURES", "ROOT", "SVG_NS", "TRICKY", "require_dot", "svg_texts"]

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
