"""Question 5 -- the candidate experience over time: promises kept, no long silence.

A touchpoint's ``response_time`` is a promise to the candidate ("you hear from us within
2 days"); the plan keeps it only when every trigger leaving that touchpoint fires within
that time (JP511). With ``plan.max_silence`` set, no trigger between an application and its
outcome (a hire, a rejection, an exit or the talent pool) waits longer than that (JP512).

Both checks look at each persona's journey (:mod:`journeyplan.analysis.graph`) and are
linear in its touchpoints + triggers: nothing enumerates paths. Durations are minutes; a
trigger without ``delay`` fires at once (0 minutes).
"""

from __future__ import annotations

from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.i18n import Duration
from journeyplan.rules.base import Context, Rule


def promise_not_kept(ctx: Context) -> Iterator[Finding]:
    """JP511 (error): a trigger leaves a touchpoint that promises an answer within T
    (``response_time``) with a ``delay`` over T: the plan itself breaks the promise.
    Located at the trigger's delay, once per persona whose journey holds the trigger. This
    is the one check of version 1.1 that also applies to 1.0 plans: they make the promise."""
    for p, j in ctx.persona_journeys():
        by_id = j.by_id
        for tr in j.edges:
            promise = by_id[tr.source].response_time  # type: ignore[index]
            if promise is not None and (tr.delay or 0) > promise:
                yield ctx.finding(
                    "JP511",
                    tr.loc("delay"),
                    persona=p.id,
                    subject=tr.source,
                    source=tr.source,
                    target=tr.target,
                    promise=Duration(promise),
                    delay=Duration(tr.delay or 0),
                    persona_id=p.id,
                )


RULES = [
    Rule("JP511", "promise-not-kept", 5, "error", promise_not_kept),
]
