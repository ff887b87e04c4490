"""Every rule's example is real: the failing snippet, embedded in an otherwise clean plan,
makes the checker report the rule; the fixed snippet passes every check."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from journeyplan.i18n import render_message
from journeyplan.rules import REGISTRY
from journeyplan.rules.examples import (
    BASE,
    BASE_FILE,
    EXAMPLES,
    NO_EXAMPLE,
    clean_plan,
    example_files,
)
from tests.common import CLEAN

#: The clean plan as the tests have always had it, byte for byte: hundreds of tests quote
#: its line and column positions, so the one declaration (snippets/base.yaml) must not move.
_CLEAN_AS_ALWAYS = """\
plan:
  name: Clean plan
  stages:
    - {id: find, name: Find}
    - {id: apply, name: Apply}
employer_brand:
  proposition: People work in technology
  qualifiers:
    - {id: fair-pay, text: Fair pay}
  winners:
    - {id: academy, text: Own academy}
  personality:
    - {id: honest, text: Honest}
target_groups:
  - id: techs
    name: Technicians
    description: Vocational technicians
personas:
  - id: sam
    name: Sam
    target_group: techs
    motivations: [craft]
    channels: [insta, whatsapp]
channels:
  - {id: insta, name: Instagram, type: social}
  - {id: whatsapp, name: WhatsApp, type: messaging, response_time: 2h}
touchpoints:
  - {id: video, name: Video, stage: find, channel: insta, entry: true, brand: [academy, honest]}
  - {id: apply, name: Apply, stage: apply, channel: whatsapp, conversion: {goal: application}, brand: [fair-pay]}
  - {id: ack, name: Ack, stage: apply, channel: whatsapp, response_time: 2d}
  - {id: reject, name: Rejection, stage: apply, channel: whatsapp, kind: rejection, feedback: true}
  - {id: hire, name: Hire, stage: apply, channel: whatsapp, conversion: {goal: hire}}
triggers:
  - {from: video, to: apply, event: clicked apply}
  - {from: apply, to: ack, event: submitted}
  - {from: ack, to: reject, event: not selected}
  - {from: ack, to: hire, event: selected}
"""


def _write(tmp_path, code, which, lang):
    example = EXAMPLES[code]
    encoding = example.encoding if which == "bad" else "utf-8"
    for name, text in example_files(code, which, lang).items():
        path = tmp_path / name
        path.write_bytes(text.encode(encoding if name != BASE_FILE else "utf-8"))
    return check_plan(tmp_path)


def test_every_rule_has_an_example():
    assert sorted(EXAMPLES) == sorted(set(REGISTRY) - NO_EXAMPLE)


def test_the_clean_plan_is_declared_once_and_unchanged():
    assert clean_plan() == _CLEAN_AS_ALWAYS
    assert CLEAN == _CLEAN_AS_ALWAYS  # what tests/common.py gives every test
    assert "".join(BASE.values()) == clean_plan()


def test_the_base_plan_is_clean(tmp_path):
    (tmp_path / BASE_FILE).write_text(clean_plan(), encoding="utf-8")
    result = check_plan(tmp_path)
    assert result.findings == []
    assert [p.id for p in result.plan.personas] == ["sam"]


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_bad_example_triggers_its_rule(tmp_path, code, lang):
    result = _write(tmp_path, code, "bad", lang)
    codes = {f.code for f in result.findings}
    assert code in codes, f"{code} not reported; got {sorted(codes)}"


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_fixed_example_passes_every_check(tmp_path, code, lang):
    result = _write(tmp_path, code, "fix", lang)
    assert [(f.code, f.location) for f in result.findings] == []


def test_examples_differ_from_their_fix():
    for code, example in EXAMPLES.items():
        assert example.bad != example.fix or example.encoding != "utf-8", code


def test_snippet_replaces_base_items_by_id():
    files = example_files("JP507", "bad")
    base = files[BASE_FILE]
    assert "{id: ack," not in base  # replaced by the snippet's ack
    assert "{id: apply," in base
    assert "- {id: ack, stage: apply, channel: whatsapp}" in files["example.yaml"]


def test_snippet_replaces_block_style_items_whole():
    files = example_files("JP004", "bad")
    base = files[BASE_FILE]
    assert "  - id: sam\n" not in base  # sam, with all its lines, comes from the snippet
    assert "    motivations: [craft]\n" not in base
    assert base.startswith("plan:\n  name: Clean plan\n")
    assert "personas:" not in base  # nothing left of the section
    assert "  - id: techs\n    name: Technicians\n" in base  # other sections stay whole
    assert "motivations: craft, regular hours" in files["example.yaml"]


_QUOTED_ID = re.compile(r"'([a-z0-9][a-z0-9_-]*)'")
_TOUCHPOINT_ID = re.compile(r"^  - \{id: ([a-z0-9_-]+)", re.M)


def _comments(code: str, lang: str) -> list[str]:
    return [render_message(f"example.{code}.{which}", None, lang) for which in ("bad", "fix")]


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_an_example_names_only_what_its_plan_holds(code, lang):
    """The comments of `journeyplan explain CODE` name ids, keys and values as written in
    quotes ('video'), and every one of them is in the example's own plan (base.yaml with
    the snippet): no id of an older base plan ('the form', 'the offer'). A touchpoint of the
    example is named by its quoted id, never as 'the video' / 'de video'."""
    plan = "".join(
        text for which in ("bad", "fix") for text in example_files(code, which, lang).values()
    )
    words = set(re.findall(r"[A-Za-z0-9_-]+", plan))
    section = plan[plan.find("touchpoints:") :] if "touchpoints:" in plan else ""
    touchpoints = set(_TOUCHPOINT_ID.findall(section))
    for comment in _comments(code, lang):
        assert set(_QUOTED_ID.findall(comment)) <= words, comment
        for tp in touchpoints:
            assert not re.search(rf"\b(the|de|het) {re.escape(tp)}\b", comment, re.I), comment


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    ("code", "which", "ids"),
    [
        ("JP302", "Example that fails", ["'apply'", "'hire'"]),
        ("JP506", "The fix", ["'hire'"]),
        ("JP511", "Example that fails", ["'ack'", "'hire'"]),
        ("JP410", "Example that fails", ["'apply'"]),
        ("JP513", "Example that fails", ["'reject'"]),
    ],
)
def test_explain_names_the_base_plans_touchpoints(code, which, ids, lang):
    """`journeyplan explain` of these rules once spoke of 'the form', 'the offer' and 'the
    rejection', touchpoints of an older base plan; the comment now names the touchpoint of
    base.yaml it is about, on the snippet's own line, in both languages."""
    out = CliRunner().invoke(app, ["explain", code, "--lang", lang])
    assert out.exit_code == 0, out.output
    heading = (
        which
        if lang == "en"
        else {"Example that fails": "Voorbeeld dat faalt"}.get(which, "De oplossing")
    )
    part = out.output.split(heading, 1)[1]
    comment = next(line for line in part.splitlines() if "#" in line)
    for name in ids:
        assert name in comment.split("#", 1)[1], comment
    for old in ("form", "offer", "formulier", "aanbod", "the rejection", "de afwijzing"):
        assert old not in comment, comment
