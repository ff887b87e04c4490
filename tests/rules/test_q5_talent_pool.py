"""Question 5, the talent pool kept alive within the law: JP516-JP520, and the retention
table they read (journeyplan/rules/retention.py)."""

from __future__ import annotations

import re

import pytest

from journeyplan.messages import render_message
from journeyplan.rules.retention import RETENTION_LIMITS, UNIT_MINUTES, jurisdiction
from tests.common import CLEAN, check_text, column_of, edit, line_of, report, text_of

#: CLEAN with a talent pool after the rejection, re-engaged after 26 weeks.
POOL = edit(
    edit(
        CLEAN,
        "  - {id: hire, name: Hire, stage: apply, channel: whatsapp, conversion: {goal: hire}}\n",
        "  - {id: hire, name: Hire, stage: apply, channel: whatsapp, conversion: {goal: hire}}\n"
        "  - {id: pool, name: Talent pool, stage: apply, channel: whatsapp, kind: talent_pool,"
        " consent: true, retention: 52w}\n",
    ),
    "  - {from: ack, to: hire, event: selected}\n",
    "  - {from: ack, to: hire, event: selected}\n"
    "  - {from: reject, to: pool, event: joins the pool, delay: 1d}\n"
    "  - {from: pool, to: video, event: six-month check-in, delay: 26w}\n",
)


def with_jurisdiction(text, code):
    return edit(text, "  name: Clean plan\n", f"  name: Clean plan\n  jurisdiction: {code}\n")


@pytest.mark.parametrize(
    ("terms", "key", "message"),
    [
        (
            "",
            "JP516",
            "talent pool 'pool' says neither whether the candidate is asked for consent "
            "(consent) nor how long the data is kept (retention)",
        ),
        (
            ", retention: 52w",
            "JP516.consent",
            "talent pool 'pool' does not say whether the candidate is asked for consent "
            "(consent: true or false)",
        ),
        (
            ", consent: true",
            "JP516.retention",
            "talent pool 'pool' does not say how long the data is kept (retention, e.g. 52w)",
        ),
    ],
)
def test_jp516_consent_and_retention_declared(tmp_path, terms, key, message):
    text = with_jurisdiction(edit(POOL, ", consent: true, retention: 52w}", terms + "}"), "NL")
    result = check_text(tmp_path, text)
    line = line_of(text, "{id: pool")
    assert report(result) == [("JP516", 5, "error", line, column_of(text, "{id: pool", "pool"))]
    assert [f.key for f in result.findings] == [key]
    assert text_of(result, "JP516") == [message]


def kept(jurisdiction, consent, retention, reengaged="26w"):
    """POOL in JURISDICTION with CONSENT and RETENTION, re-engaged after REENGAGED."""
    text = edit(
        POOL, "consent: true, retention: 52w", f"consent: {consent}, retention: {retention}"
    )
    text = edit(text, "delay: 26w}", f"delay: {reengaged}}}")
    return with_jurisdiction(text, jurisdiction)


@pytest.mark.parametrize(
    ("jurisdiction", "consent", "retention", "reengaged"),
    [
        pytest.param("NL", "true", "52w", "26w", id="nl-with-consent-52w"),
        pytest.param("NL", "false", "28d", "3w", id="nl-exactly-four-weeks-without-consent"),
        pytest.param("NL", "true", "365d", "26w", id="nl-365-days-are-a-year"),
        pytest.param("DE", "false", "26w", "4w", id="de-26-weeks-within-half-a-year"),
    ],
)
def test_a_talent_pool_kept_within_the_limit_is_clean(
    tmp_path, jurisdiction, consent, retention, reengaged
):
    result = check_text(tmp_path, kept(jurisdiction, consent, retention, reengaged))
    assert report(result) == []
    assert result.checklist[0][1][5] == "pass"


