"""``journeyplan init`` and ``journeyplan schema``: starting a plan, and its JSON Schema."""

from pathlib import Path
from typing import Annotated

import typer

from journeyplan.cli.common import EXIT_OK, DebugOption, LangOption, PathValue, Run, app, echo
from journeyplan.report.escaping import visible


@app.command()
def init(
    directory: Annotated[
        Path,
        typer.Argument(
            help="Folder for the new plan (created when missing).",
            show_default=False,
            path_type=PathValue,
        ),
    ],
    lang: LangOption = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Also write into a folder that is not empty (never overwrites a file)."
        ),
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Start a plan: a commented starter plan that passes 'check' with no findings."""
    run = Run(lang, str(directory), debug, command="init")

    def main() -> int:
        from journeyplan.scaffold import init_plan

        result = init_plan(directory, run.lang, force)
        for key, files in (
            ("ui.init.created", result.created),
            ("ui.init.skipped", result.skipped),
        ):
            for name in files:
                echo(run.t(key, path=visible(str(directory / name))))
        echo(run.t("ui.init.next", path=visible(str(directory))))
        return EXIT_OK

    run(main)


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of plan format v1, for editors."""
    run = Run(None, "schema", command="schema")

    def main() -> int:
        from journeyplan.plan.jsonschema import json_schema
        from journeyplan.report.jsontext import dumps

        echo(dumps(json_schema()))
        return EXIT_OK

    run(main)
