"""Messages in the output language: English message ids in the source, gettext catalogues for
the other languages (``journeyplan/locale/<lang>/LC_MESSAGES/journeyplan.po``).

The message tables (:mod:`journeyplan.messages`) map stable keys (``JP103``,
``title.JP103``, ``ui.summary`` ...) to :class:`Message` declarations made with the markers
below; ``pybabel extract`` (configured in ``babel.cfg``) reads the markers:

- ``N_(msgid)``: one text;
- ``NP_(singular, plural, n="count")``: a text with a number; ``n`` names the argument that
  chooses the plural form (``ngettext``);
- ``NC_(context, msgid)`` and ``NCP_(context, singular, plural, n=...)``: the same with a
  ``msgctxt``, where one English text needs two translations (``pgettext``).

Findings and errors keep a key and its arguments and are rendered later, in the language
resolved once per run (like Sphinx's lazy ``_``): :func:`render_message`, or :class:`Msg`
for a message that is itself an argument of another (a structured term such as "the id of a
channel"). English never loads a catalogue and never imports Babel or :mod:`gettext`; Dutch
reads the ``.mo`` compiled at build time (``setup.py``), or compiles the ``.po`` through
Babel when the ``.mo`` is missing or older than the ``.po`` (a working copy after an edit).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from journeyplan.lazy import LazyPattern

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"
DOMAIN = "journeyplan"
LOCALE_DIR = Path(__file__).parent / "locale"


class Message(NamedTuple):
    """One declared message: the English ``msgid`` (and ``plural``, for ``ngettext``), the
    ``context`` (``msgctxt``) or ``None``, ``n`` the argument whose number picks the plural
    form, and ``counted``: arguments (name -> key of a plural message) whose numbers are
    rendered through that message first (``{errors}`` -> ``3 errors``)."""

    msgid: str
    plural: str | None = None
    context: str | None = None
    n: str = "count"
    counted: tuple[tuple[str, str], ...] = ()

    def counting(self, **counted: str) -> Message:
        """This message with arguments NAME rendered through the plural message KEY."""
        return self._replace(counted=tuple(counted.items()))


def N_(msgid: str) -> Message:
    return Message(msgid)


def NP_(singular: str, plural: str, n: str = "count") -> Message:
    return Message(singular, plural, None, n)


def NC_(context: str, msgid: str) -> Message:
    return Message(msgid, None, context)


def NCP_(context: str, singular: str, plural: str, n: str = "count") -> Message:
    return Message(singular, plural, context, n)


class Msg(NamedTuple):
    """A message as a value: KEY and ARGS, rendered when it is shown (an argument of another
    message, such as ``expected=Msg("term.ref", {"kind": "channel"})``)."""

    key: str
    args: Mapping[str, Any] = {}

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render_message(self.key, self.args, lang)


class Hidden(NamedTuple):
    """What tells WRITTEN from MEANT when the two differ only by invisible or look-alike
    characters, as a message argument: ``; the two differ only by an invisible character:
    U+200B (ZERO WIDTH SPACE) at position 5`` in the language of the message (``''`` when
    they differ otherwise). The did-you-mean of a ``suggestion`` appends the same text."""

    written: str
    meant: str

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        from journeyplan.suggest import Suggestion

        return _hidden_text(Suggestion(self.meant, self.written), lang)


class Duration(NamedTuple):
    """A duration as a message argument, in minutes: the plan's own notation in English
    (``2d``, as :func:`journeyplan.plan.durations.format_duration` writes it), words in
    other languages (``2 dagen``)."""

    minutes: int | float

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        from journeyplan.plan.durations import format_duration

        if lang == DEFAULT_LANGUAGE:
            return format_duration(self.minutes)
        table = _table()
        whole = int(self.minutes) if self.minutes == int(self.minutes) else None
        if whole:
            for unit, size in (("w", 10080), ("d", 1440), ("h", 60)):
                if whole % size == 0:
                    count = whole // size
                    return message_text(table[f"duration.{unit}"], lang, count).format(count=count)
        count = whole if whole is not None else self.minutes
        number = whole if whole is not None else 2  # a fraction of a minute reads as plural
        text = message_text(table["duration.m"], lang, number)
        return text.format(count=count if whole is not None else f"{self.minutes:g}")

    def __str__(self) -> str:
        return self.render()


class ParserText(NamedTuple):
    """What the YAML parser (libyaml) said, as a message argument: its CONTEXT (``while
    scanning a simple key``, or ``None``) and PROBLEM (``could not find expected ':'``).
    Shown for a reader in every language, English included: the ``yaml.pair.*`` message of
    the two when one exists, else the ``yaml.*`` message of the problem
    (:data:`journeyplan.messages.libyaml.PARSER_WORDS`); a problem libyaml is not known to
    say is shown as it is, after its context. :attr:`raw` keeps libyaml's own words."""

    context: str | None
    problem: str

    @property
    def raw(self) -> str:
        """libyaml's words: ``while scanning a quoted scalar, found unexpected end of stream``."""
        return ", ".join(p for p in (self.context, self.problem) if p)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        from journeyplan.messages.libyaml import PARSER_WORDS

        table = _table()
        problem = PARSER_WORDS.get(self.problem)
        if problem is None or "yaml." + problem not in table:
            return self.raw
        pair = table.get(f"yaml.pair.{PARSER_WORDS.get(self.context or '')}.{problem}")
        return message_text(pair or table["yaml." + problem], lang)

    def __str__(self) -> str:
        return self.render()


