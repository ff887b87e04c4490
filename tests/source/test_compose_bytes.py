"""loader.read_plan_bytes / is_plan_path and checker.check_files: a plan built from
(relative path, bytes) pairs goes through exactly the same path as one read from disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeyplan.check.pipeline import check_files, check_plan
from journeyplan.source.compose import read_plan_bytes
from journeyplan.source.discover import discover, is_plan_path
from tests.common import EXAMPLES


@pytest.mark.parametrize(
    "rel, expected",
    [
        ("plan.yaml", True),
        ("plan.yml", True),
        ("journeys/lisa.yaml", True),
        ("a/b/c/d.yaml", True),
        ("plan.YAML", False),
        ("plan.json", False),
        ("README.md", False),
        (".plan.yaml", False),
        (".git/config.yaml", False),
        ("journeys/.drafts/lisa.yaml", False),
        ("journey-maps/overview.yaml", False),
        ("sub/journey-maps/overview.yaml", False),
        ("journey-maps-old/overview.yaml", True),
        ("journeys/", True),
        (".venv/", False),
        ("journey-maps/", False),
    ],
)
def test_is_plan_path(rel, expected):
    assert is_plan_path(rel) is expected


def test_discover_uses_the_same_rules(tmp_path):
    for rel in (
        "plan.yaml",
        "b/x.yml",
        ".hidden/x.yaml",
        "journey-maps/m.yaml",
        "b/.x.yaml",
        "b/c/notes.txt",
        "b/c/y.yaml",
    ):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("plan: {name: x}\n", encoding="utf-8")
    base, files = discover(tmp_path)
    rels = [f.relative_to(base).as_posix() for f in files]
    assert rels == ["b/c/y.yaml", "b/x.yml", "plan.yaml"]
    every = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert [r for r in every if is_plan_path(r)] == rels


@pytest.mark.parametrize("name", ["technical-staffing", "starter", "broken"])
def test_bytes_and_disk_give_the_same_check(name):
    from_disk = check_plan(EXAMPLES / name)
    base, paths = discover(EXAMPLES / name)
    from_bytes = check_files(
        base, [read_plan_bytes(p.relative_to(base).as_posix(), p.read_bytes()) for p in paths]
    )
    assert from_bytes.findings == from_disk.findings
    assert [f.args for f in from_bytes.findings] == [f.args for f in from_disk.findings]
    assert from_bytes.checklist == from_disk.checklist
    assert [pf.text for pf in from_bytes.files] == [pf.text for pf in from_disk.files]


def _codes(pf):
    return [(f.code, f.key, f.location.line, f.location.column) for f in pf.findings]


def test_read_plan_bytes_reports_like_read_plan_file(tmp_path):
    assert _codes(read_plan_bytes("a.yaml", b"plan:\n  name: x\n  bad: \xff\n")) == [
        ("JP016", "JP016.cp1252", 3, 8)
    ]
    assert _codes(read_plan_bytes("a.yaml", b"plan: [\n")) == [("JP001", "JP001", 2, 1)]
    assert _codes(read_plan_bytes("a.yaml", b"")) == [("JP011", "JP011", 1, 1)]
    assert _codes(read_plan_bytes("a.yaml", b"- 1\n")) == [("JP012", "JP012", 1, 1)]
    assert _codes(read_plan_bytes("a.yaml", b"[" * 300 + b"]" * 300)) == [
        ("JP014", "JP014.depth", 1, 201)
    ]
    pf = read_plan_bytes("sub/a.yaml", b"\xef\xbb\xbfplan: {name: x}\n")
    assert pf.findings == [] and pf.root is not None and pf.text == "plan: {name: x}\n"
    assert pf.rel == "sub/a.yaml" and pf.path == Path("sub/a.yaml")


def test_read_plan_bytes_refuses_oversized_data(monkeypatch):
    import journeyplan.source.compose as loader

    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 10)
    pf = read_plan_bytes("a.yaml", b"plan: {name: too long}\n")
    assert _codes(pf) == [("JP014", "JP014.size", 1, 1)]
    assert pf.findings[0].args == {"size": 23, "limit": 10}
