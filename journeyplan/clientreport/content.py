"""What the client report says: a view model gathered from a checked plan, pure and ordered.

:func:`gather` turns a :class:`~journeyplan.check.pipeline.CheckResult` into a
:class:`Report` whose parts follow the five questions: the employer brand (and where each of
its elements appears along the journey), the target groups (question 1), the personas
(question 2), the checklist verdicts with every finding in client words, the persona x stage
coverage (question 3), and the journey maps, forecast and emotion curves (questions 4 and 5,
added by :mod:`journeyplan.clientreport` and :mod:`.charts`). Every text is plain user or
catalogue text: escaping is the templates' job (Jinja2 autoescaping), never this module's.
Everything is in plan order, so the same plan gives the same report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from journeyplan.analysis.graph import JourneyIndex
from journeyplan.analysis.matrix import stage_matrix
from journeyplan.clientreport.labels import label
from journeyplan.findings import Finding
from journeyplan.messages import render_message
from journeyplan.plan.model import Plan
from journeyplan.render.view import channel_colour, darker
from journeyplan.rules import QUESTIONS

#: Findings shown per checklist question (the rest is counted: ``journeyplan check`` lists
#: them all); a client report of a plan with thousands of findings stays readable.
MAX_FINDINGS_PER_GROUP = 60

_FIRST = {"error": 0, "warning": 1, "info": 2}  # the order of findings in a group
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\Z")


@dataclass(frozen=True)
class Chip:
    """A channel as a coloured chip: its name, the fill and border colours it has on the
    maps (``#RRGGBB``) and the stylesheet class that gives it those colours (``ch-<n>``, n
    its position in the plan's channel list)."""

    text: str
    colour: str
    border: str
    css_class: str


@dataclass(frozen=True)
class Cover:
    """The first page: ``title`` (the plan's name), ``organisation`` (or ``None``), ``date``
    (the commit date as text, or the "not in git" text), ``dirty`` (uncommitted changes),
    ``counts`` (``(number, label)`` at a glance) and ``answered`` / ``total`` checklist
    answers (``pass`` verdicts of all personas and questions)."""

    title: str
    organisation: str | None
    date: str
    dirty: bool
    counts: tuple[tuple[int, str], ...]
    answered: int
    total: int


@dataclass(frozen=True)
class BrandGroup:
    """Qualifiers, winners or personality: a heading, a hint and ``(id, text)`` items."""

    role: str
    title: str
    hint: str
    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class BrandRow:
    """One brand element along the journey: its text, role, and per stage (columns of
    :class:`Brand`) the names of the touchpoints that carry it."""

    text: str
    role: str
    cells: tuple[tuple[str, ...], ...]

    @property
    def nowhere(self) -> bool:
        return not any(self.cells)


@dataclass(frozen=True)
class Brand:
    proposition: str | None
    groups: tuple[BrandGroup, ...]
    stages: tuple[str, ...]
    rows: tuple[BrandRow, ...]


@dataclass(frozen=True)
class TargetGroupView:
    name: str
    description: str | None
    size: int | None
    hires_needed: int | None
    priority: str | None
    personas: tuple[str, ...]


@dataclass(frozen=True)
class PersonaCard:
    id: str
    name: str
    target_group: str | None
    job_search: str | None
    description: str | None
    motivations: tuple[str, ...]
    frustrations: tuple[str, ...]
    channels: tuple[Chip, ...]
    touchpoints: int


@dataclass(frozen=True)
class FindingView:
    """One finding in client words: ``title`` (the rule's title), ``message`` (what is
    wrong, in the report's language), ``why`` (why it matters); and for the consultant
    ``code`` and ``where`` (``file:line:column``, or ``None``)."""

    severity: str
    severity_label: str
    title: str
    message: str
    why: str
    code: str
    where: str | None
    persona: str


@dataclass(frozen=True)
class FindingGroup:
    """The findings of one checklist question (``question`` 1-5) or of the plan's
    structure (``question`` ``None``), with ``more`` findings left out."""

    question: int | None
    title: str
    findings: tuple[FindingView, ...]
    more: int


@dataclass(frozen=True)
class Checklist:
    """Verdicts per persona: ``questions`` ``(number, text)``, ``rows`` ``(persona name,
    ((verdict, label), ...))``; ``unread`` files hold the checklist back."""

    questions: tuple[tuple[int, str], ...]
    rows: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    unread: tuple[str, ...]
    groups: tuple[FindingGroup, ...]
    summary: str


@dataclass(frozen=True)
class MatrixEntry:
    touchpoint: str
    channel: Chip | None
    conversion: str | None
    kind: str


@dataclass(frozen=True)
class CoverageMatrix:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[tuple[MatrixEntry, ...], ...]], ...]


