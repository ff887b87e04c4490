"""YAML 1.1 traps read as YAML 1.2 core: what a plan author writes is what the plan says.

`no`, `yes`, `on`, `off`, `y`, `n` are text; `09:30`, `1:30` and `2026-01-15` are text;
`0o17` and `0x1F` are integers; `.inf` is a float; duplicate keys are JP002; tags outside the
core schema are JP013 and nothing is ever constructed from them."""

from __future__ import annotations

import shlex
import subprocess
import sys

import pytest
import yaml
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import CLEAN, check_text, edit, line_of, report

TRAPS = ["no", "yes", "on", "off", "y", "n", "No", "YES", "On", "OFF", "Y", "N"]


@pytest.mark.parametrize("word", TRAPS)
def test_yaml11_booleans_are_text_as_persona_name_and_motivation(tmp_path, word):
    text = edit(CLEAN, "    name: Sam\n", f"    name: {word}\n")
    text = edit(text, "motivations: [craft]", f"motivations: [{word}, craft]")
    result = check_text(tmp_path, text)
    assert report(result) == []
    persona = result.plan.personas[0]
    assert (persona.name, persona.motivations) == (word, [word, "craft"])


@pytest.mark.parametrize("word", ["no", "y", "n", "on", "off", "yes"])
def test_yaml11_booleans_are_text_as_ids_and_references(tmp_path, word):
    text = edit(CLEAN, "  - id: sam", f"  - id: {word}")
    text = edit(text, "entry: true,", f"entry: true, personas: [{word}],")
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert result.plan.personas[0].id == word
    assert result.checklist[0][0] == word


@pytest.mark.parametrize("word", ["yes", "on", "y"])
def test_yaml11_boolean_is_not_true_where_a_boolean_belongs(tmp_path, word):
    text = edit(CLEAN, "entry: true", f"entry: {word}")
    result = check_text(tmp_path, text)
    line = line_of(text, f"entry: {word}")
    assert ("JP004", None, "error", line, 66) in report(result)
    assert result.findings[-1].args["got"] == "text"


def test_on_as_a_key_is_the_text_on(tmp_path):
    text = edit(CLEAN, "    name: Sam\n", "    name: Sam\n    on: weekdays\n")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP003", None, "error", line_of(text, "on: weekdays"), 5)]
    assert result.findings[0].args["key_name"] == "on"


@pytest.mark.parametrize(
    "value",
    ["09:30", "1:30", "2026-01-15", "2026-01-15T09:30:00Z", "1_000", "0b101", "+.5e", "12:30:45"],
)
def test_times_dates_and_yaml11_numbers_are_text(tmp_path, value):
    text = edit(CLEAN, "name: Clean plan", f"name: {value}")
    text = edit(text, "motivations: [craft]", f"motivations: [{value}]")
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert result.plan.name == value
    assert result.plan.personas[0].motivations == [value]


@pytest.mark.parametrize(
    "value, number", [("0o17", 15), ("0x1F", 31), ("1200", 1200), ("+12", 12), ("0", 0)]
)
def test_core_integers(tmp_path, value, number):
    text = edit(
        CLEAN,
        "description: Vocational technicians",
        f"description: Vocational technicians\n    size: {value}",
    )
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert result.plan.target_groups[0].size == number


@pytest.mark.parametrize("value", ["1_200", "1:30", "0b11", "12e3", ".inf", "'12'"])
def test_not_integers_where_an_integer_belongs(tmp_path, value):
    text = edit(
        CLEAN,
        "description: Vocational technicians",
        f"description: Vocational technicians\n    size: {value}",
    )
    result = check_text(tmp_path, text)
    assert report(result) == [("JP004", None, "error", line_of(text, "size:"), 11)]


@pytest.mark.parametrize("value", [".inf", "-.inf", ".Inf", ".INF", ".nan"])
def test_inf_and_nan_are_floats(tmp_path, value):
    # a float where a rate between 0 and 1 belongs: out of range, not text
    text = edit(CLEAN, "{goal: hire}", f"{{goal: hire, target_rate: {value}}}")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP009", None, "error", line_of(text, "target_rate"), 99)]
    assert result.findings[0].key == "JP009.range"


@pytest.mark.parametrize(
    "value, rate", [(".5", 0.5), ("0.05", 0.05), ("1e-2", 0.01), ("1", 1), ("0o1", 1)]
)
def test_core_floats_and_ints_as_rates(tmp_path, value, rate):
    text = edit(CLEAN, "{goal: hire}", f"{{goal: hire, target_rate: {value}}}")
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert result.plan.touchpoints[-1].conversion.target_rate == rate


def test_inf_as_text_is_text(tmp_path):
    text = edit(CLEAN, "name: Clean plan", "name: .inf")
    assert check_text(tmp_path, text).plan.name == ".inf"


def test_null_forms_mean_absent(tmp_path):
    text = edit(CLEAN, "description: Vocational technicians", "description: ~")
    assert report(check_text(tmp_path, text)) == [
        ("JP102", 1, "warning", line_of(text, "id: techs"), 9)
    ]


