"""The command line: a thin typer app. Each command parses its options, resolves the
language once (``--lang`` > ``plan.language`` > English, :class:`~journeyplan.cli.common.Run`),
runs the pipeline (read -> check -> analyse/render -> format) and maps the outcome to an exit
code (:mod:`journeyplan.cli.common`).

One module per command group: :mod:`.check` (check, rules, explain), :mod:`.forecast`,
:mod:`.matrix`,
:mod:`.diff`, :mod:`.render`, :mod:`.report`, :mod:`.plan` (init, schema), :mod:`.lsp` (the
language server). Each imports what its command runs only when it runs, so ``journeyplan
check`` starts without the diff, matrix, render, report, SARIF or language server code
(``tests/cli/test_startup.py``).
"""

import gc
import sys
from typing import Annotated, Optional

import typer

from journeyplan import __version__

# Imported in the order of `journeyplan --help`: each registers its commands on `app`.
from journeyplan.cli import check as _check
from journeyplan.cli import forecast as _forecast
from journeyplan.cli import matrix as _matrix
from journeyplan.cli import plan as _plan  # isort: split

from journeyplan.cli import diff as _diff
from journeyplan.cli import render as _render
from journeyplan.cli import report as _report  # isort: split

from journeyplan.cli import lsp as _lsp
from journeyplan.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, app
from journeyplan.cli.render import RenderFormat
from journeyplan.cli.report import ReportFormat

__all__ = ["EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "RenderFormat", "ReportFormat", "app", "main"]
_COMMANDS = (_check, _forecast, _matrix, _plan, _diff, _render, _report, _lsp)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"journeyplan {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        Optional[bool],
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = None,
) -> None:
    """Check and draw recruitment-marketing candidate journeys kept as YAML in git."""


def main() -> None:
    """Console-script entry point."""
    # One short-lived process: the cyclic garbage collector would only traverse a large
    # plan's millions of acyclic objects again and again (docs/performance.md). Not in
    # `app` itself, so a program or test that calls the commands keeps its collector.
    gc.disable()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[attr-defined]
        except (AttributeError, ValueError):
            pass
    app()
