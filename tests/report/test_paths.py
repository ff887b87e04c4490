"""Paths relative to the working directory, for ``--format sarif`` and ``--format github``."""

from __future__ import annotations

import os
from pathlib import Path

from journeyplan.report.paths import cwd_path, cwd_prefix, is_absolute


def test_plan_below_the_working_directory(tmp_path):
    (tmp_path / "plans" / "acme").mkdir(parents=True)
    assert cwd_prefix(tmp_path / "plans" / "acme", tmp_path) == "plans/acme"
    assert cwd_prefix(tmp_path, tmp_path) == ""
    assert cwd_prefix(tmp_path / "plans" / ".." / "plans", tmp_path) == "plans"


def test_relative_base_is_taken_from_the_current_directory(tmp_path, monkeypatch):
    (tmp_path / "plans").mkdir()
    monkeypatch.chdir(tmp_path)
    assert cwd_prefix(Path("plans")) == "plans"
    assert cwd_prefix(Path("")) == ""
    assert cwd_prefix(Path(".")) == ""


def test_folder_whose_name_starts_with_two_dots_is_inside(tmp_path):
    (tmp_path / "..plans").mkdir()
    assert cwd_prefix(tmp_path / "..plans", tmp_path) == "..plans"


def test_plan_outside_the_working_directory_is_absolute(tmp_path):
    (tmp_path / "repo").mkdir()
    (tmp_path / "plans").mkdir()
    prefix = cwd_prefix(tmp_path / "plans", tmp_path / "repo")
    assert prefix == Path(os.path.abspath(tmp_path / "plans")).as_posix()
    assert is_absolute(prefix)
    assert cwd_prefix(tmp_path, tmp_path / "repo") == Path(os.path.abspath(tmp_path)).as_posix()


def test_cwd_path():
    assert cwd_path("", "plan.yaml") == "plan.yaml"
    assert cwd_path("plans/acme", "journeys/sander.yaml") == "plans/acme/journeys/sander.yaml"
    assert cwd_path("/srv/plans", "plan.yaml") == "/srv/plans/plan.yaml"
    assert is_absolute("C:/plans/plan.yaml")
    assert not is_absolute("plans/plan.yaml")
