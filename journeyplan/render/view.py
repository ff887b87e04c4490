"""What a journey map shows, independent of how it is drawn: the view model.

:func:`map_views` turns a plan into one :class:`MapView` per persona (with a valid id) plus
the overview. Both writers (:mod:`journeyplan.render.graphviz_map` for DOT and images,
:mod:`journeyplan.render.mermaid` for Mermaid) draw the same views, so they always agree
on what is on a map; they only differ in syntax. Where each touchpoint sits (its stage
column and its row) is decided in :mod:`journeyplan.render.layout`.

Everything here is pure and deterministic: lanes follow the plan's stage order (a lane of
touchpoints without a valid stage comes first, never after the last stage), nodes and edges
follow plan order, node ids are generated from the touchpoint's position in the plan
(``t0``, ``t1`` ...), never from user text, and a channel's colour is fixed once per plan
(:mod:`journeyplan.render.colours`), so it is the same on every map of the plan.

User text (names, events, conditions, motivations) is kept exactly as written; the
interface texts (badges, legend, "after 2 days") come from the message catalogue in the
map's language. Durations in the model are minutes; a trigger without delay (or with
``0m``) is the default and carries no delay text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journeyplan.analysis.graph import JourneyIndex
from journeyplan.i18n import render_message
from journeyplan.plan.model import Persona, Plan, Touchpoint, Trigger
from journeyplan.render import experience as xp
from journeyplan.render.colours import (  # noqa: F401  (re-exported)
    NO_CHANNEL_COLOUR,
    PALETTE,
    channel_colours,
    darker,
    is_dark,
)
from journeyplan.render.text import (  # noqa: F401  (re-exported)
    BADGE_WIDTH,
    CARD_WIDTH,
    EDGE_WIDTH,
    NAME_WIDTH,
    SMALL_WIDTH,
    literal,
    percent,
    spoken_duration,
    text_lines,
    wrap,
)

#: Name of the overview map's file (``overview.<ext>``); the persona id is reserved for it.
OVERVIEW = "overview"

#: A valid id, the only thing a map file may be named after (plan format v1).
_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\Z")

#: Touchpoint kinds in every legend: a conversion point is a touchpoint with ``conversion``.
KINDS = ("contact", "conversion", "rejection", "exit")
#: Kinds in the legend of a map that has one (plan format 1.1): the talent pool.
KINDS_1_1 = ("talent_pool",)
#: Text colours on a channel fill: dark ink on light fills, white on dark ones.
INK, INK_MUTED = "#1A1A1A", "#4D4D4D"
INK_ON_DARK, INK_MUTED_ON_DARK = "#FFFFFF", "#E6E6E6"


def valid_map_name(name: str) -> bool:
    """True when NAME may name a map file: a valid id (``^[a-z0-9][a-z0-9_-]{0,63}$``) that
    is not the reserved ``overview``."""
    return bool(_ID.match(name)) and name != OVERVIEW


def channel_colour(index: int | None, colours: list[str] | None = None) -> str:
    """Fill colour (``#RRGGBB``) of the channel at position INDEX of the plan's channel list,
    from COLOURS (the plan's assignment, :func:`~journeyplan.render.colours.channel_colours`;
    default: channels without own colours); grey for ``None`` (no channel)."""
    if index is None:
        return NO_CHANNEL_COLOUR
    if colours is None:
        colours = channel_colours([None] * (index + 1))
    return colours[index]


@dataclass(frozen=True)
class NodeView:
    """One touchpoint on a map.

    - ``id``: generated, ``t<position of the touchpoint in the plan>``; never user text.
    - ``name``: the touchpoint's name (or its id when it has none), as written.
    - ``channel``: the channel's name as written, or the catalogue's "no channel" text.
    - ``colour``: channel fill colour; ``border``: a darker shade of it.
    - ``kind``: ``contact`` | ``conversion`` | ``rejection`` | ``exit`` | ``talent_pool``.
    - ``badge``: the kind's caption ("Conversion: application · target 4%"), or ``None``.
    - ``entry``: the journey starts here (for the overview: some persona's journey does).
    - ``promise``: the response-time promise ("hears back within 2 days"), or ``None``.
    - ``personas``: overview only: which personas it serves ("for Sander, Lisa").
    - ``experience``: how the candidate is meant to feel here, -2..+2 (plan format 1.1
      ``touchpoints[].experience``), or ``None``: the emotion curve is drawn from it.
    - ``ink``, ``muted``: text colours that read on ``colour``.
    """

    id: str
    name: str
    channel: str
    colour: str
    border: str
    kind: str
    badge: str | None
    entry: bool
    promise: str | None
    personas: str | None
    experience: int | None = None
    ink: str = INK
    muted: str = INK_MUTED


@dataclass(frozen=True)
class LaneView:
    """One stage, drawn as a column: generated ``id`` (``s<position of the stage>``; the
    lane of touchpoints without a valid stage is ``s<number of stages>`` and comes first),
    its ``title`` (the stage name as written) and its touchpoints in plan order."""

    id: str
    title: str
    nodes: tuple[NodeView, ...]


@dataclass(frozen=True)
class EdgeView:
    """One trigger: from node id ``source`` to node id ``target``; ``event``, ``condition``
    as written (or ``None``); ``delay`` as words ("after 2 days") or ``None`` for the
    default (no delay, or ``0m``: the candidate moves on at once); ``personas`` (overview
    only) for a trigger limited to some personas; ``backward`` when it leads to an earlier
    lane (drawn without pulling the layout back); ``reengage``: the caption of a trigger
    that leaves a talent pool (it re-engages the candidate, plan format 1.1), else ``None``."""

    source: str
    target: str
    event: str | None
    delay: str | None
    condition: str | None
    personas: str | None
    backward: bool
    reengage: str | None = None


@dataclass(frozen=True)
class LegendEntry:
    """A channel in the legend: its ``name`` as written, ``colour``, ``border`` and its
    response time as text ("answers within 2 hours") or ``None``."""

    name: str
    colour: str
    border: str
    response: str | None
    ink: str = INK


@dataclass(frozen=True)
class PersonaCard:
    """The persona's card on its map: ``title`` (the persona's name), ``job_search`` ("latent
    job seeker") or ``None``, and two captioned lists as written in the plan:
    ``motivations`` (what drives them) and ``frustrations`` (what puts them off)."""

    title: str
    job_search: str | None
    motivations_caption: str
    motivations: tuple[str, ...]
    frustrations_caption: str
    frustrations: tuple[str, ...]


@dataclass(frozen=True)
class MapView:
    """One map: ``name`` is the file stem (a valid persona id or ``overview``), ``title``
    and ``subtitle`` head the map, ``lanes`` in stage order, ``edges`` in plan order,
    ``channels`` the legend (channels used on this map, in plan order), ``kinds`` the legend
    captions of the touchpoint kinds, ``start`` the legend caption of the start marker,
    ``entry_caption`` the marker on an entry touchpoint, ``empty`` a note when the map has
    no touchpoints, ``card`` the persona card (persona maps whose persona has motivations or
    frustrations), ``experience_caption`` the caption of the emotion curve, ``bands`` the
    emotion bands under the lanes (:mod:`journeyplan.render.experience`; one on a persona
    map, one per persona on the overview; none when no touchpoint has a score),
    ``experience_scale`` the scale's legend (empty without bands) and ``reengage_caption``
    the legend caption of re-engagement triggers (empty when the map has none)."""

    name: str
    title: str
    subtitle: str
    lanes: tuple[LaneView, ...]
    edges: tuple[EdgeView, ...]
    channels: tuple[LegendEntry, ...]
    kinds: tuple[tuple[str, str], ...]
    start: str
    entry_caption: str
    empty: str | None
    card: PersonaCard | None = None
    experience_caption: str = ""
    bands: tuple[xp.ExperienceBand, ...] = ()
    experience_scale: tuple[xp.ExperienceCell, ...] = ()
    reengage_caption: str = ""

    @property
    def nodes(self) -> list[NodeView]:
        """Every node of the map, lane by lane."""
        return [n for lane in self.lanes for n in lane.nodes]

    @property
    def entries(self) -> list[NodeView]:
        """The nodes where the journey starts, lane by lane."""
        return [n for n in self.nodes if n.entry]

    @property
    def has_experience(self) -> bool:
        """True when some touchpoint of the map says how the candidate should feel."""
        return any(n.experience is not None for n in self.nodes)


class _Builder:
    """Builds the views of one plan in one language (optionally limited to some stages)."""

    def __init__(self, plan: Plan, lang: str, stages: list[str] | None = None) -> None:
        self.plan = plan
        self.lang = lang
        self.index = JourneyIndex(plan)
        self.node_id = {t.id: f"t{i}" for i, t in enumerate(plan.touchpoints)}
        self.channel_pos = {c.id: i for i, c in enumerate(plan.channels)}
        self.channels = {c.id: c for c in plan.channels}
        self.colours = channel_colours([getattr(c, "color", None) for c in plan.channels])
        self.stage_pos = {s.id: i for i, s in enumerate(plan.stages)}
        self.persona_names = {p.id: p.label for p in plan.personas}
        self.touchpoints = {t.id: t for t in plan.touchpoints}
        self.stages = set(stages) if stages else None

    def msg(self, key: str, **args) -> str:
        return render_message(key, args, self.lang)

    # ------------------------------------------------------------------ pieces
    def lane_of(self, t: Touchpoint) -> int:
        """Column of T: ``-1`` for no (valid) stage, else the stage's position."""
        pos = self.stage_pos.get(t.stage) if t.stage is not None else None
        return -1 if pos is None else pos

    def shown(self, t: Touchpoint) -> bool:
        return self.stages is None or t.stage in self.stages

    def badge(self, t: Touchpoint) -> str | None:
        if t.conversion is not None:
            goal = t.conversion.goal
            goal_text = self.msg(f"map.goal.{goal}") if goal else self.msg("map.goal.other")
            if t.conversion.target_rate is not None:
                return self.msg(
                    "map.badge.conversion.rate",
                    goal=goal_text,
                    rate=percent(t.conversion.target_rate),
                )
            return self.msg("map.badge.conversion", goal=goal_text)
        if t.kind == "rejection":
            return self.msg("map.badge.rejection.feedback" if t.feedback else "map.badge.rejection")
        if t.kind == "exit":
            return self.msg("map.badge.exit")
        if t.kind == "talent_pool":  # "TALENT POOL · with consent · kept for 52 weeks"
            consent = {True: "yes", False: "no"}.get(t.consent)  # type: ignore[arg-type]
            parts = [self.msg("map.badge.talent_pool")]
            parts += [self.msg(f"map.talent_pool.consent.{consent}")] if consent else []
            if t.retention is not None:
                parts.append(
                    self.msg("map.talent_pool.retention", duration=self.duration(t.retention))
                )
            return " · ".join(parts)
        return None

    def kind(self, t: Touchpoint) -> str:
        if t.conversion is not None:
            return "conversion"
        return t.kind if t.kind in KINDS + KINDS_1_1 else "contact"

    def personas_text(self, ids: list[str] | None) -> str:
        if ids is None:
            return self.msg("map.personas.all")
        if not ids:  # personas: [] (JP304): for nobody, never "for " and nothing
            return self.msg("map.personas.none")
        names = [self.persona_names.get(pid, pid) for pid in dict.fromkeys(ids)]
        return self.msg("map.personas", personas=", ".join(names))

    def duration(self, minutes: int | float) -> str:
        return spoken_duration(minutes, self.lang)

    def node(self, t: Touchpoint, entry: bool, overview: bool) -> NodeView:
        pos = self.channel_pos.get(t.channel) if t.channel is not None else None
        channel = self.channels[t.channel].label if pos is not None else self.msg("map.no_channel")
        colour = channel_colour(pos, self.colours)
        dark = is_dark(colour)
        promise = (
            self.msg("map.promise", duration=self.duration(t.response_time))
            if t.response_time is not None
            else None
        )
        experience = getattr(t, "experience", None)
        return NodeView(
            id=self.node_id[t.id],
            name=t.label,
            channel=channel,
            colour=colour,
            border=darker(colour),
            kind=self.kind(t),
            badge=self.badge(t),
            entry=entry,
            promise=promise,
            personas=self.personas_text(t.personas) if overview else None,
            experience=experience if isinstance(experience, int) else None,
            ink=INK_ON_DARK if dark else INK,
            muted=INK_MUTED_ON_DARK if dark else INK_MUTED,
        )

    def edge(self, tr: Trigger, overview: bool) -> EdgeView:
        source = self.touchpoints[tr.source]  # type: ignore[index]
        target = self.touchpoints[tr.target]  # type: ignore[index]
        delay = None if not tr.delay else self.msg("map.delay", duration=self.duration(tr.delay))
        return EdgeView(
            source=self.node_id[tr.source],  # type: ignore[index]
            target=self.node_id[tr.target],  # type: ignore[index]
            event=tr.event,
            delay=delay,
            condition=tr.condition,
            personas=(
                self.personas_text(tr.personas) if overview and tr.personas is not None else None
            ),
            backward=self.lane_of(target) < self.lane_of(source),
            reengage=self.msg("map.reengage") if source.kind == "talent_pool" else None,
        )

    def lanes(self, nodes: list[NodeView], touchpoints: list[Touchpoint]) -> tuple[LaneView, ...]:
        by_lane: dict[int, list[NodeView]] = {}
        for t, n in zip(touchpoints, nodes):
            by_lane.setdefault(self.lane_of(t), []).append(n)
        out = []
        for pos in sorted(by_lane):  # -1 (no stage) first
            if pos >= 0:
                out.append(LaneView(f"s{pos}", self.plan.stages[pos].label, tuple(by_lane[pos])))
            else:
                lane_id = f"s{len(self.plan.stages)}"
                out.append(LaneView(lane_id, self.msg("map.no_stage"), tuple(by_lane[pos])))
        return tuple(out)

    def legend(self, touchpoints: list[Touchpoint]) -> tuple[LegendEntry, ...]:
        used = {t.channel for t in touchpoints}
        out = []
        for i, c in enumerate(self.plan.channels):
            if c.id in used:
                colour = self.colours[i]
                response = (
                    self.msg("map.channel.response", duration=self.duration(c.response_time))
                    if c.response_time is not None
                    else None
                )
                ink = INK_ON_DARK if is_dark(colour) else INK
                out.append(LegendEntry(c.label, colour, darker(colour), response, ink))
        if used - set(self.channel_pos):
            out.append(
                LegendEntry(
                    self.msg("map.no_channel"), NO_CHANNEL_COLOUR, darker(NO_CHANNEL_COLOUR), None
                )
            )
        return tuple(out)

    def subtitle(self) -> str:
        info = self.plan.info
        parts = [p for p in ((info.name, info.organisation) if info else ()) if p]
        if self.stages is not None:
            names = [s.label for s in self.plan.stages if s.id in self.stages]
            parts.append(self.msg("map.stages.only", stages=", ".join(names)))
        return " · ".join(parts)

    def card(self, p: Persona) -> PersonaCard | None:
        motivations = tuple(m for m in (p.motivations or ()) if isinstance(m, str))
        frustrations = tuple(f for f in (p.frustrations or ()) if isinstance(f, str))
        if not motivations and not frustrations:
            return None
        search = (
            self.msg(f"map.card.job_search.{p.job_search}")
            if p.job_search in ("active", "latent", "passive")
            else None
        )
        return PersonaCard(
            title=p.label,
            job_search=search,
            motivations_caption=self.msg("map.card.motivations"),
            motivations=motivations,
            frustrations_caption=self.msg("map.card.frustrations"),
            frustrations=frustrations,
        )

    def view(
        self,
        name: str,
        title: str,
        touchpoints: list[Touchpoint],
        triggers: list[Trigger],
        entries: set[str],
        overview: bool,
        card: PersonaCard | None = None,
    ) -> MapView:
        touchpoints = [t for t in touchpoints if self.shown(t)]
        ids = {t.id for t in touchpoints}
        triggers = [tr for tr in triggers if tr.source in ids and tr.target in ids]
        nodes = [self.node(t, t.id in entries, overview) for t in touchpoints]
        lanes = self.lanes(nodes, touchpoints)
        edges = tuple(self.edge(tr, overview) for tr in triggers)
        kinds = KINDS + tuple(k for k in KINDS_1_1 if any(n.kind == k for n in nodes))
        bands = self.bands(lanes, overview)
        return MapView(
            name=name,
            title=title,
            subtitle=self.subtitle(),
            lanes=lanes,
            edges=edges,
            channels=self.legend(touchpoints),
            kinds=tuple((k, self.msg(f"map.legend.{k}")) for k in kinds),
            start=self.msg("map.legend.start"),
            entry_caption=self.msg("map.badge.entry"),
            empty=None if touchpoints else self.msg("map.empty"),
            card=card,
            experience_caption=self.msg("map.experience"),
            bands=bands,
            experience_scale=xp.scale(self.msg) if bands else (),
            reengage_caption=(
                self.msg("map.legend.reengage") if any(e.reengage for e in edges) else ""
            ),
        )

    def bands(self, lanes: tuple[LaneView, ...], overview: bool) -> tuple[xp.ExperienceBand, ...]:
        """The emotion bands of a map with LANES (see :func:`~.experience.bands`)."""
        per_persona = None
        if overview:
            per_persona = [
                (
                    self.msg("map.experience.persona", persona=p.label),
                    {self.node_id[t.id] for t in self.index.journey(p).nodes},
                )
                for p in self.plan.personas
            ]
        return xp.bands(lanes, self.msg("map.experience"), per_persona)

    # ------------------------------------------------------------------ maps
    def persona(self, p: Persona) -> MapView:
        j = self.index.journey(p)
        return self.view(
            p.id,
            self.msg("map.title.persona", persona=p.label),
            j.nodes,
            j.edges,
            {t.id for t in j.entries},
            overview=False,
            card=self.card(p),
        )

    def overview(self) -> MapView:
        entries: set[str] = set()
        for p in self.plan.personas:
            entries.update(t.id for t in self.index.journey(p).entries)
        return self.view(
            OVERVIEW,
            self.msg("map.title.overview"),
            self.plan.touchpoints,
            self.plan.triggers,
            entries,
            overview=True,
        )


def map_views(
    plan: Plan,
    personas: list[Persona] | None = None,
    lang: str = "en",
    stages: list[str] | None = None,
    overview: bool = True,
) -> list[MapView]:
    """One view per persona of PERSONAS (default: every persona of the plan, in plan order)
    whose id can name a file (:func:`valid_map_name`), then the overview (unless OVERVIEW is
    false). STAGES (stage ids) limits every map to those stages. Personas with an invalid id
    are left out; the caller reports them (see :func:`unusable_personas`)."""
    b = _Builder(plan, lang, stages)
    chosen = plan.personas if personas is None else personas
    views = [b.persona(p) for p in chosen if valid_map_name(p.id)]
    if overview:
        views.append(b.overview())
    return views


def unusable_personas(plan: Plan, personas: list[Persona] | None = None) -> list[Persona]:
    """The personas of PERSONAS (default: all) whose id cannot name a map file: an invalid
    id or the reserved ``overview`` (the plan reports them as JP005)."""
    chosen = plan.personas if personas is None else personas
    return [p for p in chosen if not valid_map_name(p.id)]
