"""Helpers for the hostile-input tests: write raw bytes, run the real CLI, and assert what
a user sees (exit code, the located finding, no traceback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from journeyplan.cli import app

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    """One ``journeyplan`` run: exit code, stdout, stderr and, for ``--format json``, the
    findings as ``(code, file, line, column, message)``."""

    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None

    @property
    def doc(self) -> dict:
        return json.loads(self.stdout)

    @property
    def findings(self) -> list[tuple[str, str | None, int | None, int | None, str]]:
        return [
            (f["code"], f["file"], f["line"], f["column"], f["message"])
            for f in self.doc["findings"]
        ]

    def codes(self) -> set[str]:
        return {f[0] for f in self.findings}

    def only(self, code: str) -> tuple[str, str | None, int | None, int | None, str]:
        """The one finding of CODE (fails when there is none or more than one)."""
        hits = [f for f in self.findings if f[0] == code]
        assert len(hits) == 1, (code, self.findings)
        return hits[0]


def check(path: str | os.PathLike, *args: str) -> Run:
    """``journeyplan check PATH --format json ARGS`` through the CLI, in process."""
    result = runner.invoke(app, ["check", str(path), "--format", "json", *args])
    run = Run(result.exit_code, result.stdout, result.stderr, result.exception)
    assert_clean_exit(run)
    return run


def check_text(path: str | os.PathLike, *args: str) -> Run:
    """``journeyplan check PATH --no-color ARGS`` (text output) through the CLI."""
    result = runner.invoke(app, ["check", str(path), "--no-color", *args])
    run = Run(result.exit_code, result.stdout, result.stderr, result.exception)
    assert_clean_exit(run)
    return run


def assert_clean_exit(run: Run) -> None:
    """Exit 0, 1 or 2, no traceback, and something said: findings or one stderr line."""
    assert run.exit_code in (0, 1, 2), (run.exit_code, run.stdout[-2000:], run.stderr)
    if run.exception is not None:
        assert isinstance(run.exception, SystemExit), repr(run.exception)
    assert "Traceback" not in run.stdout + run.stderr
    if run.exit_code == 2:
        assert run.stderr.startswith("journeyplan: ") and run.stderr.count("\n") == 1, run.stderr
    else:
        assert run.stdout, "a check that exits 0 or 1 prints its result"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    """Write DATA (text is encoded as UTF-8, nothing else changed) to FOLDER/NAME."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def run_subprocess(
    path: str | os.PathLike, *args: str, timeout: float = 120, user: str | None = None
) -> subprocess.CompletedProcess:
    """``python -m journeyplan check PATH ARGS`` in a child process, so that a crash of the
    interpreter (a segfault in libyaml) or a hang shows up as a failure, not as a dead test
    run. USER runs it as that user (via setpriv; the caller checks that this works)."""
    cmd = [sys.executable, "-m", "journeyplan", "check", str(path), *args]
    if user is not None:
        import pwd

        entry = pwd.getpwnam(user)
        cmd = [
            "setpriv",
            f"--reuid={entry.pw_uid}",
            f"--regid={entry.pw_gid}",
            "--clear-groups",
            *cmd,
        ]
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}
    env.pop("PYTEST_CURRENT_TEST", None)  # holds the test id, which can be megabytes here
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=REPO)
