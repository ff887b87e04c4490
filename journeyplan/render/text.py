"""Text on a map: escaping what must not be drawn, wrapping at spaces, percentages and
durations in words.

Pure functions shared by the view model and both writers (DOT and Mermaid).
"""

from __future__ import annotations

import re

from journeyplan.i18n import render_message

#: Characters per display line (wrapping only at spaces, see :func:`wrap`).
NAME_WIDTH = 26  # a touchpoint's name
SMALL_WIDTH = 32  # channel, promise and persona lines
BADGE_WIDTH = 40  # a kind badge
EDGE_WIDTH = 24  # a trigger's label (drawn small)
CARD_WIDTH = 30  # a line of the persona card

# C0/C1 controls (but line breaks, which callers split on), tab, DEL, the line and paragraph
# separators, bidi overrides, lone surrogates and the XML non-characters: never valid or
# never safe in SVG or terminal text; shown as escapes instead.
_UNSAFE = re.compile(
    "[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029"
    "\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)


def _show(mt: re.Match[str]) -> str:
    ch = mt.group()
    if ch == "\t":
        return "\\t"
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def literal(text: str) -> str:
    """TEXT with every character that cannot or must not appear in a map shown as an escape:
    ESC -> ``\\x1b``, tab -> ``\\t``, a lone surrogate -> ``\\ud800``, a bidi override ->
    ``\\u202e``. Line breaks are kept (callers split on them); everything else, accents and
    emoji included, is kept as written."""
    return _UNSAFE.sub(_show, text)


_BREAK = re.compile(r"(?<=\S) (?=\S)")


def wrap(line: str, width: int) -> list[str]:
    """LINE broken into pieces of about WIDTH characters, only at single spaces between two
    non-space characters, so ``" ".join(wrap(line, width)) == line`` always holds and no
    word is ever cut. A word longer than WIDTH stays whole."""
    words = _BREAK.split(line)
    out: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    return out


def text_lines(text: str, width: int | None = None) -> list[str]:
    """User TEXT as display lines: split at its own line breaks (``\\n``, ``\\r\\n``,
    ``\\r``), each line wrapped at WIDTH (no wrapping when ``None``)."""
    lines = re.split(r"\r\n|\r|\n", text)
    if width is None:
        return lines
    return [piece for line in lines for piece in wrap(line, width)]


def percent(rate: float) -> str:
    """A rate 0..1 as a percentage: 0.04 -> ``4%``, 0.125 -> ``12.5%``, 1 -> ``100%``."""
    value = round(rate * 100, 2)
    return f"{value:g}%"


#: Duration units, largest first, in minutes (see :func:`spoken_duration`).
_UNITS = (("w", 10080), ("d", 1440), ("h", 60), ("m", 1))


def spoken_duration(minutes: int | float, lang: str = "en") -> str:
    """MINUTES as words in LANG, in the largest unit that divides it exactly: 2880 ->
    ``2 days`` (nl ``2 dagen``), 60 -> ``1 hour``, 90 -> ``90 minutes``, 36 h -> ``36 hours``."""
    whole = int(minutes) if minutes == int(minutes) else None
    if whole is None:
        return render_message("map.unit.m", {"n": f"{minutes:g}"}, lang)
    for unit, size in _UNITS:
        if whole and whole % size == 0:
            return render_message(f"map.unit.{unit}", {"n": whole // size}, lang)
    return render_message("map.unit.m", {"n": 0}, lang)
