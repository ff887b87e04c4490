"""Start-up in instructions: ``journeyplan check examples/starter`` against the typer floor,
counted by Valgrind (``valgrind --tool=callgrind``; Debian package ``valgrind``).

    python benchmarks/instructions.py                     # floor and check
    python benchmarks/instructions.py --before /tmp/old   # also an older checkout

Wall and CPU time on a shared machine move with its neighbours (``benchmarks/startup.py``
pairs its runs to cancel that out); the number of instructions a process executes does not:
the same command gives the same count to within 0.1% at any load. It is not time (a cache
miss or a system call costs more than an instruction), so the target of issue 18 stays a
time ratio; the count says where a change moved the start-up, and by how much, in one run
of each command. Every command runs once, compiled (``compileall``) and with
``PYTHONHASHSEED=0``; the runs take about 50x their normal time.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from startup import commands  # noqa: E402  (benchmarks/startup.py)


def instructions(argv: list[str], env: dict[str, str]) -> int:
    """Instructions executed by ARGV and its children (callgrind's ``Collected``)."""
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, check=False,
    )  # fmt: skip
    found = re.search(r"refs:\s*([0-9,]+)", proc.stderr)
    if proc.returncode not in (0, 1) or not found:
        raise SystemExit(f"valgrind failed on {argv}: {proc.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--before", help="a checkout of an older journeyplan to count as well")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    compileall.compile_dir(ROOT / "journeyplan", quiet=1)
    if args.before:
        compileall.compile_dir(Path(args.before) / "journeyplan", quiet=1)
    env = dict(os.environ, PYTHONHASHSEED="0", NO_COLOR="1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH")) if p)
    counts = {
        label: instructions(cmd, env) for label, cmd in commands(args.python, args.before).items()
    }
    floor = counts.pop("floor")
    print("| command | instructions | / floor |")
    print("| --- | --- | --- |")
    print(f"| typer floor | {floor / 1e6:,.0f} M | 1 |")
    for label, count in counts.items():
        print(f"| {label} | {count / 1e6:,.0f} M | {count / floor:.3f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
