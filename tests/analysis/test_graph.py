"""The journey graph (graph.JourneyIndex): who is in which journey, where it starts, what
is reachable -- on small hand-made plans and on large generated ones, which only finish
because every graph check is linear in touchpoints + triggers (no path enumeration)."""

from __future__ import annotations

from journeyplan.analysis.graph import JourneyIndex
from journeyplan.check.pipeline import run_rules
from journeyplan.plan.model import (
    BrandElement,
    Channel,
    Conversion,
    EmployerBrand,
    Persona,
    Plan,
    Stage,
    TargetGroup,
    Touchpoint,
    Trigger,
)
from tests.common import check_text, line_of, report


def tp(
    id: str, *, personas=None, entry=False, goal=None, kind="contact", channel="a"
) -> Touchpoint:
    return Touchpoint(
        id=id,
        stage="s",
        channel=channel,
        personas=personas,
        entry=entry,
        conversion=Conversion(goal=goal) if goal else None,
        kind=kind,
    )


def tr(source: str, target: str, personas=None) -> Trigger:
    return Trigger(source=source, target=target, event="next", personas=personas)


def make_plan(touchpoints, triggers, personas=("p",)) -> Plan:
    return Plan(
        personas=[Persona(id=p) for p in personas],
        touchpoints=list(touchpoints),
        triggers=list(triggers),
        stages=[Stage(id="s")],
        channels=[Channel(id="a", type="social"), Channel(id="b", type="email")],
    )


def journey(plan: Plan, persona: str = "p"):
    index = JourneyIndex(plan)
    return index.journey(next(p for p in plan.personas if p.id == persona))


def ids(touchpoints) -> list[str]:
    return [t.id for t in touchpoints]


# --------------------------------------------------------------------------- entries
def test_entries_are_touchpoints_without_incoming_trigger():
    plan = make_plan([tp("x"), tp("y"), tp("z"), tp("w")], [tr("x", "y"), tr("y", "z")])
    assert ids(journey(plan).entries) == ["x", "w"]


def test_explicit_entries_replace_the_default():
    # y has an incoming trigger but is marked; x has none but is not: only y is an entry
    plan = make_plan([tp("x"), tp("y", entry=True), tp("z")], [tr("x", "y"), tr("y", "z")])
    j = journey(plan)
    assert ids(j.entries) == ["y"]
    assert j.reachable == {"y", "z"}


def test_journey_without_entry_reaches_nothing():
    plan = make_plan([tp("x"), tp("y")], [tr("x", "y"), tr("y", "x")])
    j = journey(plan)
    assert j.entries == []
    assert j.reachable == set()


# --------------------------------------------------------------------------- membership
def test_touchpoint_without_personas_is_in_every_journey():
    plan = make_plan(
        [tp("shared"), tp("mine", personas=["p"]), tp("theirs", personas=["q"])],
        [],
        personas=("p", "q"),
    )
    assert ids(journey(plan, "p").nodes) == ["shared", "mine"]
    assert ids(journey(plan, "q").nodes) == ["shared", "theirs"]


def test_journey_keeps_plan_order_when_mixing_shared_and_own():
    plan = make_plan([tp("a1", personas=["p"]), tp("s1"), tp("a2", personas=["p"]), tp("s2")], [])
    assert ids(journey(plan).nodes) == ["a1", "s1", "a2", "s2"]


def test_trigger_with_personas_applies_only_to_them():
    plan = make_plan(
        [tp("x", entry=True), tp("y"), tp("z")],
        [tr("x", "y", personas=["p"]), tr("x", "z", personas=["q"])],
        personas=("p", "q"),
    )
    assert [(e.source, e.target) for e in journey(plan, "p").edges] == [("x", "y")]
    assert [(e.source, e.target) for e in journey(plan, "q").edges] == [("x", "z")]
    assert journey(plan, "p").reachable == {"x", "y"}
    assert journey(plan, "q").reachable == {"x", "z"}


