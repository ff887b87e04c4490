"""A typer command with the same kinds of parameters as ``journeyplan check`` that does
nothing: what typer itself costs to parse a command line (it builds a pydantic TypeAdapter
per parameter). A reference row of the benchmark, not a target."""

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

Fmt = Enum("Fmt", {"text": "text", "json": "json"}, type=str)  # type: ignore[misc]
Lang = Enum("Lang", {"en": "en", "nl": "nl"}, type=str)  # type: ignore[misc]
app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)


@app.callback()
def _main() -> None:
    """Reference app."""


@app.command()
def check(
    path: Annotated[Path, typer.Argument()],
    format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.text,  # type: ignore[attr-defined]
    strict: Annotated[bool, typer.Option("--strict")] = False,
    lang: Annotated[Optional[Lang], typer.Option("--lang")] = None,
    no_color: Annotated[bool, typer.Option("--no-color")] = False,
    debug: Annotated[bool, typer.Option("--debug")] = False,
) -> None:
    """Parse the options and do nothing."""


if __name__ == "__main__":
    app()
