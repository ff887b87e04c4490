"""Documentation generated from the code, so it cannot drift: the README's rule table.

``python -m journeyplan.docs`` rewrites the block between the ``rules:start`` and
``rules:end`` markers of README.md; a test fails when the README is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journeyplan.i18n import render_message
from journeyplan.rules import REGISTRY

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def rules_markdown(lang: str = "en") -> str:
    """The rule list as a Markdown table: code, name, question, default severity, title."""
    rows = ["| Code | Name | Question | Default | Title |", "| --- | --- | --- | --- | --- |"]
    for rule in REGISTRY.values():
        q = str(rule.question) if rule.question else "structure"
        title = render_message(f"title.{rule.code}", None, lang)
        rows.append(f"| {rule.code} | `{rule.name}` | {q} | {rule.severity} | {title} |")
    return "\n".join(rows)


def with_rules(readme: str) -> str:
    """README text with its rules block replaced by :func:`rules_markdown`."""
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{rules_markdown()}\n{END}{tail}"


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    text = path.read_text(encoding="utf-8")
    new = with_rules(text)
    if new != text:
        path.write_text(new, encoding="utf-8")
        print(f"updated {path}")


if __name__ == "__main__":
    main()