def test_trigger_for_another_persona_leaves_an_entry():
    # without marked entries, z has no incoming trigger in p's journey: an entry for p
    plan = make_plan(
        [tp("x"), tp("y"), tp("z")],
        [tr("x", "y"), tr("y", "z", personas=["q"])],
        personas=("p", "q"),
    )
    assert ids(journey(plan, "p").entries) == ["x", "z"]
    assert ids(journey(plan, "q").entries) == ["x"]


def test_trigger_to_a_touchpoint_outside_the_journey_is_not_an_edge():
    plan = make_plan([tp("x"), tp("y", personas=["q"])], [tr("x", "y")], personas=("p", "q"))
    assert journey(plan, "p").edges == []
    assert journey(plan, "p").succ == {}
    assert len(journey(plan, "q").edges) == 1


# --------------------------------------------------------------------------- shape
def test_cycles_and_branches():
    #   x -> y -> z -> y (cycle), y -> w (branch), w -> x (back to start); u unreachable
    plan = make_plan(
        [tp("x", entry=True), tp("y"), tp("z"), tp("w"), tp("u"), tp("v")],
        [tr("x", "y"), tr("y", "z"), tr("z", "y"), tr("y", "w"), tr("w", "x"), tr("u", "v")],
    )
    j = journey(plan)
    assert j.reachable == {"x", "y", "z", "w"}
    assert sorted(t.target for t in j.succ["y"]) == ["w", "z"]


def test_self_loop_is_fine_from_a_marked_entry():
    plan = make_plan([tp("x", entry=True), tp("y", goal="hire")], [tr("x", "x"), tr("x", "y")])
    assert journey(plan).reachable == {"x", "y"}


def test_self_loop_is_an_incoming_trigger():
    # a reminder that loops back onto the first touchpoint takes away its default entry
    plan = make_plan([tp("x"), tp("y", goal="hire")], [tr("x", "x"), tr("x", "y")])
    assert journey(plan).entries == []


def test_channels_and_stages_in_order_of_first_use():
    plan = make_plan([tp("x", channel="b"), tp("y", channel="a"), tp("z", channel="b")], [])
    j = journey(plan)
    assert j.channels == ["b", "a"]
    assert j.stages == ["s"]


def test_journey_without_entry_is_jp406_in_a_plan(tmp_path):
    text = """\
    channels: [{id: a}, {id: b}]
    personas: [{id: p, channels: [a, b]}]
    touchpoints:
      - {id: x, stage: awareness, channel: a}
      - {id: y, stage: hire, channel: b, kind: exit}
    triggers:
      - {from: x, to: y, event: goes on}
      - {from: y, to: x, event: comes back}
    """
    result = check_text(tmp_path, text)
    jp4 = [r for r in report(result) if r[0].startswith("JP4")]
    assert jp4 == [("JP406", 4, "error", line_of(text, "{id: p"), 17)]


# --------------------------------------------------------------------------- large graphs
def complete_plan(touchpoints, triggers) -> Plan:
    """A plan around generated touchpoints with everything else in place, so that the
    rules have nothing to say about anything but the graph."""
    plan = make_plan(touchpoints, triggers)
    plan.target_groups = [TargetGroup(id="g", description="d")]
    plan.personas[0].target_group = "g"
    plan.personas[0].motivations = ["m"]
    plan.personas[0].channels = ["a", "b"]
    plan.brand = EmployerBrand(
        proposition="p",
        qualifiers=[BrandElement(id="q", role="qualifier")],
        winners=[BrandElement(id="w", role="winner")],
        personality=[BrandElement(id="t", role="personality")],
    )
    touchpoints[0].brand = ["q", "w", "t"]
    return plan


def tail():
    return [tp("rej", channel="b", kind="rejection"), tp("hire", channel="b", goal="hire")]


def tail_edges(last: str):
    return [tr(last, "rej"), tr(last, "hire")]


