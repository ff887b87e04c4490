"""The performance work must not change what a user sees: every fast path gives exactly what
the general path gives (findings, positions, messages, the model), on the examples, on a
generated plan and on random plans.

See docs/performance.md for what the fast paths are."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml.nodes import ScalarNode

from journeyplan.analysis.graph import JourneyIndex
from journeyplan.check.pipeline import check_plan
from journeyplan.plan import build, validator
from journeyplan.plan import format as plan_format
from journeyplan.plan.build import build_plan
from journeyplan.source import compose as loader
from journeyplan.source import scalars
from journeyplan.source.compose import load_files, read_plan_file
from journeyplan.source.scalars import PLAIN, resolve_scalar
from tests.common import CLEAN, EXAMPLES, check_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import generate


def dump(result) -> tuple:
    """Everything a check produces that a user can see, as plain data."""

    def model(o):
        if dataclasses.is_dataclass(o):
            return (type(o).__name__,) + tuple(
                model(getattr(o, f.name)) for f in dataclasses.fields(o)
            )
        if isinstance(o, (list, tuple)):
            return tuple(model(x) for x in o)
        if isinstance(o, dict):
            return tuple((k, model(v)) for k, v in o.items())
        return o

    findings = [
        (
            f.code,
            f.severity,
            f.question,
            f.location,
            f.key,
            sorted(f.args.items()),
            f.persona,
            f.subject,
        )
        for f in result.findings
    ]
    return findings, result.checklist, model(result.plan)


@pytest.fixture
def general_path(monkeypatch):
    """Make every file count alias visits, as a file with an alias does: that turns off
    the validator's fast mapping path (:meth:`journeyplan.plan.declare.Obj._passes_as_is`), so the mapping
    goes through :func:`journeyplan.plan.validator.mapping_pairs` as in the general case."""
    init = validator.Validator.__init__

    def counting_init(self, pf):
        init(self, pf)
        self.counting = True

    monkeypatch.setattr(validator.Validator, "__init__", counting_init)


PLANS: list[str] = []  # filled below: source texts of single-file plans


def _variants() -> list[str]:
    """CLEAN and the broken example, plus edits that hit the edges of the fast paths."""
    broken = (EXAMPLES / "broken" / "plan.yaml").read_text(encoding="utf-8")
    starter = (EXAMPLES / "starter" / "plan.yaml").read_text(encoding="utf-8")
    edits = [
        ("name: Video", "name: true"),
        ("name: Video", "name: 2027"),
        ("name: Video", "name:"),
        ("name: Video", "name: ~"),
        ("name: Video", "name: 'true'"),
        ("id: video", "id: 07"),
        ("id: video", "id: NULL"),
        ("id: video", "id: False"),
        ("id: video", 'id: "video"'),
        ("stage: find, channel", "stage: null, channel"),
        ("channel: insta,", "channel: 12,"),
        ("brand: [academy, honest]", "brand: [academy, true, ~, 5, '', honest]"),
        ("brand: [academy, honest]", "brand: [academy, !!str true, !x y]"),
        ("response_time: 2h", "response_time: true"),
        ("response_time: 2h", "response_time: 30"),
        ("response_time: 2h", "response_time: no"),
        ("response_time: 2h", "response_time: ''"),
        ("response_time: 2d}", "response_time: 2d, response_time: 3d}"),
        ("{id: video,", "{id: video, nmae: x,"),
        ("{id: video,", "{'id': video, x: 1,"),
        ("{id: video,", "{? [a]: b, id: video,"),
        ("{id: video,", "{~: x, id: video,"),
        ("{id: video,", "{<<: {entry: false}, id: video,"),
        ("{id: video,", "{id: video, stage: !!str find,"),
        ("{id: video,", "{id: video, x: !t y,"),
        ("motivations: [craft]", "motivations: [craft, 12, .5, -1, +2, .inf, 0x1f, yes, NO]"),
        ("motivations: [craft]", "motivations: [craft, ~, null, Null]"),
        (
            "  - {from: video, to: apply, event: clicked apply}",
            "  - {from: video, to: apply, event: clicked apply, delay: 1d}\n"
            "  - {from: video, to: apply, event: 'yes', delay: P2D}\n"
            "  - {from: video, to: apply, event: on, delay: 1.5h}\n"
            "  - {from: video, to: apply, event: x, delay: asap}\n"
            "  - {from: video, to: apply, event: x, delay: 2026-01-15}\n"
            "  - {from: video, to: apply, event: x, delay: FALSE}\n"
            "  - {from: video, to: apply, event: x, delay: 12}",
        ),
    ]
    out = [CLEAN, broken, starter]
    for old, new in edits:
        assert old in CLEAN, old
        out.append(CLEAN.replace(old, new, 1))
    return out


PLANS.extend(_variants())


@pytest.mark.parametrize("index", range(len(PLANS)))
def test_fast_and_general_paths_agree_on_plans(tmp_path, monkeypatch, index):
    fast = dump(check_text(tmp_path, PLANS[index]))
    with monkeypatch.context() as mp:
        init = validator.Validator.__init__

        def counting_init(self, pf):
            init(self, pf)
            self.counting = True

        mp.setattr(validator.Validator, "__init__", counting_init)
        general = dump(check_text(tmp_path, PLANS[index]))
    assert fast == general


def test_fast_and_general_paths_agree_on_examples_and_a_generated_plan(tmp_path, monkeypatch):
    plans = [
        EXAMPLES / "technical-staffing",
        EXAMPLES / "starter",
        EXAMPLES / "broken",
        generate.generate(tmp_path / "gen", 300, 12),
    ]
    fast = [dump(check_plan(p)) for p in plans]
    init = validator.Validator.__init__

    def counting_init(self, pf):
        init(self, pf)
        self.counting = True

    monkeypatch.setattr(validator.Validator, "__init__", counting_init)
    assert [dump(check_plan(p)) for p in plans] == fast


# ----------------------------------------------------------------- random mappings
KEYS = st.sampled_from(
    [
        "id",
        "name",
        "stage",
        "channel",
        "personas",
        "brand",
        "entry",
        "kind",
        "conversion",
        "nmae",
        "<<",
        "'id'",
        "~",
        "1",
        "true",
        "? [a]",
    ]
)
SCALARS = st.sampled_from(
    [
        "x",
        "find",
        "true",
        "no",
        "~",
        "''",
        "null",
        "12",
        "1.5",
        "-3",
        ".nan",
        "!!str true",
        "!!int 5",
        "!t y",
        "[a, b]",
        "{a: 1}",
        "[p1, true, ~]",
        "{goal: hire}",
        "&a [a]",
        "*a",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(KEYS, SCALARS), min_size=0, max_size=7))
def test_passes_as_is_only_when_pairs_passes_everything_through(pairs):
    text = "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"
    text = text.replace("*a", "x") if "&a" not in text.split("*a")[0] else text
    try:
        node = loader._PlanLoader(text).get_single_node()
    except yaml.YAMLError:
        return
    pf = loader.PlanFile("p.yaml", Path("p.yaml"), node, text)
    v = validator.Validator(pf)
    if plan_format.TOUCHPOINT._passes_as_is(node):
        assert list(validator.mapping_pairs(node, v)) == node.value
        assert v.findings == []


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.sampled_from(
            [
                "",
                "~",
                "null",
                "Null",
                "NULL",
                "nULL",
                "true",
                "True",
                "TRUE",
                "tRUE",
                "false",
                "False",
                "FALSE",
                "yes",
                "no",
                "on",
                "0",
                "1.5",
                "-.inf",
                ".NaN",
                "0x1F",
                "0o7",
                "+1",
                "nan",
                "Infinity",
                "n",
                "t",
                "f",
            ]
        ),
        st.text(max_size=6),
    )
)
def test_null_and_bool_words_are_what_the_resolver_says(text):
    node = ScalarNode(PLAIN, text, None, None)
    kind = resolve_scalar(node)
    assert (text in validator.NULL_WORDS) == (kind == scalars.NULL)
    assert (text in validator.BOOL_WORDS) == (kind == scalars.BOOL)


# ----------------------------------------------------------------- the depth pre-check
# The pre-check's decisions (when the exact event scan runs) are tested against libyaml
# itself in tests/hostile/test_limits.py; here only that the bound is still reported.


def test_depth_limit_still_reported_at_its_place(tmp_path):
    result = check_text(tmp_path, "plan:\n  name: x\nz: " + "[" * 250 + "]" * 250 + "\n")
    assert [
        (f.code, f.location.line, f.location.column) for f in result.findings if f.code == "JP014"
    ] == [("JP014", 3, 203)]


# ----------------------------------------------------------------- streaming and journeys
def test_check_drops_nodes_but_keeps_text_and_gives_the_same_result(tmp_path):
    plan = generate.generate(tmp_path / "gen", 200, 10)
    result = check_plan(plan)
    assert result.files and all(pf.root is None and pf.text for pf in result.files)
    base, files = load_files(plan)
    assert all(pf.root is not None for pf in files)
    model, findings = build_plan(files)
    assert dump(result)[2] == dump(type(result)(base, model, files, findings))[2]
    assert result.findings == []


def test_build_plan_takes_a_generator_and_reads_each_file_once(tmp_path):
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(f"target_groups: [{{id: {name[0]}}}]\n", encoding="utf-8")
    read = []

    def files():
        for p in sorted(tmp_path.glob("*.yaml")):
            read.append(p.name)
            yield read_plan_file(p, p.name)

    plan, _ = build_plan(files())
    assert read == ["a.yaml", "b.yaml"]
    assert plan.files == ["a.yaml", "b.yaml"]
    assert [g.id for g in plan.target_groups] == ["a", "b"]


def _reference_journey(plan, persona):
    """A persona's journey straight from the spec (plan-format.md), no index."""
    nodes = [t for t in plan.touchpoints if t.personas is None or persona.id in t.personas]
    ids = {t.id for t in nodes}
    edges = [
        tr
        for t in nodes
        for tr in plan.triggers
        if tr.source == t.id
        and tr.target in ids
        and (tr.personas is None or persona.id in tr.personas)
    ]
    return [t.id for t in nodes], [(tr.source, tr.target) for tr in edges]


