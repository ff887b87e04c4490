"""The start-up floor: a typer app that declares journeyplan's commands with the same
arguments and options (names, types, enums, defaults) and does nothing.

typer 0.29 builds the click command of every declared command and a pydantic TypeAdapter
per parameter of the one it runs, so this is the least any typer CLI with journeyplan's
interface can cost; ``benchmarks/startup.py`` times ``journeyplan check examples/starter``
against it (target <= 1.2x, issue 18). Keep it in step with ``journeyplan --help``:
a command or option added to journeyplan is added here.

    python benchmarks/typer_floor.py check examples/starter
"""

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer


def _enum(name: str, *values: str) -> type[Enum]:
    return Enum(name, {v: v for v in values}, type=str)  # type: ignore[return-value]


Lang = _enum("Lang", "en", "nl")
CheckFormat = _enum("CheckFormat", "text", "json", "sarif", "github")
RulesFormat = _enum("RulesFormat", "text", "markdown", "json")
MatrixFormat = _enum("MatrixFormat", "text", "csv", "markdown")
MatrixView = _enum("MatrixView", "both", "stage", "channel")
DiffFormat = _enum("DiffFormat", "text", "json", "markdown")
RenderFormat = _enum("RenderFormat", "svg", "png", "pdf", "dot", "mermaid")
ReportFormat = _enum("ReportFormat", "html", "pdf")
ForecastFormat = _enum("ForecastFormat", "text", "json", "csv", "markdown")
RenderPage = _enum("RenderPage", "a4", "a3", "slide", "none")

app = typer.Typer(
    name="journeyplan",
    help="The floor: journeyplan's commands and options, doing nothing.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

LangOption = Annotated[Optional[Lang], typer.Option("--lang", case_sensitive=False)]
NoColor = Annotated[bool, typer.Option("--no-color")]
Debug = Annotated[bool, typer.Option("--debug")]
PathArg = Annotated[Path, typer.Argument(show_default=False)]


def _version(value: bool) -> None:
    if value:
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True)
    ] = None,
) -> None:
    """The floor."""


@app.command()
def check(
    path: Annotated[Path, typer.Argument(show_default=False, readable=False)],
    format: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.text,  # type: ignore[attr-defined]
    strict: Annotated[bool, typer.Option("--strict")] = False,
    lang: LangOption = None,
    no_color: NoColor = False,
    debug: Debug = False,
    select: Annotated[Optional[list[str]], typer.Option("--select")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore")] = None,
) -> None:
    """Parse check's options and do nothing."""


@app.command()
def rules(
    format: Annotated[RulesFormat, typer.Option("--format", "-f")] = RulesFormat.text,  # type: ignore[attr-defined]
    lang: LangOption = None,
    no_color: NoColor = False,
) -> None:
    """Nothing."""


@app.command()
def explain(code: Annotated[str, typer.Argument(show_default=False)], lang: LangOption = None):
    """Nothing."""


@app.command()
def matrix(
    path: PathArg,
    format: Annotated[MatrixFormat, typer.Option("--format", "-f")] = MatrixFormat.text,  # type: ignore[attr-defined]
    view: Annotated[MatrixView, typer.Option("--view")] = MatrixView.both,  # type: ignore[attr-defined]
    lang: LangOption = None,
    no_color: NoColor = False,
    debug: Debug = False,
) -> None:
    """Nothing."""


@app.command()
def init(
    directory: PathArg,
    lang: LangOption = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    debug: Debug = False,
) -> None:
    """Nothing."""


@app.command("diff")
def diff_command(
    arguments: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="[REV_A [REV_B]] [[--] PLAN]", show_default=False),
    ] = None,
    path: Annotated[Optional[list[str]], typer.Option("--path", "-p", metavar="PLAN")] = None,
    format: Annotated[DiffFormat, typer.Option("--format", "-f")] = DiffFormat.text,  # type: ignore[attr-defined]
    exit_code: Annotated[bool, typer.Option("--exit-code")] = False,
    lang: LangOption = None,
    no_color: NoColor = False,
    debug: Debug = False,
) -> None:
    """Nothing."""


@app.command()
def schema() -> None:
    """Nothing."""


@app.command()
def render(
    path: PathArg,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", show_default=False)] = None,
    format: Annotated[RenderFormat, typer.Option("--format", "-f")] = RenderFormat.svg,  # type: ignore[attr-defined]
    persona: Annotated[
        Optional[list[str]], typer.Option("--persona", "-p", show_default=False)
    ] = None,
    stage: Annotated[Optional[list[str]], typer.Option("--stage", "-s", show_default=False)] = None,
    page: Annotated[RenderPage, typer.Option("--page")] = RenderPage.none,  # type: ignore[attr-defined]
    timeout: Annotated[float, typer.Option("--timeout", min=1, max=86400)] = 60.0,
    lang: LangOption = None,
    debug: Debug = False,
) -> None:
    """Nothing."""


@app.command("forecast")
def forecast_command(
    path: PathArg,
    format: Annotated[ForecastFormat, typer.Option("--format", "-f")] = ForecastFormat.text,  # type: ignore[attr-defined]
    lang: LangOption = None,
    no_color: NoColor = False,
    debug: Debug = False,
) -> None:
    """Nothing."""


@app.command()
def report(
    path: PathArg,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", show_default=False)] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.html,  # type: ignore[attr-defined]
    lang: LangOption = None,
    debug: Debug = False,
) -> None:
    """Nothing."""


@app.command()
def lsp(stdio: Annotated[bool, typer.Option("--stdio")] = False) -> None:
    """Nothing."""


if __name__ == "__main__":
    app()
