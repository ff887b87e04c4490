"""Markdown helpers shared by the Markdown outputs (rule list, coverage matrix)."""

from __future__ import annotations

import re

from journeyplan.report.base import visible

_NEWLINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
# Characters that CommonMark/GFM may read as markup inside a table cell: escapes, code,
# emphasis, links, raw HTML, cell separators, strike-through, entities, GitHub math.
_SIGNIFICANT = re.compile(r"([\\`*_\[\]<>|~&$])")


def md_escape(text: str) -> str:
    """TEXT made safe for one Markdown table cell or paragraph: newlines become spaces,
    control characters are shown as escapes (:func:`~journeyplan.report.base.visible`),
    and every character Markdown could read as markup is backslash-escaped, so user text
    always renders literally (``a|b`` -> ``a\\|b``, ``<b>`` -> ``\\<b\\>``)."""
    return _SIGNIFICANT.sub(r"\\\1", visible(_NEWLINES.sub(" ", text)))


def md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Lines of a GFM table. Cells are used as given: escape user text with
    :func:`md_escape` first."""
    out = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    out.extend("| " + " | ".join(row) + " |" for row in rows)
    return out
