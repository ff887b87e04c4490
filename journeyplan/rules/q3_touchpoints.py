"""Question 3 -- What are the intended contact and conversion points per persona?

Each persona has touchpoints and at least one conversion point, and every conversion point
of its journey can be reached from one of its entries (breadth-first, linear time).
"""

from __future__ import annotations

from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.rules.base import Context, Rule


def persona_without_touchpoints(ctx: Context) -> Iterator[Finding]:
    """JP301: no touchpoint includes this persona."""
    for p, j in ctx.persona_journeys():
        if not j.nodes:
            yield ctx.finding("JP301", p.loc("id"), persona=p.id, subject=p.id, id=p.id)


def persona_without_conversion(ctx: Context) -> Iterator[Finding]:
    """JP302: the persona's journey has touchpoints but no conversion point."""
    for p, j in ctx.persona_journeys():
        if j.nodes and not any(t.conversion is not None for t in j.nodes):
            yield ctx.finding("JP302", p.loc("id"), persona=p.id, subject=p.id, id=p.id)


def conversion_unreachable(ctx: Context) -> Iterator[Finding]:
    """JP303: a conversion point of the journey cannot be reached from its entries. A
    journey without entries (JP406, question 4) reaches none of its conversion points."""
    for p, j in ctx.persona_journeys():
        reachable = j.reachable
        for t in j.nodes:
            if t.conversion is not None and t.id not in reachable:
                yield ctx.finding(
                    "JP303", t.loc("id"), persona=p.id, subject=t.id, id=t.id, persona_id=p.id
                )


RULES = [
    Rule("JP301", "persona-without-touchpoints", 3, "error", persona_without_touchpoints),
    Rule("JP302", "persona-without-conversion", 3, "error", persona_without_conversion),
    Rule("JP303", "conversion-unreachable", 3, "error", conversion_unreachable),
]
