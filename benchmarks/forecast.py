"""The forecast benchmark: `journeyplan forecast` against `journeyplan check` of the same plan.

    python benchmarks/forecast.py                       # 1k, 10k, 100k touchpoints
    python benchmarks/forecast.py --sizes 1000 --repeat 3 --out -    # a quick look

For every size it generates the forecast plan (:func:`generate.generate` with
``forecast=True``: reach on every entry, a rate on every trigger, budgets, hires needed;
cached under ``.benchmarks/``) and measures, interleaved as in :mod:`run` (child processes,
medians, the ratio as the median of per-round ratios):

- ``journeyplan check PLAN`` (which, for a plan with forecast data, computes the forecast
  once for its rules), and ``journeyplan check`` of the same plan without forecast data;
- ``journeyplan forecast PLAN --format json``.

The target (issue "Forecast"): the forecast of the 100,000-touchpoint plan costs at most 2x
its check. Nothing here asserts a time; the table goes into docs/performance.md between the
``forecast`` markers.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import platform
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import (  # noqa: E402
    ROOT,
    Command,
    fmt_s,
    fmt_x,
    human,
    interleave,
    paired,
    plan_for,
    tool,
)

START, END = "<!-- forecast:start -->", "<!-- forecast:end -->"
MAX_FORECAST_OVER_CHECK = 2.0


def forecast_plan_for(size: int, workdir: Path) -> Path:
    """The generated forecast plan of SIZE touchpoints (regenerated when the generator
    changed)."""
    return plan_for(size, workdir, forecast=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--budget", type=float, default=900.0, help="seconds per command at most")
    ap.add_argument("--out", default=str(ROOT / "docs" / "performance.md"))
    ap.add_argument("--workdir", default=str(ROOT / ".benchmarks"))
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    workdir = Path(args.workdir)
    (workdir / "plans").mkdir(parents=True, exist_ok=True)
    jp = tool("journeyplan", "journeyplan") or [sys.executable, "-m", "journeyplan"]

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    log("generating plans ...")
    rows = []
    commands: list[Command] = []
    for s in sizes:
        fp, pp = str(forecast_plan_for(s, workdir)), str(plan_for(s, workdir))
        row = {
            "check": Command("check", f"check {human(s)} (forecast plan)", [*jp, "check", fp]),
            "plain": Command("plain", f"check {human(s)} (same plan, no data)", [*jp, "check", pp]),
            "forecast": Command(
                "forecast",
                f"forecast {human(s)} --format json",
                [*jp, "forecast", fp, "-f", "json"],
            ),
        }
        rows.append((s, row))
        commands += row.values()
    with tempfile.TemporaryDirectory(prefix="jp-forecast-bench-") as scratch:
        interleave(commands, args.repeat, args.budget, Path(scratch), log)
    text = report(rows, args)
    print(text)
    if args.out != "-":
        write_block(Path(args.out), text)
        log(f"wrote {args.out}")
    return 0


def write_block(path: Path, block: str) -> None:
    """Put BLOCK between the forecast markers of PATH (appended with a heading when the
    markers are not there yet)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Performance\n"
    head, sep, rest = text.partition(START)
    if not sep:
        head, rest = text.rstrip("\n") + "\n\n## The forecast\n\n", END
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{START}\n{block}\n{END}{tail}", encoding="utf-8")


def report(rows, args) -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"Measured {_dt.date.today().isoformat()} on {platform.machine()} "
        f"({os.cpu_count()} cores, load {load:.1f}), Python {platform.python_version()}, "
        f"medians of up to {args.repeat} interleaved rounds.",
        "",
        "| Plan | check (s) | check, no forecast data (s) | forecast (s) | forecast / check "
        "| forecast peak RSS (MB) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    verdict = ""
    for s, row in rows:
        r = paired(row["forecast"], row["check"])
        lines.append(
            f"| {human(s)} | {fmt_s(row['check'].wall)} | {fmt_s(row['plain'].wall)} | "
            f"{fmt_s(row['forecast'].wall)} | {fmt_x(r)} | {row['forecast'].rss_mb:.0f} |"
        )
        if s == max(x for x, _ in rows):
            ok = r == r and r <= MAX_FORECAST_OVER_CHECK
            verdict = (
                f"Target: forecast at {human(s)} within {MAX_FORECAST_OVER_CHECK:g}x its check: "
                f"{fmt_x(r)}, {'met' if ok else 'NOT met'}."
            )
    errors = [c for _, row in rows for c in row.values() if c.error]
    lines += ["", verdict]
    lines += [f"`{c.label}` failed: {c.error}" for c in errors]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
