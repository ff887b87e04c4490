"""What a consultant sees on a narrow terminal: a verdict is never cut ('pa…' for pass),
a wide coverage matrix is split into tables that fit, and CSV never leaves a cell empty."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from journeyplan.report import ReportOptions
from journeyplan.report.matrix_formats import column_groups
from journeyplan.report.text import TextReporter
from tests.common import CLEAN, EXAMPLES, check_text


class Terminal(io.StringIO):
    """A stream that says it is a terminal: rich takes its width from COLUMNS."""

    def isatty(self) -> bool:
        return True


def on_terminal(monkeypatch, width: int, write) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setenv("NO_COLOR", "1")
    out = Terminal()
    write(out)
    return out.getvalue()


def checklist(monkeypatch, width: int, result) -> str:
    return on_terminal(
        monkeypatch, width, lambda out: TextReporter(ReportOptions(color=False)).write(result, out)
    )


PLANS = ["starter", "technical-staffing", "broken"]


@pytest.mark.parametrize("width", [10, 16, 24, 32, 40, 48, 56, 64, 80, 100, 120])
@pytest.mark.parametrize("plan", PLANS)
def test_no_verdict_is_ever_cut(monkeypatch, plan, width):
    result = check_plan(EXAMPLES / plan)
    out = checklist(monkeypatch, width, result)
    assert "…" not in out
    rows = [ln for ln in out.splitlines() if ln.startswith("│") and "Q1" not in ln]
    verdicts = sum(ln.count(m) for ln in out.splitlines() for m in "✓!✗" if not ln.startswith("✓"))
    full = sum(out.count(f"{m} {w}") for m, w in (("✓", "pass"), ("!", "warn"), ("✗", "fail")))
    personas = len(result.checklist)
    assert full >= 5 * personas or verdicts >= 5 * personas, out
    if rows and full < 5 * personas:  # compact table: the marks are explained
        assert "✓ pass  ! warn  ✗ fail" in out


def test_forty_columns_show_marks_and_a_legend(monkeypatch):
    out = checklist(monkeypatch, 40, check_plan(EXAMPLES / "starter"))
    assert "pa…" not in out and "pas" not in out.split("✓ pass  ! warn")[0]
    assert out.count("│ ✓  │") >= 1
    assert "✓ pass  ! warn  ✗ fail" in out
    table = [ln for ln in out.splitlines() if ln[:1] in "╭│├╰"]
    assert table and max(len(ln) for ln in table) <= 40
    assert "│ daan (Daan, │" in out  # the persona's name wraps, whole words


def test_a_very_narrow_terminal_lists_the_verdicts(monkeypatch):
    out = checklist(monkeypatch, 16, check_plan(EXAMPLES / "starter"))
    assert "  Q1  ✓ pass" in out and "  Q5  ✓ pass" in out
    assert "╭" not in out


def test_wide_terminals_keep_the_full_table(monkeypatch):
    out = checklist(monkeypatch, 120, check_plan(EXAMPLES / "technical-staffing"))
    assert out.count("✓ pass") == 15
    assert "! warn  ✗ fail" not in out  # no legend needed


# --------------------------------------------------------------------------- the matrix
def twelve_channels(tmp_path):
    names = [f"Channel number {i}" for i in range(1, 13)]
    channels = "".join(
        f"  - {{id: c{i}, name: {name}, type: social}}\n" for i, name in enumerate(names, 1)
    )
    text = CLEAN.replace(
        "channels:\n  - {id: insta, name: Instagram, type: social}\n",
        "channels:\n  - {id: insta, name: Instagram, type: social}\n" + channels,
    ).replace("channels: [insta, whatsapp]", "channels: [insta, whatsapp, c1, c5, c12]")
    return check_text(tmp_path, text), names


def matrix_text(monkeypatch, width, result, view="channel") -> str:
    from journeyplan.analysis.matrix import channel_matrix, stage_matrix
    from journeyplan.report.matrix_formats import write_text

    m = channel_matrix(result.plan) if view == "channel" else stage_matrix(result.plan)
    return on_terminal(monkeypatch, width, lambda out: write_text([m], out, "en", False))


def test_a_twelve_channel_matrix_fits_a_100_column_terminal(tmp_path, monkeypatch):
    result, names = twelve_channels(tmp_path)
    out = matrix_text(monkeypatch, 100, result)
    assert max(len(ln) for ln in out.splitlines()) <= 100
    assert "Coverage: persona × channel (1/" in out
    assert out.count("Channel number") == len(names) == 12  # every channel, once, not cut
    assert "…" not in out
    assert out.count("Sam") == out.count("Coverage: persona × channel (")  # persona each time


def test_a_matrix_that_fits_stays_one_table(monkeypatch):
    out = matrix_text(monkeypatch, 200, check_plan(EXAMPLES / "technical-staffing"))
    assert "(1/" not in out
    assert out.count("Coverage: persona × channel") == 1


def test_column_groups():
    assert column_groups(10, [20] * 4, 200) == [range(0, 4)]
    assert column_groups(10, [20] * 12, 100) == [range(0, 5), range(5, 10), range(10, 12)]
    assert column_groups(80, [200], 40) == [range(0, 1)]  # at least one column a table
    assert column_groups(10, [], 80) == [range(0, 0)]


# --------------------------------------------------------------------------- CSV
def test_csv_has_no_empty_cell():
    result = CliRunner().invoke(
        app, ["matrix", str(EXAMPLES / "technical-staffing"), "--format", "csv"]
    )
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert all(all(cell for cell in row) for row in rows if row)


def test_csv_tells_a_gap_from_a_channel_not_preferred(tmp_path):
    text = CLEAN.replace("channels: [insta, whatsapp]", "channels: [insta, whatsapp, email]")
    text = text.replace(
        "  - {id: whatsapp,",
        "  - {id: email, name: E-mail, type: email}\n  - {id: phone, name: Phone, type: phone}\n  - {id: whatsapp,",
    )
    check_text(tmp_path, text)
    result = CliRunner().invoke(
        app, ["matrix", str(tmp_path), "--format", "csv", "--view", "channel"]
    )
    rows = list(csv.reader(io.StringIO(result.stdout)))
    header, sam = rows[0], rows[1]
    assert sam[header.index("E-mail")] == "— none —"  # preferred, unused: a gap
    assert sam[header.index("Phone")] == "(not a preferred channel)"  # not preferred, unused
    nl = CliRunner().invoke(
        app, ["matrix", str(tmp_path), "--format", "csv", "--view", "channel", "--lang", "nl"]
    )
    sam_nl = list(csv.reader(io.StringIO(nl.stdout)))[1]
    assert "— geen —" in sam_nl and "(geen voorkeurskanaal)" in sam_nl
