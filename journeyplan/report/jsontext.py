"""JSON text that is safe to show on a terminal: every JSON output of journeyplan goes here."""

from __future__ import annotations

import re
from typing import Any

# json escapes C0 controls itself, but not DEL, C1 controls (0x9b is a one-byte CSI), the
# bidirectional overrides, line/paragraph separators or lone surrogates: as \uXXXX they stay
# the same JSON string, cannot act on a terminal that shows the output, and can be encoded.
# Only strings hold them.
_UNSAFE = re.compile(
    "[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)  # lone surrogates: file names that are not UTF-8


def _escape(mt: re.Match[str]) -> str:
    return f"\\u{ord(mt.group()):04x}"


def dumps(document: Any) -> str:
    """DOCUMENT as indented JSON (UTF-8 text kept readable), with the characters above
    escaped. The same document always gives the same text."""
    import json

    return _UNSAFE.sub(_escape, json.dumps(document, ensure_ascii=False, indent=2))
