"""The forecast: will the plan deliver the hires, when, and at what cost.

From a validated plan (plan format 1.1, "Forecast fields"): per persona, its journey is a
cohort Markov chain (:mod:`journeyplan.analysis.markov`) whose states are its touchpoints;
``Q[i][j]`` sums the ``rate`` of the persona's triggers from i to j; people start at its
entries, ``reach`` each. :func:`forecast` returns, per persona, the reach, the expected
conversions at each conversion point (``sum over entries e of reach(e) * N[e][c]``), their
share of the reach against ``conversion.target_rate``, the mean time (minutes) until those
who reach a conversion point first reach it, the cost (the channels' budgets split over
personas in proportion to their expected visits to touchpoints on the channel), cost per
application and per hire, and the bottleneck: the triggers whose rate moves the expected
hires most (elasticity). Per target group the sum over its personas, and plan totals.

A figure that cannot be computed is ``None``, and :attr:`Forecast.problems` says why and
where (a missing rate or reach, rates over 1, a loop nobody leaves, a reach that does not
belong where it is written). Only what the problem touches is ``None``: the touchpoints
downstream of a missing rate, of an entry without reach, of a touchpoint whose rates sum
to more than 1, or of a loop. The rules of the checklist (questions 1, 3 and 4) report
the same problems as findings; this module never reports, prints or imports a terminal.

Linear in the size of the plan: the journeys of all personas are the blocks of one sparse
system, factorised once (:func:`~journeyplan.analysis.markov.solve_all`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journeyplan.analysis.forecast_results import (  # the results, re-exported
    DEFAULT_CURRENCY,
    PROBLEM_CODES,
    ConversionForecast,
    Forecast,
    Lever,
    PersonaForecast,
    Problem,
    TargetGroupForecast,
    _sum,
    count_text,
    describe,
    percent_text,
)
from journeyplan.analysis.graph import Journey, JourneyIndex
from journeyplan.analysis.markov import TOLERANCE, Chain, Edge, closed_classes, solve_all
from journeyplan.plan.model import Plan, Touchpoint, Trigger
from journeyplan.plan.optin import has_forecast_data

__all__ = [
    "DEFAULT_CURRENCY",
    "LEVERS",
    "PROBLEM_CODES",
    "ConversionForecast",
    "Forecast",
    "Lever",
    "PersonaForecast",
    "Problem",
    "TargetGroupForecast",
    "count_text",
    "describe",
    "forecast",
    "has_forecast_data",
    "percent_text",
    "reach_of",
    "reach_problems",
]

#: How many of the strongest levers the forecast names per persona.
LEVERS = 3


# --------------------------------------------------------------------------- the plan side
def reach_of(t: Touchpoint, persona: str, shared: bool) -> float | None:
    """The reach written on T for PERSONA: the mapping's value, or the plain number when T
    is not SHARED by several personas; ``None`` otherwise."""
    reach = t.reach
    if reach is None:
        return None
    if isinstance(reach, dict):
        value = reach.get(persona)
        return None if value is None else float(value)
    return None if shared else float(reach)


def _is_shared(t: Touchpoint, personas: int) -> bool:
    if t.personas is None:
        return personas > 1
    return len(set(t.personas)) > 1


def _finite(x: float) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


def reach_problems(plan: Plan, index: JourneyIndex) -> list[Problem]:
    """Reach written where it does not belong: on a touchpoint that is no entry of the
    journeys holding it, a plain number on a touchpoint several personas share, a mapping
    key naming a persona whose journey does not hold the touchpoint."""
    problems: list[Problem] = []
    with_reach = [t for t in plan.touchpoints if t.reach is not None]
    if not with_reach:
        return problems
    personas = {p.id: p for p in plan.personas}
    entries: dict[str, set[str]] = {}  # touchpoint id -> personas it is an entry for
    holders: dict[str, set[str]] = {}  # touchpoint id -> personas whose journey holds it
    wanted = {t.id for t in with_reach}
    for p in plan.personas:
        j = index.journey(p)
        for t in j.entries:
            if t.id in wanted:
                entries.setdefault(t.id, set()).add(p.id)
        for t in j.nodes:
            if t.id in wanted:
                holders.setdefault(t.id, set()).add(p.id)
    for t in with_reach:
        held = holders.get(t.id, set())
        entry_for = entries.get(t.id, set())
        if isinstance(t.reach, dict):
            for pid in t.reach:
                if pid not in personas:
                    continue  # a dangling reference: reported by the format (JP007)
                if pid not in held:
                    problems.append(Problem("reach-persona", t, pid, pid))
                elif pid not in entry_for:
                    problems.append(Problem("reach-not-entry", t, pid, pid))
            continue
        if held and not entry_for:
            problems.append(Problem("reach-not-entry", t, _only(held)))
        elif _is_shared(t, len(plan.personas)) and len(held) > 1:
            problems.append(Problem("reach-shared", t, None, None, None, tuple(sorted(held))))
    return problems


def _only(ids: set[str]) -> str | None:
    return next(iter(ids)) if len(ids) == 1 else None


# --------------------------------------------------------------------------- the solve
@dataclass
class _Chain:
    """One persona's journey as numbers, and what of it cannot be computed."""

    journey: Journey
    reach: list[float]
    edges: list[Edge]
    triggers: list[Trigger]  # aligned with edges
    unknown: set[int]  # states whose figures depend on something missing
    reach_known: bool
    problems: list[Problem]
    untimed: set[int]  # states after a trigger whose delay is written invalid: no time


