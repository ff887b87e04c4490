"""Bad input never crashes the check: mutated plans (text and structure) always give
findings, sorted, with known codes and real locations, the same bytes every run."""

from __future__ import annotations

import copy
import io

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeyplan.check.pipeline import check_plan
from journeyplan.findings import Finding
from journeyplan.report import REPORTERS, ReportOptions
from journeyplan.rules import REGISTRY
from tests.common import CLEAN

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
LINES = CLEAN.splitlines(keepends=True)
TOKENS = [
    "~",
    "null",
    "yes",
    "!!int ",
    "!!float ",
    "!!bool ",
    "!!map ",
    "&a ",
    "*a",
    "<<: ",
    "[",
    "]",
    "{",
    "}",
    ",",
    ": ",
    "- ",
    "? ",
    "'",
    '"',
    "\t",
    "\n",
    "  ",
    "0x1F",
    ".inf",
    "#",
    "|",
    "!foo ",
    "--- ",
    "\\",
    "\x00",
    "\ufeff",
    "é",
    "\x1b[31m",
    "overview",
]


def outputs(result) -> dict[str, str]:
    out = {}
    for name, cls in REPORTERS.items():
        stream = io.StringIO()
        cls(ReportOptions(color=False)).write(result, stream)
        out[name] = stream.getvalue()
    return out


def check_invariants(path) -> None:
    result = check_plan(path)
    assert result.findings == sorted(result.findings, key=Finding.sort_key)
    for f in result.findings:
        assert f.code in REGISTRY
        assert f.question == REGISTRY[f.code].question
        if f.location is not None:
            assert f.location.file in result.plan.files
    assert [pid for pid, _ in result.checklist] == [p.id for p in result.plan.personas]
    assert outputs(result) == outputs(check_plan(path))


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(LINES) - 1),
            st.integers(0, 100),
            st.sampled_from(TOKENS) | st.text(max_size=4),
        ),
        max_size=4,
    )
)
def test_text_mutations_never_crash(tmp_path, edits):
    lines = list(LINES)
    for index, column, token in edits:
        line = lines[index]
        lines[index] = line[:column] + token + line[column:]
    path = tmp_path / "plan.yaml"
    path.write_bytes("".join(lines).encode("utf-8", "surrogatepass"))
    check_invariants(path)


BASE = yaml.safe_load(CLEAN)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, prefix + (index,))


PATHS = list(_paths(BASE))[1:]
IDS = [
    "sam",
    "video",
    "apply",
    "ack",
    "reject",
    "hire",
    "insta",
    "whatsapp",
    "find",
    "techs",
    "academy",
    "honest",
    "fair-pay",
    "nobody",
    "overview",
]
SCALARS = st.one_of(
    st.sampled_from(IDS),
    st.integers(-5, 100),
    st.floats(),
    st.booleans(),
    st.none(),
    st.text(max_size=6),
    st.sampled_from(
        [
            "25h",
            "asap",
            "P1D",
            "application",
            "rejection",
            "exit",
            "messaging",
            "off",
            "info",
            "JP405",
            "JP999",
        ]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "goal",
                    "from",
                    "to",
                    "event",
                    "stage",
                    "channel",
                    "personas",
                    "brand",
                    "entry",
                ]
            ),
            inner,
            max_size=4,
        ),
    ),
    max_leaves=8,
)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.sampled_from(PATHS), VALUES, st.sampled_from(["set", "del"])),
        min_size=1,
        max_size=4,
    )
)
def test_structure_mutations_never_crash(tmp_path, mutations):
    doc = copy.deepcopy(BASE)
    for path, value, op in mutations:
        node = doc
        try:
            for key in path[:-1]:
                node = node[key]
            if op == "set":
                node[path[-1]] = value
            else:
                del node[path[-1]]
        except (KeyError, IndexError, TypeError):
            pass
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    check_invariants(path)
