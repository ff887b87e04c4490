"""Question 3 -- What are the intended contact and conversion points per persona?

Each persona has touchpoints and at least one conversion point, and every conversion point
of its journey can be reached from one of its entries (breadth-first, linear time).

With forecast data (format 1.1), the contact points say how many people they reach and the
conversion points how many convert: question 3 asks for the intended contact and
conversion points per persona, and ``reach`` and ``target_rate`` are what "intended"
means in numbers. ``reach`` belongs on an entry (JP310), per persona on an entry several
personas share (JP311, JP313), and on every entry the forecast starts from (JP315); a
conversion point's forecast share is compared with its ``target_rate`` (JP314).
"""

from __future__ import annotations

from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.rules.base import Context, Rule, written_invalid


def persona_without_touchpoints(ctx: Context) -> Iterator[Finding]:
    """JP301: no touchpoint includes this persona."""
    for p, j in ctx.persona_journeys():
        if not j.nodes:
            yield ctx.finding("JP301", p.loc("id"), persona=p.id, subject=p.id, id=p.id)


def touchpoint_for_no_persona(ctx: Context) -> Iterator[Finding]:
    """JP304 (warning): a touchpoint written with ``personas: []`` is for no persona: it is
    in no journey (leaving ``personas`` out is what makes it every persona's). Located at
    the empty list."""
    for t in ctx.plan.touchpoints:
        if t.personas is not None and not t.personas and "personas" not in t.invalid:
            yield ctx.finding("JP304", t.loc("personas"), subject=t.id, id=t.id)


def persona_without_conversion(ctx: Context) -> Iterator[Finding]:
    """JP302: the persona's journey has touchpoints but no conversion point."""
    for p, j in ctx.persona_journeys():
        if j.nodes and not any(t.conversion is not None for t in j.nodes):
            if written_invalid(j.nodes, "conversion"):
                continue  # a conversion is written but not valid (JP004 ...)
            yield ctx.finding("JP302", p.loc("id"), persona=p.id, subject=p.id, id=p.id)


def conversion_unreachable(ctx: Context) -> Iterator[Finding]:
    """JP303: a conversion point of the journey cannot be reached from its entries. A
    journey without entries (JP406, question 4) reaches none of its conversion points."""
    for p, j in ctx.persona_journeys():
        if not j.entries and written_invalid(j.nodes, "entry"):
            continue  # no entry because an `entry` is not valid (JP004): JP406 neither
        reachable = j.reachable
        for t in j.nodes:
            if t.conversion is not None and t.id not in reachable:
                yield ctx.finding(
                    "JP303", t.loc("id"), persona=p.id, subject=t.id, id=t.id, persona_id=p.id
                )


def reach_not_on_entry(ctx: Context) -> Iterator[Finding]:
    """JP310: ``reach`` on a touchpoint that is not an entry of the journey (of the persona
    a mapping key names): people arrive at entries; elsewhere they come by triggers, whose
    rates the forecast follows. The number would be ignored, so it is an error."""
    return ctx.forecast_findings("JP310")


def reach_shared_number(ctx: Context) -> Iterator[Finding]:
    """JP311: a plain number as ``reach`` on an entry several personas share: whose people
    are they? Write a mapping per persona (``reach: {sander: 40000, lisa: 5000}``)."""
    return ctx.forecast_findings("JP311")


def reach_for_other_persona(ctx: Context) -> Iterator[Finding]:
    """JP313: a ``reach`` mapping names a persona whose journey does not hold the
    touchpoint: the number counts for nobody."""
    return ctx.forecast_findings("JP313")


def entry_without_reach(ctx: Context) -> Iterator[Finding]:
    """JP315 (warning): in a plan with forecast data, an entry of a persona's journey says
    nothing about how many people it reaches, so the persona's forecast (everything
    downstream of the entry) cannot be computed. One finding per entry and persona."""
    return ctx.forecast_findings("JP315")


def conversion_below_target(ctx: Context) -> Iterator[Finding]:
    """JP314 (warning): the forecast share of a persona's reached people who convert at a
    conversion point is below its ``target_rate`` (a warning: a forecast is an estimate).
    The message gives both figures and the expected number of conversions."""
    if not ctx.has_forecast_data:
        return
    from journeyplan.analysis.forecast import count_text, percent_text

    for pf in ctx.forecast.personas:
        for c in pf.conversions:
            if c.target_rate is None or c.share is None or c.share >= c.target_rate - 1e-12:
                continue
            t = c.touchpoint
            conv = t.conversion
            yield ctx.finding(
                "JP314",
                conv.loc("target_rate") if conv is not None else t.loc("id"),
                persona=pf.persona.id,
                subject=t.id,
                id=t.id,
                persona_id=pf.persona.id,
                share=percent_text(c.share),
                target=percent_text(c.target_rate),
                expected=count_text(c.expected or 0.0),
            )


RULES = [
    Rule("JP301", "persona-without-touchpoints", 3, "error", persona_without_touchpoints),
    Rule("JP302", "persona-without-conversion", 3, "error", persona_without_conversion),
    Rule("JP303", "conversion-unreachable", 3, "error", conversion_unreachable),
    Rule("JP304", "touchpoint-for-no-persona", 3, "warning", touchpoint_for_no_persona),
    Rule("JP310", "reach-not-on-entry", 3, "error", reach_not_on_entry),
    Rule("JP311", "reach-shared-number", 3, "error", reach_shared_number),
    Rule("JP313", "reach-for-other-persona", 3, "error", reach_for_other_persona),
    Rule("JP314", "conversion-below-target", 3, "warning", conversion_below_target),
    Rule("JP315", "entry-without-reach", 3, "warning", entry_without_reach),
]
