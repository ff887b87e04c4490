"""The one rich console factory, and helpers for writing rich output to a stream.

Colour only on terminals (as rich sees them: a tty, or ``FORCE_COLOR``; never with
``--no-color``/``NO_COLOR``, which the CLI turns into ``color=False``), a fixed width of
:data:`PIPE_WIDTH` columns elsewhere (so files and pipes get the same bytes everywhere),
user text never read as markup, emoji codes or highlights. A reader that goes away
(``| head``) raises :class:`BrokenPipeError` to the caller, as with every other formatter.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

#: Width of rich output that does not go to a terminal.
PIPE_WIDTH = 200


def is_terminal(out: TextIO) -> bool:
    """Whether OUT is a terminal (colours make sense there)."""
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def sees_terminal(out: TextIO) -> bool:
    """Whether rich treats OUT as a terminal (colours, the terminal's width), decided as
    rich decides it without importing rich: ``TTY_COMPATIBLE=0``/``1`` says so, else a
    set ``FORCE_COLOR`` (not empty) means yes, else whether OUT is a tty."""
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    force_color = os.environ.get("FORCE_COLOR")
    if force_color is not None:
        return force_color != ""
    return is_terminal(out)


def out_width(out: TextIO) -> int | None:
    """Console width for OUT: the terminal's (``None``: rich asks the terminal, or
    ``COLUMNS``), or :data:`PIPE_WIDTH` when OUT is not a terminal (a file or a pipe), so
    output does not depend on the environment."""
    try:
        return None if out.isatty() else PIPE_WIDTH
    except (AttributeError, ValueError):
        return PIPE_WIDTH


@cache
def _console_class() -> type[Console]:
    from rich.console import Console

    class _Console(Console):
        """rich's Console, except that a reader who went away is left to the caller
        (rich would point stdout at the null device and exit 1 itself)."""

        def on_broken_pipe(self) -> None:
            raise BrokenPipeError

    return _Console


def make_console(
    out: TextIO, color: bool = True, *, soft_wrap: bool = False, buffer: TextIO | None = None
) -> Console:
    """A rich console for output meant for OUT, with colours when COLOR and OUT is a
    terminal. It writes to OUT, or to BUFFER when given (for output that is post-processed,
    e.g. by :func:`write_stripped`; OUT still decides colours and width). SOFT_WRAP: long
    lines are left to the terminal instead of being wrapped by rich."""
    _Console = _console_class()
    common = dict(highlight=False, emoji=False, markup=False, soft_wrap=soft_wrap)
    width = out_width(out)
    if buffer is None:
        return _Console(
            file=out,
            no_color=not color,
            color_system="auto" if color else None,
            width=width,
            **common,
        )
    terminal = color and sees_terminal(out)
    return _Console(
        file=buffer,
        no_color=not terminal,
        color_system="auto" if terminal else None,
        force_terminal=terminal,
        width=width,
        **common,
    )


def write_stripped(text: str, out: TextIO) -> None:
    """Write TEXT to OUT without trailing spaces on its lines (rich pads table cells)."""
    out.write("\n".join(line.rstrip(" ") for line in text.split("\n")))
