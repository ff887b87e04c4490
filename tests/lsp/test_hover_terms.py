"""A hover shows the values of the format's enumerations in the plan's language: a Dutch
hover never reads "Soort kanaal: social" or "Mediasoort: paid"."""

from __future__ import annotations

from tests.lsp.test_lsp_texts import hover_markdown, plan  # noqa: F401 (a fixture)


def test_enumeration_values_are_translated_in_a_hover(plan):  # noqa: F811
    whatsapp = next(c for c in plan.channels if c.id == "whatsapp")
    nl = hover_markdown("channel", whatsapp, plan, "nl").splitlines()
    assert "- Soort kanaal: chat en berichten" in nl and "- Mediasoort: eigen media" in nl
    en = hover_markdown("channel", whatsapp, plan, "en").splitlines()
    assert "- Type: messaging" in en and "- Media: owned" in en
    social = next(c for c in plan.channels if c.type == "social")
    assert "- Soort kanaal: sociale media" in hover_markdown("channel", social, plan, "nl")
    paid = next(c for c in plan.channels if c.media == "paid")
    assert "- Mediasoort: betaalde media" in hover_markdown("channel", paid, plan, "nl")
    rejection = next(t for t in plan.touchpoints if t.kind == "rejection")
    assert "afwijzing" in hover_markdown("touchpoint", rejection, plan, "nl")
    hire = next(t for t in plan.touchpoints if t.conversion and t.conversion.goal == "hire")
    assert "aanstelling" in hover_markdown("touchpoint", hire, plan, "nl")
