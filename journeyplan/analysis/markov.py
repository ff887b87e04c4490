"""The cohort Markov chain of one persona's journey, solved as sparse linear systems.

States are the journey's touchpoints, numbered ``0 .. n-1``; an edge is a trigger
``(source, target, rate, delay)`` with ``rate`` the share of the candidates at ``source`` who
follow it and ``delay`` in minutes. ``Q[i][j]`` is the sum of the rates from ``i`` to ``j``;
``1 - sum_j Q[i][j]`` drops out at ``i``. People start at the entries (``reach``, a vector).

- Expected visits ``v = reach @ N`` with ``N = (I - Q)^-1``, solved as ``(I - Q)^T v = reach``
  (one sparse LU factorisation per persona, never an inverse).
- First passage to a touchpoint ``c``: make ``c`` absorbing (its row of ``Q`` zeroed), then
  ``h = N_c e_c`` is the probability of ever reaching ``c`` from each touchpoint and
  ``g = N_c w`` with ``w_i = sum over triggers t from i of rate_t * delay_t * h[target_t]``
  is ``E[summed delay until c, 1{c reached}]``; the mean time for those who reach ``c`` is
  ``(reach @ g) / (reach @ h)``.
- The elasticity of the expected hires ``H = reach @ N @ 1_hire`` to a trigger's rate is
  exact: ``dH/drate_t = v[source_t] * z[target_t]`` with ``z = N @ 1_hire`` (the derivative
  of an inverse), so ``elasticity_t = rate_t * v[source_t] * z[target_t] / H``.

Everything is linear in touchpoints + triggers (sparse LU of a journey-shaped matrix); no
path is ever enumerated. A closed loop (rates summing to 1 around a cycle that nobody
leaves) makes ``I - Q`` singular: :func:`closed_classes` finds it first, in linear time,
so the solver never meets a singular matrix. numpy and scipy are imported inside the
functions that solve, so importing this module costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: Rates that sum to within this of 1 leave nobody behind (0.1 + 0.2 + 0.7 is 1 here).
TOLERANCE = 1e-9


@dataclass(frozen=True)
class Edge:
    """One trigger of the chain: states ``source`` -> ``target``, ``rate`` 0..1 and
    ``delay`` in minutes."""

    source: int
    target: int
    rate: float
    delay: float = 0.0


def row_sums(n: int, edges: Sequence[Edge]) -> list[float]:
    """Sum of the rates leaving each state (``1 - row sum`` drops out there)."""
    sums = [0.0] * n
    for e in edges:
        sums[e.source] += e.rate
    return sums


def closed_classes(n: int, edges: Sequence[Edge]) -> list[list[int]]:
    """The loops nobody leaves: sets of states that, following triggers with a positive
    rate, never reach a state where someone drops out. Each is a strongly connected set
    of two or more states (or one state with a trigger to itself), sorted, and the list is
    sorted by first state; ``I - Q`` is singular exactly when the list is not empty.

    Linear in states + edges: a backward search from the leaking states, then Tarjan's
    strongly connected components (iterative) over the states it did not reach."""
    sums = row_sums(n, edges)
    pred: list[list[int]] = [[] for _ in range(n)]
    succ: list[list[int]] = [[] for _ in range(n)]
    for e in edges:
        if e.rate > 0:
            pred[e.target].append(e.source)
            succ[e.source].append(e.target)
    leaks = [i for i in range(n) if sums[i] < 1 - TOLERANCE]
    seen = [False] * n
    for i in leaks:
        seen[i] = True
    stack = list(leaks)
    while stack:
        for k in pred[stack.pop()]:
            if not seen[k]:
                seen[k] = True
                stack.append(k)
    trapped = [i for i in range(n) if not seen[i]]
    if not trapped:
        return []
    inside = set(trapped)
    return [c for c in _strong_components(trapped, succ, inside) if _is_cycle(c, succ)]


def _is_cycle(component: list[int], succ: list[list[int]]) -> bool:
    return len(component) > 1 or component[0] in succ[component[0]]


def _strong_components(
    nodes: list[int], succ: list[list[int]], inside: set[int]
) -> list[list[int]]:
    """Tarjan's algorithm without recursion, restricted to INSIDE."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    out: list[list[int]] = []
    counter = 0
    inner = {k: [t for t in succ[k] if t in inside] for k in nodes}
    for root in nodes:
        if root in index:
            continue
        work = [(root, 0)]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, i = work[-1]
            nexts = inner[node]
            if i < len(nexts):
                work[-1] = (node, i + 1)
                k = nexts[i]
                if k not in index:
                    index[k] = low[k] = counter
                    counter += 1
                    stack.append(k)
                    on_stack.add(k)
                    work.append((k, 0))
                elif k in on_stack:
                    low[node] = min(low[node], index[k])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    k = stack.pop()
                    on_stack.discard(k)
                    comp.append(k)
                    if k == node:
                        break
                out.append(sorted(comp))
    return sorted(out)


