"""Journey maps for the report: the render package's DOT, laid out by Graphviz as SVG, then
cleaned so it can sit inside the HTML document.

Graphviz already escapes every user text (:func:`journeyplan.render.graphviz_map.html_text`),
so a name such as ``<script>`` is text in the SVG. The cleaning is a second, independent
guard, an allow-list over the parsed SVG: only drawing elements (``svg g path polygon
polyline ellipse circle rect line text tspan``) and presentation attributes survive; no
``<script>``, ``<foreignObject>``, ``<a>``, ``<image>``, ``<style>``, no event handler (``on*``),
no ``href``, no ``style`` attribute, no comment or processing instruction; ``id`` attributes
(which would repeat between maps in one document) and Graphviz's ``<title>`` tooltips
(generated node ids) are dropped. The result is serialised again, so any text in it is
XML-escaped by :mod:`xml.etree.ElementTree`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
_Q = "{" + SVG_NS + "}"

ALLOWED_ELEMENTS = frozenset(
    {
        "svg",
        "g",
        "path",
        "polygon",
        "polyline",
        "ellipse",
        "circle",
        "rect",
        "line",
        "text",
        "tspan",
    }
)
ALLOWED_ATTRIBUTES = frozenset(
    {
        "viewBox",
        "width",
        "height",
        "transform",
        "class",
        "points",
        "d",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "x",
        "y",
        "x1",
        "y1",
        "x2",
        "y2",
        "dx",
        "dy",
        "fill",
        "fill-opacity",
        "stroke",
        "stroke-width",
        "stroke-dasharray",
        "stroke-opacity",
        "stroke-linecap",
        "stroke-linejoin",
        "opacity",
        "font-family",
        "font-size",
        "font-weight",
        "font-style",
        "text-anchor",
        "text-decoration",
        "preserveAspectRatio",
    }
)
#: Attribute values that are numbers, colours, lists of points or path data only; anything
#: else (a url(...), an expression, an entity) is dropped.
_SAFE_VALUE = re.compile(r"[#A-Za-z0-9 .,\-+%()]*\Z")
_FONT_VALUE = re.compile(r"[A-Za-z0-9 ,\-]*\Z")


class SvgError(ValueError):
    """The SVG could not be parsed (never expected from Graphviz)."""


def _clean_attributes(element: ET.Element) -> None:
    for name in list(element.attrib):
        value = element.attrib[name]
        keep = name in ALLOWED_ATTRIBUTES
        if keep and name == "font-family":
            keep = bool(_FONT_VALUE.match(value))
        elif keep and name == "transform":
            keep = bool(re.fullmatch(r"[a-z0-9 .,\-()]*", value))
        elif keep:
            keep = bool(_SAFE_VALUE.match(value)) and "url" not in value.lower()
        if not keep:
            del element.attrib[name]


def _clean(element: ET.Element) -> None:
    for child in list(element):
        tag = child.tag
        local = tag[len(_Q) :] if isinstance(tag, str) and tag.startswith(_Q) else None
        if local is None or local not in ALLOWED_ELEMENTS:
            # <title>, <a>, <script>, comments, processing instructions, other namespaces;
            # Graphviz puts only white space between elements, so no text is lost.
            element.remove(child)
            continue
        child.tag = local
        _clean_attributes(child)
        _clean(child)


def clean_svg(data: bytes, label: str) -> str:
    """The SVG DATA (as written by ``dot -Tsvg``) cleaned for inlining into HTML (see the
    module docstring), as text: one ``<svg>`` element without XML declaration or doctype,
    scalable (``viewBox`` kept, fixed ``width``/``height`` dropped), with ``role="img"`` and
    LABEL as its accessible name (``aria-label``, escaped on serialisation).

    Raises :class:`SvgError` when DATA is not well-formed XML."""
    parser = ET.XMLParser()  # expat: no external entity or DTD is fetched
    try:
        root = ET.fromstring(data, parser=parser)
    except ET.ParseError as exc:
        raise SvgError(str(exc)) from None
    if root.tag != _Q + "svg":
        raise SvgError("not an SVG document")
    width, height = root.get("width"), root.get("height")
    root.tag = "svg"
    _clean_attributes(root)
    _clean(root)
    for name in ("width", "height"):
        root.attrib.pop(name, None)
    if root.get("viewBox") is None and width and height:
        w, h = (re.sub(r"[a-z]+\Z", "", v) for v in (width, height))
        root.set("viewBox", f"0 0 {w} {h}")
    size = _viewbox_size(root.get("viewBox") or "")
    if size is not None:  # on screen one point of the map is one pixel; print scales it
        root.set("width", f"{size[0]:.0f}")
        root.set("height", f"{size[1]:.0f}")
    root.set("xmlns", SVG_NS)
    root.set("role", "img")
    root.set("aria-label", label)
    root.set("class", "map-svg")
    root.set("preserveAspectRatio", "xMidYMid meet")
    ordered = dict(sorted(root.attrib.items()))
    root.attrib.clear()
    root.attrib.update(ordered)
    return ET.tostring(root, encoding="unicode", short_empty_elements=True)


def _viewbox_size(viewbox: str) -> tuple[float, float] | None:
    try:
        parts = [float(p) for p in viewbox.replace(",", " ").split()]
    except ValueError:
        return None
    return (parts[2], parts[3]) if len(parts) == 4 else None


def svg_size(svg_text: str) -> tuple[float, float]:
    """Width and height of a cleaned SVG, from its ``viewBox`` (user units = points)."""
    found = re.search(r'viewBox="([^"]*)"', svg_text)
    size = _viewbox_size(found.group(1)) if found else None
    return size or (0.0, 0.0)
