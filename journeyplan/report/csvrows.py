"""CSV rows as :func:`csv.writer` writes them (the excel dialect, ``\\n`` line ends), in
time linear in their length: :mod:`csv` grows its row buffer 32 KB at a time, so a row with
a 10 MB name took two seconds (a matrix of such rows, twenty). Rows up to
:data:`SMALL` characters go through :mod:`csv` itself; longer ones are joined here with the
same quoting (``tests/report/test_csvrows.py`` holds the two to the same bytes)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TextIO

#: Rows up to this many characters are written by :mod:`csv` itself.
SMALL = 1 << 15


def _quoted_by_csv() -> frozenset[str]:
    """The characters that make :mod:`csv` quote a field (this Python's rule: the delimiter,
    the quote, the line end; ``\r`` too since 3.12), asked of :mod:`csv` itself."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    special = set()
    for code in range(128):
        out.seek(0)
        out.truncate()
        w.writerow(["a" + chr(code)])
        if out.getvalue().startswith('"'):
            special.add(chr(code))
    return frozenset(special)


_SPECIAL = _quoted_by_csv()


def _field(text: str) -> str:
    if _SPECIAL.isdisjoint(text):
        return text
    return '"' + text.replace('"', '""') + '"'


class Writer:
    """``csv.writer(out, lineterminator="\\n")`` for rows of strings, linear in time."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self._csv = csv.writer(out, lineterminator="\n")

    def writerow(self, row: Sequence[str]) -> None:
        """Write ROW (strings) as one CSV record."""
        if sum(map(len, row)) <= SMALL:
            self._csv.writerow(row)
        elif len(row) == 1 and row[0] == "":
            self.out.write('""\n')
        else:
            self.out.write(",".join(map(_field, row)) + "\n")