@dataclass
class Solution:
    """What :func:`solve` computes for one persona (numpy arrays of length ``n``):
    ``visits`` (expected visits per state), ``reached`` (per target state: expected number
    of people who ever reach it) and ``minutes`` (per target state: mean summed delay until
    they first reach it, ``None`` when nobody does), ``hires`` (expected visits summed over
    the hire states) and ``elasticity`` (per edge index: relative change of ``hires`` per
    relative change of the edge's rate; empty when ``hires`` is 0)."""

    visits: Any
    reached: dict[int, float]
    minutes: dict[int, float | None]
    hires: float
    elasticity: dict[int, float]


@dataclass
class Chain:
    """One chain to solve (one persona's journey): ``n`` states, its ``edges``, ``reach``
    per state, the ``targets`` to time the first passage to, and the ``hire_states``."""

    n: int
    edges: Sequence[Edge]
    reach: Sequence[float]
    targets: Sequence[int] = ()
    hire_states: Sequence[int] = ()


def solve(
    n: int,
    edges: Sequence[Edge],
    reach: Sequence[float],
    targets: Sequence[int] = (),
    hire_states: Sequence[int] = (),
) -> Solution:
    """Solve one chain: expected visits, first passage to each of TARGETS, and the
    elasticity of the expected hires (visits summed over HIRE_STATES) to each edge's rate.
    REACH has one number per state (0 where nobody starts). See :func:`solve_all`."""
    return solve_all([Chain(n, edges, reach, targets, hire_states)])[0]


