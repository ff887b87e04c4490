"""`journeyplan render`: files, folders, safety, plans with errors, and life without dot.

These tests run the real CLI. Those that draw images need Graphviz's dot (skipped without
it, failing under CI=true); the rest work without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from journeyplan.cli import RenderFormat, app
from journeyplan.render import FORMATS
from journeyplan.render.output import MANIFEST
from journeyplan.source.discover import RENDER_DIR
from tests.common import CLEAN, EXAMPLES
from tests.render_common import TRICKY, require_dot

runner = CliRunner()
STAFFING = EXAMPLES / "technical-staffing"
STAFFING_MAPS = ["sander", "ruud", "lisa", "overview"]


def render(*args: str):
    return runner.invoke(app, ["render", *map(str, args)])


def plan_copy(tmp_path: Path, text: str = CLEAN, name: str = "plan.yaml") -> Path:
    path = tmp_path / "plan" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def printed_paths(output: str) -> list[str]:
    return [line for line in output.splitlines() if line and not line.startswith("journeyplan:")]


# --------------------------------------------------------------------------- files written
@pytest.mark.parametrize("fmt", ["dot", "mermaid"])
def test_one_file_per_persona_plus_overview_and_prints_them(tmp_path, fmt):
    out = tmp_path / "maps"
    result = render(STAFFING, "-o", out, "--format", fmt)
    assert result.exit_code == 0, result.output
    ext = FORMATS[fmt]
    assert printed_paths(result.stdout) == [str(out / f"{n}.{ext}") for n in STAFFING_MAPS]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{n}.{ext}" for n in STAFFING_MAPS] + [MANIFEST]
    )


def test_persona_option_draws_only_those_personas_and_the_overview(tmp_path):
    out = tmp_path / "maps"
    result = render(STAFFING, "-o", out, "-f", "dot", "--persona", "lisa", "-p", "sander")
    assert result.exit_code == 0, result.output
    # plan order, whatever the order on the command line
    assert printed_paths(result.stdout) == [
        str(out / "sander.dot"),
        str(out / "lisa.dot"),
        str(out / "overview.dot"),
    ]


def test_unknown_persona_is_a_usage_error_with_a_suggestion(tmp_path):
    out = tmp_path / "maps"
    result = render(STAFFING, "-o", out, "-f", "dot", "--persona", "sandr")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "journeyplan: no persona 'sandr' in the plan (did you mean 'sander'?)"
    )
    assert not out.exists()


def test_default_folder_is_journey_maps_in_the_plan_folder_and_check_ignores_it(tmp_path):
    plan = tmp_path / "plan"
    for src in STAFFING.rglob("*.yaml"):
        dest = plan / src.relative_to(STAFFING)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(src.read_bytes())
    before = runner.invoke(app, ["check", str(plan), "--format", "json"])
    for fmt in ("dot", "mermaid"):
        assert render(plan, "-f", fmt).exit_code == 0
    maps = plan / RENDER_DIR
    assert (maps / "sander.dot").is_file() and (maps / "overview.mmd").is_file()
    # even a YAML file someone drops in there is never read as plan
    (maps / "notes.yaml").write_text("this: [is not, a plan\n", encoding="utf-8")
    after = runner.invoke(app, ["check", str(plan), "--format", "json"])
    assert after.exit_code == before.exit_code == 0
    assert json.loads(after.stdout) == json.loads(before.stdout)


def test_single_file_plan_writes_beside_it_and_check_never_reads_that_folder(tmp_path):
    path = plan_copy(tmp_path)
    assert render(path, "-f", "dot").exit_code == 0
    maps = path.parent / RENDER_DIR
    assert sorted(p.name for p in maps.glob("*.dot")) == ["overview.dot", "sam.dot"]
    (maps / "broken.yaml").write_text("{{{ not yaml", encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"] == []


# --------------------------------------------------------------------------- safety
def test_output_pointing_at_a_file_exits_2_and_leaves_it_untouched(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- precious")
    os.utime(target, (1_000_000_000, 1_000_000_000))
    result = render(STAFFING, "-o", target, "-f", "dot")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"journeyplan: output folder '{target}' is a file, not a folder; nothing was written"
    )
    assert target.read_bytes() == b"%PDF- precious"
    assert target.stat().st_mtime == 1_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_file_journeyplan_did_not_write_is_never_overwritten(tmp_path):
    out = tmp_path / "docs"
    out.mkdir()
    mine = out / "overview.dot"
    mine.write_text("my own diagram\n", encoding="utf-8")
    result = render(STAFFING, "-o", out, "-f", "dot")
    assert result.exit_code == 2
    assert "was not written by journeyplan" in result.stderr
    assert mine.read_text(encoding="utf-8") == "my own diagram\n"
    assert sorted(p.name for p in out.iterdir()) == ["overview.dot"]  # nothing else written


def test_rerendering_over_its_own_files_is_fine_and_keeps_other_files(tmp_path):
    out = tmp_path / "maps"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    assert render(STAFFING, "-o", out, "-f", "dot").exit_code == 0
    first = (out / "sander.dot").read_bytes()
    # an older map, listed by an older journeyplan's manifest (names without digests)
    (out / "sander.dot").write_text("stale", encoding="utf-8")
    names = ["lisa.dot", "overview.dot", "ruud.dot", "sander.dot"]
    (out / MANIFEST).write_text("".join(f"{n}\n" for n in names), encoding="utf-8")
    result = render(STAFFING, "-o", out, "-f", "dot")
    assert result.exit_code == 0, result.output
    assert (out / "sander.dot").read_bytes() == first
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"
    manifest = (out / MANIFEST).read_text(encoding="utf-8").splitlines()
    listed = [line.split(" ") for line in manifest if not line.startswith("#")]
    assert [name for name, _ in listed] == names
    for name, digest in listed:  # each with the SHA-256 of the bytes written
        assert digest == hashlib.sha256((out / name).read_bytes()).hexdigest()


def test_a_map_changed_since_it_was_written_is_kept(tmp_path):
    """A map edited or annotated after journeyplan wrote it is the user's work now."""
    out = tmp_path / "maps"
    assert render(STAFFING, "-o", out, "-f", "dot").exit_code == 0
    edited = out / "sander.dot"
    edited.write_bytes(edited.read_bytes().replace(b"digraph", b"// my note\ndigraph", 1))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = render(STAFFING, "-o", out, "-f", "dot")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"journeyplan: '{edited}' is a map that was changed after journeyplan wrote "
        "it (edited or annotated); nothing was written, so the changes are kept (move it "
        "away, or choose another folder with -o)"
    )
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing written
    dutch = render(STAFFING, "-o", out, "-f", "dot", "--lang", "nl")
    assert dutch.exit_code == 2 and "is een journeykaart die na het schrijven" in dutch.stderr
    edited.unlink()  # moved away: the map is drawn again
    assert render(STAFFING, "-o", out, "-f", "dot").exit_code == 0


