"""Usage errors (an unknown option, a missing argument, a value not allowed) in the language
of ``--lang``: the command line is not parsed yet, so the option is looked up in the raw
arguments. English keeps typer's own text, except that '(s)' becomes a real plural.

:class:`LocalisedGroup` is the app's typer group: it runs typer non-standalone and shows
a usage error itself, with the same layout and exit code (2) as typer."""

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from typer.core import TyperCommand, TyperGroup
from typer.exceptions import Abort

from journeyplan.i18n import DEFAULT_LANGUAGE, LANGUAGES, translator
from journeyplan.lazy import LazyPattern

# Only for a usage error (compiled then, not at every start).
_NOT_ONE_OF = LazyPattern(
    r"(?:Value error, )?'(?P<value>.*)' is not one of (?P<choices>.*?)\.?\Z", re.S
)
#: What pydantic (typer's parameter validation) says of a number, -> (message key, argument).
_PYDANTIC = (
    (
        LazyPattern(r"Input should be greater than or equal to (?P<limit>\S+?)\.?\Z"),
        "usage.at_least",
    ),
    (LazyPattern(r"Input should be greater than (?P<limit>\S+?)\.?\Z"), "usage.more_than"),
    (LazyPattern(r"Input should be less than or equal to (?P<limit>\S+?)\.?\Z"), "usage.at_most"),
    (LazyPattern(r"Input should be a valid integer\b.*\Z", re.S), "usage.not_integer"),
    (LazyPattern(r"Input should be a valid number\b.*\Z", re.S), "usage.not_number"),
)
_NO_SUCH_COMMAND = LazyPattern(r"No such command '(?P<name>.*)'\.\Z", re.S)
_EXTRA = LazyPattern(r"Got unexpected extra argument\(s\) \((?P<args>.*)\)\Z", re.S)


def language_in(args: Sequence[str]) -> str:
    """The language that ``--lang`` asks for in ARGS (``--lang nl``, ``--lang=NL``), else
    English; a value that is not a language is left to typer to refuse."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg[len("--lang=") :]
        if value is not None and value.lower() in LANGUAGES:
            return value.lower()
    return DEFAULT_LANGUAGE


def _hint(exc: Any) -> str:
    hint = getattr(exc, "param_hint", None)
    param = getattr(exc, "param", None)
    if hint is None and param is not None:
        # an argument as help names it (PATH), not typer's lower-case parameter name
        arg = param.param_type_name == "argument"
        hint = f"'{_argument_name(param)}'" if arg else param.get_error_hint()
    if hint is not None and not isinstance(hint, str):
        hint = " / ".join(repr(h) for h in hint)
    return hint or ""


#: The exit code of ``journeyplan`` without a command: the help is printed on stdout, with
#: no "Error:" line (nothing was done wrong, nothing was asked either), and the exit code
#: is the usage error's, so a script whose command went missing (``journeyplan $CMD``) fails.
#: git does the same with exit 1; 2 is journeyplan's usage error (and click's).
NO_COMMAND = 2

#: The English id of the usage error for an empty PATH (see :class:`PathValue`).
EMPTY_PATH = "usage.empty_path"


class PathValue(type(Path())):  # type: ignore[misc]
    """The type of every path on the command line (``PATH``, ``--path``, ``--output``),
    given to typer as ``path_type``: the value becomes a :class:`~pathlib.Path`, except the
    empty string, which is a usage error (exit 2). typer would otherwise read ``''`` as
    ``.``: ``journeyplan check "$PLAN"`` with ``$PLAN`` unset in CI would check the
    current folder and could pass."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        def validate(value: Any) -> Any:
            if isinstance(value, (str, bytes)) and not value:
                raise ValueError(EMPTY_PATH)
            return value if isinstance(value, Path) else Path(value)

        return core_schema.no_info_plain_validator_function(validate)


def usage_message(exc: Any, lang: str) -> str:
    """The one-line text of usage error EXC in LANG."""
    from typer._click.exceptions import BadParameter, MissingParameter, NoSuchOption

    t = translator(lang)
    if isinstance(exc, BadParameter) and exc.message.endswith(EMPTY_PATH):
        return t("usage.bad_value", hint=_hint(exc), message=t(EMPTY_PATH))
    text = exc.format_message()
    extra = _EXTRA.match(text)
    if extra:
        count = extra["args"].count(" ") + 1
        return t("usage.extra_args", args=extra["args"], count=count)
    if isinstance(exc, BadParameter) and not isinstance(exc, MissingParameter):
        # in English too: without pydantic's "Value error, " and its "Input should be ..."
        hint = _hint(exc)
        message = _bad_value(exc.message.removeprefix("Value error, "), t, exc.param)
        return t("usage.bad_value", hint=hint, message=message) if hint else message
    if isinstance(exc, MissingParameter):
        kind = exc.param_type or (exc.param.param_type_name if exc.param else "parameter")
        key = "usage.missing_option" if kind == "option" else "usage.missing_argument"
        return t(key, name=_hint(exc))
    if lang == DEFAULT_LANGUAGE:
        return text
    if isinstance(exc, NoSuchOption):
        message = t("usage.no_such_option", name=exc.option_name)
        if exc.possibilities:
            message += " " + t("usage.possible", options=", ".join(sorted(exc.possibilities)))
        return message
    command = _NO_SUCH_COMMAND.match(text)
    if command:
        return t("usage.no_such_command", name=command["name"])
    return text


