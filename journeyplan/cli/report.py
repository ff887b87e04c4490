"""``journeyplan report``: the client report (read -> check -> report -> one file)."""

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

# The choices match journeyplan.clientreport.FORMATS (a test checks), written out here so
# that `check` never imports the report package.
ReportFormat = choices("ReportFormat", ("html", "pdf"))


@app.command()
def report(
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
            help="The report file (default: journey-maps/report.html or .pdf in the plan "
            "folder). Never overwrites a file journeyplan did not write.",
            metavar="FILE",
            path_type=PathValue,
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="html (self-contained, offline) or pdf (needs: pip install 'journeyplan[pdf]').",
        ),
    ] = ReportFormat.html,  # type: ignore[attr-defined]
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Write the client report: one file with brand, target groups, personas, checklist,
    coverage and journey maps (and the forecast and candidate experience, when the plan
    has them)."""
    run = Run(lang, str(path), debug, activity="report")

    def main() -> int:
        from journeyplan.check.pipeline import check_plan
        from journeyplan.clientreport import build_report, preflight
        from journeyplan.clientreport.labels import label

        preflight(format.value)  # Graphviz (and WeasyPrint) before the plan is read
        result = check_plan(path)
        run.plan_read(result.language)
        refuse_unread(run, result)
        written = build_report(result, output, format.value, run.lang, path=path)
        for text in written.warnings:
            run.warn(text)
        echo(visible(str(written.path)))
        if written.errors:
            run.warn(label("report.plan-has-errors", run.lang, errors=written.errors, path=path))
        return EXIT_OK

    run(main)
