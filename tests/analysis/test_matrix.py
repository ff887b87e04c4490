"""`journeyplan matrix`: the coverage model and its text, CSV and Markdown output."""

from __future__ import annotations

import csv
import io
import textwrap

import pytest
from typer.testing import CliRunner

from journeyplan.analysis.matrix import channel_matrix, matrices, stage_matrix
from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from tests.common import CLEAN, EXAMPLES

runner = CliRunner()
STAFFING = EXAMPLES / "technical-staffing"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def cell(matrix, persona, column):
    cols = [c for c, _ in matrix.columns]
    row = next(cells for pid, _, cells in matrix.rows if pid == persona)
    return row[cols.index(column)]


def ids(c):
    return [e.touchpoint_id for e in c.entries]


# ---------------------------------------------------------------------------- the model
@pytest.fixture(scope="module")
def staffing():
    return check_plan(STAFFING).plan


def test_stage_matrix_of_technical_staffing(staffing):
    m = stage_matrix(staffing)
    assert m.dimension == "stage"
    assert m.columns == (
        ("find", "Find"),
        ("attract", "Attract"),
        ("engage", "Engage"),
        ("bind", "Bind"),
    )
    assert [pid for pid, _, _ in m.rows] == ["sander", "ruud", "lisa"]
    assert ids(cell(m, "sander", "find")) == ["sander-reel", "reengage"]
    assert ids(cell(m, "sander", "engage")) == [
        "sander-chat",
        "sander-nudge",
        "sander-apply",
        "apply-ack",
    ]
    assert ids(cell(m, "ruud", "attract")) == ["ruud-intro"]
    assert ids(cell(m, "lisa", "attract")) == ["lisa-switcher-page", "lisa-tryout-signup"]
    apply = cell(m, "sander", "engage").entries[2]
    assert (apply.touchpoint, apply.where_id, apply.where, apply.conversion) == (
        "Apply in 60 seconds on WhatsApp",
        "whatsapp",
        "WhatsApp Business",
        "application",
    )
    signup = cell(m, "lisa", "attract").entries[1]
    assert signup.conversion == "event_signup" and signup.where_id == "career-site"
    kinds = {e.touchpoint_id: e.kind for e in cell(m, "ruud", "bind").entries}
    # issue 13 made the example's talent pool a `kind: talent_pool` (it was an exit)
    assert kinds["rejection"] == "rejection" and kinds["talent-pool"] == "talent_pool"
    assert not any(c.empty for _, _, cells in m.rows for c in cells)


def test_channel_matrix_of_technical_staffing(staffing):
    m = channel_matrix(staffing)
    assert [c for c, _ in m.columns] == [
        "instagram",
        "facebook",
        "indeed",
        "career-site",
        "whatsapp",
        "email",
        "referral",
        "workshop",
    ]
    assert ids(cell(m, "lisa", "indeed")) == ["lisa-indeed-ad"]
    assert cell(m, "lisa", "indeed").preferred is True
    assert ids(cell(m, "ruud", "referral")) == ["ruud-referral"]
    ruud_insta = cell(m, "ruud", "instagram")
    assert ruud_insta.empty and ruud_insta.preferred is False
    sander_wa = cell(m, "sander", "whatsapp")
    assert ids(sander_wa)[:3] == ["sander-chat", "sander-nudge", "sander-apply"]
    assert sander_wa.entries[0].where == "Engage"


def test_broken_example_shows_a_stage_gap():
    m, c = matrices(check_plan(EXAMPLES / "broken").plan)
    assert cell(m, "bram", "attract").empty
    assert not cell(m, "eva", "attract").empty
    # eva's phone interview is on a channel she does not prefer
    phone = cell(c, "eva", "phone")
    assert ids(phone) == ["eva-interview"] and phone.preferred is False


def test_plan_without_personas_has_no_rows(tmp_path):
    (tmp_path / "p.yaml").write_text("plan: {name: x}\n", encoding="utf-8")
    m = stage_matrix(check_plan(tmp_path).plan)
    assert m.rows == ()
    assert [c for c, _ in m.columns] == [
        "awareness",
        "consideration",
        "application",
        "selection",
        "hire",
    ]


