"""The rule registry: every rule journeyplan knows, registered explicitly, in code order.

A rule has a stable ``code`` (``JP`` + three digits; the hundreds digit is the checklist
question it answers, 0 for plan structure), a ``name``, a default ``severity``, the
``question`` (1-5 or ``None``) and a ``check`` function ``(Context) -> Iterable[Finding]``.
Structural rules have no check function: the loader and the validator
(:mod:`journeyplan.plan.build`) report them. Titles and explanations live in the message
tables (:mod:`journeyplan.messages`), translated in the gettext catalogues.
"""

from __future__ import annotations

from journeyplan.rules import (
    q1_target_groups,
    q2_personas,
    q3_touchpoints,
    q4_journey,
    q5_content,
    q5_experience,
    q5_over_time,
    q5_talent_pool,
    structure,
)
from journeyplan.rules.base import Context, Rule

REGISTRY: dict[str, Rule] = {
    rule.code: rule
    for module in (
        structure,
        q1_target_groups,
        q2_personas,
        q3_touchpoints,
        q4_journey,
        q5_experience,
        q5_over_time,
        q5_content,
        q5_talent_pool,
    )
    for rule in module.RULES
}

QUESTIONS = (1, 2, 3, 4, 5)

__all__ = ["QUESTIONS", "REGISTRY", "Context", "Rule"]
