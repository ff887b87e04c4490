"""The server's life cycle and its parts that need no client: exit status, internal errors,
lazy imports, positions and tokens."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from journeyplan.lsp.text import LineIndex
from tests.lsp.clock import run_clocked

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _frame(obj: dict) -> bytes:
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _run_session(messages: list[dict], *options: str) -> tuple[int, bytes]:
    """Start `journeyplan lsp OPTIONS`, send MESSAGES, close stdin; (exit status, stdout)."""
    proc = subprocess.run(
        [sys.executable, "-m", "journeyplan", "lsp", *options],
        input=b"".join(map(_frame, messages)),
        capture_output=True,
        timeout=120,
    )
    return proc.returncode, proc.stdout


INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"processId": None, "rootUri": None, "capabilities": {}},
}


def test_shutdown_then_exit_is_status_0_and_exit_alone_is_1():
    status, out = _run_session(
        [
            INITIALIZE,
            {"jsonrpc": "2.0", "method": "initialized", "params": {}},
            {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
            {"jsonrpc": "2.0", "method": "exit"},
        ]
    )
    assert status == 0
    assert b'"definitionProvider": true' in out and b'"renameProvider"' in out
    status, _ = _run_session([INITIALIZE, {"jsonrpc": "2.0", "method": "exit"}], "--stdio")
    assert status == 1  # LSP: exit without shutdown (and --stdio, which some clients pass)


def test_check_does_not_import_the_language_server():
    code = (
        "import sys; from typer.testing import CliRunner; from journeyplan.cli import app; "
        f"r = CliRunner().invoke(app, ['check', {str(EXAMPLES / 'starter')!r}]); "
        "assert r.exit_code == 0, r.output; "
        "print(sorted(m for m in sys.modules if m.startswith(('pygls', 'lsprotocol', "
        "'journeyplan.lsp'))))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


class _Logged:
    def __init__(self) -> None:
        self.messages: list[str] = []


@pytest.mark.asyncio
async def test_an_internal_error_is_logged_and_the_next_check_runs(tmp_path):
    """A check that crashes is a log message (window/logMessage); the next one runs."""
    from journeyplan.lsp.server import JourneyplanServer

    (tmp_path / "plan.yaml").write_text("plan: {name: x}\n")
    server = JourneyplanServer()
    logged = _Logged()
    server.log = logged.messages.append  # type: ignore[assignment]
    published = []
    server.publish = published.append  # type: ignore[assignment]
    server.buffers = lambda root: []  # type: ignore[assignment]
    real = server.plans.check
    calls = []

    def crash_once(root, buffers):
        calls.append(root)
        if len(calls) == 1:
            raise RuntimeError("boom")
        return real(root, buffers)

    server.plans.check = crash_once  # type: ignore[assignment]
    server.request_check(tmp_path, 0)
    await asyncio.wait_for(server.state(tmp_path).fresh.wait(), 30)
    assert len(logged.messages) == 1 and "RuntimeError: boom" in logged.messages[0]
    assert published == []
    server.request_check(tmp_path, 0)
    await asyncio.wait_for(server.state(tmp_path).fresh.wait(), 30)
    assert len(published) == 1 and len(logged.messages) == 1
    server.worker.shutdown()


@pytest.mark.asyncio
async def test_a_failing_handler_answers_null_and_logs():
    from journeyplan.lsp.server import guarded

    class Fake:
        def __init__(self) -> None:
            self.messages: list[str] = []

        def log(self, message: str) -> None:
            self.messages.append(message)

    async def hover(ls, params):
        raise KeyError("x")

    fake = Fake()
    assert await guarded(hover)(fake, None) is None
    assert "KeyError" in fake.messages[0] and "hover" in fake.messages[0]


# --------------------------------------------------------------------------- positions
def test_positions_in_utf16_utf8_and_with_yaml_only_line_breaks():
    text = "a: 😀 x\nb:\x85c: y\n"  # NEL is a line break for YAML, not for LSP
    index = LineIndex(text)
    x = text.index("x")
    assert index.yaml_position(x) == (1, 6)
    assert index.lsp_position(x, "utf-16") == (0, 6)  # the emoji is two UTF-16 units
    assert index.lsp_position(x, "utf-8") == (0, 8)
    assert index.lsp_position(x, "utf-32") == (0, 5)
    assert index.from_lsp(0, 6, "utf-16") == x
    y = text.index("y")
    assert index.yaml_position(y) == (3, 4)
    assert index.offset(3, 4) == y
    assert index.lsp_position(y, "utf-16") == (1, 6)  # NEL is one character of line 1


@pytest.mark.parametrize(
    "line, column, token",
    [
        ("  channel: whatsapp  # preferred", 12, "whatsapp"),
        ("  - {id: a, channel: insta, stage: find}", 22, "insta"),
        ("  personas: [sander, lisa]", 22, "lisa"),
        ("  name: 'Sander''s job' # x", 9, "'Sander''s job'"),
        ('  name: "a \\" b", x', 9, '"a \\" b"'),
        ("  - {id: a, naem: b}", 13, "naem"),
        ("  - {id: a, name: b}", 5, "{id: a, name: b}"),
        ("  name: Fair pay, on time", 9, "Fair pay, on time"),
        ("  key:", 7, ""),
    ],
)
def test_the_token_at_a_position(line, column, token):
    index = LineIndex(line + "\n")
    start = index.offset(1, column)
    assert line[start : index.token_end(start)] == token


@pytest.mark.parametrize("first_check", ["still running", "done"])
def test_a_burst_of_changes_is_one_check_or_two_never_two_at_once(tmp_path, first_check):
    """Debounce: twenty changes in a row (1 ms apart on the server's clock) make at most two
    checks, the first change, checked at once, and the burst after it, of the last text;
    no check ever overlaps another, whether the burst comes while the first check runs or
    after it. The loop's clock is virtual (tests/lsp/clock.py), so a loaded machine cannot
    stretch the burst's 1 ms gaps past the debounce time."""
    from journeyplan.lsp.server import JourneyplanServer

    (tmp_path / "plan.yaml").write_text("plan: {name: x}\n")
    running, overlaps, calls, seen = [], [], [], []
    gate, ended = threading.Event(), threading.Event()

    async def burst():
        server = JourneyplanServer()
        server.debounce = 0.05
        server.publish = lambda st: None  # type: ignore[assignment]
        # read by the scheduler right before each check: which change it is the text of
        server.buffers = lambda root: seen.append(server.state(root).wanted) or []  # type: ignore[assignment]
        real = server.plans.check

        def counting(root, buffers):
            overlaps.append(bool(running))
            running.append(1)
            calls.append(root)
            try:
                gate.wait(60)
                return real(root, buffers)
            finally:
                running.pop()
                ended.set()

        server.plans.check = counting  # type: ignore[assignment]
        loop = asyncio.get_running_loop()
        # a check takes no time on the server's clock, except the first one while the test
        # holds it (the gate): then the burst comes while it runs
        loop.hold = lambda: (
            gate.is_set() and not (server.draining is None or server.draining.done())
        )
        server.request_check(tmp_path)
        if first_check == "done":
            gate.set()
            await loop.run_in_executor(None, ended.wait, 60)
        for _ in range(19):
            await asyncio.sleep(0.001)
            server.request_check(tmp_path)
        gate.set()
        await server.state(tmp_path).fresh.wait()
        assert server.state(tmp_path).check is not None
        server.worker.shutdown()

    run_clocked(burst())
    assert 1 <= len(calls) <= 2 and not any(overlaps)
    assert seen == [1, 20]  # the first change at once, then the last text of the burst


def test_which_plan_a_file_belongs_to(tmp_path):
    from journeyplan.lsp.workspace import PlanWorkspace

    repo = tmp_path / "repo"
    plans = PlanWorkspace([repo, repo / "plan"])  # a workspace folder and `plans: [plan]`
    assert plans.plan_root(repo / "plan" / "journeys" / "a.yaml") == repo / "plan"
    assert plans.plan_root(repo / "other.yml") == repo
    assert plans.plan_root(repo / ".github" / "workflows" / "ci.yml") is None  # hidden
    assert plans.plan_root(repo / "journey-maps" / "x.yaml") is None  # render output
    assert plans.plan_root(repo / "notes.txt") is None
    assert plans.plan_root(tmp_path / "elsewhere" / "p.yaml") == tmp_path / "elsewhere"


def test_buffers_win_over_disk_and_parsed_files_are_kept(tmp_path):
    from journeyplan.lsp.workspace import Buffer, PlanWorkspace

    (tmp_path / "a.yaml").write_text("plan: {name: on disk}\n")
    (tmp_path / "b.yaml").write_text("channels: []\n")
    plans = PlanWorkspace([tmp_path])
    first = plans.check(tmp_path, [Buffer(tmp_path / "a.yaml", "plan: {name: buffer}\n", 3)])
    assert first.result.plan.name == "buffer" and first.versions == {"a.yaml": 3, "b.yaml": None}
    new = Buffer(tmp_path / "c.yaml", "channels: []\n", 1)  # not saved yet: still in the plan
    second = plans.check(tmp_path, [Buffer(tmp_path / "a.yaml", "plan: {name: buffer}\n", 4), new])
    assert list(second.paths) == ["a.yaml", "b.yaml", "c.yaml"]
    assert second.file("a.yaml") is first.file("a.yaml")  # same text: not composed again
    assert second.file("b.yaml") is first.file("b.yaml")  # unchanged on disk


def test_the_latency_benchmark_runs(tmp_path):
    """benchmarks/lsp_latency.py at a tiny size: it talks to the server and writes its
    table between the markers (no time is asserted; docs/performance.md has the numbers)."""
    out = tmp_path / "perf.md"
    out.write_text("before\n<!-- lsp:start -->\nold\n<!-- lsp:end -->\nafter\n")
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "lsp_latency.py"
    subprocess.run(
        [sys.executable, str(script), "--changes", "2", "--plans", "starter", "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = out.read_text()
    assert text.startswith("before\n<!-- lsp:start -->\n| Plan |") and text.endswith("after\n")
    assert "| `examples/starter` | " in text and "| 2 |" in text and "old" not in text
