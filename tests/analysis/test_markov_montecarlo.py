"""The analytic forecast agrees with a simulation of the candidates themselves.

Hypothesis draws random journeys (branches, loops, parallel triggers with different delays,
several entries); a seeded simulation sends the reached people through them one trigger at
a time. Expected visits, the share who reach each touchpoint and the mean time until they
first reach it must lie within the simulation's 99.9% confidence interval (plus a small
margin for the normal approximation). The test is derandomised, so it cannot flake; it
fails for a wrong formula (tried with ``N = I + Q`` and with visits in place of first
arrivals).
"""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from journeyplan.analysis.markov import Edge, solve

PEOPLE = 4000
Z = 3.29  # two-sided 99.9%


@st.composite
def chains(draw):
    n = draw(st.integers(2, 7))
    edges = []
    for i in range(n):
        k = draw(st.integers(0, 3))
        budget = draw(st.floats(0.3, 0.95))  # the share that follows some trigger
        weights = [draw(st.floats(0.05, 1.0)) for _ in range(k)]
        total = sum(weights) or 1.0
        for w in weights:
            j = draw(st.integers(0, n - 1))
            delay = draw(st.sampled_from([0, 60, 1440, 2880, 10080]))
            edges.append(Edge(i, j, budget * w / total, delay))
    reach = [0.0] * n
    for e in draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=2, unique=True)):
        reach[e] = 1.0
    target = draw(st.integers(0, n - 1))
    return n, edges, reach, target


def simulate(n, edges, reach, target, rng):
    """Send PEOPLE people per entry through the chain; per person: visits to every state,
    whether they reached TARGET and the summed delay until they first did."""
    by_source = [[e for e in edges if e.source == i] for i in range(n)]
    cum = np.zeros((n, 5))  # cumulative rates of each state's triggers (at most 4), then 1
    nxt = np.zeros((n, 5), dtype=np.int64)
    dly = np.zeros((n, 5))
    for i, out in enumerate(by_source):
        acc = 0.0
        for k, e in enumerate(out):
            acc += e.rate
            cum[i, k], nxt[i, k], dly[i, k] = acc, e.target, e.delay
        cum[i, len(out) :] = 2.0  # beyond the triggers: drop out
        nxt[i, len(out) :] = -1
    starts = np.repeat([i for i in range(n) if reach[i]], PEOPLE)
    m = len(starts)
    state = starts.copy()
    visits = np.zeros((m, n))
    clock = np.zeros(m)
    first = np.full(m, np.nan)
    alive = np.ones(m, dtype=bool)
    for _ in range(10_000):
        idx = np.nonzero(alive)[0]
        if not len(idx):
            break
        s = state[idx]
        visits[idx, s] += 1
        hit = idx[(s == target) & np.isnan(first[idx])]
        first[hit] = clock[hit]
        u = rng.random(len(idx))
        k = (u[:, None] >= cum[s]).sum(axis=1)  # index of the chosen trigger
        to = nxt[s, k]
        clock[idx] += dly[s, k] * (to >= 0)
        alive[idx[to < 0]] = False
        state[idx[to >= 0]] = to[to >= 0]
    assert not alive.any()
    return visits, first


def within(sample, analytic, label):
    sample = np.asarray(sample, dtype=float)
    mean = sample.mean()
    se = sample.std(ddof=1) / math.sqrt(len(sample)) if len(sample) > 1 else 0.0
    margin = Z * se + 0.02 * abs(analytic) + 1e-9
    assert abs(mean - analytic) <= margin, f"{label}: simulated {mean} vs analytic {analytic}"


@settings(max_examples=30, derandomize=True, deadline=None, database=None)
@given(chains())
def test_simulation_agrees_with_the_analytic_figures(chain):
    n, edges, reach, target = chain
    sol = solve(n, edges, [r * PEOPLE for r in reach], targets=[target], hire_states=[target])
    visits, first = simulate(n, edges, reach, target, np.random.default_rng(20261201))
    people = len(first)
    for s in range(n):  # expected visits per reached person
        within(visits[:, s], sol.visits[s] / people, f"visits to {s}")
    reached = ~np.isnan(first)
    within(reached, sol.reached[target] / people, "share reaching the target")
    if reached.sum() >= 200:
        within(first[reached], sol.minutes[target], "minutes to first reach")


@settings(max_examples=40, derandomize=True, deadline=None, database=None)
@given(chains())
def test_elasticity_is_the_derivative_of_the_hires(chain):
    """The analytic elasticity equals a central finite difference of the solve."""
    n, edges, reach, target = chain
    base = solve(n, edges, reach, hire_states=[target])
    if base.hires <= 1e-9:
        assert base.elasticity == {}
        return
    step = 1e-6
    for k, e in enumerate(edges):
        if e.rate <= 0:
            continue
        up = [*edges[:k], Edge(e.source, e.target, e.rate * (1 + step), e.delay), *edges[k + 1 :]]
        down = [*edges[:k], Edge(e.source, e.target, e.rate * (1 - step), e.delay), *edges[k + 1 :]]
        h_up = solve(n, up, reach, hire_states=[target]).hires
        h_down = solve(n, down, reach, hire_states=[target]).hires
        numeric = (h_up - h_down) / (2 * step * base.hires)
        assert math.isclose(base.elasticity[k], numeric, rel_tol=1e-4, abs_tol=1e-6), k
