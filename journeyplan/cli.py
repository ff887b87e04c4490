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
from journeyplan.report.escaping import visible
from journeyplan.report.registry import formatter, names

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
    version: Annotated[
        Optional[bool],
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = None,
) -> None:
    """Check and draw recruitment-marketing candidate journeys kept as YAML in git."""


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"journeyplan: {visible(message)}", err=True)  # paths may hold escapes
    raise typer.Exit(code)


def _internal_error(what: str, exc: BaseException, lang: str = "en") -> None:
    """One line for an unexpected error: the file (or rule) being processed, the error
    (shortened), and a request to report it. Exit 2."""
    where = getattr(exc, "journeyplan_file", None) or what
    error = (
        "input nested too deeply"
        if isinstance(exc, RecursionError)
        else (f"{type(exc).__name__}: {exc}")
    )
    if len(error) > 300:
        error = error[:300] + "..."
    rule = getattr(exc, "journeyplan_rule", None)
    if rule:
        _fail(
            render_message(
                "internal-error.rule", {"path": where, "rule": rule, "error": error}, lang
            )
        )
    _fail(render_message("internal-error", {"path": where, "error": error}, lang))


def _reader_gone() -> None:
    """The reader of stdout went away (``journeyplan check PLAN | head``): not an error.
    Point stdout at the null device so that the interpreter's last flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _run_guarded(debug: bool, what: str, func, lang: str | None = None):
    """Run FUNC; a JourneyplanError is a usage error (exit 2); anything unexpected prints
    one line naming the file being processed (:func:`journeyplan.errors.processing`
    marks the exception; else WHAT) and the rule, if one was running; the traceback only
    with --debug. A closed output pipe ends quietly (exit 1). Messages are in LANG."""
    lang = lang or "en"
    try:
        return func()
    except (typer.Exit, typer.Abort, typer.TyperException):
        raise
    except JourneyplanError as exc:
        _fail(exc.message(lang))
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:
        _reader_gone()
        raise typer.Exit(EXIT_FINDINGS) from None
    except Exception as exc:
        if debug:
            raise
        _internal_error(what, exc, lang)


def _lang(value) -> str | None:
    return value.value if value is not None else None


def _use_color(no_color: bool) -> bool:
    return not no_color and not os.environ.get("NO_COLOR")


Language = Enum("Language", {code: code for code in LANGUAGES}, type=str)  # type: ignore[misc]
OutputFormat = Enum("OutputFormat", {name: name for name in names("check")}, type=str)  # type: ignore[misc]

LangOption = Annotated[
    Optional[Language],
    typer.Option(
        "--lang", case_sensitive=False, help="Language of messages (wins over plan.language)."
    ),
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]


@app.command()
def check(
    path: Annotated[
        Path,
        typer.Argument(help="Plan folder or single plan file.", show_default=False, readable=False),
    ],
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.text,  # type: ignore[attr-defined]
    strict: Annotated[bool, typer.Option("--strict", help="Warnings count as errors.")] = False,
    lang: LangOption = None,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colours (NO_COLOR works too).")
    ] = False,
    debug: DebugOption = False,
    select: Annotated[
        Optional[list[str]],
        typer.Option(
            "--select",
            metavar="CODE[,CODE]",
            help="Report only these rules: codes or prefixes (JP4 = question 4, JP0 = "
            "structure). Overrides plan.checks.",
        ),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],
        typer.Option(
            "--ignore",
            metavar="CODE[,CODE]",
            help="Do not report these rules: codes or prefixes. Overrides plan.checks; the "
            "more specific of --select and --ignore wins.",
        ),
    ] = None,
) -> None:
    """Check a plan against plan format v1 and the five-question checklist."""
    from journeyplan.check.pipeline import check_plan
    from journeyplan.check.selection import Selection
    from journeyplan.report import ReportOptions
    from journeyplan.report.paths import cwd_prefix

    def run() -> int:
        selection = Selection.parse(select, ignore)
        result = check_plan(path, selection)
        options = ReportOptions(
            lang=_lang(lang) or result.language or "en",
            color=_use_color(no_color),
            strict=strict,
            cwd_prefix=cwd_prefix(result.base),
        )
        try:
            formatter("check", format.value)(options).write(result, sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:
            _reader_gone()
        if result.count("error") or (strict and result.count("warning")):
            return EXIT_FINDINGS
        return EXIT_OK

    raise typer.Exit(_run_guarded(debug, str(path), run, _lang(lang)))


RulesFormat = Enum("RulesFormat", {n: n for n in names("rules")}, type=str)  # type: ignore[misc]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="No colours (NO_COLOR works too).")]


@app.command()
def rules(
    format: Annotated[
        RulesFormat, typer.Option("--format", "-f", help="Output format.")
    ] = RulesFormat.text,  # type: ignore[attr-defined]
    lang: LangOption = None,
    no_color: NoColorOption = False,
) -> None:
    """List every rule: code, name, question, default severity, title."""
    from journeyplan.report import ReportOptions
    from journeyplan.report.rules import rule_rows

    language = _lang(lang) or "en"
    options = ReportOptions(lang=language, color=_use_color(no_color))
    formatter("rules", format.value)(options).write(rule_rows(language), sys.stdout)


@app.command()
def explain(
    code: Annotated[
        str,
        typer.Argument(help="A rule code (JP404, jp404) or name (dead-end).", show_default=False),
    ],
    lang: LangOption = None,
) -> None:
    """Explain a rule: what it checks, why it matters, an example that fails and the fix."""
    from journeyplan.report.rules import find_rule, suggest_rule, write_explanation

    language = _lang(lang) or "en"
    rule = find_rule(code)
    if rule is None:
        _fail(
            render_message(
                "unknown-rule", {"name": visible(code), "suggestion": suggest_rule(code)}, language
            )
        )
    write_explanation(rule, sys.stdout, language)


MatrixFormat = Enum("MatrixFormat", {n: n for n in names("matrix")}, type=str)  # type: ignore[misc]
MatrixView = Enum(
    "MatrixView",
    {n: n for n in ("both", "stage", "channel")},  # type: ignore[misc]
    type=str,
)


@app.command()
def matrix(
    path: Annotated[
        Path, typer.Argument(help="Plan folder or single plan file.", show_default=False)
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
    from journeyplan.analysis.matrix import channel_matrix, stage_matrix
    from journeyplan.check.pipeline import check_plan
    from journeyplan.report import ReportOptions

    def run() -> int:
        result = check_plan(path)
        language = _lang(lang) or result.language or "en"
        views = []
        if view.value in ("both", "stage"):
            views.append(stage_matrix(result.plan))
        if view.value in ("both", "channel"):
            views.append(channel_matrix(result.plan))
        options = ReportOptions(lang=language, color=_use_color(no_color))
        formatter("matrix", format.value)(options).write(views, sys.stdout)
        sys.stdout.flush()
        errors = result.count("error")
        if errors:
            typer.echo(
                render_message("ui.matrix.plan_errors", {"errors": errors}, language), err=True
            )
        return EXIT_OK

    raise typer.Exit(_run_guarded(debug, str(path), run, _lang(lang)))


@app.command()
def init(
    directory: Annotated[
        Path,
        typer.Argument(help="Folder for the new plan (created when missing).", show_default=False),
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
    from journeyplan.scaffold import init_plan

    language = _lang(lang) or "en"

    def run() -> int:
        result = init_plan(directory, language, force)
        for name in result.created:
            typer.echo(
                render_message(
                    "ui.init.created", {"path": visible(str(directory / name))}, language
                )
            )
        for name in result.skipped:
            typer.echo(
                render_message(
                    "ui.init.skipped", {"path": visible(str(directory / name))}, language
                )
            )
        typer.echo(render_message("ui.init.next", {"path": visible(str(directory))}, language))
        return EXIT_OK

    raise typer.Exit(_run_guarded(debug, str(directory), run, language))


# ---------------------------------------------------------------------- journeyplan diff
DiffFormat = Enum("DiffFormat", {name: name for name in names("diff")}, type=str)  # type: ignore[misc]


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
        DiffFormat,
        typer.Option(  # type: ignore[valid-type]
            "--format", "-f", help="Output format."
        ),
    ] = DiffFormat.text,  # type: ignore[attr-defined]
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code", help="Exit 1 when anything changed (like git diff --exit-code)."
        ),
    ] = False,
    lang: LangOption = None,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colours (NO_COLOR works too).")
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Compare a plan between two git revisions: what changed in the journeys, in the
    checklist verdicts and in the findings."""
    from journeyplan.analysis.diff import diff_results
    from journeyplan.report import ReportOptions
    from journeyplan.report.diff_report import Comparison
    from journeyplan.source.git import read_sides

    def run() -> int:
        rel, old, new = read_sides(path, rev_a, rev_b)
        changes = diff_results(old.result, new.result)
        plan_lang = next(
            (s.result.language for s in (new, old) if s.result is not None and s.result.language),
            None,
        )
        options = ReportOptions(lang=_lang(lang) or plan_lang or "en", color=_use_color(no_color))
        comparison = Comparison(rel, old, new, changes)
        formatter("diff", format.value)(options).write(comparison, sys.stdout)
        sys.stdout.flush()
        return EXIT_FINDINGS if exit_code and not changes.is_empty else EXIT_OK

    raise typer.Exit(_run_guarded(debug, str(path), run))


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of plan format v1, for editors."""
    from journeyplan.plan.schema import json_schema
    from journeyplan.report.jsontext import dumps

    typer.echo(dumps(json_schema()))


# Journey maps. The choices match journeyplan.render.FORMATS (a test checks), written out
# here so that `check` never imports the render package.
RenderFormat = Enum(
    "RenderFormat", {n: n for n in ("svg", "png", "pdf", "dot", "mermaid")}, type=str
)  # type: ignore[misc]


@app.command()
def render(
    path: Annotated[
        Path, typer.Argument(help="Plan folder or single plan file.", show_default=False)
    ],
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="Folder for the maps (default: journey-maps/ in the plan "
            "folder). Only <persona-id>.<ext> and overview.<ext> are written there.",
            metavar="DIR",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        RenderFormat,
        typer.Option(
            "--format", "-f", help="svg, png or pdf (need Graphviz's dot), dot, or mermaid (.mmd)."
        ),
    ] = RenderFormat.svg,  # type: ignore[attr-defined]
    persona: Annotated[
        Optional[list[str]],
        typer.Option(
            "--persona",
            "-p",
            help="Draw only this persona's map (repeatable); the overview is always drawn.",
            metavar="ID",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Draw the journey maps: one per persona and an overview, stages left to right."""
    from journeyplan.render import render_plan

    def run() -> int:
        try:
            result = render_plan(path, format.value, output, persona, _lang(lang))
        except JourneyplanError as exc:
            _fail(visible(exc.message(_lang(lang) or "en")))
        language = result.language
        for pid in result.skipped:
            typer.echo(
                "journeyplan: "
                + visible(render_message("render.skip-persona", {"id": pid}, language)),
                err=True,
            )
        for name, text in result.warnings:
            typer.echo(
                "journeyplan: "
                + visible(
                    render_message("render.dot-warning", {"name": name, "detail": text}, language)
                ),
                err=True,
            )
        for written in result.written:
            typer.echo(visible(str(written)))
        if result.errors:
            typer.echo(
                "journeyplan: "
                + visible(
                    render_message(
                        "render.plan-has-errors",
                        {"errors": result.errors, "path": str(path)},
                        language,
                    )
                ),
                err=True,
            )
        return EXIT_OK

    raise typer.Exit(_run_guarded(debug, str(path), run))


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
