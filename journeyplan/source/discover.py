"""Where a plan's files are: a file, or every YAML file below a folder, in sorted order."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from journeyplan.errors import PlanPathError
from journeyplan.source.safeio import walk

#: Folder that ``journeyplan render`` writes into by default; never read back as plan.
RENDER_DIR = "journey-maps"
YAML_SUFFIXES = (".yaml", ".yml")


def is_plan_path(rel: str) -> bool:
    """Whether REL, a ``/``-separated path relative to the plan directory, is a plan file under
    the discovery rules: no part is hidden (starts with ``.``), no folder is the render output
    folder, and the name ends in ``.yaml``/``.yml``. A REL ending in ``/`` is a folder: it is
    tested as a folder to descend into. Used by :func:`discover` and by the git tree listing
    of :mod:`journeyplan.source.git`, so both find the same files."""
    *folders, name = rel.split("/")
    if any(not d or d.startswith(".") or d == RENDER_DIR for d in folders):
        return False
    return name == "" or (not name.startswith(".") and name.endswith(YAML_SUFFIXES))


#: How many skipped hidden files and folders a "no YAML file" message names.
MAX_SHOWN = 5


def _holds_yaml(folder: Path) -> bool:
    """FOLDER itself (not a folder below it; a link is not followed) holds a YAML file."""
    if folder.is_symlink():
        return False
    try:
        with os.scandir(folder) as entries:
            return any(e.name.endswith(YAML_SUFFIXES) for e in entries)
    except OSError:
        return False


def fits(path: str | os.PathLike, max_files: int, max_entries: int) -> bool:
    """Whether the folder PATH is no bigger than a plan: at most MAX_FILES plan files below
    it (the files :func:`discover` would find), seen by listing at most MAX_ENTRIES folder
    entries. Reads no file and stops listing as soon as either bound is passed, so asking it
    of ``/tmp`` or ``/`` takes as long as listing MAX_ENTRIES names. A folder that cannot be
    listed counts as empty."""
    files = entries = 0
    for _, dirnames, filenames in walk(path):  # no recursion; links to folders not entered
        entries += len(dirnames) + len(filenames)
        if entries > max_entries:
            return False
        dirnames[:] = [d for d in dirnames if is_plan_path(d + "/")]
        files += sum(1 for name in filenames if is_plan_path(name))
        if files > max_files:
            return False
    return True


def discover(path: str | os.PathLike) -> tuple[Path, list[Path]]:
    """Find the plan files of PATH: a file, or every ``*.yaml``/``*.yml`` below a directory,
    in sorted path order, skipping hidden files and folders and the render output folder.

    Returns ``(base directory, files)``. Raises :class:`PlanPathError` when PATH is missing,
    unreadable, or holds no YAML file (``path-no-yaml``; when it holds hidden YAML files, or
    hidden folders with a YAML file of their own, the error names them: ``hidden``,
    ``count``, and ``example``, the path of the first one, to check it on its own)."""
    p = Path(path)
    try:
        if p.is_file():
            return p.parent, [p]
        if not p.exists():
            if os.path.islink(p):  # a dangling link, or a loop of links
                raise PlanPathError("path-broken-link", path=str(path), target=os.readlink(p))
            raise PlanPathError("path-missing", path=str(path))
        if not p.is_dir():
            raise PlanPathError("path-not-plan", path=str(path))
        if not os.access(p, os.R_OK | os.X_OK):
            raise PlanPathError("path-unreadable", path=str(path), reason=os.strerror(errno.EACCES))
    except OSError as exc:
        raise PlanPathError(
            "path-unreadable", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    found: list[tuple[str, Path]] = []
    unlisted: list[OSError] = []
    hidden: list[Path] = []  # skipped hidden YAML files and folders, for the message
    for dirpath, dirnames, filenames in walk(p, onerror=unlisted.append):  # no recursion
        hidden.extend(Path(dirpath, d) for d in dirnames if d.startswith("."))
        hidden.extend(
            Path(dirpath, n) for n in filenames if n.startswith(".") and n.endswith(YAML_SUFFIXES)
        )
        dirnames[:] = [d for d in dirnames if is_plan_path(d + "/")]
        for name in dirnames:  # links to folders are not followed: say so (JP020)
            full = Path(dirpath, name)
            if os.path.islink(full):
                found.append((full.relative_to(p).as_posix(), full))
        for name in filenames:
            if not is_plan_path(name):
                continue
            full = Path(dirpath, name)
            found.append((full.relative_to(p).as_posix(), full))
    for exc in unlisted:  # folders that cannot be listed: a finding each (JP016)
        if exc.filename is None or Path(exc.filename) == p:
            raise PlanPathError("path-unreadable", path=str(path), reason=exc.strerror or str(exc))
        full = Path(exc.filename)
        found.append((full.relative_to(p).as_posix(), full))
    if not found:
        skipped = [h for h in hidden if h.is_file() or _holds_yaml(h)]
        if skipped:
            shown = [h.relative_to(p).as_posix() for h in sorted(skipped)]
            raise PlanPathError(
                "path-no-yaml",
                path=str(path),
                hidden=", ".join(shown[:MAX_SHOWN] + (["..."] if len(shown) > MAX_SHOWN else [])),
                example=os.path.join(str(path), shown[0]),
                count=len(shown),
            )
        raise PlanPathError("path-no-yaml", path=str(path))
    found.sort()
    return p, [f for _, f in found]
