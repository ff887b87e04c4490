"""The overview's emotion bands (render/experience.py ``bands``) are built in one pass over
the touchpoints; held here against the definition: for each persona, each lane's
touchpoints that are in the persona's journey, in lane order."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from journeyplan.render.experience import band, bands

ids = st.sampled_from([f"t{k}" for k in range(12)])
nodes = st.builds(
    SimpleNamespace,
    id=ids,
    name=st.just("n"),
    experience=st.sampled_from([None, -2, -1, 0, 1, 2]),
)
lanes = st.lists(st.lists(nodes, max_size=8), max_size=5).map(
    lambda ls: [SimpleNamespace(id=f"lane{i}", nodes=ns) for i, ns in enumerate(ls)]
)
journeys = st.lists(st.sets(st.one_of(ids, st.just("elsewhere"))), max_size=6).map(
    lambda js: [(f"persona {i}", j) for i, j in enumerate(js)]
)


def defined(lanes, caption, per_persona):
    groups = [(caption, None)] if per_persona is None else per_persona
    out = []
    for i, (title, journey) in enumerate(groups):
        items = [
            (
                lane.id,
                [
                    (n.id, n.name, n.experience)
                    for n in lane.nodes
                    if journey is None or n.id in journey
                ],
            )
            for lane in lanes
        ]
        one = band(f"x{i}", title, items)
        if one is not None:
            out.append(one)
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(lanes=lanes, per_persona=journeys)
def test_bands_are_the_definition(lanes, per_persona):
    assert bands(lanes, "Experience", per_persona) == defined(lanes, "Experience", per_persona)
    assert bands(lanes, "Experience") == defined(lanes, "Experience", None)
