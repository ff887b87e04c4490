"""The charts of the printed (WeasyPrint) client report look like the HTML's: the forecast
funnel's bars in their colours with the bottleneck in red, the emotion curve's stage bands,
lines and points; and every name is shown whole, wrapped, never cut.

(WeasyPrint draws inline SVG without the document's stylesheet: the charts were styled by
class and ``var(--…)`` only, so every funnel bar was black and each emotion curve one black
rectangle, its curve, points, bands and key invisible. And the funnel cut long conversion
point names: "Application filled in together by phone c…".)"""

from __future__ import annotations

import re

import pytest

from journeyplan.clientreport.paint import BAR, BOTTLENECK, PALETTE
from journeyplan.clientreport.textfit import text_width, wrap
from tests.render_common import require_dot
from tests.report.client_common import example, report
from tests.report.test_client_report import require_weasyprint

LONG = "Application filled in together by phone call on WhatsApp"  # ruud.yaml
_COLOUR = re.compile(rb"(?<![\w.])([\d.]+) ([\d.]+) ([\d.]+) (rg|RG)\b")


def _hex(r: bytes, g: bytes, b: bytes) -> str:
    return "#" + "".join(f"{round(float(x) * 255):02x}" for x in (r, g, b))


def _paint_of(page) -> tuple[set[str], set[str]]:
    """The fill and stroke colours PAGE's drawing operators set (its content stream and the
    form XObjects it draws), as ``#rrggbb``."""
    streams = [page.get_contents().get_data()]
    todo, seen = [page], set()
    while todo:
        res = todo.pop().get("/Resources")
        xobjects = res.get_object().get("/XObject") if res is not None else None
        for ref in xobjects.get_object().values() if xobjects else ():
            xo = ref.get_object()
            if id(xo) not in seen and xo.get("/Subtype") == "/Form":
                seen.add(id(xo))
                streams.append(xo.get_data())
                todo.append(xo)
    fills, strokes = set(), set()
    for data in streams:
        for r, g, b, op in _COLOUR.findall(data):
            (fills if op == b"rg" else strokes).add(_hex(r, g, b))
    return fills, strokes


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """The technical-staffing example's PDF report: its pages' text and paint."""
    require_dot()
    require_weasyprint()
    from pypdf import PdfReader

    out = tmp_path_factory.mktemp("pdf") / "report.pdf"
    run = report(example("technical-staffing"), out, "--format", "pdf")
    assert run.exit_code == 0, run.output
    pages = PdfReader(out).pages
    return [(" ".join(p.extract_text().split()), *_paint_of(p)) for p in pages]


def _pages(printed, marker: str):
    """(fills, strokes) of the pages whose text holds MARKER."""
    found = [(fills, strokes) for text, fills, strokes in printed if marker in text]
    assert found, f"no page shows {marker!r}"
    return found


def test_the_printed_funnel_bars_have_the_html_colours(printed):
    """Every forecast page draws its bars in the funnel's colours (not black): the bars,
    the hires in the accent colour, the bottleneck in red, its note in the fail colour."""
    pages = _pages(printed, "bottleneck:")
    fills = set().union(*(f for f, _ in pages))
    assert {BAR, BOTTLENECK, PALETTE["accent"], PALETTE["fail"]} <= fills
    for page_fills, _ in pages:  # each persona's bottleneck stands out on its own page
        assert BOTTLENECK in page_fills and BAR in page_fills


def test_the_printed_emotion_curves_are_drawn_not_black(printed):
    """Each candidate-experience page draws the stage bands, the grid, the main line and
    the dashed branches, the points (up, down, the lowest in red) in the HTML's colours."""
    pages = _pages(printed, "+2 delighted")
    assert len(pages) == 3  # one per persona of the example
    for fills, strokes in pages:
        assert {"#f4f6f8", "#e9edf1", PALETTE["pass-bg"], PALETTE["fail"]} <= fills
        assert {PALETTE["accent"], PALETTE["faint"], "#d5dbe1", PALETTE["pass"]} <= strokes


def test_the_printed_funnel_shows_whole_names(printed):
    """A long conversion point name is wrapped onto two lines in the PDF, never cut."""
    (text,) = [t for t, _, _ in printed if "Ruud, senior mechanic" in t and "Reached" in t]
    assert LONG in text
    assert "…" not in text


def test_the_html_funnel_shows_whole_names(tmp_path):
    """In the HTML, the funnel's name is the whole name over its lines (tspans)."""
    require_dot()
    out = tmp_path / "r.html"
    run = report(example("technical-staffing"), out)
    assert run.exit_code == 0, run.output
    html = out.read_text("utf-8")
    labels = [
        " ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", m))
        for m in re.findall(r'<text [^>]*class="bar-label"[^>]*>(.*?)</text>', html)
    ]
    assert LONG in labels
    assert "…" not in "".join(labels)


def test_a_long_stage_name_under_the_curve_is_wrapped_to_its_band():
    """A stage band one point wide (12 scored touchpoints: 83 units) holds its whole name
    on several lines; the drawing grows to hold them."""
    from journeyplan.clientreport.charts import CURVE_HEIGHT, Curve

    name = "Selectiegesprek en kennismaking met het team"
    curve = Curve("p", (), (("Vinden", 0.0, 83.3), (name, 83.3, 166.7)))
    (x1, short), (x2, long) = curve.band_labels
    assert [line for line, _ in short] == ["Vinden"]
    lines = [line for line, _ in long]
    assert "".join(lines).replace(" ", "") == name.replace(" ", "")  # whole, in order
    assert len(lines) >= 3
    assert all(text_width(line, 13.0) <= 83.3 - 8 for line in lines)
    assert x2 == 125.0
    assert curve.height >= CURVE_HEIGHT + 30 + 16 * (len(long) - 1)
    assert max(y for _, y in long) < curve.height


@pytest.mark.parametrize(
    ("text", "room"),
    [
        (LONG, 380.0),
        ("Selectiegesprek en kennismaking met het team", 83.0),
        ("Werkplaatsrondleidingmetdetechnicusuitdevideo", 120.0),  # one word longer than a line
        ("Ünïcödé naam · met → pijl", 60.0),
    ],
)
def test_wrap_keeps_every_character_and_fits_the_room(text, room):
    lines = wrap(text, room, 15.0)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(text_width(line, 15.0) <= room for line in lines)
