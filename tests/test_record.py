"""journeyplan.record: a record class behaves as the ``@dataclass`` it replaces."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import field

import pytest

from journeyplan.record import record


@record(slots=True)
class Point:
    file: str
    line: int | None = None
    tags: list[str] = field(default_factory=list, compare=False)
    note: str = field(default="", repr=False)


@record(frozen=False)
class Mutable:
    name: str
    items: list[int] = field(default_factory=list)


@record(eq=False, frozen=False)
class Identity:
    name: str


@dataclasses.dataclass(frozen=True, slots=True)
class PointDC:
    file: str
    line: int | None = None
    tags: list[str] = field(default_factory=list, compare=False)
    note: str = field(default="", repr=False)


def test_init_by_position_and_keyword_with_defaults_and_factories() -> None:
    a, b = Point("plan.yaml", 3), Point(file="plan.yaml")
    assert (a.file, a.line, a.tags, b.line) == ("plan.yaml", 3, [], None)
    assert a.tags is not b.tags  # a factory per instance
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Point("a", 1, [], "", "too many")  # type: ignore[call-arg]


def test_equality_hash_and_repr_are_the_dataclass_ones() -> None:
    a, b = Point("p", 1, ["x"], "n"), Point("p", 1, ["y"], "n")
    assert a == b and hash(a) == hash(b)  # tags: compare=False
    assert Point("p", 1, [], "n") != Point("p", 1, [], "m")  # repr=False is still compared
    assert Point("p", 1) != Point("p", 2)
    assert Point("p", 1) != PointDC("p", 1)  # another class is never equal
    assert repr(Point("p", 1, ["t"], "hidden")) == "Point(file='p', line=1, tags=['t'])"
    assert repr(Point("p", 1, ["t"]))[5:] == repr(PointDC("p", 1, ["t"]))[7:]
    assert len({Point("p", 1), Point("p", 1)}) == 1


def test_note_field_is_compared_like_the_dataclass() -> None:
    # compare defaults to True: the dataclass and the record agree on every pair
    pairs = [(("p", 1, [], "a"), ("p", 1, [], "b")), (("p", 1, ["x"], ""), ("p", 1, [], ""))]
    for left, right in pairs:
        assert (Point(*left) == Point(*right)) == (PointDC(*left) == PointDC(*right))


def test_frozen_refuses_assignment_and_deletion() -> None:
    p = Point("p")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.line = 2  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del p.file
    with pytest.raises((AttributeError, TypeError)):
        p.other = 1  # type: ignore[attr-defined]  # slots: no undeclared attribute


def test_mutable_and_identity_records() -> None:
    m = Mutable("a")
    m.items.append(1)
    m.name = "b"
    assert m == Mutable("b", [1])
    with pytest.raises(TypeError):
        hash(m)  # eq without frozen: unhashable, as a dataclass
    i = Identity("x")
    assert i != Identity("x") and i == i
    assert {i: 1}[i] == 1  # hashable by identity


def test_dataclasses_functions_work_on_records() -> None:
    p = Point("p", 1, ["t"], "n")
    assert [f.name for f in dataclasses.fields(p)] == ["file", "line", "tags", "note"]
    assert dataclasses.is_dataclass(p)
    assert dataclasses.asdict(p) == {"file": "p", "line": 1, "tags": ["t"], "note": "n"}
    assert dataclasses.replace(p, line=7) == Point("p", 7, ["t"], "n")


def test_copy_and_pickle_of_frozen_slotted_records() -> None:
    p = Point("p", 1, ["t"], "n")
    for q in (copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p))):
        assert q == p and q.note == "n" and q.tags == ["t"]


def test_what_a_record_does_not_support_is_refused() -> None:
    with pytest.raises(TypeError, match="__post_init__"):

        @record
        class WithPost:
            a: int

            def __post_init__(self) -> None: ...

    with pytest.raises(TypeError, match="keyword-only"):

        @record
        class KwOnly:
            a: int = field(kw_only=True)


def test_check_path_classes_are_records() -> None:
    """The value classes on ``check``'s path keep their dataclass behaviour."""
    from journeyplan.findings import Finding, Location

    loc = Location("plan.yaml", 1, 2)
    f = Finding("JP001", "error", 1, loc, "k", {"a": 1})
    g = Finding("JP001", "error", 1, loc, "k", {"a": 2})  # args: compare=False
    assert f == g and hash(f) == hash(g) and f.with_severity("warning").severity == "warning"
    assert repr(loc) == "Location(file='plan.yaml', line=1, column=2)"
