"""Memory benchmark (issue 18): ``check``'s peak RSS against the plan's YAML bytes.

    python benchmarks/memory.py                      # 10k and 100k touchpoints, 5 rounds
    python benchmarks/memory.py --sizes 1000,10000 --rounds 3 --out -   # a quick look
    python benchmarks/memory.py --out docs/performance.md

For each size it generates the benchmark plan (:mod:`generate`, cached under
``.benchmarks/`` like ``benchmarks/run.py``) and runs, interleaved, round after round:

- ``journeyplan check PLAN`` (text output to /dev/null);
- the floor, ``benchmarks/floor.py PLAN`` (PyYAML's C loader composing every file);
- at the largest size, when the command exists: ``journeyplan forecast PLAN -f json`` and
  ``journeyplan check PLAN`` on the same plan generated with its forecast fields
  (``generate.py --forecast``).

Every command is a child process under GNU time (``/usr/bin/time``, Debian package
``time``), which reports that child's own maximum resident set; wall time is measured
around it. Without GNU time the peak comes from ``os.wait4`` and the table says so.

Targets (printed with their verdicts, written between the ``memory`` markers of
``--out``; nothing here asserts anything):

- ``check`` peak RSS at the largest size <= 8x the plan's YAML bytes;
- ``check`` wall time <= 1.5x the floor (median of per-round ratios);
- linear scaling: time and peak RSS grow at most 11x per 10x more plan;
- ``forecast`` <= 2x ``check`` of the same forecast plan.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from forecast import forecast_plan_for  # noqa: E402  (benchmarks/forecast.py)
from run import (  # noqa: E402  (benchmarks/run.py: one way of running and pairing)
    GNU_TIME,
    Command,
    fmt_s,
    fmt_x,
    human,
    interleave,
    paired,
    plan_for,
    plan_stats,
    tool,
)

START, END = "<!-- memory:start -->", "<!-- memory:end -->"
MAX_RSS_OVER_BYTES = 8.0
MAX_CHECK_OVER_FLOOR = 1.5
MAX_GROWTH_PER_10X = 11.0
MAX_FORECAST_OVER_CHECK = 2.0


def has_command(jp: list[str], name: str) -> bool:
    proc = subprocess.run(
        [*jp, name, "--help"], capture_output=True, cwd=ROOT, stdin=subprocess.DEVNULL
    )
    return proc.returncode == 0


def mb(kb: float) -> str:
    return "–" if kb != kb else f"{kb / 1024:.0f} MB"


def report(sizes, plans, rows, extra, fplan, rounds, load) -> str:
    big = sizes[-1]
    _, big_bytes = plan_stats(plans[big])
    targets: list[tuple[str, str, str, str]] = []

    def target(name: str, limit: str, shown: str, ok: bool | None) -> None:
        verdict = "–" if ok is None else ("met" if ok else "**not met**")
        targets.append((name, limit, shown, verdict))

    c, f = rows[big]["check"], rows[big]["floor"]
    rss = c.rss_mb * 1024 * 1024
    r = rss / big_bytes if c.rss_kb else float("nan")
    target(
        f"`check` peak RSS / YAML bytes, {human(big)} touchpoints",
        f"≤ {MAX_RSS_OVER_BYTES:g}×",
        f"{fmt_x(r)} ({c.rss_mb:.0f} MB / {big_bytes / 2**20:.1f} MB)",
        r <= MAX_RSS_OVER_BYTES if r == r else None,
    )
    r = paired(c, f)
    target(
        f"`check` time / floor, {human(big)} touchpoints",
        f"≤ {MAX_CHECK_OVER_FLOOR:g}×",
        f"{fmt_x(r)} ({fmt_s(c.wall)} s / {fmt_s(f.wall)} s)",
        r <= MAX_CHECK_OVER_FLOOR if r == r else None,
    )
    for small, large in zip(sizes, sizes[1:]):
        a, b = rows[small]["check"], rows[large]["check"]
        limit = MAX_GROWTH_PER_10X * (large / small) / 10
        for what, key in (("time", "walls"), ("peak RSS", "rss_kb")):
            r = paired(b, a, key)
            shown = (
                f"{fmt_x(r)} ({fmt_s(b.wall)} s / {fmt_s(a.wall)} s)"
                if key == "walls"
                else f"{fmt_x(r)} ({b.rss_mb:.0f} MB / {a.rss_mb:.0f} MB)"
            )
            target(
                f"`check` {what} {human(large)} / {human(small)}",
                f"≤ {limit:g}×",
                shown,
                r <= limit if r == r else None,
            )
    if extra:
        fc, cc = extra["forecast"], extra["check"]
        r = paired(fc, cc)
        target(
            f"`forecast` time / `check`, {human(big)} touchpoints with forecast fields",
            f"≤ {MAX_FORECAST_OVER_CHECK:g}×",
            f"{fmt_x(r)} ({fmt_s(fc.wall)} s / {fmt_s(cc.wall)} s)",
            r <= MAX_FORECAST_OVER_CHECK if r == r else None,
        )
    else:
        target(
            f"`forecast` time / `check`, {human(big)} touchpoints",
            f"≤ {MAX_FORECAST_OVER_CHECK:g}×",
            "skipped: no `journeyplan forecast` yet",
            None,
        )

    out = ["| Target | Limit | Measured | Verdict |", "| --- | --- | --- | --- |"]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in targets]
    out += [
        "",
        "| Command | Files | MB of YAML | Runs | Wall median (s) | CPU median (s) "
        "| Peak RSS median (MB) | Peak RSS / YAML bytes |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]

    def line(cmd: Command, path: Path) -> str:
        n, size = plan_stats(path)
        ratio = fmt_x(cmd.rss_mb * 2**20 / size) if cmd.rss_kb else "–"
        return (
            f"| {cmd.label} | {n} | {size / 2**20:.1f} | {cmd.runs} | {fmt_s(cmd.wall)} "
            f"| {fmt_s(cmd.cpu)} | {cmd.rss_mb:.1f} | {ratio} |"
        )

    for s in sizes:
        for cmd in rows[s].values():
            out.append(line(cmd, plans[s]))
    for cmd in extra.values():
        out.append(line(cmd, fplan))
    out += [
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} with "
        f"`python benchmarks/memory.py{' ' + ' '.join(sys.argv[1:]) if sys.argv[1:] else ''}`"
        f": Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {load[0]:.1f} at the start and {load[1]:.1f} at the end; {rounds} "
        "interleaved rounds; MB are MiB (2^20 bytes). Ratios of two commands are medians "
        "of per-round ratios.",
    ]
    if not GNU_TIME:
        out.append(
            "Peak RSS from os.wait4 (no /usr/bin/time): it also counts the forked "
            "benchmark process, so it is an upper bound."
        )
    return "\n".join(out) + "\n"


def write_block(path: Path, text: str) -> None:
    """Replace the text between the memory markers of PATH (append the block when absent)."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{START}\n{text}{END}"
    if START in old and END in old:
        head, rest = old.split(START, 1)
        new = head + block + rest.split(END, 1)[1]
    else:
        new = old + ("\n" if old and not old.endswith("\n") else "") + block + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000", help="touchpoints, comma-separated")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--budget", type=float, default=400.0, help="seconds per command at most")
    ap.add_argument("--workdir", default=str(ROOT / ".benchmarks"))
    ap.add_argument("--out", default="-", help="a Markdown file to write the block into")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    workdir = Path(args.workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="scratch-", dir=workdir))

    def log(msg: str) -> None:
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    py = sys.executable
    jp = tool("journeyplan", "journeyplan") or [py, "-m", "journeyplan"]
    subprocess.run(  # byte-compiled, as a regular install is (see benchmarks/run.py)
        [py, "-m", "compileall", "-q", str(ROOT / "journeyplan")],
        stdout=subprocess.DEVNULL,
        check=False,
    )
    try:
        log("generating plans ...")
        plans = {s: plan_for(s, workdir) for s in sizes}
        rows: dict[int, dict[str, Command]] = {}
        commands: list[Command] = []
        for s in sizes:
            p = str(plans[s])
            rows[s] = {
                "check": Command("check", f"check {human(s)}", [*jp, "check", p]),
                "floor": Command("floor", f"floor {human(s)}", [py, str(HERE / "floor.py"), p]),
            }
            commands += rows[s].values()
        extra: dict[str, Command] = {}
        fplan = forecast_plan_for(sizes[-1], workdir) if has_command(jp, "forecast") else None
        if fplan is not None:
            name = f"{human(sizes[-1])} with forecast fields"
            extra = {
                "check": Command("check", f"check {name}", [*jp, "check", str(fplan)]),
                "forecast": Command(
                    "forecast", f"forecast {name}", [*jp, "forecast", str(fplan), "-f", "json"]
                ),
            }
            commands += extra.values()
        load0 = os.getloadavg()[0]
        interleave(commands, args.rounds, args.budget, scratch, log)
        failed = [c for c in commands if c.error]
        for c in failed:
            print(f"{c.label} failed: {c.error}", file=sys.stderr)
        text = report(sizes, plans, rows, extra, fplan, args.rounds, (load0, os.getloadavg()[0]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(text, end="")
    if args.out != "-":
        write_block(Path(args.out), text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