def solve_all(chains: Sequence[Chain]) -> list[Solution]:
    """Solve many chains at once (a plan's personas), one :class:`Solution` each.

    The chains are the blocks of one block-diagonal system: ``I - Q`` of all chains is
    factorised once (sparse LU) and solved for the visits (``(I - Q)^T v = reach``) and the
    expected hires onward (``(I - Q) z = 1_hire``); one copy of a chain per target, with the
    target absorbing, makes a second block-diagonal system, factorised once and solved for
    the probabilities of reaching the target and the summed delays. Fill-in stays within
    the blocks, so time and memory are linear in the total size, and Python does a constant
    amount of work per chain instead of building matrices one by one.

    No chain may have a closed class (:func:`closed_classes`): raises :class:`ValueError`
    naming its states. Rates may sum to more than 1 at a state only if the caller accepts
    numbers without a probabilistic meaning (the forecast refuses such journeys)."""
    for chain in chains:
        loops = closed_classes(chain.n, chain.edges)
        if loops:
            raise ValueError(f"closed loop of states {loops[0]}: I - Q is singular")
    if not chains:
        return []
    import numpy as np

    sizes = np.array([c.n for c in chains], dtype=np.int64)
    offset = np.concatenate(([0], np.cumsum(sizes)))
    total = int(offset[-1])
    counts = [len(c.edges) for c in chains]
    eoff = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    owner = np.repeat(np.arange(len(chains)), counts)  # chain of each edge
    all_edges = [e for c in chains for e in c.edges]
    m = len(all_edges)
    src = np.fromiter((e.source for e in all_edges), dtype=np.int64, count=m)
    dst = np.fromiter((e.target for e in all_edges), dtype=np.int64, count=m)
    rate = np.fromiter((e.rate for e in all_edges), dtype=float, count=m)
    delay = np.fromiter((e.delay for e in all_edges), dtype=float, count=m)
    gsrc, gdst = src + offset[owner], dst + offset[owner]  # global state numbers
    reach = np.concatenate([np.asarray(c.reach, dtype=float) for c in chains] or [np.zeros(0)])

    visits = np.zeros(total)
    z = np.zeros(total)
    if total:
        lu = _factor(total, gsrc, gdst, rate)
        visits = lu.solve(reach, trans="T")
        ones = np.zeros(total)
        for k, c in enumerate(chains):
            ones[[offset[k] + h for h in c.hire_states]] = 1.0
        z = lu.solve(ones)  # expected hire visits from each state onward
    hires = np.zeros(len(chains))
    np.add.at(hires, np.repeat(np.arange(len(chains)), sizes), reach * z)
    grad = np.zeros(m)
    if m:
        scale = np.divide(1.0, hires[owner], out=np.zeros(m), where=hires[owner] > 0)
        grad = rate * visits[gsrc] * z[gdst] * scale

    # one copy per (chain, target) with the target absorbing
    copies = [(k, t) for k, c in enumerate(chains) for t in dict.fromkeys(c.targets)]
    reached: list[dict[int, float]] = [{} for _ in chains]
    minutes: list[dict[int, float | None]] = [{} for _ in chains]
    if copies:
        ck = np.array([k for k, _ in copies], dtype=np.int64)
        ct = np.array([t for _, t in copies], dtype=np.int64)
        csize = sizes[ck]
        coff = np.concatenate(([0], np.cumsum(csize)))
        # the edges of each copy: its chain's edges, without those leaving the target
        idx = np.concatenate([np.arange(eoff[k], eoff[k + 1]) for k in ck.tolist()])
        copy_of = np.repeat(np.arange(len(copies)), [counts[k] for k in ck.tolist()])
        keep = src[idx] != ct[copy_of]
        idx, copy_of = idx[keep], copy_of[keep]
        csrc = src[idx] + coff[copy_of]
        cdst = dst[idx] + coff[copy_of]
        ctotal = int(coff[-1])
        luc = _factor(ctotal, csrc, cdst, rate[idx])
        unit = np.zeros(ctotal)
        unit[coff[:-1] + ct] = 1.0
        h = luc.solve(unit)  # probability of ever reaching the target
        w = np.zeros(ctotal)
        np.add.at(w, csrc, rate[idx] * delay[idx] * h[cdst])
        g = luc.solve(w)  # E[summed delay until the target; target reached]
        creach = np.concatenate([np.asarray(chains[k].reach, dtype=float) for k in ck.tolist()])
        which = np.repeat(np.arange(len(copies)), csize)
        mass = np.zeros(len(copies))
        spent = np.zeros(len(copies))
        np.add.at(mass, which, creach * h)
        np.add.at(spent, which, creach * g)
        for j, (k, t) in enumerate(copies):
            reached[k][t] = float(mass[j])
            minutes[k][t] = float(spent[j] / mass[j]) if mass[j] > 0 else None

    out = []
    for k in range(len(chains)):
        lo, hi = int(eoff[k]), int(eoff[k + 1])
        elasticity = {}
        if hires[k] > 0:
            elasticity = {e: float(grad[lo + e]) for e in range(hi - lo) if rate[lo + e] > 0}
        out.append(
            Solution(
                visits[offset[k] : offset[k + 1]],
                reached[k],
                minutes[k],
                float(hires[k]),
                elasticity,
            )
        )
    return out


def _factor(n: int, src, dst, rate):
    """Sparse LU of ``I - Q`` (``Q`` from the edges; duplicates add up)."""
    from scipy.sparse import csc_matrix, identity
    from scipy.sparse.linalg import splu

    q = csc_matrix((rate, (src, dst)), shape=(n, n))
    return splu((identity(n, format="csc") - q).tocsc())
