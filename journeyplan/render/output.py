"""Map files: running Graphviz's ``dot``, and writing files safely.

- :func:`draw_map` lays out a map with Graphviz within a time budget (``dot`` places, then
  ``neato -n2`` routes); :func:`draw_pinned` draws a map whose places are fixed (always
  finishes); :func:`run_dot` is one Graphviz run. Every run is its own process group,
  killed (with whatever it started) when its time is up. Without ``dot`` (found with
  :func:`shutil.which`) image formats raise :class:`RenderError` (``render.no-graphviz``).
- :func:`merge_pdfs` makes one document of the maps' PDF pages.
- :func:`write_maps` writes ``<name>.<ext>`` files into one folder, each atomically (a
  temporary file in the same folder, then :func:`os.replace`), and never over a file that
  journeyplan did not write: the folder's manifest (:data:`MANIFEST`, a hidden text file
  listing the map files journeyplan wrote there, each with the SHA-256 of the bytes it
  wrote) says which files are its own. A folder path that is a file, a target that exists
  and is not in the manifest, or one whose bytes changed since journeyplan wrote it (a map
  edited or annotated), stops the whole run before anything is written. A manifest line
  without a digest (written before digests were kept) still marks the file as its own.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from journeyplan.errors import JourneyplanError
from journeyplan.render.layout import PAGE_MARGIN
from journeyplan.source.safeio import default_file_mode

#: ``--format`` choice -> file extension.
FORMATS: dict[str, str] = {"svg": "svg", "png": "png", "pdf": "pdf", "dot": "dot", "mermaid": "mmd"}
#: Formats that need Graphviz's ``dot`` program.
IMAGE_FORMATS = ("svg", "png", "pdf")
#: Resolution of PNG maps, in dots per inch (sharp on a slide; SVG and PDF are vectors).
PNG_DPI = 144
#: Seconds a single Graphviz run that always finishes (a pinned layout) may take before it
#: counts as failed: a hung Graphviz must not hang CI.
DOT_TIMEOUT = 600
#: Default layout budget of one map, seconds (``render --timeout``): after it, Graphviz is
#: stopped and the map is drawn with the quick layout.
LAYOUT_BUDGET = 60.0
#: The manifest in an output folder: the names of the map files journeyplan wrote there.
MANIFEST = ".journeyplan-maps"
_MANIFEST_HEADER = (
    "# Map files written by 'journeyplan render', each with the SHA-256 of what it wrote.\n"
    "# It overwrites only the files listed here, and only while they are unchanged; any\n"
    "# other file is left alone.\n"
)
_MAP_FILE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\.(?:svg|png|pdf|dot|mmd)\Z")
_DIGEST = re.compile(r"[0-9a-f]{64}\Z")


class RenderError(JourneyplanError):
    """Maps cannot be written: no Graphviz for an image format, an output folder that is a
    file, a file journeyplan did not write in the way, a write that failed, or ``dot``
    failing (exit 2)."""


class LayoutTimeout(RenderError):
    """A Graphviz run passed its time and was stopped (its process group killed): the
    ``render.dot-failed`` error ("no result after N s"), which a map's layout budget turns
    into the quick layout."""


def find_dot() -> str | None:
    """Path of Graphviz's ``dot`` program on PATH, or ``None``."""
    return shutil.which("dot")


