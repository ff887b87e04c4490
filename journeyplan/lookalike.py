"""Characters that hide in ids and keys: invisible ones, and look-alikes from other scripts.

Text pasted from a word processor, a chat or a web page brings characters nobody can tell
from the ones meant: a no-break space (U+00A0) or a zero-width space (U+200B) after a key,
a dotless i (U+0131) or a Cyrillic а (U+0430) in an id, an en dash (U+2013) where a hyphen
belongs, a curly quote. Two functions serve the messages:

- :func:`shown`: an id or key as a message quotes it, with every invisible character as an
  escape (``'motivations\\xa0'``, ``'na\\u200bme'``), so the reader sees that something is
  there;
- :func:`hidden_difference`: whether a written word differs from a suggestion only by such
  characters, and which, where (``'femıke'`` and ``'femike'``: U+0131 at position 4).

*Invisible* is what Python does not print (Unicode's "Other" and "Separator" categories,
the ASCII space excepted: controls, format characters such as the zero-width space and the
bidirectional marks, every space but U+0020) and the few letters and marks that draw
nothing (Hangul fillers, the Braille blank, variation selectors). *Look-alike* is a
character of another script or a typographic variant drawn like an ASCII character: the
Cyrillic and Greek letters of Unicode's confusables list (UTS #39) that are drawn like a
Latin one, dotless i and j, dashes and minus signs, curly quotes and primes, and every
character whose compatibility form (NFKC) is one ASCII character (fullwidth letters,
mathematical alphanumerics).
"""

from __future__ import annotations

from typing import NamedTuple

#: Letters and marks that draw nothing although Python counts them printable.
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f") | frozenset(
    chr(c)
    for c in range(0xFE00, 0xFE10)  # variation selectors
)

#: Look-alikes with no compatibility form of their own -> the ASCII character they are drawn
#: like (UTS #39 confusables of Latin letters in Cyrillic and Greek; dashes; quotes).
_LOOKS_LIKE = {
    # Latin
    "\u0131": "i",  # dotless i
    "\u0237": "j",  # dotless j
    "\u0251": "a",  # Latin alpha
    "\u0261": "g",  # script g
    "\u026a": "i",  # small capital I
}
_LOOKS_LIKE.update(  # Cyrillic
    zip(
        "\u0430\u0441\u0435\u04bb\u0456\u0458\u04cf\u043e\u0440\u051b\u0455\u051d\u0445\u0443"
        "\u0501\u0475\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0423"
        "\u0406\u0408\u0405\u04c0",
        "acehijlopqswxydvABEKMHOPCTXYIJSI",
    )
)
_LOOKS_LIKE.update(  # Greek
    zip(
        "\u03bf\u03bd\u03c1\u03b9\u03ba\u03c5\u03b1\u0391\u0392\u0395\u0396\u0397\u0399\u039a"
        "\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7",
        "ovpikuaABEZHIKMNOPTYX",
    )
)
_LOOKS_LIKE.update(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58", "-"))
_LOOKS_LIKE.update(dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u02bc\u02b9", "'"))
_LOOKS_LIKE.update(dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u02ba", '"'))


def is_invisible(ch: str) -> bool:
    """Whether the character CH draws nothing a reader can see (see the module docstring)."""
    return not ch.isprintable() or ch in _BLANK


def looks_like(ch: str) -> str | None:
    """The ASCII character that CH is drawn like, or ``None`` (CH is ASCII itself, or looks
    like nothing ASCII)."""
    if ch.isascii():
        return None
    like = _LOOKS_LIKE.get(ch)
    if like is not None:
        return like
    import unicodedata

    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 and folded.isascii() and folded.isprintable() else None


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def shown(text: str) -> str:
    """TEXT with every invisible character written as an escape (``\\xa0``, ``\\u3164``):
    how messages quote an id or key. Text without one is returned as it is. Control
    characters, bidirectional controls and zero-width characters are left to the output,
    whose escaping policy shows them as its format needs
    (:mod:`journeyplan.report.escaping`: ``\\u200b`` on a terminal, ``%0A`` in a GitHub
    annotation)."""
    if text.isprintable() and (text.isascii() or _BLANK.isdisjoint(text)):
        return text
    from journeyplan.report.escaping import TERMINAL_ESCAPED

    return "".join(
        _escape(c) if is_invisible(c) and not TERMINAL_ESCAPED.match(c) else c for c in text
    )


class Hidden(NamedTuple):
    """One character that makes a written word differ from the one meant: its 1-based
    ``position`` in the written word, the ``char``, and ``like``: the ASCII character it is
    drawn like (``''`` for an invisible one)."""

    position: int
    char: str
    like: str

    def name(self) -> str:
        """``U+00A0 (NO-BREAK SPACE)``: the character's code point and Unicode name."""
        import unicodedata

        label = unicodedata.name(self.char, "")
        code = f"U+{ord(self.char):04X}"
        return f"{code} ({label})" if label else code


def fold(text: str) -> str:
    """TEXT as it reads: invisible characters left out, each look-alike as the ASCII
    character it is drawn like (``fold('femıke\u200b')`` is ``'femike'``)."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        if not is_invisible(ch):
            like = looks_like(ch)
            out.append(ch if like is None else like)
    return "".join(out)


def hidden_difference(written: str, meant: str) -> tuple[Hidden, ...]:
    """The invisible and look-alike characters of WRITTEN when they are all that tells it
    from MEANT (WRITTEN with the invisible ones left out and each look-alike read as the
    ASCII character it is drawn like is MEANT); else ``()``. ``hidden_difference('femıke',
    'femike')`` is ``(Hidden(4, 'ı', 'i'),)``."""
    if written == meant or (written.isascii() and written.isprintable()):
        return ()
    out: list[Hidden] = []
    folded: list[str] = []
    for i, ch in enumerate(written, 1):
        if is_invisible(ch):
            out.append(Hidden(i, ch, ""))
            continue
        like = looks_like(ch)
        if like is not None and like != ch:
            out.append(Hidden(i, ch, like))
            folded.append(like)
        else:
            folded.append(ch)
    return tuple(out) if out and "".join(folded) == meant else ()
