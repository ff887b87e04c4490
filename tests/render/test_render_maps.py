"""Maps a consultant puts in front of a client (issue 14): columns in stage order with one
top edge, a shape that fits a page, quiet edges, a colour per channel, one PDF, and any
plan size within a layout budget.

Tests that lay out need Graphviz: skipped without it, failing under CI=true.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from benchmarks.dense import generate as generate_dense
from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from journeyplan.cli.render import RenderPage
from journeyplan.render import PAGES
from journeyplan.render import render_plan as _render_plan
from journeyplan.render.colours import PALETTE, channel_colours, distance
from journeyplan.render.layout import MAX_RATIO, layers
from journeyplan.render.mermaid import to_mermaid
from journeyplan.render.view import map_views, spoken_duration
from tests.common import EXAMPLES
from tests.regenerate_golden import CASES
from tests.render_common import SVG_NS, TRICKY, require_dot

STAFFING = EXAMPLES / "technical-staffing"


def render_plan(path, *args, **kwargs):
    """Check the plan at PATH and draw its maps, as the CLI does."""
    return _render_plan(check_plan(path), *args, **kwargs)


def test_cli_page_choices_are_the_render_pages():
    assert [p.value for p in RenderPage] == list(PAGES)


def viewbox(svg: bytes) -> tuple[float, float]:
    box = ET.fromstring(svg).get("viewBox")
    assert box is not None
    _, _, w, h = (float(v) for v in box.split())
    return w, h


def lane_boxes(svg: bytes) -> dict[str, tuple[float, float, float, float]]:
    """Cluster title (cluster_s0 ...) -> (left, top, right, bottom) of its outline."""
    root = ET.fromstring(svg)
    out = {}
    for group in root.iter(f"{SVG_NS}g"):
        title = group.find(f"{SVG_NS}title")
        if title is None or not (title.text or "").startswith("cluster_"):
            continue
        shape = group.find(f"{SVG_NS}path")
        if shape is None:
            shape = group.find(f"{SVG_NS}polygon")
        nums = [
            float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", shape.get("d") or shape.get("points"))
        ]
        xs, ys = nums[0::2], nums[1::2]
        out[title.text] = (min(xs), min(ys), max(xs), max(ys))
    return out


@pytest.fixture(scope="module")
def dot() -> str:
    return require_dot()


def svgs(tmp_path, path, *args, **kwargs) -> dict[str, bytes]:
    out = tmp_path / "maps"
    render_plan(path, "svg", out, *args, **kwargs)
    return {p.stem: p.read_bytes() for p in sorted(out.glob("*.svg"))}


# --------------------------------------------------------------------------- layout
@pytest.mark.parametrize("case", ["technical-staffing", "starter", "tricky", "dense"])
def test_columns_in_stage_order_share_one_top_edge_and_fit_the_ratio(dot, tmp_path, case):
    path = CASES.get(case)
    if case == "dense":
        path = generate_dense(tmp_path / "dense", personas=2, per_persona=40)
    plan = check_plan(path).plan
    views = {v.name: v for v in map_views(plan, lang=plan.language or "en")}
    for name, svg in svgs(tmp_path, path).items():
        boxes = lane_boxes(svg)
        lanes = [f"cluster_{lane.id}" for lane in views[name].lanes]
        assert sorted(boxes) == sorted(lanes), name
        lefts = [boxes[lane][0] for lane in lanes]
        assert lefts == sorted(lefts), f"{name}: columns not in stage order"
        tops = {round(boxes[lane][1]) for lane in lanes}
        assert max(tops) - min(tops) <= 1, f"{name}: staircase, tops {tops}"
        if name != "overview" and case != "dense":  # the realistic plans and the examples
            w, h = viewbox(svg)
            assert w / h <= MAX_RATIO, f"{case}/{name}: {w:.0f}x{h:.0f} is wider than 2.5:1"


def test_unstaged_lane_comes_first():
    plan = check_plan(TRICKY).plan
    view = map_views(plan)[0]
    assert view.lanes[0].title == "(no stage)"


def test_layers_follow_the_stage_s_own_triggers_and_ignore_loops():
    assert layers(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "a"), ("a", "d")]) == [
        ["a"],
        ["b", "d"],
        ["c"],
    ]


@pytest.mark.parametrize("page, ratio", [("a4", 297 / 210), ("slide", 16 / 9), ("a3", 420 / 297)])
def test_page_sets_size_and_ratio(dot, tmp_path, page, ratio):
    maps = svgs(tmp_path, STAFFING, ["sander"], page=page)
    for name, svg in maps.items():
        w, h = viewbox(svg)
        assert abs(w / h / ratio - 1) < 0.04, (name, w, h)  # the page shape, within 4%
    w, _ = viewbox(maps["sander"])
    inches = {"a4": 11.69, "a3": 16.54, "slide": 13.33}[page]
    assert w / 72 <= inches + 0.01


# --------------------------------------------------------------------------- labels
def test_quiet_edges_and_delays_in_the_plan_s_language():
    assert spoken_duration(2880) == "2 days"
    assert spoken_duration(2880, "nl") == "2 dagen"
    assert spoken_duration(60) == "1 hour"
    assert spoken_duration(1440, "nl") == "1 dag"
    assert spoken_duration(10080 * 26) == "26 weeks"
    assert spoken_duration(90) == "90 minutes"
    plan = check_plan(STAFFING).plan
    sander = map_views(plan)[0]
    delays = {e.delay for e in sander.edges}
    assert "after 2 days" in delays
    assert not any(d and "immediately" in d for d in delays)
    nl = map_views(plan, lang="nl")[0]
    assert "na 2 dagen" in {e.delay for e in nl.edges}


def test_persona_card_on_its_map(dot, tmp_path):
    from tests.render_common import svg_texts

    texts = svg_texts(svgs(tmp_path, STAFFING, ["sander"])["sander"])["graph"]
    joined = " ".join(texts)
    assert "What drives them" in joined and "What puts them off" in joined
    assert "latent job seeker" in joined


# --------------------------------------------------------------------------- colours
def test_every_channel_gets_a_distinct_colour_however_many():
    for n in (1, 8, 9, 12, 30):
        colours = channel_colours([None] * n)
        assert len(set(colours)) == n
        assert colours[:8] == list(PALETTE[: min(n, 8)])
        assert min((distance(a, b) for a, b in itertools.combinations(colours, 2)), default=99) > 10


def test_up_to_fifteen_channels_keep_the_colours_they_had():
    """The first tints after the palette are those journeyplan 1.0 gave; from the 16th
    channel on, the lowered distance carries over to later channels (linear time)."""
    assert channel_colours([None] * 15)[8:] == [
        "#E6C2A8",
        "#9289D2",
        "#CCF3C4",
        "#D1A8E6",
        "#ADD289",
        "#A8E6E1",
        "#C4C6F3",
    ]


def test_thousands_of_channels_get_distinct_light_colours():
    """Past the wheel's few thousand tints, any light colour not given yet: never a
    colour twice, never a fill black text cannot be read on, and no endless search."""
    from journeyplan.render.colours import is_dark

    for n in (745, 3000):
        colours = channel_colours([None] * n)
        assert len(set(colours)) == n
        assert not any(is_dark(c) for c in colours)
        assert colours == channel_colours([None] * n)  # deterministic
    mixed = channel_colours(["#77aadd", None] * 500)
    assert len(set(mixed)) == 501 and mixed[::2] == ["#77AADD"] * 500


def test_own_colour_wins_and_the_palette_keeps_away_from_it():
    assert channel_colours(["#77aadd", None, None]) == ["#77AADD", "#EE8866", "#EEDD88"]


def test_plan_channel_color_is_used_on_every_map_and_in_mermaid(tmp_path):
    text = (STAFFING / "channels.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "    type: social\n    media: paid\n",
        '    type: social\n    media: paid\n    color: "#EE7733"\n',
        1,
    )
    folder = tmp_path / "plan"
    folder.mkdir()
    for f in STAFFING.rglob("*.yaml"):
        target = folder / f.relative_to(STAFFING)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            text if f.name == "channels.yaml" else f.read_text(encoding="utf-8"), encoding="utf-8"
        )
    plan = check_plan(folder).plan
    assert plan.channels[0].color == "#EE7733"
    for view in map_views(plan):
        insta = {n.colour for n in view.nodes if n.channel.startswith("Instagram")}
        assert insta <= {"#EE7733"}
        others = {n.colour for n in view.nodes if not n.channel.startswith("Instagram")}
        assert "#EE7733" not in others  # no other channel gets the plan's own colour
        if insta:
            assert "fill:#EE7733" in to_mermaid(view)


def test_twelve_channels_are_twelve_colours_in_the_legend():
    plan = check_plan(generate_dense_plan_path()).plan
    overview = map_views(plan)[-1]
    assert len({c.colour for c in overview.channels}) == len(overview.channels) == 12
    mermaid = to_mermaid(overview)
    assert mermaid.count("    lg") == 12  # the legend


@functools.cache
def generate_dense_plan_path():
    import tempfile
    from pathlib import Path

    return generate_dense(Path(tempfile.mkdtemp()) / "dense", personas=2, per_persona=30)


# --------------------------------------------------------------------------- pdf, selection
def test_pdf_is_one_document_overview_first(dot, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "maps"
    result = render_plan(STAFFING, "pdf", out)
    assert [p.name for p in result.written] == ["journey-maps.pdf"]
    data = (out / "journey-maps.pdf").read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 4
    assert "overview" in reader.pages[0].extract_text()
    assert "Sander" in reader.pages[1].extract_text()
    render_plan(STAFFING, "pdf", out)
    assert (out / "journey-maps.pdf").read_bytes() == data  # same plan, same bytes


def test_persona_overview_draws_the_overview_alone(tmp_path):
    out = tmp_path / "maps"
    result = CliRunner().invoke(
        app, ["render", str(STAFFING), "-o", str(out), "-f", "dot", "-p", "overview"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.dot")) == ["overview.dot"]


def test_stage_draws_part_of_every_map(tmp_path):
    out = tmp_path / "maps"
    result = CliRunner().invoke(
        app, ["render", str(STAFFING), "-o", str(out), "-f", "dot", "--stage", "bind"]
    )
    assert result.exit_code == 0, result.output
    text = (out / "sander.dot").read_text(encoding="utf-8")
    assert "Bind" in text and "Find</B>" not in text and "stages: Bind" in text
    result = CliRunner().invoke(
        app, ["render", str(STAFFING), "-o", str(out), "-f", "dot", "--stage", "bnd"]
    )
    assert result.exit_code == 2
    assert "no stage 'bnd' in the plan (did you mean 'bind'?)" in result.stderr


# --------------------------------------------------------------------------- any size
def test_layout_budget_kills_dot_and_falls_back(dot, tmp_path, monkeypatch):
    """A Graphviz that never finishes is killed after --timeout and the map is drawn with
    the quick layout (the overview by stage and channel)."""
    import os

    from journeyplan.render import output

    real = output.run_dot
    pids = tmp_path / "pids"

    def hanging(source, fmt, name, dot=None, timeout=None, engine="dot", extra=()):
        if engine == "dot" and fmt == "dot":  # the full layout's first pass hangs
            script = tmp_path / "hang"
            script.write_text(f"#!/bin/sh\necho $$ >> {pids}\nsleep 60 & wait\n", encoding="utf-8")
            script.chmod(0o755)
            return real(source, fmt, name, str(script), timeout, engine, extra)
        return real(source, fmt, name, dot, timeout, engine, extra)

    monkeypatch.setattr(output, "run_dot", hanging)
    events = []
    out = tmp_path / "maps"
    result = render_plan(STAFFING, "svg", out, ["sander"], timeout=1, progress=events.append)
    assert result.layouts == [("sander", "quick"), ("overview", "summary")]
    assert [e.layout for e in events if e.step == "done"] == ["quick", "summary"]
    assert b"quick layout" in (out / "sander.svg").read_bytes()
    # the budget running out is the documented fallback, not a Graphviz failure to warn of
    assert result.warnings == []
    for pid in pids.read_text().split():  # no orphan left behind
        with pytest.raises(ProcessLookupError):
            os.kill(int(pid), 0)


def test_cli_prints_a_progress_line_per_map(dot, tmp_path):
    out = tmp_path / "maps"
    result = CliRunner().invoke(
        app, ["render", str(EXAMPLES / "starter"), "-o", str(out), "--timeout", "30"]
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("map ")]
    assert [line.split(" (")[0] for line in lines] == ["map 1/2: daan", "map 2/2: overview"]


def test_large_overview_is_drawn_by_stage_and_channel(dot, tmp_path):
    path = generate_dense(tmp_path / "dense", personas=3, per_persona=40)
    result = render_plan(path, "svg", tmp_path / "maps", ["persona-0"])
    assert dict(result.layouts)["overview"] == "summary"
    assert dict(result.layouts)["persona-0"] == "full"
    svg = (tmp_path / "maps" / "overview.svg").read_bytes()
    assert b"overview by stage and channel" in svg
    assert b"touchpoints" in svg
