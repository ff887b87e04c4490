"""Validation state for one plan file, and the walk over a mapping's pairs.

:class:`Validator` collects one file's located findings and guards the alias-expansion
budget (JP014); :func:`mapping_pairs` yields a mapping's (key, value) nodes with merge keys applied
and JP002 duplicate keys, JP004 non-text keys and JP013 unsupported tags reported. The
field types (:mod:`journeyplan.plan.fields`) and the mapping validator
(:class:`journeyplan.plan.declare.Obj`) build on both.
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from journeyplan.findings import Finding, Location
from journeyplan.source.compose import PlanFile
from journeyplan.source.scalars import (
    BOOL,
    FLOAT,
    INT,
    NULL,
    PLAIN,
    STR,
    is_core_tag,
    resolve_scalar,
)

Pos = tuple[int, int]  # 1-based (line, column)


class _Invalid:
    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()  # a value that failed validation (already reported)


class TooComplex(Exception):
    """Raised inside validation when alias expansion passes the file's budget."""

    def __init__(self, node: Node) -> None:
        super().__init__("alias expansion")
        self.node = node


#: Codes the validator reports as warnings (their rule's default severity); the rest are errors.
VALIDATOR_WARNINGS = frozenset({"JP022"})


class Validator:
    """Validation state for one file: the findings so far and the alias-expansion budget
    (node visits may not pass 4 x the file's length + 100,000, which no plan without
    alias bombs comes near)."""

    def __init__(self, pf: PlanFile) -> None:
        self.file = pf.rel
        self.findings: list[Finding] = []
        self.visits = 0
        self.budget = 4 * len(pf.text) + 100_000
        self._bad_tags: set[int] = set()
        # Without aliases no node is visited twice, and a file has fewer nodes than
        # characters, so the budget cannot run out: the fast paths skip counting then.
        self.counting = not pf.text or "*" in pf.text

    def pos(self, node: Node) -> Pos:
        mark = node.start_mark
        return (mark.line + 1, mark.column + 1)

    def report(
        self, code: str, node: Node | Pos | None, key: str | None = None, **args: Any
    ) -> None:
        if isinstance(node, Node):
            loc = Location(self.file, *self.pos(node))
        elif node is not None:
            loc = Location(self.file, *node)
        else:
            loc = Location(self.file)
        severity = "warning" if code in VALIDATOR_WARNINGS else "error"
        self.findings.append(
            Finding(code, severity, None, loc, key or code, args, subject=args.get("subject"))
        )

    def tag_ok(self, node: Node) -> bool:
        """True when NODE has no tag or a core one; otherwise report JP013 (once per node,
        however often an alias repeats it) and return False: the node is never used."""
        if is_core_tag(node.tag):
            return True
        if id(node) not in self._bad_tags:
            self._bad_tags.add(id(node))
            self.report("JP013", node, tag=node.tag)
        return False

    def visit(self, node: Node) -> None:
        self.visits += 1
        if self.visits > self.budget:
            raise TooComplex(node)


def node_kind(node: Node) -> str:
    """What a node is, for messages: mapping, list, text, integer, number, true/false, null."""
    if isinstance(node, MappingNode):
        return "mapping"
    if isinstance(node, SequenceNode):
        return "list"
    return {STR: "text", INT: "integer", FLOAT: "number", BOOL: "true/false", NULL: "null"}[
        resolve_scalar(node)
    ]


# The plain scalars that the core schema resolves to null, and to true/false (exactly what
# loader.resolve_scalar matches); every other plain scalar is text or a number, which Text,
# Ref and Id take as written. The fast paths use these sets.
NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
BOOL_WORDS = frozenset({"true", "True", "TRUE", "false", "False", "FALSE"})
NOT_AS_WRITTEN = NULL_WORDS | BOOL_WORDS


def mapping_pairs(node: MappingNode, v: Validator):
    """Yield (key node, value node) of a mapping, with ``<<`` merge keys applied (explicit
    keys win), duplicate keys (JP002), non-text keys (JP004) and non-core tags on keys,
    values and merge sources (JP013) reported and skipped.

    :meth:`~journeyplan.plan.declare.Obj.convert` skips this generator for a mapping that :meth:`~journeyplan.plan.declare.Obj._passes_as_is`
    proves it would pass through unchanged: keep the two in step (the fast and the full
    paths are compared in tests/test_perf_equivalence.py)."""
    seen: dict[str, Node] = {}
    merged: list[tuple[ScalarNode, Node]] = []
    for key, value in node.value:
        v.visit(key)
        if not v.tag_ok(key):
            continue
        if not isinstance(key, ScalarNode) or resolve_scalar(key) == NULL:
            v.report("JP004", key, "JP004.key", got=node_kind(key))
            continue
        name = key.value
        if name == "<<" and key.tag == PLAIN:
            if not v.tag_ok(value):
                continue
            sources = value.value if isinstance(value, SequenceNode) else [value]
            for src in sources:
                if isinstance(src, MappingNode):  # merged pairs count against alias bombs
                    v.visits += len(src.value)
                v.visit(src)
                if not v.tag_ok(src):
                    continue
                if isinstance(src, MappingNode):
                    merged.extend(pair for pair in src.value if isinstance(pair[0], ScalarNode))
                else:
                    v.report("JP004", src, expected="a mapping to merge", got=node_kind(src))
            continue
        if name in seen:
            first = seen[name].start_mark
            v.report("JP002", key, key_name=name, first_line=first.line + 1)
            continue
        seen[name] = key
        if not v.tag_ok(value):
            continue
        yield key, value
    for key, value in merged:
        if key.value not in seen and v.tag_ok(key):
            seen[key.value] = key
            if v.tag_ok(value):
                yield key, value


def written(node: MappingNode, key: str) -> bool:
    """Whether KEY is written in NODE with a value other than null (a null is the same as
    leaving the key out). Only asked when a required key gave no value, so it is cheap."""
    for k, value in node.value:
        if isinstance(k, ScalarNode) and k.value == key:
            return not (
                isinstance(value, ScalarNode)
                and value.tag == PLAIN
                and resolve_scalar(value) == NULL
            )
    return False
