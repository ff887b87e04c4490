"""Formatters: one command's result -> text on a stream, one class per ``--format``.

:mod:`.registry` lists every command's formats (lazily imported), :mod:`.base` is the
formatter protocol, :mod:`.escaping` the escaping policies, :mod:`.console` the one rich
console factory. :data:`REPORTERS` are the formats of ``journeyplan check``.
"""

from __future__ import annotations

from journeyplan.report.base import Formatter, Reporter, ReportOptions
from journeyplan.report.registry import Formats

#: ``journeyplan check``'s formats: name -> formatter class, imported on lookup.
REPORTERS = Formats("check")

__all__ = ["REPORTERS", "Formatter", "ReportOptions", "Reporter"]
