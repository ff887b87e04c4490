"""Files -> YAML nodes, with positions, under YAML 1.2 core-schema semantics.

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
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from journeyplan.errors import PlanPathError
from journeyplan.findings import Finding, Location

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

#: Folder that ``journeyplan render`` writes into by default; never read back as plan.
RENDER_DIR = "journey-maps"
#: Largest plan file read, in bytes (a plan file is hand-written; 16 MiB is far beyond any).
MAX_FILE_BYTES = 16 * 1024 * 1024
#: Deepest flow/block nesting accepted (a plan needs fewer than 10 levels).
MAX_DEPTH = 200

PLAIN = "tag:journeyplan,2026:plain"  # tag of an untagged plain scalar, resolved later
STR_TAG = "tag:yaml.org,2002:str"
CORE_TAGS = frozenset(
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "map", "seq")
)
YAML_SUFFIXES = (".yaml", ".yml")


class _PlanLoader(_Parser, BaseResolver):
    """Composes nodes only. Untagged plain scalars get :data:`PLAIN`; quoted ones ``str``."""

    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        BaseResolver.__init__(self)

    def resolve(self, kind, value, implicit):  # noqa: D401 - PyYAML hook
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


# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution)
_NULL = re.compile(r"(?:~|null|Null|NULL|)\Z")
_BOOL = re.compile(r"(?:true|True|TRUE|false|False|FALSE)\Z")
_INT = re.compile(r"(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\Z")
_FLOAT = re.compile(
    r"(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)"
    r"|\.(?:nan|NaN|NAN))\Z"
)

#: Scalar kinds after resolution.
NULL, BOOL, INT, FLOAT, STR = "null", "bool", "int", "float", "str"


def resolve_scalar(node: ScalarNode) -> str:
    """Kind of a scalar under the YAML 1.2 core schema: ``null|bool|int|float|str``.

    An explicit core tag wins (``!!str 12`` is a string); a non-core tag is the caller's
    business (:func:`is_core_tag`)."""
    tag = node.tag
    if tag == PLAIN:
        v = node.value
        if not v or v[0] in "~nNtTfF":
            if _NULL.match(v):
                return NULL
            if _BOOL.match(v):
                return BOOL
            return STR
        if v[0] in "0123456789+-.":
            if _INT.match(v):
                return INT
            if _FLOAT.match(v):
                return FLOAT
        return STR
    if tag == STR_TAG:
        return STR
    return tag.rsplit(":", 1)[-1] if tag in CORE_TAGS else STR


def bool_value(node: ScalarNode) -> bool:
    return node.value[0] in "tT"


def int_value(node: ScalarNode) -> int | None:
    """The integer a core-schema int scalar denotes, or ``None`` if it is absurdly long."""
    v = node.value
    if len(v) > 30:
        return None
    if v.startswith("0o"):
        return int(v[2:], 8)
    if v.startswith("0x"):
        return int(v[2:], 16)
    return int(v)


def float_value(node: ScalarNode) -> float | None:
    v = node.value
    if len(v) > 60:
        return None
    low = v.lower()
    if low.endswith(".inf"):
        return float("-inf") if v.startswith("-") else float("inf")
    if low == ".nan":
        return float("nan")
    return float(v)


def is_core_tag(tag: str) -> bool:
    return tag == PLAIN or tag in CORE_TAGS


@dataclass
class PlanFile:
    """One YAML file of a plan: its path relative to the plan directory (``/`` separated),
    its composed root node (``None`` when unreadable or empty) and its source text."""

    rel: str
    path: Path
    root: Node | None = None
    text: str = ""
    findings: list[Finding] = field(default_factory=list)


def discover(path: str | os.PathLike) -> tuple[Path, list[Path]]:
    """Find the plan files of PATH: a file, or every ``*.yaml``/``*.yml`` below a directory,
    in sorted path order, skipping hidden files and folders and the render output folder.

    Returns ``(base directory, files)``. Raises :class:`PlanPathError` when PATH is missing,
    unreadable, or holds no YAML file."""
    p = Path(path)
    try:
        if p.is_file():
            return p.parent, [p]
        if not p.exists():
            raise PlanPathError("path-missing", path=str(path))
        if not p.is_dir():
            raise PlanPathError("path-not-plan", path=str(path))
        if not os.access(p, os.R_OK | os.X_OK):
            raise PlanPathError("path-unreadable", path=str(path))
    except OSError as exc:
        raise PlanPathError("path-unreadable", path=str(path), reason=exc.strerror or str(exc))
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(p, onerror=None, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != RENDER_DIR]
        for name in filenames:
            if name.startswith(".") or not name.endswith(YAML_SUFFIXES):
                continue
            full = Path(dirpath, name)
            found.append((full.relative_to(p).as_posix(), full))
    if not found:
        raise PlanPathError("path-no-yaml", path=str(path))
    found.sort()
    return p, [f for _, f in found]


def _syntax_finding(rel: str, exc: yaml.YAMLError) -> Finding:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    col = mark.column + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    detail = f"{context}, {problem}" if context and problem else problem
    return Finding("JP001", "error", None, Location(rel, line, col), "JP001",
                   {"detail": str(detail)})


_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_COMPACT_SEQ = re.compile(r"(?:-[ \t]+){%d}" % MAX_DEPTH)
# Cheap necessary conditions, so the common case never runs the slow searches above: every
# match of _COMPACT_SEQ starts with a match of _COMPACT_HINT (which the regex engine finds by
# scanning for its literal '-'), and deleting every byte but the four brackets from the UTF-8
# bytes (where they are single bytes) gives what _NOT_BRACKET.sub gives, at C speed.
_COMPACT_HINT = re.compile(r"-[ \t][ \t-]")
_NOT_BRACKET_BYTES = bytes(b for b in range(256) if b not in b"[]{}")


def _too_deep(text: str) -> tuple[int, int] | None:
    """Position (line, column) where flow or block nesting passes MAX_DEPTH, else ``None``.

    libyaml composes recursively and crashes the interpreter on absurd nesting, so such input
    is refused before composing. The common case costs a few passes in C: keep only the
    brackets and strip matched innermost pairs, level by level; only text that is still
    nested after MAX_DEPTH levels (or has a long run of compact ``- - -`` sequences) gets the
    exact event scan that finds the position."""
    suspicious = (_COMPACT_HINT.search(text) is not None
                  and _COMPACT_SEQ.search(text) is not None)
    if not suspicious:
        brackets = text.encode("utf-8", "surrogatepass").translate(None, _NOT_BRACKET_BYTES)
        for _ in range(MAX_DEPTH):
            stripped = brackets.replace(b"[]", b"").replace(b"{}", b"")
            if stripped == brackets:
                break
            brackets = stripped
        else:
            suspicious = True
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
    unreadable (JP016), not UTF-8 (JP016), too large or too deep (JP014), syntax (JP001),
    empty (JP011, warning)."""
    pf = PlanFile(rel, path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            pf.findings.append(Finding("JP014", "error", None, Location(rel, 1, 1), "JP014.size",
                                       {"size": size, "limit": MAX_FILE_BYTES}))
            return pf
        data = path.read_bytes()
    except OSError as exc:
        pf.findings.append(Finding("JP016", "error", None, Location(rel), "JP016.read",
                                   {"reason": exc.strerror or str(exc)}))
        return pf
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        pf.findings.append(Finding("JP016", "error", None, Location(rel, line, col),
                                   "JP016.encoding", {"byte": f"0x{data[exc.start]:02x}"}))
        return pf
    pf.text = text
    deep = _too_deep(text)
    if deep is not None:
        pf.findings.append(Finding("JP014", "error", None, Location(rel, *deep), "JP014.depth",
                                   {"limit": MAX_DEPTH}))
        return pf
    try:
        loader = _PlanLoader(text)
        try:
            pf.root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        pf.findings.append(_syntax_finding(rel, exc))
        return pf
    if pf.root is None or (isinstance(pf.root, ScalarNode) and pf.root.tag == PLAIN
                           and resolve_scalar(pf.root) == NULL):
        pf.root = None
        pf.findings.append(Finding("JP011", "warning", None, Location(rel, 1, 1), "JP011", {}))
    elif not isinstance(pf.root, MappingNode):
        m = pf.root.start_mark
        kind = "list" if isinstance(pf.root, SequenceNode) else "scalar"
        pf.findings.append(Finding("JP012", "error", None, Location(rel, m.line + 1, m.column + 1),
                                   "JP012", {"kind": kind}))
        pf.root = None
    return pf


def load_files(path: str | os.PathLike) -> tuple[Path, list[PlanFile]]:
    """Discover and read all plan files of PATH. Raises :class:`PlanPathError` (exit 2)."""
    base, files = discover(path)
    return base, [read_plan_file(f, f.relative_to(base).as_posix()) for f in files]
