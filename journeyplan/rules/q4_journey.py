"""Question 4 -- How do I set up a cross-channel journey, with channels and triggers that
match each persona?

Each journey uses two or more channels; every trigger says what happens; every touchpoint
is reachable from an entry; no dead ends; touchpoints sit on channels the persona prefers.
All graph checks are linear in touchpoints + triggers.
"""

from __future__ import annotations

from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.rules.base import Context, Rule


def single_channel_journey(ctx: Context) -> Iterator[Finding]:
    """JP401: the persona's journey uses fewer than two channels (none at all when the
    persona has no touchpoints: there is no cross-channel journey to pass question 4)."""
    for p, j in ctx.persona_journeys():
        if len(j.channels) < 2:
            yield ctx.finding(
                "JP401", p.loc("id"), persona=p.id, subject=p.id, id=p.id, count=len(j.channels)
            )


def trigger_without_event(ctx: Context) -> Iterator[Finding]:
    """JP402: a trigger does not say what happens (``event``)."""
    for tr in ctx.plan.triggers:
        if not (tr.event or "").strip():
            yield ctx.finding(
                "JP402",
                tr.loc("event") if tr.event is not None else tr.loc(),
                source=tr.source,
                target=tr.target,
            )


def journey_without_entry(ctx: Context) -> Iterator[Finding]:
    """JP406: every touchpoint of the journey has an incoming trigger and none is marked
    ``entry: true``, so the journey has nowhere to start."""
    for p, j in ctx.persona_journeys():
        if j.nodes and not j.entries:
            yield ctx.finding("JP406", p.loc("id"), persona=p.id, subject=p.id, id=p.id)


def unreachable_touchpoint(ctx: Context) -> Iterator[Finding]:
    """JP403: a touchpoint of the journey cannot be reached from its entries. An unreachable
    conversion point is also JP303 (question 3): the checklist asks both. A journey without
    entries is JP406 instead."""
    for p, j in ctx.persona_journeys():
        if not j.entries:
            continue
        reachable = j.reachable
        for t in j.nodes:
            if t.id not in reachable:
                yield ctx.finding(
                    "JP403", t.loc("id"), persona=p.id, subject=t.id, id=t.id, persona_id=p.id
                )


def dead_end(ctx: Context) -> Iterator[Finding]:
    """JP404: a touchpoint that is not a conversion, rejection or exit has no outgoing
    trigger in the persona's journey: the candidate is left hanging."""
    for p, j in ctx.persona_journeys():
        succ = j.succ
        for t in j.nodes:
            if not t.is_terminal and t.id not in succ:
                yield ctx.finding(
                    "JP404", t.loc("id"), persona=p.id, subject=t.id, id=t.id, persona_id=p.id
                )


def non_preferred_channel(ctx: Context) -> Iterator[Finding]:
    """JP405 (info): a touchpoint of the journey is on a channel the persona does not list
    as preferred."""
    for p, j in ctx.persona_journeys():
        if not p.channels:
            continue  # JP204 says so
        preferred = set(p.channels)
        for t in j.nodes:
            if t.channel is not None and t.channel not in preferred:
                yield ctx.finding(
                    "JP405",
                    t.loc("channel"),
                    persona=p.id,
                    subject=t.id,
                    id=t.id,
                    channel=t.channel,
                    persona_id=p.id,
                )


RULES = [
    Rule("JP401", "single-channel-journey", 4, "error", single_channel_journey),
    Rule("JP402", "trigger-without-event", 4, "error", trigger_without_event),
    Rule("JP403", "unreachable-touchpoint", 4, "error", unreachable_touchpoint),
    Rule("JP404", "dead-end", 4, "error", dead_end),
    Rule("JP405", "non-preferred-channel", 4, "info", non_preferred_channel),
    Rule("JP406", "journey-without-entry", 4, "error", journey_without_entry),
]