def _chain(journey: Journey, personas: int, needed: set[str]) -> _Chain:
    """The chain of JOURNEY: missing rates on triggers that matter (their target can reach
    a conversion point or a budgeted channel: NEEDED), missing reach on entries, rates over
    1 and closed loops are problems; what lies downstream of them is unknown."""
    pid = journey.persona.id
    nodes = journey.nodes
    at = {t.id: k for k, t in enumerate(nodes)}
    reachable = journey.reachable
    problems: list[Problem] = []
    seeds: list[int] = []
    reach = [0.0] * len(nodes)
    reach_known = True
    for t in journey.entries:
        value = reach_of(t, pid, _is_shared(t, personas))
        if value is None or not _finite(value) or value < 0:
            reach_known = False
            seeds.append(at[t.id])
            if value is None and not (t.reach is not None and not isinstance(t.reach, dict)):
                problems.append(Problem("missing-reach", t, pid))
        else:
            reach[at[t.id]] = value
    edges: list[Edge] = []
    triggers: list[Trigger] = []
    sums: dict[str, float] = {}
    late: list[int] = []
    for tr in journey.edges:
        if tr.source not in reachable:
            continue
        if "delay" in tr.invalid:  # `delay: soon` (JP008): times after it are unknown, not 0
            late.append(at[tr.target])
        rate = tr.rate
        if rate is None or not _finite(rate) or rate < 0:
            if tr.target in needed:
                if rate is None:
                    problems.append(Problem("missing-rate", tr, pid))
                seeds.append(at[tr.target])
            continue
        sums[tr.source] = sums.get(tr.source, 0.0) + rate  # type: ignore[arg-type]
        edges.append(Edge(at[tr.source], at[tr.target], float(rate), float(tr.delay or 0)))
        triggers.append(tr)
    for tid, total in sums.items():
        if total > 1 + TOLERANCE:
            problems.append(Problem("rates-over-one", journey.by_id[tid], pid, None, total))
            seeds.extend(e.target for e in edges if e.source == at[tid])
    for loop in closed_classes(len(nodes), edges):
        ids = tuple(nodes[k].id for k in loop)
        problems.append(Problem("closed-loop", nodes[loop[0]], pid, None, None, ids))
        seeds.extend(loop)
    unknown = _downstream(seeds, journey, at)
    untimed = _downstream(late, journey, at)
    return _Chain(journey, reach, edges, triggers, unknown, reach_known, problems, untimed)


