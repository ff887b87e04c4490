"""A required free text that is blank (``name: ""``, ``name: "   "``) says as little as a
missing one: the same finding, JP010, located at the blank value; the plan then has no name
(the checklist header shows none). Declared once: every ``key(Text(), required=True)``."""

from __future__ import annotations

import dataclasses

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.plan.declare import _BLANK_MISSING, Obj, specs
from journeyplan.plan.fields import Text
from tests.common import CLEAN, check_text, edit, line_of, problems


@pytest.mark.parametrize("blank", ['""', '"   "', "''", '"\t"'])
def test_a_blank_plan_name_is_a_missing_name(tmp_path, blank):
    text = edit(CLEAN, "  name: Clean plan\n", f"  name: {blank}\n")
    result = check_text(tmp_path, text)
    assert problems(result) == [("JP010", line_of(text, f"name: {blank}"), 9)]
    (finding,) = result.findings
    assert finding.severity == "error"
    assert finding.args == {"key_name": "name"}
    assert result.plan.name is None


def test_what_the_user_sees(tmp_path):
    text = edit(CLEAN, "  name: Clean plan\n", '  name: "   "\n')
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8")
    row = line_of(text, 'name: "   "')
    result = CliRunner().invoke(app, ["check", str(tmp_path / "plan.yaml")])
    assert result.exit_code == 1
    assert result.stdout.startswith("Checklist\n")
    assert f"plan.yaml:{row}:9  JP010  error  required key 'name' is empty\n" in result.stdout
    dutch = CliRunner().invoke(app, ["check", str(tmp_path / "plan.yaml"), "--lang", "nl"])
    assert f"plan.yaml:{row}:9  JP010  fout  verplichte sleutel 'name' is leeg\n" in dutch.stdout


def test_text_with_content_and_optional_blank_texts_are_unchanged(tmp_path):
    assert problems(check_text(tmp_path, CLEAN)) == []
    text = edit(CLEAN, "  name: Clean plan\n", '  name: " Clean plan "\n')
    assert problems(check_text(tmp_path, text)) == []


def test_every_required_text_of_the_declaration_is_checked():
    """The rule follows the declaration: each ``key(Text(), required=True)`` of the model."""
    from journeyplan.plan import model

    found = {
        (cls.__name__, f.key): cls
        for cls in vars(model).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls)
        for f in specs(cls)
        if f.required and type(f.type) is Text
    }
    assert ("PlanInfo", "name") in found
    for (_, key), cls in found.items():
        assert Obj(cls)._how[key][4] == _BLANK_MISSING
