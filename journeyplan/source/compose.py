"""Plan files -> YAML nodes, with positions, under YAML 1.2 core-schema semantics.

The loader finds the plan's files, reads them as UTF-8 and composes each into a tree of PyYAML
nodes (its C parser where available). It never constructs Python objects from tags: scalars are
resolved later, by :func:`resolve_scalar`, with the YAML 1.2 core schema, so ``no``, ``on``,
``09:30`` and ``2026-01-15`` stay strings. Problems become findings, never exceptions, except a
PATH that cannot be used at all (:class:`PlanPathError`, exit 2).
"""

from __future__ import annotations

import operator
import os
import re
from collections.abc import Iterator
from dataclasses import field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from journeyplan.errors import processing
from journeyplan.findings import Finding, Location
from journeyplan.i18n import ParserText
from journeyplan.record import record
from journeyplan.source.discover import discover
from journeyplan.source.safeio import (
    LINE_BREAK,
    InputProblem,
    decode_utf8,
    position_at,
    read_regular_file,
    split_lines,
    wide_encoding,
)
from journeyplan.source.scalars import NULL, PLAIN, STR_TAG, is_core_tag, resolve_scalar

try:  # the C parser (libyaml) when PyYAML was built with it
    from yaml._yaml import CParser as _Parser

    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream):
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)

    HAVE_LIBYAML = False

from yaml.resolver import BaseResolver

#: Largest plan file read, in bytes (a plan file is hand-written; 16 MiB is far beyond any).
MAX_FILE_BYTES = 16 * 1024 * 1024
#: Deepest flow/block nesting accepted (a plan needs fewer than 10 levels).
MAX_DEPTH = 200


class _PlanLoader(_Parser, BaseResolver):
    """Composes nodes only. Untagged plain scalars get :data:`PLAIN`; quoted ones ``str``."""

    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        BaseResolver.__init__(self)

    def resolve(self, kind, value, implicit):
        if kind is ScalarNode:
            return PLAIN if implicit[0] else STR_TAG
        if kind is SequenceNode:
            return "tag:yaml.org,2002:seq"
        return "tag:yaml.org,2002:map"

    # The composer calls these two hooks around every node, for path resolvers, which this
    # loader never uses (resolve() ignores paths): C callables that do nothing with their
    # arguments, instead of two Python calls per node (see docs/performance.md).
    descend_resolver = operator.is_  # (parent, index): result ignored
    ascend_resolver = tuple  # (): result ignored


@record(frozen=False)
class PlanFile:
    """One YAML file of a plan: its path relative to the plan directory (``/`` separated),
    its composed root node (``None`` when unreadable or empty) and its source text."""

    rel: str
    path: Path
    root: Node | None = None
    text: str = ""
    findings: list[Finding] = field(default_factory=list)


#: Severity of the findings the loader makes, by rule code (the rest are errors).
_LOADER_WARNINGS = frozenset({"JP011", "JP020"})
_CONTROL_NAMES = {0: "NUL", 7: "BEL", 8: "BS", 0x1B: "ESC", 0x7F: "DEL", 0xFEFF: "BOM"}


def _problem_finding(rel: str, problem: InputProblem) -> Finding:
    """The finding for a file that could not be read as text (:mod:`journeyplan.source.safeio`)."""
    code = problem.key.split(".", 1)[0]
    loc = Location(rel, *problem.position) if problem.position else Location(rel)
    return Finding(
        code,
        "warning" if code in _LOADER_WARNINGS else "error",
        None,
        loc,
        problem.key,
        problem.args_,
    )


