"""The printed (WeasyPrint) client report's cover is one page in every language: the
generator line stands at its foot on page 1, and page 2 is the employer brand. (The Dutch
cover overflowed: page 2 held only "Gemaakt met journeyplan ...", the document 18 pages.)"""

from __future__ import annotations

import pytest

from journeyplan import __version__
from journeyplan.messages import LANGUAGES, render_message
from tests.render_common import require_dot
from tests.report.client_common import example, report
from tests.report.test_client_report import require_weasyprint


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_cover_fits_its_page_in_every_language(tmp_path, lang):
    require_dot()
    require_weasyprint()
    from pypdf import PdfReader

    out = tmp_path / "r.pdf"
    run = report(example("technical-staffing"), out, "--format", "pdf", "--lang", lang)
    assert run.exit_code == 0, run.output
    pages = [p.extract_text() for p in PdfReader(out).pages]
    line = render_message("report.generator", {"version": __version__}, lang)
    head = " ".join(line.split()[:3])  # "Made with journeyplan", "Gemaakt met journeyplan"
    assert head in pages[0]
    assert all(head not in text for text in pages[1:])
    assert render_message("report.brand", None, lang) in pages[1][:200]
    assert len(pages) == 17