def test_journeys_keep_plan_order_with_shared_and_own_touchpoints(tmp_path):
    text = CLEAN.replace(
        "\n  - {id: apply,",
        "\n  - {id: own1, name: O, stage: find, channel: insta, personas: [sam, sam]}\n"
        "  - {id: other, name: X, stage: find, channel: insta, personas: [kim, sam]}\n"
        "  - {id: apply,",
    ).replace(
        "  - {from: apply, to: ack, event: submitted}",
        "  - {from: apply, to: ack, event: submitted}\n"
        "  - {from: video, to: own1, event: a, personas: [sam]}\n"
        "  - {from: own1, to: apply, event: b}\n"
        "  - {from: other, to: apply, event: c, personas: [kim]}",
    )
    text = text.replace("personas:\n", "personas:\n  - {id: kim, name: Kim, target_group: techs}\n")
    result = check_text(tmp_path, text)
    assert [p.id for p in result.plan.personas] == ["kim", "sam"]
    index = JourneyIndex(result.plan)
    for p in result.plan.personas:
        j = index.journey(p)
        assert (
            [t.id for t in j.nodes],
            [(tr.source, tr.target) for tr in j.edges],
        ) == _reference_journey(result.plan, p)
    sam = index.journey(result.plan.personas[1])
    assert [t.id for t in sam.nodes][:3] == ["video", "own1", "other"]


