"""Every rule can be explained, and every finding renders to a complete sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journeyplan.check.pipeline import check_plan
from journeyplan.messages import render_message, texts
from journeyplan.rules import REGISTRY

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EN = texts("en")


@pytest.mark.parametrize("code", list(REGISTRY))
def test_every_rule_has_a_title_and_an_explanation(code):
    assert EN.get(f"title.{code}")
    assert len(EN.get(f"explain.{code}", "")) > 40


@pytest.mark.parametrize("path", [DATA / "hospital-defects", EXAMPLES / "broken"])
def test_every_finding_message_is_filled_in(path):
    result = check_plan(path)
    assert result.findings
    for f in result.findings:
        text = render_message(f.key, f.args)
        assert text and not re.search(r"\{[a-z_]+\}", text), (f.code, f.key, text)
        assert f.key in EN, f.key


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_1_1_finding_message_is_filled_in(lang):
    result = check_plan(DATA / "hospital-1-1-defects")
    assert {f.code for f in result.findings} >= {"JP512", "JP514", "JP517", "JP520"}
    for f in result.findings:
        text = render_message(f.key, f.args, lang)
        # JP514 quotes the unknown placeholder itself ('{frist_name}'); nothing else is left
        left = set(re.findall(r"\{([a-z_]+)\}", text)) - {f.args.get("placeholder")}
        assert text and not left, (f.code, f.key, text)
        assert f.key in EN, f.key
