"""Inline suppressions: ``# journeyplan: ignore[CODE, ...]`` comments in plan files.

- At the end of a line, the comment silences those codes on that line.
- Alone on a line, it silences them on the next line that holds YAML (blank lines and
  comment-only lines in between are skipped).
- Text after the closing ``]`` is free (a reason: ``ignore[JP405] phone is deliberate``).
- A suppression code that silences nothing is reported (JP017, a warning with no question),
  at the code's own column; so is a comment that starts with ``journeyplan:`` but is not a
  well-formed suppression (``JP017.malformed``). An unknown code in a suppression is JP018
  (``JP018.suppression``, with a did-you-mean).

Comments are found by PyYAML's own scanner, so a ``#`` inside a quoted or block scalar is
never taken for a comment; and only files whose text contains ``# journeyplan:`` are scanned.
Files that could not be read (YAML syntax error, too large, unreadable) are not scanned:
their findings are not complete, so "silences nothing" could not be told.

Suppressions apply to the findings of the rules and of the structure checks *before*
``plan.checks`` and ``--select``/``--ignore`` (:mod:`journeyplan.check.selection`), so whether a
suppression is used does not depend on the configuration; JP017 and JP018 findings made
here can themselves be configured (``checks: {JP017: off}``).
"""

from __future__ import annotations

import re

import yaml
from yaml.reader import Reader
from yaml.scanner import Scanner

from journeyplan.check.selection import ALWAYS_ON
from journeyplan.findings import Finding, Location
from journeyplan.record import record
from journeyplan.rules import REGISTRY
from journeyplan.source.compose import PlanFile
from journeyplan.suggest import did_you_mean

MARKER = "journeyplan:"

_DIRECTIVE = re.compile(r"#[ \t]*journeyplan:")
_IGNORE = re.compile(r"[ \t]*ignore\[([^\]\r\n]*)\]")
_BREAKS = "\0\r\n\x85\u2028\u2029"


@record
class Comment:
    """A YAML comment: 1-based ``line`` and ``column`` of its ``#``, its ``text`` (from
    ``#`` to the end of the line) and whether it stands ``alone`` on its line."""

    line: int
    column: int
    text: str
    alone: bool


@record
class Suppression:
    """One code of one suppression comment: the ``file``, the comment's ``line``, the
    ``column`` of the code inside the comment, the ``code`` and the ``target`` line it
    silences (``None`` when a standalone comment has no YAML line after it)."""

    file: str
    line: int
    column: int
    code: str
    target: int | None


