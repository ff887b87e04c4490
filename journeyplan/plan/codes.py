"""Field types for codes written as text: a colour ``#rrggbb`` and a code of capital
letters such as an ISO 4217 currency (plan format 1.1). Like every
:class:`~journeyplan.plan.fields.FieldType`, a value that does not fit is JP009 at its place.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.nodes import Node, ScalarNode

from journeyplan.plan.fields import FieldType, Text, _shown
from journeyplan.plan.validator import INVALID, Validator
from journeyplan.source.scalars import STR, resolve_scalar


class Colour(Text):
    """A colour ``#rrggbb`` (hexadecimal, either case), e.g. ``"#EE7733"`` (quoted in YAML,
    where ``#`` would start a comment). Anything else is JP009."""

    def convert(self, node: Node, v: Validator) -> Any:
        value = Text.convert(self, node, v)
        if value is INVALID:
            return value
        if not COLOUR.match(str(value)):
            v.report("JP009", node, value=value, allowed='#rrggbb, e.g. "#EE7733"')
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": COLOUR.pattern}


COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class Code(FieldType):
    """A code of capital letters (ISO 4217 currency: ``EUR``), matching PATTERN."""

    def __init__(self, pattern: str, expected: str) -> None:
        self.pattern = pattern
        self._match = re.compile(pattern[1:-1] + r"\Z").match
        self.expected = expected

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode) and resolve_scalar(node) == STR:
            if self._match(node.value):
                return node.value
            v.report("JP009", node, value=_shown(node.value), allowed=self.expected)
            return INVALID
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": self.pattern}
