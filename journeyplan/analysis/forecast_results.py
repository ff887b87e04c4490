"""The results of the forecast (:mod:`journeyplan.analysis.forecast`) as plain values, and
how its figures and problems are said: counts, money in the plan's currency, times in
minutes, ``None`` where a figure cannot be computed. Nothing here computes the forecast.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeyplan.plan.model import Persona, Touchpoint, Trigger

DEFAULT_CURRENCY = "EUR"


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class Problem:
    """Why part of the forecast cannot be computed (or is not what the plan says).

    ``kind`` is one of ``missing-rate`` (``element`` a trigger), ``missing-reach`` (an entry
    touchpoint), ``rates-over-one`` (a touchpoint; ``value`` the sum), ``closed-loop`` (the
    first touchpoint of the loop; ``loop`` all of its ids), ``reach-not-entry`` (a
    touchpoint; ``key`` the persona in a reach mapping, ``None`` for a plain number),
    ``reach-shared`` (a plain number on a touchpoint of several personas; ``loop`` their
    ids), ``reach-persona`` (a reach mapping names persona ``key`` whose journey does not
    hold the touchpoint). ``persona`` is the persona concerned, ``None`` when several are."""

    kind: str
    element: Touchpoint | Trigger
    persona: str | None = None
    key: str | None = None
    value: float | None = None
    loop: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConversionForecast:
    """One conversion point in one persona's journey. ``expected``: expected conversions
    (visits); ``share``: ``expected`` / the persona's reach; ``minutes_to_reach``: mean
    summed trigger delay until first reaching it, for those who do. ``None``: cannot be
    computed (see :attr:`Forecast.problems`) or, for the time, nobody reaches it."""

    touchpoint: Touchpoint
    goal: str
    expected: float | None
    share: float | None
    target_rate: float | None
    minutes_to_reach: float | None


@dataclass(frozen=True)
class Lever:
    """A trigger whose rate moves the expected hires: ``elasticity`` is the relative change
    of the hires per relative change of ``rate`` (1.0: +10% rate gives +10% hires);
    ``hires_per_point`` the extra hires one percentage point more rate gives (to first
    order, the other rates unchanged). A trigger everybody follows (rate 1) is no lever."""

    trigger: Trigger
    source: Touchpoint
    target: Touchpoint
    rate: float
    elasticity: float
    hires_per_point: float


@dataclass
class PersonaForecast:
    """One persona's forecast. Counts are expected numbers of people in the plan's period;
    money is in :attr:`Forecast.currency`; ``None`` where a figure cannot be computed."""

    persona: Persona
    reach: float | None
    applications: float | None
    hires: float | None
    cost: float | None
    conversions: list[ConversionForecast]
    levers: list[Lever] = field(default_factory=list)

    @property
    def cost_per_application(self) -> float | None:
        return _per(self.cost, self.applications)

    @property
    def cost_per_hire(self) -> float | None:
        return _per(self.cost, self.hires)

    @property
    def other_conversions(self) -> float | None:
        """Expected conversions at points whose goal is neither application nor hire."""
        return _sum([c.expected for c in self.conversions if c.goal not in ("application", "hire")])


@dataclass(frozen=True)
class TargetGroupForecast:
    """A target group: the sums over its personas (``None`` if any of them is unknown)."""

    target_group: str
    reach: float | None
    applications: float | None
    hires: float | None
    hires_needed: int | None
    element: object = None


@dataclass
class Forecast:
    """The whole forecast: ``personas`` and ``target_groups`` in plan order, ``budget``
    (sum of the channels' budgets, ``None`` when no channel has one or one is written
    invalid), ``hires`` (sum over personas), ``problems`` in plan order,
    ``budgets_declared``: whether any channel is written with a budget (valid or not), so an
    unknown cost says why: no budgets in the plan, or a value that is wrong or missing."""

    currency: str
    personas: list[PersonaForecast]
    target_groups: list[TargetGroupForecast]
    budget: float | None
    hires: float | None
    problems: list[Problem]
    budgets_declared: bool = True

    @property
    def cost_per_hire(self) -> float | None:
        return _per(self.budget, self.hires)


def _per(money: float | None, count: float | None) -> float | None:
    if money is None or count is None or count <= 0:
        return None
    return money / count


def _sum(values: list[float | None]) -> float | None:
    return None if any(v is None for v in values) else float(sum(values))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- figures as said
def count_text(x: float) -> str:
    """An expected number of people as a consultant says it: ``7.4``, ``61``, ``1,250``,
    ``0.063`` (two significant digits below 10, whole numbers from 100)."""
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}".removesuffix(".0")
    if x == 0:
        return "0"
    return f"{x:.2g}"


def percent_text(share: float) -> str:
    """A share 0..1 as a percentage with three significant digits: ``0.151%``, ``6%``."""
    return f"{share * 100:.3g}%"


#: The checklist rule that reports each kind of problem.
PROBLEM_CODES = {
    "reach-not-entry": "JP310",
    "reach-shared": "JP311",
    "reach-persona": "JP313",
    "missing-reach": "JP315",
    "rates-over-one": "JP410",
    "closed-loop": "JP411",
    "missing-rate": "JP416",
}


def describe(problem: Problem):
    """``(code, location, subject, message arguments)`` of PROBLEM: the finding its rule
    reports, so the checklist and ``journeyplan forecast`` say the same thing."""
    e = problem.element
    kind = problem.kind
    code = PROBLEM_CODES[kind]
    if kind == "missing-rate":
        return code, e.loc(), None, {"source": e.source, "target": e.target}
    args: dict[str, object] = {"id": e.id}
    if kind in ("reach-not-entry", "reach-persona"):
        reach = e.reach
        if isinstance(reach, dict) and problem.key in reach:
            loc = e.loc("reach", list(reach).index(problem.key))
        else:
            loc = e.loc("reach")
        args["persona_id"] = problem.key or problem.persona or ""
    elif kind == "reach-shared":
        loc = e.loc("reach")
        args["personas"] = ", ".join(problem.loop)
    elif kind == "missing-reach":
        loc = e.loc("id")
        args["persona_id"] = problem.persona
    elif kind == "rates-over-one":
        loc = e.loc("id")
        args["total"] = f"{problem.value:.4g}"
    else:  # closed-loop
        loc = e.loc("id")
        args["loop"] = " -> ".join([*problem.loop, problem.loop[0]])
    return code, loc, e.id, args
