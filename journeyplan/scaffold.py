"""``journeyplan init``: write a starter plan into a folder, never destroying anything.

The starter files are package data (``journeyplan/templates/<lang>/``). A folder that holds
anything (other than a ``.git`` folder) is refused unless ``force`` is set; even then an
existing file is never overwritten: it is skipped and reported. Each file is written to a
temporary file in the same folder and then linked into place, which fails instead of
replacing when the name appeared in the meantime, so a reader never sees half a file and a
user's file is never replaced.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from journeyplan.errors import UsageError
from journeyplan.source.safeio import default_file_mode

TEMPLATE_LANGUAGES = ("en", "nl")
#: Entries that do not make a folder "non-empty": a fresh ``git init`` is a fine place.
IGNORED_ENTRIES = frozenset({".git"})


@dataclass
class InitResult:
    """What :func:`init_plan` did: the folder, and the file names (relative to it, ``/``
    separated, in template order) it created and the ones it skipped because they exist."""

    directory: Path
    created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def template_files(lang: str = "en") -> list[tuple[str, str]]:
    """The starter files for LANG as ``(relative name, text)``, sorted by name. Raises
    ``KeyError`` for a language without templates."""
    if lang not in TEMPLATE_LANGUAGES:
        raise KeyError(lang)
    root = resources.files("journeyplan").joinpath("templates", lang)
    out: list[tuple[str, str]] = []

    def walk(node, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.name.startswith(("__", ".")) or child.name.endswith(".pyc"):
                continue
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            else:
                out.append((prefix + child.name, child.read_text(encoding="utf-8")))

    walk(root, "")
    return out


def _is_empty(directory: Path) -> bool:
    return all(entry.name in IGNORED_ENTRIES for entry in os.scandir(directory))


def _write_new(target: Path, text: str) -> bool:
    """Write TEXT to TARGET atomically unless TARGET exists. Returns ``False`` (and writes
    nothing) when it exists. Raises ``OSError`` when the folder is not writable."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, default_file_mode())  # mkstemp makes 0600; a plan is a normal file
        try:
            os.link(tmp, target)  # fails if TARGET exists: never replaces a file
        except FileExistsError:
            return False
        except OSError:
            # No hard links here (some network or FAT file systems). On Windows rename
            # refuses an existing target; elsewhere check first (a small race remains).
            if os.name != "nt" and os.path.lexists(target):
                return False
            try:
                os.rename(tmp, target)
            except FileExistsError:
                return False
        return True
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)


def init_plan(directory: str | os.PathLike, lang: str = "en", force: bool = False) -> InitResult:
    """Write the starter plan for LANG into DIRECTORY (created when missing).

    Returns an :class:`InitResult`. Raises :class:`~journeyplan.errors.UsageError`
    (exit 2) when DIRECTORY is a file (``init-not-dir``), is not empty and FORCE is not set
    (``init-not-empty``), or cannot be written (``init-failed``)."""
    d = Path(directory)
    files = template_files(lang)
    try:
        if d.exists() and not d.is_dir():
            raise UsageError("init-not-dir", path=str(directory))
        if d.is_dir() and not force and not _is_empty(d):
            raise UsageError("init-not-empty", path=str(directory))
        d.mkdir(parents=True, exist_ok=True)
        result = InitResult(d)
        for name, text in files:
            target = d / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if os.path.lexists(target) or not _write_new(target, text):
                result.skipped.append(name)
            else:
                result.created.append(name)
    except OSError as exc:
        raise UsageError(
            "init-failed", path=str(directory), reason=exc.strerror or str(exc)
        ) from exc
    return result
