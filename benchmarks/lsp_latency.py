"""Language server latency: from a change to its diagnostics, with a real client over stdio.

    python benchmarks/lsp_latency.py                    # every shipped example, 60 changes each
    python benchmarks/lsp_latency.py --changes 20 --plans starter --out /tmp/perf.md

For each plan in examples/ it starts ``journeyplan lsp`` as a child process, talks to it with
pygls's language client over stdin/stdout (the workspace folder is the example, the server's
default settings, debounce included), opens one file and then sends ``--changes`` full-text
changes that alternately introduce and fix a defect (a dangling reference, so the
diagnostics differ each time). The latency of a change is the time from sending
``textDocument/didChange`` to receiving the ``textDocument/publishDiagnostics`` for that
file and version. One change at a time: the next is sent once the previous one's
diagnostics arrived, after a pause longer than the debounce, as a user who stops typing. The
table shows the median, the 90th percentile and the extremes, and is written into
``--out`` (docs/performance.md) between the ``lsp:start``/``lsp:end`` markers. Nothing here
asserts a time.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as _dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- lsp:start -->", "<!-- lsp:end -->"
#: (example folder, file edited, text replaced, its defective version)
CASES = (
    ("starter", "plan.yaml", "channel: whatsapp", "channel: whatsap"),
    ("technical-staffing", "journeys/sander.yaml", "channel: whatsapp", "channel: whatsap"),
    ("broken", "plan.yaml", "channel: whatsapp", "channel: whatsap"),
)
TARGET_MS = 100.0


async def measure(folder: Path, rel: str, good: str, bad: str, changes: int) -> list[float]:
    """Latencies (ms) of CHANGES edits of REL in the plan FOLDER."""
    client = LanguageClient("journeyplan-benchmark", "1")
    uri = (folder / rel).as_uri()
    arrived: dict[int, float] = {}
    waiting: dict[int, asyncio.Future] = {}

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
        if params.uri == uri and params.version is not None:
            arrived.setdefault(params.version, time.perf_counter())
            future = waiting.get(params.version)
            if future is not None and not future.done():
                future.set_result(None)

    @client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def register(params) -> None:
        return None

    await client.start_io(sys.executable, "-m", "journeyplan", "lsp")
    await client.initialize_async(
        lsp.InitializeParams(
            capabilities=lsp.ClientCapabilities(),
            workspace_folders=[lsp.WorkspaceFolder(uri=folder.as_uri(), name=folder.name)],
        )
    )
    client.initialized(lsp.InitializedParams())
    original = (folder / rel).read_text(encoding="utf-8")
    defect = original.replace(good, bad, 1)
    assert defect != original, f"{good!r} not in {rel}"
    loop = asyncio.get_running_loop()
    waiting[1] = loop.create_future()
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri, "yaml", 1, original))
    )
    await asyncio.wait_for(waiting[1], 60)
    out = []
    for version in range(2, changes + 2):
        await asyncio.sleep(0.15)  # the user pauses (longer than the debounce)
        waiting[version] = loop.create_future()
        text = defect if version % 2 == 0 else original
        sent = time.perf_counter()
        client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [lsp.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
        await asyncio.wait_for(waiting[version], 60)
        out.append((arrived[version] - sent) * 1000)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return out


def table(rows: list[tuple[str, int, list[float]]]) -> str:
    lines = [
        "| Plan | Lines | Changes | Median | p90 | Min | Max | Target (median) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, size, ms in rows:
        ms = sorted(ms)
        p90 = ms[min(len(ms) - 1, int(0.9 * len(ms)))]
        median = statistics.median(ms)
        verdict = "met" if median < TARGET_MS else "**not met**"
        lines.append(
            f"| `examples/{name}` | {size} | {len(ms)} | {median:.1f} ms | {p90:.1f} ms | "
            f"{ms[0]:.1f} ms | {ms[-1]:.1f} ms | < {TARGET_MS:.0f} ms: {verdict} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=60)
    parser.add_argument("--out", type=Path, default=None, help="docs/performance.md to update")
    parser.add_argument(
        "--plans", default=",".join(c[0] for c in CASES), help="examples to measure (a,b)"
    )
    args = parser.parse_args()
    chosen = args.plans.split(",")
    rows = []
    for name, rel, good, bad in CASES:
        if name not in chosen:
            continue
        folder = ROOT / "examples" / name
        size = sum(len(p.read_text().splitlines()) for p in folder.rglob("*.y*ml"))
        ms = asyncio.run(measure(folder, rel, good, bad, args.changes))
        rows.append((name, size, ms))
        print(f"{name}: median {statistics.median(ms):.1f} ms", file=sys.stderr)
    when = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    result = (
        f"{table(rows)}\n\n"
        f"Measured {when} on {platform.machine()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, load average {load:.1f} at the end; "
        f"`python benchmarks/lsp_latency.py --changes {args.changes}`."
    )
    print(result)
    if args.out is not None:
        text = args.out.read_text(encoding="utf-8")
        head, _, rest = text.partition(START)
        _, _, tail = rest.partition(END)
        args.out.write_text(f"{head}{START}\n{result}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
