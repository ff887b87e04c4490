"""Paths for formats whose file names are relative to the current working directory
(``--format sarif`` and ``--format github``): in CI that is the repository root, so the
annotations land on the right file.

:func:`cwd_prefix` says where the plan directory is as seen from the working directory;
:func:`cwd_path` joins it with a finding's plan-relative file name.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path, PurePosixPath, PureWindowsPath


def cwd_prefix(base: str | os.PathLike, cwd: str | os.PathLike | None = None) -> str:
    """The plan directory BASE relative to CWD (default: the current working directory),
    with ``/`` separators: ``""`` when they are the same, ``plans/acme`` below it.

    A plan outside CWD (the relative path would start with ``..``, or it is on another
    drive) gets its absolute path instead, ``/`` separated (``/srv/plans/acme``,
    ``C:/plans/acme``): a path that climbs out of the repository cannot be annotated
    in it, and an absolute path at least names the file exactly."""
    here = os.path.abspath(cwd if cwd is not None else os.getcwd())
    there = os.path.abspath(base)
    try:
        rel = os.path.relpath(there, here)
    except ValueError:  # another drive (Windows)
        rel = None
    if rel is None or rel == ".." or rel.startswith(".." + os.sep) or os.path.isabs(rel):
        return Path(there).as_posix()
    return "" if rel == "." else Path(rel).as_posix()


def is_absolute(path: str) -> bool:
    """Whether a ``/``-separated PATH is absolute (POSIX ``/x`` or Windows ``C:/x``)."""
    return PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute()


def cwd_path(prefix: str, file: str) -> str:
    """FILE (relative to the plan directory, ``/`` separated) as seen from the working
    directory, given the plan directory's PREFIX from :func:`cwd_prefix`."""
    if not prefix:
        return file
    return posixpath.normpath(posixpath.join(prefix, file))
