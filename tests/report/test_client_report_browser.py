"""The client report in a real browser (headless chromium over the DevTools protocol): it
loads with no console error and no request, its first page is not blank, and printing it
gives A4 landscape pages, one section (and one map) per page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.render_common import require_dot
from tests.report.browser import non_white_share, open_page, require_chromium
from tests.report.client_common import EXAMPLE_PLANS, example, hostile_starter, report


@pytest.fixture(autouse=True)
def _tools():
    require_dot()
    require_chromium()


def _report(tmp_path: Path, plan: Path, *args: str) -> Path:
    out = tmp_path / "report.html"
    run = report(plan, out, *args)
    assert run.exit_code == 0, run.output
    return out


@pytest.mark.parametrize("name", EXAMPLE_PLANS)
def test_each_example_loads_with_no_error_and_no_request(tmp_path, name):
    out = _report(tmp_path, example(name))
    with open_page(out) as page:
        assert page.complaints() == []
        assert page.requests() == [out.resolve().as_uri()]
        # the stylesheet applied (a CSP mismatch would leave the page unstyled)
        assert page.evaluate("getComputedStyle(document.querySelector('.cover-band')).color") == (
            "rgb(255, 255, 255)"
        )
        png = page.screenshot(1280, 900)
    assert non_white_share(png) > 0.15  # the cover's band, title and figures


def test_the_printed_report_has_a_page_per_section_and_per_map(tmp_path):
    from pypdf import PdfReader

    out = _report(tmp_path, example("technical-staffing"))
    with open_page(out) as page:
        pdf = PdfReader(io.BytesIO(page.print_pdf()))
        assert page.complaints() == []
    pages = [p.extract_text() for p in pdf.pages]
    for p in pdf.pages:
        assert (round(float(p.mediabox.width)), round(float(p.mediabox.height))) == (842, 595)
    # the cover, then every section on a page of its own, every map on a page of its own
    firsts = {
        "Service technicians 2027": 0,
        "Employer brand": None,
        "Target groups": None,
        "Personas": None,
        "The five-question checklist": None,
        "Coverage per stage": None,
        "Journey of Sander, service electrician": None,
        "Journey of Ruud, senior mechanic": None,
        "Journey of Lisa, career switcher from logistics": None,
        "Overview of all journeys": None,
    }
    starts = []
    for heading in firsts:
        found = [i for i, text in enumerate(pages) if heading in text[:400]]
        assert found, f"no page starts with {heading!r}"
        starts.append(found[-1] if heading != "Service technicians 2027" else found[0])
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    # page numbers from @page, not on the cover
    assert "Page 2 / " in pages[1] and "Page 1 /" not in pages[0]
    # the expected count: cover 1, brand 2, target groups 1, personas 1, checklist 1,
    # coverage 2, maps 4 (each map alone on its page, none cut)
    # 15 since issue 13: the example scores its touchpoints (the coverage tables carry each
    # score) and declares its personalisation fields, a scoped winner and a talent pool;
    # 17 since issue 12: the example carries forecast data, so the funnels of its three
    # personas fill a page and the hires per target group a second one
    assert len(pages) == 17
    assert any("QUESTION 3\nForecast" in p[:80] and "Cost per hire" in p for p in pages)


def test_hostile_names_do_nothing_in_the_browser(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(hostile_starter(), encoding="utf-8")
    out = _report(tmp_path, plan)
    with open_page(out) as page:
        assert page.complaints() == []
        assert page.requests() == [out.resolve().as_uri()]
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.scripts.length") == 0
        title = page.evaluate("document.querySelector('.cover h1').textContent")
    assert title.startswith("<script>window.__pwned = 1</script>")


def test_dutch_report_in_the_browser(tmp_path):
    out = _report(tmp_path, example("technical-staffing"), "--lang", "nl")
    with open_page(out) as page:
        assert page.evaluate("document.documentElement.lang") == "nl"
        assert page.complaints() == []


def test_the_example_s_emotion_curves_in_the_browser(tmp_path):
    """The shipped example with experience scores, as the browser draws it: a curve per
    persona, its points left to right in the order of the list under it, the main line and
    the dashed branches drawn, the re-engagement last, and nothing blank."""
    import json

    out = _report(tmp_path, example("technical-staffing"))
    with open_page(out) as page:
        assert page.complaints() == []
        curves = json.loads(
            page.evaluate(
                "JSON.stringify([...document.querySelectorAll('#experience figure.curve')]"
                ".map(f => ({persona: f.querySelector('figcaption').textContent,"
                " xs: [...f.querySelectorAll('circle.point')].map(c => c.getBBox().x),"
                " numbers: [...f.querySelectorAll('text.point-number')].map(t => t.textContent),"
                " items: [...f.querySelectorAll('.curve-points li')]"
                ".map(li => li.textContent.replace(/\\s+/g, ' ').trim()),"
                " main: f.querySelector('svg.chart-svg path.curve-line:not(.branch)')"
                ".getTotalLength(),"
                " branch: f.querySelector('svg.chart-svg path.curve-line.branch')"
                ".getTotalLength(),"
                " dash: getComputedStyle(f.querySelector('svg.chart-svg path.branch'))"
                ".strokeDasharray}))"
                ")"
            )
        )
        png = page.element_screenshot("#experience")
    assert [c["persona"] for c in curves] == [
        "Sander, service electrician",
        "Ruud, senior mechanic",
        "Lisa, career switcher from logistics",
    ]
    for c in curves:
        assert c["xs"] == sorted(c["xs"]) and len(c["xs"]) == len(c["items"])
        assert c["numbers"] == [str(i) for i in range(1, len(c["items"]) + 1)]
        assert c["main"] > 0 and c["branch"] > 0 and c["dash"] not in ("", "none")
        assert "Six-month check-in with a new story" in c["items"][-1]
        low = [item for item in c["items"] if "lowest point" in item]
        assert len(low) == 1 and low[0].startswith("-1 Honest no")
    assert non_white_share(png) > 0.05
