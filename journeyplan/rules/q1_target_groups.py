"""Question 1 -- What are my target groups?

At least one target group; each has a description; each is made concrete by a persona.
"""

from __future__ import annotations

from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.rules.base import Context, Rule


def no_target_groups(ctx: Context) -> Iterator[Finding]:
    """JP101: the plan names no target group at all."""
    if not ctx.plan.target_groups:
        yield ctx.finding("JP101", ctx.plan_location())


def target_group_without_description(ctx: Context) -> Iterator[Finding]:
    """JP102 (warning): a target group has no description of who they are."""
    for g in ctx.plan.target_groups:
        if not (g.description or "").strip():
            yield ctx.finding("JP102", g.loc("id"), subject=g.id, id=g.id)


def target_group_without_persona(ctx: Context) -> Iterator[Finding]:
    """JP103: no persona makes this target group concrete."""
    covered = {p.target_group for p in ctx.plan.personas}
    for g in ctx.plan.target_groups:
        if g.id not in covered:
            yield ctx.finding("JP103", g.loc("id"), subject=g.id, id=g.id)


RULES = [
    Rule("JP101", "no-target-groups", 1, "error", no_target_groups),
    Rule(
        "JP102", "target-group-without-description", 1, "warning", target_group_without_description
    ),
    Rule("JP103", "target-group-without-persona", 1, "error", target_group_without_persona),
]
