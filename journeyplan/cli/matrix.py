"""``journeyplan matrix``: coverage of each persona per stage and per channel."""

from pathlib import Path
from typing import Annotated

import typer

from journeyplan.cli.common import (
    EXIT_OK,
    DebugOption,
    LangOption,
    NoColorOption,
    PathValue,
    Run,
    app,
    choices,
    emit,
    format_choices,
    refuse_unread,
    use_color,
)

MatrixFormat = format_choices("matrix")
MatrixView = choices("MatrixView", ("both", "stage", "channel"))


@app.command()
def matrix(
    path: Annotated[
        Path,
        typer.Argument(
            help="Plan folder or single plan file.", show_default=False, path_type=PathValue
        ),
    ],
    format: Annotated[
        MatrixFormat, typer.Option("--format", "-f", help="Output format.")
    ] = MatrixFormat.text,  # type: ignore[attr-defined]
    view: Annotated[
        MatrixView, typer.Option("--view", help="persona x stage, persona x channel, or both.")
    ] = MatrixView.both,  # type: ignore[attr-defined]
    lang: LangOption = None,
    no_color: NoColorOption = False,
    debug: DebugOption = False,
) -> None:
    """Coverage: each persona's touchpoints per stage and per channel, conversion points
    marked and gaps highlighted. Markdown pastes into a client report."""
    run = Run(lang, str(path), debug, activity="matrix")

    def main() -> int:
        from journeyplan.analysis.matrix import channel_matrix, stage_matrix
        from journeyplan.check.pipeline import check_plan
        from journeyplan.report import ReportOptions
        from journeyplan.report.registry import formatter

        result = check_plan(path)
        options = ReportOptions(lang=run.plan_read(result.language), color=use_color(no_color))
        refuse_unread(run, result)
        views = []
        if view.value in ("both", "stage"):
            views.append(stage_matrix(result.plan))
        if view.value in ("both", "channel"):
            views.append(channel_matrix(result.plan))
        emit(lambda out: formatter("matrix", format.value)(options).write(views, out))
        errors = result.count("error")
        if errors:
            run.warn(run.t("ui.matrix.plan_errors", errors=errors, path=str(path)))
        return EXIT_OK

    run(main)
