"""The forecast's findings in the checklist: each located, with the numbers in the message,
and none at all for a plan without forecast data (plan format 1.1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeyplan.analysis.forecast import has_forecast_data
from journeyplan.check.pipeline import check_plan
from journeyplan.messages import render_message
from tests.analysis.test_forecast import TWO
from tests.common import CLEAN, EXAMPLES, check_text

FORECAST_CODES = {
    "JP110",
    "JP310",
    "JP311",
    "JP313",
    "JP315",
    "JP314",
    "JP410",
    "JP411",
    "JP416",
    "JP417",
}
DATA = Path(__file__).resolve().parent.parent / "data"


def found(result, code):
    return [
        (
            f.location.line,
            f.location.column,
            f.severity,
            f.question,
            f.persona,
            render_message(f.key, f.args),
        )
        for f in result.findings
        if f.code == code
    ]


def line(text, needle):
    return next(i for i, ln in enumerate(text.splitlines(), 1) if needle in ln)


def col(text, needle, part):
    """1-based column of PART on the line holding NEEDLE."""
    return text.splitlines()[line(text, needle) - 1].index(part) + 1


@pytest.mark.parametrize(
    "plan",
    [
        EXAMPLES / "broken",
        EXAMPLES / "starter",
        *sorted(p for p in DATA.iterdir() if p.is_dir() and p.name != "forecast-defects"),
    ],
    ids=lambda p: p.name,
)
def test_a_plan_without_forecast_data_gets_no_forecast_finding(plan):
    result = check_plan(plan)
    assert not has_forecast_data(result.plan)
    assert {f.code for f in result.findings} & FORECAST_CODES == set()


def test_hires_below_needed(tmp_path):
    text = TWO.replace("hires_needed: 12", "hires_needed: 45")
    result = check_text(tmp_path, text)
    assert found(result, "JP110") == [
        (
            line(text, "hires_needed: 45"),
            col(text, "hires_needed: 45", "45"),
            "warning",
            1,
            None,
            "target group 'techs': forecast 40 hires of 45 needed",
        ),
    ]


def test_hires_below_needed_with_decimals(tmp_path):
    text = TWO.replace("rate: 0.2, delay: 2w", "rate: 0.037, delay: 2w")
    assert found(check_text(tmp_path, text), "JP110")[0][-1] == (
        "target group 'techs': forecast 7.4 hires of 12 needed"
    )


def test_conversion_below_target_rate(tmp_path):
    text = TWO.replace("target_rate: 0.002}", "target_rate: 2%}")
    result = check_text(tmp_path, text)
    col = text.splitlines()[line(text, "target_rate: 2%") - 1].index("2%") + 1
    assert found(result, "JP314") == [
        (
            line(text, "target_rate: 2%"),
            col,
            "warning",
            3,
            "sam",
            "conversion point 'form' in sam's journey: forecast 0.5% of the reached people (200), "
            "target 2%",
        ),
    ]  # lisa: 125 of 5,000 is 2.5%, above the target


def test_rates_over_one_and_a_loop_nobody_leaves(tmp_path):
    text = TWO.replace(
        "  - {from: chat, to: form, event: applies, rate: 0.25, delay: 2h}\n",
        "  - {from: chat, to: form, event: applies, rate: 0.25, delay: 2h}\n"
        "  - {from: chat, to: chat, event: reads on, rate: 0.9}\n",
    )
    result = check_text(tmp_path, text)
    chat = line(text, "{id: chat,")
    assert found(result, "JP410") == [
        (
            chat,
            col(text, "{id: chat,", "chat,"),
            "error",
            4,
            None,
            "the rates of the triggers leaving touchpoint 'chat' sum to 1.15, more than 1",
        ),
    ]
    loop = TWO.replace(
        "  - {from: form, to: offer, event: selected, rate: 0.2, delay: 2w}\n",
        "  - {from: form, to: offer, event: selected, rate: 0.2, delay: 2w}\n"
        "  - {from: offer, to: form, event: next vacancy, rate: 1}\n",
    ).replace(
        "{from: form, to: rejection, event: not selected, rate: 0.8",
        "{from: form, to: rejection, event: not selected, rate: 0.8",
    )
    loop = loop.replace("rate: 0.2, delay: 2w}", "rate: 1, delay: 2w}").replace(
        "event: not selected, rate: 0.8", "event: not selected, rate: 0"
    )
    result = check_text(tmp_path, loop)
    assert found(result, "JP411") == [
        (
            line(loop, "{id: form,"),
            col(loop, "{id: form,", "form,"),
            "error",
            4,
            None,
            "a loop nobody leaves: form -> offer -> form (the rates add up to 1 at every step)",
        ),
    ]


def test_missing_rate_and_reach_once_per_place(tmp_path):
    text = TWO.replace(", reach: 5000", "").replace(
        "{from: form, to: offer, event: selected, rate: 0.2, delay: 2w}",
        "{from: form, to: offer, event: selected, delay: 2w}",
    )
    result = check_text(tmp_path, text)
    assert found(result, "JP416") == [
        (
            line(text, "to: offer"),
            5,
            "warning",
            4,
            None,
            "trigger from 'form' to 'offer' has no rate; the forecast needs it",
        ),
    ]
    assert found(result, "JP315") == [
        (
            line(text, "{id: ad,"),
            col(text, "{id: ad,", "ad,"),
            "warning",
            3,
            "lisa",
            "entry 'ad' of lisa's journey has no reach: the forecast of what follows it cannot be "
            "computed",
        ),
    ]


def test_reach_where_it_does_not_belong(tmp_path):
    text = (
        TWO.replace(
            "{id: chat, stage: consideration, channel: whatsapp}",
            "{id: chat, stage: consideration, channel: whatsapp, reach: {sam: 10}}",
        )
        .replace("personas: [lisa], entry: true, reach: 5000", "entry: true, reach: 5000")
        .replace("channels: [indeed, whatsapp]}", "channels: [indeed, whatsapp]}")
    )
    result = check_text(tmp_path, text)
    chat = line(text, "{id: chat,")
    assert found(result, "JP310") == [
        (
            chat,
            text.splitlines()[chat - 1].index("sam: 10") + 1,
            "error",
            3,
            "sam",
            "touchpoint 'chat' is not an entry of sam's journey: reach belongs on entries (people "
            "arrive elsewhere by triggers and their rates)",
        ),
    ]
    ad = line(text, "{id: ad,")
    assert found(result, "JP311") == [
        (
            ad,
            text.splitlines()[ad - 1].index("5000") + 1,
            "error",
            3,
            None,
            "touchpoint 'ad' is an entry of several personas (lisa, sam): write its reach per "
            "persona, e.g. reach: {persona: number}",
        ),
    ]


def test_reach_for_a_persona_that_does_not_pass(tmp_path):
    text = TWO.replace("reach: 40000}", "reach: {sam: 40000, lisa: 100}}")
    result = check_text(tmp_path, text)
    reel = line(text, "{id: reel,")
    assert found(result, "JP313") == [
        (
            reel,
            text.splitlines()[reel - 1].index("lisa: 100") + 1,
            "error",
            3,
            "lisa",
            "the reach of touchpoint 'reel' names lisa, whose journey does not include it",
        ),
    ]


def test_a_reach_mapping_naming_no_persona_is_a_dangling_reference(tmp_path):
    text = TWO.replace("reach: 40000}", "reach: {sma: 40000}}")
    result = check_text(tmp_path, text)
    assert [
        (f.code, render_message(f.key, f.args)) for f in result.findings if f.code == "JP007"
    ] == [("JP007", "persona 'sma' does not exist (did you mean 'sam'?)")]


def test_budget_on_a_channel_no_journey_uses(tmp_path):
    text = TWO.replace(
        "  - {id: whatsapp,",
        "  - {id: tiktok, name: TikTok, type: social, budget: 2500}\n  - {id: whatsapp,",
    )
    result = check_text(tmp_path, text)
    tiktok = line(text, "{id: tiktok,")
    assert found(result, "JP417") == [
        (
            tiktok,
            text.splitlines()[tiktok - 1].index("2500") + 1,
            "warning",
            4,
            None,
            "channel 'tiktok' has a budget, but no journey uses it",
        ),
    ]


@pytest.mark.parametrize(
    "value, message",
    [
        ("6", "'6' is not a rate: a rate is 0..1 or a percentage; did you mean 0.06 (6%)?"),
        ("-0.1", "'-0.1' is out of range; allowed: 0 .. 1"),
        (".nan", "'.nan' is out of range; allowed: 0 .. 1"),
        (".inf", "'.inf' is out of range; allowed: 0 .. 1"),
        ('"150%"', "'150%' is out of range; allowed: 0 .. 1"),
        ('"-5%"', "'-5%' is out of range; allowed: 0 .. 1"),  # a negative share, not text
    ],
)
def test_bad_rates_are_located_findings(tmp_path, value, message):
    text = TWO.replace("rate: 0.25, delay: 2h", f"rate: {value}, delay: 2h")
    result = check_text(tmp_path, text)
    bad = [f for f in result.findings if f.code == "JP009"]
    assert [render_message(f.key, f.args) for f in bad] == [message]
    assert bad[0].location.line == line(text, "to: form, event: applies")


@pytest.mark.parametrize(
    "field, value", [("budget", "-5"), ("budget", ".inf"), ("hires_needed", "-1")]
)
def test_bad_money_and_counts_are_located_findings(tmp_path, field, value):
    old = "budget: 6000" if field == "budget" else "hires_needed: 12"
    text = TWO.replace(old, f"{field}: {value}")
    codes = [f.code for f in check_text(tmp_path, text).findings if f.question is None]
    assert codes == ["JP009"]


def test_percent_strings_are_rates(tmp_path):
    assert has_forecast_data(check_text(tmp_path, TWO).plan)
    result = check_text(tmp_path, CLEAN.replace("{goal: hire}", '{goal: hire, target_rate: "6%"}'))
    assert [f.code for f in result.findings] == []
    offer = next(t for t in result.plan.touchpoints if t.id == "hire")
    assert offer.conversion.target_rate == pytest.approx(0.06)
