"""Personalisation placeholders (plan format 1.1): ``{first_name}`` in a touchpoint's
``message``, and where each one is written.

A placeholder is ``{name}`` with a name of letters, digits and ``_`` that starts with a
letter or ``_``; doubled braces (``{{literal}}``) are not placeholders. :class:`MessageText`
is the field type of ``message``: it stores the 1-based ``(line, column)`` of every
placeholder occurrence as the field's items (``Element.items_at["message"]``), so JP514
points at the placeholder, not at the start of the text.

How a position is found: a placeholder holds no space, quote, backslash or line break, so
no YAML style changes it (plain, quoted, ``|`` literal, ``>`` folded, over several lines):
it is written in the source exactly as it reads in the value. The placeholders of the
source between the scalar's start and end are matched, in order, with those of the value.
When the two lists differ (an escape in a double-quoted text, ``"\\x7bname}"``, makes a
brace the source does not show), no item is stored and a finding falls back to the
scalar's start: an exact column cannot be known there. Only a double-quoted scalar has
escapes, so only its two lists are compared: in every other style, folding a line puts a
space or a line break where the break was and never joins two braces, so the source
shows exactly the value's placeholders (``tests/plan/test_placeholder_sources.py`` holds
this over generated texts in each style).
"""

from __future__ import annotations

import re
from typing import Any

from yaml.nodes import Node, ScalarNode

from journeyplan.plan.fields import Text
from journeyplan.plan.validator import INVALID, Validator

#: ``{name}`` not inside doubled braces. The lookbehind follows the opening brace, so the
#: search starts from a literal ``{`` (twice as fast as the same lookbehind first).
PLACEHOLDER = re.compile(r"\{(?<!\{\{)([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")
_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
#: Line breaks other than ``\n`` (YAML 1.1 counts all of them).
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")

Pos = tuple[int, int]


def placeholders(message: str) -> list[str]:
    """The placeholder names in MESSAGE, in order, each once."""
    return list(dict.fromkeys(PLACEHOLDER.findall(message)))


def occurrence(message: str, name: str) -> int:
    """The index, among all placeholder occurrences of MESSAGE, of NAME's first one (the
    item of ``items_at["message"]`` that holds its position); -1 when it has none."""
    for i, found in enumerate(PLACEHOLDER.finditer(message)):
        if found.group(1) == name:
            return i
    return -1


class Placed(str):
    """A message text with the 1-based positions of its placeholder occurrences."""

    __slots__ = ("positions",)

    def __new__(cls, text: str, positions: list[Pos]) -> Placed:
        self = super().__new__(cls, text)
        self.positions = positions
        return self


def source_positions(text: str, node: ScalarNode, value: str) -> list[Pos] | None:
    """The 1-based positions in TEXT (the file) of the placeholders of VALUE, the value of
    scalar NODE; ``None`` when the source's placeholders are not the value's (see the
    module doc)."""
    start, end = node.start_mark.index, node.end_mark.index
    found = list(PLACEHOLDER.finditer(text, start, end))
    if node.style == '"' and [m.group(1) for m in found] != PLACEHOLDER.findall(value):
        return None
    line, line_start = node.start_mark.line, start - node.start_mark.column
    out: list[Pos] = []
    at = start
    if only_newlines(text):
        count, rfind = text.count, text.rfind
        for m in found:
            here = m.start()
            breaks = count("\n", at, here)
            if breaks:
                line += breaks
                line_start = rfind("\n", at, here) + 1
            at = here
            out.append((line + 1, here - line_start + 1))
        return out
    for m in found:
        for br in _BREAKS.finditer(text, at, m.start()):
            line += 1
            line_start = br.end()
        at = m.start()
        out.append((line + 1, m.start() - line_start + 1))
    return out


_last: tuple[str | None, bool] = (None, False)  # the last text asked about, its answer


def only_newlines(text: str) -> bool:
    """True when TEXT breaks its lines with ``\\n`` alone (no CR, NEL, LS or PS). The answer
    for the last text asked about is kept: a file asks once per message in it."""
    global _last
    last = _last  # one read: another thread may replace it meanwhile
    if last[0] is not text:
        last = _last = (text, not any(b in text for b in _OTHER_BREAKS))
    return last[1]


class MessageText(Text):
    """Free text that a candidate reads (``message``): :class:`Text`, plus where each
    ``{placeholder}`` is written (see the module doc)."""

    def convert(self, node: Node, v: Validator) -> Any:
        value = Text.convert(self, node, v)
        if value is INVALID or "{" not in value or not isinstance(node, ScalarNode):
            return value
        positions = source_positions(v.text, node, value)
        return value if positions is None else Placed(value, positions)
