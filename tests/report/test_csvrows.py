"""The linear CSV writer writes exactly what :func:`csv.writer` writes."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from journeyplan.report import csvrows


def _csv(rows) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return out.getvalue()


def _ours(rows) -> str:
    out = io.StringIO()
    w = csvrows.Writer(out)
    for r in rows:
        w.writerow(r)
    return out.getvalue()


TEXT = st.text(alphabet=st.sampled_from(['a', ' ', ',', '"', "\n", "\r", "é", "=", "\t"]))  # fmt: skip


@given(st.lists(st.lists(TEXT, min_size=1, max_size=5), max_size=5))
def test_long_rows_are_written_as_csv_writes_them(monkeypatch_rows):
    old = csvrows.SMALL
    csvrows.SMALL = -1  # every row takes the long path
    try:
        assert _ours(monkeypatch_rows) == _csv(monkeypatch_rows)
    finally:
        csvrows.SMALL = old


def test_a_ten_megabyte_cell_is_written_whole():
    name = "S" * 10_000_000 + ',"x"'
    assert _ours([["persona", name]]) == f'persona,"{name.replace(chr(34), 2 * chr(34))}"\n'
