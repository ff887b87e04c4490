"""The checklist table written without rich (into pipes and files) is byte for byte the
table rich draws, whatever the names hold; where only rich can lay it out, rich does."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeyplan.report import ReportOptions
from journeyplan.report import text as text_report
from journeyplan.report.text import plain_table
from tests.common import CLEAN, check_text

NAMES = st.text(
    alphabet=st.sampled_from(
        list("abc XYZ-,.()'\"|[]{}*_<>&#")
        + ["é", "ß", "\xa0", "İ", "漢", "字", "😀", "\u0301", "✓", "—", "€", "\t"]
    ),
    min_size=1,
    max_size=90,
)


def _both(result) -> list[str]:
    outputs = []
    for fast in (True, False):
        text_report.PLAIN_FAST_PATH = fast
        try:
            out = io.StringIO()
            text_report.TextReporter(ReportOptions(color=False)).write(result, out)
        finally:
            text_report.PLAIN_FAST_PATH = True
        outputs.append(out.getvalue())
    return outputs


def _plan(persona: str, plan: str) -> str:
    quote = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'  # noqa: E731
    return CLEAN.replace("name: Sam\n", f"name: {quote(persona)}\n", 1).replace(
        "name: Clean plan", f"name: {quote(plan)}", 1
    )


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(persona=NAMES, plan=NAMES)
def test_plain_table_is_riches_table(tmp_path_factory, persona, plan):
    result = check_text(tmp_path_factory.mktemp("p"), _plan(persona, plan))
    fast, rich = _both(result)
    assert fast == rich


@pytest.mark.parametrize(
    ("persona", "plan"),
    [
        ("Sam", "x" * 300),  # a title wider than the table
        ("S" * 250, "Plan"),  # wider than 200 columns: rich wraps
        ("Sämi Ölçer", "Plän — 2027"),
        ("漢字 persona", "Plan"),
    ],
)
def test_edge_layouts(tmp_path, persona, plan):
    fast, rich = _both(check_text(tmp_path, _plan(persona, plan)))
    assert fast == rich


def test_plain_table_leaves_what_it_cannot_lay_out_to_rich():
    assert plain_table("T", ["Persona", "Q1"], [["漢", "✓ pass"]], 200) is None
    assert plain_table("T", ["Persona", "Q1"], [["x" * 300, "✓ pass"]], 200) is None
    assert plain_table("T" * 40, ["Persona", "Q1"], [["x", "✓ pass"]], 200) is None
    assert plain_table("T", ["P", "Q1"], [["sam", "✓ pass"]], 200) == (
        "T\n╭─────┬────────╮\n│ P   │   Q1   │\n├─────┼────────┤\n│ sam │ ✓ pass │\n╰─────┴────────╯\n"
    )
