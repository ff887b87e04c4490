"""`journeyplan forecast`: the spec's JSON shape, exit codes, located reasons for what
cannot be computed, and the text a consultant reads aloud."""

from __future__ import annotations

import json
import textwrap

import jsonschema
import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.report.registry import names
from tests.analysis.test_forecast import TWO
from tests.common import CLEAN, EXAMPLES

runner = CliRunner()
STAFFING = str(EXAMPLES / "technical-staffing")

_NUMBER = {"type": ["number", "null"]}
_COUNT = {"type": ["number", "null"], "minimum": 0}
#: plan-format.md, "Forecast fields": the document `forecast --format json` prints, exactly.
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["version", "currency", "personas", "target_groups", "total"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": 1},
        "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "personas": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [
                    "persona",
                    "reach",
                    "applications",
                    "hires",
                    "cost",
                    "cost_per_hire",
                    "conversions",
                ],
                "properties": {
                    "persona": {"type": "string"},
                    "reach": _COUNT,
                    "applications": _COUNT,
                    "hires": _COUNT,
                    "cost": _COUNT,
                    "cost_per_hire": _COUNT,
                    "conversions": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": [
                                "touchpoint",
                                "goal",
                                "expected",
                                "share",
                                "target_rate",
                                "minutes_to_reach",
                            ],
                            "properties": {
                                "touchpoint": {"type": "string"},
                                "goal": {"type": "string"},
                                "expected": _COUNT,
                                "share": _COUNT,
                                "target_rate": {
                                    "type": ["number", "null"],
                                    "minimum": 0,
                                    "maximum": 1,
                                },
                                "minutes_to_reach": _COUNT,
                            },
                        },
                    },
                },
            },
        },
        "target_groups": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["target_group", "hires", "hires_needed"],
                "properties": {
                    "target_group": {"type": "string"},
                    "hires": _COUNT,
                    "hires_needed": {"type": ["integer", "null"], "minimum": 0},
                },
            },
        },
        "total": {
            "type": "object",
            "additionalProperties": False,
            "required": ["budget", "hires", "cost_per_hire"],
            "properties": {"budget": _NUMBER, "hires": _COUNT, "cost_per_hire": _COUNT},
        },
    },
}


def forecast(*args):
    return runner.invoke(app, ["forecast", *map(str, args)])


#: TWO is a plan with forecast data but without an employer brand (checklist errors): the
#: forecast is computed from what is valid and the run exits 1, saying so.
def plan_errors(path):
    return (
        "journeyplan: the plan has 6 errors; the forecast uses what is valid. Run "
        f"'journeyplan check {path}' for the details."
    )


def write(tmp_path, text):
    path = tmp_path / "plan.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_the_formats_are_the_registry():
    assert names("forecast") == ("text", "json", "csv", "markdown")


def test_the_spec_example_document_matches_the_schema():
    spec = {
        "version": 1,
        "currency": "EUR",
        "personas": [
            {
                "persona": "sander",
                "reach": 40500,
                "applications": 61.2,
                "hires": 4.9,
                "cost": 5200.0,
                "cost_per_hire": 1061.2,
                "conversions": [
                    {
                        "touchpoint": "apply",
                        "goal": "application",
                        "expected": 61.2,
                        "share": 0.00151,
                        "target_rate": 0.002,
                        "minutes_to_reach": 1440.0,
                    }
                ],
            }
        ],
        "target_groups": [{"target_group": "mbo-electricians", "hires": 4.9, "hires_needed": 12}],
        "total": {"budget": 11000.0, "hires": 4.9, "cost_per_hire": 2244.9},
    }
    jsonschema.validate(spec, SCHEMA)


def test_json_of_the_example_has_the_spec_shape_and_is_stable():
    first = forecast(STAFFING, "--format", "json")
    assert first.exit_code == 0, first.output
    doc = json.loads(first.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert [p["persona"] for p in doc["personas"]] == ["sander", "ruud", "lisa"]
    assert doc["currency"] == "EUR" and doc["total"]["budget"] == 34500.0
    assert all(p["hires"] > 0 and p["cost_per_hire"] > 0 for p in doc["personas"])
    assert forecast(STAFFING, "--format", "json").stdout == first.stdout  # same bytes


def test_json_by_hand(tmp_path):
    result = forecast(write(tmp_path, TWO), "-f", "json")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [plan_errors(tmp_path / "plan.yaml")]
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, SCHEMA)
    sam = doc["personas"][0]
    assert (sam["reach"], sam["applications"], sam["hires"]) == (40000, 200.0, 40.0)
    assert sam["conversions"][1] == {
        "touchpoint": "offer",
        "goal": "hire",
        "expected": 40.0,
        "share": 0.001,
        "target_rate": 0.001,
        "minutes_to_reach": 1440.0 + 120 + 2 * 10080,
    }
    assert sam["conversions"][0]["minutes_to_reach"] == 1560.0
    assert doc["target_groups"] == [
        {"target_group": "techs", "hires": 40.0, "hires_needed": 12},
        {"target_group": "switchers", "hires": 25.0, "hires_needed": None},
    ]
    assert doc["total"] == {"budget": 10000.0, "hires": 65.0, "cost_per_hire": 153.85}


