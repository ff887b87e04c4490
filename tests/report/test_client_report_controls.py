"""Control characters and bidirectional overrides in user text (ESC, U+202E RLO) never reach
the client report raw: in <title>, headings, table cells and everywhere else they are shown
as escapes (``\\x1b``, ``\\u202e``), as on the maps and the terminal (policy ``html`` of
journeyplan.report.escaping, applied to every value the templates write)."""

from __future__ import annotations

import re

import pytest

from journeyplan.report.escaping import POLICIES, html_text
from tests.render_common import require_dot
from tests.report.client_common import STARTER, report

EVIL = r"\e[31m red \u202eevil\u2066"  # YAML double-quoted escapes: ESC, RLO, LRI
SHOWN = "\\x1b[31m red \\u202eevil\\u2066"


@pytest.fixture
def evil_report(tmp_path):
    require_dot()
    text = STARTER
    for old in (
        "name: Installers 2027 (starter)",
        "name: Daan, first-year installer",
        "name: Reel of a day in the team",
    ):
        assert old in text
        key, value = old.split(": ", 1)
        text = text.replace(old, f'{key}: "{value} {EVIL}"', 1)
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    out = tmp_path / "r.html"
    run = report(plan, out)
    assert run.exit_code == 0, run.output
    return out.read_text(encoding="utf-8")


def test_no_raw_control_or_bidi_character_in_the_report(evil_report):
    for ch in ("\x1b", "\u202e", "\u2066"):
        assert ch not in evil_report


def test_they_are_shown_where_the_text_stands(evil_report):
    title = re.search(r"<title>(.*?)</title>", evil_report, re.S).group(1)
    assert f"Installers 2027 (starter) {SHOWN}" in title
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", evil_report, re.S).group(1)
    assert SHOWN in h1
    cells = re.findall(r"<td[^>]*>(.*?)</td>", evil_report, re.S)
    assert any(f"Daan, first-year installer {SHOWN}" in c for c in cells)
    assert any(f"Reel of a day in the team {SHOWN}" in c for c in cells)


def test_the_html_policy():
    assert POLICIES["html"] is html_text
    assert html_text("a\x1bb\u202ec") == "a\\x1bb\\u202ec"
    assert html_text("two\nlines\tand a tab") == "two\nlines\tand a tab"  # whitespace in HTML
    assert html_text("<b> & Ünïcode") == "<b> & Ünïcode"  # autoescape's job, not this one's
