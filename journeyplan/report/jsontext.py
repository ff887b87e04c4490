"""JSON text that is safe to show on a terminal: every JSON output of journeyplan goes here."""

from __future__ import annotations

from typing import Any

from journeyplan.report.escaping import json_text


def dumps(document: Any) -> str:
    """DOCUMENT as indented JSON (UTF-8 text kept readable), with the characters that
    could act on a terminal escaped (policy ``json`` of :mod:`journeyplan.report.escaping`).
    The same document always gives the same text."""
    import json

    return json_text(json.dumps(document, ensure_ascii=False, indent=2))
