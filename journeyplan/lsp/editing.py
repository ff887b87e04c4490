"""Editing help: completion of ids, rename of an id across the plan, did-you-mean fixes.

- Completion: where a reference is expected (a key whose field is a reference in the format
  declaration: ``channel:``, ``stage:``, ``target_group:``, ``personas: [...]``, ``brand:``,
  ``from:``/``to:`` ...), the ids of that kind, with the element's name as detail. The place is
  read from the buffer's text, so it works while the line does not parse yet.
- Rename: the definition and every reference, in every file of the plan. Refused (an error the
  editor shows) when the new id is not an id, is reserved, or is taken by another element of
  that kind, and when a file of the plan could not be read (its references are unknown).
- Code actions: a quick fix for each finding that carries a did-you-mean (``args["suggestion"]``:
  an unknown key, a dangling reference, a value not allowed, an unknown rule code), replacing
  the word the finding is about with the suggestion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journeyplan.i18n import render_message
from journeyplan.lsp.diagnostics import Placed
from journeyplan.lsp.index import Occurrence, PlanIndex, reference_keys
from journeyplan.lsp.text import LineIndex
from journeyplan.plan.fields import ID_PATTERN
from journeyplan.plan.model import RESERVED_PERSONA_IDS

_ID = re.compile(ID_PATTERN)
_ID_CHARS = re.compile(r"[a-z0-9_-]*")
#: ``key: value``, ``key: [a, b, partial`` or ``{..., key: partial`` up to the cursor.
_INLINE = re.compile(
    r"(?:^|[\s{,])(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*:(?:\s*\[(?:[^\[\]{}:#]*,)?\s*|\s+)"
    r"[\"']?(?P<partial>[a-z0-9_-]*)$"
)
_ITEM = re.compile(r"^(?P<indent>\s*)-\s+[\"']?(?P<partial>[a-z0-9_-]*)$")
_KEY_LINE = re.compile(r"^(?P<indent>\s*)(?:-\s+)?(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?:#.*)?$")
_SECTION = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*:")
_REFERENCE_KEYS: dict[str, dict[str, str]] = {}


def _keys() -> dict[str, dict[str, str]]:
    if not _REFERENCE_KEYS:
        _REFERENCE_KEYS.update(reference_keys())
    return _REFERENCE_KEYS


@dataclass(frozen=True)
class Expected:
    """A reference expected at the cursor: its KIND and the offsets START..END of the id
    being typed (replaced by the completion)."""

    kind: str
    start: int
    end: int


def expected_reference(index: LineIndex, offset: int) -> Expected | None:
    """What kind of id belongs at OFFSET of the text, or ``None`` where no reference goes."""
    text = index.text
    line_no = index.yaml_position(offset)[0] - 1
    line_start = index.yaml_starts[line_no]
    prefix = text[line_start:offset]
    end = offset + _ID_CHARS.match(text, offset).end() - offset
    key = partial = None
    mt = _INLINE.search(prefix)
    if mt is not None:
        key, partial = mt.group("key"), mt.group("partial")
        if mt.start("key") == 0:
            return None  # a section (`personas: [...]` at the top level is not a reference)
    else:
        item = _ITEM.match(prefix)
        if item is None:
            return None
        partial = item.group("partial")
        dash = len(item.group("indent"))
        for i in range(line_no - 1, -1, -1):
            line = text[index.yaml_starts[i] : index.yaml_starts[i + 1]].rstrip("\r\n")
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            indent = len(line) - len(line.lstrip())
            if stripped.startswith("-") and indent == dash:
                continue  # an earlier item of the same list
            head = _KEY_LINE.match(line)
            if head is None or indent > dash:
                return None
            if len(head.group("indent")) == 0 and not line.lstrip().startswith("-"):
                return None  # the list is a section
            key = head.group("key")
            break
    if key is None:
        return None
    section = None
    for i in range(line_no, -1, -1):
        mt2 = _SECTION.match(text, index.yaml_starts[i])
        if mt2 is not None and index.yaml_starts[i] < offset:
            section = mt2.group("key")
            break
    kind = _keys().get(section or "", {}).get(key)
    if kind is None:
        return None
    return Expected(kind, offset - len(partial or ""), end)


# --------------------------------------------------------------------------- rename
class RenameRefused(Exception):
    """The rename cannot be done; the message says why (in the plan's language)."""


def refusal(key: str, lang: str, **args: str) -> str:
    """Why a rename is refused (message ``lsp.rename.KEY``), in LANG."""
    return render_message(f"lsp.rename.{key}", args, lang)


def rename_edits(
    index: PlanIndex,
    occ: Occurrence,
    new: str,
    texts: dict[str, str],
    unread: list[str],
    lang: str = "en",
) -> dict[str, list[tuple[int, int, str]]]:
    """``{file: [(start, end, new text)]}`` renaming OCC's element to NEW everywhere.
    TEXTS are the checked texts by file. Raises :class:`RenameRefused`."""
    if unread:
        raise RenameRefused(refusal("unread", lang, files=", ".join(unread)))
    if new == occ.id:
        return {}
    if not _ID.match(new):
        raise RenameRefused(refusal("invalid", lang, new=new, pattern=ID_PATTERN))
    if occ.kind == "persona" and new in RESERVED_PERSONA_IDS:
        raise RenameRefused(refusal("reserved", lang, new=new))
    other = index.elements.get(occ.kind, {}).get(new)
    if other is not None:
        where = other.loc("id")
        raise RenameRefused(
            refusal("taken", lang, kind=occ.kind, new=new, place=f"{where.file}:{where.line}")
        )
    out: dict[str, list[tuple[int, int, str]]] = {}
    for o in index.all_of(occ.kind, occ.id):
        text = texts.get(o.rel, "")
        quoted = o.start > 0 and text[o.start - 1 : o.start] in "\"'" and text[o.start - 1]
        value = new
        if not quoted and new in ("true", "false", "null"):
            value = f'"{new}"'  # plain, these would be a boolean or null
        out.setdefault(o.rel, []).append((o.start, o.end, value))
    return out


# --------------------------------------------------------------------------- quick fixes
_WORD_ARGS = ("key_name", "id", "value", "code")


def did_you_mean_fix(placed: Placed, index: LineIndex) -> tuple[int, int, str] | None:
    """``(start, end, suggestion)`` replacing the word a did-you-mean finding is about,
    or ``None`` when it has no suggestion or the word is not written where it points."""
    suggestion = placed.finding.args.get("suggestion")
    if not suggestion or placed.end <= placed.start:
        return None
    start, end, value = index.token(placed.start)
    words = {str(placed.finding.args.get(a, "")).lower() for a in _WORD_ARGS}
    if value.lower() not in words:
        return None
    if end - start != len(value):  # quoted: keep the quotes
        start += 1
        end = start + len(value)
    return start, end, str(suggestion)
