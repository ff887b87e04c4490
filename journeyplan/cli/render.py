"""``journeyplan render``: the journey maps (read -> check -> draw -> files)."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from journeyplan.cli.common import (
    EXIT_OK,
    DebugOption,
    LangOption,
    PathValue,
    Run,
    app,
    choices,
    echo,
    refuse_unread,
)
from journeyplan.report.escaping import visible

# The choices match journeyplan.render.FORMATS (a test checks), written out here so that
# `check` never imports the render package.
RenderFormat = choices("RenderFormat", ("svg", "png", "pdf", "dot", "mermaid"))
# The choices match journeyplan.render.PAGES (a test checks).
RenderPage = choices("RenderPage", ("none", "a4", "a3", "slide"))
#: Formats that are laid out (and take time): a progress line per map on stderr.
_LAID_OUT = ("svg", "png", "pdf")
#: The longest layout budget per map, in seconds (a day): more is no budget at all, and the
#: clocks that wait for Graphviz overflow on 1e9 seconds or inf.
MAX_TIMEOUT = 86400


@app.command()
def render(
    path: Annotated[
        Path,
        typer.Argument(
            help="Plan folder or single plan file.", show_default=False, path_type=PathValue
        ),
    ],
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="Folder for the maps (default: journey-maps/ in the plan "
            "folder). Only <persona-id>.<ext> and overview.<ext> are written there.",
            metavar="DIR",
            path_type=PathValue,
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
            help="Draw only this persona's map (repeatable); the overview is drawn too. "
            "'--persona overview' draws the overview alone.",
            metavar="ID",
            show_default=False,
        ),
    ] = None,
    stage: Annotated[
        Optional[list[str]],
        typer.Option(
            "--stage",
            "-s",
            help="Draw only this stage of every map (repeatable).",
            metavar="ID",
            show_default=False,
        ),
    ] = None,
    page: Annotated[
        RenderPage,
        typer.Option(
            "--page",
            help="Fit every map on this page, landscape: a4, a3, slide (16:9), or none "
            "(natural size). For svg, png and pdf.",
        ),
    ] = RenderPage.none,  # type: ignore[attr-defined]
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            help="Layout budget per map, in seconds: a map Graphviz cannot lay out in time "
            "is drawn with the quick layout (the overview by stage and channel).",
            min=1,
            metavar="SECONDS",
            max=MAX_TIMEOUT,
        ),
    ] = 60.0,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Draw the journey maps: one per persona and an overview, stages left to right
    (--format pdf: one document, journey-maps.pdf, overview first)."""
    run = Run(lang, str(path), debug, activity="render")

    def main() -> int:
        import sys

        from journeyplan.check.pipeline import check_plan
        from journeyplan.render import render_plan
        from journeyplan.report.console import make_console

        result = check_plan(path)
        run.plan_read(result.language)
        refuse_unread(run, result)
        console = make_console(sys.stderr)

        def progress(event) -> None:
            """One line per map on stderr; on a terminal also a line while it is drawn."""
            name = run.t("render.name.overview") if event.name == "overview" else event.name
            args = {"name": name, "number": event.number, "total": event.total}
            if event.step == "start":
                if console.is_terminal:
                    console.print(visible(run.t("render.progress.start", **args)), end="\r")
                return
            layout = run.t(f"render.layout.{event.layout}")
            seconds = f"{event.seconds:.1f}"
            if run.lang == "nl":  # a decimal comma
                seconds = seconds.replace(".", ",")
            line = run.t("render.progress.done", layout=layout, seconds=seconds, **args)
            console.print(visible(line))

        drawn = render_plan(
            result,
            format.value,
            output,
            persona,
            run.lang,
            path=str(path),
            page=page.value,
            timeout=timeout,
            stages=stage,
            # Laying out takes time; text formats are written at once.
            progress=progress if format.value in _LAID_OUT else None,
        )
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
