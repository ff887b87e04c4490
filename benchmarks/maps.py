"""Time ``journeyplan render`` on the dense plan and on the examples; measure the maps.

``python benchmarks/maps.py [--rounds 3]``

For each plan (the technical-staffing example, and the dense plan of
``benchmarks/dense.py``: 360 touchpoints, about 1,400 triggers), runs ``journeyplan render
PLAN --format svg`` in a fresh process ROUNDS times and prints the median wall time, the
seconds and layout of every map (from the progress lines) and each map's size and
width:height from its SVG ``viewBox``. Numbers go in docs/performance.md ("Maps").
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from dense import generate  # noqa: E402

_LINE = re.compile(r"map (\d+)/(\d+): (\S+) \((.*), ([\d.]+) s\)")


def run(plan: Path, out: Path) -> tuple[float, list[tuple[str, str, float]]]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "journeyplan", "render", str(plan), "-o", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    maps = [(m[3], m[4], float(m[5])) for m in _LINE.finditer(proc.stderr)]
    return wall, maps


def shape(svg: Path) -> tuple[float, float]:
    box = ET.parse(svg).getroot().get("viewBox") or "0 0 0 0"
    _, _, w, h = (float(v) for v in box.split())
    return w, h


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        plans = {
            "technical-staffing": HERE.parent / "examples" / "technical-staffing",
            "dense (360 touchpoints)": generate(Path(tmp) / "dense"),
        }
        for label, plan in plans.items():
            out = Path(tmp) / "maps" / label.split()[0]
            walls = []
            for _ in range(args.rounds):
                wall, maps = run(plan, out)
                walls.append(wall)
            print(
                f"{label}: median {statistics.median(walls):.1f} s for {len(maps)} maps "
                f"(rounds: {', '.join(f'{w:.1f}' for w in walls)})"
            )
            for name, layout, seconds in maps:
                w, h = shape(out / f"{name}.svg")
                print(
                    f"  {name:<12} {layout:<22} {seconds:5.1f} s  {w:6.0f} x {h:5.0f} pt  {w / h:.2f}:1"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
