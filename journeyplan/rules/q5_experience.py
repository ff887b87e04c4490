"""Question 5 -- How do I anchor both the right candidate experience and the employer brand
along the journey?

The brand is complete (proposition, qualifiers, winners, personality); every stage a persona
passes carries a brand element; every winner reaches every persona; an application is
acknowledged at once with a concrete promise of when the candidate hears back; rejections
come with feedback; messaging channels answer within 24 hours.
"""

from __future__ import annotations

from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.rules.base import Context, Rule, written_invalid

#: The longest answer time a messaging channel may declare, in minutes (24 hours):
#: candidates expect an answer within hours on messaging channels.
MESSAGING_MAX_MINUTES = 24 * 60


def _brand_part(code: str, attr: str):
    def check(ctx: Context) -> Iterator[Finding]:
        brand = ctx.plan.brand
        value = getattr(brand, attr) if brand is not None else None
        if not (value.strip() if isinstance(value, str) else value) and not written_invalid(
            (brand,), attr
        ):
            loc = brand.loc() if brand is not None else ctx.plan_location()
            yield ctx.finding(code, loc)

    check.__name__ = f"brand_without_{attr}"
    check.__doc__ = f"{code}: the employer brand has no {attr}."
    return check


def stage_without_brand(ctx: Context) -> Iterator[Finding]:
    """JP505 (warning): a stage the persona passes has no touchpoint of the persona carrying
    a brand element. Located at the persona's first touchpoint in that stage."""
    stages = {s.id: s for s in ctx.plan.stages}
    for p, j in ctx.persona_journeys():
        first: dict[str, object] = {}
        branded: set[str] = set()
        for t in j.nodes:
            if t.stage is None:
                continue
            first.setdefault(t.stage, t)
            if t.brand:
                branded.add(t.stage)
        for stage_id, t in first.items():
            if stage_id not in branded:
                yield ctx.finding(
                    "JP505",
                    t.loc("stage"),
                    persona=p.id,  # type: ignore
                    subject=stage_id,
                    stage=stages[stage_id].label,
                    persona_id=p.id,
                )


def winner_not_reaching_persona(ctx: Context) -> Iterator[Finding]:
    """JP506 (warning): a winner (distinguishing feature) is carried by no touchpoint of the
    persona's journey (also when the persona has no touchpoints yet). A winner scoped to
    some target groups (``winners[].target_groups``) is asked only of their personas."""
    brand = ctx.plan.brand
    winners = (brand.winners or []) if brand is not None else []
    if not winners:
        return
    for p, j in ctx.persona_journeys():
        carried = {b for t in j.nodes for b in (t.brand or ())}
        for w in winners:
            if w.target_groups is not None and p.target_group not in w.target_groups:
                continue
            if w.id not in carried:
                yield ctx.finding(
                    "JP506", w.loc("id"), persona=p.id, subject=w.id, id=w.id, persona_id=p.id
                )


def application_without_acknowledgement(ctx: Context) -> Iterator[Finding]:
    """JP507: an application conversion point is not directly followed (one trigger) by an
    acknowledgement touchpoint with a concrete ``response_time``."""
    for p, j in ctx.persona_journeys():
        by_id = j.by_id
        for t in j.nodes:
            c = t.conversion
            if c is None or c.goal != "application":
                continue
            nexts = [by_id[tr.target] for tr in j.succ.get(t.id, ())]
            if not any(n.response_time is not None for n in nexts) and not written_invalid(
                nexts, "response_time"
            ):
                yield ctx.finding(
                    "JP507", t.loc("id"), persona=p.id, subject=t.id, id=t.id, persona_id=p.id
                )


def no_rejection_with_feedback(ctx: Context) -> Iterator[Finding]:
    """JP508: the persona's journey has no rejection touchpoint with ``feedback: true`` (also
    when the persona has no touchpoints yet)."""
    for p, j in ctx.persona_journeys():
        rejections = [t for t in j.nodes if t.kind == "rejection"]
        if any(t.feedback for t in rejections):
            continue
        if written_invalid(rejections, "feedback") or written_invalid(j.nodes, "kind"):
            continue  # `feedback: yes` or `kind: rejected` is reported where it stands
        if rejections:
            t = rejections[0]
            yield ctx.finding(
                "JP508",
                t.loc("feedback") if "feedback" in t.at else t.loc("id"),
                "JP508.no_feedback",
                persona=p.id,
                subject=t.id,
                id=t.id,
                persona_id=p.id,
            )
        else:
            yield ctx.finding("JP508", p.loc("id"), persona=p.id, subject=p.id, persona_id=p.id)


def _messaging_channels(ctx: Context):
    channels = {c.id: c for c in ctx.plan.channels}
    for p, j in ctx.persona_journeys():
        for cid in j.channels:
            c = channels[cid]
            if c.type == "messaging":
                yield p, c


def messaging_channel_slow(ctx: Context) -> Iterator[Finding]:
    """JP509 (warning): a messaging channel of the journey declares a response time over
    24 hours (1440 minutes)."""
    for p, c in _messaging_channels(ctx):
        if c.response_time is not None and c.response_time > MESSAGING_MAX_MINUTES:
            yield ctx.finding(
                "JP509",
                c.loc("response_time"),
                persona=p.id,
                subject=c.id,
                id=c.id,
                minutes=c.response_time,
                persona_id=p.id,
            )


def messaging_channel_without_response_time(ctx: Context) -> Iterator[Finding]:
    """JP510 (warning): a messaging channel of the journey declares no response time."""
    for p, c in _messaging_channels(ctx):
        if c.response_time is None and not written_invalid((c,), "response_time"):
            yield ctx.finding(
                "JP510", c.loc("id"), persona=p.id, subject=c.id, id=c.id, persona_id=p.id
            )


RULES = [
    Rule("JP501", "brand-without-proposition", 5, "error", _brand_part("JP501", "proposition")),
    Rule("JP502", "brand-without-qualifiers", 5, "error", _brand_part("JP502", "qualifiers")),
    Rule("JP503", "brand-without-winners", 5, "error", _brand_part("JP503", "winners")),
    Rule("JP504", "brand-without-personality", 5, "error", _brand_part("JP504", "personality")),
    Rule("JP505", "stage-without-brand", 5, "warning", stage_without_brand),
    Rule("JP506", "winner-not-reaching-persona", 5, "warning", winner_not_reaching_persona),
    Rule(
        "JP507",
        "application-without-acknowledgement",
        5,
        "error",
        application_without_acknowledgement,
    ),
    Rule("JP508", "no-rejection-with-feedback", 5, "error", no_rejection_with_feedback),
    Rule("JP509", "messaging-channel-slow", 5, "warning", messaging_channel_slow),
    Rule(
        "JP510",
        "messaging-channel-without-response-time",
        5,
        "warning",
        messaging_channel_without_response_time,
    ),
]