def _downstream(seeds: list[int], journey: Journey, at: dict[str, int]) -> set[int]:
    """SEEDS and every state a trigger of the journey leads to from them (linear)."""
    out = set(seeds)
    stack = list(seeds)
    nodes = journey.nodes
    while stack:
        for tr in journey.succ.get(nodes[stack.pop()].id, ()):
            k = at[tr.target]  # type: ignore[index]
            if k not in out:
                out.add(k)
                stack.append(k)
    return out


def _needed(journey: Journey, budgeted: set[str]) -> set[str]:
    """Touchpoints from which a conversion point or a touchpoint on a budgeted channel can
    be reached: a missing rate into one of them changes a figure the forecast shows."""
    pred: dict[str, list[str]] = {}
    for tr in journey.edges:
        pred.setdefault(tr.target, []).append(tr.source)  # type: ignore[arg-type]
    seeds = [t.id for t in journey.nodes if t.conversion is not None or t.channel in budgeted]
    seen = set(seeds)
    while seeds:
        for s in pred.get(seeds.pop(), ()):
            if s not in seen:
                seen.add(s)
                seeds.append(s)
    return seen


def forecast(plan: Plan, index: JourneyIndex | None = None) -> Forecast:
    """The forecast of PLAN (validated: references resolve). INDEX: the plan's journeys, if
    already built. Returns a :class:`Forecast`; raises nothing for incomplete data (the
    figures are ``None`` and :attr:`Forecast.problems` says where)."""
    index = index or JourneyIndex(plan)
    info = plan.info
    currency = (info.currency if info is not None else None) or DEFAULT_CURRENCY
    budgets = {c.id: float(c.budget) for c in plan.channels if c.budget is not None}
    # a budget written but not valid (`budget: 5k`, JP009 where it stands) is unknown money,
    # not none: the costs it enters are unknown
    bad_budget = {c.id for c in plan.channels if "budget" in c.invalid}
    budgeted = {cid for cid, money in budgets.items() if money > 0} | bad_budget
    problems = reach_problems(plan, index)
    n_personas = len(plan.personas)

    chains = []
    for p in plan.personas:
        j = index.journey(p)
        chain = _chain(j, n_personas, _needed(j, budgeted))
        problems.extend(chain.problems)
        chains.append((p, chain, _prepare(chain)))
    # one block-diagonal solve for every persona whose people arrive somewhere
    todo = [prep for _, _, prep in chains if prep is not None]
    answers = iter(solve_all([chain for chain, _ in todo]))

    solved = []
    # channel -> [total visits by all personas, any unknown]
    use: dict[str, list] = {cid: [0.0, False] for cid in budgets}
    for p, chain, prep in chains:
        j = chain.journey
        if prep is None:
            sol, visits = None, [0.0] * len(j.nodes)
        else:
            sol = next(answers)
            keep = prep[1]
            sol.elasticity = {keep[k]: value for k, value in sol.elasticity.items()}
            visits = sol.visits.tolist()
        per_channel: dict[str, tuple[float, bool]] = {}
        for k, t in enumerate(j.nodes):
            if t.channel in use:
                total, unsure = per_channel.get(t.channel, (0.0, False))
                per_channel[t.channel] = (total + visits[k], unsure or k in chain.unknown)
        for cid, (v, unsure) in per_channel.items():
            use[cid][0] += v
            use[cid][1] = use[cid][1] or unsure
        solved.append((p, chain, sol, visits, per_channel))

    personas = [
        _persona(p, chain, sol, visits, per_channel, budgets, use, bad_budget)
        for p, chain, sol, visits, per_channel in solved
    ]
    groups = _groups(plan, personas)
    budget = float(sum(budgets.values())) if budgets and not bad_budget else None
    hires = _sum([pf.hires for pf in personas])
    order = {id(e): k for k, e in enumerate([*plan.touchpoints, *plan.triggers])}
    problems = _dedupe(problems)
    problems.sort(key=lambda pr: order.get(id(pr.element), len(order)))
    return Forecast(
        currency, personas, groups, budget, hires, problems, bool(budgets or bad_budget)
    )


