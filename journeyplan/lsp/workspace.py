"""Which plan a file belongs to, and that plan's files: open buffers over files on disk.

A plan is a folder read as ``journeyplan check FOLDER`` reads it
(:func:`journeyplan.source.discover.discover`), with every open buffer of a plan file below it
in place of (or in addition to) the file on disk. The folder is the innermost workspace folder
that holds the file. A file outside every workspace folder (an editor started without one) is
a plan of its own folder when that folder is no bigger than a plan (:data:`LONE_MAX_FILES` plan
files, found by listing at most :data:`LONE_MAX_ENTRIES` entries, no file read); in a bigger
folder (``/tmp``, a home or downloads folder) it is a plan of its own, checked alone as
``journeyplan check FILE`` does, and no other file of that folder is read. A file that the
discovery rules skip (hidden folders, the render output folder, not ``.yaml``/``.yml``) belongs
to no plan.

Parsed files are kept: a buffer is composed again only when its text changed, a file on disk
only when its size, modification time or inode changed. The check itself is always the whole
plan (:func:`journeyplan.check.pipeline.check_files`): its rules read across files, so checking
only the changed file would not be correct. A plan of a few thousand lines takes milliseconds.

This module knows nothing of the protocol; the server calls it from one worker thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from journeyplan.check.pipeline import CheckResult, check_files
from journeyplan.errors import JourneyplanError
from journeyplan.source.compose import MAX_FILE_BYTES, PlanFile, read_plan_bytes, read_plan_file
from journeyplan.source.discover import discover, fits, is_plan_path

#: A folder outside the workspace folders with more plan files than this is no plan
#: folder: each file of it is checked alone.
LONE_MAX_FILES = 100
#: ... and so is one whose listing passes this many entries before the count is done.
LONE_MAX_ENTRIES = 2000


@dataclass(frozen=True)
class Buffer:
    """An open document: its file PATH, TEXT and the client's VERSION of it."""

    path: Path
    text: str
    version: int | None = None


