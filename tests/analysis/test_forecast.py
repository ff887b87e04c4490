"""The forecast of whole plans: figures computed by hand, the budget split, target groups,
and what happens when data is missing or wrong (a figure is None, a problem says where)."""

from __future__ import annotations

import textwrap

import pytest

from journeyplan.analysis.forecast import forecast, has_forecast_data
from journeyplan.check.pipeline import check_plan
from tests.common import CLEAN, EXAMPLES

TWO = """\
plan: {name: Two personas, currency: USD}
target_groups:
  - {id: techs, name: Techs, description: d, hires_needed: 12}
  - {id: switchers, name: Switchers, description: d}
personas:
  - {id: sam, name: Sam, target_group: techs, motivations: [m], channels: [insta, whatsapp]}
  - {id: lisa, name: Lisa, target_group: switchers, motivations: [m], channels: [indeed, whatsapp]}
channels:
  - {id: insta, name: Instagram, type: social, budget: 6000}
  - {id: indeed, name: Indeed, type: job_board, budget: 3000}
  - {id: whatsapp, name: WhatsApp, type: messaging, response_time: 2h, budget: 1000}
touchpoints:
  - {id: reel, stage: awareness, channel: insta, personas: [sam], entry: true, reach: 40000}
  - {id: ad, stage: awareness, channel: indeed, personas: [lisa], entry: true, reach: 5000}
  - {id: chat, stage: consideration, channel: whatsapp}
  - {id: form, stage: application, channel: whatsapp, conversion: {goal: application, target_rate: 0.002}}
  - {id: offer, stage: hire, channel: whatsapp, conversion: {goal: hire, target_rate: "0.1%"}}
  - {id: rejection, stage: selection, channel: whatsapp, kind: rejection, feedback: true}
triggers:
  - {from: reel, to: chat, event: taps, rate: 2%, delay: 1d}
  - {from: ad, to: chat, event: taps, rate: 0.1}
  - {from: chat, to: form, event: applies, rate: 0.25, delay: 2h}
  - {from: form, to: offer, event: selected, rate: 0.2, delay: 2w}
  - {from: form, to: rejection, event: not selected, rate: 0.8, delay: 1w}
"""


def _forecast(tmp_path, text):
    path = tmp_path / "plan.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    result = check_plan(path)
    return result, forecast(result.plan)


def test_two_personas_by_hand(tmp_path):
    result, fc = _forecast(tmp_path, TWO)
    assert fc.problems == []
    assert fc.currency == "USD"
    sam, lisa = fc.personas
    # sam: 40000 * 2% = 800 chats, * 25% = 200 applications, * 20% = 40 hires
    assert (sam.reach, sam.applications, sam.hires) == pytest.approx((40000, 200, 40))
    # lisa: 5000 * 10% = 500 chats, 125 applications, 25 hires
    assert (lisa.reach, lisa.applications, lisa.hires) == pytest.approx((5000, 125, 25))
    form, offer = sam.conversions
    assert form.share == pytest.approx(200 / 40000) and form.target_rate == 0.002
    assert offer.target_rate == pytest.approx(0.001)
    assert form.minutes_to_reach == pytest.approx(1440 + 120)
    assert offer.minutes_to_reach == pytest.approx(1440 + 120 + 2 * 10080)
    # WhatsApp's 1000 is split by visits to its touchpoints: chat, form, offer, rejection
    sam_visits = 800 + 200 + 40 + 160
    lisa_visits = 500 + 125 + 25 + 100
    wa_sam = 1000 * sam_visits / (sam_visits + lisa_visits)
    assert sam.cost == pytest.approx(6000 + wa_sam)
    assert lisa.cost == pytest.approx(3000 + 1000 - wa_sam)
    assert sam.cost_per_hire == pytest.approx((6000 + wa_sam) / 40)
    assert sam.cost_per_application == pytest.approx((6000 + wa_sam) / 200)
    techs, switchers = fc.target_groups
    assert (techs.hires, techs.hires_needed) == (pytest.approx(40), 12)
    assert (switchers.hires, switchers.hires_needed) == (pytest.approx(25), None)
    assert fc.budget == 10000 and fc.hires == pytest.approx(65)
    assert fc.cost_per_hire == pytest.approx(10000 / 65)


def test_the_bottleneck_names_the_strongest_triggers(tmp_path):
    _, fc = _forecast(tmp_path, TWO)
    sam = fc.personas[0]
    # a straight funnel: every step has elasticity 1; ties go to the step where one more
    # percentage point of rate gives the most hires (the 2% tap: +20 hires; selection
    # +2 (200 applications); applying +1.6 (800 chats, 20% of them hired)
    assert [(lv.trigger.source, lv.trigger.target) for lv in sam.levers] == [
        ("reel", "chat"),
        ("form", "offer"),
        ("chat", "form"),
    ]
    assert [lv.elasticity for lv in sam.levers] == pytest.approx([1, 1, 1])
    assert sam.levers[0].hires_per_point == pytest.approx(40000 * 0.01 * 0.25 * 0.2)


