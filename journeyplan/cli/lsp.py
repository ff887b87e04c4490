"""``journeyplan lsp``: the language server on stdin/stdout (:mod:`journeyplan.lsp`)."""

import gc
from typing import Annotated

import typer

from journeyplan.cli.common import app


@app.command()
def lsp(
    stdio: Annotated[
        bool,
        typer.Option(
            "--stdio",
            help="Talk over stdin/stdout: the only transport, and the default; accepted "
            "because some clients always pass it.",
        ),
    ] = False,
) -> None:
    """Start the language server on stdin/stdout (for editors): the checklist while typing."""
    gc.enable()  # a long-lived process: main() turned the collector off for one-shot commands
    from journeyplan.lsp.server import start  # pygls and lsprotocol load only here

    raise typer.Exit(start())
