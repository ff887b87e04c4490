"""What every command shares: the typer app, exit codes, the shared options, the language
of a run, the guard that turns errors into one line, and writing to stdout.

Exit codes: 0 no error findings; 1 error findings (or warnings with ``--strict``, or a
change with ``diff --exit-code``); 2 usage error, a PATH that is not a plan, or an internal
error (one line; the traceback only with ``--debug``); 3 ``diff`` only: the comparison is
incomplete (a file of either version could not be read); 130 interrupted.

A closed pipe (``journeyplan diff | head -1``): the reader has what it wanted, so every
command ends quietly with the exit code it would have had had the reader read everything
(:func:`emit`).
"""

import os
import sys
from collections.abc import Callable
from enum import Enum
from typing import Annotated, NoReturn, Optional, TextIO

import typer

from journeyplan.cli.usage import Command, LocalisedGroup, PathValue
from journeyplan.errors import JourneyplanError
from journeyplan.messages import LANGUAGES, render_message
from journeyplan.report.escaping import visible
from journeyplan.report.registry import names

__all__ = ["Command", "PathValue"]  # re-exported: the command class, the path_type of paths

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_LANGUAGE = "en"


class _App(typer.Typer):
    """The typer app whose commands are :class:`~journeyplan.cli.usage.Command` (help
    and usage lines name arguments as ``PATH``) unless a command gives its own class."""

    def command(self, *args, cls=None, **kwargs):  # type: ignore[override]
        return super().command(*args, cls=cls or Command, **kwargs)


app = _App(
    cls=LocalisedGroup,  # usage errors in the language of --lang
    name="journeyplan",
    help="Check and draw recruitment-marketing candidate journeys kept as YAML in git.",
    no_args_is_help=False,  # `journeyplan` alone prints the help itself (usage.NO_COMMAND)
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def choices(name: str, values) -> type[Enum]:
    """A str Enum whose members are VALUES (the ``--format`` choices of a command, say),
    for typer; building it imports nothing."""
    return Enum(name, {v: v for v in values}, type=str)  # type: ignore[return-value]


def format_choices(command: str) -> type[Enum]:
    """COMMAND's ``--format`` choices, from :mod:`journeyplan.report.registry` (which does
    not import the formatters)."""
    return choices(f"{command.title()}Format", names(command))


Language = choices("Language", LANGUAGES)
LangOption = Annotated[
    Optional[Language],  # type: ignore[valid-type]
    typer.Option(
        "--lang", case_sensitive=False, help="Language of messages (wins over plan.language)."
    ),
]
DebugOption = Annotated[
    bool,
    typer.Option(
        "--debug",
        help="Show tracebacks of internal errors (and, in check, the YAML parser's own words).",
    ),
]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="No colours (NO_COLOR works too).")]


def use_color(no_color: bool) -> bool:
    """Colours are wanted: no ``--no-color`` and no ``NO_COLOR`` (a terminal still decides)."""
    return not no_color and not os.environ.get("NO_COLOR")


