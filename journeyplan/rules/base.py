"""What a rule is, and what it gets to look at."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any

from journeyplan.analysis.graph import JourneyIndex
from journeyplan.findings import Finding, Location, Severity
from journeyplan.plan.model import Plan
from journeyplan.record import record


def written_invalid(elements: Iterable[Any], *attrs: str) -> bool:
    """Whether one of ELEMENTS has one of the fields ATTRS written with a value that is not
    valid (:attr:`journeyplan.plan.model.Element.invalid`). The validator has reported that
    value where it stands (``feedback: yes`` is JP004, ``response_time: soon`` JP008); a
    rule whose finding would only say the field is missing or false stays silent then, so
    one slip is one finding."""
    return any(not e.invalid.isdisjoint(attrs) for e in elements if e is not None and e.invalid)


#: The forecast's problems that say a field is missing, and that field.
_MISSING = {"missing-rate": "rate", "missing-reach": "reach"}


@record
class Rule:
    """One rule: stable ``code``, kebab-case ``name``, ``question`` (1-5 or ``None`` for
    plan structure), default ``severity``, and ``check`` (``None`` for structural rules,
    which the loader and validator report)."""

    code: str
    name: str
    question: int | None
    severity: Severity
    check: Callable[[Context], Iterable[Finding]] | None = None


class Context:
    """What a rule sees: the validated ``plan`` and its ``journeys``."""

    def __init__(self, plan: Plan, rules: dict[str, Rule]) -> None:
        self.plan = plan
        self.journeys = JourneyIndex(plan)
        self._rules = rules

    def finding(
        self,
        code: str,
        location: Location | None,
        key: str | None = None,
        *,
        persona: str | None = None,
        subject: str | None = None,
        **args: Any,
    ) -> Finding:
        """A finding of rule CODE with its default severity and question."""
        rule = self._rules[code]
        return Finding(
            code, rule.severity, rule.question, location, key or code, args, persona, subject
        )

    @cached_property
    def has_forecast_data(self) -> bool:
        """Whether the plan opts in to the forecast (format 1.1): only then do the forecast
        rules look at it, so a 1.0 plan gets no forecast finding."""
        from journeyplan.plan.optin import has_forecast_data

        return has_forecast_data(self.plan)

    @cached_property
    def forecast(self):
        """The plan's :class:`~journeyplan.analysis.forecast.Forecast`, computed once for
        all rules (and only asked for when :attr:`has_forecast_data`)."""
        from journeyplan.analysis.forecast import forecast

        return forecast(self.plan, self.journeys)

    def forecast_findings(self, code: str) -> list[Finding]:
        """The forecast's problems that rule CODE reports (JP310-JP315, JP410-JP416), as
        its findings, in plan order; none for a plan without forecast data."""
        if not self.has_forecast_data:
            return []
        from journeyplan.analysis.forecast import PROBLEM_CODES, describe

        out = []
        for pr in self.forecast.problems:
            if PROBLEM_CODES[pr.kind] != code:
                continue
            missing = _MISSING.get(pr.kind)
            if missing is not None and written_invalid((pr.element,), missing):
                continue  # `rate: 50` is JP009 where it stands, not also 'no rate'

            _, loc, subject, args = describe(pr)
            persona = pr.key if pr.kind == "reach-persona" else pr.persona
            out.append(self.finding(code, loc, persona=persona, subject=subject, **args))
        return out

    def persona_journeys(self):
        """(persona, journey) for every persona, in plan order."""
        for p in self.plan.personas:
            yield p, self.journeys.journey(p)

    def plan_location(self) -> Location | None:
        """Where the plan as a whole is declared (its ``plan:`` section), if anywhere."""
        info = self.plan.info
        return info.loc() if info is not None else None
