"""The report's forecast funnel and emotion curve: geometry from numbers, drawn only when the
plan has the data (plan format 1.1: the forecast fields, a touchpoint's ``experience``)."""

from __future__ import annotations

import math
from types import SimpleNamespace

from journeyplan.clientreport.charts import (
    CHART_WIDTH,
    emotion_curves,
    format_number,
    format_share,
    funnels,
)
from journeyplan.clientreport.content import gather
from journeyplan.clientreport.writer import render_html
from tests.common import EXAMPLES
from tests.report.client_common import scan

FORECAST = {
    "version": 1,
    "currency": "EUR",
    "personas": [
        {
            "persona": "daan",
            "reach": 40000,
            "applications": 61.2,
            "hires": 4.9,
            "cost": 5200.0,
            "cost_per_hire": 1061.2,
            "conversions": [
                {"touchpoint": "apply", "goal": "application", "expected": 61.2},
                {"touchpoint": "offer", "goal": "hire", "expected": 4.9},
            ],
        }
    ],
}


def _plan():
    from journeyplan.check.pipeline import check_plan

    return check_plan(EXAMPLES / "starter")


def test_funnel_steps_bars_and_bottleneck():
    result = _plan()
    (funnel,) = funnels(result.plan, FORECAST, "en")
    assert funnel.persona == "Daan, first-year installer"
    assert [(s.label, s.text) for s in funnel.steps] == [
        ("Reached", "40,000"),
        ("Apply on WhatsApp, no cover letter", "61.2"),
        ("Hires", "4.9"),
    ]
    assert funnel.steps[0].width == CHART_WIDTH
    assert funnel.steps[1].width == round(CHART_WIDTH * math.log10(62.2) / math.log10(40001), 1)
    # 61.2 / 40000 = 0.15% is the smallest share: the bottleneck, not 4.9 / 61.2 = 8%
    assert [s.bottleneck for s in funnel.steps] == [False, True, False]
    assert [s.share_text for s in funnel.steps] == [None, "0.15%", "8.0%"]
    assert funnel.cost_per_hire == "EUR 1,061"


def test_no_forecast_no_funnel():
    result = _plan()
    assert funnels(result.plan, None, "en") == []
    assert funnels(result.plan, {"personas": [{"persona": "daan", "reach": 0}]}, "en") == []


def test_numbers_in_dutch():
    assert format_number(40000, "nl") == "40.000"
    assert format_number(61.25, "nl") == "61,2"
    assert format_share(0.0015, "nl") == "0,15%"


def _curve_plan():
    stages = [SimpleNamespace(id="find", label="Find"), SimpleNamespace(id="bind", label="Bind")]

    def tp(tid, stage, experience, entry=False):
        return SimpleNamespace(
            id=tid,
            label=tid.title(),
            stage=stage,
            experience=experience,
            entry=entry,
            channel="c",
            personas=None,
        )

    touchpoints = [
        tp("offer", "bind", 2),
        tp("reel", "find", 1, entry=True),
        tp("silence", "bind", -2),
        tp("chat", "find", None),
    ]
    triggers = [
        SimpleNamespace(source="reel", target="chat", personas=None),
        SimpleNamespace(source="chat", target="silence", personas=None),
        SimpleNamespace(source="silence", target="offer", personas=None),
    ]
    persona = SimpleNamespace(id="daan", label="Daan")
    return SimpleNamespace(
        stages=stages, touchpoints=touchpoints, triggers=triggers, personas=[persona]
    )


def test_emotion_curve_in_journey_order_with_the_lowest_point():
    (curve,) = emotion_curves(_curve_plan(), "en")
    assert [(p.label, p.value, p.stage) for p in curve.points] == [
        ("Reel", 1, "Find"),
        ("Silence", -2, "Bind"),
        ("Offer", 2, "Bind"),
    ]
    assert [p.lowest for p in curve.points] == [False, True, False]
    assert [b[0] for b in curve.bands] == ["Find", "Bind"]
    assert curve.path.startswith("M ")
    ys = [p.y for p in curve.points]
    assert ys[2] < ys[0] < ys[1]  # +2 highest on the chart, -2 lowest


