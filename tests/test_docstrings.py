"""Docstrings do not drift: every Sphinx-style reference to a journeyplan name
(``:func:`journeyplan.x.y```, ``:class:``, ``:mod:`` ...) in the package names something
that exists, so a module moved or a function renamed updates the text that points to it."""

from __future__ import annotations

import importlib
import pathlib
import re

import journeyplan

ROOT = pathlib.Path(journeyplan.__file__).parent
REFERENCE = re.compile(r":(?:func|class|mod|data|meth|attr|exc):`~?(journeyplan[\w.]*)`")


def _resolves(ref: str) -> bool:
    parts = ref.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for name in parts[i:]:
            if not hasattr(obj, name):
                return False
            obj = getattr(obj, name)
        return True
    return False


def test_every_reference_in_a_docstring_resolves():
    broken = [
        f"{path.relative_to(ROOT)}: {mt.group(1)}"
        for path in sorted(ROOT.rglob("*.py"))
        for mt in REFERENCE.finditer(path.read_text(encoding="utf-8"))
        if not _resolves(mt.group(1))
    ]
    assert broken == []
