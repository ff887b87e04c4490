"""Question 5 -- the talent pool kept alive, within the law.

A ``talent_pool`` touchpoint keeps a candidate's data to re-engage them later (the seed's
"the talent database actively maintained"). Its checks:

- JP516: it says whether the candidate is asked for consent (``consent``) and how long the
  data is kept (``retention``);
- JP517: the retention is within the limit of ``plan.jurisdiction`` for data kept with or
  without consent (:mod:`journeyplan.rules.retention`, the one table of limits);
- JP518 (info): the retention is not checked, because the plan names no jurisdiction (no
  country's limits are assumed, not even the Dutch ones) or its authority names no number;
- JP519: ``plan.jurisdiction`` is not in the table;
- JP520: a trigger leaves the pool to re-engage the candidate, with a delay shorter than the
  retention (otherwise the data expires unused).

Only plans that declare a talent pool or a jurisdiction get any of these. Durations are
minutes.
"""

from __future__ import annotations

from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.i18n import Duration
from journeyplan.plan.model import Touchpoint
from journeyplan.rules.base import Context, Rule
from journeyplan.rules.retention import RETENTION_LIMITS, jurisdiction, limit_for

TALENT_POOL = "talent_pool"


def talent_pools(ctx: Context) -> Iterator[tuple[Touchpoint, list[str | None]]]:
    """Each talent pool of the plan with the personas whose journey holds it (``[None]``
    when none does, so that a finding about it still counts for the whole plan)."""
    pools = [t for t in ctx.plan.touchpoints if t.kind == TALENT_POOL]
    if not pools:
        return
    holders: dict[str, list[str | None]] = {t.id: [] for t in pools}
    for p, j in ctx.persona_journeys():
        ids = j.node_ids
        for t in pools:
            if t.id in ids:
                holders[t.id].append(p.id)
    for t in pools:
        yield t, holders[t.id] or [None]


def consent_of(t: Touchpoint) -> bool | None:
    """The pool's ``consent`` (``True``/``False``), or ``None`` when it is not written or not
    valid (the validator reports that)."""
    return t.consent if isinstance(t.consent, bool) and "consent" in t.at else None


def _jurisdiction_code(ctx: Context) -> str | None:
    info = ctx.plan.info
    code = info.jurisdiction if info is not None else None
    return code.strip().upper() if isinstance(code, str) and code.strip() else None


def talent_pool_terms_undeclared(ctx: Context) -> Iterator[Finding]:
    """JP516 (error): a talent pool does not say whether consent is asked (``consent``),
    how long the data is kept (``retention``), or both. Located at its id."""
    for t, personas in talent_pools(ctx):
        # a value that is written but not valid is reported where it stands (JP004, JP008)
        missing = [n for n in ("consent", "retention") if n not in t.at and n not in t.invalid]
        if not missing:
            continue
        key = "JP516" if len(missing) == 2 else f"JP516.{missing[0]}"
        for pid in personas:
            yield ctx.finding(
                key.split(".")[0], t.loc("id"), key, persona=pid, subject=t.id, id=t.id
            )


def retention_over_limit(ctx: Context) -> Iterator[Finding]:
    """JP517 (error): a talent pool keeps data longer than ``plan.jurisdiction`` allows:
    without consent (``consent: false``) past the no-consent limit, with consent past the
    with-consent limit. Located at the retention."""
    row = jurisdiction(_jurisdiction_code(ctx))
    if row is None:
        return
    for t, personas in talent_pools(ctx):
        consent = consent_of(t)
        if t.retention is None or consent is None:
            continue  # JP516, or not valid
        limit = limit_for(row, consent)
        if limit is None or t.retention <= limit.minutes:
            continue
        unit, amount = limit.unit, limit.amount
        if unit == "y" and amount != 1:
            unit, amount = "m", amount * 12  # the messages say "1 year", or months
        key = f"JP517.{'consent' if consent else 'no_consent'}.{unit}"
        for pid in personas:
            yield ctx.finding(
                "JP517",
                t.loc("retention"),
                key,
                persona=pid,
                subject=t.id,
                id=t.id,
                retention=Duration(t.retention),
                amount=amount,
                country=row.code,
                authority=row.authority,
            )


def retention_not_checked(ctx: Context) -> Iterator[Finding]:
    """JP518 (info): a talent pool's retention is not checked against any limit: the plan
    names no ``jurisdiction`` (the Dutch limits are not assumed), or the authority of the
    jurisdiction publishes no number for this case. Located at the retention."""
    code = _jurisdiction_code(ctx)
    row = jurisdiction(code)
    if code is not None and row is None:
        return  # JP519 says so
    for t, personas in talent_pools(ctx):
        consent = consent_of(t)
        if t.retention is None or consent is None:
            continue  # JP516, or not valid
        if row is None:
            key, args = "JP518.no_jurisdiction", {}
        elif limit_for(row, consent) is None:
            key = f"JP518.{'consent' if consent else 'no_consent'}"
            args = {"country": row.code, "authority": row.authority}
        else:
            continue
        for pid in personas:
            yield ctx.finding(
                "JP518",
                t.loc("retention"),
                key,
                persona=pid,
                subject=t.id,
                id=t.id,
                retention=Duration(t.retention),
                **args,
            )


def unknown_jurisdiction(ctx: Context) -> Iterator[Finding]:
    """JP519 (warning): ``plan.jurisdiction`` names a country whose retention limits
    journeyplan does not know, so no talent pool's retention can be checked. Located at the
    jurisdiction."""
    code = _jurisdiction_code(ctx)
    if code is None or code in RETENTION_LIMITS:
        return
    info = ctx.plan.info
    yield ctx.finding(
        "JP519",
        info.loc("jurisdiction") if info is not None else None,
        subject=code,
        country=code,
        known=", ".join(sorted(RETENTION_LIMITS)),
    )


def talent_pool_not_reengaged(ctx: Context) -> Iterator[Finding]:
    """JP520 (error): no trigger of the persona's journey leaves the talent pool (the
    candidate is kept but forgotten), or every one that does fires only when the retention
    has run out (the data expires unused). Located at the pool's id, or at the delay of the
    earliest re-engagement."""
    pools = [t for t in ctx.plan.touchpoints if t.kind == TALENT_POOL]
    if not pools:
        return
    for p, j in ctx.persona_journeys():
        ids = j.node_ids
        for t in pools:
            if t.id not in ids:
                continue
            out = j.succ.get(t.id, ())
            if not out:
                yield ctx.finding(
                    "JP520", t.loc("id"), persona=p.id, subject=t.id, id=t.id, persona_id=p.id
                )
                continue
            if t.retention is None:
                continue  # JP516
            first = min(out, key=lambda tr: tr.delay or 0)
            if (first.delay or 0) >= t.retention:
                yield ctx.finding(
                    "JP520",
                    first.loc("delay"),
                    "JP520.expired",
                    persona=p.id,
                    subject=t.id,
                    id=t.id,
                    target=first.target,
                    delay=Duration(first.delay or 0),
                    retention=Duration(t.retention),
                    persona_id=p.id,
                )


RULES = [
    Rule("JP516", "talent-pool-terms-undeclared", 5, "error", talent_pool_terms_undeclared),
    Rule("JP517", "retention-over-limit", 5, "error", retention_over_limit),
    Rule("JP518", "retention-not-checked", 5, "info", retention_not_checked),
    Rule("JP519", "unknown-jurisdiction", 5, "warning", unknown_jurisdiction),
    Rule("JP520", "talent-pool-not-reengaged", 5, "error", talent_pool_not_reengaged),
]
