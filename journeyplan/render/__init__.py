"""Journey maps: one per persona plus an overview, as Graphviz (DOT, SVG, PNG, PDF) or
Mermaid files. The library behind ``journeyplan render``; it never prints.

The pipeline: a checked plan (the caller runs :func:`journeyplan.check.pipeline.check_plan`;
render never reads or checks) -> views
(:mod:`journeyplan.render.view`, what a map shows) -> text (:mod:`.graphviz_map` DOT or
:mod:`.mermaid`) -> bytes (``dot`` for images, :mod:`.output`) -> files (:mod:`.output`,
atomic, never over a file journeyplan did not write).

What render does with a plan that has error findings: it draws what is valid (every
reference on a map resolves; broken parts are left out) and reports the number of errors,
so the CLI can point to ``journeyplan check``. A persona whose id is invalid is skipped
(its id cannot name a file). A plan with nothing to draw (no persona and no touchpoint) is
an error (exit 2).

Any plan size: every map has a layout budget (``timeout`` seconds); a map whose full
Graphviz layout does not finish in it is drawn with the quick layout
(:mod:`journeyplan.render.quick`), and the overview of a large plan (more than
:data:`DETAIL_LIMIT` touchpoints or :data:`DETAIL_EDGES` triggers) is drawn by stage and
channel, the detail staying on the persona maps. ``--format pdf`` writes one document,
``journey-maps.pdf``: the overview first, then one page per persona in plan order (one
file to send or to put in a deck; a page per map keeps every map at its own size).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from journeyplan.errors import UsageError
from journeyplan.plan.model import Persona, Plan
from journeyplan.render.layout import PAGES
from journeyplan.render.output import (
    FORMATS,
    IMAGE_FORMATS,
    LAYOUT_BUDGET,
    LayoutTimeout,
    RenderError,
    check_folder,
    find_dot,
    write_maps,
)
from journeyplan.render.view import OVERVIEW, MapView, map_views, unusable_personas
from journeyplan.source.discover import RENDER_DIR

if TYPE_CHECKING:
    from journeyplan.check.pipeline import CheckResult

__all__ = [
    "DETAIL_EDGES",
    "DETAIL_LIMIT",
    "FORMATS",
    "IMAGE_FORMATS",
    "PAGES",
    "PDF_NAME",
    "MapEvent",
    "RenderError",
    "RenderResult",
    "default_folder",
    "map_texts",
    "render_plan",
    "select_personas",
]

#: The overview is drawn by stage and channel above this many touchpoints or triggers.
DETAIL_LIMIT = 80
DETAIL_EDGES = 200
#: File name of the one PDF document of ``--format pdf``.
PDF_NAME = "journey-maps.pdf"


@dataclass(frozen=True)
class MapEvent:
    """Progress of a render, one per map and step: ``name`` of the map, its ``number``
    (1-based) of ``total``, ``step`` ``start`` | ``done``; when done, ``seconds`` it took
    and ``layout``: ``full`` (Graphviz's layout), ``quick`` (the layout budget ran out or
    Graphviz failed: fixed places), ``summary`` (the overview by stage and channel) or
    ``text`` (dot and mermaid formats, nothing laid out)."""

    name: str
    number: int
    total: int
    step: str
    seconds: float = 0.0
    layout: str = ""


@dataclass
class RenderResult:
    """What a render did.

    - ``written``: the map files written, in order (personas in plan order, then overview;
      for pdf the one document).
    - ``skipped``: ids of personas left out because their id cannot name a file.
    - ``errors``: the number of error findings of the plan (``journeyplan check`` lists them).
    - ``warnings``: what Graphviz reported on stderr, one ``(map name, text)`` per map that
      had any (empty for a plan that lays out cleanly).
    - ``layouts``: ``(map name, layout)`` per map (see :class:`MapEvent`).
    - ``language``: the language of the maps' texts (en | nl).
    """

    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)
    layouts: list[tuple[str, str]] = field(default_factory=list)
    language: str = "en"


def default_folder(base: Path) -> Path:
    """The default output folder: ``journey-maps/`` in the plan folder BASE (for a
    single-file plan, the folder holding the file). The loader never reads it back."""
    return base / RENDER_DIR


def select_personas(plan: Plan, ids: list[str] | None) -> list[Persona]:
    """The personas named by IDS, in plan order (all personas when IDS is empty or
    ``None``; none when IDS only names ``overview``). Raises
    :class:`~journeyplan.errors.UsageError` for an id that is not a persona of the plan
    (with a did-you-mean)."""
    if not ids:
        return list(plan.personas)
    from journeyplan.suggest import did_you_mean

    known = {p.id for p in plan.personas}
    for pid in ids:
        if pid not in known and pid != OVERVIEW:
            raise UsageError(
                "render.unknown-persona",
                id=pid,
                suggestion=did_you_mean(pid, sorted(known | {OVERVIEW})),
            )
    wanted = set(ids)
    return [p for p in plan.personas if p.id in wanted]


def select_stages(plan: Plan, ids: list[str] | None) -> list[str] | None:
    """IDS checked against the plan's stages (``None`` for all stages). Raises
    :class:`~journeyplan.errors.UsageError` for an unknown stage id (with a did-you-mean)."""
    if not ids:
        return None
    from journeyplan.suggest import did_you_mean

    known = [s.id for s in plan.stages]
    for sid in ids:
        if sid not in known:
            raise UsageError(
                "render.unknown-stage", id=sid, suggestion=did_you_mean(sid, sorted(known))
            )
    return list(dict.fromkeys(ids))


def map_texts(views: list[MapView], fmt: str, page: str = "none") -> list[tuple[str, str]]:
    """``(map name, text)`` per view: Mermaid text for ``mermaid``, DOT text (for PAGE) for
    every other format (the input of Graphviz for images). Pure and deterministic."""
    if fmt == "mermaid":
        from journeyplan.render.mermaid import to_mermaid

        return [(v.name, to_mermaid(v)) for v in views]
    from journeyplan.render.graphviz_map import dot_source

    return [(v.name, dot_source(v, page)) for v in views]


def too_large(view: MapView) -> bool:
    """True when VIEW is an overview too large to draw touchpoint by touchpoint."""
    return view.name == OVERVIEW and (
        len(view.nodes) > DETAIL_LIMIT or len(view.edges) > DETAIL_EDGES
    )


def render_plan(
    result: CheckResult,
    fmt: str = "svg",
    out_dir: str | os.PathLike | None = None,
    personas: list[str] | None = None,
    lang: str | None = None,
    *,
    path: str | None = None,
    page: str = "none",
    timeout: float = LAYOUT_BUDGET,
    stages: list[str] | None = None,
    progress: Callable[[MapEvent], None] | None = None,
) -> RenderResult:
    """Draw the maps of a checked plan (RESULT, from
    :func:`journeyplan.check.pipeline.check_plan`) in format FMT (a key of :data:`FORMATS`)
    into OUT_DIR (default: :func:`default_folder` of the plan's folder; PATH names the plan
    in messages): ``<persona id>.<ext>`` for each persona
    (or those named in PERSONAS; ``overview`` alone draws only the overview) and
    ``overview.<ext>``; for ``pdf`` one document, :data:`PDF_NAME`. LANG (en | nl) picks the
    language of the texts on the maps (default: the plan's ``plan.language``, else
    English). PAGE (a key of :data:`PAGES`) fits every map on that paper (landscape).
    TIMEOUT is the layout budget of one map in seconds. STAGES (stage ids) draws only those
    stages. PROGRESS is called with a :class:`MapEvent` before and after each map.

    Raises :class:`~journeyplan.errors.PlanPathError` (nothing to draw),
    :class:`~journeyplan.errors.UsageError` (unknown format, page, persona or stage) or
    :class:`RenderError` (no Graphviz for an image format, output in the way, Graphviz
    failed); all mean exit 2, and nothing is written."""
    from journeyplan.errors import PlanPathError

    if fmt not in FORMATS:
        raise UsageError("unknown-format", name=fmt, choices=", ".join(FORMATS))
    if page not in PAGES:
        raise UsageError("unknown-format", name=page, choices=", ".join(PAGES))
    dot = None
    if fmt in IMAGE_FORMATS:
        dot = find_dot()
        if dot is None:
            raise RenderError("render.no-graphviz", format=fmt)
    plan = result.plan
    if not plan.personas and not plan.touchpoints:
        raise PlanPathError("render.nothing-to-draw", path=path or str(result.base))
    chosen = select_personas(plan, personas)
    chosen_stages = select_stages(plan, stages)
    language = lang or plan.language or "en"
    views = map_views(plan, chosen, language, chosen_stages)
    if fmt == "pdf":  # the document opens with the overview
        views = views[-1:] + views[:-1]
    out = RenderResult(
        skipped=[p.id for p in unusable_personas(plan, chosen)],
        errors=result.count("error"),
        language=language,
    )
    ext = FORMATS[fmt]
    folder = Path(out_dir) if out_dir is not None else default_folder(result.base)
    names = [PDF_NAME] if fmt == "pdf" else [f"{v.name}.{ext}" for v in views]
    check_folder(folder, names)  # before any Graphviz run
    files: list[tuple[str, bytes]] = []
    for number, view in enumerate(views, 1):
        if progress is not None:
            progress(MapEvent(view.name, number, len(views), "start"))
        started = time.monotonic()
        data, layout = _draw(plan, view, fmt, page, timeout, dot, language, chosen_stages, out)
        files.append((f"{view.name}.{ext}", data))
        out.layouts.append((view.name, layout))
        if progress is not None:
            seconds = time.monotonic() - started
            progress(MapEvent(view.name, number, len(views), "done", seconds, layout))
    if fmt == "pdf":
        from journeyplan.render.output import merge_pdfs

        files = [(PDF_NAME, merge_pdfs([data for _, data in files]))]
    out.written = write_maps(folder, files)
    return out


def _draw(
    plan: Plan,
    view: MapView,
    fmt: str,
    page: str,
    timeout: float,
    dot: str | None,
    lang: str,
    stages: list[str] | None,
    out: RenderResult,
) -> tuple[bytes, str]:
    """One map's bytes and the layout used (see :class:`MapEvent`)."""
    if fmt == "mermaid":
        from journeyplan.render.mermaid import to_mermaid

        return to_mermaid(view).encode("utf-8"), "text"
    from journeyplan.render import quick
    from journeyplan.render.graphviz_map import dot_source
    from journeyplan.render.output import draw_map, draw_pinned

    summary = too_large(view)
    if summary:
        source = quick.summary_source(plan, lang, stages, view)
    else:
        source = dot_source(view, page)
    if dot is None:
        return source.encode("utf-8"), "text"
    if summary:
        data, warnings = draw_pinned(source, fmt, view.name, dot, PAGES[page])
        layout = "summary"
    else:
        try:
            placing = dot_source(view, page, placing=True)
            data, warnings = draw_map(placing, fmt, view.name, dot, timeout, PAGES[page])
            layout = "full"
        except (LayoutTimeout, RenderError) as exc:
            data, warnings, layout = _fallback(plan, view, fmt, page, timeout, dot, lang, stages)
            if not isinstance(exc, LayoutTimeout):  # a timeout is the budget, not a failure
                warnings = exc.message(lang) + ("\n" + warnings if warnings else "")
    if warnings.strip():
        out.warnings.append((view.name, warnings.strip()))
    return data, layout


def _fallback(plan, view, fmt, page, timeout, dot, lang, stages) -> tuple[bytes, str, str]:
    from journeyplan.i18n import render_message
    from journeyplan.render import quick
    from journeyplan.render.layout import RATIOS, arrange
    from journeyplan.render.output import draw_pinned

    if view.name == OVERVIEW:
        source = quick.summary_source(plan, lang, stages, view)
        layout = "summary"
    else:
        note = render_message("map.fallback.note", {"seconds": f"{timeout:g}"}, lang)
        source = quick.pinned_source(view, arrange(view, RATIOS[page]), note)
        layout = "quick"
    data, warnings = draw_pinned(source, fmt, view.name, dot, PAGES[page])
    return data, warnings, layout
