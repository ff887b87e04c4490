"""One rule for a closed pipe (``journeyplan ... | head -1``), in every command and format:
the reader has what it wanted, so the command stops writing quietly (nothing on stderr)
and exits with the code it would have had if its output had been read to the end."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.common import CLEAN, EXAMPLES, edit, require_git, write_plan


def closed_pipe(*args: str, cwd=None) -> subprocess.CompletedProcess:
    """Run ``journeyplan ARGS`` with stdout a pipe whose reader has already gone: the
    first write fails (EPIPE), as after ``| head -c0``."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [sys.executable, "-m", "journeyplan", *args],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            cwd=cwd,
            env={**os.environ, "NO_COLOR": "1"},
            timeout=120,
        )
    finally:
        os.close(write)


STARTER = str(EXAMPLES / "starter")


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("check", STARTER), 0),
        (("check", STARTER, "--format", "json"), 0),
        (("check", STARTER, "--format", "sarif"), 0),
        (("matrix", STARTER), 0),
        (("matrix", STARTER, "--format", "csv"), 0),
        (("matrix", STARTER, "--format", "markdown"), 0),
        (("rules",), 0),
        (("rules", "--format", "json"), 0),
        (("explain", "JP404"), 0),
        (("schema",), 0),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else str(v),
)
def test_a_closed_pipe_ends_the_command_as_if_completed(args, code):
    proc = closed_pipe(*args)
    assert proc.returncode == code, proc.stderr
    assert proc.stderr == ""


def test_findings_still_set_the_exit_code(tmp_path):
    write_plan(tmp_path, {"plan.yaml": edit(CLEAN, "event: submitted", "event: ''")})
    for fmt in ("text", "json", "github"):
        proc = closed_pipe("check", str(tmp_path), "--format", fmt)
        assert proc.returncode == 1, (fmt, proc.stderr)
        assert proc.stderr == ""


def test_diff_into_a_closed_pipe(tmp_path):
    require_git()
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path)}

    def git(*args):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
            env=env,
        )

    write_plan(tmp_path, {"plan.yaml": CLEAN})
    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "--no-verify", "-m", "plan")
    (tmp_path / "plan.yaml").write_text(edit(CLEAN, "Clean plan", "Renamed"), encoding="utf-8")
    for fmt in ("text", "json", "markdown"):
        proc = closed_pipe("diff", "--format", fmt, cwd=tmp_path)
        assert (proc.returncode, proc.stderr) == (0, ""), fmt
        proc = closed_pipe("diff", "--format", fmt, "--exit-code", cwd=tmp_path)
        assert (proc.returncode, proc.stderr) == (1, ""), fmt  # a change, as if read
