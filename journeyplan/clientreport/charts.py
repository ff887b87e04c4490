"""The report's charts as geometry: the forecast funnel and the emotion curve.

Pure functions from numbers to shapes (coordinates in the chart's own units); the templates
draw them as inline SVG. Nothing here formats HTML or escapes text.

- :func:`funnels` reads the forecast (the shape of ``journeyplan forecast --format json``,
  plan format 1.1): per persona the reach of its entries, the expected conversions at the
  conversion points on the way to a hire, the expected hires. Bars are on a logarithmic scale (``log10(1 + n)``),
  so 40 000 reached people and 5 hires both stay visible; every bar is labelled with its
  number. The *bottleneck* is the step with the smallest share of the step before it.
- :func:`emotion_curves` reads the touchpoints' ``experience`` (-2..+2) along each persona's
  journey, in time order (a touchpoint after those leading to it; loops back, such as a
  re-engagement, do not order), the line following the triggers: the hired candidate's
  journey as the main line, other ways (rejection, talent pool) as branches.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import Any

from journeyplan.analysis.graph import JourneyIndex, longest_path_depths
from journeyplan.clientreport.labels import label
from journeyplan.clientreport.textfit import wrap
from journeyplan.plan.model import Plan

#: Width of the funnel's bar area and of the emotion curve, in chart units.
CHART_WIDTH = 1000.0
CURVE_HEIGHT = 240.0
CURVE_TOP = 24.0
CURVE_STEP = (CURVE_HEIGHT - 2 * CURVE_TOP) / 4  # one experience point
#: The funnel's names: right-aligned at FUNNEL_LABEL_X, wrapped to FUNNEL_LABEL_ROOM at
#: FUNNEL_LABEL_SIZE, one FUNNEL_LINE per line; a row is at least FUNNEL_ROW high.
FUNNEL_LABEL_X = 386.0
FUNNEL_LABEL_ROOM = 380.0
FUNNEL_LABEL_SIZE = 15.0
FUNNEL_LINE = 18.0
FUNNEL_ROW = 38.0
#: The stage names under the emotion curve: wrapped to their band at BAND_LABEL_SIZE.
BAND_LABEL_SIZE = 13.0
BAND_LINE = 16.0


def format_number(value: float, lang: str) -> str:
    """VALUE for people: whole numbers with a thousands separator (``40,000`` in English,
    ``40.000`` in Dutch), numbers below 100 with one decimal when they have one."""
    if value != value or value in (math.inf, -math.inf):  # NaN or infinite
        return "–"
    if abs(value) < 100 and round(value, 1) != round(value):
        text = f"{value:,.1f}"
    else:
        text = f"{round(value):,}"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_share(share: float, lang: str) -> str:
    """SHARE (0..1) as a percentage with up to two significant decimals (``0.15%``)."""
    pct = share * 100
    text = f"{pct:.0f}%" if pct >= 10 else f"{pct:.1f}%" if pct >= 1 else f"{pct:.2g}%"
    return text.replace(".", ",") if lang == "nl" else text


def format_gain(value: float, lang: str) -> str:
    """A small expected number of people with two significant digits (``0.054``, ``2.1``),
    from 10 on as :func:`format_number` says it."""
    if value >= 10 or value != value:
        return format_number(value, lang)
    text = f"{value:.2g}"
    return text.replace(".", ",") if lang == "nl" else text


@dataclass(frozen=True)
class FunnelStep:
    """One bar: ``label`` (Reached, a conversion point's name, Hires), ``value`` (people),
    ``width`` (bar length, 0..CHART_WIDTH), ``share`` of the step before (``None`` for the
    first), ``bottleneck`` when it is the smallest share of the funnel. ``lines``: the
    label wrapped to the room beside the bars (the whole name, never cut)."""

    label: str
    value: float
    text: str
    width: float
    share: float | None
    share_text: str | None
    bottleneck: bool

    @property
    def lines(self) -> tuple[str, ...]:
        return wrap(self.label, FUNNEL_LABEL_ROOM, FUNNEL_LABEL_SIZE)


@dataclass(frozen=True)
class FunnelRow:
    """Where a step stands in the funnel's drawing: ``top`` and ``middle`` of its row, and
    its label's ``lines`` as ``(text, baseline)``, centred on the bar (chart units)."""

    step: FunnelStep
    top: float
    middle: float
    lines: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Funnel:
    """One persona's funnel: ``steps`` from the reach through the conversion points on the
    way to a hire (those reached, on average, no later than the hire and by at least as many
    people as are hired) to the hires; ``aside`` the other conversion points (a referral
    after the hire, a training day after a rejection) as ``(name, expected)`` texts;
    ``levers`` the forecast's bottleneck, the triggers whose rate moves the hires most (at most
    three, strongest first), each said as one text ("Video -> Apply: now 6%; one point more
    gives +0.4 hires")."""

    persona: str
    steps: tuple[FunnelStep, ...]
    cost_per_hire: str | None
    aside: tuple[tuple[str, str], ...] = ()
    levers: tuple[str, ...] = ()

    @property
    def rows(self) -> tuple[FunnelRow, ...]:
        """The steps top to bottom, each row as high as its wrapped name needs."""
        out, top = [], 4.0
        for step in self.steps:
            lines = step.lines
            height = max(FUNNEL_ROW, FUNNEL_LINE * len(lines) + 14)
            middle = top + height / 2
            first = middle + 5 - FUNNEL_LINE * (len(lines) - 1) / 2
            placed = tuple(
                (text, round(first + FUNNEL_LINE * k, 1)) for k, text in enumerate(lines)
            )
            out.append(FunnelRow(step, top, middle, placed))
            top += height
        return tuple(out)

    @property
    def height(self) -> float:
        """The height of the drawing (chart units)."""
        rows = self.rows
        if not rows:
            return 8.0
        last = rows[-1]
        return round(2 * last.middle - last.top + 4, 1)


def _bar(value: float, top: float) -> float:
    if value <= 0 or top <= 0:
        return 0.0
    return round(CHART_WIDTH * math.log10(1 + value) / math.log10(1 + top), 1)


def funnels(plan: Plan, forecast: dict[str, Any] | None, lang: str) -> list[Funnel]:
    """One :class:`Funnel` per persona of FORECAST (the forecast's JSON document as a dict;
    ``None`` or no personas: no funnel). A persona without reach is left out."""
    if not forecast:
        return []
    names = {p.id: p.label for p in plan.personas}
    touchpoints = {t.id: t.label for t in plan.touchpoints}
    currency = forecast.get("currency") or "EUR"
    out = []
    for row in forecast.get("personas") or ():
        reach = row.get("reach") or 0
        if not reach:
            continue
        hires = float(row.get("hires") or 0)
        hire_minutes = [
            c.get("minutes_to_reach")
            for c in row.get("conversions") or ()
            if c.get("goal") == "hire" and c.get("minutes_to_reach") is not None
        ]
        conversions, aside = [], []
        for c in row.get("conversions") or ():
            if c.get("goal") == "hire" or c.get("expected") is None:
                continue
            minutes = c.get("minutes_to_reach")
            on_the_way = c["expected"] >= hires and (
                minutes is None or not hire_minutes or minutes <= min(hire_minutes)
            )
            (conversions if on_the_way else aside).append(c)
        conversions.sort(key=lambda c: (-(c.get("expected") or 0), c.get("touchpoint") or ""))
        values = [(label("report.forecast.reach", lang), float(reach))]
        values += [
            (touchpoints.get(c.get("touchpoint"), c.get("touchpoint") or "?"), float(c["expected"]))
            for c in conversions
        ]
        values.append((label("report.forecast.hires", lang), hires))
        shares: list[float | None] = [None]
        for (_, before), (_, value) in zip(values, values[1:]):
            shares.append(value / before if before > 0 else None)
        known = [s for s in shares if s is not None]
        worst = min(known) if known else None
        steps = []
        for (text, value), share in zip(values, shares):
            steps.append(
                FunnelStep(
                    text,
                    value,
                    format_number(value, lang),
                    _bar(value, float(reach)),
                    share,
                    format_share(share, lang) if share is not None else None,
                    share is not None and share == worst,
                )
            )
        cph = row.get("cost_per_hire")
        levers = tuple(
            label(
                "report.forecast.lever",
                lang,
                step=f"{touchpoints.get(lv['source'], lv['source'])} → "
                f"{touchpoints.get(lv['target'], lv['target'])}",
                rate=format_share(lv["rate"], lang),
                gain=format_gain(lv["hires_per_point"], lang),
            )
            for lv in row.get("levers") or ()
            if isinstance(lv.get("rate"), (int, float))
            and isinstance(lv.get("hires_per_point"), (int, float))
        )
        out.append(
            Funnel(
                names.get(row.get("persona"), row.get("persona") or "?"),
                tuple(steps),
                f"{currency} {format_number(cph, lang)}" if isinstance(cph, (int, float)) else None,
                tuple(
                    (
                        touchpoints.get(c.get("touchpoint"), c.get("touchpoint") or "?"),
                        format_number(float(c["expected"]), lang),
                    )
                    for c in aside
                ),
                levers,
            )
        )
    return out


@dataclass(frozen=True)
class GroupForecast:
    """A target group's expected hires against its ``hires_needed`` (texts): ``name``,
    ``hires``, ``needed`` (``None`` when not set), ``status`` (enough, or how many short),
    ``short`` when below what is needed."""

    name: str
    hires: str
    needed: str | None
    status: str
    short: bool


def group_forecasts(plan: Plan, forecast: dict[str, Any] | None, lang: str) -> list[GroupForecast]:
    """One :class:`GroupForecast` per target group of FORECAST with known hires."""
    if not forecast:
        return []
    names = {g.id: g.label for g in plan.target_groups}
    out = []
    for row in forecast.get("target_groups") or ():
        hires, needed = row.get("hires"), row.get("hires_needed")
        if not isinstance(hires, (int, float)):
            continue
        has_need = isinstance(needed, int) and not isinstance(needed, bool)
        short = has_need and hires < needed
        status = ""
        if has_need:
            status = (
                label("report.forecast.short_by", lang, gap=format_number(needed - hires, lang))
                if short
                else label("report.forecast.enough", lang)
            )
        group = row.get("target_group") or "?"
        out.append(
            GroupForecast(
                names.get(group, group),
                format_number(hires, lang),
                format_number(needed, lang) if has_need else None,
                status,
                short,
            )
        )
    return out


@dataclass(frozen=True)
class CurvePoint:
    """One touchpoint on the curve: ``number`` (1-based, as in the list under the chart),
    ``label``, ``stage``, ``value`` (-2..+2), ``x`` and ``y`` in chart units, ``lowest``."""

    number: int
    label: str
    stage: str
    value: int
    x: float
    y: float
    lowest: bool


@dataclass(frozen=True)
class CurveSegment:
    """A piece of the curve from point ``a`` to point ``b``: a trigger between them, or a
    run of triggers through touchpoints without a score. ``main``: on the journey of a
    candidate who is hired (the way to a hire and on from it); other ways (a rejection,
    the talent pool, a re-engagement) are drawn as branches."""

    a: CurvePoint
    b: CurvePoint
    main: bool


@dataclass(frozen=True)
class Curve:
    persona: str
    points: tuple[CurvePoint, ...]
    bands: tuple[tuple[str, float, float], ...]  # (stage, x from, x to)
    segments: tuple[CurveSegment, ...] = ()

    def _path(self, main: bool) -> str:
        return " ".join(
            f"M {s.a.x:.1f} {s.a.y:.1f} L {s.b.x:.1f} {s.b.y:.1f}"
            for s in self.segments
            if s.main == main
        )

    @property
    def path(self) -> str:
        """SVG path data of the main line (``M x y L x y`` per segment)."""
        return self._path(True)

    @property
    def branch_path(self) -> str:
        """SVG path data of the branches (empty when the journey has none)."""
        return self._path(False)

    @property
    def band_labels(self) -> tuple[tuple[float, tuple[tuple[str, float], ...]], ...]:
        """Each stage band's name under the chart: ``(x centre, ((line, baseline), ...))``,
        wrapped to the band's width (the whole name, never cut)."""
        out = []
        for stage, x0, x1 in self.bands:
            lines = wrap(stage, max(x1 - x0 - 8, 1.0), BAND_LABEL_SIZE)
            placed = tuple(
                (text, round(CURVE_HEIGHT + 22 + BAND_LINE * k, 1)) for k, text in enumerate(lines)
            )
            out.append((round((x0 + x1) / 2, 1), placed))
        return tuple(out)

    @property
    def height(self) -> float:
        """The height of the drawing (chart units): the chart and the stage names."""
        most = max((len(lines) for _, lines in self.band_labels), default=1)
        return CURVE_HEIGHT + 30 + BAND_LINE * (most - 1)


def _time_order(journey) -> tuple[dict[str, int], set[tuple[str, str]]]:
    """The step of every touchpoint of JOURNEY in time (longest path from its entries over
    its triggers, so a touchpoint comes after everything that leads to it) and the triggers
    that close a loop (a re-engagement back to the vacancy, a reminder back to the chat),
    found by a depth-first search from the entries in plan order; they do not order."""
    ids = [t.id for t in journey.nodes]
    entries = [t.id for t in journey.entries]
    succ = {i: [tr.target for tr in journey.succ.get(i, ()) if tr.target in set(ids)] for i in ids}
    return longest_path_depths(entries, succ)


def _segments(journey, felt: list[str], back: set[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    """``(from, to, main)`` between the scored touchpoints FELT of JOURNEY along its
    triggers (not those closing a loop), through touchpoints without a score."""
    scored = set(felt)
    succ = {
        t.id: [tr.target for tr in journey.succ.get(t.id, ()) if (t.id, tr.target) not in back]
        for t in journey.nodes
    }
    pred: dict[str, list[str]] = {}
    for a, targets in succ.items():
        for b in targets:
            pred.setdefault(b, []).append(a)
    hires = [
        t.id
        for t in journey.nodes
        if getattr(getattr(t, "conversion", None), "goal", None) == "hire"
    ]

    def reach(starts: list[str], edges: dict[str, list[str]]) -> set[str]:
        seen, queue = set(starts), deque(starts)
        while queue:
            for nxt in edges.get(queue.popleft(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    main = reach(hires, pred) | reach(hires, succ) if hires else set(succ)
    out: dict[tuple[str, str], bool] = {}
    for a in felt:
        seen, queue = {a}, deque(succ.get(a, ()))
        while queue:
            b = queue.popleft()
            if b in seen:
                continue
            seen.add(b)
            if b in scored:
                out.setdefault((a, b), a in main and b in main)
            else:
                queue.extend(succ.get(b, ()))
    return [(a, b, m) for (a, b), m in out.items()]


def emotion_curves(plan: Plan, lang: str) -> list[Curve]:
    """One :class:`Curve` per persona whose journey has touchpoints with an ``experience``
    (-2..+2); none when the plan uses no ``experience`` (plan format 1.1).

    The points follow the journey in time: a touchpoint after every touchpoint that leads
    to it (triggers that loop back, such as a re-engagement from the talent pool, do not
    order), then stage order, then plan order; so a six-month check-in comes after the
    talent pool, not beside the first advert. The line runs along the triggers between
    scored touchpoints only, so a rejection and an offer (two outcomes of one interview)
    are two branches, never one after the other."""
    index = JourneyIndex(plan)
    stage_rank = {s.id: i for i, s in enumerate(plan.stages)}
    stage_names = {s.id: s.label for s in plan.stages}
    out = []
    for p in plan.personas:
        journey = index.journey(p)
        step, back = _time_order(journey)
        position = {t.id: i for i, t in enumerate(journey.nodes)}
        felt = sorted(
            (
                t
                for t in journey.nodes
                if isinstance(getattr(t, "experience", None), (int, float))
                and not isinstance(getattr(t, "experience", None), bool)
            ),
            key=lambda t: (
                step[t.id],
                stage_rank.get(t.stage or "", len(stage_rank)),
                position[t.id],
            ),
        )
        if not felt:
            continue
        width = CHART_WIDTH / len(felt)
        low = min(max(-2, min(2, int(t.experience))) for t in felt)
        points = []
        for i, t in enumerate(felt):
            value = max(-2, min(2, int(t.experience)))
            points.append(
                CurvePoint(
                    i + 1,
                    t.label,
                    stage_names.get(t.stage or "", t.stage or ""),
                    value,
                    round(width * (i + 0.5), 1),
                    round(CURVE_TOP + (2 - value) * CURVE_STEP, 1),
                    value == low and low < 0,
                )
            )
        bands: list[tuple[str, float, float]] = []
        for i, pt in enumerate(points):
            x0, x1 = round(width * i, 1), round(width * (i + 1), 1)
            if bands and bands[-1][0] == pt.stage:
                bands[-1] = (pt.stage, bands[-1][1], x1)
            else:
                bands.append((pt.stage, x0, x1))
        by_id = {t.id: pt for t, pt in zip(felt, points)}
        segments = tuple(
            CurveSegment(by_id[a], by_id[b], main)
            for a, b, main in _segments(journey, [t.id for t in felt], back)
        )
        out.append(Curve(p.label, tuple(points), tuple(bands), segments))
    return out