def test_a_plan_without_experience_has_no_curve():
    assert emotion_curves(_plan().plan, "en") == []


def test_the_sections_appear_when_the_data_exists():
    result = _plan()
    from journeyplan.clientreport.provenance import Provenance

    report = gather(result, "en", Provenance(None).text("en"))
    plain = render_html(report).decode()
    assert 'id="forecast"' not in plain and 'id="experience"' not in plain
    report.funnels = funnels(result.plan, FORECAST, "en")
    report.curves = emotion_curves(_curve_plan(), "en")
    html = render_html(report)
    text = " ".join(scan(html).text)
    assert "Forecast" in text and "bottleneck: 0.15% go on from the step before" in text
    assert "Candidate experience" in text and "lowest point" in text
    assert html.decode().count('class="chart-svg"') == 2


def test_conversions_off_the_way_to_a_hire_are_set_aside():
    result = _plan()
    forecast = {
        "personas": [
            {
                "persona": "daan",
                "reach": 1000,
                "hires": 5.0,
                "conversions": [
                    {
                        "touchpoint": "apply",
                        "goal": "application",
                        "expected": 40.0,
                        "minutes_to_reach": 60,
                    },
                    {
                        "touchpoint": "offer",
                        "goal": "hire",
                        "expected": 5.0,
                        "minutes_to_reach": 6000,
                    },
                    {
                        "touchpoint": "reel",
                        "goal": "referral",
                        "expected": 9.0,
                        "minutes_to_reach": 90000,
                    },  # after the hire
                    {
                        "touchpoint": "chat",
                        "goal": "lead",
                        "expected": 2.0,
                        "minutes_to_reach": 30,
                    },  # fewer than the hires
                ],
            }
        ],
        "target_groups": [{"target_group": "mbo-installers", "hires": 5.0, "hires_needed": 8}],
    }
    (funnel,) = funnels(result.plan, forecast, "en")
    assert [s.label for s in funnel.steps] == [
        "Reached",
        "Apply on WhatsApp, no cover letter",
        "Hires",
    ]
    assert funnel.aside == (
        ("Reel of a day in the team", "9"),
        ("WhatsApp chat about pay and the academy", "2"),
    )
    from journeyplan.clientreport.charts import group_forecasts

    (group,) = group_forecasts(result.plan, forecast, "en")
    assert (group.name, group.hires, group.needed, group.status, group.short) == (
        "MBO installers",
        "5",
        "8",
        "3 short",
        True,
    )


def test_the_report_of_the_example_names_the_forecasts_bottleneck():
    """The funnels come from the real forecast of the shipped example (issue 12): each
    persona's funnel names the triggers whose rate moves its hires most, in the order and
    with the figures `journeyplan forecast` gives."""
    from journeyplan.analysis.forecast import forecast
    from journeyplan.check.pipeline import check_plan
    from journeyplan.clientreport import _forecast

    result = check_plan(EXAMPLES / "technical-staffing")
    made = funnels(result.plan, _forecast(result), "en")
    fc = forecast(result.plan)
    assert [f.persona for f in made] == [pf.persona.label for pf in fc.personas]
    for funnel, pf in zip(made, fc.personas):
        assert len(funnel.levers) == len(pf.levers) == 3
        for text, lever in zip(funnel.levers, pf.levers):
            assert text.startswith(f"{lever.source.label} → {lever.target.label}: now ")
            assert f"+{lever.hires_per_point:.2g} hires" in text
        assert funnel.steps[0].text == format_number(pf.reach, "en")
        assert funnel.steps[-1].value == pf.hires
    lisa = made[-1]
    assert lisa.levers[0].endswith("now 5.0%; one point more gives +2.1 hires")
    dutch = funnels(result.plan, _forecast(result), "nl")[-1]
    assert dutch.levers[0].endswith("nu 5,0%; één procentpunt meer levert +2,1 aanstellingen op")


# --------------------------------------------------------------------------- the example's curve
REEL = "Day-in-the-life reel by Jeroen, service electrician"
COFFEE = "Coffee at the workshop with the technician from the video"
OFFER = "Offer and contract"
FIRST_DAY = "First day with a buddy"
NO = "Honest no, with feedback and a free training day"
POOL = "Talent pool: re-engage in 6 months"
CHECK_IN = "Six-month check-in with a new story"


