"""Text inside the report's charts, wrapped to the room it has, never cut.

An SVG ``<text>`` does not wrap, and the report cannot measure text with the reader's font
(the same plan gives the same bytes everywhere). So a chart label is broken into lines by an
estimate that errs on the wide side: the advance widths of DejaVu Sans Bold, the widest of
the system fonts in the report's font stack, in thousandths of an em. A label that fits by
this estimate fits in every font of the stack; a name is shown whole, on as many lines as it
needs (a word longer than a line is split, never dropped).
"""

from __future__ import annotations

import unicodedata

#: Advance widths (1/1000 em) of the printable ASCII characters, space to tilde, in DejaVu
#: Sans Bold.
_ASCII = (
    "348 456 521 838 696 1002 872 306 457 457 523 838 380 415 380 365 "
    "696 696 696 696 696 696 696 696 696 696 400 400 838 838 838 580 "
    "1000 774 762 734 830 683 683 821 837 372 372 775 637 995 837 850 "
    "733 850 770 720 682 812 774 1103 771 724 725 457 365 457 838 500 "
    "500 675 716 593 716 678 435 716 712 343 343 665 343 1042 712 687 "
    "716 716 493 595 478 712 652 924 645 652 582 712 365 712 838"
)
_WIDTHS = {chr(32 + k): int(w) for k, w in enumerate(_ASCII.split())}
#: A character outside ASCII with no ASCII base letter (a symbol, an arrow).
_OTHER = 850


def char_width(ch: str) -> float:
    """The estimated advance width of CH in em (0 for a combining mark)."""
    w = _WIDTHS.get(ch)
    if w is not None:
        return w / 1000
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Cf", "Mn", "Me"):
        return 0.0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0
    base = unicodedata.normalize("NFKD", ch)[:1]  # é -> e, ß stays
    w = _WIDTHS.get(base)
    return (w if w is not None else _OTHER) / 1000


def text_width(text: str, size: float) -> float:
    """The estimated width of TEXT at font size SIZE (in the chart's units)."""
    return sum(char_width(ch) for ch in text) * size


def wrap(text: str, width: float, size: float) -> tuple[str, ...]:
    """TEXT in lines no wider than WIDTH at font size SIZE (both in the chart's units),
    broken at spaces; a word wider than a line is split where it must be. Every character
    of TEXT but the spaces at the breaks is kept, in order; an empty text is one empty
    line."""
    words = text.split()
    if not words:
        return ("",)
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        while text_width(word, size) > width:  # a word longer than a whole line
            cut = 1
            while cut < len(word) and text_width(word[: cut + 1], size) <= width:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return tuple(lines)
