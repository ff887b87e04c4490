"""Helpers for the client-report tests: running ``journeyplan report``, a hostile plan, and a
scan of the HTML for anything that would load, run or link outside the file."""

from __future__ import annotations

import json
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import EXAMPLES

runner = CliRunner()

#: The examples every report test runs over.
EXAMPLE_PLANS = ("technical-staffing", "starter", "broken")

#: Attributes through which a document loads or links something.
URL_ATTRIBUTES = {
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "poster",
    "data",
    "background",
    "xlink:href",
    "manifest",
    "ping",
    "cite",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "codebase",
}


def report(plan: Path, out: Path, *args: str):
    """``journeyplan report PLAN -o OUT ARGS`` through typer's runner."""
    return runner.invoke(app, ["report", str(plan), "-o", str(out), *args])


def example(name: str) -> Path:
    return EXAMPLES / name


class Scan(HTMLParser):
    """Every start tag with its attributes, every piece of text, every comment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.comments: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        (self.styles if self._in_style else self.text).append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def scan(html: bytes) -> Scan:
    s = Scan()
    s.feed(html.decode("utf-8"))
    s.close()
    return s


def external_references(html: bytes) -> list[str]:
    """Everything in HTML that would make a request or leave the file: URL attributes other
    than a fragment (``#brand``), ``url(...)`` and ``@import`` in the stylesheet, script
    elements, frames, objects, link elements, meta refreshes."""
    s = scan(html)
    found = []
    for tag, attrs in s.tags:
        if tag in (
            "script",
            "iframe",
            "frame",
            "object",
            "embed",
            "link",
            "img",
            "image",
            "audio",
            "video",
            "source",
            "track",
            "base",
            "form",
            "use",
            "foreignobject",
        ):
            found.append(f"<{tag}>")
        for name, value in attrs.items():
            if name in URL_ATTRIBUTES and not (value or "").startswith("#"):
                found.append(f"<{tag} {name}={value!r}>")
            if name == "http-equiv" and (value or "").lower() == "refresh":
                found.append("meta refresh")
    css = "".join(s.styles)
    for pattern in (r"url\s*\(", r"@import", r"image-set\s*\(", r"@font-face"):
        if re.search(pattern, css, re.IGNORECASE):
            found.append(f"stylesheet: {pattern}")
    return found


STARTER = (EXAMPLES / "starter" / "plan.yaml").read_text(encoding="utf-8")

#: Text that tries to become markup, script, CSS or a link wherever it lands.
PAYLOADS = (
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "javascript:window.__pwned=3",
    '"><svg onload="window.__pwned=4">',
    "</style><script>window.__pwned=5</script>",
    '"; } * { display: none } @import url(//x.example/a.css); "',
    "]]><!-- --><?xml x?>&amp;&lt;",
    "{{ 7*7 }} {% raw %} ${x}",
)


def hostile_starter() -> str:
    """The starter plan with a payload in every free text the report shows (as JSON
    strings, valid YAML double-quoted scalars)."""
    text = STARTER
    swaps = {
        "name: Installers 2027 (starter)": ("name", 0, 5),
        "organisation: Bakker Installatietechniek BV": ("organisation", 1, 6),
        "proposition: A fixed team, a fixed region, and time to learn the trade properly": (
            "proposition",
            3,
            2,
        ),
        "name: MBO installers": ("name", 1, 0),
        "name: Daan, first-year installer": ("name", 0, 2),
        "name: Instagram,": ("name", 2, 3),
        "name: Reel of a day in the team": ("name", 1, 4),
        "name: Coffee with the team": ("name", 4, 7),
        "text: Down to earth": ("text", 3, 1),
    }
    for old, (key, a, b) in swaps.items():
        new = f"{key}: {json.dumps(PAYLOADS[a] + ' ' + PAYLOADS[b])}"
        if old.endswith(","):
            new += ","
        assert old in text, old
        text = text.replace(old, new, 1)
    text = text.replace(
        "motivations: [learning the trade, a team that has his back]",
        f"motivations: [{json.dumps(PAYLOADS[0])}, {json.dumps(PAYLOADS[6])}]",
    )
    text = text.replace(
        "description: Installation technicians with an MBO level 2-4 diploma, 18 to 35, within 30 km of Zwolle",
        f"description: {json.dumps(PAYLOADS[4] + PAYLOADS[7])}",
    )
    return text


def git(folder: Path, *args: str, date: str = "2026-01-15T10:00:00+01:00") -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("GIT_")},
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)