def test_a_map_checked_out_with_crlf_line_breaks_is_unchanged(tmp_path):
    """git with core.autocrlf writes text maps with \\r\\n: the same map, replaced."""
    out = tmp_path / "maps"
    assert render(STAFFING, "-o", out, "-f", "dot").exit_code == 0
    for path in out.glob("*.dot"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    result = render(STAFFING, "-o", out, "-f", "dot")
    assert result.exit_code == 0, result.stderr
    assert b"\r\n" not in (out / "sander.dot").read_bytes()


def test_a_link_in_place_of_a_map_is_not_followed_or_replaced(tmp_path):
    out = tmp_path / "maps"
    assert render(STAFFING, "-o", out, "-f", "dot").exit_code == 0
    precious = tmp_path / "precious.txt"
    precious.write_text("do not touch", encoding="utf-8")
    (out / "sander.dot").unlink()
    (out / "sander.dot").symlink_to(precious)  # listed in the manifest, but now a link
    result = render(STAFFING, "-o", out, "-f", "dot")
    assert result.exit_code == 2
    assert f"'{out / 'sander.dot'}' exists and was not written by journeyplan" in result.stderr
    assert precious.read_text(encoding="utf-8") == "do not touch"
    assert (out / "sander.dot").is_symlink()


def test_missing_output_folders_are_created(tmp_path):
    out = tmp_path / "a" / "b" / "maps"
    result = render(EXAMPLES / "starter", "-o", out, "-f", "mermaid")
    assert result.exit_code == 0, result.output
    assert (out / "daan.mmd").read_text(encoding="utf-8").startswith("---\ntitle: ")


def test_writes_leave_no_temporary_files_and_usual_permissions(tmp_path):
    out = tmp_path / "maps"
    old = os.umask(0o022)
    try:
        assert render(STAFFING, "-o", out, "-f", "mermaid").exit_code == 0
    finally:
        os.umask(old)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{n}.mmd" for n in STAFFING_MAPS] + [MANIFEST])
    for p in out.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o644, p


# --------------------------------------------------------------------------- plans with errors
def test_plan_with_errors_renders_valid_part_with_a_note(tmp_path):
    out = tmp_path / "maps"
    path = EXAMPLES / "broken" / "plan.yaml"
    result = render(path, "-o", out, "-f", "dot")
    assert result.exit_code == 0, result.output
    assert printed_paths(result.stdout) == [
        str(out / f"{n}.dot") for n in ("eva", "bram", "overview")
    ]
    assert result.stderr.splitlines() == [
        "journeyplan: note: the plan has 15 errors; the maps show what is valid. Run "
        f"'journeyplan check {path}' for the details."
    ]


def test_personas_with_unusable_ids_are_skipped_never_used_as_file_names(tmp_path):
    out = tmp_path / "maps"
    result = render(TRICKY, "-o", out, "-f", "dot")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "overview.dot", "p1.dot"]
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "journeyplan: skipped persona 'zoë-invalid': its id cannot name a map "
        "file (run 'journeyplan check' and fix the id)"
    )
    assert lines[1].startswith("journeyplan: skipped persona 'overview': ")
    # the persona with the reserved id did not replace the overview map
    assert "Candidate journeys: overview of all personas" in (out / "overview.dot").read_text(
        encoding="utf-8"
    )


