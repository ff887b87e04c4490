"""Wrong shapes: top levels that are not a mapping, wrong types anywhere, and YAML files
of other tools next to the plan."""

from __future__ import annotations

import pytest

from tests.common import CLEAN
from tests.hostile.common import check, write


@pytest.mark.parametrize(
    "text, code, severity",
    [
        ("", "JP011", "warning"),
        ("# only a comment\n", "JP011", "warning"),
        ("\n\n   \n", "JP011", "warning"),
        ("~\n", "JP011", "warning"),
        ("null\n", "JP011", "warning"),
        ("---\n...\n", "JP011", "warning"),
        ("- plan\n- personas\n", "JP012", "error"),
        ("[plan, personas]\n", "JP012", "error"),
        ("just some text\n", "JP012", "error"),
        ("42\n", "JP012", "error"),
        ('"quoted"\n', "JP012", "error"),
        ("|\n  a block of text\n", "JP012", "error"),
    ],
)
def test_top_level_that_is_not_a_mapping(tmp_path, text, code, severity):
    run = check(write(tmp_path, "plan.yaml", text))
    assert run.exit_code == 1  # the plan is empty, so the checklist fails anyway
    finding = [f for f in run.doc["findings"] if f["code"] == code]
    assert len(finding) == 1 and finding[0]["severity"] == severity
    assert (finding[0]["file"], finding[0]["line"], finding[0]["column"]) == ("plan.yaml", 1, 1)


def test_an_empty_file_next_to_a_clean_plan_is_only_a_warning(tmp_path):
    write(tmp_path, "plan.yaml", CLEAN)
    write(tmp_path, "notes.yaml", "")
    run = check(tmp_path)
    assert run.exit_code == 0
    assert [f[:4] for f in run.findings] == [("JP011", "notes.yaml", 1, 1)]


ELEMENT_CASES = [
    # (yaml, code, line, column)
    ("personas:\n  - id: null\n    name: x\n", "JP010", 2, 5),  # null id = no id
    ("personas:\n  - id:\n    name: x\n", "JP010", 2, 5),
    ("personas:\n  - id: [a, b]\n", "JP004", 2, 9),  # a list id
    ("personas:\n  - id: {a: b}\n", "JP004", 2, 9),  # a mapping id
    ("personas:\n  - id: true\n", "JP004", 2, 9),
    ("personas:\n  - id: 1.5e3\n", "JP005", 2, 9),  # a number is text, but not an id
    ("plan:\n  name: {first: a}\n", "JP004", 2, 9),  # mapping where text belongs
    ("plan:\n  name: [a]\n", "JP004", 2, 9),
    ("personas:\n  - id: a\n    motivations: 5\n", "JP004", 3, 18),  # number where a list belongs
    ("personas:\n  - id: a\n    channels: whatsapp\n", "JP004", 3, 15),
    ("personas:\n  - id: a\n    motivations: [[nested], {a: b}]\n", "JP004", 3, 19),
    ("personas: 12\n", "JP004", 1, 11),
    ("personas: {id: a}\n", "JP004", 1, 11),
    ("personas:\n  - just text\n", "JP004", 2, 5),
    ("personas:\n  - [a, b]\n", "JP004", 2, 5),
    ("plan: [a, b]\n", "JP004", 1, 7),
    ("plan:\n  name: x\n  stages: {find: Find}\n", "JP004", 3, 11),
    ("plan:\n  name: x\n  checks: [JP101]\n", "JP004", 3, 11),
    ("touchpoints:\n  - {id: t, stage: s, channel: c, entry: yes}\n", "JP004", 2, 42),
    ("touchpoints:\n  - {id: t, stage: s, channel: c, conversion: apply}\n", "JP004", 2, 47),
    ("target_groups:\n  - {id: g, size: -3}\n", "JP009", 2, 19),
    ("target_groups:\n  - {id: g, size: 1.5}\n", "JP004", 2, 19),
    ("? [a, b]\n: c\n", "JP004", 1, 3),  # a list as a key
    ("? {a: b}\n: c\n", "JP004", 1, 3),
    ("plan: {name: x}\n~: x\n", "JP004", 2, 1),  # a null key
]


@pytest.mark.parametrize("text, code, line, column", ELEMENT_CASES)
def test_wrong_types_anywhere_are_located(tmp_path, text, code, line, column):
    run = check(write(tmp_path, "plan.yaml", text))
    assert run.exit_code == 1
    assert (code, "plan.yaml", line, column) in {f[:4] for f in run.findings}, run.findings


def test_mapping_keys_that_are_numbers_or_booleans_are_unknown_keys_not_crashes(tmp_path):
    run = check(write(tmp_path, "plan.yaml", "plan:\n  name: x\n  1: a\n  true: b\n  1.5: c\n"))
    unknown = sorted(f[2:] for f in run.findings if f[0] == "JP003")
    assert [u[:2] for u in unknown] == [(3, 3), (4, 3), (5, 3)]


@pytest.mark.parametrize(
    "name, text, keys",
    [
        (
            "docker-compose.yml",
            "version: '3.8'\nservices:\n  web:\n    image: nginx\n    ports: ['80:80']\n",
            "version, services",
        ),
        (
            "ci.yml",
            "name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
            "    steps:\n      - uses: actions/checkout@v4\n",
            "name, on, jobs",
        ),
        (
            "mkdocs.yml",
            "site_name: Docs\nnav:\n  - Home: index.md\ntheme: material\nplugins: []\n",
            "site_name, nav, theme, ...",
        ),
        (
            "openapi.yaml",
            "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n",
            "openapi, info, paths",
        ),
        ("anchors.yaml", "x-defaults: &d {a: 1}\n", "x-defaults"),
    ],
)
def test_yaml_of_other_tools_is_one_warning_per_file(tmp_path, name, text, keys):
    write(tmp_path, "plan.yaml", CLEAN)
    write(tmp_path, name, text)
    run = check(tmp_path)
    assert run.exit_code == 0, run.findings  # a warning: CI stays green
    assert len(run.findings) == 1
    code, file, line, column, message = run.findings[0]
    assert (code, file, line, column) == ("JP019", name, 1, 1)
    assert f"({keys})" in message and "skipped" in message


def test_not_a_plan_file_can_be_made_an_error(tmp_path):
    write(
        tmp_path,
        "plan.yaml",
        CLEAN.replace("  name: Clean plan\n", "  name: Clean plan\n  checks: {JP019: error}\n"),
    )
    write(tmp_path, "docker-compose.yml", "services: {}\n")
    run = check(tmp_path)
    assert run.exit_code == 1 and run.only("JP019")[1] == "docker-compose.yml"


@pytest.mark.parametrize(
    "text, code, line",
    [
        ("Personas:\n  - id: a\n", "JP003", 1),  # a typo of a section: still a plan file
        ("target_group:\n  - id: a\n", "JP003", 1),
        ("touchpoint:\n  - id: a\n", "JP003", 1),
        ("version: 1\npersonas: []\n", "JP003", 1),  # one real section makes it a plan file
    ],
)
def test_plan_files_with_typos_are_not_skipped(tmp_path, text, code, line):
    run = check(write(tmp_path, "plan.yaml", text))
    assert "JP019" not in run.codes()
    assert (code, line) in {(f[0], f[2]) for f in run.findings}