#: Arguments that hold an id, a key or a value as written: quoted with their invisible
#: characters as escapes (``'motivations\xa0'``), :func:`journeyplan.lookalike.shown`.
ID_ARGS = (
    "id",
    "persona_id",
    "key_name",
    "suggestion",
    "source",
    "target",
    "application",
    "channel",
    "code",
    "section",
    "value",
    "new",
    "written_id",
)

#: Arguments whose string values are terms of the format (``kind='touchpoint'``,
#: ``expected='a list'``, ``got='text'``): shown through the ``term.<value>`` message when
#: one exists, else as they are.
TERM_ARGS = ("kind", "expected", "got")

_TABLE: Mapping[str, Message] | None = None
_TRANSLATIONS: dict[str, Any] = {}


def _table() -> Mapping[str, Message]:
    global _TABLE
    if _TABLE is None:
        from journeyplan.messages import MESSAGES

        _TABLE = MESSAGES
    return _TABLE


def catalogue_paths(lang: str) -> tuple[Path, Path]:
    """The compiled (``.mo``) and source (``.po``) catalogue of LANG."""
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    return folder / f"{DOMAIN}.mo", folder / f"{DOMAIN}.po"


def translations(lang: str):
    """The :class:`gettext.GNUTranslations` of LANG (loaded once), or ``None`` for English.
    Raises ``ValueError`` for a language without a catalogue."""
    if lang == DEFAULT_LANGUAGE:
        return None
    found = _TRANSLATIONS.get(lang)
    if found is None:
        found = _TRANSLATIONS[lang] = _load(lang)
    return found


def _load(lang: str):
    import gettext

    if lang not in LANGUAGES:
        raise ValueError(f"no catalogue for language {lang!r}")
    mo, po = catalogue_paths(lang)
    mo_time = _mtime(mo)
    po_time = _mtime(po)
    if mo_time is not None and (po_time is None or mo_time >= po_time):
        with mo.open("rb") as f:
            return gettext.GNUTranslations(f)
    try:  # a working copy whose .po changed after the build: compile it in memory
        from journeyplan.locale import compile_catalogue
    except ImportError:  # Babel is not installed
        if mo_time is None:
            raise
        with mo.open("rb") as f:
            return gettext.GNUTranslations(f)
    return gettext.GNUTranslations(compile_catalogue(po))


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def message_text(entry: Message, lang: str, number: Any = None) -> str:
    """The template of ENTRY in LANG: the translation, or the English id when the catalogue
    has none. NUMBER picks the plural form of a plural message."""
    tr = translations(lang)
    if entry.plural is None:
        if tr is None:
            return entry.msgid
        if entry.context is None:
            return tr.gettext(entry.msgid)
        return tr.pgettext(entry.context, entry.msgid)
    n = number if isinstance(number, int) else 0
    if tr is None:
        return entry.msgid if n == 1 else entry.plural
    if entry.context is None:
        return tr.ngettext(entry.msgid, entry.plural, n)
    return tr.npgettext(entry.context, entry.msgid, entry.plural, n)