def test_a_path_that_is_not_a_plan_exits_2(tmp_path):
    assert render(tmp_path / "missing", "-f", "dot").exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    result = render(empty, "-f", "dot")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"journeyplan: no *.yaml or *.yml file found in '{empty}'"
    other = tmp_path / "other.yaml"
    other.write_text("name: some other tool's config\n", encoding="utf-8")
    result = render(other, "-f", "dot")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"journeyplan: '{other}' has no personas and no "
        f"touchpoints to draw (run 'journeyplan check {other}')"
    )
    assert not (tmp_path / RENDER_DIR).exists()


# --------------------------------------------------------------------------- without Graphviz
@pytest.fixture
def no_dot_on_path(tmp_path, monkeypatch):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


@pytest.mark.parametrize("fmt", ["dot", "mermaid"])
def test_text_formats_work_without_graphviz(tmp_path, no_dot_on_path, fmt):
    out = tmp_path / "maps"
    result = render(STAFFING, "-o", out, "-f", fmt)
    assert result.exit_code == 0, result.output
    assert len(printed_paths(result.stdout)) == 4


@pytest.mark.parametrize("fmt", ["svg", "png", "pdf"])
def test_image_formats_without_graphviz_fail_with_one_clear_line(tmp_path, no_dot_on_path, fmt):
    out = tmp_path / "maps"
    result = render(STAFFING, "-o", out, "-f", fmt)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"journeyplan: Graphviz is not installed: --format {fmt} needs its 'dot' program "
        "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz). --format "
        "dot and --format mermaid work without it."
    ]
    assert "Traceback" not in result.output
    assert not out.exists()


def test_images_need_graphviz_and_get_it(tmp_path):
    require_dot()
    out = tmp_path / "maps"
    result = render(EXAMPLES / "starter", "-o", out, "-f", "png", "-p", "daan")
    assert result.exit_code == 0, result.output
    assert (out / "daan.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    result = render(EXAMPLES / "starter", "-o", out, "-f", "pdf")
    assert result.exit_code == 0, result.output
    # one document: the overview first, then the persona (render --format pdf)
    assert (out / "journey-maps.pdf").read_bytes()[:5] == b"%PDF-"
    assert not (out / "overview.pdf").exists()


# --------------------------------------------------------------------------- the CLI
def test_cli_format_choices_are_the_render_formats():
    assert [f.value for f in RenderFormat] == list(FORMATS)


def test_check_does_not_import_graphviz_or_the_render_package():
    code = (
        "import sys; from typer.testing import CliRunner; from journeyplan.cli import app; "
        f"r = CliRunner().invoke(app, ['check', {str(EXAMPLES / 'starter')!r}]); "
        "assert r.exit_code == 0, r.output; "
        "print(sorted(m for m in sys.modules if m.startswith(('graphviz', "
        "'journeyplan.render'))))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def test_mermaid_does_not_import_graphviz(tmp_path):
    code = (
        "import sys; from journeyplan.render import render_plan; "
        "from journeyplan.check.pipeline import check_plan; "
        f"render_plan(check_plan({str(EXAMPLES / 'starter')!r}), 'mermaid', {str(tmp_path)!r}); "
        "print('graphviz' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"


def test_a_hung_dot_is_stopped_and_reported(tmp_path, monkeypatch):
    from journeyplan.render import output

    slow = tmp_path / "dot"
    slow.write_text("#!/bin/sh\nsleep 30\n", encoding="utf-8")
    slow.chmod(0o755)
    monkeypatch.setattr(output, "DOT_TIMEOUT", 1)
    with pytest.raises(output.RenderError) as caught:
        output.run_dot("digraph g {}", "svg", "sander", str(slow))
    assert caught.value.key == "render.dot-failed"
    assert caught.value.args_["detail"] == "no result after 1 s"