def _syntax_finding(rel: str, exc: yaml.YAMLError, text: str) -> Finding:
    """JP001 at the place that explains the error: where an unclosed bracket was opened
    (wherever the parser noticed it, which the message says), where an unclosed quote was
    opened when the file ends inside it, where a forbidden control character is. Libyaml's
    own nesting limit becomes JP014, and a tab where indentation belongs says so."""
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
        encoding = wide_encoding(text) if exc.character == 0 else None
        if encoding is not None:
            return _problem_finding(rel, InputProblem("JP016.utf16", (1, 1), encoding=encoding))
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        name = _CONTROL_NAMES.get(code, "")
        index = exc.position
        if HAVE_LIBYAML:  # libyaml's reader counts bytes of UTF-8, not characters
            index = len(text.encode("utf-8")[:index].decode("utf-8", "ignore"))
        return Finding(
            "JP001",
            "error",
            None,
            Location(rel, *position_at(text, index)),
            "JP001.control",
            {"char": f"U+{code:04X}" + (f" ({name})" if name else "")},
        )
    mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    detail = ParserText(str(context) if context else None, str(problem))
    if context in _FLOW_CONTEXTS and context_mark is not None and mark is not None:
        from journeyplan.source.brackets import CLOSER, never_closed, offset_of

        start = offset_of(text, context_mark.line, context_mark.column)
        if never_closed(text, start):  # where the bracket opens, not where it is noticed
            args = {"detail": detail, "bracket": text[start], "closer": CLOSER[text[start]]}
            key = "JP001.unclosed_end"
            if offset_of(text, mark.line, mark.column) < len(text.rstrip()):
                key = "JP001.unclosed"
                args.update(line=mark.line + 1, column=mark.column + 1)
            loc = Location(rel, context_mark.line + 1, context_mark.column + 1)
            return Finding("JP001", "error", None, loc, key, args)
    if context_mark is not None and (
        mark is None
        or mark.index >= len(text)
        or str(context).startswith("while scanning a simple key")
    ):
        mark = context_mark  # the end of the file (or of a key) explains nothing; its start does
    if mark is None:
        return Finding("JP001", "error", None, Location(rel), "JP001", {"detail": detail})
    lines = split_lines(text)
    line = min(mark.line + 1, len(lines))
    col = min(mark.column + 1, len(lines[line - 1]) + 1)
    loc = Location(rel, line, col)
    if "maximum nesting depth" in str(problem):
        return Finding("JP014", "error", None, loc, "JP014.depth", {"limit": MAX_DEPTH})
    if lines[line - 1][col - 1 : col] == "\t":
        key = "JP001.tab"
    elif "mapping values are not allowed" in str(problem) and ": " in lines[line - 1]:
        sibling = _misindented_key(lines, line, col)
        if sibling is not None:  # `  name: x` then `   language: en`: the indentation is wrong
            column = len(lines[line - 1]) - len(lines[line - 1].lstrip(" ")) + 1
            args = {"detail": detail, "column": column, "line": sibling[0], "sibling": sibling[1]}
            return Finding("JP001", "error", None, loc, "JP001.indent", args)
        key = "JP001.colon"  # `name: Contract: e-bike`: the second ': ' starts a key
    else:
        key = "JP001"
    return Finding("JP001", "error", None, loc, key, {"detail": detail})


def _misindented_key(lines: list[str], line: int, col: int) -> tuple[int, int] | None:
    """``(line, column)`` of the key above LINE when the ``: `` the parser refused (at COL) is
    the first on LINE and LINE is indented unlike that key: the key's indentation is what
    to fix, not quotes. ``None`` when the refused ``: `` is a second one on its line
    (``name: Contract: e-bike``) or no key is above."""
    text = lines[line - 1]
    first = text.find(": ")
    if first == -1 and text.endswith(":"):
        first = len(text) - 1
    if first != col - 1:
        return None
    indent = len(text) - len(text.lstrip(" "))
    for above in range(line - 1, 0, -1):
        prev = lines[above - 1]
        stripped = prev.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        prev_indent = len(prev) - len(stripped)
        if stripped.startswith("- "):
            prev_indent += 2  # the key after a list item's '- '
        if prev_indent == indent or (": " not in prev and not prev.rstrip().endswith(":")):
            return None
        return above, prev_indent + 1
    return None