def _bad_value(message: str, t: Any, param: Any = None) -> str:
    """A refused value's MESSAGE (typer's or pydantic's English) through the catalogue: a
    value not among the choices, a number out of range or not a number; else as it is. A
    number above the range of a PARAM with both bounds (``inf``, ``nan`` too) names the
    whole range."""
    found = _NOT_ONE_OF.match(message)
    if found:
        return t("usage.not_one_of", value=found["value"], choices=found["choices"])
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    for pattern, key in _PYDANTIC:
        found = pattern.match(message)
        if found:
            if low is not None and high is not None and key == "usage.at_most":
                return t("usage.between", low=_number(low), high=_number(high))
            return t(key, **found.groupdict())
    return message


def _number(value: float) -> str:
    """A bound as it is typed: ``1``, not ``1.0``."""
    return str(int(value)) if float(value).is_integer() else str(value)


def show_usage_error(exc: Any, lang: str) -> None:
    """Print EXC as typer does (usage line, help hint, ``Error: ...``) in LANG, on stderr."""
    from typer._click.utils import echo

    t = translator(lang)
    ctx = exc.ctx
    if ctx is not None:
        usage = ctx.get_usage()
        if usage.startswith("Usage: "):
            usage = t("usage.usage", usage=usage[len("Usage: ") :])
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = t("usage.help", command=ctx.command_path, option=ctx.help_option_names[0])
            hint += "\n"
        echo(f"{usage}\n{hint}", file=sys.stderr, color=ctx.color)
    echo(t("usage.error", message=usage_message(exc, lang)), file=sys.stderr)


def _argument_name(param: Any) -> str:
    """An argument as help shows it: its metavar as written, else its name in capitals."""
    return param.metavar or param.name.upper()


class Command(TyperCommand):
    """Every command's class (:data:`journeyplan.cli.common.app` makes it the default):
    arguments in help and usage lines as ``PATH`` and ``[PATH]``, as click and git write
    them, instead of typer's ``{path}`` and ``path <path>``; an argument with a metavar
    shows exactly that."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name != "argument":
                continue
            name = _argument_name(param)
            if param.metavar is None:
                if param.nargs != 1:
                    name += "..."
                if not param.required:
                    name = f"[{name}]"
            pieces.append(name)
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                arguments.append((_argument_name(param), record[1]))
            else:
                options.append(record)
        for title, records in (("Arguments", arguments), ("Options", options)):
            if records:
                with formatter.section(title):
                    formatter.write_dl(records)


class LocalisedGroup(TyperGroup):
    """The app's group: usage errors in the language of ``--lang`` (see module doc)."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        from typer._click.exceptions import ClickException, UsageError
        from typer._click.utils import echo

        argv = list(sys.argv[1:] if args is None else args)
        if not standalone_mode:
            return super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
        bare = not argv
        if bare:  # `journeyplan` alone: the help, as `-h` prints it (see NO_COMMAND)
            argv = [self.context_settings["help_option_names"][0]]
        try:
            code = super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
        except UsageError as exc:
            show_usage_error(exc, language_in(argv))
            sys.exit(exc.exit_code)
        except ClickException as exc:  # what typer itself would show
            exc.show()
            sys.exit(exc.exit_code)
        except Abort:
            echo("Aborted!", file=sys.stderr)
            sys.exit(1)
        except OSError as exc:  # the help or the version could not be written to stdout
            from journeyplan.cli.common import reader_gone

            reader_gone()
            if isinstance(exc, BrokenPipeError):  # the reader went away: not an error
                sys.exit(NO_COMMAND if bare else 0)
            message = translator(language_in(argv))("output-failed", reason=exc.strerror or exc)
            echo(f"journeyplan: {message}", file=sys.stderr)
            sys.exit(2)
        if bare:
            sys.exit(NO_COMMAND)
        sys.exit(code if isinstance(code, int) else 0)
