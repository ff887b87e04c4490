"""Did-you-mean suggestions that stay fast on hostile input.

:func:`did_you_mean` gives difflib's closest match (ratio >= 0.6). Plain difflib compares
the word with every choice in Python; a plan with thousands of dangling references into
tens of thousands of ids (a careless find-and-replace) then took hours, and a file with
half a million unknown keys took minutes. Here:

- choices that cannot reach the cutoff are skipped by a bound computed in C (the letters
  the two texts share, counted with :meth:`str.translate`);
- of a large set of choices only the nearest in sorted order, and in sorted order of the
  reversed texts, are compared: a typo keeps the beginning or the end of an id;
- results are remembered per set of choices, so one renamed id referenced a hundred
  thousand times costs one search.

Every did-you-mean is made here. A suggestion is a :class:`Suggestion`: the text to write,
which also remembers what was written, so the message can say when the two differ only by
an invisible or look-alike character (:func:`journeyplan.lookalike.hidden_difference`). A
caller whose choices may hold texts that are not valid where the word stands (an id
written as ``TikTok`` is an element, but no id) passes ``accept``: only choices it accepts
are suggested.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Callable
from typing import Any

CUTOFF = 0.6
#: Up to this many choices every one is compared; above, only the sorted neighbours.
FEW = 64
#: Neighbours taken on each side, in each of the two sort orders.
NEIGHBOURS = 16
_CACHE_SIZE = 8


class Suggestion(str):
    """A did-you-mean: the text to write instead (a ``str``: messages, JSON and the
    language server's quick fix use it as such), with ``written``, the text it replaces."""

    written: str

    def __new__(cls, text: str, written: str) -> Suggestion:
        self = super().__new__(cls, text)
        self.written = written
        return self

    def __reduce__(self) -> tuple:
        return (Suggestion, (str(self), self.written))

    def hidden(self) -> tuple:
        """The invisible or look-alike characters that are all that tells the written text
        from this one (``()`` when it differs otherwise), as
        :class:`journeyplan.lookalike.Hidden` values."""
        from journeyplan.lookalike import hidden_difference

        return hidden_difference(self.written, str(self))


class _Index:
    """What is kept per set of choices: the choices, their sorted forms and past answers."""

    __slots__ = ("_set", "accept", "backward", "choices", "forward", "memo", "size", "words")

    def __init__(self, choices: Any, accept: Callable[[str], Any] | None = None) -> None:
        self.choices = choices  # held, so that its id() is not reused while cached
        self.accept = accept
        self.words = [w for w in choices if isinstance(w, str) and (accept is None or accept(w))]
        self.size = len(choices)
        self._set: frozenset[str] | None = None
        self.forward: list[str] | None = None
        self.backward: list[tuple[str, str]] | None = None
        self.memo: dict[str, str] = {}

    def word_set(self) -> frozenset[str]:
        if self._set is None:
            self._set = frozenset(self.words)
        return self._set

    def candidates(self, word: str) -> list[str]:
        if len(self.words) <= FEW:
            return self.words
        if self.forward is None:
            self.forward = sorted(self.words)
            self.backward = sorted((w[::-1], w) for w in self.words)
        assert self.backward is not None
        out: list[str] = []
        i = bisect.bisect_left(self.forward, word)
        out.extend(self.forward[max(0, i - NEIGHBOURS) : i + NEIGHBOURS])
        j = bisect.bisect_left(self.backward, (word[::-1], ""))
        out.extend(w for _, w in self.backward[max(0, j - NEIGHBOURS) : j + NEIGHBOURS])
        return out


_cache: dict[tuple[int, Any], _Index] = {}


def _index(choices: Any, accept: Callable[[str], Any] | None) -> _Index:
    key = (id(choices), accept)
    index = _cache.get(key)
    if index is None or index.choices is not choices or index.size != len(choices):
        if len(_cache) >= _CACHE_SIZE:
            _cache.clear()
        index = _cache[key] = _Index(choices, accept)
    return index


def _common_start(a: str, b: str) -> int:
    """How many characters A and B share at their beginning."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def did_you_mean(
    word: str, choices: Any, accept: Callable[[str], Any] | None = None
) -> Suggestion | str:
    """The choice closest to WORD (difflib ratio >= 0.6; among equally close ones the one
    that shares the longest beginning with WORD, then the largest) as a
    :class:`Suggestion`, or ``''``.

    CHOICES is any collection of texts (a dict's keys are its choices); ACCEPT, when given,
    says which of them may be suggested (``journeyplan.plan.fields.valid_id``: never an
    invalid id). Above :data:`FEW` choices only neighbours in sorted order (of the texts
    and of their reversals) are compared, so each call costs O(log n) after the first."""
    found = _closest(word, choices, accept)
    return Suggestion(found, word) if found else found


def _closest(word: str, choices: Any, accept: Callable[[str], Any] | None) -> str:
    index = _index(choices, accept)
    known = index.memo.get(word)
    if known is not None:
        return known
    if not (word.isascii() and word.isprintable()):
        # a word that differs from a choice only by invisible or look-alike characters
        # ('ｓａｍ', 'motivations\xa0') means that choice, however far difflib finds them
        from journeyplan.lookalike import fold

        folded = fold(word)
        if folded != word and folded in index.word_set():
            if len(index.memo) < 100_000:
                index.memo[word] = folded
            return folded
    # highest ratio; on a tie the longer common beginning (a typo keeps the start: 'JP1O3'
    # is 'JP103', not 'JP513'), then like difflib the largest text
    best: tuple[float, int, str] = (CUTOFF, 0, "")
    letters = {ord(c): None for c in set(word)}
    n = len(word)
    matcher: difflib.SequenceMatcher | None = None
    for choice in index.candidates(word):
        total = n + len(choice)
        if not total:
            continue
        # the letters of CHOICE that occur in WORD at all bound the matching characters
        shared = min(n, len(choice) - len(choice.translate(letters)))
        floor = best[0]
        if 2.0 * shared / total < floor:
            continue
        if matcher is None:
            matcher = difflib.SequenceMatcher(None, "", word)
        matcher.set_seq1(choice)
        if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
            continue
        candidate = (matcher.ratio(), _common_start(word, choice), choice)
        if candidate[0] >= CUTOFF and (not best[2] or candidate > best):
            best = candidate
    result = best[2]
    if len(index.memo) < 100_000:
        index.memo[word] = result
    return result


def readable(word: str, accept: Callable[[str], Any]) -> Suggestion | str:
    """WORD as it reads, when that differs from it and ACCEPT takes it: its invisible
    characters left out, each look-alike read as the ASCII character it is drawn like
    (``readable('femıke', valid_id)`` suggests ``'femike'``, which the message explains);
    else ``''``. What an id that looks right but is not valid was meant to be."""
    if word.isascii() and word.isprintable():
        return ""
    from journeyplan.lookalike import fold

    folded = fold(word)
    return Suggestion(folded, word) if folded != word and accept(folded) else ""
