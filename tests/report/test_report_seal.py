"""An existing report is replaced only when journeyplan wrote it and nobody changed it
since: its mark is not enough (an annotated PDF keeps its Creator, an edited HTML report
its generator element, and any file may carry either). Every report is sealed with the
SHA-256 of its bytes; a changed or unsealed report is kept, with exit 2."""

from __future__ import annotations

import pytest

from journeyplan.clientreport.writer import HTML_MARK, seal_matches, sealed
from tests.report.client_common import example, report

CHANGED = "is a report that was changed after journeyplan wrote it"


def test_a_written_report_carries_a_seal_that_matches(tmp_path):
    out = tmp_path / "r.html"
    assert report(example("starter"), out).exit_code == 0
    data = out.read_bytes()
    assert HTML_MARK in data[:512] and b'<meta name="journeyplan-seal" content="sha256:' in data
    assert seal_matches(data)
    again = report(example("starter"), out)
    assert again.exit_code == 0, again.output
    assert out.read_bytes() == data  # same plan, same bytes, seal included


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.replace(b"</body>", b"<p>my notes for the client</p></body>"),
        lambda d: d.replace(b'<meta name="journeyplan-seal"', b'<meta name="x"'),
    ],
    ids=["edited", "seal removed"],
)
def test_an_edited_report_is_kept(tmp_path, change):
    out = tmp_path / "r.html"
    assert report(example("starter"), out).exit_code == 0
    mine = change(out.read_bytes())
    out.write_bytes(mine)
    run = report(example("starter"), out)
    assert run.exit_code == 2
    assert run.stderr == (
        f"journeyplan: '{out}' {CHANGED} (edited or annotated); nothing was written, so "
        "the changes are kept (move it, or choose another file with -o)\n"
    )
    assert out.read_bytes() == mine
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_a_file_with_only_the_mark_is_kept(tmp_path):
    out = tmp_path / "r.html"
    mine = b"<!DOCTYPE html>\n" + HTML_MARK + b"<p>my own page</p>\n"
    out.write_bytes(mine)
    run = report(example("starter"), out, "--lang", "nl")
    assert run.exit_code == 2
    assert "is een rapport dat na het schrijven door journeyplan is gewijzigd" in run.stderr
    assert out.read_bytes() == mine


def test_an_annotated_pdf_is_kept():
    pdf = b"%PDF-1.7\n1 0 obj\n<< /Creator (journeyplan report) >>\nendobj\n%%EOF\n"
    data = sealed(pdf)
    assert seal_matches(data) and data.startswith(pdf)
    # a PDF reader's incremental save appends after the seal: no longer ours
    assert not seal_matches(data + b"2 0 obj\n<< /Annots [] >>\nendobj\n%%EOF\n")
    assert not seal_matches(data.replace(b"journeyplan report", b"journeyplan rep0rt"))
