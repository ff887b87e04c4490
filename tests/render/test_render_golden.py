"""Golden maps and determinism: the same plan gives byte-identical DOT and Mermaid, every run.

Golden files live in tests/golden/render/<case>/<map>.<dot|mmd>; after an intended change
to the maps, look at the diff and run ``python -m tests.regenerate_golden``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeyplan.check.pipeline import check_plan
from journeyplan.render import map_texts
from journeyplan.render.mermaid import escape_line as mermaid_escape
from journeyplan.render.view import (
    PALETTE,
    channel_colour,
    map_views,
    percent,
    text_lines,
    wrap,
)
from tests.common import EXAMPLES
from tests.regenerate_golden import CASES, GOLDEN, golden_files, stale_files
from tests.render_common import TRICKY

ROOT = GOLDEN.parent.parent.parent
EXPECTED = golden_files()


@pytest.mark.parametrize("path", sorted(EXPECTED), ids=lambda p: str(p.relative_to(GOLDEN)))
def test_map_matches_golden_file(path):
    assert path.exists(), "golden file missing: run python -m tests.regenerate_golden"
    assert path.read_text(encoding="utf-8") == EXPECTED[path], (
        "the map changed: check the diff, then run python -m tests.regenerate_golden"
    )


def test_no_stale_golden_files():
    assert stale_files(EXPECTED) == []


def test_every_case_has_one_map_per_usable_persona_plus_overview():
    names = {
        case: sorted(p.stem for p in EXPECTED if p.parent.name == case and p.suffix == ".dot")
        for case in CASES
    }
    assert names == {
        "technical-staffing": ["lisa", "overview", "ruud", "sander"],
        "starter": ["daan", "overview"],
        "broken": ["bram", "eva", "overview"],
        "tricky": ["overview", "p1"],
    }


def test_byte_identical_across_processes_and_hash_seeds(tmp_path):
    """Runs in fresh interpreters with different hash seeds write the same bytes."""
    plans = [str(TRICKY), str(EXAMPLES / "technical-staffing")]
    code = (
        "import sys; from journeyplan.render import render_plan\n"
        "from journeyplan.check.pipeline import check_plan\n"
        "for i, plan in enumerate(sys.argv[2:]):\n"
        "    for fmt in ('dot', 'mermaid'):\n"
        "        render_plan(check_plan(plan), fmt, f'{sys.argv[1]}/{i}-{fmt}')\n"
    )
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        subprocess.run(
            [sys.executable, "-c", code, str(out), *plans],
            check=True,
            env=dict(os.environ, PYTHONHASHSEED=seed),
            cwd=ROOT,
        )
        outputs.append(
            {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
        )
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == 2 * ((2 + 1) + (4 + 1))  # maps and a manifest per plan, format


# --------------------------------------------------------------------------- the view
def test_channel_colour_follows_the_plan_channel_list_on_every_map():
    plan = check_plan(EXAMPLES / "technical-staffing").plan
    position = {c.id: i for i, c in enumerate(plan.channels)}
    name_to_id = {c.label: c.id for c in plan.channels}
    seen: dict[str, set[str]] = {}
    for view in map_views(plan):
        for node in view.nodes:
            seen.setdefault(node.channel, set()).add(node.colour)
    for name, colours in seen.items():
        assert colours == {PALETTE[position[name_to_id[name]] % len(PALETTE)]}, name
    assert len({channel_colour(i) for i in range(len(PALETTE))}) == len(PALETTE)


def test_views_say_what_a_consultant_needs_to_see():
    plan = check_plan(EXAMPLES / "technical-staffing").plan
    sander, *_, overview = map_views(plan)
    assert [lane.title for lane in sander.lanes] == ["Find", "Attract", "Engage", "Bind"]
    nodes = {n.name: n for n in sander.nodes}
    apply = nodes["Apply in 60 seconds on WhatsApp"]
    assert (apply.kind, apply.badge) == ("conversion", "CONVERSION: application · target 4%")
    assert nodes["Application acknowledged, with a date"].promise == "hears back within 2 days"
    assert nodes["Honest no, with feedback and a free training day"].badge == (
        "REJECTION with feedback"
    )
    assert nodes["Talent pool: re-engage in 6 months"].kind == "talent_pool"
    assert [n.name for n in sander.entries] == [
        "Day-in-the-life reel by Jeroen, service electrician"
    ]
    delays = {(e.source, e.target): e.delay for e in sander.edges}
    ids = {n.name: n.id for n in sander.nodes}
    assert (
        delays[
            ids["Talent pool: re-engage in 6 months"], ids["Six-month check-in with a new story"]
        ]
        == "after 26 weeks"
    )
    assert (
        delays[
            ids["Day-in-the-life reel by Jeroen, service electrician"],
            ids["Vacancy page presented by Jeroen, pay on top"],
        ]
        is None  # no delay is the default and is not printed
    )
    over = {n.name: n for n in overview.nodes}
    assert over["Offer and contract"].personas == "for every persona"
    assert over["Apply in 60 seconds on WhatsApp"].personas == ("for Sander, service electrician")
    assert len(overview.entries) == 4


@pytest.mark.parametrize(
    "rate, text",
    [(0.04, "4%"), (0.125, "12.5%"), (1, "100%"), (0.1, "10%"), (0, "0%"), (0.3333, "33.33%")],
)
def test_percent(rate, text):
    assert percent(rate) == text


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab \t.\u00e9"), max_size=60),
    st.integers(min_value=1, max_value=30),
)
def test_wrapping_never_loses_or_cuts_text(line, width):
    pieces = wrap(line, width)
    assert " ".join(pieces) == line
    for piece in pieces:  # a piece is too long only when it has no place to break
        assert len(piece) <= width or not re.search(r"(?<=\S) (?=\S)", piece)


def test_text_lines_keep_own_line_breaks():
    assert text_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert text_lines("one two three", 7) == ["one two", "three"]


@pytest.mark.parametrize(
    "text, escaped",
    [
        ('say "hi"', "say #34;hi#34;"),
        ("#35; & <b>", "#35;35#59; #38; #60;b#62;"),
        ("a|b]c[d{e}f(g)h:i;j`k", "a#124;b#93;c#91;d#123;e#125;f#40;g#41;h#58;i#59;j#96;k"),
        ("style: end", "#115;tyle#58; end"),
        ("café 😀", "café 😀"),
        ("\u00b6\u00df \ufb02\u00b0", "#182;\u00df #64258;\u00b0"),
        ("esc\x1b", "esc#92;x1b"),
    ],
)
def test_mermaid_escaping(text, escaped):
    assert mermaid_escape(text) == escaped


def test_mermaid_structure_user_text_never_becomes_syntax():
    """Every line of a Mermaid map is one of the statements journeyplan writes; user text only
    appears inside double-quoted labels that hold no double quote."""
    plan = check_plan(TRICKY).plan
    statement = re.compile(
        r'(---|title: ".*"|%% journeyplan journey map: [a-z0-9_-]+|flowchart LR'
        r'|  subgraph s\d+\["[^"]*"\]|  end'
        r'|    t\d+(\("[^"]*"\)|\(\["[^"]*"\]\)|\[/"[^"]*"\\\]|\[\["[^"]*"\]\])'
        r'|  empty\["[^"]*"\]|  jp_start\(\(" "\)\)|  jp_start --> t\d+'
        r'|  t\d+ -->(\|"[^"]*"\|)? t\d+'
        r'|  subgraph jp_legend\[" "\]|    direction TB|    lg\d+\["[^"]*"\]'
        r'|  classDef \w+ [^"]*|  class [\w,]+ \w+)\Z'
    )
    for name, text in map_texts(map_views(plan), "mermaid"):
        assert text.endswith("\n")
        for line in text.splitlines():
            assert statement.match(line), (name, line)
