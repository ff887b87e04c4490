"""gettext catalogues: ``<lang>/LC_MESSAGES/journeyplan.po`` (kept in git) and the ``.mo``
compiled from it when the package is built (``setup.py``). Importing this module imports
Babel: only a working copy whose ``.po`` is newer than its ``.mo`` does, and the tests."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


def compile_catalogue(po: Path) -> BytesIO:
    """The ``.mo`` bytes of the catalogue PO (fuzzy entries left out, as msgfmt does)."""
    with po.open("rb") as f:
        catalogue = read_po(f)
    out = BytesIO()
    write_mo(out, catalogue)
    out.seek(0)
    return out
