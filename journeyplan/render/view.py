"""What a journey map shows, independent of how it is drawn: the view model.

:func:`map_views` turns a plan into one :class:`MapView` per persona (with a valid id) plus
the overview. Both writers (:mod:`journeyplan.render.graphviz_map` for DOT and images,
:mod:`journeyplan.render.mermaid` for Mermaid) draw the same views, so they always agree
on what is on a map; they only differ in syntax.

Everything here is pure and deterministic: lanes follow the plan's stage order, nodes and
edges follow plan order, node ids are generated from the touchpoint's position in the plan
(``t0``, ``t1`` ...), never from user text, and a channel's colour is fixed by its position in
the plan's channel list, so it is the same on every map of the plan.

User text (names, events, conditions) is kept exactly as written; the interface texts
(badges, legend, "after 2d") come from the message catalogue in the map's language.
Durations in the model are minutes and are shown with
:func:`journeyplan.plan.durations.format_duration`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journeyplan.analysis.graph import JourneyIndex
from journeyplan.i18n import render_message
from journeyplan.plan.model import Persona, Plan, Touchpoint, Trigger

#: Name of the overview map's file (``overview.<ext>``); the persona id is reserved for it.
OVERVIEW = "overview"

#: A valid id, the only thing a map file may be named after (plan format v1).
_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\Z")

#: Channel fill colours: Paul Tol's "light" scheme, made for filled areas that carry black
#: text and distinct for colour-blind readers. Channel number i (its position in the plan's
#: channel list) gets ``PALETTE[i % len(PALETTE)]``; a touchpoint without a channel is grey.
PALETTE: tuple[str, ...] = (
    "#77AADD",  # light blue
    "#EE8866",  # orange
    "#EEDD88",  # light yellow
    "#FFAABB",  # pink
    "#99DDFF",  # light cyan
    "#44BB99",  # mint
    "#BBCC33",  # pear
    "#AAAA00",  # olive
)
NO_CHANNEL_COLOUR = "#DDDDDD"  # Tol's pale grey

#: Touchpoint kinds as drawn: a conversion point is a touchpoint with ``conversion``.
KINDS = ("contact", "conversion", "rejection", "exit")


def valid_map_name(name: str) -> bool:
    """True when NAME may name a map file: a valid id (``^[a-z0-9][a-z0-9_-]{0,63}$``) that
    is not the reserved ``overview``."""
    return bool(_ID.match(name)) and name != OVERVIEW


def channel_colour(index: int | None) -> str:
    """Fill colour (``#RRGGBB``) of the channel at position INDEX of the plan's channel list;
    grey for ``None`` (a touchpoint whose channel is missing)."""
    return NO_CHANNEL_COLOUR if index is None else PALETTE[index % len(PALETTE)]


def darker(colour: str, factor: float = 0.55) -> str:
    """COLOUR (``#RRGGBB``) with every component multiplied by FACTOR: the border shade."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))


#: Characters per display line (wrapping only at spaces, see :func:`wrap`).
NAME_WIDTH = 26  # a touchpoint's name
SMALL_WIDTH = 32  # channel, promise and persona lines
BADGE_WIDTH = 40  # a kind badge
EDGE_WIDTH = 28  # a trigger's label

# C0/C1 controls (but line breaks, which callers split on), tab, DEL, the line and paragraph
# separators, bidi overrides, lone surrogates and the XML non-characters: never valid or
# never safe in SVG or terminal text; shown as escapes instead.
_UNSAFE = re.compile(
    "[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029"
    "\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)


def _show(mt: re.Match[str]) -> str:
    ch = mt.group()
    if ch == "\t":
        return "\\t"
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def literal(text: str) -> str:
    """TEXT with every character that cannot or must not appear in a map shown as an escape:
    ESC -> ``\\x1b``, tab -> ``\\t``, a lone surrogate -> ``\\ud800``, a bidi override ->
    ``\\u202e``. Line breaks are kept (callers split on them); everything else, accents and
    emoji included, is kept as written."""
    return _UNSAFE.sub(_show, text)


_BREAK = re.compile(r"(?<=\S) (?=\S)")


def wrap(line: str, width: int) -> list[str]:
    """LINE broken into pieces of about WIDTH characters, only at single spaces between two
    non-space characters, so ``" ".join(wrap(line, width)) == line`` always holds and no
    word is ever cut. A word longer than WIDTH stays whole."""
    words = _BREAK.split(line)
    out: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    return out


def text_lines(text: str, width: int | None = None) -> list[str]:
    """User TEXT as display lines: split at its own line breaks (``\\n``, ``\\r\\n``,
    ``\\r``), each line wrapped at WIDTH (no wrapping when ``None``)."""
    lines = re.split(r"\r\n|\r|\n", text)
    if width is None:
        return lines
    return [piece for line in lines for piece in wrap(line, width)]


def percent(rate: float) -> str:
    """A rate 0..1 as a percentage: 0.04 -> ``4%``, 0.125 -> ``12.5%``, 1 -> ``100%``."""
    value = round(rate * 100, 2)
    return f"{value:g}%"


@dataclass(frozen=True)
class NodeView:
    """One touchpoint on a map.

    - ``id``: generated, ``t<position of the touchpoint in the plan>``; never user text.
    - ``name``: the touchpoint's name (or its id when it has none), as written.
    - ``channel``: the channel's name as written, or the catalogue's "no channel" text.
    - ``colour``: channel fill colour; ``border``: a darker shade of it.
    - ``kind``: ``contact`` | ``conversion`` | ``rejection`` | ``exit``.
    - ``badge``: the kind's caption ("Conversion: application · target 4%"), or ``None``.
    - ``entry``: the journey starts here (for the overview: some persona's journey does).
    - ``promise``: the response-time promise ("hears back within 2d"), or ``None``.
    - ``personas``: overview only: which personas it serves ("for Sander, Lisa").
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


@dataclass(frozen=True)
class LaneView:
    """One stage, drawn as a lane: generated ``id`` (``s<position>``), its ``title`` (the
    stage name as written) and its touchpoints in plan order."""

    id: str
    title: str
    nodes: tuple[NodeView, ...]


@dataclass(frozen=True)
class EdgeView:
    """One trigger: from node id ``source`` to node id ``target``; ``event``, ``condition``
    as written (or ``None``); ``delay`` as text ("after 2d", "immediately") or ``None``;
    ``personas`` (overview only) for a trigger limited to some personas; ``backward`` when it
    leads to an earlier lane (drawn without pulling the layout back)."""

    source: str
    target: str
    event: str | None
    delay: str | None
    condition: str | None
    personas: str | None
    backward: bool


@dataclass(frozen=True)
class LegendEntry:
    """A channel in the legend: its ``name`` as written, ``colour``, ``border`` and its
    response time as text ("answers within 2h") or ``None``."""

    name: str
    colour: str
    border: str
    response: str | None


@dataclass(frozen=True)
class MapView:
    """One map: ``name`` is the file stem (a valid persona id or ``overview``), ``title``
    and ``subtitle`` head the map, ``lanes`` in stage order, ``edges`` in plan order,
    ``channels`` the legend (channels used on this map, in plan order), ``kinds`` the legend
    captions of the touchpoint kinds, ``start`` the legend caption of the start marker,
    ``entry_caption`` the marker on an entry touchpoint, ``empty`` a note when the map has
    no touchpoints."""

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

    @property
    def nodes(self) -> list[NodeView]:
        """Every node of the map, lane by lane."""
        return [n for lane in self.lanes for n in lane.nodes]

    @property
    def entries(self) -> list[NodeView]:
        """The nodes where the journey starts, lane by lane."""
        return [n for n in self.nodes if n.entry]


class _Builder:
    """Builds the views of one plan in one language."""

    def __init__(self, plan: Plan, lang: str) -> None:
        self.plan = plan
        self.lang = lang
        self.index = JourneyIndex(plan)
        self.node_id = {t.id: f"t{i}" for i, t in enumerate(plan.touchpoints)}
        self.channel_pos = {c.id: i for i, c in enumerate(plan.channels)}
        self.channels = {c.id: c for c in plan.channels}
        self.stage_pos = {s.id: i for i, s in enumerate(plan.stages)}
        self.persona_names = {p.id: p.label for p in plan.personas}
        self.touchpoints = {t.id: t for t in plan.touchpoints}

    def msg(self, key: str, **args) -> str:
        return render_message(key, args, self.lang)

    # ------------------------------------------------------------------ pieces
    def lane_of(self, t: Touchpoint) -> int:
        pos = self.stage_pos.get(t.stage) if t.stage is not None else None
        return len(self.plan.stages) if pos is None else pos

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
        if t.kind in ("exit", "talent_pool"):
            # a talent pool ends the procedure like an exit (its own badge is the maps' call)
            return self.msg("map.badge.exit")
        return None

    def kind(self, t: Touchpoint) -> str:
        if t.conversion is not None:
            return "conversion"
        if t.kind == "talent_pool":
            return "exit"
        return t.kind if t.kind in KINDS else "contact"

    def personas_text(self, ids: list[str] | None) -> str:
        if ids is None:
            return self.msg("map.personas.all")
        names = [self.persona_names.get(pid, pid) for pid in dict.fromkeys(ids)]
        return self.msg("map.personas", personas=", ".join(names))

    def node(self, t: Touchpoint, entry: bool, overview: bool) -> NodeView:
        pos = self.channel_pos.get(t.channel) if t.channel is not None else None
        channel = self.channels[t.channel].label if pos is not None else self.msg("map.no_channel")
        colour = channel_colour(pos)
        promise = (
            self.msg("map.promise", minutes=t.response_time)
            if t.response_time is not None
            else None
        )
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
        )

    def edge(self, tr: Trigger, overview: bool) -> EdgeView:
        source = self.touchpoints[tr.source]  # type: ignore[index]
        target = self.touchpoints[tr.target]  # type: ignore[index]
        if tr.delay is None:
            delay = None
        elif tr.delay == 0:
            delay = self.msg("map.delay.none")
        else:
            delay = self.msg("map.delay", minutes=tr.delay)
        return EdgeView(
            source=self.node_id[tr.source],
            target=self.node_id[tr.target],  # type: ignore
            event=tr.event,
            delay=delay,
            condition=tr.condition,
            personas=(
                self.personas_text(tr.personas) if overview and tr.personas is not None else None
            ),
            backward=self.lane_of(target) < self.lane_of(source),
        )  # type: ignore[arg-type]

    def lanes(self, nodes: list[NodeView], touchpoints: list[Touchpoint]) -> tuple[LaneView, ...]:
        by_lane: dict[int, list[NodeView]] = {}
        for t, n in zip(touchpoints, nodes):
            by_lane.setdefault(self.lane_of(t), []).append(n)
        out = []
        for pos in sorted(by_lane):
            if pos < len(self.plan.stages):
                title = self.plan.stages[pos].label
            else:
                title = self.msg("map.no_stage")
            out.append(LaneView(f"s{pos}", title, tuple(by_lane[pos])))
        return tuple(out)

    def legend(self, touchpoints: list[Touchpoint]) -> tuple[LegendEntry, ...]:
        used = {t.channel for t in touchpoints}
        out = []
        for i, c in enumerate(self.plan.channels):
            if c.id in used:
                colour = channel_colour(i)
                response = (
                    self.msg("map.channel.response", minutes=c.response_time)
                    if c.response_time is not None
                    else None
                )
                out.append(LegendEntry(c.label, colour, darker(colour), response))
        if None in used:
            out.append(
                LegendEntry(
                    self.msg("map.no_channel"), NO_CHANNEL_COLOUR, darker(NO_CHANNEL_COLOUR), None
                )
            )
        return tuple(out)

    def subtitle(self) -> str:
        info = self.plan.info
        parts = [p for p in ((info.name, info.organisation) if info else ()) if p]
        return " · ".join(parts)

    def view(
        self,
        name: str,
        title: str,
        touchpoints: list[Touchpoint],
        triggers: list[Trigger],
        entries: set[str],
        overview: bool,
    ) -> MapView:
        nodes = [self.node(t, t.id in entries, overview) for t in touchpoints]
        return MapView(
            name=name,
            title=title,
            subtitle=self.subtitle(),
            lanes=self.lanes(nodes, touchpoints),
            edges=tuple(self.edge(tr, overview) for tr in triggers),
            channels=self.legend(touchpoints),
            kinds=tuple((k, self.msg(f"map.legend.{k}")) for k in KINDS),
            start=self.msg("map.legend.start"),
            entry_caption=self.msg("map.badge.entry"),
            empty=None if touchpoints else self.msg("map.empty"),
        )

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


def map_views(plan: Plan, personas: list[Persona] | None = None, lang: str = "en") -> list[MapView]:
    """One view per persona of PERSONAS (default: every persona of the plan, in plan order)
    whose id can name a file (:func:`valid_map_name`), then the overview. Personas with an
    invalid id are left out; the caller reports them (see :func:`unusable_personas`)."""
    b = _Builder(plan, lang)
    chosen = plan.personas if personas is None else personas
    views = [b.persona(p) for p in chosen if valid_map_name(p.id)]
    views.append(b.overview())
    return views


def unusable_personas(plan: Plan, personas: list[Persona] | None = None) -> list[Persona]:
    """The personas of PERSONAS (default: all) whose id cannot name a map file: an invalid
    id or the reserved ``overview`` (the plan reports them as JP005)."""
    chosen = plan.personas if personas is None else personas
    return [p for p in chosen if not valid_map_name(p.id)]
