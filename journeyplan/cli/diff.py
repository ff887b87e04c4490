"""``journeyplan diff``: a plan between two git revisions (read -> check -> compare -> format)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from journeyplan.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    DebugOption,
    LangOption,
    NoColorOption,
    Run,
    app,
    emit,
    format_choices,
    use_color,
)

DiffFormat = format_choices("diff")


@app.command("diff")
def diff_command(
    rev_a: Annotated[
        Optional[str],
        typer.Argument(metavar="REV_A", help="Older revision (default: HEAD).", show_default=False),
    ] = None,
    rev_b: Annotated[
        Optional[str],
        typer.Argument(
            metavar="REV_B", help="Newer revision (default: the working tree).", show_default=False
        ),
    ] = None,
    path: Annotated[
        Path,
        typer.Option(
            "--path", "-p", help="Plan folder or file, relative to the current directory."
        ),
    ] = Path("."),
    format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="Output format.")
    ] = DiffFormat.text,  # type: ignore[attr-defined]
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code", help="Exit 1 when anything changed (like git diff --exit-code)."
        ),
    ] = False,
    lang: LangOption = None,
    no_color: NoColorOption = False,
    debug: DebugOption = False,
) -> None:
    """Compare a plan between two git revisions: what changed in the journeys, in the
    checklist verdicts and in the findings."""
    run = Run(lang, str(path), debug)

    def main() -> int:
        from journeyplan.analysis.diff import diff_results
        from journeyplan.check.pipeline import check_files
        from journeyplan.report import ReportOptions
        from journeyplan.report.diff_report import Comparison, Side
        from journeyplan.report.registry import formatter
        from journeyplan.source.git import read_versions

        rel, *versions = read_versions(path, rev_a, rev_b)
        old, new = (
            Side(v.revision, v.commit, check_files(v.base, v.files) if v.exists else None)
            for v in versions
        )
        run.plan_read(*(s.result.language for s in (new, old) if s.result is not None))
        changes = diff_results(old.result, new.result)
        options = ReportOptions(lang=run.lang, color=use_color(no_color))
        comparison = Comparison(rel, old, new, changes)
        emit(lambda out: formatter("diff", format.value)(options).write(comparison, out))
        return EXIT_FINDINGS if exit_code and not changes.is_empty else EXIT_OK

    run(main)