@dataclass
class Report:
    """The whole report; the optional parts (maps, funnels, curves) are filled in by the
    caller and stay empty when the plan has no data for them."""

    lang: str
    cover: Cover
    brand: Brand
    target_groups: tuple[TargetGroupView, ...]
    personas: tuple[PersonaCard, ...]
    checklist: Checklist
    matrix: CoverageMatrix
    maps: list[Any] = field(default_factory=list)
    skipped_maps: list[str] = field(default_factory=list)
    funnels: list[Any] = field(default_factory=list)
    groups_forecast: list[Any] = field(default_factory=list)
    curves: list[Any] = field(default_factory=list)
    chips: tuple[Chip, ...] = ()

    @property
    def sections(self) -> list[tuple[str, str, int | None]]:
        """``(anchor, title, question)`` of each section after the cover, in order; the
        forecast and the emotion curves only when the plan has their data."""
        lang = self.lang
        out: list[tuple[str, str, int | None]] = [
            ("brand", label("report.brand", lang), 5),
            ("target-groups", label("report.target_groups", lang), 1),
            ("personas", label("report.personas", lang), 2),
            ("checklist", label("report.checklist", lang), None),
            ("coverage", label("report.matrix", lang), 3),
            ("maps", label("report.maps", lang), 4),
        ]
        if self.funnels:
            out.append(("forecast", label("report.forecast", lang), 3))
        if self.curves:
            out.append(("experience", label("report.experience", lang), 5))
        return out


def _colours(plan: Plan) -> list[str]:
    """The fill colour of each channel of PLAN, as the maps draw it."""
    try:  # the render package's assignment (a channel's own `color` wins)
        from journeyplan.render.colours import channel_colours
    except ImportError:
        return [channel_colour(i) for i in range(len(plan.channels))]
    return channel_colours([getattr(c, "color", None) for c in plan.channels])


def channel_chips(plan: Plan) -> dict[str, Chip]:
    """Channel id -> its chip, coloured as on the maps."""
    chips = {}
    for i, (c, colour) in enumerate(zip(plan.channels, _colours(plan))):
        if not _COLOUR.match(colour):  # only #rrggbb ever reaches the stylesheet
            colour = channel_colour(None)
        chips[c.id] = Chip(c.label, colour, darker(colour), f"ch-{i}")
    return chips


def _cover(result, date: str, dirty: bool, lang: str) -> Cover:
    plan = result.plan
    verdicts = [v for _, row in result.checklist for v in row.values()]
    numbers = (
        ("target_groups", len(plan.target_groups)),
        ("personas", len(plan.personas)),
        ("touchpoints", len(plan.touchpoints)),
        ("conversions", sum(1 for t in plan.touchpoints if t.conversion is not None)),
        ("channels", len(plan.channels)),
    )
    counts = tuple((n, label(f"report.count.{what}", lang, count=n)) for what, n in numbers)
    info = plan.info
    return Cover(
        title=plan.name or label("report.title", lang),
        organisation=info.organisation if info is not None else None,
        date=date,
        dirty=dirty,
        counts=counts,
        answered=sum(1 for v in verdicts if v == "pass"),
        total=len(verdicts),
    )


def _brand(plan: Plan, index: JourneyIndex, lang: str) -> Brand:
    b = plan.brand
    groups = []
    for role, attr in (
        ("qualifier", "qualifiers"),
        ("winner", "winners"),
        ("personality", "personality"),
    ):
        items = getattr(b, attr, None) or () if b is not None else ()
        groups.append(
            BrandGroup(
                role,
                label(f"report.brand.{attr}", lang),
                label(f"report.brand.{attr}.hint", lang),
                tuple((e.id, e.label) for e in items),
            )
        )
    stage_ids = [s.id for s in plan.stages]
    on_journeys = {t.id for p in plan.personas for t in index.journey(p).nodes}
    carriers: dict[tuple[str, str], list[str]] = {}
    for t in plan.touchpoints:
        if t.id not in on_journeys or t.stage is None:
            continue
        for element in dict.fromkeys(t.brand or ()):
            carriers.setdefault((element, t.stage), []).append(t.label)
    rows = tuple(
        BrandRow(e.label, e.role, tuple(tuple(carriers.get((e.id, s), ())) for s in stage_ids))
        for e in plan.brand_elements
    )
    return Brand(
        b.proposition if b is not None else None,
        tuple(groups),
        tuple(s.label for s in plan.stages),
        rows,
    )


def _target_groups(plan: Plan, lang: str) -> tuple[TargetGroupView, ...]:
    out = []
    for g in plan.target_groups:
        out.append(
            TargetGroupView(
                g.label,
                g.description,
                g.size,
                getattr(g, "hires_needed", None),
                label(f"report.priority.{g.priority}", lang) if g.priority else None,
                tuple(p.label for p in plan.personas if p.target_group == g.id),
            )
        )
    return tuple(out)