# ---------------------------------------------------------------------------- CLI output
def test_text_output(tmp_path):
    result = run("matrix", STAFFING, "--no-color")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Coverage: persona × stage" in out
    assert "Coverage: persona × channel" in out
    assert "★ Apply in 60 seconds on WhatsApp" in out
    assert "conversion: application" in out
    assert "\x1b" not in out
    assert all(line == line.rstrip() for line in out.splitlines())
    assert result.stderr == ""


def test_text_output_highlights_gaps():
    result = run("matrix", EXAMPLES / "broken", "--view", "stage", "--no-color")
    assert result.exit_code == 0
    bram = [ln for ln in result.stdout.splitlines() if "Bram, engineer" in ln][0]
    assert "— none —" in bram
    assert "the plan has 15 errors" in result.stderr


def test_csv_output():
    result = run("matrix", STAFFING, "--format", "csv", "--view", "stage")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["Persona", "Find", "Attract", "Engage", "Bind"]
    assert [r[0] for r in rows[1:]] == [
        "Sander, service electrician",
        "Ruud, senior mechanic",
        "Lisa, career switcher from logistics",
    ]
    ruud_attract = rows[2][2]
    assert ruud_attract == "Personal WhatsApp from consultant Anouk (WhatsApp Business)"
    lisa_attract = rows[3][2].split("\n")
    assert lisa_attract == [
        "Career-switcher page with Samira's story (werkenbijvoltwerk.nl)",
        "★ Sign up for a Saturday try-out day (werkenbijvoltwerk.nl) — conversion: event sign-up",
    ]


def test_csv_both_views_are_one_table_with_one_header():
    """--view both (the default) in CSV was two tables with different headers in one stream
    (a spreadsheet imported a misaligned sheet): it is one table in long form."""
    rows = list(csv.reader(io.StringIO(run("matrix", STAFFING, "--format", "csv").stdout)))
    assert rows[0] == ["View", "Persona", "Stage or channel", "Touchpoints"]
    assert all(len(row) == 4 for row in rows)
    assert {row[0] for row in rows[1:]} == {"stage", "channel"}
    ruud = [
        row
        for row in rows
        if row[:3] == ["channel", "Ruud, senior mechanic", "Instagram (reels and stories)"]
    ]
    assert [row[3] for row in ruud] == ["(not a preferred channel)"]  # said, not empty
    stage = list(
        csv.reader(io.StringIO(run("matrix", STAFFING, "-f", "csv", "--view", "stage").stdout))
    )
    channel = list(
        csv.reader(io.StringIO(run("matrix", STAFFING, "-f", "csv", "--view", "channel").stdout))
    )
    # the same cells as the one-view grids, row by row and column by column
    for view, grid in (("stage", stage), ("channel", channel)):
        expected = [
            [view, persona[0], column, value]
            for persona in grid[1:]
            for column, value in zip(grid[0][1:], persona[1:])
        ]
        assert [row for row in rows if row[0] == view] == expected


def test_csv_both_views_in_dutch():
    rows = list(
        csv.reader(io.StringIO(run("matrix", STAFFING, "-f", "csv", "--lang", "nl").stdout))
    )
    assert rows[0] == ["Weergave", "Persona", "Fase of kanaal", "Contactpunten"]
    assert {row[0] for row in rows[1:]} == {"fase", "kanaal"}


def test_text_matrix_says_a_channel_is_not_preferred_as_csv_does(tmp_path):
    """An unused channel the persona does not prefer: the text cell says so (it was blank),
    the same words as the CSV cell; a preferred unused channel stays a gap."""
    text = CLEAN.replace("channels: [insta, whatsapp]", "channels: [insta, whatsapp, email]")
    text = text.replace(
        "  - {id: whatsapp,",
        "  - {id: email, name: E-mail, type: email}\n"
        "  - {id: phone, name: Phone, type: phone}\n  - {id: whatsapp,",
    )
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8")
    out = run("matrix", tmp_path, "--view", "channel").stdout
    header = next(line for line in out.splitlines() if "Phone" in line)
    row = next(line for line in out.splitlines() if line.startswith("│ Sam"))
    phone = header.index("Phone")
    email = header.index("E-mail")
    assert row[phone:].startswith("(not a preferred")
    assert row[email:].startswith("— none —")
    assert out.count("(not a preferred") == 1
    nl = run("matrix", tmp_path, "--view", "channel", "--lang", "nl").stdout
    assert "(geen voorkeurskanaal)" in nl