def _run(args: list[str], data: bytes, timeout: float, name: str) -> subprocess.CompletedProcess:
    """Run ARGS with DATA on stdin in a new process group; after TIMEOUT seconds the whole
    group (Graphviz and anything it started) is killed and :class:`LayoutTimeout` raised."""
    proc = subprocess.Popen(
        args,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(data, timeout=max(timeout, 0.01))
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise LayoutTimeout(
            "render.dot-failed", name=name, detail=f"no result after {round(timeout, 1):g} s"
        ) from None
    except BaseException:  # Ctrl-C: never leave a dot behind
        _kill(proc)
        raise
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.communicate()


def _result(proc: subprocess.CompletedProcess, name: str) -> tuple[bytes, str]:
    warnings = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0 or not proc.stdout:
        detail = (
            warnings.strip().splitlines()[0]
            if warnings.strip()
            else (f"exit status {proc.returncode}")
        )
        raise RenderError("render.dot-failed", name=name, detail=detail)
    return proc.stdout, warnings


def _format_args(fmt: str) -> list[str]:
    args = [f"-T{fmt}"]
    if fmt == "png":
        args.append(f"-Gdpi={PNG_DPI}")
    return args


def run_dot(
    source: str,
    fmt: str,
    name: str,
    dot: str | None = None,
    timeout: float | None = None,
    engine: str = "dot",
    extra: tuple[str, ...] = (),
) -> tuple[bytes, str]:
    """Lay out DOT SOURCE (text) with Graphviz (``dot``, or ENGINE found next to it) into FMT
    (``svg``, ``png`` at :data:`PNG_DPI``, ``pdf``, or ``dot`` for the laid-out graph), with
    EXTRA command-line arguments. NAME names the map in messages.

    Returns ``(file bytes, warnings)``: whatever Graphviz wrote on stderr (empty when it
    accepted the DOT cleanly). Raises :class:`LayoutTimeout` after TIMEOUT seconds (default
    :data:`DOT_TIMEOUT`; the process group is killed), :class:`RenderError` when ``dot`` is missing
    (``render.no-graphviz``) or fails (``render.dot-failed``)."""
    program = dot or find_dot()
    if program is None:
        raise RenderError("render.no-graphviz", format=fmt)
    if engine != "dot":
        program = str(Path(program).with_name(engine))
    args = [program, *_format_args(fmt), *extra]
    try:
        proc = _run(args, source.encode("utf-8"), DOT_TIMEOUT if timeout is None else timeout, name)
    except FileNotFoundError:
        raise RenderError("render.no-graphviz", format=fmt) from None
    except OSError as exc:
        raise RenderError("render.dot-failed", name=name, detail=exc.strerror or str(exc)) from None
    return _result(proc, name)


def draw_map(
    source: str,
    fmt: str,
    name: str,
    dot: str | None = None,
    budget: float = LAYOUT_BUDGET,
    page: tuple[float, float] | None = None,
) -> tuple[bytes, str]:
    """The full layout of a journey map (DOT SOURCE from
    :func:`~journeyplan.render.graphviz_map.dot_source` with ``placing=True``) in FMT,
    within BUDGET seconds for all its Graphviz runs together: ``dot`` places the
    touchpoints (ranks, rows, columns; no edge routing), then ``neato -n2`` keeps those
    places and routes every trigger around the touchpoints as a spline, then
    :func:`finish` moves labels off the boxes and draws FMT. PAGE (``(width, height)`` in
    inches, landscape) fits the drawing on that paper exactly (:func:`fit_page`). Returns
    ``(bytes, warnings)``; raises :class:`LayoutTimeout` when the budget runs out,
    :class:`RenderError` on failure."""
    from journeyplan.render.graphviz_map import restore_labels

    deadline = time.monotonic() + budget
    placed, warn1 = run_dot(source, "dot", name, dot, budget, extra=("-Gsplines=",))
    routed, warn2 = run_dot(
        restore_labels(placed.decode("utf-8")),
        "dot",
        name,
        dot,
        deadline - time.monotonic(),
        engine="neato",
        extra=("-n2", "-Gsplines=true"),
    )
    data, warn3 = finish(routed.decode("utf-8"), fmt, name, dot, page, deadline - time.monotonic())
    return data, "".join(w for w in (warn1, warn2, warn3) if w.strip())


def draw_pinned(
    source: str,
    fmt: str,
    name: str,
    dot: str | None = None,
    page: tuple[float, float] | None = None,
) -> tuple[bytes, str]:
    """Draw DOT SOURCE whose nodes already have positions (``pos``, points) with
    ``neato -n2`` and straight triggers: linear in the size of the map, so it always
    finishes (the fallback layout and the stage-by-channel overview). Labels and PAGE as
    for :func:`draw_map`."""
    drawn, warn1 = run_dot(source, "dot", name, dot, engine="neato", extra=("-n2",))
    data, warn2 = finish(drawn.decode("utf-8"), fmt, name, dot, page)
    return data, "".join(w for w in (warn1, warn2) if w.strip())


def finish(
    laid_out: str,
    fmt: str,
    name: str,
    dot: str | None = None,
    page: tuple[float, float] | None = None,
    timeout: float | None = None,
) -> tuple[bytes, str]:
    """Draw LAID_OUT (DOT text with every position, from Graphviz ``-Tdot``) in FMT with
    ``neato -n2``, which keeps every position: first every trigger label that meets a box
    is moved to a free place (:func:`journeyplan.render.labels.place_labels`), then the
    drawing is fitted to PAGE (:func:`fit_page`) when one is given. Linear."""
    from journeyplan.render.graphviz_map import EDGE_FONT_SIZE, FONT
    from journeyplan.render.labels import place_labels

    laid_out = _keep_sizes(place_labels(laid_out, dot, FONT, EDGE_FONT_SIZE))
    if page:
        laid_out = fit_page(laid_out, page)
    return run_dot(laid_out, fmt, name, dot, timeout, engine="neato", extra=("-n2",))


_NODE = re.compile(r"^(\s*\w+\s*\[)(.*?)(\];)$", re.S | re.M)
#: Graphviz puts each periphery after the first this far outside the one within, points.
PERIPHERY_GAP = 4.0


def _keep_sizes(laid_out: str) -> str:
    """LAID_OUT with every node of several peripheries (a conversion point) given back the
    size its triggers were routed to: ``neato -n2`` takes a node's ``width`` and
    ``height`` as its inner size and draws the extra peripheries outside them, so each
    further run would draw it 8 points larger (arrows ending inside its outer line)."""

    def shrink(m: re.Match) -> str:
        body = m.group(2)
        found = re.search(r"\bperipheries=(\d+)", body)
        if found is None or int(found.group(1)) < 2:
            return m.group(0)
        gap = 2 * PERIPHERY_GAP * (int(found.group(1)) - 1) / 72

        def smaller(a: re.Match) -> str:
            return f"{a.group(1)}={max(float(a.group(2)) - gap, 0.01):.4f}"

        body = re.sub(r"\b(width|height)=\"?(\d+(?:\.\d+)?)\"?", smaller, body)
        return m.group(1) + body + m.group(3)

    return _NODE.sub(shrink, laid_out)


_BB = re.compile(r'\bbb="(-?[\d.]+),(-?[\d.]+),(-?[\d.]+),(-?[\d.]+)"')


def fit_page(laid_out: str, page: tuple[float, float], margin: float = PAGE_MARGIN) -> str:
    """LAID_OUT (DOT text written by Graphviz with ``-Tdot``: every node, trigger and label
    placed, the graph's ``bb`` in points) made to come out exactly PAGE (``(width,
    height)``, inches): the drawing scaled uniformly, as large as fits inside MARGIN inches
    on every side, and centred; the white space left over goes to the margins, so the file
    always has the page's shape, whatever the size or shape of the drawing.

    Graphviz adds ``pad`` to the drawing *before* it scales it to ``size``, so a fixed pad
    shrinks with a large map and the result drifts from the page's shape; here the pad of
    each axis is computed from the drawing's own size instead. Raises :class:`RenderError`
    when LAID_OUT has no bounding box."""
    found = _BB.search(laid_out)
    if found is None:
        raise RenderError("render.dot-failed", name="page", detail="no bounding box")
    x0, y0, x1, y1 = (float(v) for v in found.groups())
    width, height = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    page_w, page_h = page[0] * 72, page[1] * 72
    scale = min((page_w - 144 * margin) / width, (page_h - 144 * margin) / height)
    pad_x = (page_w / scale - width) / 2 / 72
    pad_y = (page_h / scale - height) / 2 / 72
    attrs = (
        f'size="{page[0]:.2f},{page[1]:.2f}!", pad="{pad_x:.4f},{pad_y:.4f}", ratio="", margin=0'
    )
    head, brace, _ = laid_out.rpartition("}")
    return f"{head}\tgraph [{attrs}];\n{brace}\n"


def merge_pdfs(pages: list[bytes]) -> bytes:
    """One PDF document of the single-page PDFs PAGES, in order, with fixed metadata (no
    creation date, no random id), so the same maps give the same bytes. Uses pypdf."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in pages:
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    writer.add_metadata({"/Producer": "journeyplan", "/Creator": "journeyplan render"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def read_manifest(folder: Path) -> dict[str, str | None]:
    """The map files listed in FOLDER's manifest: name -> the SHA-256 (hex) of the bytes
    journeyplan wrote, ``None`` for a line without one (an older manifest). Empty when
    there is no manifest, or when it is not a regular file. Lines that do not start with a
    map file name are ignored."""
    path = folder / MANIFEST
    try:
        if path.is_symlink() or not path.is_file():
            return {}
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    found: dict[str, str | None] = {}
    for line in text.splitlines():
        name, _, digest = line.strip().partition(" ")
        if _MAP_FILE.match(name):
            digest = digest.strip()
            found[name] = digest if _DIGEST.match(digest) else None
    return found


def _digest(data: bytes) -> str:
    """The SHA-256 (hex) a map's bytes are sealed with. Line breaks count as ``\\n``: a text
    map checked out of git with ``core.autocrlf`` (``\\r\\n``) is the same map."""
    return hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest()


def _changed(path: Path, digest: str | None) -> bool:
    """True when PATH's bytes are no longer those whose SHA-256 is DIGEST (``None``: not
    known, so never changed). An unreadable file counts as changed: it is left alone."""
    if digest is None:
        return False
    try:
        return _digest(path.read_bytes()) != digest
    except OSError:
        return True


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
            if _changed(target, ours[name]):
                raise RenderError("render.edited", path=str(target))


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
            ours[name] = _digest(data)
        current = folder / MANIFEST
        lines = (f"{n} {ours[n]}\n" if ours[n] else f"{n}\n" for n in sorted(ours))
        write_atomic(current, (_MANIFEST_HEADER + "".join(lines)).encode("utf-8"))
    except OSError as exc:
        raise RenderError(
            "render.cannot-write", path=str(current), reason=exc.strerror or str(exc)
        ) from None
    return written