def test_duplicate_keys_are_jp002_and_the_first_wins(tmp_path):
    text = edit(CLEAN, "    name: Sam\n", "    name: Sam\n    name: Samuel\n")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP002", None, "error", line_of(text, "name: Samuel"), 5)]
    assert result.plan.personas[0].name == "Sam"


# --------------------------------------------------------------------------- tags
def payload(marker) -> str:
    return f"!!python/object/apply:os.system [{shlex.quote('touch ' + str(marker))!s}]"


def test_python_payload_would_run_under_an_unsafe_loader(tmp_path):
    """The payload is real: PyYAML's unsafe loader runs it. (Proves the next tests can
    fail.)"""
    marker = tmp_path / "ran"
    yaml.unsafe_load(f"x: {payload(marker)}\n")
    assert marker.exists()


@pytest.mark.parametrize("where", ["value", "item", "document", "key", "merge"])
def test_python_tag_is_jp013_and_nothing_runs(tmp_path, where):
    marker = tmp_path / "pwned"
    tag = payload(marker)
    if where == "value":
        text = edit(CLEAN, "name: Sam", f"name: {tag}")
        needle, column = "name: !!python", 11
    elif where == "item":
        text = edit(CLEAN, "motivations: [craft]", f"motivations:\n      - {tag}")
        needle, column = "- !!python", 9
    elif where == "document":
        text = f"--- {tag}\n"
        needle, column = "!!python", 5
    elif where == "key":
        text = edit(CLEAN, "    name: Sam\n", f"    ? {tag}\n    : x\n")
        needle, column = "? !!python", 7
    else:
        text = edit(CLEAN, "    name: Sam\n", f"    <<: {tag}\n")
        needle, column = "<<: !!python", 9
    result = check_text(tmp_path, text)
    jp013 = [r for r in report(result) if r[0] == "JP013"]
    assert jp013 == [("JP013", None, "error", line_of(text, needle), column)]
    assert result.findings[[f.code for f in result.findings].index("JP013")].args["tag"] == (
        "tag:yaml.org,2002:python/object/apply:os.system"
    )
    assert not marker.exists()


def test_python_tag_through_the_cli_runs_nothing(tmp_path):
    marker = tmp_path / "pwned"
    plan = tmp_path / "plan.yaml"
    plan.write_text(edit(CLEAN, "name: Clean plan", f"name: {payload(marker)}"), encoding="utf-8")
    runner_result = CliRunner().invoke(app, ["check", str(plan)])
    proc = subprocess.run(
        [sys.executable, "-m", "journeyplan", "check", str(plan)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert runner_result.exit_code == proc.returncode == 1
    assert "JP013" in runner_result.output and "JP013" in proc.stdout
    assert not marker.exists()


@pytest.mark.parametrize(
    "tagged",
    [
        "!!timestamp 2026-01-15",
        "!foo bar",
        "!!binary aGVsbG8=",
        "!<tag:example.com,2026:x> y",
        "!!set {a: null}",
        "!!omap [a: 1]",
        "!!python/name:os.system ''",
    ],
)
def test_other_non_core_tags_are_jp013(tmp_path, tagged):
    text = edit(CLEAN, "description: Vocational technicians", f"description: {tagged}")
    result = check_text(tmp_path, text)
    assert report(result) == [
        ("JP102", 1, "warning", line_of(text, "id: techs"), 9),  # the value is not used
        ("JP013", None, "error", line_of(text, "description:"), 18),
    ]


@pytest.mark.parametrize(
    "tagged, value", [("!!str 0o17", "0o17"), ("!!str yes", "yes"), ("!!int 0x1F", "0x1F")]
)
def test_core_tags_are_accepted(tmp_path, tagged, value):
    text = edit(CLEAN, "name: Clean plan", f"name: {tagged}")
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert result.plan.name == value


@pytest.mark.parametrize(
    "field, tagged", [("size", "!!int abc"), ("size", "!!float 1.5"), ("size", "!!null x")]
)
def test_value_that_does_not_fit_its_core_tag_is_a_wrong_type(tmp_path, field, tagged):
    text = edit(
        CLEAN,
        "description: Vocational technicians",
        f"description: Vocational technicians\n    {field}: {tagged}",
    )
    result = check_text(tmp_path, text)
    assert report(result) == [("JP004", None, "error", line_of(text, f"{field}:"), 11)]


def test_bool_tag_on_a_non_boolean_is_a_wrong_type(tmp_path):
    text = edit(CLEAN, "entry: true", "entry: !!bool maybe")
    assert ("JP004", None, "error", line_of(text, "maybe"), 66) in report(
        check_text(tmp_path, text)
    )


def test_float_tag_on_text_is_a_wrong_type_not_a_crash(tmp_path):
    text = edit(CLEAN, "{goal: hire}", "{goal: hire, target_rate: !!float abc}")
    assert report(check_text(tmp_path, text)) == [
        ("JP004", None, "error", line_of(text, "target_rate"), 99)
    ]
