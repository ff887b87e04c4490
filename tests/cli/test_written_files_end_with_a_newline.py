"""Every text file journeyplan writes ends with one line break, as git and POSIX tools
expect (no "\\ No newline at end of file" in a diff of committed maps): the maps in every
text format, the render manifest, the client report, the files of ``init``; the PDF's
last line (its seal) too."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.render.output import MANIFEST


def run(*args: str) -> None:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output


def ends_with_one_newline(data: bytes) -> bool:
    return data.endswith(b"\n") and not data.endswith(b"\n\n")


@pytest.mark.parametrize("fmt", ["dot", "mermaid", "svg"])
def test_maps_and_the_manifest_end_with_a_newline(clean, tmp_path, fmt, dot):
    out = tmp_path / "maps"
    run("render", clean, "-o", out, "-f", fmt)
    files = sorted(out.iterdir())
    assert MANIFEST in {p.name for p in files} and len(files) == 3
    assert [p.name for p in files if not ends_with_one_newline(p.read_bytes())] == []


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_the_report_ends_with_a_newline(clean, tmp_path, fmt, dot):
    out = tmp_path / f"r.{fmt}"
    run("report", clean, "-o", out, "-f", fmt)
    assert ends_with_one_newline(out.read_bytes())


def test_init_files_end_with_a_newline(tmp_path):
    run("init", tmp_path / "new")
    files = sorted((tmp_path / "new").rglob("*"))
    assert files
    assert [
        p.name for p in files if p.is_file() and not ends_with_one_newline(p.read_bytes())
    ] == []
