"""The journey graph: per persona, the touchpoints and triggers of its candidate journey.

Persona P's journey has as nodes the touchpoints that include P (a touchpoint without
``personas`` includes everyone) and as edges the triggers between two such touchpoints that
apply to P (a trigger without ``personas`` applies to everyone). Entries are the touchpoints
marked ``entry: true`` if any is; otherwise those with no incoming edge.

Everything here is linear in touchpoints + triggers: journeys have cycles and branches, so
nothing ever enumerates paths.
"""

from __future__ import annotations

from collections import deque
from dataclasses import field
from functools import cached_property

from journeyplan.plan.model import Persona, Plan, Touchpoint, Trigger
from journeyplan.record import record


@record(eq=False, frozen=False)
class Journey:
    """One persona's journey. ``nodes`` keeps plan order; ``edges`` keeps plan order;
    ``succ`` maps a touchpoint id to its outgoing edges within the journey."""

    persona: Persona
    nodes: list[Touchpoint]
    edges: list[Trigger]
    succ: dict[str, list[Trigger]] = field(repr=False)

    @cached_property
    def node_ids(self) -> set[str]:
        return {t.id for t in self.nodes}

    @cached_property
    def by_id(self) -> dict[str, Touchpoint]:
        return {t.id: t for t in self.nodes}

    @cached_property
    def entries(self) -> list[Touchpoint]:
        """Touchpoints marked ``entry: true``, else those with no incoming trigger."""
        marked = [t for t in self.nodes if t.entry]
        if marked:
            return marked
        has_incoming = {tr.target for tr in self.edges}
        return [t for t in self.nodes if t.id not in has_incoming]

    @cached_property
    def reachable(self) -> set[str]:
        """Ids of the touchpoints reachable from the entries (breadth-first, O(V + E))."""
        seen = {t.id for t in self.entries}
        queue = deque(seen)
        succ = self.succ
        while queue:
            for tr in succ.get(queue.popleft(), ()):
                if tr.target not in seen:
                    seen.add(tr.target)
                    queue.append(tr.target)
        return seen

    @cached_property
    def channels(self) -> list[str]:
        """Distinct channel ids of the journey, in order of first use."""
        return list(dict.fromkeys(t.channel for t in self.nodes if t.channel is not None))

    @cached_property
    def stages(self) -> list[str]:
        """Distinct stage ids the persona passes, in order of first use."""
        return list(dict.fromkeys(t.stage for t in self.nodes if t.stage is not None))


class JourneyIndex:
    """Builds every persona's journey on demand, in time linear in the size of the plan plus
    the size of the journeys (touchpoints shared by all personas count once per persona)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        # (plan position, touchpoint): merging two such lists in plan order is a sort of
        # tuples whose first items differ, with no Python key function per touchpoint
        self._everyone: list[tuple[int, Touchpoint]] = []
        self._own: dict[str, list[tuple[int, Touchpoint]]] = {}
        own = self._own
        for i, t in enumerate(plan.touchpoints):
            if t.personas is None:
                self._everyone.append((i, t))
            elif len(t.personas) == 1:
                pid = t.personas[0]
                if pid in own:
                    own[pid].append((i, t))
                else:
                    own[pid] = [(i, t)]
            else:
                for pid in dict.fromkeys(t.personas):
                    own.setdefault(pid, []).append((i, t))
        self._out: dict[str, list[Trigger]] = {}
        for tr in plan.triggers:
            self._out.setdefault(tr.source, []).append(tr)  # type: ignore[arg-type]
        self._cache: dict[str, Journey] = {}

    def journey(self, persona: Persona) -> Journey:
        """Persona's :class:`Journey` (cached)."""
        j = self._cache.get(persona.id)
        if j is None:
            j = self._cache[persona.id] = self._build(persona)
        return j

    def _build(self, persona: Persona) -> Journey:
        pid = persona.id
        own = self._own.get(pid, [])
        if own and self._everyone:
            nodes = [t for _, t in sorted([*self._everyone, *own])]
        else:
            nodes = [t for _, t in (own or self._everyone)]
        ids = {t.id for t in nodes}
        succ: dict[str, list[Trigger]] = {}
        edges: list[Trigger] = []
        out = self._out
        for t in nodes:
            triggers = out.get(t.id)
            if not triggers:
                continue
            kept = [
                tr
                for tr in triggers
                if tr.target in ids and (tr.personas is None or pid in tr.personas)
            ]
            if kept:
                succ[t.id] = kept
                edges += kept
        return Journey(persona, nodes, edges, succ)


def longest_path_depths(
    roots: list[str], succ: dict[str, list[str]]
) -> tuple[dict[str, int], set[tuple[str, str]]]:
    """The depth of every node of SUCC (node id -> its successors' ids, all of them keys):
    the longest path to it over the edges, from a node nothing leads to at depth 0; and the
    edges that close a cycle (back edges of an iterative depth-first search started from
    ROOTS in order, then from any node not reached), which the depths ignore."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    order: list[str] = []  # postorder
    back: set[tuple[str, str]] = set()
    for root in dict.fromkeys([*roots, *succ]):
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(succ[root]))]
        while stack:
            node, it = stack[-1]
            for nxt in it:
                if state.get(nxt) == 1:
                    back.add((node, nxt))
                elif nxt not in state:
                    state[nxt] = 1
                    stack.append((nxt, iter(succ[nxt])))
                    break
            else:
                state[node] = 2
                order.append(node)
                stack.pop()
    depth = dict.fromkeys(succ, 0)
    for node in reversed(order):  # a topological order of the acyclic rest
        for nxt in succ[node]:
            if (node, nxt) not in back and depth[nxt] < depth[node] + 1:
                depth[nxt] = depth[node] + 1
    return depth, back
