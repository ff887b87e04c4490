"""The performance benchmark: one command regenerates the table in docs/performance.md.

    python benchmarks/run.py                     # sizes 1k, 10k, 100k touchpoints (~15 min)
    python benchmarks/run.py --sizes 100,1000 --repeat 3 --out /tmp/perf.md   # a quick look

For every plan size it generates a synthetic plan (:mod:`generate`, cached under
``.benchmarks/``) and measures, on the same files and in the same run:

- ``journeyplan check PLAN`` (the CLI, text output to /dev/null);
- the floor: ``benchmarks/floor.py PLAN``, PyYAML's C loader composing every file and nothing
  else, in a fresh process like ``check``;
- ``yamllint -f parsable PLAN`` as a peer linter (the optional ``bench`` extra installs it);
- ``journeyplan render PLAN -o DIR --format dot``, for the overview (``--persona`` of the
  first persona: the overview is always drawn, plus that one persona's small map) and for
  all personas; skipped, with a note, while ``render`` does not exist;

plus the start-up of ``journeyplan check examples/starter`` against ``python -c "import
typer, rich.console"``, the DOT overview of a 2,000-touchpoint plan, and ``journeyplan report``
(the client report, maps laid out by ``dot``) of examples/starter and
examples/technical-staffing.

How it measures: every command runs as a child process (``subprocess.Popen`` and
``os.wait4``, which gives that child's own peak RSS and CPU time); the commands of a run are
interleaved (A B C A B C ...) so a noisy neighbour hurts all of them alike; each runs
``--repeat`` times (fewer when its runs add up to more than ``--budget`` seconds) and the
table shows medians. A ratio is the median of per-round ratios: within a round the two
commands ran one after the other. Nothing here asserts a
time: this prints a table, and writes it into ``--out`` between the ``results`` markers.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import importlib.util
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (benchmarks/generate.py)

START, END = "<!-- results:start -->", "<!-- results:end -->"
DEFAULT_SIZES = (1000, 10000, 100000)
DOT_OVERVIEW_SIZE = 2000

# Targets (issue "Performance: large plans, linear scaling, fast start").
MAX_CHECK_OVER_FLOOR = 1.5
MAX_RSS_OVER_BYTES = 8.0  # issue 18: peak RSS against the plan's YAML bytes
MAX_FORECAST_OVER_CHECK = 2.0
MAX_GROWTH_PER_10X = 11.0
MIN_YAMLLINT_OVER_CHECK = 20.0
MAX_START_OVER_IMPORTS = 1.5
MAX_DOT_OVERVIEW_SECONDS = 1.0


@dataclass
class Command:
    """One command line to time. ``fresh_dir``: run it with a new empty folder as ``{out}``."""

    key: str
    label: str
    argv: list[str]
    fresh_dir: bool = False
    ok_codes: tuple[int, ...] = (0,)
    walls: list[float] = field(default_factory=list)
    rounds: list[int] = field(default_factory=list)  # the round of each run, for pairing
    cpus: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    error: str = ""

    @property
    def runs(self) -> int:
        return len(self.walls)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls) if self.walls else float("nan")

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus) if self.cpus else float("nan")

    @property
    def rss_mb(self) -> float:
        return statistics.median(self.rss_kb) / 1024 if self.rss_kb else float("nan")


#: GNU time (Debian package ``time``): a small C program between this process and the
#: measured one, so the child's peak RSS is its own. Without it, ``os.wait4`` reports a peak
#: that also counts the pages of this (forked) benchmark process: an upper bound.
GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def run_once(cmd: Command, scratch: Path, round_no: int = 0) -> None:
    """Run CMD once as a child process; record wall time, CPU time and peak RSS."""
    argv = cmd.argv
    out_dir = None
    if cmd.fresh_dir:
        out_dir = Path(tempfile.mkdtemp(prefix="out-", dir=scratch))
        argv = [a.replace("{out}", str(out_dir)) for a in argv]
    rss_file = scratch / "rss.txt"
    if GNU_TIME:
        argv = [GNU_TIME, "-f", "%M", "-o", str(rss_file), *argv]
    with tempfile.TemporaryFile(dir=scratch) as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT
        )
        _, status, usage = os.wait4(proc.pid, 0)  # usage includes the reaped grandchild
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in cmd.ok_codes:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            cmd.error = f"exit {proc.returncode}: " + " / ".join(tail)
    if out_dir is not None:
        shutil.rmtree(out_dir, ignore_errors=True)
    if cmd.error:
        return
    rss_kb = usage.ru_maxrss  # kilobytes on Linux
    if GNU_TIME:
        rss_kb = int(rss_file.read_text().split()[-1])
    cmd.walls.append(wall)
    cmd.rounds.append(round_no)
    cmd.cpus.append(usage.ru_utime + usage.ru_stime)
    cmd.rss_kb.append(rss_kb)


def interleave(commands: list[Command], repeat: int, budget: float, scratch: Path, log) -> None:
    """Run COMMANDS round-robin, REPEAT rounds; a command stops early once its runs add
    up to BUDGET seconds (it always runs at least once); a failing command stops."""
    for round_no in range(repeat):
        for cmd in commands:
            if cmd.error or (cmd.walls and sum(cmd.walls) >= budget):
                continue
            run_once(cmd, scratch, round_no)
            log(
                f"  round {round_no + 1}/{repeat}  {cmd.label:<44} "
                + (
                    f"{cmd.walls[-1]:8.3f} s  {cmd.rss_kb[-1] / 1024:7.1f} MB"
                    if not cmd.error
                    else cmd.error
                )
            )


def plan_for(size: int, workdir: Path, forecast: bool = False) -> Path:
    """A generated plan of SIZE touchpoints under WORKDIR (with the forecast fields of
    format 1.1 when FORECAST), regenerated when the generator changed."""
    tail = "-forecast" if forecast else ""
    sig = hashlib.sha256((HERE / "generate.py").read_bytes()).hexdigest()[:16] + f"-{size}"
    sig += "-f" if forecast else ""
    out = workdir / "plans" / f"{size}{tail}"
    stamp = workdir / "plans" / f"{size}{tail}.sig"
    if not (stamp.exists() and stamp.read_text() == sig and out.exists()):
        generate.generate(out, size, forecast=forecast)
        stamp.write_text(sig)
    return out


def plan_stats(path: Path) -> tuple[int, int]:
    """(number of YAML files, total bytes) of a plan folder."""
    files = [p for p in path.rglob("*") if p.suffix in (".yaml", ".yml")]
    return len(files), sum(p.stat().st_size for p in files)


def tool(name: str, module: str) -> list[str] | None:
    """How to run console script NAME of the current Python environment, or None."""
    script = Path(sys.executable).parent / name
    if script.exists():
        return [str(script)]
    if importlib.util.find_spec(module) is not None:
        return [sys.executable, "-m", module]
    return None


def render_status(journeyplan: list[str], plan: Path, scratch: Path) -> str:
    """'' when ``journeyplan render PLAN -o DIR --format dot`` works (writes overview.dot),
    else why not."""
    out = Path(tempfile.mkdtemp(prefix="probe-", dir=scratch))
    try:
        proc = subprocess.run(
            [*journeyplan, "render", str(plan), "-o", str(out), "--format", "dot"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
        )
        if proc.returncode != 0:
            first = (proc.stderr or proc.stdout).strip().splitlines()
            return (
                f"`journeyplan render --format dot` is not available yet (exit "
                f"{proc.returncode}: {first[-1] if first else 'no output'})"
            )
        if not (out / "overview.dot").exists():
            return "`journeyplan render --format dot` wrote no overview.dot"
        return ""
    finally:
        shutil.rmtree(out, ignore_errors=True)


def fmt_s(x: float) -> str:
    if x != x:
        return "–"
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def ratio(a: float, b: float) -> float:
    return a / b if b and b == b and a == a else float("nan")


def paired(a: Command, b: Command, what: str = "walls") -> float:
    """A's value over B's: the median of the ratios of the rounds in which both ran (the
    two ran minutes apart at most, so a slow spell of the machine hits both), or, with
    fewer than three such rounds, the ratio of the medians. WHAT: ``walls`` (seconds) or
    ``rss_kb`` (peak memory)."""
    va, vb = getattr(a, what), getattr(b, what)
    pairs = dict(zip(b.rounds, vb))
    ratios = [x / pairs[r] for r, x in zip(a.rounds, va) if pairs.get(r)]
    if len(ratios) >= 3:  # fewer pairs: one slow spell would decide, medians are steadier
        return statistics.median(ratios)
    if what == "walls":
        return ratio(a.wall, b.wall)
    return ratio(a.rss_mb, b.rss_mb)


def fmt_x(x: float) -> str:
    return "–" if x != x else f"{x:.2f}×"


def human(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


# What bounds a target when it is not met: printed in the table's note column.
BOUNDS = {
    "memory": "check holds the whole plan's model (every element, its packed positions) "
    "and every file's text to resolve references across files and for suppression "
    "comments (docs/performance.md, 'Memory against the plan's bytes')",
    "forecast": "forecast is a check (which computes the forecast once for its rules) "
    "plus a second forecast and the output (docs/performance.md, 'The forecast')",
    "start": "typer builds a pydantic TypeAdapter for every parameter when it parses the "
    "command line: the no-op typer command with check's options (row 'typer "
    "no-op') costs most of the difference on its own",
    "floor": "validation is a second walk over every node, in Python; the rules; the "
    "checklist table (rich, about 0.2 ms per persona); freeing the model at exit "
    "(docs/performance.md)",
    "yamllint": "start-up: on small plans both tools mostly start, and journeyplan's start "
    "(typer, above) is the longer one; the ratio grows with the plan",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Measure journeyplan against its floor and "
        "peers; write docs/performance.md's table."
    )
    ap.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="plan sizes in touchpoints, comma-separated (default %(default)s)",
    )
    ap.add_argument(
        "--dot-size",
        type=int,
        default=DOT_OVERVIEW_SIZE,
        help="plan size for the DOT overview target (default %(default)s)",
    )
    ap.add_argument("--repeat", type=int, default=5, help="rounds (default %(default)s)")
    ap.add_argument(
        "--budget",
        type=float,
        default=150.0,
        help="seconds after which a command stops repeating (default %(default)s)",
    )
    ap.add_argument(
        "--workdir",
        default=str(ROOT / ".benchmarks"),
        help="where generated plans are cached (default %(default)s)",
    )
    ap.add_argument(
        "--out",
        default=str(ROOT / "docs" / "performance.md"),
        help="Markdown file whose results block is rewritten (default %(default)s); '-' for none",
    )
    ap.add_argument("--no-yamllint", action="store_true", help="skip the peer linter")
    ap.add_argument("--quiet", action="store_true", help="no progress lines")
    args = ap.parse_args(argv)

    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    workdir = Path(args.workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="scratch-", dir=workdir))

    def log(msg: str) -> None:
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    try:
        return _run(args, sizes, workdir, scratch, log)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _run(args, sizes: list[int], workdir: Path, scratch: Path, log) -> int:
    py = sys.executable
    jp = tool("journeyplan", "journeyplan") or [py, "-m", "journeyplan"]
    yl = None if args.no_yamllint else tool("yamllint", "yamllint")
    notes: list[str] = []
    if args.no_yamllint:
        notes.append("yamllint was not measured (`--no-yamllint`): its rows are empty.")
    elif yl is None:
        notes.append("yamllint is not installed (`pip install -e '.[bench]'`): its rows are empty.")

    # Byte-compile journeyplan like a regular install does (pip compiles what it installs;
    # an editable install under PYTHONDONTWRITEBYTECODE would compile it at every start,
    # while typer and rich come byte-compiled).
    subprocess.run(
        [py, "-m", "compileall", "-q", str(ROOT / "journeyplan")],
        stdout=subprocess.DEVNULL,
        check=False,
    )
    log("generating plans ...")
    plans = {s: plan_for(s, workdir) for s in sizes}
    dot_plan = plan_for(args.dot_size, workdir)
    render_missing = render_status(jp, plans[sizes[0]], scratch)
    if render_missing:
        notes.append(render_missing + ": the DOT rows are skipped until it exists.")

    per_size: dict[int, dict[str, Command]] = {}
    commands: list[Command] = []
    for s in sizes:
        p = str(plans[s])
        row = {
            "check": Command("check", f"check {human(s)}", [*jp, "check", p]),
            "floor": Command("floor", f"floor {human(s)}", [py, str(HERE / "floor.py"), p]),
        }
        if yl is not None:
            row["yamllint"] = Command(
                "yamllint", f"yamllint {human(s)}", [*yl, "-f", "parsable", p], ok_codes=(0, 1)
            )
        if not render_missing:
            row["dot-overview"] = Command(
                "dot-overview",
                f"render dot overview {human(s)}",
                [
                    *jp,
                    "render",
                    p,
                    "-o",
                    "{out}",
                    "--format",
                    "dot",
                    "--persona",
                    generate.FIRST_PERSONA,
                ],
                fresh_dir=True,
            )
            row["dot-all"] = Command(
                "dot-all",
                f"render dot all personas {human(s)}",
                [*jp, "render", p, "-o", "{out}", "--format", "dot"],
                fresh_dir=True,
            )
        if s == sizes[-1]:  # the forecast's target: at the largest size, on its plan
            fp = str(plan_for(s, workdir, forecast=True))
            row["check-forecast"] = Command(
                "check-forecast", f"check {human(s)} with forecast fields", [*jp, "check", fp]
            )
            row["forecast"] = Command(
                "forecast",
                f"forecast {human(s)} with forecast fields",
                [*jp, "forecast", fp, "-f", "json"],  # as benchmarks/forecast.py
            )
        per_size[s] = row
        commands += row.values()
    start = {
        "check": Command("check", "check examples/starter", [*jp, "check", "examples/starter"]),
        "imports": Command(
            "imports",
            "python -c 'import typer, rich.console'",
            [py, "-c", "import typer, rich.console"],
        ),
        "typer": Command(
            "typer",
            "typer no-op with check's options",
            [py, str(HERE / "typer_noop.py"), "check", "examples/starter"],
        ),
    }
    # The client report of the examples: check, the maps through dot, HTML (issue 15).
    examples = {
        "report-starter": Command(
            "report",
            "report examples/starter",
            [*jp, "report", "examples/starter", "-o", "{out}/report.html"],
            fresh_dir=True,
        ),
        "report-staffing": Command(
            "report",
            "report examples/technical-staffing",
            [*jp, "report", "examples/technical-staffing", "-o", "{out}/report.html"],
            fresh_dir=True,
        ),
    }
    start.update(examples)
    commands += start.values()
    dot_overview = None
    if not render_missing:
        dot_overview = Command(
            "dot-overview",
            f"render dot overview {human(args.dot_size)}",
            [
                *jp,
                "render",
                str(dot_plan),
                "-o",
                "{out}",
                "--format",
                "dot",
                "--persona",
                generate.FIRST_PERSONA,
            ],
            fresh_dir=True,
        )
        commands.append(dot_overview)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    log(f"measuring {len(commands)} commands, {args.repeat} rounds, interleaved ...")
    interleave(commands, args.repeat, args.budget, scratch, log)
    for cmd in commands:
        if cmd.error:
            notes.append(f"`{cmd.label}` failed: {cmd.error}")

    text = report(args, sizes, plans, per_size, start, dot_overview, notes, load)
    print(text)
    if args.out != "-":
        write_block(Path(args.out), text)
        log(f"wrote {args.out}")
    return 0


def report(args, sizes, plans, per_size, start, dot_overview, notes, load) -> str:
    """The results block: targets with verdicts, then every measurement."""
    big = sizes[-1]
    rows: list[tuple[str, str, str, str, str]] = []

    def target(
        name: str, limit: str, value: float, shown: str, ok: bool | None, bound: str = ""
    ) -> None:
        verdict = "–" if ok is None or value != value else ("met" if ok else "**not met**")
        rows.append((name, limit, shown, verdict, bound if verdict == "**not met**" else ""))

    c, f = per_size[big]["check"], per_size[big]["floor"]
    r = paired(c, f)
    target(
        f"`check` time / floor, {human(big)} touchpoints",
        f"≤ {MAX_CHECK_OVER_FLOOR}×",
        r,
        f"{fmt_x(r)} ({fmt_s(c.wall)} s / {fmt_s(f.wall)} s)",
        r <= MAX_CHECK_OVER_FLOOR,
        BOUNDS["floor"],
    )
    _, big_bytes = plan_stats(plans[big])
    r = c.rss_mb * 2**20 / big_bytes if c.rss_kb else float("nan")
    target(
        f"`check` peak RSS / YAML bytes, {human(big)} touchpoints",
        f"≤ {MAX_RSS_OVER_BYTES:g}×",
        r,
        f"{fmt_x(r)} ({c.rss_mb:.0f} MiB / {big_bytes / 2**20:.1f} MiB)",
        r <= MAX_RSS_OVER_BYTES,
        BOUNDS["memory"],
    )
    fc, cc = per_size[big].get("forecast"), per_size[big].get("check-forecast")
    r = paired(fc, cc) if fc is not None and cc is not None else float("nan")
    target(
        f"`forecast` time / `check`, {human(big)} touchpoints with forecast fields",
        f"≤ {MAX_FORECAST_OVER_CHECK:g}×",
        r,
        f"{fmt_x(r)} ({fmt_s(fc.wall)} s / {fmt_s(cc.wall)} s)" if fc and cc else "skipped",
        r <= MAX_FORECAST_OVER_CHECK,
        BOUNDS["forecast"],
    )
    for key, what in (
        ("check", "`check`"),
        ("dot-all", "DOT, all personas"),
        ("dot-overview", "DOT, overview"),
    ):
        for small, large in zip(sizes, sizes[1:]):
            a, b = per_size[small].get(key), per_size[large].get(key)
            k = large / small
            limit = MAX_GROWTH_PER_10X * k / 10
            if a is None or b is None:
                target(
                    f"{what} time {human(large)} / {human(small)}",
                    f"≤ {limit:g}×",
                    float("nan"),
                    "skipped",
                    None,
                )
                continue
            r = paired(b, a)
            target(
                f"{what} time {human(large)} / {human(small)}",
                f"≤ {limit:g}×",
                r,
                f"{fmt_x(r)} ({fmt_s(b.wall)} s / {fmt_s(a.wall)} s)",
                r <= limit,
            )
    for s in sizes:
        y, c = per_size[s].get("yamllint"), per_size[s]["check"]
        r = paired(y, c) if y is not None else float("nan")
        target(
            f"yamllint / `check`, {human(s)}",
            f"≥ {MIN_YAMLLINT_OVER_CHECK:g}×",
            r,
            f"{fmt_x(r)} ({fmt_s(y.wall)} s / {fmt_s(c.wall)} s)" if y else "skipped",
            r >= MIN_YAMLLINT_OVER_CHECK,
            BOUNDS["yamllint"],
        )
    c, i = start["check"], start["imports"]
    r = paired(c, i)
    target(
        "`check examples/starter` / `import typer, rich.console`",
        f"≤ {MAX_START_OVER_IMPORTS}×",
        r,
        f"{fmt_x(r)} ({fmt_s(c.wall)} s / {fmt_s(i.wall)} s)",
        r <= MAX_START_OVER_IMPORTS,
        BOUNDS["start"],
    )
    if dot_overview is not None:
        w = dot_overview.wall
        target(
            f"DOT overview, {human(args.dot_size)} touchpoints",
            f"< {MAX_DOT_OVERVIEW_SECONDS:g} s",
            w,
            f"{fmt_s(w)} s",
            w < MAX_DOT_OVERVIEW_SECONDS,
        )
    else:
        target(
            f"DOT overview, {human(args.dot_size)} touchpoints",
            f"< {MAX_DOT_OVERVIEW_SECONDS:g} s",
            float("nan"),
            "skipped",
            None,
        )

    out = [
        "### Targets",
        "",
        "| Target | Limit | Measured | Verdict | What bounds it |",
        "| --- | --- | --- | --- | --- |",
    ]
    out += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows]
    out += [
        "",
        "### Measurements",
        "",
        "| Command | Plan | Files | MB of YAML | Runs | Wall median (s) | Wall min (s) "
        "| CPU median (s) | Peak RSS median (MB) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]

    def line(cmd: Command, plan: str, files: str, mb: str) -> str:
        return (
            f"| {cmd.label} | {plan} | {files} | {mb} | {cmd.runs} | {fmt_s(cmd.wall)} | "
            f"{fmt_s(min(cmd.walls)) if cmd.walls else '–'} | {fmt_s(cmd.cpu)} | "
            f"{cmd.rss_mb:.1f} |"
        )

    for s in sizes:
        for key, cmd in per_size[s].items():
            forecast = key in ("check-forecast", "forecast")
            n, size = plan_stats(plan_for(s, Path(args.workdir), True) if forecast else plans[s])
            what = f"{human(s)} touchpoints" + (", forecast fields" if forecast else "")
            out.append(line(cmd, what, str(n), f"{size / 1e6:.1f}"))
    for key, cmd in start.items():
        if key.startswith("report-"):
            example = cmd.label.split()[-1]
            n, size = plan_stats(ROOT / example)
            out.append(line(cmd, example, str(n), f"{size / 1e6:.2f}"))
            continue
        out.append(
            line(
                cmd,
                "examples/starter" if cmd.key != "imports" else "–",
                "1" if cmd.key != "imports" else "–",
                "–",
            )
        )
    if dot_overview is not None:
        out.append(line(dot_overview, f"{human(args.dot_size)} touchpoints", "", ""))
    out += [
        "",
        f"Measured {_dt.datetime.now().strftime('%Y-%m-%d %H:%M')} with "
        f"`python benchmarks/run.py{' ' + ' '.join(sys.argv[1:]) if sys.argv[1:] else ''}`"
        f": Python {platform.python_version()}, {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} CPUs, load average {load:.2f} at the "
        f"start; {args.repeat} interleaved rounds (a command stops repeating after "
        f"{args.budget:g} s). A ratio is the median of the ratios of the rounds in which "
        f"both commands ran (each round runs them one after the other; with fewer than "
        f"three such rounds, the ratio of the medians); the seconds beside it are the "
        f"medians of all runs.",
    ]
    if not GNU_TIME:
        notes.append(
            "/usr/bin/time (Debian package `time`) is missing: peak RSS comes from "
            "os.wait4 and also counts the forked benchmark process, so small "
            "values are upper bounds."
        )
    if notes:
        out += [""] + [f"- {n}" for n in notes]
    return "\n".join(out)


def write_block(path: Path, block: str) -> None:
    """Put BLOCK between the results markers of PATH (creating the file if needed)."""
    if path.exists():
        text = path.read_text(encoding="utf-8")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = f"# Performance\n\n{START}\n{END}\n"
    head, sep, rest = text.partition(START)
    if not sep:
        head, rest = text.rstrip("\n") + "\n\n", END
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{START}\n{block}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
