"""Map files: running Graphviz's ``dot``, and writing files safely.

- :func:`run_dot` lays out DOT text with the ``dot`` program (found with
  :func:`shutil.which`); without it, image formats raise :class:`RenderError`
  (``render.no-graphviz``, exit 2).
- :func:`write_maps` writes ``<name>.<ext>`` files into one folder, each atomically (a
  temporary file in the same folder, then :func:`os.replace`), and never over a file that
  journeyplan did not write: the folder's manifest (:data:`MANIFEST`, a hidden text file
  listing the map files journeyplan wrote there) says which files are its own. A folder
  path that is a file, or a target that exists and is not in the manifest, stops the whole
  run before anything is written.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from journeyplan.errors import JourneyplanError
from journeyplan.source.safeio import default_file_mode

#: ``--format`` choice -> file extension.
FORMATS: dict[str, str] = {"svg": "svg", "png": "png", "pdf": "pdf", "dot": "dot", "mermaid": "mmd"}
#: Formats that need Graphviz's ``dot`` program.
IMAGE_FORMATS = ("svg", "png", "pdf")
#: Resolution of PNG maps, in dots per inch (sharp on a slide; SVG and PDF are vectors).
PNG_DPI = 144
#: Seconds a single ``dot`` run may take before it counts as failed (a hung Graphviz must
#: not hang CI; laying out even a very large overview takes far less).
DOT_TIMEOUT = 600
#: The manifest in an output folder: the names of the map files journeyplan wrote there.
MANIFEST = ".journeyplan-maps"
_MANIFEST_HEADER = (
    "# Map files written by 'journeyplan render'. It overwrites only the files\n"
    "# listed here; any other file is left alone.\n"
)
_MAP_FILE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\.(?:svg|png|pdf|dot|mmd)\Z")


class RenderError(JourneyplanError):
    """Maps cannot be written: no Graphviz for an image format, an output folder that is a
    file, a file journeyplan did not write in the way, a write that failed, or ``dot``
    failing (exit 2)."""


def find_dot() -> str | None:
    """Path of Graphviz's ``dot`` program on PATH, or ``None``."""
    return shutil.which("dot")


def run_dot(source: str, fmt: str, name: str, dot: str | None = None) -> tuple[bytes, str]:
    """Lay out DOT SOURCE (text) with Graphviz's ``dot`` into FMT (``svg``, ``png`` at
    :data:`PNG_DPI`, ``pdf``). NAME names the map in messages.

    Returns ``(file bytes, warnings)``: whatever ``dot`` wrote on stderr (empty when it
    accepted the DOT cleanly). Raises :class:`RenderError` when ``dot`` is missing
    (``render.no-graphviz``) or fails (``render.dot-failed``)."""
    program = dot or find_dot()
    if program is None:
        raise RenderError("render.no-graphviz", format=fmt)
    args = [program, f"-T{fmt}"]
    if fmt == "png":
        args.append(f"-Gdpi={PNG_DPI}")
    try:
        proc = subprocess.run(
            args,
            input=source.encode("utf-8"),
            capture_output=True,
            check=False,
            timeout=DOT_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(
            "render.dot-failed", name=name, detail=f"no result after {DOT_TIMEOUT} s"
        ) from None
    except FileNotFoundError:
        raise RenderError("render.no-graphviz", format=fmt) from None
    except OSError as exc:
        raise RenderError("render.dot-failed", name=name, detail=exc.strerror or str(exc)) from None
    warnings = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0 or not proc.stdout:
        detail = (
            warnings.strip().splitlines()[0]
            if warnings.strip()
            else (f"exit status {proc.returncode}")
        )
        raise RenderError("render.dot-failed", name=name, detail=detail)
    return proc.stdout, warnings


def read_manifest(folder: Path) -> set[str]:
    """The map file names listed in FOLDER's manifest (empty when there is none, or when
    it is not a regular file). Lines that are not a map file name are ignored."""
    path = folder / MANIFEST
    try:
        if path.is_symlink() or not path.is_file():
            return set()
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    return {line.strip() for line in text.splitlines() if _MAP_FILE.match(line.strip())}


def check_folder(folder: Path, names: list[str]) -> None:
    """Refuse to write NAMES into FOLDER when FOLDER is not a folder, or when one of the
    names exists there and journeyplan did not write it (it is not in the manifest, or it
    is not a regular file). Raises :class:`RenderError`; writes nothing."""
    if folder.exists() and not folder.is_dir():
        raise RenderError("render.output-is-file", path=str(folder))
    if not folder.exists():
        if folder.is_symlink():  # a dangling link
            raise RenderError("render.output-is-file", path=str(folder))
        return
    ours = read_manifest(folder)
    for name in names:
        target = folder / name
        if os.path.lexists(target):
            if name not in ours or target.is_symlink() or not target.is_file():
                raise RenderError("render.not-ours", path=str(target))


def write_atomic(path: Path, data: bytes) -> None:
    """Write DATA to PATH atomically: a temporary file in the same folder, then
    :func:`os.replace`, so PATH is either the old file or the new one, never half written.
    The file gets the usual permissions (0666 less the umask). Raises :class:`OSError`."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, default_file_mode())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_maps(folder: Path, files: list[tuple[str, bytes]]) -> list[Path]:
    """Write FILES (``(file name, bytes)``, names like ``sander.svg``) into FOLDER, creating
    it when missing, and record the names in its manifest. Checks everything first
    (:func:`check_folder`), so a refusal writes nothing.

    Returns the written paths in order. Raises :class:`RenderError` (exit 2)."""
    names = [name for name, _ in files]
    for name in names:
        if not _MAP_FILE.match(name):  # defence in depth: only validated ids name files
            raise RenderError(
                "render.cannot-write", path=str(folder / name), reason="not a map file name"
            )
    check_folder(folder, names)
    written: list[Path] = []
    current = folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
        ours = read_manifest(folder)
        for name, data in files:
            current = folder / name
            write_atomic(current, data)
            written.append(current)
        current = folder / MANIFEST
        manifest = _MANIFEST_HEADER + "".join(f"{n}\n" for n in sorted(ours | set(names)))
        write_atomic(current, manifest.encode("utf-8"))
    except OSError as exc:
        raise RenderError(
            "render.cannot-write", path=str(current), reason=exc.strerror or str(exc)
        ) from None
    return written
