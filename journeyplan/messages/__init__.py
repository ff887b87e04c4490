"""The message tables: every human-readable text, by stable key, as English message ids.

Keys are rule codes (``JP103``), variants (``JP005.reserved``), rule titles (``title.JP103``),
explanations (``explain.JP103``, ``why.JP103``), the comments of the rule examples
(``example.JP103.bad``/``.fix``), terms used as message arguments (``term.*``), plural counts
(``count.*``) and interface texts (``ui.*``, ``map.*``, ``render.*``, ``diff.*`` ...). Values
are :class:`journeyplan.i18n.Message` declarations whose ids are :meth:`str.format`
templates; the translations live in ``journeyplan/locale/<lang>/LC_MESSAGES/journeyplan.po``.
Codes, keys and ids never change with the language. How to add a message:
docs/architecture.md, "Messages and languages".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Any

from journeyplan.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Message,
    Msg,
    message_text,
    render_message,
    translator,
)
from journeyplan.messages import checklist, experience, interface, structure

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "MESSAGES",
    "Message",
    "MessageTable",
    "Msg",
    "render_message",
    "texts",
    "translator",
]

# The tables every ``check`` reads (rule messages, the checklist, the interface), loaded
# with this package; the others (explanations, rule examples, diff, maps, report, language
# server, the parser's words, the forecast) when a key is first not found among these:
# importing them all cost every start-up their bytecode and their Message tuples
# (docs/performance.md, "Start-up against the typer floor").
_EAGER = (structure, checklist, experience, interface)
_LATER = (
    "rule_docs",
    "rule_why",
    "diff",
    "maps",
    "report",
    "lsp",
    "libyaml",
    "forecast",
)


class MessageTable(Mapping[str, Message]):
    """Every message by key (a read-only mapping). The tables of ``_LATER`` are imported
    the first time a key is not found in those loaded, or when the whole table is
    listed; a key declared twice raises ``RuntimeError`` when its second table loads."""

    def __init__(self) -> None:
        self._entries: dict[str, Message] = {}
        self._complete = False
        for module in _EAGER:
            self._add(module)

    def _add(self, module: Any) -> None:
        for key, entry in module.MESSAGES.items():
            if key in self._entries:
                raise RuntimeError(f"message key {key!r} is declared twice ({module.__name__})")
            self._entries[key] = entry

    def _load_the_rest(self) -> bool:
        """Import the ``_LATER`` tables; False when they were loaded already."""
        if self._complete:
            return False
        self._complete = True
        for name in _LATER:
            self._add(import_module(f"journeyplan.messages.{name}"))
        return True

    def __getitem__(self, key: str) -> Message:
        try:
            return self._entries[key]
        except KeyError:
            if not self._load_the_rest():
                raise
            return self._entries[key]

    def __contains__(self, key: object) -> bool:
        return key in self._entries or (self._load_the_rest() and key in self._entries)

    def __iter__(self) -> Iterator[str]:
        self._load_the_rest()
        return iter(self._entries)

    def __len__(self) -> int:
        self._load_the_rest()
        return len(self._entries)


MESSAGES = MessageTable()


def texts(lang: str = DEFAULT_LANGUAGE, number: int = 1) -> dict[str, str]:
    """Every key's template in LANG (plural messages in the form for NUMBER): for tests and
    documentation, not for rendering (use :func:`render_message`)."""
    return {key: message_text(entry, lang, number) for key, entry in MESSAGES.items()}
