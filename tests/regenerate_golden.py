"""Regenerate the golden journey maps under tests/golden/render/.

    python -m tests.regenerate_golden

Writes the DOT and Mermaid text of every map of the examples and of the tricky fixture,
exactly as ``journeyplan render --format dot|mermaid`` would, and removes golden files that
no longer correspond to a map. tests/render/test_render_golden.py compares them byte for byte, so
a change to the maps shows up as a readable diff in review: look at it, then regenerate.
"""

from __future__ import annotations

from pathlib import Path

from journeyplan.check.pipeline import check_plan
from journeyplan.render import FORMATS, map_texts
from journeyplan.render.view import map_views

ROOT = Path(__file__).resolve().parent
EXAMPLES = ROOT.parent / "examples"
GOLDEN = ROOT / "golden" / "render"

#: golden folder name -> plan path
CASES: dict[str, Path] = {
    "technical-staffing": EXAMPLES / "technical-staffing",
    "starter": EXAMPLES / "starter" / "plan.yaml",
    "broken": EXAMPLES / "broken" / "plan.yaml",
    "tricky": ROOT / "fixtures" / "render-tricky.yaml",
}
TEXT_FORMATS = ("dot", "mermaid")


def golden_files() -> dict[Path, str]:
    """Golden path -> the text the current code draws for it."""
    out: dict[Path, str] = {}
    for case, path in CASES.items():
        plan = check_plan(path).plan
        views = map_views(plan, lang=plan.language or "en")
        for fmt in TEXT_FORMATS:
            for name, text in map_texts(views, fmt):
                out[GOLDEN / case / f"{name}.{FORMATS[fmt]}"] = text
    return out


def stale_files(expected: dict[Path, str]) -> list[Path]:
    """Golden files on disk that the current code does not draw."""
    exts = {f".{FORMATS[f]}" for f in TEXT_FORMATS}
    return sorted(p for p in GOLDEN.rglob("*") if p.suffix in exts and p not in expected)


def main() -> None:
    expected = golden_files()
    for path, text in sorted(expected.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"updated {path.relative_to(ROOT.parent)}")
    for path in stale_files(expected):
        path.unlink()
        print(f"removed {path.relative_to(ROOT.parent)}")


if __name__ == "__main__":
    main()