@dataclass
class PlanCheck:
    """One check of a plan: the ROOT folder, the RESULT, and for each file (relative path)
    its absolute path, the buffer version checked (``None`` for a file read from disk) and
    the text positions refer to (that of a file that is not UTF-8 decoded with
    replacement characters, so the place of the bad byte can still be shown)."""

    root: Path
    result: CheckResult
    paths: dict[str, Path] = field(default_factory=dict)
    versions: dict[str, int | None] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)

    def rel(self, path: Path) -> str | None:
        """The relative path of PATH in this plan, or ``None`` when it is not one of its files."""
        try:
            rel = path.relative_to(self.root).as_posix()
        except ValueError:
            return None
        return rel if rel in self.paths else None

    def file(self, rel: str) -> PlanFile | None:
        return next((pf for pf in self.result.files if pf.rel == rel), None)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _undecoded(pf: PlanFile) -> str:
    """The text of a file on disk that was not read as UTF-8, for positions only."""
    if not pf.findings or pf.findings[0].code != "JP016":
        return ""
    try:
        with open(pf.path, "rb") as f:
            return f.read(MAX_FILE_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""


class PlanWorkspace:
    """The plans of an editor session: workspace FOLDERS, parsed files and discovery kept
    between checks."""

    def __init__(self, folders: list[Path] | None = None) -> None:
        self.folders: list[Path] = [Path(os.path.abspath(f)) for f in folders or []]
        self._disk: dict[Path, tuple[tuple[int, int, int], str, PlanFile]] = {}
        self._parsed: dict[Path, tuple[str, str, PlanFile]] = {}
        self._found: dict[Path, list[Path]] = {}
        #: folders outside the workspace folders: whether each is small enough to be a plan
        self._fits: dict[Path, bool] = {}
        #: the plans that are one file (outside the workspace folders, in a big folder)
        self.single: set[Path] = set()

    # ------------------------------------------------------------------ which plan
    def plan_root(self, path: Path) -> Path | None:
        """The plan folder PATH belongs to, or ``None`` when the discovery rules skip it."""
        path = Path(os.path.abspath(path))
        holders = [f for f in self.folders if _inside(path, f) and path != f]
        root = max(holders, key=lambda f: len(f.parts)) if holders else path.parent
        if not is_plan_path(path.relative_to(root).as_posix()):
            return None
        if holders or self.lone_folder_fits(root):
            return root
        self.single.add(path)
        return path  # a plan of one file: the key is the file itself

    def lone_folder_fits(self, folder: Path) -> bool:
        """Whether FOLDER, which no workspace folder holds, is small enough to be read as one
        plan (kept until :meth:`forget_discovery`)."""
        fit = self._fits.get(folder)
        if fit is None:
            fit = self._fits[folder] = fits(folder, LONE_MAX_FILES, LONE_MAX_ENTRIES)
        return fit

    def base(self, root: Path) -> Path:
        """The folder ROOT's paths are relative to: ROOT, or the folder of a one-file plan."""
        return root.parent if root in self.single else root

    def forget_discovery(self, root: Path | None = None) -> None:
        """Files were created or deleted: discover ROOT's files (every plan's) again."""
        if root is None:
            self._found.clear()
            self._fits.clear()
        else:
            self._found.pop(root, None)
            self._fits.pop(self.base(root), None)

    def _discover(self, root: Path) -> list[Path]:
        if root in self.single:
            return [root] if root.is_file() else []
        found = self._found.get(root)
        if found is not None and all(p.exists() or p.is_symlink() for p in found):
            return found
        try:
            _, found = discover(root)
        except JourneyplanError:  # no YAML file on disk yet, or the folder is gone
            found = []
        self._found[root] = found
        return found

    # ------------------------------------------------------------------ files
    def _from_disk(self, path: Path, rel: str) -> PlanFile:
        try:
            st = os.stat(path)
            key = (st.st_size, st.st_mtime_ns, st.st_ino)
        except OSError:
            key = (-1, -1, -1)
        kept = self._disk.get(path)
        if kept is not None and kept[0] == key and kept[1] == rel:
            return kept[2]
        pf = read_plan_file(path, rel)
        self._disk[path] = (key, rel, pf)
        return pf

    def _from_buffer(self, buffer: Buffer, rel: str) -> PlanFile:
        kept = self._parsed.get(buffer.path)
        if kept is not None and kept[0] == buffer.text and kept[1] == rel:
            return kept[2]
        data = buffer.text.encode("utf-8", "surrogatepass")  # a lone surrogate: JP016
        pf = read_plan_bytes(rel, data, buffer.path)
        self._parsed[buffer.path] = (buffer.text, rel, pf)
        return pf

    def closed(self, path: Path) -> None:
        """A buffer was closed: its parsed text is no longer needed."""
        self._parsed.pop(Path(os.path.abspath(path)), None)

    def check(self, root: Path, buffers: list[Buffer]) -> PlanCheck:
        """Check the plan in ROOT, with BUFFERS (open documents of its files) winning over
        the files on disk. Bad input is findings; raises nothing for it."""
        base = self.base(root)
        paths: dict[str, Path] = {}
        for p in self._discover(root):
            paths[p.relative_to(base).as_posix()] = p
        open_: dict[str, Buffer] = {}
        for b in buffers:
            rel = b.path.relative_to(base).as_posix()
            paths[rel] = b.path
            open_[rel] = b
        files = []
        for rel in sorted(paths):
            b = open_.get(rel)
            files.append(self._from_buffer(b, rel) if b else self._from_disk(paths[rel], rel))
        result = check_files(base, files)
        versions = {rel: (open_[rel].version if rel in open_ else None) for rel in paths}
        texts = {}
        for pf in files:
            b = open_.get(pf.rel)
            texts[pf.rel] = b.text if b is not None else pf.text or _undecoded(pf)
        return PlanCheck(base, result, paths, versions, texts)