def test_a_missing_rate_makes_only_what_lies_behind_it_unknown(tmp_path):
    text = TWO.replace(
        "{from: form, to: offer, event: selected, rate: 0.2, delay: 2w}",
        "{from: form, to: offer, event: selected}",
    )
    _, fc = _forecast(tmp_path, text)
    assert [(p.kind, p.element.target, p.persona) for p in fc.problems] == [
        ("missing-rate", "offer", None)  # one problem for the place, shared by two journeys
    ]
    sam = fc.personas[0]
    assert sam.applications == pytest.approx(200)
    assert sam.hires is None and sam.cost_per_hire is None
    assert fc.hires is None and fc.cost_per_hire is None
    assert fc.target_groups[0].hires is None


def test_a_missing_rate_that_changes_no_figure_is_not_needed(tmp_path):
    text = TWO.replace(
        "{from: form, to: rejection, event: not selected, rate: 0.8, delay: 1w}",
        "{from: form, to: rejection, event: not selected}",
    )
    text = text.replace("budget: 1000", "budget: 0")
    _, fc = _forecast(tmp_path, text)
    assert fc.problems == []
    assert fc.personas[0].hires == pytest.approx(40)


def test_a_missing_reach_is_one_problem_per_entry(tmp_path):
    text = TWO.replace(", reach: 5000", "")
    _, fc = _forecast(tmp_path, text)
    assert [(p.kind, p.element.id, p.persona) for p in fc.problems] == [
        ("missing-reach", "ad", "lisa")
    ]
    sam, lisa = fc.personas
    assert lisa.reach is None and lisa.hires is None
    assert sam.hires == pytest.approx(40)
    # WhatsApp's split needs lisa's visits: costs are unknown for both
    assert sam.cost is None and lisa.cost is None


def test_reach_per_persona_on_a_shared_entry(tmp_path):
    text = TWO.replace(
        "- {id: reel, stage: awareness, channel: insta, personas: [sam], entry: true, reach: 40000}",
        "- {id: reel, stage: awareness, channel: insta, personas: [sam, lisa], entry: true, reach: {sam: 40000, lisa: 1000}}",
    ).replace("channels: [indeed, whatsapp]", "channels: [indeed, whatsapp, insta]")
    text = text.replace(
        "{from: reel, to: chat, event: taps, rate: 2%, delay: 1d}",
        "{from: reel, to: chat, event: taps, rate: 2%}",
    )
    _, fc = _forecast(tmp_path, text)
    assert fc.problems == []
    lisa = fc.personas[1]
    assert lisa.reach == 6000
    assert lisa.applications == pytest.approx((5000 * 0.1 + 1000 * 0.02) * 0.25)


@pytest.mark.parametrize(
    "old, new, kind",
    [
        ("personas: [sam], entry: true, reach: 40000", "entry: true, reach: 40000", "reach-shared"),
        (
            "rate: 0.25, delay: 2h}",
            "rate: 0.25, delay: 2h}\n  - {from: chat, to: chat, event: re-reads, rate: 0.8}",
            "rates-over-one",
        ),
        (
            "{id: chat, stage: consideration, channel: whatsapp}",
            "{id: chat, stage: consideration, channel: whatsapp, reach: 10}",
            "reach-not-entry",
        ),
    ],
)
def test_reach_and_rates_that_cannot_be_right(tmp_path, old, new, kind):
    assert old in TWO
    _, fc = _forecast(tmp_path, TWO.replace(old, new))
    assert kind in [p.kind for p in fc.problems]


def test_a_loop_nobody_leaves_is_located_and_its_figures_unknown(tmp_path):
    text = TWO.replace(
        "  - {from: chat, to: form, event: applies, rate: 0.25, delay: 2h}\n",
        "  - {from: chat, to: nudge, event: silent, rate: 1}\n"
        "  - {from: nudge, to: chat, event: replies, rate: 1}\n"
        "  - {from: nudge, to: form, event: applies, rate: 0}\n",
    ).replace(
        "  - {id: form,",
        "  - {id: nudge, stage: consideration, channel: whatsapp}\n  - {id: form,",
    )
    _, fc = _forecast(tmp_path, text)
    loops = [p for p in fc.problems if p.kind == "closed-loop"]
    assert [(p.element.id, p.loop, p.persona) for p in loops] == [("chat", ("chat", "nudge"), None)]
    assert fc.personas[0].hires is None


def test_a_plan_without_forecast_data(tmp_path):
    result, fc = _forecast(tmp_path, CLEAN)
    assert not has_forecast_data(result.plan)
    assert [p.kind for p in fc.problems].count("missing-reach") == 1
    assert fc.personas[0].reach is None and fc.budget is None


def test_the_example_ships_a_forecast():
    result = check_plan(EXAMPLES / "technical-staffing")
    fc = forecast(result.plan)
    assert has_forecast_data(result.plan)
    assert fc.problems == []
    assert all(pf.hires is not None and pf.hires > 0 for pf in fc.personas)
    assert fc.cost_per_hire is not None


def test_check_loads_numpy_and_scipy_only_for_a_plan_with_forecast_data():
    import subprocess
    import sys

    code = (
        "import sys; from journeyplan.check.pipeline import check_plan; "
        "check_plan(sys.argv[1]); print('numpy' in sys.modules, 'scipy' in sys.modules)"
    )
    for name, expected in (("starter", "False False"), ("technical-staffing", "True True")):
        out = subprocess.run(
            [sys.executable, "-c", code, str(EXAMPLES / name)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert out == expected, name