@pytest.mark.parametrize(
    ("jurisdiction", "consent", "retention", "reengaged", "en", "nl"),
    [
        pytest.param(
            "NL",
            "false",
            "5w",
            "3w",
            "talent pool 'pool' keeps data 5w without the candidate's consent; NL allows 4 weeks "
            "(Autoriteit Persoonsgegevens)",
            "talentpool 'pool' bewaart gegevens 5 weken zonder toestemming van de kandidaat; in NL "
            "mag dat 4 weken (Autoriteit Persoonsgegevens)",
            id="nl-without-consent-past-four-weeks",
        ),
        pytest.param(
            "nl",
            "true",
            "53w",
            "26w",
            "talent pool 'pool' keeps data 53w with the candidate's consent; NL allows up to "
            "1 year (Autoriteit Persoonsgegevens)",
            "talentpool 'pool' bewaart gegevens 53 weken met toestemming van de kandidaat; in NL "
            "mag dat hooguit 1 jaar (Autoriteit Persoonsgegevens)",
            id="nl-with-consent-past-a-year",
        ),
        pytest.param(
            "NL",
            "true",
            "366d",
            "26w",
            "talent pool 'pool' keeps data 366d with the candidate's consent; NL allows up to "
            "1 year (Autoriteit Persoonsgegevens)",
            "talentpool 'pool' bewaart gegevens 366 dagen met toestemming van de kandidaat; in NL "
            "mag dat hooguit 1 jaar (Autoriteit Persoonsgegevens)",
            id="nl-366-days-are-not-a-year",
        ),
        pytest.param(
            "DE",
            "false",
            "27w",
            "4w",
            "talent pool 'pool' keeps data 27w without the candidate's consent; DE allows "
            "6 months (Bundesbeauftragte für den Datenschutz und die Informationsfreiheit)",
            "talentpool 'pool' bewaart gegevens 27 weken zonder toestemming van de kandidaat; in DE "
            "mag dat 6 maanden (Bundesbeauftragte für den Datenschutz und die Informationsfreiheit)",
            id="de-without-consent-past-six-months",
        ),
    ],
)
def test_jp517_a_talent_pool_kept_past_the_limit_is_an_error(
    tmp_path, jurisdiction, consent, retention, reengaged, en, nl
):
    text = kept(jurisdiction, consent, retention, reengaged)
    result = check_text(tmp_path, text)
    line = line_of(text, "{id: pool")
    assert report(result) == [("JP517", 5, "error", line, column_of(text, "{id: pool", retention))]
    assert text_of(result, "JP517") == [en]
    assert text_of(result, "JP517", "nl") == [nl]
    assert result.checklist[0][1][5] == "fail"


def test_jp518_no_jurisdiction_applies_no_country_and_says_so(tmp_path):
    result = check_text(tmp_path, POOL)
    line = line_of(POOL, "{id: pool")
    assert report(result) == [("JP518", 5, "info", line, column_of(POOL, "{id: pool", "52w"))]
    assert text_of(result, "JP518") == [
        "talent pool 'pool' keeps data 52w, but the plan names no jurisdiction: no country's "
        "limits are applied (not even the Dutch ones); set plan.jurisdiction"
    ]
    # the Dutch no-consent limit is not applied either
    no_consent = edit(POOL, "consent: true, retention: 52w", "consent: false, retention: 52w")
    assert [f.code for f in check_text(tmp_path, no_consent).findings] == ["JP518"]


def test_jp518_an_authority_without_a_number(tmp_path):
    text = with_jurisdiction(POOL, "DE")
    result = check_text(tmp_path, text)
    assert [(f.code, f.key) for f in result.findings] == [("JP518", "JP518.consent")]
    assert "publishes no limit" in text_of(result, "JP518")[0]
    belgium = with_jurisdiction(edit(POOL, "consent: true", "consent: false"), "BE")
    result = check_text(tmp_path, belgium)
    assert [(f.code, f.key) for f in result.findings] == [("JP518", "JP518.no_consent")]


