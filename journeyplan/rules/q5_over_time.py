"""Question 5 -- the candidate experience over time: promises kept, no long silence, no
journey that ends at its lowest point.

A touchpoint's ``response_time`` is a promise to the candidate ("you hear from us within
2 days"); the plan keeps it only when every trigger leaving that touchpoint fires within
that time (JP511). With ``plan.max_silence`` set, no trigger between an application and its
outcome (a hire, a rejection, an exit or the talent pool) waits longer than that (JP512).
With ``experience`` scores (-2..+2, the emotion curve) a rejection that is the journey's
lowest point leads somewhere (JP513, the peak-end rule).

Both checks look at each persona's journey (:mod:`journeyplan.analysis.graph`) and are
linear in its touchpoints + triggers: nothing enumerates paths. Durations are minutes; a
trigger without ``delay`` fires at once (0 minutes).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from journeyplan.analysis.graph import Journey
from journeyplan.findings import Finding
from journeyplan.i18n import Duration
from journeyplan.plan.model import Touchpoint, Trigger
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


def is_application(t: Touchpoint) -> bool:
    """A conversion point whose goal is an application."""
    return t.conversion is not None and t.conversion.goal == "application"


def is_outcome(t: Touchpoint) -> bool:
    """Where an application ends: a hire, a rejection, an exit or the talent pool."""
    if t.conversion is not None and t.conversion.goal == "hire":
        return True
    return t.kind in ("rejection", "exit", "talent_pool")


def in_process_triggers(j: Journey) -> list[tuple[Trigger, str]]:
    """The triggers of journey J that lie on some path from an application conversion point
    to an outcome (:func:`is_outcome`) that passes no other outcome on the way, each with
    the id of an application it follows. Two breadth-first searches, O(V + E): forward from
    the applications (not past an outcome), backward from the outcomes (not past another
    outcome); a trigger u -> v is on such a path when u is reached forward, u is not an
    outcome, and v reaches an outcome."""
    by_id = j.by_id
    origin: dict[str, str] = {}
    queue: deque[str] = deque()
    for t in j.nodes:
        if is_application(t) and not is_outcome(t):
            origin[t.id] = t.id
            queue.append(t.id)
    while queue:
        u = queue.popleft()
        for tr in j.succ.get(u, ()):
            v = tr.target
            if v not in origin:
                origin[v] = origin[u]  # type: ignore[index]
                if not is_outcome(by_id[v]):  # type: ignore[index]
                    queue.append(v)  # type: ignore[arg-type]
    if not origin:
        return []
    pred: dict[str, list[str]] = {}
    for tr in j.edges:
        pred.setdefault(tr.target, []).append(tr.source)  # type: ignore[arg-type]
    ends = {t.id for t in j.nodes if is_outcome(t)}
    leads = set(ends)
    queue = deque(ends)
    while queue:
        v = queue.popleft()
        for u in pred.get(v, ()):
            if u not in leads and u not in ends:
                leads.add(u)
                queue.append(u)
    return [
        (tr, origin[tr.source])  # type: ignore[index]
        for tr in j.edges
        if tr.source in origin and tr.source not in ends and tr.target in leads
    ]


def long_silence(ctx: Context) -> Iterator[Finding]:
    """JP512 (error, only with ``plan.max_silence``): a trigger between an application and
    its outcome waits longer than ``plan.max_silence``: the candidate in process hears
    nothing for that long. Located at the trigger's delay, per persona."""
    info = ctx.plan.info
    limit = info.max_silence if info is not None else None
    if limit is None:
        return
    for p, j in ctx.persona_journeys():
        for tr, application in in_process_triggers(j):
            if (tr.delay or 0) > limit:
                yield ctx.finding(
                    "JP512",
                    tr.loc("delay"),
                    persona=p.id,
                    subject=tr.source,
                    source=tr.source,
                    target=tr.target,
                    delay=Duration(tr.delay or 0),
                    limit=Duration(limit),
                    application=application,
                    persona_id=p.id,
                )


def rejection_at_the_low_point(ctx: Context) -> Iterator[Finding]:
    """JP513 (warning, only with ``experience``): a rejection is its journey's lowest-scored
    touchpoint (``experience``, -2..+2; ties count) while another touchpoint of the journey
    scores higher, and no trigger leads on from it: by the peak-end rule the candidate
    remembers the journey by its worst moment and its end, and here they are the same.
    Located at the rejection's experience."""
    for p, j in ctx.persona_journeys():
        scored = [t for t in j.nodes if t.experience is not None]
        if len(scored) < 2:
            continue
        low = min(t.experience for t in scored)  # type: ignore[type-var]
        high = max(t.experience for t in scored)  # type: ignore[type-var]
        if low == high:
            continue
        for t in scored:
            if t.kind == "rejection" and t.experience == low and t.id not in j.succ:
                yield ctx.finding(
                    "JP513",
                    t.loc("experience"),
                    persona=p.id,
                    subject=t.id,
                    id=t.id,
                    score=f"{low:+d}" if low else "0",
                    high=f"{high:+d}" if high else "0",
                    persona_id=p.id,
                )


RULES = [
    Rule("JP511", "promise-not-kept", 5, "error", promise_not_kept),
    Rule("JP512", "long-silence", 5, "error", long_silence),
    Rule("JP513", "rejection-at-the-low-point", 5, "warning", rejection_at_the_low_point),
]
