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

from journeyplan.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Message,
    Msg,
    message_text,
    render_message,
    translator,
)
from journeyplan.messages import (
    checklist,
    diff,
    experience,
    forecast,
    interface,
    libyaml,
    lsp,
    maps,
    report,
    rule_docs,
    rule_why,
    structure,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "MESSAGES",
    "Message",
    "Msg",
    "render_message",
    "texts",
    "translator",
]

_MODULES = (
    structure,
    checklist,
    experience,
    rule_docs,
    rule_why,
    interface,
    diff,
    maps,
    report,
    lsp,
    libyaml,
    forecast,
)

MESSAGES: dict[str, Message] = {}
for _module in _MODULES:
    for _key, _entry in _module.MESSAGES.items():
        if _key in MESSAGES:
            raise RuntimeError(f"message key {_key!r} is declared twice ({_module.__name__})")
        MESSAGES[_key] = _entry


def texts(lang: str = DEFAULT_LANGUAGE, number: int = 1) -> dict[str, str]:
    """Every key's template in LANG (plural messages in the form for NUMBER): for tests and
    documentation, not for rendering (use :func:`render_message`)."""
    return {key: message_text(entry, lang, number) for key, entry in MESSAGES.items()}
