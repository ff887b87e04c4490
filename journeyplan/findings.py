"""Findings: what a check reports, as plain values (no terminal, no I/O).

A finding is a value until the CLI decides the exit code: rules and the loader yield
:class:`Finding` objects, formatters turn them into text, JSON and so on.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any, Literal

from journeyplan.record import record

Severity = Literal["error", "warning", "info"]


@record(slots=True)
class Location:
    """A place in a plan file: ``file`` is relative to the plan's directory with ``/``
    separators; ``line`` and ``column`` are 1-based."""

    file: str
    line: int | None = None
    column: int | None = None


@record(slots=True)
class Finding:
    """One problem in a plan.

    - ``code``: the stable rule code (``JP103``), see :mod:`journeyplan.rules`.
    - ``severity``: ``error`` | ``warning`` | ``info`` after configuration.
    - ``question``: the checklist question (1-5) the rule answers, or ``None`` for plan structure.
    - ``location``: where it is, or ``None`` when no place in a file exists.
    - ``persona``: the persona id it concerns, ``None`` for the whole plan.
    - ``subject``: the id the finding is about, or ``None``.
    - ``key`` and ``args``: the message-catalogue key and its arguments; the text is made
      by :func:`journeyplan.i18n.render_message` in the output language.
    - ``consequences``: the findings that only follow from this one (a dangling reference
      makes a dead end and unreachable touchpoints), folded under it by
      :func:`journeyplan.check.cascade.fold`; sorted like findings; empty for most.
    """

    code: str
    severity: Severity
    question: int | None
    location: Location | None
    key: str
    args: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    persona: str | None = None
    subject: str | None = None
    consequences: tuple[Finding, ...] = field(default=(), hash=False, compare=False, repr=False)
    #: the plan element a plan-structure finding is in (a touchpoint whose conversion has an
    #: invalid goal), so the verdicts of the personas it belongs to never pass; ``None`` else
    element: Any = field(default=None, hash=False, compare=False, repr=False)

    def sort_key(self) -> tuple:
        loc = self.location
        if loc is None:
            return ("", 0, 0, self.code, self.persona or "", self.subject or "")
        return (
            loc.file,
            loc.line or 0,
            loc.column or 0,
            self.code,
            self.persona or "",
            self.subject or "",
        )

    def _with(self, **changes: Any) -> Finding:
        """This finding with the fields named in CHANGES replaced."""
        values = {name: getattr(self, name) for name in _FINDING_FIELDS}
        values.update(changes)
        return Finding(**values)

    def with_severity(self, severity: Severity) -> Finding:
        """This finding with SEVERITY (after configuration)."""
        return self._with(severity=severity)

    def every_consequence(self):
        """The findings folded under this one, and under those, in order."""
        for c in self.consequences:
            yield c
            yield from c.every_consequence()

    def with_consequences(self, consequences: tuple[Finding, ...]) -> Finding:
        """This finding with CONSEQUENCES folded under it."""
        return self._with(consequences=consequences)

    def in_element(self, element: Any) -> Finding:
        """This finding, made inside ELEMENT of the plan (see ``element``)."""
        return self._with(element=element)


_FINDING_FIELDS = tuple(Finding.__dataclass_fields__)
