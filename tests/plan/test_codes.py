"""Codes written as text (plan format 1.1): ``plan.currency`` is an ISO 4217 code in use."""

from __future__ import annotations

import pytest

from journeyplan.i18n import render_message
from journeyplan.plan.codes import CURRENCIES
from tests.common import CLEAN, check_text, edit


def _with_currency(value: str) -> str:
    return edit(CLEAN, "  name: Clean plan\n", f"  name: Clean plan\n  currency: {value}\n")


@pytest.mark.parametrize("value", ["EUR", "USD", "GBP", "CHF", "SEK", "PLN"])
def test_a_currency_in_use_is_accepted(tmp_path, value):
    result = check_text(tmp_path, _with_currency(value))
    assert [f for f in result.findings if f.severity == "error"] == []
    assert result.plan.info.currency == value


@pytest.mark.parametrize(
    "value, suggestion",
    [("EURO", "EUR"), ("eur", "EUR"), ("EUX", "EUR"), ("usd", "USD"), ("12", ""), ("yes", "")],
)
def test_anything_else_is_located_with_a_did_you_mean(tmp_path, value, suggestion):
    result = check_text(tmp_path, _with_currency(value))
    (finding,) = [f for f in result.findings if f.severity == "error"]
    assert (finding.code, finding.location.line, finding.location.column) == ("JP009", 3, 13)
    text = render_message(finding.key, finding.args, "en")
    assert text.startswith(f"'{value}' is not an ISO 4217 currency code (such as EUR, USD, GBP)")
    assert (f"(did you mean '{suggestion}'?)" in text) == bool(suggestion)
    dutch = render_message(finding.key, finding.args, "nl")
    assert dutch.startswith(f"'{value}' is geen ISO 4217-valutacode")


def test_the_list_holds_currencies_not_funds_or_metals():
    assert {"EUR", "USD", "XCG", "ZWG"} <= CURRENCIES
    assert not {"XAU", "XDR", "EURO", "HRK"} & CURRENCIES  # HRK: replaced by EUR in 2023
