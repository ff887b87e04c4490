"""Validation state for one plan file, and the walk over a mapping's pairs.

:class:`Validator` collects one file's located findings and guards the alias-expansion
budget (JP014); :func:`mapping_pairs` yields a mapping's (key, value) nodes with merge keys applied
and JP002 duplicate keys, JP004 non-text keys and JP013 unsupported tags reported. The
field types (:mod:`journeyplan.plan.fields`) and the mapping validator
(:class:`journeyplan.plan.declare.Obj`) build on both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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

#: What may stand between the end of a key (or of the item before, or the start of a list
#: with its anchor and tag) and an alias: blanks, line breaks, indicators, properties and
#: comments; then the alias itself, ``*name``.
_ALIAS = re.compile(r"(?:[\s,:?\-\[{]|[&!][^\s,\[\]{}]*|#[^\n\r]*(?=[\n\r]|\Z))*(\*[^\s,\[\]{}]+)")
_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
#: An alias found by :meth:`Validator.alias_at`: ((0-based line, column, index) just past
#: it, 1-based (line, column) where it starts).
Mark = tuple[tuple[int, int, int], Pos]


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
        self.text = pf.text
        self.findings: list[Finding] = []
        self.visits = 0
        self.budget = 4 * len(pf.text) + 100_000
        self._bad_tags: set[int] = set()
        # Without aliases no node is visited twice, and a file has fewer nodes than
        # characters, so the budget cannot run out: the fast paths skip counting then.
        self.counting = not pf.text or "*" in pf.text
        #: (node, position of the alias it is reached through) while that node is
        #: converted: a finding on it points at the alias (only when counting).
        self.use: tuple[Node, Mark] | None = None
        self._said: set[tuple] = set()  # findings made on a node (only when counting)

    def pos(self, node: Node) -> Pos:
        mark = node.start_mark
        return (mark.line + 1, mark.column + 1)

    def report(
        self, code: str, node: Node | Pos | None, key: str | None = None, **args: Any
    ) -> None:
        """Add finding CODE (message KEY, default CODE; ARGS) at NODE (or a position).

        A node reached through aliases is one problem however often it is reached (an
        alias bomb's list where a text belongs, a merged mapping's unknown key): the same
        finding on the same node is made once per file. It points at the alias the node
        was first reached through when it stands in the text as an alias (``*h``), else
        where the node is written."""
        if isinstance(node, Node):
            if self.counting:
                said = (code, key, id(node), repr(sorted(args.items())))
                if said in self._said:
                    return
                self._said.add(said)
                use = self.use
                if use is not None and use[0] is node:
                    loc = Location(self.file, *use[1][1])
                else:
                    loc = Location(self.file, *self.pos(node))
            else:
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

    def items(self, node: SequenceNode) -> Iterator[Node]:
        """NODE's items, with :attr:`use` set to the alias each is reached through (an
        aliased item is found after the one before it), restored at the end."""
        outer = self.use
        mark = node.start_mark
        after = (mark.line, mark.column, mark.index)
        for child in node.value:
            alias = self.alias_at(child, *after)
            if alias is None:
                mark = child.end_mark
                after = (mark.line, mark.column, mark.index)
                self.use = outer
            else:
                after = alias[0]
                self.use = (child, alias)
            yield child
        self.use = outer

    def alias_at(self, node: Node, line: int, column: int, index: int) -> Mark | None:
        """Where the alias stands that NODE is reached through, when NODE is aliased here:
        the alias is the first thing after character INDEX (0-based LINE and COLUMN: the
        end of the key, or of the item before, or the start of the list), and NODE itself
        was written before INDEX. ``None`` when NODE is written here, or when no alias
        follows (then a finding uses NODE's own place). Returns the alias's 0-based
        ``(line, column, index)`` of its end and its 1-based position: see :data:`Mark`."""
        if node.start_mark.index >= index:
            return None
        found = _ALIAS.match(self.text, index)
        if found is None:
            return None
        start = found.start(1)
        breaks = list(_BREAKS.finditer(self.text, index, start))
        if breaks:
            line += len(breaks)
            column = start - breaks[-1].end()
        else:
            column += start - index
        end = found.end()
        return (line, column + end - start, end), (line + 1, column + 1)


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
    outer = v.use  # restored at the end: a finding on NODE itself keeps its alias
    for key, value in node.value:
        if v.counting:
            end = key.end_mark
            alias = v.alias_at(value, end.line, end.column, end.index)
            v.use = outer if alias is None else (value, alias)
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
            v.report(
                "JP002", key, key_name=name, first=f"{v.file}:{first.line + 1}:{first.column + 1}"
            )
            continue
        seen[name] = key
        if not v.tag_ok(value):
            continue
        yield key, value
    for key, value in merged:
        if key.value not in seen and v.tag_ok(key):
            seen[key.value] = key
            if v.counting:
                end = key.end_mark
                alias = v.alias_at(value, end.line, end.column, end.index)
                v.use = outer if alias is None else (value, alias)
            if v.tag_ok(value):
                yield key, value
    v.use = outer


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
