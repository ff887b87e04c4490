"""The language server's own texts (hover, refused renames) in the plan's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeyplan.check.pipeline import check_plan
from journeyplan.lsp.editing import refusal
from journeyplan.lsp.navigation import hover_markdown

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def plan():
    return check_plan(EXAMPLES / "technical-staffing").plan


def test_hover_of_a_persona_in_english_and_dutch(plan):
    sander = next(p for p in plan.personas if p.id == "sander")
    en = hover_markdown("persona", sander, plan, "en")
    assert en.splitlines()[0] == "**Sander, service electrician** — persona `sander`"
    assert "- Motivations: variety, a different job every day" in en
    assert "- Preferred channels: Instagram \\(reels and stories\\)" in en
    nl = hover_markdown("persona", sander, plan, "nl")
    assert "- Drijfveren: variety, a different job every day" in nl
    assert "- Voorkeurskanalen: Instagram" in nl and "- Doelgroep: " in nl


def test_hover_of_a_channel_shows_type_and_response_time(plan):
    whatsapp = next(c for c in plan.channels if c.id == "whatsapp")
    en = hover_markdown("channel", whatsapp, plan, "en")
    assert en.splitlines() == [
        "**WhatsApp Business** — channel `whatsapp`",
        "- Type: messaging",
        "- Media: owned",
        "- Response time: 2h",
    ]
    assert "- Reactietijd: 2h" in hover_markdown("channel", whatsapp, plan, "nl")


def test_a_brand_element_says_its_role(plan):
    winner = next(b for b in plan.brand_elements if b.role == "winner")
    assert "— winner `" in hover_markdown("brand element", winner, plan, "en")


def test_refused_rename_in_dutch():
    assert refusal("taken", "nl", kind="channel", new="email", place="channels.yaml:3") == (
        "er is al een kanaal 'email' (channels.yaml:3)"
    )
    assert refusal("invalid", "en", new="X", pattern="^p$") == "'X' is not an id: ids match ^p$"
