"""`journeyplan report`: one self-contained, deterministic, escaped HTML (or PDF) file of the
whole plan, written only where journeyplan may write."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeyplan.cli import ReportFormat
from journeyplan.clientreport import FORMATS
from journeyplan.clientreport.svg import clean_svg
from tests.common import EXAMPLES, unavailable
from tests.render_common import require_dot
from tests.report.client_common import (
    EXAMPLE_PLANS,
    PAYLOADS,
    URL_ATTRIBUTES,
    example,
    external_references,
    git,
    hostile_starter,
    report,
    scan,
)

pytestmark = pytest.mark.usefixtures("dot")


def test_cli_format_choices_are_the_report_formats():
    assert [f.value for f in ReportFormat] == list(FORMATS)


@pytest.mark.parametrize("name", EXAMPLE_PLANS)
def test_each_example_gives_one_self_contained_file(tmp_path, name):
    out = tmp_path / "client.html"
    run = report(example(name), out)
    assert run.exit_code == 0, run.output
    assert run.stdout.strip().endswith("client.html")
    assert [p.name for p in tmp_path.iterdir()] == ["client.html"]  # one file, nothing beside
    html = out.read_bytes()
    assert html.startswith(b'<!DOCTYPE html>\n<html lang="en">')
    assert external_references(html) == []
    tags = scan(html).tags
    assert sum(1 for tag, _ in tags if tag == "style") == 1
    assert not [a for _, a in tags if "style" in a], "inline style attributes break the CSP"


@pytest.fixture(scope="module")
def staffing(tmp_path_factory) -> Path:
    """The technical-staffing example's report (English), made once for this module."""
    require_dot()
    out = tmp_path_factory.mktemp("staffing") / "r.html"
    run = report(example("technical-staffing"), out)
    assert run.exit_code == 0, run.output
    return out


def test_the_sections_follow_the_five_questions(staffing):
    out = staffing
    text = " ".join(scan(out.read_bytes()).text)
    order = [
        "Service technicians 2027",
        "Voltwerk Techniek Uitzendbureau BV",
        "Employer brand",
        "Our technicians tell you what the work is really like",
        "Where the brand appears along the journey",
        "Target groups",
        "MBO electricians and mechanics",
        "18,000",
        "Personas",
        "Sander, service electrician",
        "not hearing back for weeks",
        "The five-question checklist",
        "Coverage per stage",
        "Journey maps",
        "Journey of Sander, service electrician",
        "Overview of all journeys",
    ]
    at = text.index("Made with journeyplan")  # after the cover's table of contents
    for needle in order[2:]:
        found = text.find(needle, at)
        assert found != -1, f"{needle!r} missing or out of order"
        at = found
    html = out.read_bytes().decode()
    assert html.count('<figure class="map') == 4  # three personas and the overview
    assert html.count("<svg") >= 4


def test_findings_are_in_client_words_with_code_and_place_for_the_consultant(tmp_path):
    out = tmp_path / "r.html"
    run = report(example("broken"), out)
    assert run.exit_code == 0
    assert "errors; the report shows them" in run.stderr  # said once; the report shows them
    html = out.read_text(encoding="utf-8")
    findings = re.findall(r'<li class="finding sev-(\w+)">(.*?)</li>', html, re.S)
    assert findings
    for _severity, body in findings:
        assert 'class="finding-title"' in body and 'class="finding-message"' in body
        assert re.search(r'class="finding-where"><code>JP\d{3}</code>', body)
    assert re.search(r"<code>plan\.yaml:\d+:\d+</code>", html)
    assert "not answered" in html  # a failed verdict, in words


def test_two_runs_give_the_same_bytes(tmp_path):
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "technical-staffing", plan)
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    assert report(plan, a).exit_code == 0
    assert report(plan, b).exit_code == 0
    assert a.read_bytes() == b.read_bytes()
    assert b"not in git" in a.read_bytes()


def test_the_cover_date_is_the_last_commit_touching_the_plan(tmp_path):
    repo = tmp_path / "repo"
    plan = repo / "plans" / "starter"
    plan.mkdir(parents=True)
    (plan / "plan.yaml").write_text((EXAMPLES / "starter" / "plan.yaml").read_text())
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "plan", date="2026-01-15T10:00:00+01:00")
    (repo / "elsewhere.txt").write_text("x")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "not the plan", date="2026-03-02T10:00:00+01:00")
    out = tmp_path / "r.html"
    assert report(plan, out).exit_code == 0
    first = out.read_bytes()
    assert b"Plan as of 15 January 2026" in first
    assert b"not yet committed" not in first
    assert report(plan, out, "--lang", "nl").exit_code == 0
    assert "Stand van het plan: 15 januari 2026" in out.read_text(encoding="utf-8")
    # the report inside the plan folder (the default place) does not make the plan dirty
    assert report(plan, plan / "journey-maps" / "report.html").exit_code == 0
    assert report(plan, out).exit_code == 0
    assert out.read_bytes() == first
    (plan / "plan.yaml").write_text((plan / "plan.yaml").read_text() + "\n# edited\n")
    assert report(plan, out).exit_code == 0
    assert b"includes changes not yet committed" in out.read_bytes()


