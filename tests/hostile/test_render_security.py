"""Hostile plans through ``journeyplan render``: user text never becomes DOT or Mermaid
syntax, output names come only from validated ids, nothing is written outside the output
folder and no file journeyplan did not write is replaced.

``render`` is built on another branch; these tests are skipped while the command does not
exist, and run as soon as it does. Tests that need Graphviz's ``dot`` fail (not skip)
when CI=true."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from journeyplan.cli import app
from tests.common import CLEAN
from tests.hostile.common import runner, write

pytestmark = pytest.mark.skipif(
    "render" not in {c.name or c.callback.__name__ for c in app.registered_commands},
    reason="journeyplan render is not part of this build yet",
)

#: Text that closes a DOT/Mermaid label or statement and opens one of its own.
INJECT = (
    'x"]; injected [label="pwn"]; a -> injected; //\n'
    '"] --> injected[pwn]\n%%{init: {"theme": "dark"}}%%\n'
    'click sam call alert(1)\n<b>html</b> ]]> `md` {{curly}} |pipe| ;semi \\ \\"'
)


def hostile_plan() -> str:
    """The clean plan with INJECT in every free-text field a map may show (written as a
    JSON string, which is a valid YAML double-quoted scalar)."""
    text = CLEAN
    for old in (
        "name: Clean plan",
        "name: Find",
        "name: Apply",
        "name: Sam",
        "name: Instagram",
        "name: Video",
        "name: Ack",
        "event: clicked apply",
    ):
        key = old.split(":")[0]
        text = text.replace(old, f"{key}: {json.dumps(INJECT)}")
    return text


def render(plan: Path, out: Path, fmt: str, cwd: Path) -> object:
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(app, ["render", str(plan), "-o", str(out), "-f", fmt])
    finally:
        os.chdir(old)


def tree(folder: Path, skip: Path | None = None) -> dict[str, str]:
    out = {}
    for p in sorted(folder.rglob("*")):
        if skip is not None and (p == skip or skip in p.parents):
            continue
        if p.is_symlink():
            out[str(p)] = "link:" + os.readlink(p)
        elif p.is_file():
            out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def test_dot_output_holds_user_text_only_inside_labels(tmp_path, dot):
    plan = write(tmp_path, "plan.yaml", hostile_plan())
    out = tmp_path / "maps"
    result = render(plan, out, "dot", tmp_path)
    assert result.exit_code in (0, 1), result.output
    files = sorted(out.glob("*.dot"))
    assert files
    for f in files:
        # json0: the graph's objects without drawing operations (Graphviz 2.43's -Tjson
        # crashes writing the drawing of some HTML labels; the objects are what counts here)
        proc = subprocess.run([dot, "-Tjson0", str(f)], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        graph = json.loads(proc.stdout)
        names = {o.get("name") for o in graph.get("objects", [])}
        assert "injected" not in names and "pwn" not in names, f
        assert not any(e.get("head") is None for e in graph.get("edges", []))
        assert "<b>html</b>" not in f.read_text(encoding="utf-8")  # HTML labels: escaped


def test_mermaid_output_holds_user_text_only_inside_labels(tmp_path):
    plan = write(tmp_path, "plan.yaml", hostile_plan())
    out = tmp_path / "maps"
    result = render(plan, out, "mermaid", tmp_path)
    assert result.exit_code in (0, 1), result.output
    files = sorted(out.glob("*.mmd"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f]", text)
        front, body = "", text
        if text.startswith("---\n"):  # YAML front matter: strings may use backslash escapes
            front, _, body = text[4:].partition("\n---\n")
        outside = (
            re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', front) + "\n" + re.sub(r'"[^"\n]*"', '""', body)
        )  # Mermaid labels know no backslash escapes
        assert "injected" not in outside and "pwn" not in outside, (f, outside)
        for line in body.splitlines():
            assert not line.strip().startswith(("click ", "%%{")), (f, line)
        assert "<b>html</b>" not in body  # labels may be HTML: user markup is escaped


def test_output_names_come_only_from_valid_ids(tmp_path):
    text = CLEAN + (
        "  - {from: video, to: hire, event: x}\n"
        'personas:\n  - {id: "../../escape", target_group: techs}\n'
        '  - {id: "con", target_group: techs}\n'
    )
    plan = write(tmp_path / "p", "plan.yaml", text)
    out = tmp_path / "p" / "maps"
    before = tree(tmp_path, skip=out)
    result = render(plan, out, "mermaid", tmp_path)
    assert result.exit_code in (0, 1, 2), result.output
    assert tree(tmp_path, skip=out) == before, "a file was written outside the output folder"
    for f in out.iterdir() if out.exists() else []:
        if f.name.startswith("."):
            continue  # journeyplan's own bookkeeping
        assert re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}\.mmd", f.name), f.name


def test_a_user_file_in_the_output_folder_is_never_replaced(tmp_path):
    plan = write(tmp_path, "plan.yaml", CLEAN)
    out = tmp_path / "maps"
    mine = write(out, "sam.mmd", "my own notes, not a journeyplan map\n")
    other = write(out, "notes.txt", "keep me\n")
    render(plan, out, "mermaid", tmp_path)
    assert mine.read_text() == "my own notes, not a journeyplan map\n"
    assert other.read_text() == "keep me\n"


def test_links_in_the_output_folder_are_not_written_through(tmp_path):
    plan = write(tmp_path, "plan.yaml", CLEAN)
    out = tmp_path / "maps"
    out.mkdir()
    victim = write(tmp_path, "victim.txt", "precious\n")
    (out / "sam.mmd").symlink_to(victim)
    (out / "overview.mmd").symlink_to(tmp_path / "created-through-link.txt")
    render(plan, out, "mermaid", tmp_path)
    assert victim.read_text() == "precious\n"
    assert not (tmp_path / "created-through-link.txt").exists()


def test_an_output_path_that_is_a_file_is_a_usage_error(tmp_path):
    plan = write(tmp_path, "plan.yaml", CLEAN)
    target = write(tmp_path, "maps", "a file, not a folder\n")
    result = render(plan, target, "mermaid", tmp_path)
    assert result.exit_code == 2
    assert target.read_text() == "a file, not a folder\n"


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "a: &a [x]\n" + "".join(f"b{i}: &b{i} [*a, *a]\n" for i in range(1)),
        'plan: !!python/object/apply:os.system ["touch MARKER"]\n',
        "",
    ],
)
def test_render_of_hostile_input_is_a_clean_exit(tmp_path, text):
    plan = write(tmp_path, "plan.yaml", text.replace("MARKER", str(tmp_path / "MARKER")))
    result = render(plan, tmp_path / "maps", "mermaid", tmp_path)
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "MARKER").exists()
