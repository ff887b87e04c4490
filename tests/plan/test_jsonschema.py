"""``journeyplan schema``: a JSON Schema (draft 2020-12) of plan format v1 that accepts every
example plan file, rejects broken ones, agrees with the checker, and prints the same bytes
every time."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.plan.durations import DURATION_PATTERN, parse_duration
from journeyplan.plan.jsonschema import json_schema
from journeyplan.rules import REGISTRY
from tests.common import CLEAN, EXAMPLES, check_text

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------- a YAML 1.2 core loader
class Core12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with the YAML 1.2 core schema instead of YAML 1.1: `yes`, `on`,
    `09:30` and `2026-01-15` stay strings, `017` is 17. (What yaml-language-server uses.)"""


Core12Loader.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in [
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
]:
    Core12Loader.add_implicit_resolver("tag:yaml.org,2002:" + _tag, re.compile(_regexp), _first)


def _construct_int(loader: Core12Loader, node: yaml.ScalarNode) -> int:
    v = loader.construct_scalar(node)
    if v.startswith("0o"):
        return int(v[2:], 8)
    if v.startswith("0x"):
        return int(v[2:], 16)
    return int(v)


Core12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def load12(text: str):
    return yaml.load(text, Loader=Core12Loader)


def test_core12_loader_has_no_yaml11_traps():
    assert load12("a: yes\nb: 09:30\nc: 2026-01-15\nd: 017\ne: on\nf: true\ng: ~\nh: 1.5") == {
        "a": "yes",
        "b": "09:30",
        "c": "2026-01-15",
        "d": 17,
        "e": "on",
        "f": True,
        "g": None,
        "h": 1.5,
    }


# ---------------------------------------------------------------------------- the schema
@pytest.fixture(scope="module")
def schema() -> dict:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def validator(schema) -> Draft202012Validator:
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def errors(validator: Draft202012Validator, data) -> list[str]:
    return sorted(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)
    )


