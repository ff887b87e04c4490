"""``journeyplan render``: the journey maps (read -> check -> draw -> files)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from journeyplan.cli.common import EXIT_OK, DebugOption, LangOption, Run, app, choices, echo
from journeyplan.report.escaping import visible

# The choices match journeyplan.render.FORMATS (a test checks), written out here so that
# `check` never imports the render package.
RenderFormat = choices("RenderFormat", ("svg", "png", "pdf", "dot", "mermaid"))


@app.command()
def render(
    path: Annotated[
        Path, typer.Argument(help="Plan folder or single plan file.", show_default=False)
    ],
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="Folder for the maps (default: journey-maps/ in the plan "
            "folder). Only <persona-id>.<ext> and overview.<ext> are written there.",
            metavar="DIR",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        RenderFormat,
        typer.Option(
            "--format", "-f", help="svg, png or pdf (need Graphviz's dot), dot, or mermaid (.mmd)."
        ),
    ] = RenderFormat.svg,  # type: ignore[attr-defined]
    persona: Annotated[
        Optional[list[str]],
        typer.Option(
            "--persona",
            "-p",
            help="Draw only this persona's map (repeatable); the overview is always drawn.",
            metavar="ID",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Draw the journey maps: one per persona and an overview, stages left to right."""
    run = Run(lang, str(path), debug)

    def main() -> int:
        from journeyplan.check.pipeline import check_plan
        from journeyplan.render import render_plan

        result = check_plan(path)
        run.plan_read(result.language)
        drawn = render_plan(result, format.value, output, persona, run.lang, path=str(path))
        for pid in drawn.skipped:
            run.warn(run.t("render.skip-persona", id=pid))
        for name, text in drawn.warnings:
            run.warn(run.t("render.dot-warning", name=name, detail=text))
        for written in drawn.written:
            echo(visible(str(written)))
        if drawn.errors:
            run.warn(run.t("render.plan-has-errors", errors=drawn.errors, path=str(path)))
        return EXIT_OK

    run(main)