def render_message(key: str, args: Mapping[str, Any] | None = None, lang: str = "en") -> str:
    """The text of message KEY in LANG, filled with ARGS (inserted literally, never
    interpreted). A :class:`Msg` argument is rendered in LANG first; a string argument named
    in :data:`TERM_ARGS` is shown through its ``term.*`` message; a ``minutes`` argument is
    also offered as ``duration`` (``2880`` -> ``2d``); a non-empty ``suggestion`` appends the
    did-you-mean text, and says so when the written text differs from the suggestion only by
    invisible or look-alike characters. :class:`Duration` and :class:`ParserText` arguments
    are rendered in LANG too. The invisible characters of an id or key (:data:`ID_ARGS`) are
    shown as escapes. A placeholder written ``{path:shell}`` (a path in a command line the
    message suggests, ``journeyplan check {path:shell}``) is quoted for POSIX shells
    (:func:`shlex.quote`: ``my plan`` -> ``'my plan'``). An unknown key ``A.B`` falls back
    to ``A``, else to the key itself."""
    table = _table()
    entry = table.get(key) or table.get(key.split(".", 1)[0])
    values = dict(args or {})
    suggestion = values.get("suggestion")
    for name in ID_ARGS:
        value = values.get(name)
        if isinstance(value, str):
            values[name] = _shown(value)
    if "minutes" in values and "duration" not in values:
        values["duration"] = Duration(values["minutes"])
    for name, value in values.items():
        if isinstance(value, (Msg, Duration, ParserText, Hidden)):
            values[name] = value.render(lang)
    for name in TERM_ARGS:
        value = values.get(name)
        if isinstance(value, str) and "term." + value in table:
            values[name] = message_text(table["term." + value], lang)
    if entry is None:
        return key
    for name, counter in entry.counted:
        if name in values:
            values[name] = render_message(counter, {"count": values[name]}, lang)
    template = message_text(entry, lang, values.get(entry.n))
    if ":shell}" in template:  # a path in a suggested command line: quoted for the shell
        values = {
            k: _Shell(os.fspath(v)) if isinstance(v, (str, os.PathLike)) else v
            for k, v in values.items()
        }
        template = _requote_commands(template, values)
    text = template.format_map(_Default(values))
    if suggestion:
        text += message_text(table["did_you_mean"], lang).format(suggestion=values["suggestion"])
        text += _hidden_text(suggestion, lang)
    return text


def _shown(text: str) -> str:
    if text.isascii() and text.isprintable():
        return text
    from journeyplan.lookalike import shown

    return shown(text)


def _hidden_text(suggestion: Any, lang: str) -> str:
    """What follows a did-you-mean whose written text differs from SUGGESTION only by
    invisible or look-alike characters (``''`` otherwise): which, and where."""
    hidden = suggestion.hidden() if hasattr(suggestion, "hidden") else ()
    if not hidden:
        return ""
    table = _table()
    if len(hidden) == 1:
        [h] = hidden
        key = "did_you_mean.lookalike" if h.like else "did_you_mean.invisible"
        return message_text(table[key], lang).format(
            char=h.name(), position=h.position, like=h.like
        )
    chars = ", ".join(
        message_text(table["did_you_mean.at"], lang).format(char=h.name(), position=h.position)
        for h in hidden
    )
    return message_text(table["did_you_mean.hidden"], lang).format(chars=chars)


def translator(lang: str) -> Callable[..., str]:
    """``t(key, **args)``: :func:`render_message` bound to LANG, for formatters."""

    def t(key: str, **args: Any) -> str:
        return render_message(key, args, lang)

    return t


#: A suggested command line written in single quotes in a message: 'journeyplan check {path:shell}'.
_QUOTED_COMMAND = LazyPattern(r"'(journeyplan [^']*\{\w+:shell\}[^']*)'")
_SHELL_NAME = LazyPattern(r"\{(\w+):shell\}")


def _requote_commands(template: str, values: Mapping[str, Any]) -> str:
    """TEMPLATE with each command line it writes in single quotes written in double quotes
    instead when a path in it needs the shell's quotes, so that the two never nest:
    ``"journeyplan check 'my plan'"``, not ``'journeyplan check 'my plan''``. A path that
    needs none keeps the message as written (``'journeyplan check plans'``)."""
    import shlex

    def requote(m: re.Match[str]) -> str:
        names = _SHELL_NAME.findall(m.group(1))
        if any(shlex.quote(str(values.get(n, ""))) != str(values.get(n, "")) for n in names):
            return f'"{m.group(1)}"'
        return m.group(0)

    return _QUOTED_COMMAND.sub(requote, template)


class _Shell(str):
    """A string argument that a ``{name:shell}`` placeholder shows quoted for the shell."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if spec == "shell":
            import shlex

            return shlex.quote(str(self))
        return format(str(self), spec)


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
