"""Question 4 -- How do I set up a cross-channel journey, with channels and triggers that
match each persona?

Each journey uses two or more channels; every trigger says what happens and applies to
some persona; every touchpoint is reachable from an entry; no dead ends; touchpoints sit on
channels the persona prefers.
All graph checks are linear in touchpoints + triggers.

With forecast data (format 1.1) the triggers carry rates and the channels budgets, and the
journey is a Markov chain (:mod:`journeyplan.analysis.markov`): the rates leaving a
touchpoint sum to at most 1 (JP410), no loop keeps everybody for ever (JP411), every
trigger the forecast needs has a rate (JP416), and a budget is spent on a channel some
journey uses (JP417). Question 4, because triggers and channels are what it asks about.
"""

from __future__ import annotations

from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.rules.base import Context, Rule, written_invalid


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
        if not (tr.event or "").strip() and not written_invalid((tr,), "event"):
            yield ctx.finding(
                "JP402",
                tr.loc("event") if tr.event is not None else tr.loc(),
                source=tr.source,
                target=tr.target,
            )


def trigger_for_no_persona(ctx: Context) -> Iterator[Finding]:
    """JP407 (warning): a trigger written with ``personas: []`` applies to no persona, so
    it is in no journey: it moves nobody, and its ends may look unreachable or dead. Question
    4, which asks for triggers that match each persona (a touchpoint for nobody is JP304,
    question 3). Leaving ``personas`` out makes a trigger every persona's. Located at the
    empty list."""
    for tr in ctx.plan.triggers:
        if tr.personas is not None and not tr.personas and "personas" not in tr.invalid:
            yield ctx.finding("JP407", tr.loc("personas"), source=tr.source, target=tr.target)


def journey_without_entry(ctx: Context) -> Iterator[Finding]:
    """JP406: every touchpoint of the journey has an incoming trigger and none is marked
    ``entry: true``, so the journey has nowhere to start."""
    for p, j in ctx.persona_journeys():
        if j.nodes and not j.entries and not written_invalid(j.nodes, "entry"):
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
            if (
                not t.is_terminal
                and t.id not in succ
                and not written_invalid((t,), "conversion", "kind")
            ):
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


def rates_over_one(ctx: Context) -> Iterator[Finding]:
    """JP410: the rates of the persona's triggers leaving one touchpoint sum to more than 1:
    more people would leave than arrive. What lies downstream cannot be forecast."""
    return ctx.forecast_findings("JP410")


def closed_loop(ctx: Context) -> Iterator[Finding]:
    """JP411: a loop nobody leaves: the rates around a cycle of touchpoints sum to 1 at
    every step, so candidates circle for ever (``I - Q`` is singular; the forecast refuses
    to invert it). Reported at the loop's first touchpoint, naming all of them. Found in
    linear time (a backward search from where people drop out, then strongly connected
    components)."""
    return ctx.forecast_findings("JP411")


def trigger_without_rate(ctx: Context) -> Iterator[Finding]:
    """JP416 (warning): in a plan with forecast data, a trigger the forecast needs has no
    ``rate``: its source is reachable and a conversion point or a budgeted channel lies
    behind it. One finding per trigger, however many journeys share it."""
    return ctx.forecast_findings("JP416")


def budget_on_unused_channel(ctx: Context) -> Iterator[Finding]:
    """JP417 (warning): a channel has a ``budget`` but no persona's journey has a
    touchpoint on it: the money is planned, but the forecast cannot spend it anywhere."""
    budgeted = [c for c in ctx.plan.channels if c.budget is not None and c.budget > 0]
    if not budgeted:
        return
    used: set[str] = set()
    for _, j in ctx.persona_journeys():
        used.update(j.channels)
    for c in budgeted:
        if c.id not in used:
            yield ctx.finding("JP417", c.loc("budget"), subject=c.id, id=c.id)


RULES = [
    Rule("JP401", "single-channel-journey", 4, "error", single_channel_journey),
    Rule("JP402", "trigger-without-event", 4, "error", trigger_without_event),
    Rule("JP403", "unreachable-touchpoint", 4, "error", unreachable_touchpoint),
    Rule("JP404", "dead-end", 4, "error", dead_end),
    Rule("JP405", "non-preferred-channel", 4, "info", non_preferred_channel),
    Rule("JP406", "journey-without-entry", 4, "error", journey_without_entry),
    Rule("JP407", "trigger-for-no-persona", 4, "warning", trigger_for_no_persona),
    Rule("JP410", "rates-over-one", 4, "error", rates_over_one),
    Rule("JP411", "closed-loop", 4, "error", closed_loop),
    Rule("JP416", "trigger-without-rate", 4, "warning", trigger_without_rate),
    Rule("JP417", "budget-on-unused-channel", 4, "warning", budget_on_unused_channel),
]
