"""Which optional parts of plan format 1.1 a plan opts in to. A plan that does not opt in
to a part gets none of its findings, so a 1.0 plan is checked as before. Import-free: the
check of a plan without forecast data never loads the forecast (or numpy and scipy).
"""

from __future__ import annotations

from journeyplan.plan.model import Plan


def has_forecast_data(plan: Plan) -> bool:
    """Whether the plan opts in to the forecast: it sets ``plan.currency``, a target
    group's ``hires_needed``, a channel's ``budget``, a touchpoint's ``reach`` or a
    trigger's ``rate``. A plan that does not gets no forecast finding (plan format 1.1)."""
    info = plan.info
    return (
        (info is not None and info.currency is not None)
        or any(g.hires_needed is not None for g in plan.target_groups)
        or any(c.budget is not None for c in plan.channels)
        or any(t.reach is not None for t in plan.touchpoints)
        or any(tr.rate is not None for tr in plan.triggers)
    )
