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
