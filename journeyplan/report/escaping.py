"""How user text is made safe for each output: one named policy per place text can go.

User text (names, ids, paths, messages that quote them) is printed literally everywhere: it
never moves a terminal's cursor, never becomes Markdown, a second workflow command, a
spreadsheet formula or an unencodable JSON string. Each output uses the policy of the place
its text goes; :data:`POLICIES` lists them by name. Every policy is a pure ``str -> str``
function, and the policies are the ones the formats have always used (same bytes).

========================  ==========================================================
``terminal``              :func:`visible`: control, bidirectional and invisible
                          characters as escapes (``\\x1b``, ``\\n``, ``\\u200b``).
``markdown``              :func:`markdown_cell`: one table cell or paragraph of the
                          rule list and the matrix (newlines as spaces).
``markdown-inline``       :func:`markdown_inline`: inline text of the diff report
                          (also headings' ``#``, ``!`` and mentions' ``@``).
``markdown-code``         :func:`markdown_code`: an id or path as a code span.
``sarif-markdown``        :func:`sarif_markdown`: rule help texts in SARIF (emphasis,
                          code and link characters only: the texts are ours).
``github-data``           :func:`github_data`: the message of a workflow command.
``github-property``       :func:`github_property`: a property value of one.
``json``                  :func:`json_text`: JSON text safe on a terminal.
``csv``                   :func:`csv_text`: user text inside a CSV cell.
``csv-cell``              :func:`csv_cell`: a whole CSV cell (no formula).
``html``                  :func:`html_text`: text of the client report, before Jinja2's
                          autoescape (controls and bidi overrides as escapes; line
                          breaks and tabs stay).
``terminal-table``        :func:`table_text`: a name in a terminal table, cut at
                          :data:`TABLE_TEXT` characters with an ellipsis (``…``).
``markdown-table``        :func:`markdown_table_cell`: the same in a Markdown table.
========================  ==========================================================

Tables cut long names (a 10 MB plan name is no table cell, and measuring it for every
cell made ``matrix`` take 20 s); JSON and CSV keep every character.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journeyplan.lazy import LazyPattern

# -------------------------------------------------------------------------- terminal
# C0 and C1 controls, DEL, and the bidirectional overrides that can reorder what a reader sees;
# lone surrogates too (a file name that is not UTF-8), which no output stream can encode; and
# the invisible characters (zero-width space and joiners, word joiner, byte order mark, soft
# hyphen) that make "unknown key 'name'" unreadable when the key is 'na\u200bme'.
_CONTROL = LazyPattern(
    "[\x00-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ud800-\udfff]"
)
#: The characters of ``_CONTROL`` that ASCII text can hold (most text: its pattern is cheap
#: to compile, see :mod:`journeyplan.lazy`).
_ASCII_CONTROL = re.compile("[\x00-\x1f\x7f]")
#: The characters every output escapes in its own way (:func:`visible` and the policies
#: built on it); messages leave these to the output (:func:`journeyplan.lookalike.shown`).
TERMINAL_ESCAPED = _CONTROL
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(mt: re.Match[str]) -> str:
    ch = mt.group()
    named = _NAMED.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """TEXT with every control character shown as an escape (ESC -> ``\\x1b``, newline ->
    ``\\n``), so user text can never move the cursor, recolour or rewrite a terminal."""
    return (_ASCII_CONTROL if text.isascii() else _CONTROL).sub(_escape, text)


# -------------------------------------------------------------------------- markdown
_NEWLINES = LazyPattern(r"\r\n|\r|\n|\u2028|\u2029")
# Characters that CommonMark/GFM may read as markup inside a table cell: escapes, code,
# emphasis, links, raw HTML, cell separators, strike-through, entities, GitHub math.
_MD_CELL = re.compile(r"([\\`*_\[\]<>|~&$])")
# Inline text of the diff report: as above without ``$`` (no math there), plus a heading
# close ``#``, an image ``!`` and a mention ``@``.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&|~#!@])")
_MD_SARIF = str.maketrans({c: "\\" + c for c in "\\`*_[]<>"})


def markdown_cell(text: str) -> str:
    """TEXT made safe for one Markdown table cell or paragraph: newlines become spaces,
    control characters are shown as escapes (:func:`visible`), and every character
    Markdown could read as markup is backslash-escaped, so user text always renders
    literally (``a|b`` -> ``a\\|b``, ``<b>`` -> ``\\<b\\>``)."""
    return _MD_CELL.sub(r"\\\1", visible(_NEWLINES.sub(" ", text)))


def markdown_inline(text: str) -> str:
    """TEXT as literal Markdown inline text: control characters made visible
    (:func:`visible`, so no line breaks) and every character that could start emphasis,
    code, a link, HTML, an entity, a table cell, strikethrough, a heading close or a
    mention backslash-escaped."""
    return _MD_INLINE.sub(r"\\\1", visible(text))


def markdown_code(text: str) -> str:
    """TEXT as an inline code span (ids, paths, field names), or :func:`markdown_inline`
    text when it holds a backtick or a pipe (or is empty)."""
    shown = visible(text)
    if not shown or "`" in shown or "|" in shown:
        return markdown_inline(text)
    return f"`{shown}`"


def sarif_markdown(text: str) -> str:
    """TEXT with Markdown's emphasis, code and link characters escaped (SARIF's
    ``help.markdown`` of a rule)."""
    return text.translate(_MD_SARIF)


# -------------------------------------------------------------------------- GitHub Actions
_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")


def _shown_but_breaks(text: str) -> str:
    """TEXT with control characters other than line breaks made visible."""
    return "".join(
        part if _LINE_BREAK.fullmatch(part) else visible(part) for part in _LINE_BREAK.split(text)
    )


def github_data(text: str) -> str:
    """Escape the message part of a workflow command: ``%`` -> ``%25``, ``\\r`` ->
    ``%0D``, ``\\n`` -> ``%0A``; other control characters shown as escapes first."""
    return _shown_but_breaks(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """Escape a property value of a workflow command: as data, plus ``:`` -> ``%3A`` and
    ``,`` -> ``%2C``."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


