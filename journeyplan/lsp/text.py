"""Positions and tokens of a plan file's text, for the language server.

Findings and the model give 1-based ``(line, column)`` in characters with YAML's line breaks
(``\\r\\n``, ``\\n``, ``\\r``, NEL, LS, PS: :mod:`journeyplan.source.safeio`). LSP positions
are 0-based ``(line, character)`` with only ``\\r\\n``, ``\\n`` and ``\\r`` as line breaks and
``character`` counted in the negotiated encoding (UTF-16 code units unless the client
chose ``utf-8`` or ``utf-32``). :class:`LineIndex` converts through character offsets, so both
sides agree even on a text with NEL or non-BMP characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from journeyplan.source.safeio import LINE_BREAK

_LSP_BREAK = re.compile("\r\n|[\n\r]")
#: Characters that end a plain scalar in flow context (``[a, b]``, ``{k: v}``).
_FLOW_END = ",[]{}"


def _starts(text: str, breaks: re.Pattern[str]) -> list[int]:
    return [0] + [mt.end() for mt in breaks.finditer(text)]


def units(text: str, encoding: str) -> int:
    """Length of TEXT in code units of ENCODING (``utf-8``, ``utf-16`` or ``utf-32``)."""
    if text.isascii() or encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


class LineIndex:
    """Offsets of the lines of TEXT, under YAML's and under LSP's line breaks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.yaml_starts = _starts(text, LINE_BREAK)
        self.lsp_starts = _starts(text, _LSP_BREAK)

    # ------------------------------------------------------------------ YAML side
    def _line_end(self, starts: list[int], line: int) -> int:
        """Offset of the end of 0-based LINE (before its line break)."""
        if line + 1 < len(starts):
            end = starts[line + 1]
            while end > starts[line] and self.text[end - 1] in "\r\n\x85\u2028\u2029":
                end -= 1
            return end
        return len(self.text)

    def offset(self, line: int | None, column: int | None) -> int:
        """Character offset of 1-based YAML LINE and COLUMN (clamped into the text)."""
        if not line:
            return 0
        starts = self.yaml_starts
        i = min(max(line - 1, 0), len(starts) - 1)
        start = starts[i]
        return min(start + max((column or 1) - 1, 0), self._line_end(starts, i))

    def yaml_position(self, offset: int) -> tuple[int, int]:
        """1-based YAML (line, column) of character OFFSET."""
        i = bisect_right(self.yaml_starts, offset) - 1
        return i + 1, offset - self.yaml_starts[i] + 1

    # ------------------------------------------------------------------ LSP side
    def lsp_position(self, offset: int, encoding: str) -> tuple[int, int]:
        """0-based LSP (line, character in ENCODING) of character OFFSET."""
        offset = max(0, min(offset, len(self.text)))
        i = bisect_right(self.lsp_starts, offset) - 1
        start = self.lsp_starts[i]
        return i, units(self.text[start:offset], encoding)

    def from_lsp(self, line: int, character: int, encoding: str) -> int:
        """Character offset of the 0-based LSP LINE and CHARACTER (clamped into the line)."""
        starts = self.lsp_starts
        if line >= len(starts):
            return len(self.text)
        start = starts[max(line, 0)]
        end = self._line_end(starts, max(line, 0))
        if encoding == "utf-32" or self.text[start:end].isascii():
            return min(start + max(character, 0), end)
        count = 0
        for i in range(start, end):
            if count >= character:
                return i
            count += units(self.text[i], encoding)
        return end

    # ------------------------------------------------------------------ tokens
    def token_end(self, offset: int) -> int:
        """End offset of the YAML token that starts at OFFSET: a quoted scalar up to its
        closing quote, a flow collection up to its closing bracket (on the same line), a
        plain scalar or key up to where YAML ends it (``: ``, `` #``, a flow indicator in
        flow context, the end of the line). At least one character when the line has one."""
        text = self.text
        end = self._line_end(self.yaml_starts, self.yaml_position(offset)[0] - 1)
        if offset >= end:
            return offset
        first = text[offset]
        if first in "\"'":
            i = offset + 1
            while i < end:
                c = text[i]
                if first == '"' and c == "\\":
                    i += 2
                    continue
                if c == first:
                    if first == "'" and i + 1 < end and text[i + 1] == "'":
                        i += 2
                        continue
                    return i + 1
                i += 1
            return end
        if first in "[{":
            depth, i, quote = 0, offset, ""
            while i < end:
                c = text[i]
                if quote:
                    if c == quote:
                        quote = ""
                elif c in "\"'":
                    quote = c
                elif c in "[{":
                    depth += 1
                elif c in "]}":
                    depth -= 1
                    if depth == 0:
                        return i + 1
                i += 1
            return offset + 1
        line_start = self.yaml_starts[self.yaml_position(offset)[0] - 1]
        before = text[line_start:offset]
        in_flow = before.count("[") + before.count("{") > before.count("]") + before.count("}")
        i = offset
        while i < end:
            c = text[i]
            if c == ":" and (
                i + 1 == end or text[i + 1] in " \t" or (in_flow and text[i + 1] in _FLOW_END)
            ):
                break
            if c == "#" and i > offset and text[i - 1] in " \t":
                break
            if in_flow and c in _FLOW_END:
                break
            i += 1
        while i > offset and text[i - 1] in " \t":
            i -= 1
        return max(i, offset + 1)

    def token(self, offset: int) -> tuple[int, int, str]:
        """``(start, end, value)`` of the token at OFFSET; VALUE is its text without quotes
        (the inner offsets are ``start + 1`` to ``end - 1`` when quoted)."""
        end = self.token_end(offset)
        raw = self.text[offset:end]
        if len(raw) >= 2 and raw[0] in "\"'" and raw[-1] == raw[0]:
            return offset, end, raw[1:-1]
        return offset, end, raw