#: What the parser says when a flow collection does not go on as it should; its context
#: mark is the collection's opening bracket.
_FLOW_CONTEXTS = frozenset({"while parsing a flow sequence", "while parsing a flow mapping"})
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
#: A line whose indentation and compact indicators (``- - -``, ``? ``) are this long may
#: nest block collections MAX_DEPTH deep (each level takes at least one such character).
_DEEP_PREFIX = re.compile(r"\n[ \t?:-]{%d}" % (MAX_DEPTH // 2))  # a leading \n searches fast
_parser_limits_nesting: bool | None = None


def _parser_has_nesting_limit() -> bool:
    """Whether the YAML parser refuses absurd nesting itself (libyaml 0.2.6 and later stop
    at 1000 levels; older builds and the pure-Python parser do not). Probed once."""
    global _parser_limits_nesting
    if _parser_limits_nesting is None:
        _parser_limits_nesting = False
        if HAVE_LIBYAML:
            try:
                for _ in yaml.parse("[" * 1500, Loader=yaml.CSafeLoader):
                    pass
            except yaml.YAMLError as exc:
                _parser_limits_nesting = "nesting depth" in str(exc)
    return _parser_limits_nesting


def _too_deep(text: str) -> tuple[int, int] | None:
    """Position (line, column) where flow or block nesting passes MAX_DEPTH, else ``None``.

    libyaml composes recursively and crashes the interpreter on absurd nesting, so such input
    is refused before composing. The common case costs a few passes in C. Block nesting
    needs long line prefixes of indentation and compact indicators. Flow nesting is bounded
    by the number of ``[``/``{``; when there are many, strip matched innermost pairs of
    the brackets, level by level: the flow nesting is at most the levels stripped plus the
    openers left, and more than half the bound (block nesting comes on top) is suspicious. Brackets in quotes or comments can hide real nesting from that count, so
    it is trusted only when the parser has a nesting limit of its own behind it. Only
    suspicious text gets the exact event scan (the parser's events are not recursive)."""
    if text.count("\r") != text.count("\r\n") or any(c in text for c in "\x85\u2028\u2029"):
        text_lines = LINE_BREAK.sub("\n", text)  # rare: old Mac or Unicode line breaks
    else:
        text_lines = text
    suspicious = (
        _DEEP_PREFIX.search(text_lines) is not None
        or _DEEP_PREFIX.match("\n" + text_lines[:MAX_DEPTH]) is not None
    )
    if not suspicious and text.count("[") + text.count("{") > MAX_DEPTH:
        if not _parser_has_nesting_limit():
            suspicious = True
        else:
            brackets = _NOT_BRACKET.sub("", text)
            levels = 0
            while levels <= MAX_DEPTH:
                stripped = brackets.replace("[]", "").replace("{}", "")
                if stripped == brackets:
                    break
                brackets = stripped
                levels += 1
            # block nesting adds to flow nesting: anything over half the bound (block prefixes
            # over half of it are caught above) gets the exact scan
            suspicious = levels + brackets.count("[") + brackets.count("{") > MAX_DEPTH // 2
    if not suspicious:
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader if HAVE_LIBYAML else yaml.SafeLoader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    m = event.start_mark
                    return m.line + 1, m.column + 1
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return None  # composing reports the syntax error at its place
    return None


def read_plan_file(path: Path, rel: str) -> PlanFile:
    """Read and compose one plan file. Every problem is a finding on the returned PlanFile:
    unreadable, a broken link, not a regular file or not UTF-8 (JP016, saying which encoding
    it seems to be), a link to a folder (JP020, warning), too large or too deep (JP014),
    syntax (JP001), empty (JP011, warning), not a mapping (JP012), a non-core tag on the
    top level (JP013)."""
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except InputProblem as problem:
        pf = PlanFile(rel, path)
        pf.findings.append(_problem_finding(rel, problem))
        return pf
    return read_plan_bytes(rel, data, path)


def read_plan_bytes(rel: str, data: bytes, path: Path | None = None) -> PlanFile:
    """Decode and compose one plan file given as bytes (a file's content, or a blob of a git
    revision). REL is its path relative to the plan directory; PATH (default: REL) where it
    came from. Every problem is a finding on the returned PlanFile, exactly as for
    :func:`read_plan_file`, which calls this: too large (JP014), not UTF-8 (JP016), too deep
    (JP014), syntax (JP001), empty (JP011, warning), not a mapping (JP012)."""
    pf = PlanFile(rel, path if path is not None else Path(rel))
    if len(data) > MAX_FILE_BYTES:
        pf.findings.append(
            Finding(
                "JP014",
                "error",
                None,
                Location(rel, 1, 1),
                "JP014.size",
                {"size": len(data), "limit": MAX_FILE_BYTES},
            )
        )
        return pf
    try:
        text = decode_utf8(data)
    except InputProblem as problem:
        pf.findings.append(_problem_finding(rel, problem))
        return pf
    pf.text = text
    deep = _too_deep(text)
    if deep is not None:
        pf.findings.append(
            Finding(
                "JP014", "error", None, Location(rel, *deep), "JP014.depth", {"limit": MAX_DEPTH}
            )
        )
        return pf
    try:
        loader = _PlanLoader(text)
        try:
            pf.root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        pf.findings.append(_syntax_finding(rel, exc, text))
        return pf
    if pf.root is None or (
        isinstance(pf.root, ScalarNode) and pf.root.tag == PLAIN and resolve_scalar(pf.root) == NULL
    ):
        pf.root = None
        pf.findings.append(Finding("JP011", "warning", None, Location(rel, 1, 1), "JP011", {}))
    elif not is_core_tag(pf.root.tag):
        m = pf.root.start_mark
        pf.findings.append(
            Finding(
                "JP013",
                "error",
                None,
                Location(rel, m.line + 1, m.column + 1),
                "JP013",
                {"tag": pf.root.tag},
            )
        )
        pf.root = None
    elif not isinstance(pf.root, MappingNode):
        m = pf.root.start_mark
        kind = "list" if isinstance(pf.root, SequenceNode) else "scalar"
        pf.findings.append(
            Finding(
                "JP012",
                "error",
                None,
                Location(rel, m.line + 1, m.column + 1),
                "JP012",
                {"kind": kind},
            )
        )
        pf.root = None
    return pf


def read_plan_files(base: Path, paths: list[Path]) -> Iterator[PlanFile]:
    """Read and compose PATHS (found below BASE by :func:`discover`) one at a time, as the
    caller asks for them; an internal error names the file being read."""
    for p in paths:
        with processing(p):
            pf = read_plan_file(p, p.relative_to(base).as_posix())
        yield pf


def load_files(path: str | os.PathLike) -> tuple[Path, list[PlanFile]]:
    """Discover and read all plan files of PATH. Raises :class:`PlanPathError` (exit 2)."""
    base, paths = discover(path)
    return base, list(read_plan_files(base, paths))