def test_what_cannot_be_computed_is_null_and_located(tmp_path):
    text = TWO.replace(
        "{from: form, to: offer, event: selected, rate: 0.2, delay: 2w}",
        "{from: form, to: offer, event: selected}",
    )
    result = forecast(write(tmp_path, text), "-f", "json")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert doc["personas"][0]["hires"] is None and doc["total"]["cost_per_hire"] is None
    assert doc["personas"][0]["applications"] == 200.0
    line = text.splitlines().index("  - {from: form, to: offer, event: selected}") + 1
    assert result.stderr.splitlines() == [
        f"plan.yaml:{line}:5  JP416  trigger from 'form' to 'offer' has no rate; the forecast "
        "needs it",
        plan_errors(tmp_path / "plan.yaml"),
    ]


def test_a_plan_without_forecast_data_says_so(tmp_path):
    result = forecast(write(tmp_path, CLEAN))
    assert result.exit_code == 1
    assert "the plan has no forecast data" in result.stderr


def test_text_is_read_aloud_in_days_and_weeks(tmp_path):
    result = forecast(write(tmp_path, TWO), "--no-color")
    out = result.stdout
    assert "Forecast per persona" in out and "Improve first" in out
    assert "1.1 days" in out  # 1d + 2h to the application
    assert "2.2 weeks" in out  # 1d 2h + 2w to the offer
    assert "2 hours" in out  # lisa: no delay before the chat
    assert "USD 6,615" in out  # sam's cost: Instagram plus his share of WhatsApp
    assert " " * 2 + "\n" not in out  # no trailing spaces


def test_dutch_writes_numbers_the_dutch_way(tmp_path):
    result = forecast(write(tmp_path, TWO), "--lang", "nl", "-f", "markdown")
    assert "| Sam | 40.000 | 200 |" in result.stdout
    assert "| USD 6.615 | USD 33,08 |" in result.stdout
    assert "2,2 weken" in result.stdout and "Prognose per persona" in result.stdout


def test_csv_rows(tmp_path):
    result = forecast(write(tmp_path, TWO), "-f", "csv")
    rows = [line.split(",") for line in result.stdout.splitlines()]
    assert rows[0][:3] == ["row", "persona", "target_group"]
    assert [r[0] for r in rows[1:]].count("lever") == 6
    assert rows[-1][0] == "total"


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "markdown"])
def test_every_format_survives_hostile_names(tmp_path, fmt):
    text = TWO.replace("name: Sam,", 'name: "=Sam \\e[31m | *x* <b>",')
    result = forecast(write(tmp_path, text), "-f", fmt)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [plan_errors(tmp_path / "plan.yaml")]
    assert "\x1b" not in result.stdout


def test_the_readme_shows_the_real_forecast_of_the_example():
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    shown = readme.split("<!-- forecast:start -->\n", 1)[1].split("<!-- forecast:end -->", 1)[0]
    result = forecast(STAFFING, "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert shown == result.stdout


def test_invalid_forecast_data_is_not_called_missing(tmp_path):
    """Forecast data that is all invalid: the forecast names each invalid value where it is
    (the check's errors) and says the plan has errors, never "the plan has no forecast
    data"; in Dutch no English term leaks into the type error."""
    from tests.common import CLEAN, edit

    text = edit(
        CLEAN,
        "entry: true, brand: [academy, honest]}",
        "entry: true, brand: [academy, honest], reach: .nan}",
    )
    text = edit(text, "event: clicked apply}", "event: clicked apply, rate: [6]}")
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["forecast", str(tmp_path), "-f", "json"])
    assert result.exit_code == 1
    assert "no forecast data" not in result.stderr
    assert "plan.yaml:28:105  JP009" in result.stderr
    assert "plan.yaml:34:58  JP004" in result.stderr
    assert "the plan has 2 errors" in result.stderr
    dutch = runner.invoke(app, ["forecast", str(tmp_path), "-f", "json", "--lang", "nl"])
    assert "een aandeel (0..1 of een percentage zoals 6%) verwacht" in dutch.stderr
    assert "a rate" not in dutch.stderr
