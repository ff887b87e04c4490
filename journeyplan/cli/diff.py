"""``journeyplan diff``: a plan between two git revisions (read -> check -> compare -> format).

Exit codes: 0 compared (changed or not); 1 with ``--exit-code`` when anything changed; 2 a
usage or git error; 3 (:data:`EXIT_INCOMPLETE`) when a file of either version could not be
read, so the comparison leaves it out: it wins over ``--exit-code``'s 1, so CI can tell
"changed" from "not fully compared".
"""

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from journeyplan.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    Command,
    DebugOption,
    LangOption,
    NoColorOption,
    PathValue,
    Run,
    app,
    emit,
    format_choices,
    use_color,
)

DiffFormat = format_choices("diff")

#: A file of either version could not be read: the comparison is incomplete.
EXIT_INCOMPLETE = 3

_AFTER = "journeyplan.diff.after"  # ctx.meta: the arguments after `--`


class DiffCommand(Command):
    """Keeps what follows ``--`` apart (``journeyplan diff REV -- PLAN``), as git does."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        from typer._click.exceptions import BadParameter

        from journeyplan.cli.usage import EMPTY_PATH

        if "--" in args:
            i = args.index("--")
            ctx.meta[_AFTER] = args[i + 1 :]
            args = args[:i]
        rest = super().parse_args(ctx, args)
        # `journeyplan diff -- "$PLAN"` with $PLAN unset: never the current folder (with
        # --path, every argument is a revision, and an empty one is refused as such)
        given = [*(ctx.params.get("arguments") or ()), *ctx.meta.get(_AFTER, ())]
        if ctx.params.get("path") is None and "" in given:
            raise BadParameter(EMPTY_PATH, ctx=ctx, param_hint="'PLAN'")
        return rest


@app.command("diff", cls=DiffCommand)
def diff_command(
    ctx: typer.Context,
    arguments: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="[REV_A [REV_B]] [[--] PLAN]",
            help="Older revision (default: HEAD), newer revision (default: the working "
            "tree), then the plan (a folder or file); as in git, '--' separates them.",
            show_default=False,
        ),
    ] = None,
    path: Annotated[
        Optional[Path],
        typer.Option(
            "--path",
            "-p",
            help="Plan folder or file, relative to the current directory (default: .).",
            metavar="PLAN",
            show_default=False,
            path_type=PathValue,
        ),
    ] = None,
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
    checklist verdicts and in the findings. Exit 3 when a file of either version could
    not be read (the comparison leaves it out)."""
    run = Run(lang, str(path if path is not None else "."), debug, activity="diff")
    after = ctx.meta.get(_AFTER)

    def main() -> int:
        from journeyplan.analysis.diff import diff_results
        from journeyplan.check.pipeline import check_files
        from journeyplan.report import ReportOptions
        from journeyplan.report.diff_report import Comparison, Side
        from journeyplan.report.registry import formatter
        from journeyplan.source.git import read_versions, split_arguments

        plan, revisions = split_arguments(
            list(arguments or []), None if path is None else str(path), after
        )
        run.what = plan
        rel, *versions = read_versions(plan, *revisions)
        old, new = (
            Side(v.revision, v.commit, check_files(v.base, v.files) if v.exists else None)
            for v in versions
        )
        run.plan_read(*(s.result.language for s in (new, old) if s.result is not None))
        changes = diff_results(old.result, new.result)
        options = ReportOptions(lang=run.lang, color=use_color(no_color))
        comparison = Comparison(rel, old, new, changes)
        emit(lambda out: formatter("diff", format.value)(options).write(comparison, out))
        if not changes.complete:
            return EXIT_INCOMPLETE
        return EXIT_FINDINGS if exit_code and not changes.is_empty else EXIT_OK

    run(main)
