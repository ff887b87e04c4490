"""SVG maps through the real Graphviz dot: accepted without warnings, every label literal.

These tests need dot: skipped without it, failing under CI=true (see render_common).
"""

from __future__ import annotations

import graphviz
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from journeyplan.check.pipeline import check_plan
from journeyplan.render.graphviz_map import dot_source, edge_label, node_label
from journeyplan.render.output import run_dot
from journeyplan.render.view import (
    EDGE_WIDTH,
    NAME_WIDTH,
    EdgeView,
    NodeView,
    literal,
    map_views,
    text_lines,
)
from tests.regenerate_golden import CASES
from tests.render_common import TRICKY, require_dot, svg_texts


def lines(text: str, width: int | None = None) -> list[str]:
    """How TEXT is drawn: its lines, wrapped at spaces, control characters as escapes."""
    return [literal(line) for line in text_lines(text, width)]


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


@pytest.fixture(scope="module")
def dot() -> str:
    return require_dot()


@pytest.fixture(scope="module")
def tricky_svgs(dot) -> dict[str, tuple[object, dict[str, list[str]]]]:
    plan = check_plan(TRICKY).plan
    out = {}
    for view in map_views(plan):
        svg, warnings = run_dot(dot_source(view), "svg", view.name, dot)
        assert warnings == "", warnings
        out[view.name] = (view, svg_texts(svg))
    return out


@pytest.mark.parametrize("case", sorted(CASES))
def test_dot_accepts_every_map_without_warnings(dot, case):
    plan = check_plan(CASES[case]).plan
    for view in map_views(plan, lang=plan.language or "en"):
        svg, warnings = run_dot(dot_source(view), "svg", view.name, dot)
        assert warnings == "", f"{case}/{view.name}: {warnings}"
        texts = svg_texts(svg)
        for node in view.nodes:  # every touchpoint is drawn with its whole name
            assert contains_run(texts[node.id], lines(node.name, NAME_WIDTH)), node.name


def test_tricky_names_are_drawn_exactly_as_written(tricky_svgs):
    view, texts = tricky_svgs["p1"]
    by_name = {n.name: n.id for n in view.nodes}
    ad = 'Ad: "Join us" <now> & {save} [50%] ; # \\N\\G\\L \\\\ \\n done'
    drawn = texts[by_name[ad]]
    assert drawn[0] == "ENTRY"
    assert " ".join(drawn[1:4]) == ad  # wrapped at spaces only
    assert drawn[4] == 'Chat <WhatsApp> & "Signal"'
    assert texts[by_name["node:port:sw"]] == ["node:port:sw", 'Chat <WhatsApp> & "Signal"']
    assert texts[by_name["Line one\nLine two\n  indented   three"]] == [
        "CONVERSION: application · target 12.5%",
        "Line one",
        "Line two",
        "  indented   three",
        "E-mail: a\\b\\\\c",
    ]
    ack = "Ack — ‘curly’ “quotes” ✓ café naïve 日本語 🎉"
    assert " ".join(texts[by_name[ack]][:2]) == ack
    assert texts[by_name[ack]][3] == "hears back within 36 hours"
    reject = "Reject <script>alert(1)</script> &amp; &lt; &#35; #quot; ﬂ°°35¶ß"
    assert " ".join(texts[by_name[reject]][1:5]) == reject
    bye = "Exit\t\x1b[31mred\x1b[0m \u202eevil"
    assert texts[by_name[bye]][1] == "Exit\\t\\x1b[31mred\\x1b[0m \\u202eevil"
    lost = texts[by_name["Lost: dangling stage and channel"]]
    assert "(no channel)" in lost


def test_tricky_stages_edges_and_header_are_literal(tricky_svgs):
    view, texts = tricky_svgs["p1"]
    assert [texts[f"cluster_{lane.id}"] for lane in view.lanes] == [
        ["(no stage)"],  # first, never after the last stage
        ['Find: <b>bold?</b> & "quotes"'],
        ["Apply {now}; [later] # end"],
        ["end"],
    ]
    assert texts["graph"][:2] == [
        'Candidate journey: Zoë "Z" O\'Brien <zoe@example.com> 😀',
        'Plan "Q3" <draft> & {more} [x] : ; # \\N \\G \\\\ %% --> | `tick` · '
        "Ærø Öl & Söhne — ☕ 🚀",
    ]
    assert 'Chat <WhatsApp> & "Signal"' in texts["graph"]
    ids = {n.name: n.id for n in view.nodes}
    first = ids['Ad: "Join us" <now> & {save} [50%] ; # \\N\\G\\L \\\\ \\n done']
    event = 'clicks "more" -> <b>here</b> | {x} [y] : ; # \\N'
    drawn = texts[f"{first}->{ids['node:port:sw']}"]
    assert " ".join(drawn) == event  # no delay: nothing printed ("immediately" is the default)
    multi = ids["Line one\nLine two\n  indented   three"]
    drawn = texts[f"{ids['node:port:sw']}->{multi}"]
    assert drawn == ["applies", "right away", "after 4 hours", "if x > 1 & y < 2"]


def test_overview_shows_which_personas_each_touchpoint_serves(tricky_svgs):
    view, texts = tricky_svgs["overview"]
    node = next(n for n in view.nodes if n.name == "node:port:sw")
    assert texts[node.id][-2:] == ['for Zoë "Z" O\'Brien', "<zoe@example.com> 😀"]


def test_svg_is_stable_between_runs(dot):
    plan = check_plan(TRICKY).plan
    view = map_views(plan)[0]
    source = dot_source(view)
    assert run_dot(source, "svg", view.name, dot) == run_dot(source, "svg", view.name, dot)


# Any text a plan can hold (no lone surrogates: YAML input is UTF-8), including syntax of
# DOT, HTML, XML and Graphviz's escapes, controls and line breaks.
_TRICKY_CHARS = st.sampled_from(list("<>&\"'\\{}[]:;#|%`-/ \t\n\r\x1b\x00NGLnTé😀日"))
_TEXT = st.text(
    alphabet=st.one_of(_TRICKY_CHARS, st.characters(blacklist_categories=("Cs",))),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_TEXT, event=_TEXT)
@example(name="<", event="]")  # Graphviz 2.43 rejected an HTML label starting with ']'
@example(name="]]", event="[x]")
def test_any_text_roundtrips_through_dot(dot, name, event):
    """Whatever a name or event holds, dot accepts the label and draws exactly our lines
    (blank lines draw nothing, so they are left out of the comparison; a no-break space is
    compared as a space, as svg_texts reads Graphviz's kept spaces)."""
    node = NodeView(
        id="t0",
        name=name,
        channel="c",
        colour="#77AADD",
        border="#415E7A",
        kind="contact",
        badge=None,
        entry=False,
        promise=None,
        personas=None,
    )
    g = graphviz.Digraph(name="roundtrip")
    g.node("t0", node_label(node))
    g.node("t1", "x")
    g.edge("t0", "t1", edge_label(EdgeView("t0", "t1", event, None, None, None, False)))
    svg, warnings = run_dot(g.source, "svg", "roundtrip", dot)
    assert warnings == ""
    texts = svg_texts(svg)

    def visible_lines(text: str, width: int) -> list[str]:  # svg_texts reads \xa0 as " "
        return [line.replace("\xa0", " ") for line in lines(text, width) if line.strip()]

    assert [t for t in texts["t0"] if t.strip()] == visible_lines(name, NAME_WIDTH) + ["c"]
    assert [t for t in texts["t0->t1"] if t.strip()] == visible_lines(event, EDGE_WIDTH)
