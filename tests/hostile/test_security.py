"""Security: YAML never constructs anything, user text never drives the terminal or the
output format, a check writes nothing, and internal errors are one located line."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from journeyplan.cli import app
from journeyplan.source import compose as loader
from tests.common import CLEAN
from tests.hostile.common import REPO, check, check_text, runner, write

PAYLOADS = [
    # (yaml with MARKER as the file to create, line, column of the JP013)
    ('!!python/object/apply:os.system ["touch MARKER"]\n', 1, 1),
    ('plan: !!python/object/apply:os.system ["touch MARKER"]\n', 1, 7),
    ('plan:\n  name: !!python/object/apply:os.system ["touch MARKER"]\n', 2, 9),
    ('personas:\n  - !!python/object/apply:os.system ["touch MARKER"]\n', 2, 5),
    (
        'personas:\n  - id: a\n    motivations: [!!python/object/apply:os.system ["touch MARKER"]]\n',
        3,
        19,
    ),
    ('? !!python/object/apply:os.system ["touch MARKER"]\n: 1\nplan: {name: x}\n', 1, 3),
    ("!!python/str plan: {name: x}\n", 1, 1),
    ("plan: !!python/name:os.system\n", 1, 7),
    ('plan: !!python/object/new:subprocess.Popen [["touch", "MARKER"]]\n', 1, 7),
    (
        '%TAG !p! tag:yaml.org,2002:python/\n---\nplan: !p!object/apply:os.system ["touch MARKER"]\n',
        3,
        7,
    ),
    ('plan: !<tag:yaml.org,2002:python/object/apply:os.system> ["touch MARKER"]\n', 1, 7),
    ('plan: &x !!python/object/apply:os.system ["touch MARKER"]\npersonas: [*x]\n', 1, 7),
    ("plan: !local {name: x}\n", 1, 7),
    ("plan:\n  name: x\n  stages: !!set {a, b}\n", 3, 11),
    ("plan:\n  name: !!binary aGVsbG8=\n", 2, 9),
    ("plan:\n  name: !!timestamp 2026-01-01\n", 2, 9),
    ("plan:\n  stages: !!omap [{a: b}]\n  name: x\n", 2, 11),
]


@pytest.mark.parametrize("text, line, column", PAYLOADS)
def test_tags_are_never_constructed(tmp_path, monkeypatch, text, line, column):
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / "MARKER"
    run = check(write(tmp_path, "plan.yaml", text.replace("MARKER", str(marker))))
    assert not marker.exists(), "YAML executed code"
    assert run.exit_code == 1
    # a key is checked for its tag first, so even a tagged list as a key is JP013
    assert ("JP013", "plan.yaml", line, column) in {f[:4] for f in run.findings}, run.findings


def test_a_tagged_key_is_not_merged_in(tmp_path):
    run = check(write(tmp_path, "plan.yaml", "x-base: &b {!!python/str name: x}\nplan: {<<: *b}\n"))
    assert ("JP010", "plan.yaml", 2, 7) in {f[:4] for f in run.findings}  # no name merged


def test_no_yaml_constructor_ever_runs(monkeypatch, tmp_path):
    """The loader only composes nodes: no PyYAML constructor (the code that turns tags into
    Python objects) runs for a whole plan, a broken one, or one full of tags."""
    import yaml.constructor

    def forbidden(*args, **kwargs):
        raise AssertionError("a YAML constructor ran")

    for name in ("construct_document", "construct_object"):
        monkeypatch.setattr(yaml.constructor.BaseConstructor, name, forbidden)
    from tests.common import EXAMPLES

    for path in (EXAMPLES / "technical-staffing", EXAMPLES / "broken"):
        assert check(path).exit_code in (0, 1)
    tags = "".join(text for text, _, _ in PAYLOADS if not text.startswith(("%", "!!python/o")))
    assert check(write(tmp_path, "plan.yaml", tags.replace("MARKER", "x"))).exit_code == 1


HOSTILE_TEXTS = {
    "esc": "\\e[31mRED\\e[0m",
    "csi-8bit": "\\x9b2J",
    "osc-title": "\\e]0;owned\\a",
    "osc-link": "\\e]8;;https://evil.example\\e\\\\click\\e]8;;\\e\\\\",
    "bidi": "abc\\u202eexe.fdp",
    "isolate": "\\u2066x\\u2069",
    "cr": "hidden\\rshown",
    "backspace": "abc\\b\\b\\bxyz",
    "del": "a\\x7fb",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
def test_terminal_escapes_in_user_text_are_shown_never_sent(tmp_path, name):
    payload = HOSTILE_TEXTS[name]
    text = (
        f'plan:\n  name: "Plan {payload}"\n  "bad {payload}": 1\n'
        f'personas:\n  - id: "{payload}"\n  - id: sam\n    name: "Sam {payload}"\n'
    )
    run = check_text(write(tmp_path, "plan.yaml", text))
    assert run.exit_code == 1
    raw = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
    assert not raw.search(run.stdout + run.stderr), repr(run.stdout)
    assert "JP003" in run.stdout and "JP005" in run.stdout
    json_run = check(tmp_path / "plan.yaml")
    assert not raw.search(json_run.stdout)


def test_escapes_are_rendered_visibly(tmp_path):
    text = 'plan:\n  name: x\n  "a\\e[31mb\\x9b\\u202e": 1\n'
    run = check_text(write(tmp_path, "plan.yaml", text))
    assert "unknown key 'a\\x1b[31mb\\x9b\\u202e'" in run.stdout


def test_control_characters_in_file_names(tmp_path):
    write(tmp_path, "evil\x1b]0;title\x07.yaml", "personas:\n  - id: BAD\n")
    run = check_text(tmp_path)
    assert "evil\\x1b]0;title\\x07.yaml:2:9  JP005" in run.stdout
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout


def test_control_characters_in_the_path_argument(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path / "no\x1b[2Jthing")])
    assert result.exit_code == 2
    assert "no\\x1b[2Jthing" in result.stderr and "\x1b" not in result.stderr


def test_control_characters_in_a_rule_code_argument():
    result = runner.invoke(app, ["explain", "JP\x1b[31m1"])
    assert result.exit_code == 2 and "\x1b" not in result.stderr


@pytest.mark.parametrize(
    "markup", ["[bold red]x[/]", "[link=https://evil.example]y[/link]", ":skull:", "[/]"]
)
def test_rich_markup_is_printed_literally(tmp_path, markup):
    text = CLEAN.replace("name: Clean plan", f'name: "{markup}"').replace(
        "    name: Sam\n", f'    name: "{markup}"\n'
    )
    run = check_text(write(tmp_path, "plan.yaml", text + f'"{markup}": 1\n'))
    assert f"Checklist — {markup}" in run.stdout
    assert f"sam ({markup})" in run.stdout
    assert f"unknown key '{markup}'" in run.stdout


def _snapshot(folder: Path) -> dict[str, tuple]:
    out = {}
    for p in sorted(folder.rglob("*")):
        st = p.lstat()
        digest = (
            hashlib.sha256(p.read_bytes()).hexdigest()
            if p.is_file() and not p.is_symlink()
            else None
        )
        out[str(p.relative_to(folder))] = (st.st_mode, st.st_size, st.st_mtime_ns, digest)
    return out


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_writes_nothing(tmp_path, monkeypatch, fmt):
    plan = tmp_path / "plan"
    write(plan, "plan.yaml", CLEAN)
    write(plan, "broken.yaml", "plan: [\n")
    write(plan, "journey-maps/sam.dot", "digraph {}\n")
    write(plan, "bomb.yaml", "a: &a [x]\nb: &b [*a, *a]\n")
    monkeypatch.chdir(tmp_path)
    before = _snapshot(tmp_path)
    result = runner.invoke(app, ["check", "plan", "--format", fmt])
    assert result.exit_code == 1
    assert _snapshot(tmp_path) == before


def test_internal_error_is_one_line_naming_the_file(monkeypatch, tmp_path):
    write(tmp_path, "a.yaml", "plan: {name: x}\n")
    write(tmp_path, "b.yaml", "personas: []\n")

    def fail(text):
        if "personas" in text:
            raise RuntimeError("surprise")
        return None

    monkeypatch.setattr(loader, "_too_deep", fail)
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"journeyplan: internal error while checking {tmp_path / 'b.yaml'}: "
        "RuntimeError: surprise. Please report this (run again with --debug "
        "for the traceback).\n"
    )
    assert result.stdout == ""
    debug = runner.invoke(app, ["check", str(tmp_path), "--debug"])
    assert isinstance(debug.exception, RuntimeError)  # --debug lets the traceback through


def test_internal_error_in_a_rule_names_the_rule(monkeypatch, tmp_path):
    import dataclasses

    from journeyplan.rules import REGISTRY

    def broken(ctx):
        raise KeyError("\x1b[31m")

    monkeypatch.setitem(REGISTRY, "JP404", dataclasses.replace(REGISTRY["JP404"], check=broken))
    result = runner.invoke(app, ["check", str(write(tmp_path, "plan.yaml", CLEAN))])
    assert result.exit_code == 2
    assert result.stderr.startswith("journeyplan: internal error in rule JP404 while checking ")
    assert "\x1b" not in result.stderr and result.stderr.count("\n") == 1


def test_closed_output_pipe_ends_quietly(tmp_path):
    path = write(tmp_path, "plan.yaml", CLEAN + "".join(f"junk{i}: 1\n" for i in range(20_000)))
    proc = subprocess.Popen(
        [sys.executable, "-m", "journeyplan", "check", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like '| head -1'
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 1
    assert stderr == ""


@pytest.mark.parametrize(
    "char, shown",
    [("\u200b", "\\u200b"), ("\ufeff", "\\ufeff"), ("\u00ad", "\\xad"), ("\u2060", "\\u2060")],
)
def test_invisible_characters_in_keys_are_shown(tmp_path, char, shown):
    """Pasted text hides zero-width characters in keys: 'unknown key 'name'' would baffle."""
    run = check_text(write(tmp_path, "plan.yaml", f"plan:\n  na{char}me: x\n"))
    assert f"unknown key 'na{shown}me' (did you mean 'name'?)" in run.stdout
