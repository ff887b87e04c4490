"""Why figures of the forecast are unknown or not what the plan meant, as ``journeyplan check``
says it: what ``journeyplan forecast`` prints on standard error.

Two sources, one list in plan order:

- the values of forecast fields written but not valid (``rate: 6``, ``"6,5%"``,
  ``budget: 9k``, ``delay: soon``, ``reach: -5``): the plan's own value findings (JP004,
  JP008, JP009), with check's message and hint ("did you mean 0.06 (6%)?");
- the forecast's problems (``Forecast.problems``), as
  their rule's finding would say them, except a "missing" one whose field is written with
  an invalid value: ``rate: 6`` is not a missing rate, it is reported where it stands (the
  same rule as check's, :func:`journeyplan.rules.base.written_invalid`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeyplan.analysis.forecast_results import Forecast, describe
from journeyplan.findings import Location

#: The fields the forecast reads.
FORECAST_FIELDS = frozenset(
    {"rate", "delay", "reach", "budget", "hires_needed", "currency", "target_rate"}
)
#: The findings of a value the validator could not use: wrong type, not a duration, not
#: allowed (out of range, not a rate, a decimal comma ...).
VALUE_CODES = frozenset({"JP004", "JP008", "JP009"})
#: The forecast's problems that say a field is missing, and that field.
MISSING = {"missing-rate": "rate", "missing-reach": "reach"}


@dataclass(frozen=True)
class Reason:
    """One line of the forecast's standard error: ``location``, rule ``code``, message
    ``key`` and ``args`` (rendered in the run's language by the caller)."""

    location: Location | None
    code: str
    key: str
    args: dict[str, Any]


def _forecast_value(element: Any) -> bool:
    """Whether ELEMENT has a forecast field written with an invalid value (a conversion's
    ``target_rate`` counts for its touchpoint)."""
    if element is None:
        return False
    invalid = set(getattr(element, "invalid", ()) or ())
    conversion = getattr(element, "conversion", None)
    if conversion is not None:
        invalid |= set(getattr(conversion, "invalid", ()) or ())
    return not FORECAST_FIELDS.isdisjoint(invalid)


def forecast_reasons(findings, fc: Forecast) -> list[Reason]:
    """The reasons for FC (a :class:`Forecast`), given the plan's FINDINGS (a
    :class:`~journeyplan.check.pipeline.CheckResult`'s): the value findings of forecast
    fields, then the forecast's problems not explained by one, sorted by place."""
    out = [
        Reason(f.location, f.code, f.key, dict(f.args))
        for f in findings
        if f.code in VALUE_CODES and _forecast_value(f.element)
    ]
    for problem in fc.problems:
        missing = MISSING.get(problem.kind)
        if missing is not None and missing in problem.element.invalid:
            continue  # its value finding is in the list, where it stands
        code, loc, _, args = describe(problem)
        out.append(Reason(loc, code, code, args))

    def place(r: Reason) -> tuple:
        loc = r.location
        return (loc.file, loc.line or 0, loc.column or 0, r.code) if loc else ("", 0, 0, r.code)

    return sorted(out, key=place)


__all__ = ["FORECAST_FIELDS", "VALUE_CODES", "Reason", "forecast_reasons"]
