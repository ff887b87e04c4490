"""What `--select`/`--ignore` say about a value that selects nothing: an empty value is a
usage error like an unknown code; a did-you-mean only when a code is close (same digits),
else the range of the codes and `journeyplan rules`."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import EXAMPLES

runner = CliRunner()
BROKEN = str(EXAMPLES / "broken")
RANGE = (
    "rule codes run from JP001 to JP022 (the plan's structure) and from JP101 to JP520 "
    "(checklist questions 1 to 5); 'journeyplan rules' lists them"
)


@pytest.mark.parametrize("written", ["JP9", "jp999", "JP6", "XY1"])
def test_a_selector_near_no_code_gets_the_range_not_a_guess(written):
    result = runner.invoke(app, ["check", BROKEN, "--select", written])
    assert result.exit_code == 2
    assert result.stderr == (
        f"journeyplan: unknown rule code or prefix '{written}' in --select: {RANGE}\n"
    )


@pytest.mark.parametrize(
    ("written", "meant"),
    [("JP5O1", "JP501"), ("JP450", "JP405"), ("405", "JP405"), ("JPl01", "JP101")],
)
def test_a_selector_with_the_digits_of_a_code_gets_that_code(written, meant):
    result = runner.invoke(app, ["check", BROKEN, "--ignore", written])
    assert result.exit_code == 2
    assert result.stderr == (
        f"journeyplan: unknown rule code or prefix '{written}' in --ignore "
        f"(did you mean '{meant}'?)\n"
    )


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("value", ["", " , "])
def test_an_empty_selector_is_a_usage_error(option, value):
    result = runner.invoke(app, ["check", BROKEN, option, value])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"journeyplan: {option} '{value}' names no rule: give rule codes or prefixes, such as "
        "JP4 or JP501 (codes run from JP001 to JP022 and from JP101 to JP520; 'journeyplan "
        "rules' lists them)\n"
    )


def test_the_range_in_dutch():
    result = runner.invoke(app, ["check", BROKEN, "--select", "JP9", "--lang", "nl"])
    assert result.exit_code == 2
    assert result.stderr == (
        "journeyplan: onbekende regelcode of onbekend voorvoegsel 'JP9' in --select: regelcodes "
        "lopen van "
        "JP001 tot en met JP022 (de opbouw van het plan) en van JP101 tot en met JP520 "
        "(checklistvragen 1 tot en met 5); 'journeyplan rules' toont ze allemaal\n"
    )
