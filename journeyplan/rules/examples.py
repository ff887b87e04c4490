"""For every rule: a YAML snippet that triggers it and the fixed snippet (``journeyplan
explain CODE`` shows them). The snippets are data: ``journeyplan/rules/snippets/*.yaml``
(one file per question, ``structure.yaml`` for plan structure, ``forecast.yaml`` for the
forecast rules of format 1.1, ``base.yaml`` for the base plan),
read once when this module is imported (only ``rules``/``explain`` and the tests import it).

The snippets are language-neutral YAML; their comments come from the message catalogue
(``example.<CODE>.bad`` and ``example.<CODE>.fix``), so they are translated. In a snippet,
``#!`` marks where that comment goes (at the end of a line, or alone on a line); without the
marker the comment is the first line. A line ``# --- NAME.yaml`` starts a new file.

Each snippet is a part of the clean plan ``base.yaml`` (:func:`clean_plan`; the tests'
``CLEAN`` is the same text), a small plan that passes every check: stages ``find`` and
``apply``; brand elements ``fair-pay`` (qualifier), ``academy`` (winner) and ``honest``
(personality); target group ``techs``; persona ``sam``; channels ``insta`` (social) and
``whatsapp`` (messaging, 2h); touchpoints ``video`` (entry) -> ``apply`` (application) ->
``ack`` (2d) -> ``reject`` (a rejection with feedback) | ``hire`` (hire). The stage and the
touchpoint ``apply`` share an id, which is legal: they are different kinds.
:func:`example_files` embeds a snippet in it: the snippet's ``plan`` and ``employer_brand``
replace the base's, its list items replace base items with the same id (triggers: the same
from/to) and are otherwise added, and sections named in :attr:`RuleExample.replace` are
replaced whole. tests/rules/test_examples.py checks that every bad snippet triggers its rule
and every fix passes every check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from journeyplan.i18n import render_message

_SNIPPETS = Path(__file__).with_name("snippets")
_FILES = ("structure", "q1", "q2", "q3", "q4", "q5", "forecast")


def _load(name: str) -> dict:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(_SNIPPETS / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=loader)


def clean_plan() -> str:
    """The text of the clean base plan (``snippets/base.yaml``): one file that passes every
    check, the plan every rule example is a part of and the tests' ``CLEAN``."""
    return (_SNIPPETS / "base.yaml").read_text(encoding="utf-8")


#: Rules whose failing case a text snippet cannot show (JP020 needs a symbolic link, JP021
#: a plan folder around the file that is checked).
NO_EXAMPLE = frozenset({"JP020", "JP021"})

BASE_FILE = "base.yaml"
SNIPPET_FILE = "example.yaml"


@dataclass(frozen=True)
class RuleExample:
    """The failing snippet (``bad``) and the fixed one (``fix``) of rule ``code``.
    ``replace``: base sections both snippets replace whole. ``encoding``: how the bad
    snippet's files are saved (only JP016 is about encodings)."""

    code: str
    bad: str
    fix: str
    replace: tuple[str, ...] = ()
    encoding: str = "utf-8"


def _examples() -> dict[str, RuleExample]:
    out: dict[str, RuleExample] = {}
    for name in _FILES:
        for code, e in _load(name).items():
            out[code] = RuleExample(
                code, e["bad"], e["fix"], tuple(e.get("replace", ())), e.get("encoding", "utf-8")
            )
    return out


#: Rule code -> its example, in code order within each question.
EXAMPLES: dict[str, RuleExample] = _examples()

_MARK = "#!"
_FILE_MARK = re.compile(r"^# --- (\S+)$")
_SECTION = re.compile(r"^([a-z_]+):")
_ITEM = re.compile(r"^  - ")
_ID = re.compile(r"\bid:\s*([A-Za-z0-9_-]+)")
_PAIR = re.compile(r"\bfrom:\s*([A-Za-z0-9_-]+),\s*to:\s*([A-Za-z0-9_-]+)")


def snippet(code: str, which: str, lang: str = "en") -> str:
    """The ``bad`` or ``fix`` snippet of rule CODE as shown to the user, with its comment
    in LANG. Raises ``KeyError`` for a rule without an example."""
    example = EXAMPLES[code]
    text = example.bad if which == "bad" else example.fix
    note = "# " + render_message(f"example.{code}.{which}", None, lang)
    out = []
    placed = False
    for line in text.splitlines():
        if line.rstrip().endswith(_MARK) and not placed:
            head = line.rstrip()[: -len(_MARK)].rstrip()
            line = f"{head}  {note}" if head else note
            placed = True
        out.append(line)
    if not placed:
        out.insert(0, note)
    return "\n".join(out) + "\n"


def split_files(text: str) -> list[tuple[str, str]]:
    """A snippet's files: ``(name, text)`` in order; ``# --- NAME`` lines start a file,
    text before the first such line belongs to :data:`SNIPPET_FILE`."""
    files: list[tuple[str, list[str]]] = []
    for line in text.splitlines(keepends=True):
        mt = _FILE_MARK.match(line.rstrip("\n"))
        if mt:
            files.append((mt.group(1), []))
        else:
            if not files:
                files.append((SNIPPET_FILE, []))
            files[-1][1].append(line)
    return [
        (name, "".join(lines))
        for name, lines in files
        if name != SNIPPET_FILE or "".join(lines).strip()
    ]


def _sections(text: str) -> dict[str, str]:
    """Top-level section name -> its text (a regex scan, so it works on broken YAML)."""
    out: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines(keepends=True):
        mt = _SECTION.match(line)
        if mt:
            current = mt.group(1)
            out.setdefault(current, [])
        if current is not None:
            out[current].append(line)
    return {k: "".join(v) for k, v in out.items()}


#: The clean plan the snippets are part of: section name -> its text (:func:`clean_plan`).
BASE: dict[str, str] = _sections(clean_plan())


def _items(body: str) -> tuple[str, list[str]]:
    """A top-level list section's header line and its items, each item the text from its
    ``  - `` line to the next (so block-style items keep their continuation lines)."""
    lines = body.splitlines(keepends=True)
    items: list[str] = []
    for line in lines[1:]:
        if _ITEM.match(line) or not items:
            items.append(line)
        else:
            items[-1] += line
    return lines[0], items


def example_files(code: str, which: str, lang: str = "en") -> dict[str, str]:
    """The files of a plan that holds the ``bad`` or ``fix`` snippet of rule CODE in
    :data:`BASE`: file name -> text. The snippet files keep their names (default
    :data:`SNIPPET_FILE`); the rest of the base is :data:`BASE_FILE`."""
    example = EXAMPLES[code]
    files = split_files(snippet(code, which, lang))
    given: dict[str, str] = {}
    for _, text in files:
        for name, body in _sections(text).items():
            given[name] = given.get(name, "") + body
    base_parts = []
    for name, body in BASE.items():
        if name in example.replace or (name in given and name in ("plan", "employer_brand")):
            continue
        if name in given:
            ids = set(_ID.findall(given[name]))
            pairs = set(_PAIR.findall(given[name]))
            head, items = _items(body)
            kept = [
                item
                for item in items
                if not (set(_ID.findall(item)[:1]) & ids or set(_PAIR.findall(item)[:1]) & pairs)
            ]
            body = head + "".join(kept) if kept else ""
        base_parts.append(body)
    return {BASE_FILE: "".join(base_parts), **dict(files)}
