"""One file of a plan folder, checked alone (``journeyplan check plan/journeys/femke.yaml``).

Checked alone, the file names stages, channels, personas and brand elements that the other
files of its plan declare: every such reference dangles, and the checklist misses what the
other files hold. :func:`part_of_folder` finds the plan folder the file belongs to: the
nearest folder above it (at most :data:`MAX_LEVELS` up, each holding a YAML file of its
own, never above the git work tree that holds it) whose plan declares the most of what the
file's dangling references name.
Then the findings that come only from checking the file alone (those a check of that folder
does not report for the file) are folded under one info finding, JP021, "this file is part
of the plan in FOLDER; check the folder". What a check of the folder reports for the file
stays as it is.

This runs only for a single file that has dangling references (JP007); a plan without
them never pays for it.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from journeyplan.errors import PlanPathError
from journeyplan.findings import Finding, Location
from journeyplan.plan.model import Kind

if TYPE_CHECKING:
    from journeyplan.check.pipeline import CheckResult
    from journeyplan.check.selection import Selection

#: How many folders above the file are tried.
MAX_LEVELS = 4
#: A folder with more plan files than this is not tried (a home folder, a whole repository).
MAX_FILES = 2000
#: ... and neither is one whose listing passes this many entries (``/``, a home folder):
#: the count stops there, before any file is read.
MAX_ENTRIES = 20000

_KINDS = {k.term: k for k in Kind}


def _identity(f: Finding, file: str | None) -> tuple:
    loc = f.location
    where = None if loc is None else (file, loc.line, loc.column)
    # a did-you-mean depends on what is declared, so it differs between the two checks
    args = tuple(sorted((k, repr(v)) for k, v in f.args.items() if k != "suggestion"))
    return (f.code, f.key, f.persona, f.subject, where, args)


def find_plan_folder(file: Path, dangling: list[Finding]) -> Path | None:
    """The folder of the plan FILE is part of (see the module docstring), or ``None`` when
    no folder above it declares any id that DANGLING (JP007 findings of FILE checked
    alone) names."""
    from journeyplan.plan.build import build_plan
    from journeyplan.source.compose import read_plan_files
    from journeyplan.source.discover import discover, fits

    wanted = [(_KINDS.get(f.args.get("kind")), f.subject) for f in dangling]
    target = os.path.abspath(file)
    folder = Path(os.path.dirname(target))
    best: tuple[int, Path] | None = None
    for level in range(MAX_LEVELS):
        if level and not _holds_yaml(folder):
            break  # a folder with no plan file of its own is not a plan folder
        if not fits(folder, MAX_FILES, MAX_ENTRIES):
            break
        try:
            base, paths = discover(folder)
        except PlanPathError:
            paths = []
        if len(paths) > 1 and target in {os.path.abspath(p) for p in paths}:
            plan, _ = build_plan(read_plan_files(base, paths))
            known = {kind: plan.by_id(kind) for kind in {k for k, _ in wanted if k is not None}}
            score = sum(1 for kind, ref in wanted if kind is not None and ref in known[kind])
            if score and (best is None or score > best[0]):
                best = (score, folder)
            if score == len(wanted):
                break
        if (folder / ".git").exists() or folder.parent == folder:
            break
        folder = folder.parent
    return best[1] if best is not None else None


def _holds_yaml(folder: Path) -> bool:
    """FOLDER itself (not a folder below it) holds a ``*.yaml`` or ``*.yml`` file."""
    try:
        with os.scandir(folder) as entries:
            return any(e.name.endswith((".yaml", ".yml")) for e in entries)
    except OSError:
        return False


def shown_folder(folder: Path) -> str:
    """FOLDER as the user can type it: relative to the current directory when inside it."""
    rel = os.path.relpath(folder)
    return Path(rel).as_posix() if not rel.startswith("..") else folder.as_posix()


def part_of_folder(file: Path, result: CheckResult, selection: Selection | None) -> CheckResult:
    """RESULT (FILE checked alone) with what comes only from checking it alone folded under
    one JP021 info finding naming the plan folder; RESULT itself when FILE is part of no
    plan folder."""
    from journeyplan.check.pipeline import check_plan

    dangling = [f for f in result.findings if f.code == "JP007"]
    folder = find_plan_folder(file, dangling)
    if folder is None:
        return result
    whole = check_plan(folder, selection)
    rel = file.resolve().relative_to(folder.resolve()).as_posix()
    there = Counter(
        _identity(g, rel)
        for f in whole.findings
        for g in (f, *f.every_consequence())
        if g.location is None or g.location.file == rel
    )
    inner = {id(c) for f in result.findings for c in f.every_consequence()}
    folded = []
    for f in result.findings:
        if id(f) in inner:
            continue  # it is with its own cause
        key = _identity(f, rel)
        if there[key]:
            there[key] -= 1
        else:
            folded.append(f)
    if not folded:
        return result
    shown = shown_folder(folder)
    hint = Finding(
        "JP021",
        "info",
        None,
        Location(result.files[0].rel if result.files else file.name, 1, 1),
        "JP021",
        {"folder": shown, "count": len(folded)},
        consequences=tuple(folded),
    )
    result.findings = sorted([hint, *result.findings], key=Finding.sort_key)
    return result