class _CommentScanner(Reader, Scanner):
    """PyYAML's pure-Python scanner, recording every comment it skips."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        self.comments: list[Comment] = []

    def _skip_comment(self) -> None:
        mark = self.get_mark()
        start = self.pointer
        while self.peek() not in _BREAKS:
            self.forward()
        line_start = max(self.buffer.rfind(c, 0, start) for c in "\r\n\x85\u2028\u2029") + 1
        alone = not self.buffer[line_start:start].strip(" \t\ufeff")
        self.comments.append(
            Comment(mark.line + 1, mark.column + 1, self.buffer[start : self.pointer], alone)
        )

    # The two places where PyYAML skips comments (plus directive lines, which a plan
    # never has); both are copied from yaml.scanner.Scanner with the skip recorded.
    def scan_to_next_token(self) -> None:
        if self.index == 0 and self.peek() == "\ufeff":
            self.forward()
        found = False
        while not found:
            while self.peek() == " ":
                self.forward()
            if self.peek() == "#":
                self._skip_comment()
            if self.scan_line_break():
                if not self.flow_level:
                    self.allow_simple_key = True
            else:
                found = True

    def scan_block_scalar_ignored_line(self, start_mark) -> None:
        while self.peek() == " ":
            self.forward()
        if self.peek() == "#":
            self._skip_comment()
        Scanner.scan_block_scalar_ignored_line(self, start_mark)


def scan_comments(text: str) -> list[Comment]:
    """Every comment of a YAML text, in order, as PyYAML's scanner sees them (a ``#``
    inside a quoted or block scalar is not a comment). Scanning stops quietly at a syntax
    error; the comments before it are returned."""
    try:
        scanner = _CommentScanner(text)
    except yaml.YAMLError:  # a character YAML does not allow; the loader reports it
        return []
    try:
        while not scanner.check_token(yaml.StreamEndToken):
            scanner.get_token()
    except yaml.YAMLError:
        pass
    return scanner.comments


def _content_lines(text: str, comments: list[Comment]) -> list[bool]:
    """Per 1-based line number: does the line hold YAML (not blank, not only a comment)?
    Index 0 is unused."""
    lines = re.split(r"\r\n|[\r\n\x85\u2028\u2029]", text)
    alone = {c.line for c in comments if c.alone}
    return [False] + [bool(s.strip(" \t\ufeff")) and i not in alone for i, s in enumerate(lines, 1)]


def parse_file(pf: PlanFile) -> tuple[list[Suppression], list[Finding]]:
    """The suppressions of one plan file, and the findings about malformed ones (JP017)
    and unknown codes (JP018). A file without ``# journeyplan:`` (a ``#``, blanks, the
    marker) cannot hold one and costs a substring test and a regular-expression search; only
    the others are scanned for comments (PyYAML's pure-Python scanner, the slow part)."""
    if MARKER not in pf.text or _DIRECTIVE.search(pf.text) is None:
        return [], []
    every = scan_comments(pf.text)
    comments = [c for c in every if MARKER in c.text]
    if not comments:
        return [], []
    content = _content_lines(pf.text, every)
    out: list[Suppression] = []
    problems: list[Finding] = []
    for c in comments:
        mt = _DIRECTIVE.search(c.text)
        if mt is None:
            continue  # 'journeyplan:' in prose, not after a '#'
        at = mt.start()
        ig = _IGNORE.match(c.text, mt.end())
        codes: list[tuple[str, int]] = []
        if ig is not None:
            offset = ig.start(1)
            for part in ig.group(1).split(","):
                code = part.strip()
                if code:
                    codes.append((code.upper(), c.column + offset + part.index(code)))
                offset += len(part) + 1
        if not codes:
            problems.append(
                Finding(
                    "JP017",
                    REGISTRY["JP017"].severity,
                    None,
                    Location(pf.rel, c.line, c.column + at),
                    "JP017.malformed",
                    {"comment": c.text[at:].strip()},
                )
            )
            continue
        if c.alone:
            target = next((n for n in range(c.line + 1, len(content)) if content[n]), None)
        else:
            target = c.line
        seen: set[str] = set()
        for code, column in codes:
            if code in seen:
                continue
            seen.add(code)
            if code not in REGISTRY:
                problems.append(
                    Finding(
                        "JP018",
                        REGISTRY["JP018"].severity,
                        None,
                        Location(pf.rel, c.line, column),
                        "JP018.suppression",
                        {"code": code, "suggestion": did_you_mean(code, REGISTRY)},
                        subject=code,
                    )
                )
                continue
            out.append(Suppression(pf.rel, c.line, column, code, target))
    return out, problems


def _needs_the_rules(code: str) -> bool:
    """CODE is only reported when the checklist runs (a rule of a question, or JP007)."""
    rule = REGISTRY.get(code)
    return code == "JP007" or (rule is not None and rule.question is not None)


def apply_suppressions(
    files: list[PlanFile], findings: list[Finding], rules_ran: bool = True
) -> list[Finding]:
    """FINDINGS without those silenced by suppression comments, plus the findings about
    the suppressions themselves (JP017 unused or malformed, JP018 unknown code). When the
    checklist rules did not run (RULES_RAN false: a file could not be read), a suppression
    of a checklist rule or of a dangling reference could not silence anything, so it is
    not reported as unused.

    This is the one place suppressions are applied (:func:`journeyplan.check.pipeline.check_plan`
    calls it). A finding is silenced when a suppression of its code targets its file and
    line; findings without a line, and codes that mean a file was not read, never are."""
    suppressions: list[Suppression] = []
    extra: list[Finding] = []
    unread = {f.location.file for f in findings if f.code in ALWAYS_ON and f.location is not None}
    for pf in files:
        if pf.rel in unread:
            continue
        s, problems = parse_file(pf)
        suppressions.extend(s)
        extra.extend(problems)
    if not suppressions:
        return findings + extra
    by_place: dict[tuple[str, int, str], list[Suppression]] = {}
    for s in suppressions:
        if s.target is not None:
            by_place.setdefault((s.file, s.target, s.code), []).append(s)
    used: set[Suppression] = set()
    kept: list[Finding] = []
    for f in findings:
        loc = f.location
        hit = None
        if loc is not None and loc.line is not None and f.code not in ALWAYS_ON:
            hit = by_place.get((loc.file, loc.line, f.code))
        if hit:
            used.update(hit)
        else:
            kept.append(f)
    for s in suppressions:
        if s not in used and (rules_ran or not _needs_the_rules(s.code)):
            extra.append(
                Finding(
                    "JP017",
                    REGISTRY["JP017"].severity,
                    None,
                    Location(s.file, s.line, s.column),
                    "JP017",
                    {"code": s.code},
                    subject=s.code,
                )
            )
    return kept + extra