def _personas(plan: Plan, index: JourneyIndex, chips: dict[str, Chip], lang: str):
    groups = {g.id: g.label for g in plan.target_groups}
    cards = []
    for p in plan.personas:
        cards.append(
            PersonaCard(
                p.id,
                p.label,
                groups.get(p.target_group or "", p.target_group),
                label(f"report.job_search.{p.job_search}", lang) if p.job_search else None,
                p.description,
                tuple(p.motivations or ()),
                tuple(p.frustrations or ()),
                tuple(chips[c] for c in dict.fromkeys(p.channels or ()) if c in chips),
                len(index.journey(p).nodes),
            )
        )
    return tuple(cards)


def _where(f: Finding) -> str | None:
    loc = f.location
    if loc is None:
        return None
    parts = [loc.file] + [str(n) for n in (loc.line, loc.column) if n is not None]
    return ":".join(parts)


def finding_view(f: Finding, personas: dict[str, str], lang: str) -> FindingView:
    """FINDING in the words of the report (see :class:`FindingView`)."""
    return FindingView(
        severity=f.severity,
        severity_label=label(f"report.severity.{f.severity}", lang),
        title=render_message(f"title.{f.code}", None, lang),
        message=render_message(f.key, f.args, lang),
        why=render_message(f"why.{f.code}", None, lang) if f.code else "",
        code=f.code,
        where=_where(f),
        persona=personas.get(f.persona or "", f.persona or "")
        if f.persona
        else label("report.checklist.whole_plan", lang),
    )


def _checklist(result, lang: str) -> Checklist:
    plan = result.plan
    names = {p.id: p.label for p in plan.personas}
    questions = tuple((q, render_message(f"question.{q}", None, lang)) for q in QUESTIONS)
    rows = tuple(
        (
            names.get(pid, pid),
            tuple((row[q], label(f"report.verdict.{row[q]}", lang)) for q in QUESTIONS),
        )
        for pid, row in result.checklist
    )
    by_question: dict[int | None, list[Finding]] = {}
    for f in result.findings:
        by_question.setdefault(f.question, []).append(f)
    groups = []
    for q in (*QUESTIONS, None):
        found = by_question.get(q)
        if not found:
            continue
        title = (
            label("report.question", lang, number=q) + " · " + dict(questions)[q]
            if q is not None
            else label("report.checklist.structure", lang)
        )
        # what must be fixed first, then what should be, then information; within a
        # severity the order of the files (the findings come sorted by place)
        found = sorted(found, key=lambda f: _FIRST.get(f.severity, 3))
        shown = found[:MAX_FINDINGS_PER_GROUP]
        groups.append(
            FindingGroup(
                q,
                title,
                tuple(finding_view(f, names, lang) for f in shown),
                len(found) - len(shown),
            )
        )
    summary = render_message(
        "ui.summary",
        {
            "errors": result.count("error"),
            "warnings": result.count("warning"),
            "infos": result.count("info"),
        },
        lang,
    )
    return Checklist(questions, rows, tuple(result.unread), tuple(groups), summary)


def _matrix(plan: Plan, index: JourneyIndex, chips: dict[str, Chip]) -> CoverageMatrix:
    m = stage_matrix(plan, index)
    rows = []
    for _pid, name, cells in m.rows:
        rows.append(
            (
                name,
                tuple(
                    tuple(
                        MatrixEntry(
                            e.touchpoint,
                            chips.get(e.where_id) if e.where_id else None,
                            e.conversion,
                            e.kind,
                        )
                        for e in cell.entries
                    )
                    for cell in cells
                ),
            )
        )
    return CoverageMatrix(tuple(lbl for _, lbl in m.columns), tuple(rows))


def gather(result, lang: str, date: str, dirty: bool = False) -> Report:
    """The report of RESULT (a :class:`~journeyplan.check.pipeline.CheckResult`) in LANG
    (en | nl). DATE is the cover's date text (see :mod:`.provenance`), DIRTY whether the
    plan folder has uncommitted changes. Pure: reads the model and the findings only."""
    plan = result.plan
    index = JourneyIndex(plan)
    chips = channel_chips(plan)
    return Report(
        lang=lang,
        cover=_cover(result, date, dirty, lang),
        brand=_brand(plan, index, lang),
        target_groups=_target_groups(plan, lang),
        personas=_personas(plan, index, chips, lang),
        checklist=_checklist(result, lang),
        matrix=_matrix(plan, index, chips),
        chips=tuple(chips.values()),
    )