# -------------------------------------------------------------------------- JSON
# json escapes C0 controls itself, but not DEL, C1 controls (0x9b is a one-byte CSI), the
# bidirectional overrides, line/paragraph separators or lone surrogates: as \uXXXX they stay
# the same JSON string, cannot act on a terminal that shows the output, and can be encoded.
# Only strings hold them.
_JSON_UNSAFE = LazyPattern(
    "[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _json_escape(mt: re.Match[str]) -> str:
    return f"\\u{ord(mt.group()):04x}"


def json_text(text: str) -> str:
    """JSON TEXT (as :func:`json.dumps` wrote it) with the characters above as ``\\uXXXX``
    escapes: the same JSON value, safe to show on a terminal."""
    if text.isascii():  # json.dumps's default: only DEL is left to escape
        return text.replace("\x7f", "\\u007f")
    return _JSON_UNSAFE.sub(_json_escape, text)


# -------------------------------------------------------------------------- CSV
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(text: str) -> str:
    """User text inside a CSV cell: newlines become spaces, other control characters are
    shown as escapes."""
    return visible(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))


def csv_cell(text: str) -> str:
    """A whole CSV cell: one that starts with ``=``, ``+``, ``-``, ``@`` (or a tab or
    carriage return) gets a leading quote, so spreadsheets never run it as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


# -------------------------------------------------------------------------- HTML
_HTML_SHOWN = re.compile("[\t\n\r]")


def html_text(text: str) -> str:
    """User text for the HTML (and PDF) client report, applied to every ``{{ value }}``
    before Jinja2's autoescape: control characters (ESC, C1), bidirectional overrides
    (U+202E) and invisible characters shown as escapes (``\\x1b``, ``\\u202e``), as
    on the maps and the terminal, so a name can neither reorder what the client reads
    nor hide in it; line breaks and tabs are whitespace in HTML and stay."""
    if not (_ASCII_CONTROL if text.isascii() else _CONTROL).search(text):
        return text
    return _CONTROL.sub(
        lambda mt: mt.group() if _HTML_SHOWN.match(mt.group()) else _escape(mt), text
    )


# -------------------------------------------------------------------------- tables
#: The most characters of one user text a table cell shows (terminal and Markdown tables).
TABLE_TEXT = 120


def shortened(text: str, limit: int = TABLE_TEXT) -> str:
    """TEXT, or its first LIMIT - 1 characters and ``…`` when it is longer than LIMIT."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def table_text(text: str) -> str:
    """TEXT as a terminal table shows it: :func:`shortened`, then :func:`visible`."""
    return visible(shortened(text))


def markdown_table_cell(text: str) -> str:
    """TEXT as a Markdown table cell: :func:`shortened`, then :func:`markdown_cell`."""
    return markdown_cell(shortened(text))


#: Every policy by name (the table above).
POLICIES: dict[str, Callable[[str], str]] = {
    "terminal": visible,
    "markdown": markdown_cell,
    "markdown-inline": markdown_inline,
    "markdown-code": markdown_code,
    "sarif-markdown": sarif_markdown,
    "github-data": github_data,
    "github-property": github_property,
    "json": json_text,
    "csv": csv_text,
    "csv-cell": csv_cell,
    "html": html_text,
    "terminal-table": table_text,
    "markdown-table": markdown_table_cell,
}
