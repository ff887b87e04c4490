"""`journeyplan forecast` says why a figure is unknown as a consultant needs it: an invalid
value is check's own finding where it stands (never "has no rate"), is used as unknown (never
as zero), and a plan without budgets is no error: the note under the tables says so."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.messages import render_message
from tests.analysis.test_forecast import TWO
from tests.common import EXAMPLES

runner = CliRunner()
REEL = "  - {from: reel, to: chat, event: taps, rate: 2%, delay: 1d}"


def _run(*args):
    return runner.invoke(app, [*map(str, args)])


def _plan(tmp_path, old: str, new: str):
    assert old in TWO
    path = tmp_path / "plan.yaml"
    path.write_text(TWO.replace(old, new, 1), encoding="utf-8")
    return path


def _check_lines(path, line: int, lang: str = "en", codes=("JP004", "JP008", "JP009")):
    """What `journeyplan check --format json` says at LINE about a value (CODES), as
    forecast prints it."""
    doc = json.loads(_run("check", path, "-f", "json", "--lang", lang).stdout)
    return [
        f"{f['file']}:{f['line']}:{f['column']}  {f['code']}  {f['message']}"
        for f in doc["findings"]
        if f["line"] == line and f["code"] in codes
    ]


@pytest.mark.parametrize(
    "value",
    ["6", '"6,5%"', '"0,06"', '"101%"', ".inf", '"1e-2"', "0x10", "true"],
    ids=["six", "comma-percent", "comma", "over-100", "inf", "quoted-exponent", "hex", "bool"],
)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_invalid_rate_is_checks_finding_not_a_missing_rate(tmp_path, value, lang):
    path = _plan(tmp_path, "rate: 2%, delay: 1d}", f"rate: {value}, delay: 1d}}")
    line = TWO.splitlines().index(REEL) + 1
    said = _check_lines(path, line, lang)
    assert len(said) == 1 and ("  JP004  " in said[0] or "  JP009  " in said[0])
    result = _run("forecast", path, "-f", "json", "--lang", lang)
    assert result.exit_code == 1
    err = result.stderr.splitlines()
    assert said[0] in err  # check's words, hint and place
    assert not any("JP416" in e for e in err)  # not "has no rate"
    assert json.loads(result.stdout)["personas"][0]["hires"] is None  # unknown, not zero


def test_the_hint_of_rate_six_reaches_the_forecast(tmp_path):
    path = _plan(tmp_path, "rate: 2%, delay: 1d}", "rate: 6, delay: 1d}")
    err = _run("forecast", path).stderr
    assert "JP009  '6' is not a rate" in err and "did you mean 0.06 (6%)?" in err
    assert "has no rate" not in err


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("reach: 40000}", "reach: -5}", "JP009"),
        ("type: social, budget: 6000}", "type: social, budget: 6k}", "JP004"),
        ("rate: 2%, delay: 1d}", "rate: 2%, delay: soon}", "JP008"),
    ],
    ids=["reach", "budget", "delay"],
)
def test_other_invalid_forecast_values_are_named_and_unknown(tmp_path, old, new, code):
    path = _plan(tmp_path, old, new)
    line = next(n for n, text in enumerate(TWO.splitlines(), 1) if old in text)
    result = _run("forecast", path, "-f", "json")
    assert result.exit_code == 1
    (said,) = _check_lines(path, line, codes=(code,))
    assert said in result.stderr.splitlines()
    assert f"  {code}  " in result.stderr and "JP315" not in result.stderr
    sam, lisa = json.loads(result.stdout)["personas"]
    if code == "JP009":  # reach: nothing of sam's can be said
        assert sam["reach"] is None and sam["hires"] is None
    elif code == "JP004":  # budget: sam's costs and the total budget are unknown, not lower
        assert sam["cost"] is None and json.loads(result.stdout)["total"]["budget"] is None
        assert lisa["cost"] is not None  # Lisa never sees Instagram
    else:  # delay: sam's times are unknown, not counted as 0; lisa's are known
        assert [c["minutes_to_reach"] for c in sam["conversions"]] == [None, None]
        assert sam["hires"] == 40.0
        assert None not in [c["minutes_to_reach"] for c in lisa["conversions"]]
    text = _run("forecast", path).stdout
    assert "no budgets in the plan" not in text
    note = render_message("ui.forecast.unknown.problem", {"unknown": "—"}, "en")
    assert note in " ".join(text.split())


@pytest.fixture()
def no_budgets(tmp_path):
    """The shipped example without any budget: a valid plan whose costs are unknown."""
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "technical-staffing", plan)
    channels = plan / "channels.yaml"
    lines = channels.read_text("utf-8").splitlines(keepends=True)
    channels.write_text("".join(x for x in lines if not x.lstrip().startswith("budget:")))
    return plan


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_no_budgets_is_no_error_and_the_note_says_why(no_budgets, fmt):
    result = _run("forecast", no_budgets, "-f", fmt, "--no-color")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    out = " ".join(result.stdout.split())
    assert "— under Cost, Per application and Per hire: no budgets in the plan" in out
    assert "standard error" not in out and "missing or invalid" not in out
    check = _run("check", no_budgets)
    assert check.exit_code == 0 and "budget" not in check.stdout


def test_the_dutch_note_speaks_of_the_terminal_not_of_standaardfout(no_budgets, tmp_path):
    dutch = _run("forecast", no_budgets, "--lang", "nl", "--no-color")
    out = " ".join(dutch.stdout.split())
    assert "het plan bevat geen budgetten" in out and "standaard" not in out
    broken = _plan(tmp_path, "rate: 2%, delay: 1d}", "delay: 1d}")
    out = " ".join(_run("forecast", broken, "--lang", "nl", "--no-color").stdout.split())
    assert "de foutmeldingen in de terminal" in out and "standaard" not in out


def test_a_fully_known_forecast_has_no_note_on_unknowns():
    result = _run("forecast", EXAMPLES / "technical-staffing", "--no-color")
    assert result.exit_code == 0
    assert "—" not in result.stdout
