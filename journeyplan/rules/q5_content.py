"""Question 5 -- personalised content: the message a candidate reads is meant for them.

Only plans that declare ``plan.fields`` (the personalisation fields a message may use as
``{name}``) get these checks:

- JP514: every ``{placeholder}`` in a touchpoint's ``message`` is a declared field, with a
  did-you-mean, so a typo never reaches a candidate as a literal ``{frist_name}``;
- JP515 (info): one message text without any placeholder reaches personas of two or more
  target groups: one text for two target groups is not personal to either.

A placeholder is ``{name}`` with a name of letters, digits and ``_`` that starts with a
letter or ``_``; doubled braces (``{{literal}}``) are not placeholders
(:mod:`journeyplan.plan.placeholders`, which also records where each one is written).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journeyplan.findings import Finding
from journeyplan.plan.model import Touchpoint
from journeyplan.plan.placeholders import PLACEHOLDER, occurrence, placeholders
from journeyplan.rules.base import Context, Rule
from journeyplan.suggest import did_you_mean

__all__ = ["PLACEHOLDER", "RULES", "placeholders"]

#: A declared field that can be written as a placeholder (only those are suggested).
_PLACEHOLDER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z").match


def _declared_fields(ctx: Context) -> list[str] | None:
    info = ctx.plan.info
    return info.fields if info is not None else None


def _holders(ctx: Context) -> dict[str, list[str]]:
    """Touchpoint id -> the ids of the personas whose journey holds it, in plan order."""
    out: dict[str, list[str]] = {}
    for p, j in ctx.persona_journeys():
        for t in j.nodes:
            out.setdefault(t.id, []).append(p.id)
    return out


def placeholder_not_declared(ctx: Context) -> Iterator[Finding]:
    """JP514 (error, only with ``plan.fields``): a ``{placeholder}`` in a message is not one
    of the declared fields. Located at the placeholder's first occurrence in the text (at
    the message's start when its place in the source cannot be known: see
    :mod:`journeyplan.plan.placeholders`), once per persona who receives it (once for the
    plan when nobody does)."""
    fields = _declared_fields(ctx)
    if fields is None:
        return
    known = set(fields)
    holders: dict[str, list[str]] | None = None
    for t in ctx.plan.touchpoints:
        if not isinstance(t.message, str):
            continue
        unknown = [name for name in placeholders(t.message) if name not in known]
        if not unknown:
            continue
        if holders is None:
            holders = _holders(ctx)
        for name in unknown:
            where = t.loc("message", occurrence(t.message, name))
            for pid in holders.get(t.id) or [None]:
                yield ctx.finding(
                    "JP514",
                    where,
                    persona=pid,
                    subject=t.id,
                    id=t.id,
                    placeholder=name,
                    fields=", ".join(fields) if fields else "-",
                    suggestion=did_you_mean(name, fields, _PLACEHOLDER_NAME),
                )


def one_text_for_many_groups(ctx: Context) -> Iterator[Finding]:
    """JP515 (info, only with ``plan.fields``): one message text without any placeholder
    (on one touchpoint, or the same text on several) reaches personas of two or more target
    groups. Located at the first touchpoint with that text."""
    if _declared_fields(ctx) is None:
        return
    group_of = {p.id: p.target_group for p in ctx.plan.personas}
    holders = _holders(ctx)
    texts: dict[str, tuple[Touchpoint, dict[str, None]]] = {}
    for t in ctx.plan.touchpoints:
        text = t.message.strip() if isinstance(t.message, str) else ""
        if not text or placeholders(text):
            continue
        first, groups = texts.setdefault(" ".join(text.split()), (t, {}))
        for pid in holders.get(t.id, ()):
            group = group_of.get(pid)
            if group is not None:
                groups[group] = None
    for first, groups in texts.values():
        if len(groups) >= 2:
            yield ctx.finding(
                "JP515",
                first.loc("message"),
                subject=first.id,
                id=first.id,
                count=len(groups),
                target_groups=", ".join(groups),
            )


RULES = [
    Rule("JP514", "placeholder-not-declared", 5, "error", placeholder_not_declared),
    Rule("JP515", "one-text-for-many-groups", 5, "info", one_text_for_many_groups),
]
