"""Question 1 -- What are my target groups?

At least one target group; each has a description; each is made concrete by a persona.
With forecast data (format 1.1): the forecast of each target group reaches its
``hires_needed`` (JP110, a warning: a forecast is an estimate).
"""

from __future__ import annotations

from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.rules.base import Context, Rule, written_invalid


def no_target_groups(ctx: Context) -> Iterator[Finding]:
    """JP101: the plan names no target group at all."""
    if not ctx.plan.target_groups:
        yield ctx.finding("JP101", ctx.plan_location())


def target_group_without_description(ctx: Context) -> Iterator[Finding]:
    """JP102 (warning): a target group has no description of who they are."""
    for g in ctx.plan.target_groups:
        if not (g.description or "").strip() and not written_invalid((g,), "description"):
            yield ctx.finding("JP102", g.loc("id"), subject=g.id, id=g.id)


def target_group_without_persona(ctx: Context) -> Iterator[Finding]:
    """JP103: no persona makes this target group concrete."""
    if written_invalid(ctx.plan.personas, "target_group"):
        return  # a persona names its target group in a way that is not valid (JP004)
    covered = {p.target_group for p in ctx.plan.personas}
    for g in ctx.plan.target_groups:
        if g.id not in covered:
            yield ctx.finding("JP103", g.loc("id"), subject=g.id, id=g.id)


def hires_below_needed(ctx: Context) -> Iterator[Finding]:
    """JP110 (warning): the forecast hires of a target group (the sum over its personas,
    :mod:`journeyplan.analysis.forecast`) stay below its ``hires_needed``. Question 1,
    because ``hires_needed`` is the target group's own goal: the plan does not recruit
    enough of this group. Only for plans with forecast data; a forecast that cannot be
    computed is reported where data is missing (JP315, JP416), not here."""
    if not ctx.has_forecast_data:
        return
    from journeyplan.analysis.forecast import count_text

    for g in ctx.forecast.target_groups:
        needed, hires = g.hires_needed, g.hires
        if needed is None or hires is None or hires >= needed - 1e-9:
            continue
        e = g.element
        yield ctx.finding(
            "JP110",
            e.loc("hires_needed"),
            subject=g.target_group,
            id=g.target_group,
            hires=count_text(hires),
            needed=needed,
        )


RULES = [
    Rule("JP101", "no-target-groups", 1, "error", no_target_groups),
    Rule(
        "JP102", "target-group-without-description", 1, "warning", target_group_without_description
    ),
    Rule("JP103", "target-group-without-persona", 1, "error", target_group_without_persona),
    Rule("JP110", "hires-below-needed", 1, "warning", hires_below_needed),
]
