"""Where a YAML syntax error was made, when the parser notices it elsewhere: unclosed brackets.

A ``[`` or ``{`` left open (``channels: [facebook, instagram``) is noticed by the parser
only where the text stops fitting the flow collection: at the next key, lines further on,
or at the end of the file. :func:`never_closed` tells whether the bracket that opens a
flow collection is closed anywhere, so the loader can report the bracket itself
(:func:`journeyplan.source.compose.read_plan_bytes`). Only text with a syntax error gets
here; the scan is linear and jumps from bracket to bracket in C (``re``), skipping quoted
text and comments.
"""

from __future__ import annotations

import re

from journeyplan.source.safeio import LINE_BREAK

CLOSER = {"[": "]", "{": "}"}
#: What the scan stops at: brackets, quotes (which may start quoted text) and comments.
_STOPS = re.compile(r"[\[\]{}'\"#]")
#: Characters after which a quote starts quoted text and ``#`` starts a comment (a quote
#: inside a plain scalar, as in ``Sander's``, is a letter).
_TOKEN_START = " \t\r\n,[{:?-"
_LINE_END = re.compile(r"[\r\n\x85\u2028\u2029]")
_DOUBLE_QUOTED_END = re.compile(r'(?:[^"\\]|\\.)*"', re.S)


def offset_of(text: str, line: int, column: int) -> int:
    """The index in TEXT of 0-based LINE and COLUMN, counting lines as YAML does (``\\n``,
    ``\\r\\n``, ``\\r``, NEL, LS and PS). Past the end: ``len(text)``."""
    start = 0
    if line:
        for n, mt in enumerate(LINE_BREAK.finditer(text), 1):
            if n == line:
                start = mt.end()
                break
        else:
            return len(text)
    return min(start + column, len(text))


def _after_quoted(text: str, i: int) -> int:
    """Index just after the quoted text that starts with the quote at I, or ``-1`` when it
    is never closed."""
    if text[i] == '"':
        mt = _DOUBLE_QUOTED_END.match(text, i + 1)
        return mt.end() if mt else -1
    j = i + 1
    while True:  # single quotes: '' is a quote inside
        j = text.find("'", j)
        if j < 0:
            return -1
        if text.startswith("''", j):
            j += 2
            continue
        return j + 1


def never_closed(text: str, start: int) -> bool:
    """Whether the ``[`` or ``{`` at index START of TEXT is never closed: the text ends, or
    a bracket of the other kind closes first (``[a, {b: c]``), before its own closing
    bracket. Brackets in quoted text and comments do not count."""
    if text[start : start + 1] not in CLOSER:
        return False
    stack = [CLOSER[text[start]]]
    i = start + 1
    while stack:
        mt = _STOPS.search(text, i)
        if mt is None:
            return True
        i = mt.start()
        c = text[i]
        starts_token = i == 0 or text[i - 1] in _TOKEN_START
        if c in CLOSER:
            stack.append(CLOSER[c])
        elif c in "]}":
            if stack.pop() != c:
                return True
        elif c == "#":
            if starts_token:
                end = _LINE_END.search(text, i)
                if end is None:
                    return True
                i = end.start()
        elif starts_token:  # a quote that starts quoted text
            i = _after_quoted(text, i)
            if i < 0:
                return True
            continue
        i += 1
    return False