def _example_curves():
    from journeyplan.check.pipeline import check_plan

    plan = check_plan(EXAMPLES / "technical-staffing").plan
    return {c.persona: c for c in emotion_curves(plan, "en")}


def test_the_example_s_curves_follow_the_journey_in_time():
    """technical-staffing scores its touchpoints: the re-engagement check-in (stage Find,
    26 weeks after the talent pool) comes last, not beside the first advert; the talent
    pool after the rejection that leads to it."""
    curves = _example_curves()
    assert list(curves) == [
        "Sander, service electrician",
        "Ruud, senior mechanic",
        "Lisa, career switcher from logistics",
    ]
    sander = [p.label for p in curves["Sander, service electrician"].points]
    assert sander == [
        REEL,
        "Vacancy page presented by Jeroen, pay on top",
        "Apply in 60 seconds on WhatsApp",
        "Application acknowledged, with a date",
        COFFEE,
        OFFER,
        NO,
        FIRST_DAY,
        "Free training day at the workshop",
        "Tell your own story (and bring a colleague)",
        POOL,
        CHECK_IN,
    ]
    for curve in curves.values():
        labels = [p.label for p in curve.points]
        assert labels[-1] == CHECK_IN
        assert labels.index(COFFEE) < labels.index(OFFER) < labels.index(FIRST_DAY)
        assert labels.index(NO) < labels.index(POOL)
        assert [p.label for p in curve.points if p.lowest] == [NO]
        assert [p.number for p in curve.points] == list(range(1, len(labels) + 1))
        xs = [p.x for p in curve.points]
        assert xs == sorted(xs) and len(set(xs)) == len(xs)
        # the stage bands touch without overlapping, across the whole chart
        assert curve.bands[0][1] == 0.0 and curve.bands[-1][2] == CHART_WIDTH
        for (_, _, end), (_, start, _) in zip(curve.bands, curve.bands[1:]):
            assert end == start
    assert [b[0] for b in curves["Sander, service electrician"].bands] == [
        "Find",
        "Attract",
        "Engage",
        "Bind",
        "Find",  # the re-engagement takes him back to the first stage
    ]
    # Lisa's ways in have no score: her curve starts at her application (gaps, not zeros)
    lisa = curves["Lisa, career switcher from logistics"].points
    assert lisa[0].label == "Short application, pre-filled from the try-out day"


def test_the_line_follows_the_triggers_and_the_rejection_is_a_branch():
    """The offer and the rejection are two outcomes of one interview: the line never runs
    from one to the other. The hired candidate's journey is the main line; the rejection,
    the training day, the talent pool and the re-engagement are its branches."""
    for curve in _example_curves().values():
        main = {(s.a.label, s.b.label) for s in curve.segments if s.main}
        branch = {(s.a.label, s.b.label) for s in curve.segments if not s.main}
        assert (COFFEE, OFFER) in main and (OFFER, FIRST_DAY) in main
        assert (COFFEE, NO) in branch and (POOL, CHECK_IN) in branch
        every = main | branch
        assert (OFFER, NO) not in every and (NO, OFFER) not in every
        assert (NO, FIRST_DAY) not in every
        assert not any(NO in pair for pair in main)
        # the re-engagement loops back to the start: it orders nothing and draws no line back
        assert not any(a == CHECK_IN for a, _ in every)
        assert curve.path.startswith("M ") and curve.branch_path.startswith("M ")


def test_the_example_s_report_draws_the_curves_with_their_branches():
    from journeyplan.check.pipeline import check_plan
    from journeyplan.clientreport.provenance import Provenance

    result = check_plan(EXAMPLES / "technical-staffing")
    report = gather(result, "en", Provenance(None).text("en"))
    report.curves = emotion_curves(result.plan, "en")
    html = render_html(report)
    section = html.decode()[html.decode().index('id="experience"') :]
    assert section.count('class="curve-line branch"') == 3 * 2  # the chart and its key
    assert section.count('<figure class="chart curve">') == 3
    text = " ".join(scan(html).text)
    assert "the journey of a candidate who is hired" in text
    assert "other ways: a rejection, the talent pool, a re-engagement" in text