def test_long_chain_is_reached_to_the_end():
    n = 20_000
    nodes = [tp(f"t{i}") for i in range(n)] + tail()
    nodes[-2].feedback = True
    edges = [tr(f"t{i}", f"t{i + 1}") for i in range(n - 1)] + tail_edges(f"t{n - 1}")
    plan = complete_plan(nodes, edges)
    j = journey(plan)
    assert ids(j.entries) == ["t0"]
    assert len(j.reachable) == n + 2
    assert run_rules(plan) == []


def test_long_chain_broken_in_the_middle():
    n = 20_000
    nodes = [tp(f"t{i}") for i in range(n)] + tail()
    nodes[-2].feedback = True
    nodes[0].entry = True
    edges = [tr(f"t{i}", f"t{i + 1}") for i in range(n - 1) if i != n // 2]
    plan = complete_plan(nodes, edges + tail_edges(f"t{n - 1}"))
    found = run_rules(plan)
    by_code: dict[str, list[str]] = {}
    for f in found:
        by_code.setdefault(f.code, []).append(f.subject)
    assert by_code.pop("JP404") == [f"t{n // 2}"]  # nothing leads on
    assert by_code.pop("JP403") == [f"t{i}" for i in range(n // 2 + 1, n)] + ["rej", "hire"]
    assert by_code.pop("JP303") == ["hire"]  # the goal is cut off
    assert by_code == {}


def test_dense_cyclic_graph():
    # every touchpoint triggers every other one: n * (n - 1) edges and more paths than
    # could ever be listed; reachability is still one breadth-first pass
    n = 300
    nodes = [tp(f"t{i}", channel="ab"[i % 2]) for i in range(n)] + tail()
    nodes[-2].feedback = True
    nodes[0].entry = True
    edges = [tr(f"t{i}", f"t{k}") for i in range(n) for k in range(n) if i != k]
    plan = complete_plan(nodes, edges + tail_edges(f"t{n - 1}"))
    j = journey(plan)
    assert len(j.edges) == n * (n - 1) + 2
    assert len(j.reachable) == n + 2
    assert run_rules(plan) == []


def test_dense_cyclic_graph_without_entry():
    n = 300
    nodes = [tp(f"t{i}") for i in range(n)]
    edges = [tr(f"t{i}", f"t{k}") for i in range(n) for k in range(n) if i != k]
    plan = complete_plan(nodes, edges)
    j = journey(plan)
    assert j.entries == [] and j.reachable == set()
    assert {f.code for f in run_rules(plan)} == {"JP302", "JP401", "JP406", "JP508"}


def test_generated_chain_through_the_whole_pipeline(tmp_path):
    # the same shape as YAML, through loader, validator and rules (smaller: YAML parsing
    # is the slow part, not the graph)
    n = 2_000
    lines = [
        "plan: {name: Chain, stages: [{id: s}]}",
        "employer_brand: {proposition: p, qualifiers: [{id: q}], winners: [{id: w}], "
        "personality: [{id: t}]}",
        "target_groups: [{id: g, description: d}]",
        "personas: [{id: p, target_group: g, motivations: [m], channels: [a, b]}]",
        "channels: [{id: a, type: social}, {id: b, type: email}]",
        "touchpoints:",
        "  - {id: t0, stage: s, channel: a, brand: [q, w, t]}",
    ]
    lines += [f"  - {{id: t{i}, stage: s, channel: a}}" for i in range(1, n)]
    lines += [
        "  - {id: apply, stage: s, channel: b, conversion: {goal: application}}",
        "  - {id: ack, stage: s, channel: b, response_time: 3d}",
        "  - {id: rej, stage: s, channel: b, kind: rejection, feedback: true}",
        "triggers:",
    ]
    lines += [f"  - {{from: t{i}, to: t{i + 1}, event: e}}" for i in range(n - 1)]
    lines += [
        f"  - {{from: t{n - 1}, to: apply, event: e}}",
        "  - {from: apply, to: ack, event: e}",
        "  - {from: ack, to: rej, event: e}",
    ]
    result = check_text(tmp_path, "\n".join(lines) + "\n")
    assert report(result) == []
    assert result.checklist == [("p", {q: "pass" for q in range(1, 6)})]
