"""Helpers for writing rich output to a stream: colour only on terminals, a fixed width
elsewhere (so files and pipes get the same bytes everywhere), no trailing spaces."""

from __future__ import annotations

from typing import TextIO


def is_terminal(out: TextIO) -> bool:
    """Whether OUT is a terminal (colours make sense there)."""
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def out_width(out: TextIO) -> int | None:
    """Console width for OUT: the terminal's, or 200 columns when OUT is not a terminal
    (a file or a pipe), so output does not depend on the environment."""
    try:
        return None if out.isatty() else 200
    except (AttributeError, ValueError):
        return 200


def write_stripped(text: str, out: TextIO) -> None:
    """Write TEXT to OUT without trailing spaces on its lines (rich pads table cells)."""
    out.write("\n".join(line.rstrip(" ") for line in text.split("\n")))
