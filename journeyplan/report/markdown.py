"""Markdown helpers shared by the Markdown outputs (rule list, coverage matrix)."""

from __future__ import annotations

from journeyplan.report.escaping import markdown_cell as md_escape

__all__ = ["md_escape", "md_table"]


def md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Lines of a GFM table. Cells are used as given: escape user text with
    :func:`~journeyplan.report.escaping.markdown_cell` first."""
    out = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    out.extend("| " + " | ".join(row) + " |" for row in rows)
    return out