class Run:
    """One command's run: its language, resolved once, and how it ends.

    The language is ``--lang`` when given, else the plan's ``plan.language`` once the plan
    is read (:meth:`plan_read`), else English; every message of the run, errors included,
    is in :attr:`lang`. WHAT names what the run works on (a path), for internal errors."""

    def __init__(
        self,
        lang: Enum | str | None,
        what: str,
        debug: bool = False,
        *,
        command: str | None = None,
        activity: str | None = None,
    ) -> None:
        self.option = getattr(lang, "value", lang)
        self.lang: str = self.option or DEFAULT_LANGUAGE
        self.what = what
        self.debug = debug
        #: The command's name when it does not check a plan (``rules``, ``schema`` ...):
        #: an internal error then names the command, not a plan being checked.
        self.command = command
        #: What a command that works on a plan does besides checking it (``render``,
        #: ``report``, ``matrix``, ``forecast``, ``diff``): an internal error then says
        #: "while drawing the maps of PATH", not "while checking PATH".
        self.activity = activity

    def plan_read(self, *plan_languages: str | None) -> str:
        """Resolve the language with the plan's ``plan.language`` (the first one set of
        PLAN_LANGUAGES, e.g. the new and the old side of a diff): ``--lang`` > plan >
        English. Returns it."""
        if self.option is None:
            self.lang = next((p for p in plan_languages if p), None) or DEFAULT_LANGUAGE
        return self.lang

    def t(self, key: str, **args: object) -> str:
        """Message KEY with ARGS in the run's language."""
        return render_message(key, args, self.lang)

    def fail(self, message: str, code: int = EXIT_USAGE) -> NoReturn:
        """Print ``journeyplan: MESSAGE`` (control characters made visible) on stderr and
        exit with CODE."""
        typer.echo(f"journeyplan: {visible(message)}", err=True)
        raise typer.Exit(code)

    def warn(self, message: str) -> None:
        """Print ``journeyplan: MESSAGE`` on stderr and go on."""
        typer.echo(f"journeyplan: {visible(message)}", err=True)

    def __call__(self, func: Callable[[], int]) -> NoReturn:
        """Run FUNC and exit with its code. A :class:`~journeyplan.errors.JourneyplanError`
        is a usage error (exit 2) in the run's language; anything unexpected prints one
        line naming the file being processed (:func:`journeyplan.errors.processing` marks
        the exception; else :attr:`what`) and the rule, if one was running; the traceback
        only with ``--debug``. A reader that went away ends the run quietly (see
        :func:`emit`)."""
        try:
            code = func()
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except JourneyplanError as exc:
            self.fail(exc.message(self.lang))
        except KeyboardInterrupt:
            self.fail("interrupted", EXIT_INTERRUPTED)
        except BrokenPipeError:  # output written outside emit(): nothing failed
            reader_gone()
            code = EXIT_OK
        except OutputError as exc:
            self.fail(self.t("output-failed", reason=exc.reason))
        except Exception as exc:
            if self.debug:
                raise
            self.internal_error(exc)
        raise typer.Exit(code)

    def internal_error(self, exc: BaseException) -> NoReturn:
        """One line for an unexpected error: the file (or rule) being processed, the error
        (shortened), and a request to report it. Exit 2."""
        where = getattr(exc, "journeyplan_file", None)
        error = (
            "input nested too deeply"
            if isinstance(exc, RecursionError)
            else f"{type(exc).__name__}: {exc}"
        )
        if len(error) > 300:
            error = error[:300] + "..."
        rule = getattr(exc, "journeyplan_rule", None)
        if rule:
            self.fail(
                self.t("internal-error.rule", path=where or self.what, rule=rule, error=error)
            )
        if where is None and self.command is not None:
            self.fail(self.t("internal-error.command", command=self.command, error=error))
        key = f"internal-error.{self.activity}" if self.activity else "internal-error"
        self.fail(self.t(key, path=where or self.what, error=error))


def refuse_unread(run: Run, result) -> None:
    """The rule for every command that outputs from a plan (``render``, ``report``,
    ``matrix``, ``forecast``): a plan file that could not be read (a YAML syntax error
    JP001, a top level that is not a mapping JP012, limits JP014, encoding or an unreadable
    file JP016: :attr:`CheckResult.unread <journeyplan.check.pipeline.CheckResult.unread>`)
    means the output would show part of the plan as if it were all of it. So print each
    such finding on stderr exactly as ``journeyplan check`` prints it
    (``file:line:column  CODE  error  message``), then one line saying nothing is written,
    and exit 2 before anything is written. A plan with other findings is output as usual."""
    if not result.unread:
        return
    from journeyplan.check.pipeline import UNREAD_CODES
    from journeyplan.report.text import finding_line

    unread = set(result.unread)
    for f in result.findings:
        if f.code in UNREAD_CODES and f.location is not None and f.location.file in unread:
            typer.echo(finding_line(f, run.lang), err=True)
    files = ", ".join(result.unread)
    run.fail(run.t("ui.unread.refused", count=len(result.unread), files=files, path=run.what))


def reader_gone() -> None:
    """The reader of stdout went away (``journeyplan check PLAN | head``): not an error.
    Point stdout at the null device so that the interpreter's last flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


class OutputError(Exception):
    """Standard output cannot be written (a full disk, an I/O error): REASON says why.
    :class:`Run` reports it as one line, exit 2."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def emit(write: Callable[[TextIO], object]) -> None:
    """Call WRITE with stdout and flush it. The one rule for every command and format:

    - the reader has gone away (a closed pipe: ``| head -1``) or stdout was closed before
      the run (``>&-``): stop writing quietly; the command goes on to exit with the code
      it would have had, as if the output had been read to the end;
    - stdout cannot take the output (``> /dev/full``: no space left, an I/O error): raise
      :class:`OutputError`, which :class:`Run` prints as ``cannot write to standard
      output: REASON``, exit 2. What could not be written is dropped, so the
      interpreter's last flush stays quiet."""
    out = sys.stdout
    if out is None:  # started with stdout closed: nobody reads
        return
    try:
        write(out)
        out.flush()
    except BrokenPipeError:
        reader_gone()
    except OSError as exc:
        reader_gone()
        raise OutputError(exc.strerror or str(exc)) from exc


def echo(text: str) -> None:
    """One line on stdout (through :func:`emit`)."""
    emit(lambda out: out.write(text + "\n"))
