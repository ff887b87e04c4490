"""Coverage matrices: which touchpoints each persona meets in each stage, and on each channel.

Pure functions of the model (no terminal, no files): :func:`stage_matrix` gives persona x
stage, :func:`channel_matrix` persona x channel. Formatting (text, CSV, Markdown) lives in
:mod:`journeyplan.report.matrix_formats`. A persona's touchpoints are the nodes of its
journey (:class:`journeyplan.analysis.graph.JourneyIndex`), so a touchpoint without ``personas``
appears for every persona. Everything is in plan order, so the same plan gives the same
matrix.

Questions: the stage view shows the contact and conversion points per persona (question 3)
and the gaps in the find-to-bind spectrum; the channel view shows the cross-channel journey
against each persona's preferred channels (question 4).
"""

from __future__ import annotations

from dataclasses import dataclass

from journeyplan.analysis.graph import JourneyIndex
from journeyplan.plan.model import Plan, Touchpoint


@dataclass(frozen=True)
class Entry:
    """One touchpoint in a cell.

    - ``touchpoint_id`` / ``touchpoint``: its id and label (name, or the id without one).
    - ``where_id`` / ``where``: the other dimension: the channel (stage view) or the stage
      (channel view), id and label; ``None`` when the touchpoint names none.
    - ``conversion``: the conversion goal (``application``, ``hire`` ...) of a conversion
      point, else ``None``.
    - ``kind``: ``contact`` | ``rejection`` | ``exit`` | ``talent_pool``.
    - ``experience``: how the candidate is meant to feel here, -2..+2 (the journey's
      emotion curve), or ``None`` when the touchpoint does not say.
    """

    touchpoint_id: str
    touchpoint: str
    where_id: str | None
    where: str | None
    conversion: str | None
    kind: str
    experience: int | None = None


@dataclass(frozen=True)
class Cell:
    """The touchpoints of one persona in one column, in plan order. ``preferred`` is, in the
    channel view, whether the persona lists the channel as preferred; ``None`` in the stage
    view."""

    entries: tuple[Entry, ...]
    preferred: bool | None = None

    @property
    def empty(self) -> bool:
        return not self.entries


@dataclass(frozen=True)
class Matrix:
    """A persona x (stage | channel) table.

    - ``dimension``: ``stage`` or ``channel``.
    - ``columns``: ``(id, label)`` per column, in plan order.
    - ``rows``: ``(persona id, persona label, cells)`` per persona, in plan order, one cell
      per column.
    """

    dimension: str
    columns: tuple[tuple[str, str], ...]
    rows: tuple[tuple[str, str, tuple[Cell, ...]], ...]


def _entry(t: Touchpoint, where_id: str | None, where: str | None) -> Entry:
    goal = t.conversion.goal if t.conversion is not None else None
    return Entry(t.id, t.label, where_id, where, goal, t.kind, t.experience)


def _matrix(
    plan: Plan,
    index: JourneyIndex,
    dimension: str,
    columns,
    axis: str,
    other: str,
    other_labels: dict[str, str],
) -> Matrix:
    """The persona x DIMENSION matrix: touchpoints grouped by their AXIS attribute (``stage``
    or ``channel``) into COLUMNS, each entry naming its OTHER attribute with its label."""
    rows = []
    for p in plan.personas:
        cells: dict[str, list[Entry]] = {cid: [] for cid, _ in columns}
        for t in index.journey(p).nodes:
            key = getattr(t, axis)
            if key in cells:
                where_id = getattr(t, other)
                cells[key].append(
                    _entry(t, where_id, other_labels.get(where_id) if where_id else None)
                )
        preferred = set(p.channels or ())
        rows.append(
            (
                p.id,
                p.label,
                tuple(
                    Cell(tuple(cells[cid]), cid in preferred if dimension == "channel" else None)
                    for cid, _ in columns
                ),
            )
        )
    return Matrix(dimension, columns, tuple(rows))


def stage_matrix(plan: Plan, index: JourneyIndex | None = None) -> Matrix:
    """Persona x stage: in each cell the persona's touchpoints in that stage, each with its
    channel. Columns are every stage of the plan (declared or default), so a stage a persona
    never passes shows as an empty cell."""
    return _matrix(
        plan,
        index or JourneyIndex(plan),
        "stage",
        tuple((s.id, s.label) for s in plan.stages),
        "stage",
        "channel",
        {c.id: c.label for c in plan.channels},
    )


def channel_matrix(plan: Plan, index: JourneyIndex | None = None) -> Matrix:
    """Persona x channel: in each cell the persona's touchpoints on that channel, each with
    its stage; ``Cell.preferred`` says whether the persona prefers the channel. Columns are
    every channel of the plan."""
    return _matrix(
        plan,
        index or JourneyIndex(plan),
        "channel",
        tuple((c.id, c.label) for c in plan.channels),
        "channel",
        "stage",
        {s.id: s.label for s in plan.stages},
    )


def matrices(plan: Plan) -> tuple[Matrix, Matrix]:
    """Both views, sharing one journey index: ``(stage_matrix, channel_matrix)``."""
    index = JourneyIndex(plan)
    return stage_matrix(plan, index), channel_matrix(plan, index)
