"""Where each part of a plan element is written, packed into one ``bytes`` per element.

Every element remembers the 1-based ``(line, column)`` of its own mapping, of each field's
value and of each item of a list or mapping field, so that any finding can point at its
place. Held as dicts of tuples, those positions were about half of ``check``'s memory on a
large plan (docs/performance.md); packed, a touchpoint's positions take about a tenth.

An element holds two values:

- a **shape**, shared by every element written with the same fields (interned): a flat
  tuple naming, in order, the fields whose positions are stored; a field name followed by
  an ``int`` N stores the value's position and then its N items' (a list's items, or a
  mapping's keys);
- the **data**: the 0-based line and column of the element itself, then of each entry of
  the shape, as unsigned 16-bit numbers when all fit (``array`` code ``H``), else 32-bit
  (``I``: a plan file is at most 16 MiB, so every number fits). The width follows from
  the data's length and the shape.

:func:`pack` and :func:`unpack` convert; the validator builds the shape and numbers itself
(:class:`journeyplan.plan.declare.Obj`, the hot path) and calls :func:`packed`. Read access
is through :class:`journeyplan.plan.model.Element` (``pos``, ``at``, ``items_at``, ``loc``).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, MutableMapping

from journeyplan.findings import Location

Pos = tuple[int, int]  # 1-based (line, column)

#: The shape of an element that stores no position (made in code, not read from a file).
NO_SHAPE: tuple = ()
_SHAPES: dict[tuple, tuple] = {}
_LAYOUTS: dict[tuple, tuple[dict[str, tuple[int, int]], int]] = {}


def packed(shape: list, numbers: list[int]) -> tuple[tuple, bytes]:
    """The interned shape and the data for SHAPE (field names, each optionally followed
    by an item count) and NUMBERS (0-based line, column pairs: the element's own first)."""
    key = tuple(shape)
    interned = _SHAPES.get(key)
    if interned is None:
        interned = _SHAPES.setdefault(key, key)
    try:
        return interned, array("H", numbers).tobytes()
    except OverflowError:  # a line or column past 65,535
        return interned, array("I", numbers).tobytes()


def _layout(shape: tuple) -> tuple[dict[str, tuple[int, int]], int]:
    """For SHAPE: field name -> (index of its value's position, number of items, -1 for a
    field without items), and the number of positions stored."""
    found = _LAYOUTS.get(shape)
    if found is None:
        layout = {}
        index = 1  # position 0 is the element's own
        for i, entry in enumerate(shape):
            if entry.__class__ is int:
                continue
            n = shape[i + 1] if i + 1 < len(shape) and shape[i + 1].__class__ is int else -1
            layout[entry] = (index, n)
            index += 1 + max(n, 0)
        found = _LAYOUTS[shape] = (layout, index)
    return found


def fields_of(shape: tuple) -> dict[str, tuple[int, int]]:
    """Field name -> (index of its value's position, item count or -1) stored in SHAPE."""
    return _layout(shape)[0]


def _numbers(shape: tuple, data: bytes):
    count = _layout(shape)[1]
    return memoryview(data).cast("H" if len(data) == 4 * count else "I")


def position(shape: tuple, data: bytes, name: str | None = None, index: int = -1) -> Pos | None:
    """The 1-based position stored for the element (NAME ``None``), for field NAME's value
    (INDEX -1) or for item INDEX of it; ``None`` when not stored."""
    if not data:
        return None
    if name is None:
        at = 0
    else:
        found = _layout(shape)[0].get(name)
        if found is None:
            return None
        at, n = found
        if index >= 0:
            if index >= n:
                return None
            at += 1 + index
    numbers = _numbers(shape, data)
    return numbers[2 * at] + 1, numbers[2 * at + 1] + 1


def unpack(shape: tuple, data: bytes) -> tuple[Pos | None, dict[str, Pos], dict[str, list[Pos]]]:
    """(element position, field -> value position, field -> item positions) of SHAPE and
    DATA, 1-based; the element position is ``None`` when nothing is stored."""
    if not data:
        return None, {}, {}
    numbers = _numbers(shape, data)
    pairs = [(numbers[i] + 1, numbers[i + 1] + 1) for i in range(0, len(numbers), 2)]
    at: dict[str, Pos] = {}
    items: dict[str, list[Pos]] = {}
    for name, (i, n) in _layout(shape)[0].items():
        at[name] = pairs[i]
        if n >= 0:
            items[name] = pairs[i + 1 : i + 1 + n]
    return pairs[0], at, items


def pack(
    pos: Pos | None, at: dict[str, Pos], items_at: dict[str, list[Pos]]
) -> tuple[tuple, bytes]:
    """The shape and data of an element at POS (1-based; ``None`` with AT and ITEMS_AT
    empty: nothing stored) with field value positions AT and item positions ITEMS_AT. A
    field with items but no value position gets its first item's (or the element's)."""
    if pos is None and not at and not items_at:
        return NO_SHAPE, b""
    pos = pos or (1, 1)
    shape: list = []
    numbers = [pos[0] - 1, pos[1] - 1]
    for name in [*at, *(n for n in items_at if n not in at)]:
        items = items_at.get(name)
        value = at.get(name) or (items[0] if items else pos)
        shape.append(name)
        numbers += (value[0] - 1, value[1] - 1)
        if items is not None:
            shape.append(len(items))
            for line, column in items:
                numbers += (line - 1, column - 1)
    return packed(shape, numbers)


class _View(MutableMapping):
    """A mapping view of one element's stored positions; writing repacks them."""

    __slots__ = ("_element",)

    def __init__(self, element) -> None:
        self._element = element

    def _parts(self):
        e = self._element
        return unpack(e._shape, e._at)

    def _store(self, pos, at, items) -> None:
        e = self._element
        e._shape, e._at = pack(pos, at, items)

    def __repr__(self) -> str:
        return repr(dict(self))


class FieldPositions(_View):
    """Field name -> 1-based (line, column) of its value (:attr:`Element.at`)."""

    __slots__ = ()

    def __getitem__(self, name: str) -> Pos:
        e = self._element
        found = position(e._shape, e._at, name)
        if found is None:
            raise KeyError(name)
        return found

    def __contains__(self, name: object) -> bool:
        return name in _layout(self._element._shape)[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self._parts()[1])

    def __len__(self) -> int:
        return len(self._parts()[1])

    def __setitem__(self, name: str, value: Pos) -> None:
        pos, at, items = self._parts()
        at[name] = value
        self._store(pos, at, items)

    def __delitem__(self, name: str) -> None:
        pos, at, items = self._parts()
        del at[name]
        items.pop(name, None)
        self._store(pos, at, items)


class ItemPositions(_View):
    """List field name -> the 1-based positions of its items, aligned with the list (for
    a mapping field: of its keys, in order) (:attr:`Element.items_at`)."""

    __slots__ = ()

    def __getitem__(self, name: str) -> list[Pos]:
        items = self._parts()[2]
        return items[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._parts()[2])

    def __len__(self) -> int:
        return len(self._parts()[2])

    def __setitem__(self, name: str, value: list[Pos]) -> None:
        pos, at, items = self._parts()
        items[name] = list(value)
        self._store(pos, at, items)

    def __delitem__(self, name: str) -> None:
        pos, at, items = self._parts()
        del items[name]
        self._store(pos, at, items)


class Placed:
    """Where a plan element is written (the base of :class:`journeyplan.plan.model.Element`,
    whose ``file``, ``_shape`` and ``_at`` fields it reads): ``pos``, ``at``, ``items_at``
    and :meth:`loc`, from the packed positions."""

    __slots__ = ()
    file: str
    _shape: tuple
    _at: bytes

    @property
    def pos(self) -> Pos:
        """1-based (line, column) of the element's mapping ((1, 1) when not read from a file)."""
        return position(self._shape, self._at) or (1, 1)

    @property
    def at(self) -> FieldPositions:
        """Field name -> 1-based (line, column) of its value, as a mapping (writing repacks)."""
        return FieldPositions(self)

    @property
    def items_at(self) -> ItemPositions:
        """List field name -> 1-based positions of its items, as a mapping (writing repacks)."""
        return ItemPositions(self)

    def loc(self, name: str | None = None, index: int | None = None) -> Location:
        """Location of one item of a list field, else of the field's value, else of the
        element itself (when the field is absent)."""
        shape, data = self._shape, self._at
        p = position(shape, data, name, index) if name is not None and index is not None else None
        p = p or (position(shape, data, name) if name is not None else None)
        return Location(self.file, *(p or position(shape, data) or (1, 1)))
