"""The report as bytes: Jinja2 templates -> one HTML document (-> PDF through WeasyPrint),
written to one file that journeyplan owns.

- HTML: :func:`render_html`. The templates (``templates/``, package data) autoescape every
  value; the stylesheet is rendered first, inlined in one ``<style>`` element and allowed by
  its SHA-256 hash in the Content-Security-Policy, which allows nothing else: no script, no
  request of any kind (``default-src 'none'``), no base URL, no form target.
- PDF: :func:`html_to_pdf` through WeasyPrint (``pip install 'journeyplan[pdf]'``), imported
  here only; a missing package or missing system libraries (Pango) is one clear line.
- Files: :func:`write_report`. The rule that protects a user's files, the same promise as the
  render manifest (:mod:`journeyplan.render.output`) for a single file: an existing target is
  replaced only when it is a regular file (not a link) that journeyplan wrote and nobody
  changed since. A mark alone would not say so (a report annotated in a PDF reader keeps
  its ``Creator``; an edited HTML report keeps its generator element; a user's file may
  carry either), so every report carries a seal (:func:`sealed`): the SHA-256 of the
  report's bytes, in a ``journeyplan-seal`` meta element after the generator mark in
  HTML, in a last comment line after ``%%EOF`` in a PDF (readers ignore both). An existing
  target is replaced only when its seal still matches its bytes (:func:`is_ours`); an
  unsealed file (a changed one is ``report.changed``) or another program's stops the run
  before a byte is written. The write itself is atomic (temporary file, then
  rename).

Jinja2 is imported inside the functions, so only ``journeyplan report`` loads it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

from journeyplan import __version__
from journeyplan.clientreport.labels import label
from journeyplan.clientreport.paint import FONT, MONO, PALETTE, paint
from journeyplan.errors import JourneyplanError

#: The generator mark every HTML report carries near its start.
HTML_MARK = b'<meta name="generator" content="journeyplan report">'
#: The PDF report's Creator (WeasyPrint takes it from the generator meta element).
PDF_MARK = b"journeyplan report"


class ReportError(JourneyplanError):
    """The report cannot be written (exit 2): no Graphviz, no WeasyPrint for ``--format pdf``,
    a target that journeyplan did not write, a write that failed."""

    def message(self, lang: str = "en") -> str:
        return label(self.key, lang, **self.args_)


def css_string(value: Any):
    """VALUE as a quoted CSS string in which only letters, digits and spaces stand as they
    are; every other character is a CSS hex escape (``\\3C `` for ``<``), so no value can
    end the string, the rule or the ``<style>`` element. Returned as markup: it must not be
    HTML-escaped again inside the stylesheet."""
    from markupsafe import Markup

    out = []
    for ch in str(value):
        if ch.isascii() and (ch.isalnum() or ch == " "):
            out.append(ch)
        else:
            out.append(f"\\{ord(ch):X} ")
    return Markup('"' + "".join(out) + '"')


def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined
    from markupsafe import Markup

    from journeyplan.report.escaping import html_text

    def finalize(value: Any) -> Any:
        # every {{ value }}: user text through the report's escaping policy, then autoescape;
        # markup (the maps' SVG, css_string) is ours and already safe
        if isinstance(value, str) and not isinstance(value, Markup):
            return html_text(value)
        return value

    env = Environment(
        loader=PackageLoader("journeyplan.clientreport", "templates"),
        autoescape=True,
        finalize=finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["css_string"] = css_string
    # the charts' paint as SVG presentation attributes (WeasyPrint's SVG reads no stylesheet)
    env.globals["paint"] = paint
    env.globals["palette"] = PALETTE
    return env


def csp(style_hash: str) -> str:
    """The Content-Security-Policy of a report whose only stylesheet has STYLE_HASH (base64
    SHA-256): nothing may load or run."""
    return (
        "default-src 'none'; "
        f"style-src 'sha256-{style_hash}'; "
        "img-src 'none'; font-src 'none'; script-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def render_html(report, for_print: bool = False) -> bytes:
    """The HTML document of REPORT (a :class:`~journeyplan.clientreport.content.Report`) as
    UTF-8 bytes; FOR_PRINT leaves out what only a screen needs (WeasyPrint's input). Same
    report, same bytes."""
    env = _environment()
    t = _translator(report.lang)
    from markupsafe import Markup

    css = env.get_template("report.css.j2").render(
        t=t,
        report=report,
        font=Markup(FONT),
        mono=Markup(MONO),  # ours: quotes stay quotes
    )
    css = css.strip() + "\n"
    if re.search(r"</?style", css, re.IGNORECASE):  # cannot happen: values are escaped
        raise ValueError("stylesheet would end the style element")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")

    html = env.get_template("report.html.j2").render(
        r=report,
        t=t,
        css=Markup(css),  # checked above; user values in it went through css_string
        csp=csp(digest),
        version=__version__,
        for_print=for_print,
    )
    data = html.encode("utf-8")
    assert HTML_MARK in data[:512]
    return data


def _translator(lang: str):
    def t(key: str, **args: Any) -> str:
        return label(key, lang, **args)

    return t


def require_weasyprint():
    """The :mod:`weasyprint` module. Raises :class:`ReportError` with one clear line when
    the ``pdf`` extra is not installed (``report.no-weasyprint``) or its system libraries
    (Pango, GObject) are missing (``report.no-pango``)."""
    try:
        import weasyprint
    except ImportError:
        raise ReportError("report.no-weasyprint") from None
    except OSError as exc:  # the package is there, Pango (or GObject) is not
        detail = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        raise ReportError("report.no-pango", detail=detail) from None
    return weasyprint


def html_to_pdf(html: bytes) -> bytes:
    """HTML (a report) as PDF bytes through WeasyPrint. Raises :class:`ReportError` when
    WeasyPrint or its system libraries are missing (see :func:`require_weasyprint`), or
    when it fails."""
    weasyprint = require_weasyprint()
    try:
        document = weasyprint.HTML(string=html.decode("utf-8"), base_url=None)
        data = document.write_pdf(uncompressed_pdf=True)
    except Exception as exc:  # WeasyPrint's own errors have no common base class
        raise ReportError(
            "report.pdf-failed", detail=f"{type(exc).__name__}: {exc}"[:300]
        ) from None
    if not data:
        raise ReportError("report.pdf-failed", detail="empty document")
    return data


#: The seal of a PDF report: its last line, a comment after ``%%EOF``.
_PDF_SEAL = (b"%journeyplan seal sha256:", b"\n")
#: The seal of an HTML report: an element right after :data:`HTML_MARK`.
_HTML_SEAL = (b'\n<meta name="journeyplan-seal" content="sha256:', b'">')
_MAX_REPORT = 256 * 1024 * 1024


def sealed(data: bytes) -> bytes:
    """DATA (an HTML or PDF report) with its seal: the SHA-256 of DATA, in an element
    right after the generator mark of an HTML report, in a last comment line of a PDF
    report (after ``%%EOF``; readers ignore it). :func:`seal_matches` checks it. Same
    data, same seal."""
    digest = hashlib.sha256(data).hexdigest().encode("ascii")
    if data.startswith(b"%PDF-"):
        return data + _PDF_SEAL[0] + digest + _PDF_SEAL[1]
    at = data.index(HTML_MARK) + len(HTML_MARK)
    return data[:at] + _HTML_SEAL[0] + digest + _HTML_SEAL[1] + data[at:]


def seal_matches(data: bytes) -> bool:
    """DATA holds the seal of the report it was made from, unchanged: journeyplan wrote
    it as it is (no edit, no annotation)."""
    if data.startswith(b"%PDF-"):
        start, end = _PDF_SEAL
        at = data.rfind(start)
        if at == -1 or not data.endswith(end):
            return False
        digest, rest = data[at + len(start) : len(data) - len(end)], data[:at]
    else:
        start, end = _HTML_SEAL
        at = data.find(HTML_MARK + start, 0, 1024)
        if at == -1:
            return False
        at += len(HTML_MARK)
        close = data.find(end, at + len(start))
        if close == -1:
            return False
        digest = data[at + len(start) : close]
        rest = data[:at] + data[close + len(end) :]
    return digest == hashlib.sha256(rest).hexdigest().encode("ascii")


def is_ours(path: Path) -> bool:
    """PATH is a regular file (not a link) that journeyplan wrote as a report (its mark)
    and nobody changed since (its seal, :func:`seal_matches`)."""
    return _state(path) == "ours"


def _state(path: Path) -> str:
    """``ours`` (marked, seal matches), ``changed`` (marked, seal missing or not matching:
    edited, annotated, or written before reports were sealed) or ``other``."""
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > _MAX_REPORT:
            return "other"
        data = path.read_bytes()
    except OSError:
        return "other"
    if HTML_MARK not in data[:512] and b"/Creator (" + PDF_MARK not in data:
        return "other"
    return "ours" if seal_matches(data) else "changed"


def check_target(path: Path) -> None:
    """Refuse PATH when it exists and journeyplan did not write it, or it was changed since
    (edited, annotated), or is not a regular file. Raises :class:`ReportError`; writes
    nothing."""
    if path.is_symlink():
        raise ReportError("report.not-a-file", path=str(path))
    if path.exists():
        if not path.is_file():
            raise ReportError("report.not-a-file", path=str(path))
        state = _state(path)
        if state == "changed":
            raise ReportError("report.changed", path=str(path))
        if state != "ours":
            raise ReportError("report.not-ours", path=str(path))


def write_report(path: Path, data: bytes) -> None:
    """Write DATA to PATH atomically and :func:`sealed`, creating its folder when missing,
    after :func:`check_target`. Raises :class:`ReportError`."""
    from journeyplan.render.output import write_atomic

    check_target(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, sealed(data))
    except OSError as exc:
        raise ReportError(
            "report.cannot-write", path=str(path), reason=exc.strerror or str(exc)
        ) from None


def default_name(fmt: str) -> str:
    """The report's file name in the plan's output folder: ``report.html`` / ``report.pdf``."""
    return f"report.{fmt}"


__all__ = [
    "HTML_MARK",
    "ReportError",
    "check_target",
    "css_string",
    "default_name",
    "html_to_pdf",
    "is_ours",
    "render_html",
    "require_weasyprint",
    "seal_matches",
    "sealed",
    "write_report",
]
