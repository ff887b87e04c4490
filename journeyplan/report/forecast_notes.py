"""Why a figure of the forecast is unknown (``—`` in text and Markdown), said once per reason
under the tables, so a consultant knows whether something is wrong with the plan.

Some unknowns are no fault: a plan without budgets has no costs to forecast, a persona with
no hires forecast has no cost per hire, nobody reaching a conversion point has no time to
it. Those are said plainly, and ``journeyplan forecast`` exits 0 for them. The others
depend on a value that is missing or invalid (a rate, a reach, a budget, a delay): the
located messages on standard error say where, and the run exits 1.
"""

from __future__ import annotations

from journeyplan.analysis.forecast import Forecast

#: The reasons, in the order the notes are written; each is ``ui.forecast.unknown.REASON``.
REASONS = ("budget", "no_applications", "no_hires", "nobody", "problem")


def unknown_reasons(fc: Forecast) -> list[str]:
    """The reasons (of :data:`REASONS`) for the unknown figures of FC, in that order; empty
    when every figure is known."""
    found: set[str] = set()
    money = "budget" if not fc.budgets_declared else "problem"

    def per(cost, count, none_left: str) -> None:
        # a cost divided by a count: unknown when either is, or when there is nothing to divide
        if cost is None:
            found.add(money)
        elif count is None:
            found.add("problem")
        elif count <= 0:
            found.add(none_left)

    for pf in fc.personas:
        if None in (pf.reach, pf.applications, pf.hires, pf.other_conversions):
            found.add("problem")
        per(pf.cost, pf.applications, "no_applications")
        per(pf.cost, pf.hires, "no_hires")
        for c in pf.conversions:
            if c.expected is None:
                found.add("problem")
                continue
            if c.share is None:
                found.add("nobody" if pf.reach == 0 else "problem")
            if c.minutes_to_reach is None:
                # nobody gets there; or people do, after a delay written invalid
                found.add("nobody" if c.expected <= 0 else "problem")
    for g in fc.target_groups:
        if None in (g.reach, g.applications, g.hires):
            found.add("problem")
    if fc.hires is None:
        found.add("problem")
    per(fc.budget, fc.hires, "no_hires")
    return [r for r in REASONS if r in found]


__all__ = ["REASONS", "unknown_reasons"]