def test_markdown_output():
    result = run("matrix", STAFFING, "--format", "markdown", "--view", "stage")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "**Coverage: persona × stage**"
    assert lines[2] == "| Persona | Find | Attract | Engage | Bind |"
    assert lines[3] == "| --- | --- | --- | --- | --- |"
    ruud = next(ln for ln in lines if ln.startswith("| Ruud"))
    assert "| Personal WhatsApp from consultant Anouk (WhatsApp Business) |" in ruud
    lisa = next(ln for ln in lines if ln.startswith("| Lisa"))
    assert (
        "Career-switcher page with Samira's story (werkenbijvoltwerk.nl)<br>★ Sign up for "
        "a Saturday try-out day (werkenbijvoltwerk.nl) — conversion: event sign-up"
    ) in lisa
    assert lines[-1].startswith("★ conversion point")


def test_markdown_marks_gaps():
    out = run("matrix", EXAMPLES / "broken", "--format", "markdown", "--view", "stage").stdout
    bram = next(ln for ln in out.splitlines() if ln.startswith("| Bram"))
    assert bram.split(" | ")[2] == "**— none —**"


@pytest.mark.parametrize("fmt", ["text", "csv", "markdown"])
def test_output_is_deterministic(fmt):
    first = run("matrix", STAFFING, "--format", fmt, "--no-color").stdout
    assert first == run("matrix", STAFFING, "--format", fmt, "--no-color").stdout


def test_dutch_output():
    result = run("matrix", STAFFING, "--format", "markdown", "--lang", "nl")
    out = result.stdout
    assert "**Dekking: persona × fase**" in out
    assert "**Dekking: persona × kanaal**" in out
    assert "— conversie: sollicitatie" in out
    assert "(geen voorkeurskanaal)" not in out  # every touchpoint is on a preferred channel
    assert "conversiepunt" in out.splitlines()[-1]


def test_plan_language_nl_is_used(tmp_path):
    (tmp_path / "p.yaml").write_text(
        CLEAN.replace("name: Clean plan", "name: Clean plan\n  language: nl"), encoding="utf-8"
    )
    out = run("matrix", tmp_path, "--format", "csv", "--view", "stage").stdout
    assert out.splitlines()[0] == "Persona,Find,Apply"
    assert "conversie: sollicitatie" in out


def test_missing_path_is_a_usage_error(tmp_path):
    result = run("matrix", tmp_path / "nope")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


# ---------------------------------------------------------------------------- hostile text
HOSTILE = textwrap.dedent("""\
    plan:
      name: Hostile
      stages:
        - {id: find, name: "Find | *now*"}
        - {id: apply, name: Apply}
    employer_brand:
      proposition: x
      qualifiers: [{id: q, text: q}]
      winners: [{id: w, text: w}]
      personality: [{id: p, text: p}]
    target_groups:
      - {id: g, name: g, description: g}
    personas:
      - id: sam
        name: "Sam | <script>alert(1)</script>\\nsecond line"
        target_group: g
        motivations: [m]
        channels: [insta, whatsapp]
    channels:
      - {id: insta, name: "Insta_gram [ads](http://x)", type: social}
      - {id: whatsapp, name: "=HYPERLINK(\\"http://x\\")", type: messaging, response_time: 2h}
    touchpoints:
      - {id: note, name: "@SUM(1)", stage: find, channel: insta, brand: [w]}
      - {id: video, name: "`code` & $math$ ~x~ \\\\ \\e[31mred", stage: find, channel: insta, entry: true, brand: [w, p]}
      - {id: form, name: "-1+1", stage: apply, channel: whatsapp, conversion: {goal: application}, brand: [q]}
      - {id: ack, stage: apply, channel: whatsapp, response_time: 2d}
      - {id: reject, stage: apply, channel: whatsapp, kind: rejection, feedback: true}
    triggers:
      - {from: video, to: note, event: e}
      - {from: note, to: form, event: e}
      - {from: form, to: ack, event: e}
      - {from: ack, to: reject, event: e}
""")


