"""Every rule's example is real: the failing snippet, embedded in an otherwise clean plan,
makes the checker report the rule; the fixed snippet passes every check."""

from __future__ import annotations

import pytest

from journeyplan.check.pipeline import check_plan
from journeyplan.rules import REGISTRY
from journeyplan.rules.examples import BASE, BASE_FILE, EXAMPLES, NO_EXAMPLE, example_files


def _write(tmp_path, code, which, lang):
    example = EXAMPLES[code]
    encoding = example.encoding if which == "bad" else "utf-8"
    for name, text in example_files(code, which, lang).items():
        path = tmp_path / name
        path.write_bytes(text.encode(encoding if name != BASE_FILE else "utf-8"))
    return check_plan(tmp_path)


def test_every_rule_has_an_example():
    assert sorted(EXAMPLES) == sorted(set(REGISTRY) - NO_EXAMPLE)


def test_the_base_plan_is_clean(tmp_path):
    (tmp_path / BASE_FILE).write_text("".join(BASE.values()), encoding="utf-8")
    result = check_plan(tmp_path)
    assert result.findings == []
    assert [p.id for p in result.plan.personas] == ["sam"]


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_bad_example_triggers_its_rule(tmp_path, code, lang):
    result = _write(tmp_path, code, "bad", lang)
    codes = {f.code for f in result.findings}
    assert code in codes, f"{code} not reported; got {sorted(codes)}"


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_fixed_example_passes_every_check(tmp_path, code, lang):
    result = _write(tmp_path, code, "fix", lang)
    assert [(f.code, f.location) for f in result.findings] == []


def test_examples_differ_from_their_fix():
    for code, example in EXAMPLES.items():
        assert example.bad != example.fix or example.encoding != "utf-8", code


def test_snippet_replaces_base_items_by_id():
    files = example_files("JP507", "bad")
    base = files[BASE_FILE]
    assert "{id: ack," not in base  # replaced by the snippet's ack
    assert "{id: form," in base
    assert "- {id: ack, stage: apply, channel: whatsapp}" in files["example.yaml"]
