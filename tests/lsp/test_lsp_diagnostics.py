"""Diagnostics over stdio equal ``journeyplan check --format json`` for the same files."""

from __future__ import annotations

import pytest

from tests.lsp.conftest import Session, as_json_rows, json_rows

pytestmark = pytest.mark.asyncio(loop_scope="module")

SANDER = "journeys/sander.yaml"


async def test_clean_plan_has_no_diagnostics(staffing):
    staffing.open(SANDER)
    assert await staffing.settle() == {}


async def test_defect_fixed_and_reintroduced(staffing, tmp_path):
    original = staffing.open(SANDER)
    defect = original.replace("channel: whatsapp", "channel: whatsap", 1)
    assert defect != original
    for text, has_findings in ((defect, True), (original, False), (defect, True)):
        staffing.replace(SANDER, text)
        got = await staffing.settle()
        expected = staffing.check_json(tmp_path)
        assert as_json_rows(got) == json_rows(expected, "plan.yaml")
        assert bool(got) == has_findings
    # the dangling reference is on the edited line, with the rule's code and docs
    (diag,) = [d for d in got[SANDER] if d.code == "JP007"]
    line = defect.splitlines()[diag.range.start.line]
    assert line[diag.range.start.character : diag.range.end.character] == "whatsap"
    assert diag.source == "journeyplan"
    assert diag.code_description.href == "https://journeyplan.dev/rules/JP007"


async def test_findings_in_other_files_and_cleared(staffing, tmp_path):
    """An edit in one file makes findings in others (a channel removed: every touchpoint on
    it dangles); they are cleared when the edit is undone."""
    channels = staffing.open("channels.yaml")
    staffing.replace("channels.yaml", channels.replace("id: whatsapp", "id: whatsapp-business"))
    got = await staffing.settle()
    assert {"journeys/sander.yaml", "journeys/shared.yaml", "audience.yaml"} <= set(got)
    assert as_json_rows(got) == json_rows(staffing.check_json(tmp_path), "plan.yaml")
    staffing.replace("channels.yaml", channels)
    assert await staffing.settle() == {}


async def test_broken_example_equals_json(broken, tmp_path):
    broken.open("plan.yaml")
    got = await broken.settle()
    expected = json_rows(broken.check_json(tmp_path), "plan.yaml")
    assert len(expected) > 20
    assert as_json_rows(got) == expected
    severities = {d.severity for d in got["plan.yaml"]}
    assert severities == {1, 2, 3}  # error, warning, information


async def test_dutch_plan_messages(staffing, tmp_path):
    plan = staffing.open("plan.yaml")
    staffing.replace("plan.yaml", plan.replace("language: en", "language: nl"))
    staffing.open(SANDER)
    staffing.replace(SANDER, staffing.texts[SANDER].replace("stage: find", "stage: fnd", 1))
    got = await staffing.settle()
    rows = as_json_rows(got)
    assert rows == json_rows(staffing.check_json(tmp_path), "plan.yaml")
    assert any("bestaat niet" in r[5] or "onbekend" in r[5].lower() for r in rows), rows


async def test_plan_wide_findings_on_the_plan_file(staffing, tmp_path):
    """Without target groups and personas the plan as a whole fails questions 1 and 2:
    those findings go on plan.yaml, which declares `plan:`."""
    staffing.open("audience.yaml")
    staffing.replace("audience.yaml", "# nothing yet\n{}\n")
    got = await staffing.settle()
    assert as_json_rows(got) == json_rows(staffing.check_json(tmp_path), "plan.yaml")
    assert {d.code for d in got["plan.yaml"]} >= {"JP101", "JP201"}


HOSTILE = {
    "broken YAML": "channels:\n  - id: [unclosed\n  - {id: x\n",
    "NUL bytes": "channels:\n  - id: a\x00b\n",
    "nested brackets": "channels: " + "[" * 5000 + "]" * 5000 + "\n",
    "lone surrogate": "channels:\n  - id: x\ud800y\n",
    "tab indentation": "channels:\n\t- id: x\n",
    "not a mapping": "- just\n- a list\n",
    "empty": "",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
async def test_hostile_buffers(staffing, tmp_path, name):
    original = staffing.open("channels.yaml")
    staffing.replace("channels.yaml", HOSTILE[name])
    got = await staffing.settle()
    assert as_json_rows(got) == json_rows(staffing.check_json(tmp_path), "plan.yaml")
    assert got  # a finding, never silence
    # and the server is alive: the fix clears everything
    staffing.replace("channels.yaml", original)
    assert await staffing.settle() == {}


async def test_file_outside_the_workspace_is_its_own_plan(client, folders, tmp_path):
    starter = Session(client, folders["starter"])
    text = starter.open("plan.yaml")
    starter.replace("plan.yaml", text.replace("channel: whatsapp", "channel: whatsapp2", 1))
    try:
        got = await starter.settle()
        assert as_json_rows(got) == json_rows(starter.check_json(tmp_path), "plan.yaml")
        assert [d.code for d in got["plan.yaml"]] == ["JP007"]
    finally:
        starter.close_all()