def _dedupe(problems: list[Problem]) -> list[Problem]:
    """One problem per place and kind: a shared trigger without a rate is one problem (its
    persona ``None`` when several journeys miss it)."""
    out: dict[tuple, Problem] = {}
    for pr in problems:
        key = (pr.kind, id(pr.element), pr.key, pr.loop)
        first = out.get(key)
        if first is None:
            out[key] = pr
        elif first.persona != pr.persona and first.persona is not None:
            out[key] = Problem(pr.kind, pr.element, None, pr.key, pr.value, pr.loop)
    return list(out.values())


def _prepare(chain: _Chain) -> tuple[Chain, list[int]] | None:
    """The chain to solve (``None`` when nobody arrives) and, per edge solved, its index in
    ``chain.edges``. The rows of unknown states are cut (nobody leaves them), so the
    matrix is never singular and the known figures are exact."""
    j = chain.journey
    unknown = chain.unknown
    keep = [k for k, e in enumerate(chain.edges) if e.source not in unknown]
    reach = [0.0 if k in unknown else r for k, r in enumerate(chain.reach)]
    if not any(reach):
        return None
    targets = [k for k, t in enumerate(j.nodes) if t.conversion is not None]
    hires = [k for k in targets if j.nodes[k].conversion.goal == "hire"]  # type: ignore[union-attr]
    edges = [chain.edges[k] for k in keep]
    return Chain(len(j.nodes), edges, reach, targets, hires), keep


def _persona(
    p, chain: _Chain, sol, visits, per_channel, budgets, use, bad_budget
) -> PersonaForecast:
    j = chain.journey
    unknown = chain.unknown
    reach = float(sum(chain.reach)) if chain.reach_known else None
    conversions = []
    for k, t in enumerate(j.nodes):
        conv = t.conversion
        if conv is None:
            continue
        if k in unknown:
            expected = minutes = None
        else:
            expected = visits[k]
            minutes = sol.minutes.get(k) if sol is not None and k not in chain.untimed else None
        share = expected / reach if expected is not None and reach else None
        conversions.append(
            ConversionForecast(t, conv.goal, expected, share, conv.target_rate, minutes)
        )
    applications = _sum([c.expected for c in conversions if c.goal == "application"])
    hires = _sum([c.expected for c in conversions if c.goal == "hire"])
    cost: float | None = None
    if budgets and not any(t.channel in bad_budget for t in j.nodes):
        cost = 0.0
        for cid, (v, unsure) in per_channel.items():
            total, any_unsure = use[cid]
            if unsure or any_unsure:
                cost = None
                break
            if total > 0:
                cost += budgets[cid] * v / total
    levers = []
    if sol is not None and hires and sol.hires > 0:
        for k, value in sol.elasticity.items():
            tr, e = chain.triggers[k], chain.edges[k]
            if e.rate >= 1 - TOLERANCE:
                continue  # everybody follows it already: this rate cannot be raised
            per_point = value * sol.hires / e.rate * 0.01
            levers.append(
                Lever(tr, j.by_id[tr.source], j.by_id[tr.target], e.rate, value, per_point)
            )
        # by elasticity as shown (two decimals: in a funnel most steps are 1.00), then by
        # the hires one point more rate gives: among equals, the step with the most room
        levers.sort(key=lambda lv: (-round(lv.elasticity, 2), -lv.hires_per_point))
        levers = levers[:LEVERS]
    return PersonaForecast(p, reach, applications, hires, cost, conversions, levers)


def _groups(plan: Plan, personas: list[PersonaForecast]) -> list[TargetGroupForecast]:
    out = []
    for g in plan.target_groups:
        mine = [pf for pf in personas if pf.persona.target_group == g.id]
        out.append(
            TargetGroupForecast(
                g.id,
                _sum([pf.reach for pf in mine]),
                _sum([pf.applications for pf in mine]),
                _sum([pf.hires for pf in mine]),
                g.hires_needed,
                g,
            )
        )
    return out
