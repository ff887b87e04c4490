"""``journeyplan rules`` and ``journeyplan explain``: the rule list and one rule's
explanation, in the output language.

Pure lookups (:func:`find_rule`, :func:`rule_rows`) are separate from the writers (the
``rules`` formatters of :mod:`journeyplan.report.registry`, :func:`write_explanation`). Every text comes from the message
catalogue (:mod:`journeyplan.messages`) and the example snippets from
:mod:`journeyplan.rules.examples`; codes, names, question numbers and severities in JSON
stay as they are in every language.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import asdict, dataclass
from typing import TextIO

from journeyplan.messages import render_message
from journeyplan.report.base import Formatter
from journeyplan.report.jsontext import dumps
from journeyplan.report.markdown import md_escape, md_table
from journeyplan.rules import QUESTIONS, REGISTRY, Rule
from journeyplan.rules.examples import EXAMPLES, snippet
from journeyplan.suggest import did_you_mean

WIDTH = 88


def find_rule(query: str) -> Rule | None:
    """The rule a user means by QUERY: a code in any case (``JP404``, ``jp404``) or a rule
    name (``dead-end``, ``Dead_End``); ``None`` when nothing matches."""
    q = query.strip()
    rule = REGISTRY.get(q.upper())
    if rule is not None:
        return rule
    name = q.lower().replace("_", "-")
    for rule in REGISTRY.values():
        if rule.name == name:
            return rule
    return None


def suggest_rule(query: str) -> str:
    """The code or name closest to QUERY (for a did-you-mean), or ``''``."""
    q = query.strip()
    return did_you_mean(q.upper(), REGISTRY) or did_you_mean(
        q.lower().replace("_", "-"), [r.name for r in REGISTRY.values()]
    )


@dataclass(frozen=True)
class RuleRow:
    """One rule as listed: ``question`` is 1-5 or ``None`` (plan structure); ``severity``
    is the default severity code; ``title`` is in the output language."""

    code: str
    name: str
    question: int | None
    severity: str
    title: str


def rule_rows(lang: str = "en") -> list[RuleRow]:
    """Every rule of the registry, in code order."""
    return [
        RuleRow(
            r.code, r.name, r.question, r.severity, render_message(f"title.{r.code}", None, lang)
        )
        for r in REGISTRY.values()
    ]


def _question_cell(question: int | None, lang: str) -> str:
    if question is None:
        return render_message("ui.rules.structure", None, lang)
    return render_message("ui.question_short", {"number": question}, lang)


class _RulesFormatter(Formatter[list[RuleRow]]):
    def header(self) -> list[str]:
        return [
            self.t(f"ui.rules.{key}") for key in ("code", "name", "question", "severity", "title")
        ]


class RulesJsonFormatter(_RulesFormatter):
    """``--format json``: ``{"version": 1, "questions": {...}, "rules": [...]}``."""

    name = "json"

    def write(self, data: list[RuleRow], out: TextIO) -> None:
        doc = {
            "version": 1,
            "questions": {str(q): self.t(f"question.{q}") for q in QUESTIONS},
            "rules": [asdict(r) for r in data],
        }
        out.write(dumps(doc))
        out.write("\n")


class RulesMarkdownFormatter(_RulesFormatter):
    """``--format markdown``: a GFM table, then the five questions."""

    name = "markdown"

    def write(self, data: list[RuleRow], out: TextIO) -> None:
        lang, t = self.options.lang, self.t
        table = md_table(
            [md_escape(h) for h in self.header()],
            [
                [
                    r.code,
                    f"`{r.name}`",
                    md_escape(_question_cell(r.question, lang)),
                    md_escape(t(f"severity.{r.severity}")),
                    md_escape(r.title),
                ]
                for r in data
            ],
        )
        questions = [f"{q}. {md_escape(t(f'question.{q}'))}" for q in QUESTIONS]
        out.write(
            "\n".join([*table, "", f"**{md_escape(t('ui.rules.questions'))}**", "", *questions])
            + "\n"
        )


class RulesTextFormatter(_RulesFormatter):
    """``--format text`` (default): an aligned table and the five questions."""

    name = "text"

    def write(self, data: list[RuleRow], out: TextIO) -> None:
        from rich.table import Table
        from rich.text import Text

        from journeyplan.report.console import make_console, write_stripped

        lang, t = self.options.lang, self.t
        buffer = io.StringIO()
        console = make_console(out, self.options.color, buffer=buffer)
        table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
        for h in self.header():
            table.add_column(h, no_wrap=True)
        styles = {"error": "red", "warning": "yellow", "info": "cyan"}
        for r in data:
            table.add_row(
                Text(r.code, style="bold"),
                Text(r.name),
                Text(_question_cell(r.question, lang)),
                Text(t(f"severity.{r.severity}"), style=styles.get(r.severity, "")),
                Text(r.title),
            )
        console.print(table)
        console.print()
        console.print(Text(t("ui.rules.questions"), style="bold"))
        for q in QUESTIONS:
            console.print(Text(f"  {t('ui.question_short', number=q)}  {t(f'question.{q}')}"))
        write_stripped(buffer.getvalue(), out)


def _paragraph(text: str) -> str:
    return textwrap.fill(text, WIDTH, break_long_words=False, break_on_hyphens=False)


def _code_block(text: str) -> str:
    return "\n".join(("    " + line).rstrip() for line in text.rstrip("\n").splitlines())


def explanation(rule: Rule, lang: str = "en") -> str:
    """The explanation of RULE as plain text: code, name and title; its question and default
    severity; what it checks; why it matters; an example that fails and the fix."""

    def t(key: str, **args: object) -> str:
        return render_message(key, args, lang)

    if rule.question is None:
        question = t("ui.explain.structure")
    else:
        question = t(
            "ui.explain.question", number=rule.question, question=t(f"question.{rule.question}")
        )
    parts = [
        f"{rule.code} {rule.name}: {t(f'title.{rule.code}')}\n{question}\n"
        + t("ui.explain.severity", severity=t(f"severity.{rule.severity}")),
        f"{t('ui.explain.what')}\n{_paragraph(t(f'explain.{rule.code}'))}",
        f"{t('ui.explain.why')}\n{_paragraph(t(f'why.{rule.code}'))}",
    ]
    if rule.code in EXAMPLES:
        parts.append(f"{t('ui.explain.bad')}\n{_code_block(snippet(rule.code, 'bad', lang))}")
        parts.append(f"{t('ui.explain.fix')}\n{_code_block(snippet(rule.code, 'fix', lang))}")
        parts.append(_paragraph(t("ui.explain.context")))
    return "\n\n".join(parts) + "\n"


def write_explanation(rule: Rule, out: TextIO, lang: str = "en") -> None:
    """Write :func:`explanation` of RULE to OUT."""
    out.write(explanation(rule, lang))
