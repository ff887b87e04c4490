"""Version 1.1 is opt-in (plan-format.md, "Version 1.1"): a plan that uses none of its fields
gets exactly the findings it got under 1.0, except that a 1.0 plan that promises an answer
(a touchpoint's ``response_time``) is held to that promise (JP511).

Proved over every 1.0 plan the project ships or tests with: the check with every rule
equals the check without the 1.1 rules, plus the JP511 findings and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

import journeyplan.check.pipeline as pipeline
from journeyplan.check.pipeline import check_plan
from journeyplan.rules import REGISTRY

ROOT = Path(__file__).resolve().parents[2]
#: The checks added by version 1.1 (JP511 and up in question 5; the forecast's).
FORECAST_CODES = frozenset(
    {"JP110", "JP310", "JP311", "JP313", "JP315", "JP314", "JP410", "JP411", "JP416", "JP417"}
)
V11_CODES = FORECAST_CODES | frozenset(
    code for code in REGISTRY if code.startswith("JP5") and code >= "JP511"
)
#: The one 1.1 check a 1.0 plan is held to.
HELD = frozenset({"JP511"})

PLANS_1_0 = [
    ROOT / "examples" / "starter",
    ROOT / "examples" / "broken",
    ROOT / "tests" / "data" / "hospital",
    ROOT / "tests" / "data" / "hospital-defects",
    ROOT / "tests" / "data" / "hospital-unreadable",
    ROOT / "tests" / "fixtures" / "render-tricky.yaml",
]


def uses_1_1(plan) -> list[str]:
    """The version 1.1 fields of this change that PLAN writes (plan-format.md, "Talent pool",
    "Candidate experience", "Personalised content", "Scoped brand elements")."""
    used = []
    if plan.info is not None:
        used += [
            f"plan.{n}" for n in ("jurisdiction", "max_silence", "fields") if n in plan.info.at
        ]
    for t in plan.touchpoints:
        used += [f"{t.id}.{n}" for n in ("consent", "retention", "experience") if n in t.at]
        if t.kind == "talent_pool":
            used.append(f"{t.id}.kind")
    used += [f"{b.id}.target_groups" for b in plan.brand_elements if "target_groups" in b.at]
    return used


def _key(f):
    return (f.code, f.severity, f.location, f.key, f.persona, f.subject, sorted(f.args.items()))


@pytest.mark.parametrize("path", PLANS_1_0, ids=lambda p: p.name)
def test_a_1_0_plan_gets_no_new_finding_but_its_promises(path, monkeypatch):
    full = check_plan(path)
    assert uses_1_1(full.plan) == []  # a 1.0 plan indeed
    monkeypatch.setattr(
        pipeline, "REGISTRY", {c: r for c, r in REGISTRY.items() if c not in V11_CODES}
    )
    before = check_plan(path)
    assert [_key(f) for f in full.findings if f.code not in HELD] == [
        _key(f) for f in before.findings
    ]
    assert {f.code for f in full.findings} - {f.code for f in before.findings} <= HELD


def test_the_technical_staffing_example_uses_all_of_it_and_checks_clean():
    result = check_plan(ROOT / "examples" / "technical-staffing")
    used = uses_1_1(result.plan)
    for name in ("plan.jurisdiction", "plan.max_silence", "plan.fields", "talent-pool.kind"):
        assert name in used
    assert {"talent-pool.consent", "talent-pool.retention", "offer.experience"} <= set(used)
    assert "paid-retraining.target_groups" in used
    assert result.plan.info.jurisdiction == "NL"
    assert result.findings == []


def test_the_1_1_codes_are_known():
    assert "JP511" in V11_CODES
    assert "JP510" not in V11_CODES


def test_the_render_fixture_breaks_its_own_promise_and_is_told():
    # tests/fixtures/render-tricky.yaml is a 1.0 plan whose acknowledgement promises 36h but
    # moves on after 2d and 1w: the golden maps keep it as it is; the check now says so
    result = check_plan(ROOT / "tests" / "fixtures" / "render-tricky.yaml")
    held = [
        (f.code, str(f.args["promise"]), str(f.args["delay"]))
        for f in result.findings
        if f.code in HELD
    ]
    assert held == [("JP511", "36h", "2d"), ("JP511", "36h", "1w")]