def test_schema_is_draft_2020_12(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(schema["properties"]) == [
        "plan",
        "employer_brand",
        "target_groups",
        "personas",
        "channels",
        "touchpoints",
        "triggers",
    ]


def test_output_is_deterministic():
    """Same bytes in separate processes (different hash seeds), and equal to the library."""
    outs = set()
    for seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run(
            [sys.executable, "-m", "journeyplan", "schema"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
        )
        outs.add(proc.stdout)
    assert len(outs) == 1
    assert (
        outs.pop().decode("utf-8") == json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    )


def test_every_field_has_a_description(schema):
    missing = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, sub in node.get("properties", {}).items():
                if not sub.get("description"):
                    missing.append(f"{path}/{key}")
                walk(sub, f"{path}/{key}")
            for key in ("items", "additionalProperties"):
                if isinstance(node.get(key), dict):
                    walk(node[key], f"{path}/{key}")

    walk(schema, "")
    assert missing == []


def test_checks_keys_are_the_rule_codes(schema):
    checks = schema["properties"]["plan"]["properties"]["checks"]
    assert list(checks["properties"]) == list(REGISTRY)
    assert checks["additionalProperties"] is False
    assert checks["properties"]["JP405"]["enum"] == ["off", "info", "warning", "error"]
    assert checks["properties"]["JP001"]["enum"] == ["error"]
    assert checks["properties"]["JP405"]["description"] == (
        "Touchpoint on a non-preferred channel (non-preferred-channel; default: info)."
    )


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.rglob("*.y*ml") if "broken" not in p.parts)


@pytest.mark.parametrize("path", example_files(), ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_every_example_file_is_valid(validator, path):
    data = load12(path.read_text(encoding="utf-8"))
    assert errors(validator, data) == []


def test_example_files_found():
    assert len(example_files()) >= 8


def test_broken_example_is_rejected(validator):
    data = load12((EXAMPLES / "broken" / "plan.yaml").read_text(encoding="utf-8"))
    found = errors(validator, data)
    assert "target_groups/0/size: 'lots' is not of type 'integer', 'null'" in found
    assert any(
        e.startswith("employer_brand/qualifiers/1/id: 'Bad ID' does not match") for e in found
    )
    assert any(e.startswith("channels/2/response_time: 'asap' does not match") for e in found)
    assert any("'mesage' was unexpected" in e and e.startswith("touchpoints/0:") for e in found)


# ------------------------------------------------------ the schema agrees with the checker
#: Structural codes the schema cannot see in one file (references, ids across files).
CROSS_FILE = {"JP006", "JP007", "JP015"}

AGREEMENT = [
    # (plan file, valid?)
    ("plan: {name: Plan}\n", True),
    ("plan: {name: 2027}\n", True),
    ("plan: {name: yes, organisation: on}\n", True),
    ("plan: {name: true}\n", False),
    ("plan: {name: }\n", False),
    ("plan: {organisation: X}\n", False),
    ("plan: {name: P, language: nl}\n", True),
    ("plan: {name: P, language: yes}\n", False),
    ("plan: {name: P, language: }\n", True),
    ("plan: {name: P, nmae: Q}\n", False),
    ("plan: {name: P, checks: {JP102: off, JP405: error}}\n", True),
    ("plan: {name: P, checks: {JP999: off}}\n", False),
    ("plan: {name: P, checks: {JP102: warn}}\n", False),
    ("plan: {name: P, checks: {JP001: off}}\n", False),
    ("plan: {name: P, checks: {JP001: error}}\n", True),
    ("plan: {name: P, stages: [{id: find, name: Find, description: }]}\n", True),
    ("plan:\n", True),
    ("personas:\n", True),
    ("target_groups: []\n", True),
    ("target_groups: [{id: techs, description: }]\n", True),
    ("target_groups:\n  - id: techs\n    description:\n    size:\n    priority:\n", True),
    ("target_groups: [{id: 2027}]\n", True),
    ("target_groups: [{id: Techs}]\n", False),
    ("target_groups: [{id: -1}]\n", False),
    ("target_groups: [{name: no id}]\n", False),
    ("target_groups: [{id: t, size: 12000, priority: high}]\n", True),
    ("target_groups: [{id: t, size: -1}]\n", False),
    ("target_groups: [{id: t, size: many}]\n", False),
    ("target_groups: [{id: t, priority: HIGH}]\n", False),
    ("target_groups: [~]\n", False),
    ("target_groups: {id: t}\n", False),
    ("personas: [{id: overview}]\n", False),
    ("personas: [{id: p, motivations: [craft, 2027], channels: [wa]}]\n", True),
    ("personas: [{id: p, motivations: craft}]\n", False),
    ("personas: [{id: p, job_search: latent}]\n", True),
    ("channels: [{id: c, response_time: 4h}]\n", True),
    ("channels: [{id: c, response_time: 1.5 d}]\n", True),
    ("channels: [{id: c, response_time: P1DT2H}]\n", True),
    ("channels: [{id: c, response_time: asap}]\n", False),
    ("channels: [{id: c, response_time: PT}]\n", False),
    ("channels: [{id: c, response_time: P1DT}]\n", False),
    ("channels: [{id: c, response_time: 24}]\n", False),
    ("channels: [{id: c, type: messaging, media: owned}]\n", True),
    ("channels: [{id: c, type: chat}]\n", False),
    ("touchpoints: [{id: t, stage: s, channel: c}]\n", True),
    ("touchpoints: [{id: t, stage: s}]\n", False),
    ("touchpoints: [{id: t, stage: s, channel: c, entry: yes}]\n", False),
    ("touchpoints: [{id: t, stage: s, channel: c, kind: rejection, feedback: true}]\n", True),
    (
        "touchpoints: [{id: t, stage: s, channel: c, conversion: {goal: application, "
        "target_rate: 0.05}}]\n",
        True,
    ),
    (
        "touchpoints: [{id: t, stage: s, channel: c, conversion: {goal: application, "
        "target_rate: 1.5}}]\n",
        False,
    ),
    ("touchpoints: [{id: t, stage: s, channel: c, conversion: {target_rate: 0.5}}]\n", False),
    ("touchpoints: [{id: t, stage: s, channel: c, message: , conversion: }]\n", True),
    ("triggers: [{from: a, to: b, event: clicks, delay: 0m}]\n", True),
    ("triggers: [{from: a, to: b, delay: 0}]\n", False),
    ("triggers: [{from: a}]\n", False),
    ("employer_brand: {proposition: P, winners: [{id: w, text: W}]}\n", True),
    ("employer_brand: {proposition: P, winners: [{text: W}]}\n", False),
    ("employer_brand: {slogan: P}\n", False),
    ("unknown_section: []\n", False),
]


def structural(tmp_path: Path, text: str) -> list[str]:
    result = check_text(tmp_path, text)
    return [f.code for f in result.findings if f.question is None and f.code not in CROSS_FILE]


@pytest.mark.parametrize("text,valid", AGREEMENT)
def test_schema_and_checker_agree(tmp_path, validator, text, valid):
    found = errors(validator, load12(text))
    codes = structural(tmp_path, text)
    assert (found == []) == valid, found
    assert (codes == []) == valid, codes


def test_clean_plan_with_explicit_nulls(tmp_path, validator):
    text = CLEAN.replace(
        "    description: Vocational technicians\n",
        "    description: Vocational technicians\n    size:\n    priority:\n",
    )
    assert errors(validator, load12(text)) == []
    assert check_text(tmp_path, text).findings == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.PTYMWDHSmhdw x", max_size=12))
def test_duration_pattern_agrees_with_parser(text):
    assert (re.search(DURATION_PATTERN, text) is not None) == (parse_duration(text) is not None)


def test_readme_documents_the_schema_for_editors():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## In CI, pre-commit and editors", 1)[1].split("\n## ", 1)[0]
    assert "journeyplan schema" in section
    assert "# yaml-language-server: $schema=" in section
    assert '"yaml.schemas"' in section
