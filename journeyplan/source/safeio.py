"""Reading untrusted plan files safely: bounded reads of regular files only, and precise
descriptions of what is wrong with bytes that are not UTF-8 or text YAML refuses.

Nothing here raises for bad input except :class:`InputProblem`, which carries a message key
of the catalogue (:mod:`journeyplan.messages`) and its arguments; the loader turns it into a
finding. Positions are 1-based ``(line, column)`` in characters, with YAML's line breaks
(``\\r\\n``, ``\\n``, ``\\r``, NEL, LS, PS), so they agree with the marks of the YAML parser.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from journeyplan.lazy import LazyPattern

#: YAML 1.2 line breaks (https://yaml.org/spec/1.2.2/#53-line-break-characters) plus the
#: 1.1 ones libyaml also honours (NEL, LS, PS).
LINE_BREAK = LazyPattern("\r\n|[\n\r\x85\u2028\u2029]")


class InputProblem(Exception):
    """A plan input that cannot be read as text: ``key`` is the catalogue key of the message,
    ``args`` fill it in; ``position`` is 1-based ``(line, column)`` or ``None``."""

    def __init__(self, key: str, position: tuple[int, int] | None = None, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.position = position
        self.args_ = args


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of PATH, which must be a regular file (a symbolic link to one is followed)
    of at most LIMIT bytes.

    Never blocks on a FIFO or device and never reads more than LIMIT + 1 bytes, whatever
    ``stat`` claims. Raises :class:`InputProblem` with key ``JP014.size`` (too large),
    ``JP016.dangling`` / ``JP016.loop`` (broken symbolic link), ``JP020`` (a link to a
    folder, which is not followed), ``JP016.folder`` (a folder that cannot be listed),
    ``JP016.fifo`` / ``.device`` / ``.socket`` / ``.special`` (not a regular file) or
    ``JP016.read`` (any other OS error); ``JP014.size-growing`` when the file turns out
    larger than its size said."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _open_problem(path, exc) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise _folder_problem(path)
        if not stat.S_ISREG(st.st_mode):
            raise InputProblem(_special_key(st.st_mode))
        if st.st_size > limit:
            raise InputProblem("JP014.size", (1, 1), size=st.st_size, limit=limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # the file grew while being read, or stat lied (procfs)
            raise InputProblem("JP014.size-growing", (1, 1), limit=limit)
        return b"".join(chunks)
    except OSError as exc:
        raise InputProblem("JP016.read", reason=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


def _folder_problem(path: Path) -> InputProblem:
    if os.path.islink(path):
        return InputProblem("JP020", target=_link_target(path))
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        return InputProblem("JP016.folder", reason=exc.strerror or str(exc))
    return InputProblem("JP016.folder", reason=os.strerror(errno.EAGAIN))  # gone, or a race


def _open_problem(path: Path, exc: OSError) -> InputProblem:
    if exc.errno == errno.ELOOP:
        return InputProblem("JP016.loop", target=_link_target(path))
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return InputProblem("JP016.dangling", target=_link_target(path))
    if os.path.isdir(path):
        return InputProblem("JP016.folder", reason=exc.strerror or str(exc))
    return InputProblem("JP016.read", reason=exc.strerror or str(exc))


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"


def _special_key(mode: int) -> str:
    """The message key for a file that is not a regular file (one key per kind, so that
    every language names it properly)."""
    if stat.S_ISFIFO(mode):
        return "JP016.fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "JP016.device"
    if stat.S_ISSOCK(mode):
        return "JP016.socket"
    return "JP016.special"


def walk(top: str | os.PathLike, onerror=None) -> Iterator[tuple[str, list[str], list[str]]]:
    """Like ``os.walk(top, onerror=onerror, followlinks=False)``, top-down, but without
    recursion: ``os.walk`` recurses once per folder level before Python 3.12, so a plan
    folder 1,000 levels deep raised RecursionError. DIRNAMES may be pruned in place. Links
    to folders are listed in DIRNAMES and never entered."""
    stack = [os.fspath(top)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            if onerror is not None:
                onerror(exc)
            continue
        dirs, files = [], []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
        yield folder, dirs, files
        for name in reversed(dirs):
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                stack.append(path)


# --------------------------------------------------------------------------- encodings
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
_LINE_BREAK_BYTES = re.compile(b"\r\n|[\n\r]|\xc2\x85|\xe2\x80[\xa8\xa9]")
#: Bytes Windows-1252 leaves undefined; any other byte above 0x7f is a character in it.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode_utf8(data: bytes) -> str:
    """DATA as text: UTF-8, with or without a byte order mark.

    Raises :class:`InputProblem` saying which encoding the file seems to be in instead and
    where the first offending byte is: ``JP016.utf16`` (a UTF-16/UTF-32 byte order mark, or
    the NUL bytes of UTF-16 without one), ``JP016.cp1252`` (Windows-1252 / Latin-1, what
    Word and e-mail give) or ``JP016.encoding`` (anything else)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # utf-8-sig counts offsets after the byte order mark; utf-8 from the start
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise encoding_problem(data, exc.start) from None
    raise encoding_problem(data, 0)  # pragma: no cover - utf-8-sig and utf-8 disagree


