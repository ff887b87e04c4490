"""Question 2 -- How do I translate target groups into concrete personas?

At least one persona; each names its target group, says what drives it, and which channels
it prefers.
"""

from __future__ import annotations

from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.rules.base import Context, Rule, written_invalid


def no_personas(ctx: Context) -> Iterator[Finding]:
    """JP201: the plan has no persona."""
    if not ctx.plan.personas:
        yield ctx.finding("JP201", ctx.plan_location())


def persona_without_target_group(ctx: Context) -> Iterator[Finding]:
    """JP202: a persona does not name an existing target group. When the target group it
    names does not exist, the reference is also a dangling reference (JP007, structure);
    JP202 makes question 2 fail for the persona, as the checklist asks."""
    for p in ctx.plan.personas:
        if p.target_group is not None or written_invalid((p,), "target_group"):
            continue
        if "target_group" in p.at:  # named, but the reference did not resolve
            yield ctx.finding(
                "JP202",
                p.loc("target_group"),
                "JP202.dangling",
                persona=p.id,
                subject=p.id,
                id=p.id,
            )
        else:
            yield ctx.finding("JP202", p.loc("id"), persona=p.id, subject=p.id, id=p.id)


def persona_without_motivations(ctx: Context) -> Iterator[Finding]:
    """JP203 (warning): a persona has no motivations."""
    for p in ctx.plan.personas:
        if not p.motivations and not written_invalid((p,), "motivations"):
            yield ctx.finding(
                "JP203",
                p.loc("motivations") if p.motivations is not None else p.loc("id"),
                persona=p.id,
                subject=p.id,
                id=p.id,
            )


def persona_without_channels(ctx: Context) -> Iterator[Finding]:
    """JP204 (warning): a persona has no preferred channels."""
    for p in ctx.plan.personas:
        if not p.channels and not written_invalid((p,), "channels"):
            yield ctx.finding(
                "JP204",
                p.loc("channels") if p.channels is not None else p.loc("id"),
                persona=p.id,
                subject=p.id,
                id=p.id,
            )


RULES = [
    Rule("JP201", "no-personas", 2, "error", no_personas),
    Rule("JP202", "persona-without-target-group", 2, "error", persona_without_target_group),
    Rule("JP203", "persona-without-motivations", 2, "warning", persona_without_motivations),
    Rule("JP204", "persona-without-channels", 2, "warning", persona_without_channels),
]
