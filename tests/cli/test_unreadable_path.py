"""A plan that cannot be read, as `journeyplan check` tells it (README, "Bad input and exit
codes"): PATH itself unreadable is exit 2 (a folder that cannot be listed, one file that
cannot be read, whose located JP016 is still printed); a file inside a plan folder that
cannot be read is a finding of the plan, exit 1. In `--format json` a checklist that was
not evaluated says so (`"checklist_evaluated": false`), so CI can tell it from a plan
with no personas; every other document is the format specification's, without the key.

The read fails for real where the machine allows it: permission bits do not stop root, so
the OS refusal is made in-process (``os.open`` raising EACCES for that one file)."""

from __future__ import annotations

import errno
import json
import os

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.source import safeio
from tests.common import CLEAN, edit, write_plan

runner = CliRunner()
DENIED = "plan.yaml  JP016  error  cannot read the file: Permission denied"


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"NO_COLOR": "1", "FORCE_COLOR": None})


@pytest.fixture
def denied(monkeypatch):
    """Make opening any file named plan.yaml fail as `chmod 000` does for a normal user."""
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if os.path.basename(os.fspath(path)) == "plan.yaml":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(safeio.os, "open", refusing)


def test_one_unreadable_file_as_path_is_exit_2_with_its_finding(tmp_path, denied):
    write_plan(tmp_path, {"plan.yaml": CLEAN})
    result = invoke("check", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 2, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Checklist not evaluated: 1 file could not be read (plan.yaml)")
    assert DENIED in lines
    assert "Traceback" not in result.output


def test_one_unreadable_file_as_path_in_json(tmp_path, denied):
    write_plan(tmp_path, {"plan.yaml": CLEAN})
    result = invoke("check", str(tmp_path / "plan.yaml"), "--format", "json")
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert doc["checklist"] == [] and doc["checklist_evaluated"] is False
    assert [(f["code"], f["file"], f["message"]) for f in doc["findings"]] == [
        ("JP016", "plan.yaml", "cannot read the file: Permission denied")
    ]


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_an_unreadable_file_inside_a_plan_folder_is_a_finding_exit_1(tmp_path, denied, fmt):
    head, _, tail = CLEAN.partition("channels:\n")
    write_plan(tmp_path, {"plan.yaml": head, "journey.yaml": "channels:\n" + tail})
    result = invoke("check", str(tmp_path), "--format", fmt)
    assert result.exit_code == 1, result.output
    if fmt == "text":
        assert DENIED in result.stdout.splitlines()
        assert "Checklist not evaluated" in result.stdout
    else:
        doc = json.loads(result.stdout)
        assert doc["checklist"] == [] and doc["checklist_evaluated"] is False
        assert [f["code"] for f in doc["findings"]] == ["JP016"]


def test_a_file_read_but_not_utf8_as_path_stays_exit_1(tmp_path):
    """Bytes that were read but are not UTF-8 are the plan's problem to fix, not a PATH
    that cannot be read."""
    (tmp_path / "plan.yaml").write_bytes(
        CLEAN.replace("Own academy", "Eigen opleid\xefng").encode("cp1252")
    )
    result = invoke("check", str(tmp_path / "plan.yaml"), "--format", "json")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["checklist_evaluated"] is False
    assert [f["code"] for f in doc["findings"]] == ["JP016"]


def test_a_plan_without_personas_is_evaluated_and_has_no_new_key(tmp_path):
    """An empty checklist of a plan that was read: no `checklist_evaluated` key (the
    spec's document), so the two cases differ for CI."""
    text = edit(CLEAN, CLEAN[CLEAN.index("personas:") : CLEAN.index("channels:")], "")
    write_plan(tmp_path, {"plan.yaml": text})
    result = invoke("check", str(tmp_path), "--format", "json")
    doc = json.loads(result.stdout)
    assert doc["checklist"] == []
    assert "checklist_evaluated" not in doc
    assert "JP201" in [f["code"] for f in doc["findings"]]
    assert list(doc) == ["version", "plan", "summary", "checklist", "findings"]
