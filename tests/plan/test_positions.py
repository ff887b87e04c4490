"""Packed positions (journeyplan/plan/positions.py): every finding still points at the line
and column it pointed at before the positions were packed, however far down or far right
in a file the element is written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journeyplan.plan import model as m
from journeyplan.plan.positions import pack, position, unpack
from tests.common import CLEAN, check_text, problems


def _dangling(result):
    return [(f.code, f.subject, f.location.line, f.location.column) for f in result.findings]


def test_a_reference_past_line_65535_is_reported_at_its_line(tmp_path):
    """Lines past 16 bits take the wide packing: the finding is still exact."""
    row = "  - {id: far, name: Far, stage: find, channel: nope}"
    text = CLEAN.replace(
        "touchpoints:\n", "touchpoints:\n" + "# a long plan\n" * 70_000 + row + "\n"
    )
    result = check_text(tmp_path, text)
    line = text.splitlines().index(row) + 1
    assert line > 70_000
    assert ("JP007", "nope", line, row.index("nope") + 1) in _dangling(result)
    far = next(t for t in result.plan.touchpoints if t.id == "far")
    assert far.pos == (line, 5)
    assert (far.loc("stage").line, far.loc("stage").column) == (line, row.index("find") + 1)


def test_a_reference_past_column_65535_is_reported_at_its_column(tmp_path):
    name = "x" * 70_000
    row = f"  - {{id: wide, name: {name}, stage: find, channel: nope, personas: [sam, nobody]}}"
    text = CLEAN.replace("touchpoints:\n", "touchpoints:\n" + row + "\n")
    result = check_text(tmp_path, text)
    line = text.splitlines().index(row) + 1
    found = _dangling(result)
    assert ("JP007", "nope", line, row.index("nope") + 1) in found
    assert ("JP007", "nobody", line, row.index("nobody") + 1) in found


def test_positions_of_values_and_items_are_the_ones_written(tmp_path):
    result = check_text(tmp_path, CLEAN)
    sam = result.plan.personas[0]
    n = CLEAN.splitlines().index("  - id: sam") + 1
    assert sam.pos == (n, 5)
    assert dict(sam.at) == {
        "id": (n, 9),
        "name": (n + 1, 11),
        "target_group": (n + 2, 19),
        "motivations": (n + 3, 18),
        "channels": (n + 4, 15),
    }
    assert dict(sam.items_at) == {
        "motivations": [(n + 3, 19)],
        "channels": [(n + 4, 16), (n + 4, 23)],
    }
    assert "channels" in sam.at and "description" not in sam.at
    assert sam.loc("channels", 1).column == 23
    assert sam.loc("channels", 5).column == 15  # no such item: the list itself
    assert sam.loc("description").column == 5  # not written: the persona
    assert problems(result) == []


def test_writing_through_the_views_repacks():
    t = m.Touchpoint(id="a")
    assert t.pos == (1, 1) and dict(t.at) == {} and t.loc("id").line == 1
    t.at["id"] = (3, 9)
    t.items_at["personas"] = [(4, 12), (4, 17)]
    assert t.at["id"] == (3, 9) and t.items_at["personas"] == [(4, 12), (4, 17)]
    assert t.loc("personas", 1).column == 17
    t.items_at["personas"] = [(4, 17)]
    assert t.loc("personas", 1).column == t.loc("personas").column  # one item left
    del t.at["id"]
    assert "id" not in t.at and t.loc("id") == t.loc()


_pos = st.tuples(st.integers(1, 2**24), st.integers(1, 2**24))
_names = st.sampled_from(["id", "name", "stage", "channel", "personas", "brand", "reach"])


@given(
    _pos,
    st.dictionaries(_names, _pos, max_size=5),
    st.dictionaries(_names, st.lists(_pos, max_size=4), max_size=3),
)
def test_pack_and_unpack_agree(pos, at, items_at):
    shape, data = pack(pos, at, items_at)
    got_pos, got_at, got_items = unpack(shape, data)
    assert got_pos == pos
    assert got_items == items_at
    assert {k: v for k, v in got_at.items() if k in at} == at
    for name, items in items_at.items():
        for i, p in enumerate(items):
            assert position(shape, data, name, i) == p
        assert position(shape, data, name, len(items)) is None