def encoding_problem(data: bytes, start: int) -> InputProblem:
    """The :class:`InputProblem` for DATA that is not UTF-8 from byte offset START on."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return InputProblem("JP016.utf16", (1, 1), encoding=name)
    wide = wide_encoding(data)  # UTF-16/32 without a byte order mark, 'é' in it
    if wide is not None:
        return InputProblem("JP016.utf16", (1, 1), encoding=wide)
    line, line_start = 1, 3 if data.startswith(codecs.BOM_UTF8) else 0
    for mt in _LINE_BREAK_BYTES.finditer(data, 0, start):
        line += 1
        line_start = mt.end()
    try:
        column = len(data[line_start:start].decode("utf-8")) + 1
    except UnicodeDecodeError:
        column = start - line_start + 1
    byte = f"0x{data[start]:02x}"
    if data[start] not in _CP1252_UNDEFINED:
        char = bytes([data[start]]).decode("cp1252")
        return InputProblem("JP016.cp1252", (line, column), byte=byte, char=char)
    return InputProblem("JP016.encoding", (line, column), byte=byte)


def wide_encoding(text: str | bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` when TEXT (the file's bytes, or its text decoded as
    UTF-8) is really a file saved in that encoding without a byte order mark, little or
    big endian, else ``None``. Such a file is full of NULs: UTF-16 has one NUL byte after
    (LE) or before (BE) every ASCII character, half of the bytes; UTF-32 three of every
    four. NULs in more than 62.5% (between the two) is UTF-32; in a quarter or more,
    UTF-16. A text encoding such as Windows-1252 has none."""
    head = text[:4096]
    if len(head) < 4:
        return None
    nuls = head.count(b"\x00" if isinstance(head, bytes) else "\x00")
    if nuls * 8 > len(head) * 5:
        return "UTF-32"
    if nuls * 4 >= len(head):
        return "UTF-16"
    return None


# --------------------------------------------------------------------------- positions
def position_at(text: str, index: int) -> tuple[int, int]:
    """1-based ``(line, column)`` of character INDEX of TEXT, counting YAML line breaks."""
    index = max(0, min(index, len(text)))
    line, start = 1, 0
    for mt in LINE_BREAK.finditer(text, 0, index):
        line += 1
        start = mt.end()
    return line, index - start + 1


def split_lines(text: str) -> list[str]:
    """TEXT cut at YAML line breaks; a text ending in a line break has an empty last line,
    where the parser places marks at the end of the input."""
    return LINE_BREAK.split(text)


def default_file_mode() -> int:
    """The permissions a new file normally gets: 0o666 less the process umask (temporary
    files are created 0o600; files handed to the user should not be)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask
