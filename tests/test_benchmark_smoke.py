"""The benchmark at a tiny size, so CI proves it works: the generator makes valid plans with
branches and cycles, and ``benchmarks/run.py`` prints and writes its table. Nothing here
asserts a time (docs/performance.md holds the measurements)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journeyplan.analysis.graph import JourneyIndex
from journeyplan.check.pipeline import check_plan

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402
import run  # noqa: E402


def _has_cycle(succ: dict) -> bool:
    """Whether the trigger graph SUCC (id -> triggers) has a cycle (iterative DFS)."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    for start in succ:
        if start in state:
            continue
        stack = [(start, iter(succ.get(start, ())))]
        state[start] = 1
        while stack:
            node, edges = stack[-1]
            for tr in edges:
                if state.get(tr.target) == 1:
                    return True
                if tr.target not in state:
                    state[tr.target] = 1
                    stack.append((tr.target, iter(succ.get(tr.target, ()))))
                    break
            else:
                state[node] = 2
                stack.pop()
    return False


def test_generated_plan_is_clean_and_has_branches_and_cycles(tmp_path):
    plan = generate.generate(tmp_path / "plan", 500)
    result = check_plan(plan)
    assert [(f.code, f.location) for f in result.findings] == []
    assert 450 <= len(result.plan.touchpoints) <= 550
    files = {pf.rel for pf in result.files}
    for p in result.plan.personas:  # each persona has its own journey file
        assert f"journeys/{p.target_group}/{p.id}.yaml" in files
    index = JourneyIndex(result.plan)
    for p in result.plan.personas:
        j = index.journey(p)
        assert any(len(triggers) > 1 for triggers in j.succ.values()), p.id  # branches
        assert _has_cycle(j.succ), p.id


def test_generator_is_deterministic_and_never_replaces_a_foreign_folder(tmp_path):
    a = generate.generate(tmp_path / "a", 120)
    b = generate.generate(tmp_path / "b", 120)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "plan.yaml").write_text("plan: {name: mine}\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="refusing"):
        generate.generate(mine, 120)
    assert (mine / "plan.yaml").read_text(encoding="utf-8") == "plan: {name: mine}\n"


def test_benchmark_script_prints_and_writes_the_table(tmp_path):
    out = tmp_path / "performance.md"
    out.write_text(
        "# Performance\n\nWhat the profile showed.\n\n<!-- results:start -->\nold\n"
        "<!-- results:end -->\n\nMore text.\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--sizes",
            "40,400",
            "--dot-size",
            "100",
            "--repeat",
            "1",
            "--workdir",
            str(tmp_path / "work"),
            "--out",
            str(out),
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("### Targets")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Performance\n\nWhat the profile showed.\n\n<!-- results:start -->\n")
    assert text.endswith("<!-- results:end -->\n\nMore text.\n")
    assert "\nold\n" not in text
    block = text.split("<!-- results:start -->\n")[1].split("<!-- results:end -->")[0]
    assert block.strip() == proc.stdout.strip()
    for row in (
        "| `check` time / floor, 400 touchpoints | ≤ 1.5× |",
        "| `check` peak RSS / YAML bytes, 400 touchpoints | ≤ 8× |",  # issue 18 replaced 4x floor
        "| `forecast` time / `check`, 400 touchpoints with forecast fields | ≤ 2× |",
        "| `check` time 400 / 40 | ≤ 11× |",
        "| `check examples/starter` / `import typer, rich.console` | ≤ 1.5× |",
        "| check 400 | 400 touchpoints |",
        "| floor 400 | 400 touchpoints |",
        "| typer no-op with check's options |",
    ):
        assert row in block, row
    assert "failed" not in block, block
    # DOT rows are measured once `render --format dot` exists, else a note says why not
    assert (
        "| render dot all personas 400 |" in block
        or "`journeyplan render --format dot` is not available yet" in block
    )


def test_write_block_creates_a_file_with_markers(tmp_path):
    path = tmp_path / "docs" / "perf.md"
    run.write_block(path, "table")
    assert path.read_text(encoding="utf-8") == (
        "# Performance\n\n<!-- results:start -->\ntable\n<!-- results:end -->\n"
    )
    run.write_block(path, "other")
    assert "other" in path.read_text(encoding="utf-8")
    assert "table" not in path.read_text(encoding="utf-8")


def test_startup_benchmark_prints_and_writes_its_table(tmp_path):
    out = tmp_path / "performance.md"
    out.write_text(
        "# Performance\n\n<!-- startup:start -->\nold\n<!-- startup:end -->\n\nMore.\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "startup.py"),
            "--pairs",
            "1",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "old" not in text and text.endswith("<!-- startup:end -->\n\nMore.\n")
    assert "| typer floor" in text and "| `journeyplan check examples/starter` |" in text
    assert "≤ 1.2×" in proc.stdout  # the target and its verdict, never an assertion on time


def test_memory_benchmark_prints_and_writes_its_table(tmp_path):
    out = tmp_path / "performance.md"
    out.write_text("# Performance\n\n<!-- memory:start -->\nold\n<!-- memory:end -->\n\nMore.\n")
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "memory.py"),
            *("--sizes", "40,400", "--rounds", "1", "--quiet"),
            *("--workdir", str(tmp_path / "work"), "--out", str(out)),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "old" not in text and text.endswith("<!-- memory:end -->\n\nMore.\n")
    for row in (
        "| `check` peak RSS / YAML bytes, 400 touchpoints | ≤ 8× |",
        "| `check` time / floor, 400 touchpoints | ≤ 1.5× |",
        "| `check` peak RSS 400 / 40 | ≤ 11× |",
        "| `forecast` time / `check`, 400 touchpoints with forecast fields | ≤ 2× |",
        "| check 400 |",
        "| forecast 400 with forecast fields |",
    ):
        assert row in text, row
    assert "failed" not in proc.stderr