# ----------------------------------------------------------------- the garbage collector
def test_check_plan_pauses_the_collector_and_restores_it(tmp_path, monkeypatch):
    import gc

    seen = []
    original = build.build_plan

    def spy(files):
        seen.append(gc.isenabled())
        return original(files)

    monkeypatch.setattr("journeyplan.check.pipeline.build_plan", spy)
    assert gc.isenabled()
    check_text(tmp_path, CLEAN)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        check_text(tmp_path, CLEAN)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_only_the_console_entry_point_turns_the_collector_off(tmp_path):
    import gc
    import subprocess

    from typer.testing import CliRunner

    from journeyplan.cli import app

    (tmp_path / "plan.yaml").write_text(CLEAN, encoding="utf-8")
    assert CliRunner().invoke(app, ["check", str(tmp_path)]).exit_code == 0
    assert gc.isenabled()  # a program that calls the commands keeps its collector
    code = (
        "import gc, sys\nfrom journeyplan import cli\n"
        "sys.argv = ['journeyplan', '--version']\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "print(gc.isenabled())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.splitlines()[-1] == "False", out.stderr


# ----------------------------------------------------------------- the checklist table
class _Terminal:
    """A text stream that says it is a terminal, so rich takes its width from COLUMNS."""

    def __init__(self) -> None:
        import io

        self.buffer = io.StringIO()

    def write(self, text: str) -> int:
        return self.buffer.write(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("width", [12, 20, 28, 40, 60, 80, 200])
def test_checklist_table_renders_the_same_with_shared_verdict_cells(tmp_path, monkeypatch, width):
    from journeyplan.report import text as text_report
    from journeyplan.report.base import ReportOptions

    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.delenv("NO_COLOR", raising=False)
    plans = [
        check_plan(EXAMPLES / "broken"),
        check_plan(EXAMPLES / "technical-staffing"),
        check_plan(generate.generate(tmp_path / "gen", 200, 10)),
        check_text(
            tmp_path,
            CLEAN.replace("motivations: [craft]", "motivations: []").replace(
                "name: Sam", "name: Sam, a persona with a long name"
            ),
        ),
    ]

    def render(result, color: bool) -> str:
        out = _Terminal()
        text_report.TextReporter(ReportOptions(color=color)).write(result, out)
        return out.buffer.getvalue()

    shared = [render(r, c) for r in plans for c in (True, False)]
    monkeypatch.setattr(text_report, "_SameCell", lambda text: text)  # plain rich Text
    assert [render(r, c) for r in plans for c in (True, False)] == shared
    assert any("\x1b[" in out for out in shared)  # colours were on
