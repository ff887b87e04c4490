"""Which personas a plan element belongs to, and which checklist question it answers: so a
plan-structure finding inside a persona's own element (a touchpoint of its journey whose
conversion has an invalid goal) never leaves that persona's verdict at ``pass``.

- a persona answers question 2, for itself;
- a touchpoint answers question 3, for its personas (all when it names none);
- a trigger answers question 4, for its personas, else those of the touchpoint it leaves.

Other elements (the plan, stages, the employer brand, target groups and channels, which
personas share) are no persona's own: their errors are reported, and each persona's
verdicts come from the checklist rules about them. References are
read as written (``Element.written``): a touchpoint that names a persona id that does not
resolve still belongs to no one else.
"""

from __future__ import annotations

from typing import Any

from journeyplan.plan.model import Kind, Plan


def _written(e: Any, attr: str) -> Any:
    w = e.written
    if w and attr in w and not isinstance(w[attr], type(None)):
        value = w[attr]
        if isinstance(value, (str, list, dict)):
            return value
    return getattr(e, attr)


class Owners:
    """Element -> (question, persona ids), for one plan, each element worked out once."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.all = [p.id for p in plan.personas]
        self._cache: dict[int, tuple[int, list[str]]] = {}

    def of(self, e: Any) -> tuple[int, list[str]]:
        """The question element E answers and the personas it belongs to (none for an
        element that is no persona's own: question 0)."""
        hit = self._cache.get(id(e))
        if hit is None:
            hit = self._cache[id(e)] = self._work_out(e)
        return hit

    def _touchpoint_personas(self, e: Any) -> list[str]:
        personas = _written(e, "personas")
        return self.all if personas is None else [p for p in personas if p in self.all]

    def _work_out(self, e: Any) -> tuple[int, list[str]]:
        kind = type(e).element_kind
        plan = self.plan
        if kind is Kind.PERSONA:
            return 2, [e.id]
        if kind is Kind.TOUCHPOINT:
            return 3, self._touchpoint_personas(e)
        if kind is Kind.TRIGGER:
            personas = _written(e, "personas")
            if personas is not None:
                return 4, [p for p in personas if p in self.all]
            source = plan.by_id(Kind.TOUCHPOINT).get(_written(e, "source"))
            return 4, self._touchpoint_personas(source) if source is not None else self.all
        return 0, []
