"""The report's colours, declared once: the stylesheet's custom properties and the charts'
SVG presentation attributes.

The charts are inline SVG, and they must look the same in a browser and in the PDF.
WeasyPrint draws inline SVG on its own: the document's stylesheet, its classes and its
``var(--…)`` custom properties do not reach the SVG's shapes (a rectangle styled by
class only is filled black there). So every shape and text of a chart carries its paint as
presentation attributes (``fill``, ``stroke``, ``font-size`` ...), which both read, from
:func:`paint`; the stylesheet sets no SVG paint. The ``style`` attribute is no way out: the
Content-Security-Policy allows no inline style.
"""

from __future__ import annotations

#: The report's colours by name; the stylesheet's ``:root`` declares each as ``--name``.
PALETTE: dict[str, str] = {
    "ink": "#17212b",
    "muted": "#5b6773",
    "faint": "#8a96a3",
    "rule": "#d9dee4",
    "paper": "#ffffff",
    "wash": "#f3f5f7",
    "accent": "#0f4c5c",
    "accent-soft": "#e3eff1",
    "pass": "#17683f",
    "pass-bg": "#e2f3e9",
    "warn": "#7a5200",
    "warn-bg": "#fff0c7",
    "fail": "#a3221b",
    "fail-bg": "#fde6e3",
    "qualifier": "#4a6fa5",
    "winner": "#c2410c",
    "personality": "#6d28d9",
}

#: The system font stack (``--font``) and the monospace one (``--mono``).
FONT = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", '
    '"Liberation Sans", "DejaVu Sans", sans-serif'
)
MONO = (
    'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", '
    "monospace"
)

#: A funnel bar; the bottleneck bar stands out in red.
BAR = "#7fa7b3"
BOTTLENECK = "#d9534f"

_P = PALETTE
#: Per chart element (the ``class`` it also carries), its presentation attributes; then per
#: ``element.modifier`` what the modifier changes, applied in the order given.
_SVG: dict[str, dict[str, str]] = {
    "chart-svg": {"font-family": FONT},
    "bar": {"fill": BAR},
    "bar.hires": {"fill": _P["accent"]},
    "bar.bottleneck": {"fill": BOTTLENECK},
    "bar-label": {"font-size": "15", "font-weight": "600", "fill": _P["ink"]},
    "bar-value": {"font-size": "15", "font-weight": "700", "fill": _P["ink"]},
    "bar-share": {"font-size": "13", "font-weight": "400", "fill": _P["muted"]},
    "bar-share.bottleneck": {"font-weight": "700", "fill": _P["fail"]},
    "band-0": {"fill": "#f4f6f8"},
    "band-1": {"fill": "#e9edf1"},
    "band-label": {"font-size": "13", "font-weight": "600", "fill": _P["muted"]},
    "grid-line": {"stroke": "#d5dbe1", "stroke-width": "1"},
    "grid-line.zero": {"stroke": "#9aa5b1", "stroke-dasharray": "4 3"},
    "axis-label": {"font-size": "12", "fill": _P["muted"]},
    "curve-line": {
        "fill": "none",
        "stroke": _P["accent"],
        "stroke-width": "3",
        "stroke-linejoin": "round",
    },
    "curve-line.branch": {"stroke": _P["faint"], "stroke-width": "2", "stroke-dasharray": "7 5"},
    "point": {"fill": _P["paper"], "stroke": _P["accent"], "stroke-width": "2.5"},
    "point.up": {"fill": _P["pass-bg"], "stroke": _P["pass"]},
    "point.down": {"fill": _P["fail-bg"], "stroke": _P["fail"]},
    "point.lowest": {"fill": _P["fail"], "stroke": _P["fail"]},
    "point-number": {"font-size": "10", "font-weight": "700", "fill": _P["ink"]},
    "point-number.lowest": {"fill": _P["paper"]},
}


def paint(element: str, *modifiers: str) -> dict[str, str]:
    """The SVG presentation attributes of chart ELEMENT (``"bar"``, ``"curve-line"`` ...)
    with MODIFIERS applied in order (``paint("bar", "hires", "bottleneck")``: the bottleneck
    wins); an empty modifier is ignored. Raises KeyError for an element not declared."""
    out = dict(_SVG[element])
    for m in modifiers:
        if m:
            out.update(_SVG.get(f"{element}.{m}", {}))
    return out
