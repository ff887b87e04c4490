"""The command line: parse options, call the library, map results to exit codes.

Exit codes: 0 no error findings; 1 error findings (or warnings with ``--strict``);
2 usage error, a PATH that is not a plan, or an internal error (one line; the traceback only
with ``--debug``).
"""

from __future__ import annotations

import gc
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from journeyplan import __version__
from journeyplan.errors import JourneyplanError
from journeyplan.messages import LANGUAGES, render_message
from journeyplan.report import REPORTERS

app = typer.Typer(
    name="journeyplan",
    help="Check and draw recruitment-marketing candidate journeys kept as YAML in git.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _version(value: bool) -> None:
    if value:
        typer.echo(f"journeyplan {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None,
) -> None:
    """Check and draw recruitment-marketing candidate journeys kept as YAML in git."""


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"journeyplan: {message}", err=True)
    raise typer.Exit(code)


def _run_guarded(debug: bool, what: str, func):
    """Run FUNC; a JourneyplanError is a usage error (exit 2); anything unexpected prints
    one line naming WHAT was being processed (the traceback only with --debug)."""
    try:
        return func()
    except (typer.Exit, typer.Abort, typer.TyperException):
        raise
    except JourneyplanError as exc:
        _fail(exc.message())
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except RecursionError as exc:
        if debug:
            raise
        _fail(render_message("internal-error", {"path": what, "error": "input nested too deeply"}))
    except Exception as exc:  # noqa: BLE001 - the one place internal errors are caught
        if debug:
            raise
        _fail(render_message("internal-error", {"path": what,
                                                "error": f"{type(exc).__name__}: {exc}"}))


def _lang(value) -> str | None:
    return value.value if value is not None else None


def _use_color(no_color: bool) -> bool:
    return not no_color and not os.environ.get("NO_COLOR")


Language = Enum("Language", {code: code for code in LANGUAGES}, type=str)  # type: ignore[misc]
OutputFormat = Enum("OutputFormat", {name: name for name in REPORTERS}, type=str)  # type: ignore[misc]

LangOption = Annotated[Optional[Language], typer.Option(
    "--lang", help="Language of messages (wins over plan.language).")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]


@app.command()
def check(
    path: Annotated[Path, typer.Argument(help="Plan folder or single plan file.",
                                         show_default=False)],
    format: Annotated[OutputFormat, typer.Option(
        "--format", "-f", help="Output format.")] = OutputFormat.text,  # type: ignore[attr-defined]
    strict: Annotated[bool, typer.Option("--strict", help="Warnings count as errors.")] = False,
    lang: LangOption = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours (NO_COLOR works "
                                                             "too).")] = False,
    debug: DebugOption = False,
) -> None:
    """Check a plan against plan format v1 and the five-question checklist."""
    from journeyplan.checker import check_plan
    from journeyplan.report import ReportOptions

    def run() -> int:
        result = check_plan(path)
        options = ReportOptions(lang=_lang(lang) or result.language or "en",
                                color=_use_color(no_color), strict=strict)
        REPORTERS[format.value](options).write(result, sys.stdout)
        sys.stdout.flush()
        if result.count("error") or (strict and result.count("warning")):
            return EXIT_FINDINGS
        return EXIT_OK

    raise typer.Exit(_run_guarded(debug, str(path), run))


@app.command()
def rules(lang: LangOption = None) -> None:
    """List every rule: code, question, default severity, title."""
    from journeyplan.rules import REGISTRY

    language = _lang(lang) or "en"
    for rule in REGISTRY.values():
        q = f"Q{rule.question}" if rule.question else "--"
        title = render_message(f"title.{rule.code}", None, language)
        typer.echo(f"{rule.code}  {q}  {rule.severity:<7}  {rule.name:<40}  {title}")


@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="A rule code such as JP404.", show_default=False)],
    lang: LangOption = None,
) -> None:
    """Explain a rule: what it checks and why it matters."""
    from journeyplan.rules import REGISTRY
    from journeyplan.schema import did_you_mean

    language = _lang(lang) or "en"
    rule = REGISTRY.get(code.upper())
    if rule is None:
        hint = did_you_mean(code.upper(), REGISTRY)
        _fail(f"unknown rule code '{code}'" + (f" (did you mean '{hint}'?)" if hint else ""))
    q = (f"question {rule.question}: " + render_message(f"question.{rule.question}", None,
                                                        language)
         if rule.question else render_message("question.none", None, language))
    typer.echo(f"{rule.code} {rule.name} ({rule.severity}; {q})")
    typer.echo(render_message(f"title.{rule.code}", None, language))
    typer.echo()
    typer.echo(render_message(f"explain.{rule.code}", None, language))


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
