"""The candidate experience and the talent pool on the maps (issue 13, plan format 1.1).

The emotion band under the stage columns (a cell per touchpoint: signed score, mark, colour,
name; a touchpoint without a score is a gap), one band per persona on the overview, the
talent pool's own shape, badge and legend entry, and its re-engagement triggers: in the
DOT, in the SVG that dot draws, in Mermaid and in the quick layout. A plan without
``experience`` draws exactly what it drew before (the golden files of the 1.0 plans).

Tests that lay out need Graphviz: skipped without it, failing under CI=true.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from journeyplan.check.pipeline import check_plan
from journeyplan.render import map_texts, render_plan
from journeyplan.render.colours import _lab
from journeyplan.render.experience import FILLS, GAP_FILL, MARKS
from journeyplan.render.graphviz_map import REENGAGE, band_nodes, dot_source
from journeyplan.render.layout import RATIOS, arrange
from journeyplan.render.mermaid import to_mermaid
from journeyplan.render.output import draw_map, draw_pinned, run_dot
from journeyplan.render.quick import pinned_source
from journeyplan.render.view import map_views
from tests.common import EXAMPLES
from tests.regenerate_golden import CASES, GOLDEN
from tests.render_common import FIXTURES, SVG_NS, require_dot, svg_texts

BAND = FIXTURES / "render-experience.yaml"
STAFFING = EXAMPLES / "technical-staffing"


@pytest.fixture(scope="module")
def dot() -> str:
    return require_dot()


def views(path, lang="en"):
    return {v.name: v for v in map_views(check_plan(path).plan, lang=lang)}


def band_cells(dot_text: str, node: str) -> list[tuple[str, str, str]]:
    """``(fill, score text, name)`` of every cell of band node NODE in the DOT text."""
    line = next(ln for ln in dot_text.splitlines() if ln.strip().startswith(f"{node} [label="))
    cells = re.findall(
        r'<TD BGCOLOR="(#[0-9A-F]{6})"[^>]*><FONT POINT-SIZE="11"[^>]*><B>([^<]*)</B></FONT>'
        r'<BR/><FONT POINT-SIZE="7"[^>]*>(.*?)</FONT></TD>',
        line,
    )
    return [(fill, score, name.replace("<BR/>", " ")) for fill, score, name in cells]


# --------------------------------------------------------------------------- the DOT
def test_persona_map_has_a_band_under_each_column_in_stage_order():
    sander = views(STAFFING)["sander"]
    text = dot_source(sander)
    nodes = re.findall(r"^\t\t(x\d+_s\d+) \[", text, re.M)
    assert nodes == ["x0_s0", "x0_s1", "x0_s2", "x0_s3"]
    assert band_cells(text, "x0_s0") == [
        (FILLS[1], "+1 ▲", "Day-in-the-life reel by Jeroen, service electrician"),
        (FILLS[1], "+1 ▲", "Six-month check-in with a new story"),
    ]
    # Engage: the chat and the reminder have no score: gaps, not zeros; then the column's
    # reading order (row by row) as on the map
    assert band_cells(text, "x0_s2") == [
        (GAP_FILL, "–", "WhatsApp chat with consultant Anouk"),
        (GAP_FILL, "–", "One friendly reminder"),
        (FILLS[1], "+1 ▲", "Apply in 60 seconds on WhatsApp"),
        (FILLS[1], "+1 ▲", "Application acknowledged, with a date"),
    ]
    bind = band_cells(text, "x0_s3")
    assert [(fill, score) for fill, score, _ in bind] == [
        (FILLS[1], "+1 ▲"),
        (FILLS[2], "+2 ▲▲"),
        (FILLS[-1], "-1 ▼"),
        (FILLS[2], "+2 ▲▲"),
        (FILLS[1], "+1 ▲"),
        (FILLS[1], "+1 ▲"),
        (FILLS[0], "0 ●"),
    ]
    assert bind[2][2] == "Honest no, with feedback and a free training day"
    assert bind[6][2] == "Talent pool: re-engage in 6 months"
    # every gap is dashed, every scored cell is not
    line = next(ln for ln in text.splitlines() if ln.strip().startswith("x0_s2 [label="))
    assert line.count('STYLE="dashed"') == 2
    # one rank below the deepest row: every column's band in one rank=same group
    assert "{rank=same; x0_s0; x0_s1; x0_s2; x0_s3;}" in text


def test_the_band_follows_the_rows_of_its_column():
    """The cells of a column read like the column: row by row, left to right."""
    sander = views(STAFFING)["sander"]
    grid = arrange(sander, RATIOS["none"])
    names = {n.id: n.name for n in sander.nodes}
    for band_id, lane_id, label in band_nodes(sander, grid):
        scored = [n for row in grid.rows[lane_id] for n in row]
        drawn = [name for _, _, name in band_cells(f"\t\t{band_id} [label={label}", band_id)]
        assert drawn == [names[n] for n in scored], band_id


def test_legend_has_the_scale_with_captions_and_the_gap():
    text = dot_source(views(STAFFING)["sander"])
    header = text.split("\n", 3)[2]  # the graph's label
    for value, caption in [
        (-2, "strongly negative"),
        (-1, "negative"),
        (0, "neutral"),
        (1, "positive"),
        (2, "strongly positive"),
    ]:
        score = f"{value:+d}" if value else "0"
        assert f"<B>{score} {MARKS[value]}</B></FONT><BR/>" in header
        assert f'BGCOLOR="{FILLS[value]}"' in header and f">{caption}</FONT>" in header
    assert ">no score</FONT>" in header and "<B>candidate experience</B>" in header


def test_the_scale_reads_without_colour():
    """Greyscale or colour blindness: every step has its own number and mark, and the fills
    are ordered in lightness away from zero on each side (Tol's diverging BuRd)."""
    texts = {f"{v:+d} {MARKS[v]}" for v in FILLS}
    assert len(texts) == 5
    light = {v: _lab(c)[0] for v, c in FILLS.items()}
    assert light[0] > light[1] > light[2] and light[0] > light[-1] > light[-2]


def test_overview_has_one_band_per_persona_in_plan_order():
    overview = views(BAND)["overview"]
    assert [b.title for b in overview.bands] == [
        "Anna: candidate experience",
        'Bob <b>&amp;</b> "co": candidate experience',
    ]
    text = dot_source(overview)
    # each persona's band holds its own journey: Anna's ad is not in Bob's band
    assert [n for _, _, n in band_cells(text, "x0_s0")] == ["Ad for Anna", "Check-in"]
    assert [(s, n) for _, s, n in band_cells(text, "x1_s0")] == [
        ("-2 ▼▼", "Ad &lt;i&gt;for&lt;/i&gt; Bob &amp; &quot;friends&quot; \\\\N &#93;"),
        ("+1 ▲", "Check-in"),
    ]
    assert band_cells(text, "x1_s1") == [(GAP_FILL, "–", "Apply")]
    # the persona's name in the band's caption is escaped like every user text
    assert "Bob &lt;b&gt;&amp;amp;&lt;/b&gt; &quot;co&quot;: candidate<BR/>experience" in text
    assert "{rank=same; x0_s0; x0_s1; x0_s2;}" in text
    assert "{rank=same; x1_s0; x1_s1; x1_s2;}" in text


def test_talent_pool_has_its_own_shape_badge_and_legend_entry():
    sander = views(STAFFING)["sander"]
    pool = next(n for n in sander.nodes if n.name.startswith("Talent pool"))
    assert pool.kind == "talent_pool"
    assert pool.badge == "TALENT POOL · with consent · kept for 52 weeks"
    text = dot_source(sander)
    line = next(ln for ln in text.splitlines() if ln.strip().startswith(f"{pool.id} [label="))
    assert "shape=cylinder" in line and "EXIT" not in line
    assert ">talent pool</FONT>" in text.split("\n", 3)[2]
    assert "re-engagement from the talent pool" in text.split("\n", 3)[2]
    # its re-engagement trigger: green, bold, dashed, and says what it is
    edge = next(ln for ln in text.splitlines() if ln.strip().startswith(f"{pool.id} -> "))
    assert f'color="{REENGAGE}"' in edge and 'style="dashed,bold"' in edge
    assert f'<FONT COLOR="{REENGAGE}"><B>re-engagement</B></FONT>' in edge
    # a map without a talent pool keeps the four kinds of 1.0
    starter = views(EXAMPLES / "starter" / "plan.yaml")["daan"]
    assert [k for k, _ in starter.kinds] == ["contact", "conversion", "rejection", "exit"]


def test_dutch_band_and_talent_pool():
    text = dot_source(views(STAFFING, "nl")["sander"])
    assert "<B>kandidaatbeleving</B>" in text and ">zeer negatief</FONT>" in text
    assert "TALENTPOOL · met toestemming ·<BR/>bewaartermijn 52 weken" in text
    assert ">talentpool</FONT>" in text and "<B>opnieuw benaderen</B>" in text


# --------------------------------------------------------------------------- no experience
@pytest.mark.parametrize("case", ["starter", "broken", "tricky"])
def test_a_plan_without_experience_draws_no_band(case):
    """The 1.0 plans: no band, no scale, and their golden DOT and Mermaid files (which
    tests/render/test_render_golden.py compares byte for byte) hold none either."""
    plan = check_plan(CASES[case]).plan
    for view in map_views(plan, lang=plan.language or "en"):
        assert view.bands == () and view.experience_scale == ()
    for path in (GOLDEN / case).iterdir():
        text = path.read_text(encoding="utf-8")
        assert "x0_" not in text and "candidate experience" not in text, path
        assert "cylinder" not in text and "re-engagement" not in text, path


def test_without_its_scores_the_example_draws_as_if_they_were_never_there(tmp_path):
    """technical-staffing with every `experience:` line removed: no band, no scale, no
    experience line in Mermaid; the DOT is the DOT of its views without bands."""
    plan_dir = tmp_path / "plan"
    shutil.copytree(STAFFING, plan_dir)
    for path in plan_dir.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^\s+experience: .*\n", "", text), encoding="utf-8")
    plain = views(plan_dir)
    scored = views(STAFFING)
    for name, view in plain.items():
        assert view.bands == () and not view.has_experience
        stripped = dataclasses.replace(
            scored[name],
            lanes=view.lanes,
            bands=(),
            experience_scale=(),
        )
        assert dot_source(view) == dot_source(stripped)
        assert "x0_" not in dot_source(view)
        assert "candidate experience" not in to_mermaid(view)


# --------------------------------------------------------------------------- dot draws it
def test_svg_has_the_band_under_the_touchpoints_of_each_column(dot):
    sander = views(STAFFING)["sander"]
    svg, warnings = draw_map(dot_source(sander, placing=True), "svg", "sander", dot)
    assert warnings == ""
    texts = svg_texts(svg)
    assert texts["x0_s3"][:4] == [
        "candidate experience",
        "+1 ▲",
        "Coffee at the",
        "workshop with the",
    ]
    assert texts["x0_s2"][1:3] == ["–", "WhatsApp chat with"]
    root = ET.fromstring(svg)
    boxes = {}
    for group in root.iter(f"{SVG_NS}g"):
        title = group.find(f"{SVG_NS}title")
        if title is None:
            continue
        ys = [float(t.get("y")) for t in group.iter(f"{SVG_NS}text")]
        fills = {p.get("fill") for p in group.iter() if p.get("fill")}
        if ys:
            boxes[title.text] = (min(ys), max(ys), fills)
    for lane in sander.lanes:
        band_top = boxes[f"x0_{lane.id}"][0]
        for node in lane.nodes:  # SVG y grows downwards: the band is below every node
            assert boxes[node.id][1] < band_top, (lane.title, node.name)
    assert FILLS[2].lower() in {f.lower() for f in boxes["x0_s3"][2]}
    assert FILLS[-1].lower() in {f.lower() for f in boxes["x0_s3"][2]}


def test_hostile_names_in_the_band_are_drawn_literally(dot):
    overview = views(BAND)["overview"]
    svg, warnings = run_dot(dot_source(overview), "svg", "overview", dot)
    assert warnings == ""
    drawn = " ".join(svg_texts(svg)["x1_s0"])
    assert drawn.startswith('Bob <b>&amp;</b> "co": candidate experience -2 ▼▼ ')
    assert 'Ad <i>for</i> Bob & "friends" \\N ] +1 ▲ Check-in' in drawn


def test_quick_layout_draws_the_band_below_the_rows(dot):
    sander = views(STAFFING)["sander"]
    source = pinned_source(sander, arrange(sander, RATIOS["none"]), "note")
    pos = dict(re.findall(r'\t+(x0_s\d|t\d+) \[.*?pos="[\d.]+,([\d.]+)"', source))
    for lane in sander.lanes:  # neato's y grows upwards: the band is below every node
        assert all(float(pos[n.id]) > float(pos[f"x0_{lane.id}"]) for n in lane.nodes)
    svg, _ = draw_pinned(source, "svg", "sander", dot)
    assert "+2 ▲▲" in " ".join(svg_texts(svg)["x0_s3"])


def test_the_example_with_its_band_fits_a4_and_is_deterministic(dot, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        render_plan(check_plan(STAFFING), "svg", out, ["sander"], page="a4")
    assert (first / "sander.svg").read_bytes() == (second / "sander.svg").read_bytes()
    box = ET.fromstring((first / "sander.svg").read_bytes()).get("viewBox")
    _, _, w, h = (float(v) for v in box.split())
    assert abs(w / h / RATIOS["a4"] - 1) < 0.04
    assert w / 72 <= 11.69 + 0.01


# --------------------------------------------------------------------------- Mermaid
def test_mermaid_puts_the_score_on_each_scored_touchpoint():
    texts = dict(map_texts([views(STAFFING)["sander"]], "mermaid"))
    text = texts["sander"]
    assert "<small>candidate experience#58; +2 ▲▲</small>" in text
    assert "<small>candidate experience#58; -1 ▼</small>" in text
    chat = next(ln for ln in text.splitlines() if "WhatsApp chat with" in ln)
    assert "candidate experience" not in chat  # a gap: no line, not a zero
    pool = next(ln for ln in text.splitlines() if "Talent pool#58;" in ln)
    assert pool.strip().startswith("t26[(") and pool.endswith(")]")
    assert re.search(r'  t26 -\.->\|"re-engagement<br>six months', text)
