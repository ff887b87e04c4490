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
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from journeyplan.errors import UsageError
from journeyplan.plan.model import Persona, Plan
from journeyplan.render.output import (
    FORMATS,
    IMAGE_FORMATS,
    RenderError,
    check_folder,
    find_dot,
    run_dot,
    write_maps,
)
from journeyplan.render.view import MapView, map_views, unusable_personas
from journeyplan.source.discover import RENDER_DIR

if TYPE_CHECKING:
    from journeyplan.check.pipeline import CheckResult

__all__ = [
    "FORMATS",
    "IMAGE_FORMATS",
    "RenderError",
    "RenderResult",
    "default_folder",
    "map_texts",
    "render_plan",
    "select_personas",
]


@dataclass
class RenderResult:
    """What a render did.

    - ``written``: the map files written, in order (personas in plan order, then overview).
    - ``skipped``: ids of personas left out because their id cannot name a file.
    - ``errors``: the number of error findings of the plan (``journeyplan check`` lists them).
    - ``warnings``: what ``dot`` reported on stderr, one ``(map name, text)`` per map that
      had any (empty for a plan that lays out cleanly).
    - ``language``: the language of the maps' texts (en | nl).
    """

    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)
    language: str = "en"


def default_folder(base: Path) -> Path:
    """The default output folder: ``journey-maps/`` in the plan folder BASE (for a
    single-file plan, the folder holding the file). The loader never reads it back."""
    return base / RENDER_DIR


def select_personas(plan: Plan, ids: list[str] | None) -> list[Persona]:
    """The personas named by IDS, in plan order (all personas when IDS is empty or
    ``None``). Raises :class:`~journeyplan.errors.UsageError` for an id that is not a
    persona of the plan (with a did-you-mean)."""
    if not ids:
        return list(plan.personas)
    from journeyplan.suggest import did_you_mean

    known = {p.id for p in plan.personas}
    for pid in ids:
        if pid not in known:
            raise UsageError(
                "render.unknown-persona", id=pid, suggestion=did_you_mean(pid, sorted(known))
            )
    wanted = set(ids)
    return [p for p in plan.personas if p.id in wanted]


def map_texts(views: list[MapView], fmt: str) -> list[tuple[str, str]]:
    """``(map name, text)`` per view: Mermaid text for ``mermaid``, DOT text for every
    other format (the input of ``dot`` for images). Pure and deterministic."""
    if fmt == "mermaid":
        from journeyplan.render.mermaid import to_mermaid

        return [(v.name, to_mermaid(v)) for v in views]
    from journeyplan.render.graphviz_map import dot_source

    return [(v.name, dot_source(v)) for v in views]


def render_plan(
    result: CheckResult,
    fmt: str = "svg",
    out_dir: str | os.PathLike | None = None,
    personas: list[str] | None = None,
    lang: str | None = None,
    *,
    path: str | None = None,
) -> RenderResult:
    """Draw the maps of a checked plan (RESULT, from
    :func:`journeyplan.check.pipeline.check_plan`) in format FMT (a key of :data:`FORMATS`)
    into OUT_DIR (default: :func:`default_folder` of the plan's folder): ``<persona
    id>.<ext>`` for each persona (or those named in PERSONAS) and ``overview.<ext>``. LANG
    (en | nl) picks the language of the texts on the maps (default: the plan's
    ``plan.language``, else English). PATH names the plan in messages (default: its folder).

    Raises :class:`~journeyplan.errors.PlanPathError` (nothing to draw),
    :class:`~journeyplan.errors.UsageError` (unknown format or persona) or
    :class:`RenderError` (no Graphviz for an image format, output in the way, dot failed);
    all mean exit 2, and nothing is written."""
    from journeyplan.errors import PlanPathError

    if fmt not in FORMATS:
        raise UsageError("unknown-format", name=fmt, choices=", ".join(FORMATS))
    dot = None
    if fmt in IMAGE_FORMATS:
        dot = find_dot()
        if dot is None:
            raise RenderError("render.no-graphviz", format=fmt)
    plan = result.plan
    if not plan.personas and not plan.touchpoints:
        raise PlanPathError("render.nothing-to-draw", path=path or str(result.base))
    chosen = select_personas(plan, personas)
    language = lang or plan.language or "en"
    views = map_views(plan, chosen, language)
    out = RenderResult(
        skipped=[p.id for p in unusable_personas(plan, chosen)],
        errors=result.count("error"),
        language=language,
    )
    ext = FORMATS[fmt]
    folder = Path(out_dir) if out_dir is not None else default_folder(result.base)
    check_folder(folder, [f"{v.name}.{ext}" for v in views])  # before any dot run
    files: list[tuple[str, bytes]] = []
    for name, text in map_texts(views, fmt):
        if dot is None:
            data = text.encode("utf-8")
        else:
            data, warnings = run_dot(text, fmt, name, dot)
            if warnings.strip():
                out.warnings.append((name, warnings.strip()))
        files.append((f"{name}.{ext}", data))
    out.written = write_maps(folder, files)
    return out
