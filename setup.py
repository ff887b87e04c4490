"""Build step: compile the gettext catalogues (``journeyplan/locale/*/LC_MESSAGES/*.po``) to
``.mo`` with Babel, for ``pip install .`` (into the build, hence the wheel) and
``pip install -e .`` (next to the ``.po`` in the working copy; git ignores it). Everything else
is declared in pyproject.toml."""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

LOCALE = Path("journeyplan") / "locale"


def compile_catalogues(target_root: Path) -> list[str]:
    """Write ``<lang>/LC_MESSAGES/<domain>.mo`` under TARGET_ROOT/journeyplan/locale for each
    ``.po`` of the source tree; returns the paths written. Fuzzy entries are left out."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as f:
            catalogue = read_po(f)
        mo = target_root / po.with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        with mo.open("wb") as f:
            write_mo(f, catalogue)
        written.append(str(mo))
    return written


class BuildWithCatalogues(build_py):
    """``build_py`` that also compiles the catalogues."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            self._mo = compile_catalogues(Path("."))
            return
        self._mo = compile_catalogues(Path(self.build_lib))
        # The wheel holds the compiled catalogues only: a .po next to its .mo would be read
        # as an edit made after the build (journeyplan.i18n).
        for po in Path(self.build_lib).glob("journeyplan/locale/*/LC_MESSAGES/*.po"):
            po.unlink()

    def get_outputs(self, *args, **kwargs):
        outputs = [o for o in super().get_outputs(*args, **kwargs) if not o.endswith(".po")]
        return outputs + list(getattr(self, "_mo", []))


setup(cmdclass={"build_py": BuildWithCatalogues})