def test_every_heading_follows_the_language(tmp_path):
    out = tmp_path / "r.html"
    assert report(example("technical-staffing"), out, "--lang", "nl").exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="nl">')
    for dutch in (
        "Werkgeversmerk",
        "Doelgroepen",
        "Persona's",
        "De checklist van vijf vragen",
        "Dekking per fase",
        "Journeykaarten",
        "Drijfveren",
        "Voorkeurskanalen",
        "beantwoord",
        "Pagina",
        "18.000",
        "Kandidaatreis: Sander",
    ):
        assert dutch in html or dutch.replace("'", "&#39;") in html, dutch
    for english in ("Employer brand", "Target groups", "Motivations", "Coverage per stage"):
        assert english not in html


def test_plan_language_sets_the_report_language(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(STARTER_NL, encoding="utf-8")
    out = tmp_path / "r.html"
    assert report(plan, out).exit_code == 0
    assert out.read_bytes().startswith(b'<!DOCTYPE html>\n<html lang="nl">')


STARTER_NL = (
    (EXAMPLES / "starter" / "plan.yaml").read_text().replace("language: en", "language: nl")
)


# --------------------------------------------------------------------------- safety
def test_hostile_text_is_only_ever_text(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(hostile_starter(), encoding="utf-8")
    out = tmp_path / "r.html"
    run = report(plan, out)
    assert run.exit_code == 0, run.output
    html = out.read_bytes()
    s = scan(html)
    assert external_references(html) == []
    assert not [t for t, _ in s.tags if t in ("script", "img", "iframe", "object")]
    handlers = [(t, n) for t, a in s.tags for n in a if n.lower().startswith("on")]
    assert handlers == []
    links = [v for _, a in s.tags for n, v in a.items() if n in URL_ATTRIBUTES]
    assert all(v.startswith("#") and "javascript" not in v for v in links)
    assert s.comments == []
    text = "".join(s.text)
    for payload in PAYLOADS[:6]:
        assert payload in text, payload  # shown, as written
    assert "{{ 7*7 }}" in text and "49" not in text
    css = "".join(s.styles)
    assert "display: none } @import" not in css  # the plan name in the footer is escaped
    assert html.decode().count("</style>") == 1


def test_the_content_security_policy_allows_only_the_one_stylesheet(tmp_path):
    out = tmp_path / "r.html"
    assert report(example("starter"), out).exit_code == 0
    s = scan(out.read_bytes())
    policy = next(
        a["content"] for t, a in s.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in policy and "script-src 'none'" in policy
    css = "".join(s.styles)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    assert "unsafe-inline" not in policy


def test_svg_cleaning_keeps_drawing_and_drops_everything_active():
    svg = (
        b'<?xml version="1.0"?><!DOCTYPE svg><!-- c --><svg xmlns="http://www.w3.org/2000/svg" '
        b'xmlns:xlink="http://www.w3.org/1999/xlink" width="100pt" height="50pt" '
        b'viewBox="0 0 100 50" onload="x()"><script>x()</script><style>*{}</style>'
        b'<g id="g1" class="node" onclick="x()"><title>t0</title>'
        b'<a xlink:href="javascript:x()"><text x="1" y="2" fill="url(http://e/x)">&lt;b&gt;</text></a>'
        b'<polygon points="0,0 1,1" fill="#fff" style="x"/><foreignObject><p>h</p></foreignObject>'
        b'<image href="http://e/x.png"/></g></svg>'
    )
    out = clean_svg(svg, 'Map "<x>"')
    assert out.startswith('<svg aria-label="Map &quot;&lt;x&gt;&quot;" class="map-svg" height="50"')
    for gone in (
        "script",
        "style",
        "onload",
        "onclick",
        "title",
        "<a",
        "href",
        "url(",
        "foreignObject",
        "image",
        "id=",
        "<!--",
        "<?xml",
        "DOCTYPE",
        "t0",
    ):
        assert gone not in out, gone
    assert '<g class="node"><polygon points="0,0 1,1" fill="#fff" /></g>' in out
    svg_text = b'<svg xmlns="http://www.w3.org/2000/svg"><text x="1">&lt;b&gt; &amp;</text></svg>'
    assert '<text x="1">&lt;b&gt; &amp;</text>' in clean_svg(svg_text, "m")  # text stays text


# --------------------------------------------------------------------------- files
def test_never_overwrites_a_file_journeyplan_did_not_write(tmp_path):
    target = tmp_path / "notes.html"
    target.write_text("<html>my own notes</html>")
    run = report(example("starter"), target)
    assert run.exit_code == 2
    assert run.stderr.count("\n") == 1
    assert "was not written by journeyplan" in run.stderr
    assert target.read_text() == "<html>my own notes</html>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.html"]


def test_a_link_or_a_folder_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere.html"
    elsewhere.write_text("keep")
    link = tmp_path / "r.html"
    link.symlink_to(elsewhere)
    assert report(example("starter"), link).exit_code == 2
    assert elsewhere.read_text() == "keep"
    folder = tmp_path / "folder.html"
    folder.mkdir()
    run = report(example("starter"), folder)
    assert run.exit_code == 2 and "not a regular file" in run.stderr


def test_its_own_report_is_replaced_and_the_default_is_the_map_folder(tmp_path):
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "starter", plan)
    run = report(plan, plan / "journey-maps" / "report.html")
    assert run.exit_code == 0
    from journeyplan.cli import app
    from tests.report.client_common import runner

    again = runner.invoke(app, ["report", str(plan)])
    assert again.exit_code == 0, again.output
    assert again.stdout.strip() == str(plan / "journey-maps" / "report.html")


def test_a_missing_dot_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    run = report(example("starter"), tmp_path / "r.html")
    assert run.exit_code == 2
    assert run.stderr.startswith("journeyplan: Graphviz is not installed")
    assert run.stderr.count("\n") == 1


# --------------------------------------------------------------------------- PDF
def require_weasyprint() -> None:
    """WeasyPrint (the pdf extra) with Pango; skipped without, failed under CI=true."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        unavailable(f"WeasyPrint is not usable ({exc}): pip install '.[pdf]'")


def test_pdf_through_weasyprint(tmp_path):
    require_weasyprint()
    from pypdf import PdfReader

    out = tmp_path / "r.pdf"
    run = report(example("technical-staffing"), out, "--format", "pdf")
    assert run.exit_code == 0, run.output
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    pdf = PdfReader(out)
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    assert len(pdf.pages) >= 8
    assert "Service technicians 2027" in pdf.pages[0].extract_text()
    assert report(example("technical-staffing"), out, "--format", "pdf").exit_code == 0  # ours


def test_pdf_without_weasyprint_is_one_clear_line(tmp_path):
    code = (
        "import sys; sys.modules['weasyprint'] = None\n"
        "from typer.testing import CliRunner; from journeyplan.cli import app\n"
        f"r = CliRunner().invoke(app, ['report', {str(example('starter'))!r}, '-o', "
        f"{str(tmp_path / 'r.pdf')!r}, '--format', 'pdf'])\n"
        "print(r.exit_code); print(r.stderr, end='')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    code_line, message = proc.stdout.split("\n", 1)
    assert code_line == "2"
    assert message == (
        "journeyplan: --format pdf needs WeasyPrint: pip install 'journeyplan[pdf]' "
        "(or write HTML and print it from a browser)\n"
    )
    assert not (tmp_path / "r.pdf").exists()


def test_pdf_without_pango_names_the_system_libraries(tmp_path):
    code = (
        "import sys, importlib.abc\n"
        "class NoPango(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'weasyprint':\n"
        "            raise OSError(\"cannot load library 'libpango-1.0-0': not found\")\n"
        "sys.meta_path.insert(0, NoPango())\n"
        "from typer.testing import CliRunner; from journeyplan.cli import app\n"
        f"r = CliRunner().invoke(app, ['report', {str(example('starter'))!r}, '-o', "
        f"{str(tmp_path / 'r.pdf')!r}, '--format', 'pdf'])\n"
        "print(r.exit_code); print(r.stderr, end='')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    code_line, message = proc.stdout.split("\n", 1)
    assert code_line == "2"
    assert message.startswith(
        "journeyplan: --format pdf needs WeasyPrint's system libraries (Pango)"
    )
    assert "libpango-1.0-0" in message and message.count("\n") == 1


# --------------------------------------------------------------------------- start-up
def test_check_does_not_import_jinja2_or_the_report_package():
    code = (
        "import sys; from typer.testing import CliRunner; from journeyplan.cli import app; "
        f"r = CliRunner().invoke(app, ['check', {str(EXAMPLES / 'starter')!r}]); "
        "assert r.exit_code == 0, r.output; "
        "print(sorted(m for m in sys.modules if m.startswith(('jinja2', 'markupsafe', "
        "'weasyprint', 'journeyplan.clientreport'))))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"