def test_jp519_unknown_jurisdiction(tmp_path):
    text = with_jurisdiction(POOL, "FR")
    result = check_text(tmp_path, text)
    line = line_of(text, "jurisdiction: FR")
    assert report(result) == [("JP519", 5, "warning", line, 17)]
    assert text_of(result, "JP519") == [
        "no retention limits are known for jurisdiction 'FR' (known: AT, BE, DE, GB, NL); the "
        "retention of a talent pool is not checked"
    ]


def test_jp520_no_trigger_leaves_the_pool(tmp_path):
    text = with_jurisdiction(POOL, "NL")
    text = edit(text, "  - {from: pool, to: video, event: six-month check-in, delay: 26w}\n", "")
    result = check_text(tmp_path, text)
    # a talent pool is not a dead end: no JP404 for the pool, JP520 says it instead
    assert [f.code for f in result.findings] == ["JP520"]
    line = line_of(text, "{id: pool")
    assert report(result) == [("JP520", 5, "error", line, column_of(text, "{id: pool", "pool"))]
    assert text_of(result, "JP520") == [
        "no trigger leaves talent pool 'pool' in sam's journey: the candidate's data is kept, "
        "the candidate forgotten"
    ]


def test_jp520_reengagement_after_the_retention(tmp_path):
    text = with_jurisdiction(edit(POOL, "delay: 26w}", "delay: 52w}"), "NL")
    result = check_text(tmp_path, text)
    line = line_of(text, "{from: pool")
    assert report(result) == [("JP520", 5, "error", line, column_of(text, "{from: pool", "52w"))]
    assert text_of(result, "JP520") == [
        "talent pool 'pool' keeps data 52w, but its first re-engagement ('video') comes after "
        "52w in sam's journey: the data expires unused"
    ]
    sooner = edit(text, "delay: 52w}", "delay: 51w}")
    assert report(check_text(tmp_path, sooner)) == []


# --------------------------------------------------------------------------- the table
def test_the_table_holds_nl_and_at_least_be_de_at_gb():
    assert {"NL", "BE", "DE", "AT", "GB"} <= set(RETENTION_LIMITS)
    nl = RETENTION_LIMITS["NL"]
    assert nl.without_consent.minutes == 4 * UNIT_MINUTES["w"] == 4 * 7 * 24 * 60
    assert nl.with_consent.minutes == 365 * 24 * 60
    assert "Autoriteit Persoonsgegevens" in nl.authority


@pytest.mark.parametrize("code", sorted(RETENTION_LIMITS))
def test_every_limit_has_its_source_date_and_basis(code):
    row = RETENTION_LIMITS[code]
    assert row.code == code and re.fullmatch(r"[A-Z]{2}", code)
    assert row.authority and row.source and row.note
    assert re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", row.date)
    for limit in (row.without_consent, row.with_consent):
        if limit is not None:
            assert limit.basis in ("recommendation", "decision", "derived")
            assert limit.unit in UNIT_MINUTES and limit.amount > 0
    # no number here is a statute: the module says so, each note says what it is
    assert "statute" in row.note or "no number" in row.note or "our reading" in row.note


def test_lookup_is_case_insensitive_and_unknown_is_none():
    assert jurisdiction("nl") is RETENTION_LIMITS["NL"]
    assert jurisdiction(" NL ") is RETENTION_LIMITS["NL"]
    assert jurisdiction("FR") is None and jurisdiction(None) is None


def test_the_explanation_states_the_table_as_it_is():
    # explain.JP517 describes the table in words: it must not drift from the numbers
    words = {"w": "weeks", "m": "months", "y": "year"}
    text = render_message("explain.JP517")
    for row in RETENTION_LIMITS.values():
        for limit in (row.without_consent, row.with_consent):
            if limit is not None:
                assert f"{row.code}, " in text
                assert f"{limit.amount} {words[limit.unit]}" in text, (row.code, limit)
    assert "BE;" in text  # the authority with no number at all
