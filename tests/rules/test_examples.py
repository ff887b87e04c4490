"""Every rule's example is real: the failing snippet, embedded in an otherwise clean plan,
makes the checker report the rule; the fixed snippet passes every check."""

from __future__ import annotations

import pytest

from journeyplan.check.pipeline import check_plan
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
