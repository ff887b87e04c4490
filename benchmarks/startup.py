"""Start-up benchmark: ``journeyplan check examples/starter`` against the typer floor.

    python benchmarks/startup.py                 # 40 pairs, prints a Markdown table
    python benchmarks/startup.py --pairs 80 --out docs/performance.md
    python benchmarks/startup.py --before /tmp/old   # also an older checkout, same run

The floor is ``benchmarks/typer_floor.py``: a typer app that declares journeyplan's commands
and options and does nothing (what any typer CLI with this interface costs). Both start the
same way (``python -m journeyplan`` / ``python -m typer_floor``, compiled modules, the same
interpreter), with stdout to /dev/null.

Paired runs: each pair runs the floor and ``check`` back to back, the order alternating
(A B, B A, A B ...), so a noisy neighbour on a shared machine hurts both alike; the figure
is the median of the per-pair ratios (wall time, and CPU time: user + system of the
child). A warm-up pair runs first and is not counted. Nothing here asserts a time; the
target (issue 18: <= 1.2x) is printed with its verdict and written into ``--out`` between
the ``startup`` markers.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET = 1.2
START, END = "<!-- startup:start -->", "<!-- startup:end -->"


def commands(python: str, before: str | None = None) -> dict[str, list[str]]:
    """The command lines measured, by label. BEFORE: a checkout of an older journeyplan
    whose ``check`` is measured too (it comes first on ``PYTHONPATH``)."""
    cmds = {
        "floor": [python, "-m", "typer_floor", "check", "examples/starter"],
        "`journeyplan check examples/starter`": [
            python,
            "-m",
            "journeyplan",
            "check",
            "examples/starter",
        ],
        "`journeyplan check examples/starter --format json`": [
            python,
            "-m",
            "journeyplan",
            "check",
            "examples/starter",
            "--format",
            "json",
        ],
    }
    if before:
        cmds[f"`journeyplan check examples/starter`, before ({Path(before).name})"] = [
            python,
            "-c",
            f"import sys; sys.path.insert(0, {before!r}); sys.argv[0] = 'journeyplan'; "
            "from journeyplan.cli import main; main()",
            "check",
            "examples/starter",
        ]
    return cmds


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run ARGV once; (wall seconds, CPU seconds of the child)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        cwd=ROOT, env=env,
    )  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read() if proc.stderr else b""
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(argv)}: exit {code}: {err.decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime


def measure(
    pairs: int, python: str, before: str | None = None
) -> dict[str, dict[str, list[float]]]:
    """Per command: its wall and CPU times, and its per-pair ratios to the floor."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmds = commands(python, before)
    for argv in cmds.values():  # warm-up: bytecode caches, page cache
        run_once(argv, env)
    data = {k: {"wall": [], "cpu": [], "wall_ratio": [], "cpu_ratio": []} for k in cmds}
    for n in range(pairs):
        for key in cmds:
            if key == "floor":
                continue
            order = ["floor", key] if n % 2 == 0 else [key, "floor"]
            got = {k: run_once(cmds[k], env) for k in order}
            for k, (wall, cpu) in got.items():
                data[k]["wall"].append(wall)
                data[k]["cpu"].append(cpu)
            data[key]["wall_ratio"].append(got[key][0] / got["floor"][0])
            data[key]["cpu_ratio"].append(got[key][1] / got["floor"][1])
    return data


def table(data: dict[str, dict[str, list[float]]], pairs: int) -> str:
    med = statistics.median
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load {load:.1f} at the end; {pairs} pairs, order alternating.",
        "",
        "| command | wall (median) | CPU (median) | wall / floor (median of pairs) "
        "| CPU / floor (median of pairs) | target |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for key, d in data.items():
        if key == "floor":
            lines.append(
                f"| typer floor (`benchmarks/typer_floor.py check examples/starter`) "
                f"| {med(d['wall']):.3f} s | {med(d['cpu']):.3f} s | 1 | 1 | – |"
            )
            continue
        wall_ratio, cpu_ratio = med(d["wall_ratio"]), med(d["cpu_ratio"])
        verdict = "met" if wall_ratio <= TARGET else "**not met**"
        lines.append(
            f"| {key} | {med(d['wall']):.3f} s "
            f"| {med(d['cpu']):.3f} s | {wall_ratio:.2f}× | {cpu_ratio:.2f}× "
            f"| ≤ {TARGET}× wall: {verdict} |"
        )
    return "\n".join(lines) + "\n"


def write_block(path: Path, text: str) -> None:
    """Replace the text between the markers in PATH (append the block when absent)."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{START}\n{text}{END}"
    if START in old and END in old:
        head, rest = old.split(START, 1)
        new = head + block + rest.split(END, 1)[1]
    else:
        new = old + ("\n" if old and not old.endswith("\n") else "") + block + "\n"
    path.write_text(new, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=40)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--out", default="-", help="a Markdown file to write the table into")
    parser.add_argument("--before", help="a checkout of an older journeyplan to time as well")
    args = parser.parse_args()
    text = table(measure(args.pairs, args.python, args.before), args.pairs)
    print(text, end="")
    if args.out != "-":
        write_block(Path(args.out), text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
