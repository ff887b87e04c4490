"""Which personas a plan element concerns, and which checklist question it answers: the
scope of a finding in the verdicts (:func:`journeyplan.check.pipeline.verdicts`).

Own elements (a plan-structure finding in one counts for the question it answers):

- a persona answers question 2, for itself;
- a touchpoint answers question 3, for its personas (all when it names none);
- a trigger answers question 4, for its personas, else those of the touchpoint it leaves.

Other elements (the plan, stages, the employer brand, target groups and channels, which
personas share) are no persona's own: their structural errors are reported, and each
persona's verdicts come from the checklist rules about them. A checklist finding without a
persona about such an element (:meth:`Owners.located`) concerns the personas that have to
do with it (:meth:`Owners.concerned`):

- a target group: its personas;
- a channel: the personas who prefer it and those with a touchpoint on it;
- a persona, touchpoint or trigger: as above;
- the plan, its stages, the employer brand and its elements: every persona (``None``),
  and so does an element no persona has to do with (a target group no persona covers).

References are read as written (``Element.written``): a touchpoint that names a persona id
that does not resolve still belongs to no one else.
"""

from __future__ import annotations

import bisect
from typing import Any

from journeyplan.findings import Location
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
        self._places: tuple[dict[str, list], dict[str, list]] | None = None
        self._channels: dict[str, set[str]] | None = None

    def of(self, e: Any) -> tuple[int, list[str]]:
        """The question element E answers and the personas it belongs to (none for an
        element that is no persona's own: question 0)."""
        hit = self._cache.get(id(e))
        if hit is None:
            hit = self._cache[id(e)] = self._work_out(e)
        return hit

    def concerned(self, e: Any) -> frozenset[str] | None:
        """The ids of the personas element E concerns (see the module docstring); ``None``
        for every persona (the plan as a whole, or an element no persona has to do with)."""
        kind = type(e).element_kind
        if kind in (Kind.PERSONA, Kind.TOUCHPOINT, Kind.TRIGGER):
            found = self.of(e)[1]
        elif kind is Kind.TARGET_GROUP:
            found = [p.id for p in self.plan.personas if _written(p, "target_group") == e.id]
        elif kind is Kind.CHANNEL:
            found = sorted(self._channel_personas().get(e.id, ()))
        else:
            return None
        return frozenset(found) if found else None

    def located(self, loc: Location | None, subject: str | None = None) -> Any:
        """The plan element that LOC lies in (the last one of its file that starts at or
        before it), or ``None``; also ``None`` when that element has an id other than
        SUBJECT (when given), so a finding is never put in the wrong element."""
        if loc is None or loc.line is None:
            return None
        if self._places is None:
            self._places = self._index()
        starts, elements = self._places[0].get(loc.file), self._places[1].get(loc.file)
        if not starts:
            return None
        i = bisect.bisect_right(starts, (loc.line, loc.column or 0)) - 1
        if i < 0:
            return None
        e = elements[i]
        if subject is not None and getattr(e, "id", subject) != subject:
            return None
        return e

    def _index(self) -> tuple[dict[str, list], dict[str, list]]:
        plan = self.plan
        every: list[Any] = [plan.info, plan.brand, *plan.brand_elements, *plan.stages]
        for kind in (Kind.TARGET_GROUP, Kind.PERSONA, Kind.CHANNEL, Kind.TOUCHPOINT):
            every.extend(plan.elements(kind))
        every.extend(plan.written_triggers if plan.written_triggers is not None else plan.triggers)
        placed = sorted(
            ((e.file, e.pos, n), e) for n, e in enumerate(every) if e is not None and e.file
        )
        starts: dict[str, list] = {}
        elements: dict[str, list] = {}
        for (file, pos, _), e in placed:
            starts.setdefault(file, []).append(pos)
            elements.setdefault(file, []).append(e)
        return starts, elements

    def _channel_personas(self) -> dict[str, set[str]]:
        if self._channels is None:
            out: dict[str, set[str]] = {}
            for p in self.plan.personas:
                for c in _written(p, "channels") or ():
                    out.setdefault(c, set()).add(p.id)
            for t in self.plan.touchpoints:
                channel = _written(t, "channel")
                if isinstance(channel, str):
                    out.setdefault(channel, set()).update(self._touchpoint_personas(t))
            self._channels = out
        return self._channels

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
