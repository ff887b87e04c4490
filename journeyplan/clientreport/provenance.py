"""Where the plan stands: the date of the last git commit that touched the plan folder.

The report's cover shows this date, never the clock, so two runs over the same plan give the
same bytes. git runs as a subprocess with an argument list (never a shell), with a time
limit; no git, no repository, or no commit touching the folder all mean "not in git".
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from journeyplan.clientreport.labels import label

#: Seconds a git call may take (a hung git must not hang the report).
GIT_TIMEOUT = 30


@dataclass(frozen=True)
class Provenance:
    """``date``: ``(year, month, day)`` of the last commit touching the plan (the committer
    date, in the committer's time zone), or ``None`` when the plan is not in git; ``dirty``:
    the plan's files differ from that commit (changes not committed yet)."""

    date: tuple[int, int, int] | None
    dirty: bool = False

    def text(self, lang: str) -> str:
        """The date as the cover shows it in LANG ("1 December 2026"), or the "not in git"
        text."""
        if self.date is None:
            return label("report.not_in_git", lang)
        year, month, day = self.date
        when = label(
            "report.date", lang, day=day, month=label(f"report.month.{month}", lang), year=year
        )
        return label("report.as_of", lang, date=when)


def _git(args: list[str], cwd: Path) -> str | None:
    git = shutil.which("git")
    if git is None:
        return None
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env["GIT_OPTIONAL_LOCKS"] = "0"  # `git status` must not write the index
    try:
        proc = subprocess.run(
            [git, *args],
            cwd=cwd,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=GIT_TIMEOUT,
            check=False,
            env=env,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.decode("utf-8", "replace")


def plan_provenance(path: str | os.PathLike) -> Provenance:
    """The :class:`Provenance` of the plan at PATH (a folder or a single plan file). Never
    raises: anything git cannot answer is "not in git"."""
    target = Path(path)
    folder = target if target.is_dir() else target.parent
    spec = "." if target.is_dir() else target.name
    out = _git(["log", "-1", "--format=%cd", "--date=format:%Y-%m-%d", "--", spec], folder)
    if not out or not out.strip():
        return Provenance(None)
    try:
        year, month, day = (int(part) for part in out.strip().split("-"))
    except ValueError:
        return Provenance(None)
    status = _git(["status", "--porcelain", "--untracked-files=normal", "--", spec], folder)
    dirty = any(
        line.strip().endswith((".yaml", ".yml", '.yaml"', '.yml"'))
        for line in (status or "").splitlines()
    )
    return Provenance((year, month, day), dirty)