@pytest.fixture()
def hostile(tmp_path):
    (tmp_path / "plan.yaml").write_text(HOSTILE, encoding="utf-8")
    assert check_plan(tmp_path).findings == []
    return tmp_path


def test_markdown_escapes_user_text(hostile):
    out = run("matrix", hostile, "--format", "markdown").stdout
    lines = out.splitlines()
    header = lines[2]
    assert header == r"| Persona | Find \| \*now\* | Apply |"
    sam = next(ln for ln in lines if ln.startswith("| Sam"))
    assert sam.startswith(r"| Sam \| \<script\>alert(1)\</script\> second line | ")
    assert r"\`code\` \& \$math\$ \~x\~ \\ \\x1b\[31mred (Insta\_gram \[ads\](http://x))" in sam
    # the row has exactly the table's columns: unescaped pipes delimit 3 cells
    unescaped = sam.replace("\\\\", "").replace("\\|", "")
    assert unescaped.count("|") == 4
    assert "<script>" not in out and "\x1b" not in out and "\nsecond" not in out


def test_csv_defuses_formulas_and_keeps_text(hostile):
    # each view's grid (both views together are one long table: the same cells)
    rows = list(
        csv.reader(io.StringIO(run("matrix", hostile, "-f", "csv", "--view", "stage").stdout))
    )
    rows += list(
        csv.reader(io.StringIO(run("matrix", hostile, "-f", "csv", "--view", "channel").stdout))
    )
    assert rows[1][0] == "Sam | <script>alert(1)</script> second line"
    apply_cell = rows[1][2].split("\n")
    assert apply_cell[0] == '★ -1+1 (=HYPERLINK("http://x")) — conversion: application'
    find_cell = rows[1][1].split("\n")
    assert find_cell[0] == "'@SUM(1) (Insta_gram [ads](http://x))"
    assert find_cell[1].startswith("`code` & $math$ ~x~ \\ \\x1b[31mred")
    channel_header = rows[2]
    assert channel_header == ["Persona", "Insta_gram [ads](http://x)", '\'=HYPERLINK("http://x")']


def test_text_prints_user_text_literally(hostile):
    out = run("matrix", hostile, "--no-color").stdout
    assert "\x1b" not in out
    assert "\\x1b[31mred" in out
    assert "Insta_gram [ads](http://x)" in out


# ---------------------------------------------------------------------------- experience
def _scored_plan(tmp_path):
    text = CLEAN.replace(
        "  - {id: ack, name: Ack, stage: apply, channel: whatsapp, response_time: 2d}",
        "  - {id: ack, name: Ack, stage: apply, channel: whatsapp, response_time: 2d, "
        "experience: 1}",
    ).replace(
        "kind: rejection, feedback: true}", "kind: rejection, feedback: true, experience: -2}"
    )
    (tmp_path / "plan.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def test_the_matrix_shows_the_experience_curve(tmp_path):
    plan = check_plan(_scored_plan(tmp_path)).plan
    m = stage_matrix(plan)
    scores = {e.touchpoint_id: e.experience for e in cell(m, "sam", "apply").entries}
    assert scores == {"apply": None, "ack": 1, "reject": -2, "hire": None}
    csv_rows = list(
        csv.reader(
            io.StringIO(run("matrix", tmp_path, "--format", "csv", "--view", "stage").stdout)
        )
    )
    apply_cell = csv_rows[1][2].split("\n")
    assert "Ack (WhatsApp) · experience +1" in apply_cell
    assert "Rejection (WhatsApp) · experience -2 — rejection" in apply_cell
    md = run("matrix", tmp_path, "--format", "markdown", "--lang", "nl").stdout
    assert "Ack (WhatsApp) · beleving +1" in md
    text = run("matrix", tmp_path, "--no-color").stdout
    assert "experience -2" in text


def test_without_experience_the_matrix_is_as_before(tmp_path):
    # no score, no mark: a 1.0 plan's matrix keeps its bytes
    (tmp_path / "plan.yaml").write_text(textwrap.dedent(CLEAN), encoding="utf-8")
    out = run("matrix", tmp_path, "--format", "csv").stdout
    assert "experience" not in out and "·" not in out
