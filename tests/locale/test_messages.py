"""The message catalogues: every language has every key, with the same placeholders.
(The gettext catalogue itself, complete and in step with the source: test_catalogue.py.)"""

from __future__ import annotations

import string

import pytest

from journeyplan.i18n import LANGUAGES, catalogue_paths
from journeyplan.messages import Msg, render_message, texts
from journeyplan.rules import QUESTIONS, REGISTRY


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


CATALOGUES = {lang: texts(lang) for lang in LANGUAGES}
EN, NL = CATALOGUES["en"], CATALOGUES["nl"]


def test_every_language_has_a_catalogue():
    assert set(CATALOGUES) == set(LANGUAGES)
    for lang in LANGUAGES:
        if lang != "en":
            assert catalogue_paths(lang)[1].is_file()


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_same_keys_in_every_language(lang):
    other = CATALOGUES[lang]
    assert sorted(set(EN) - set(other)) == [], f"missing in {lang}"
    assert sorted(set(other) - set(EN)) == [], f"only in {lang}"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_same_placeholders_in_every_language(lang):
    other = CATALOGUES[lang]
    wrong = {
        key: (sorted(_placeholders(EN[key])), sorted(_placeholders(other[key])))
        for key in EN
        if key in other
        and not key.startswith("yaml.")  # the parser's literal words, not templates
        and _placeholders(EN[key]) != _placeholders(other[key])
    }
    assert wrong == {}


def test_every_rule_has_title_explanation_why_and_example_comments():
    for code in REGISTRY:
        for key in (
            f"title.{code}",
            f"explain.{code}",
            f"why.{code}",
            f"example.{code}.bad",
            f"example.{code}.fix",
        ):
            assert key in EN, key
    for q in QUESTIONS:
        assert f"question.{q}" in EN


def test_dutch_is_not_english():
    """A Dutch text equal to the English one is a forgotten translation, except these
    (loanwords, codes and formats that Dutch uses as they are)."""
    same = sorted(k for k in NL if NL[k] == EN[k])
    assert same == sorted(_SAME_IN_BOTH)


_SAME_IN_BOTH = {
    "severity.info",
    "ui.persona",
    "ui.checklist",
    "ui.rules.code",
    "ui.matrix.entry",
    "goal.lead",
    "term.persona",
    "term.mapping",
    "term.true/false",
    "term.null",
    "example.JP003.fix",
    "diff.col.persona",
    "diff.unread_in",  # "{file} in {versions}": Dutch "in" too
    "diff.kind.persona",
    "diff.kind.plan",
    "diff.kind.trigger",
    "diff.heading.plan",
    "diff.heading.trigger",
    "map.unit.w",  # "{n} week" (one) in both
    "diff.plan",
    "map.goal.lead",
    "map.summary.flow",  # "{n} trigger": the field's term in Dutch too
    "term.channel_type.email",  # e-mail
    "term.channel_type.print",
    # the number-and-noun pieces are joined the same way in both languages
    "ui.summary",
    "diff.summary",
    "count.infos",
    # the client report: "{day} {month} {year}" (qualifiers and winners are explained in Dutch)
    "report.count.personas",
    "report.date",
}


def test_verdicts_and_severities_in_dutch():
    assert [render_message(f"verdict.{v}", None, "nl") for v in ("pass", "warn", "fail")] == [
        "voldoet",
        "let op",
        "faalt",
    ]
    assert [render_message(f"severity.{s}", None, "nl") for s in ("error", "warning", "info")] == [
        "fout",
        "waarschuwing",
        "info",
    ]


def test_terms_in_arguments_are_translated():
    assert render_message("JP007", {"kind": "touchpoint", "id": "faq"}, "nl") == (
        "contactpunt 'faq' bestaat niet"
    )
    assert (
        render_message(
            "JP004", {"expected": Msg("term.ref", {"kind": "brand element"}), "got": "list"}, "nl"
        )
        == "verkeerd type: de id van een merkelement verwacht, lijst gevonden"
    )
    assert render_message(
        "JP004", {"expected": Msg("term.one_of", {"values": "a, b"}), "got": "text"}, "en"
    ) == ("wrong type: expected one of a, b, got text")
    # an unknown value is kept as it is
    assert render_message("JP007", {"kind": "gadget", "id": "x"}, "nl") == "gadget 'x' bestaat niet"


def test_arguments_are_inserted_literally():
    assert render_message("JP007", {"kind": "channel", "id": "{kind} [red]x"}, "nl") == (
        "kanaal '{kind} [red]x' bestaat niet"
    )


def test_the_five_questions_are_not_copied_from_the_article():
    article = (
        "Wat zijn mijn doelgroepen?",
        "Hoe kan ik deze vertalen naar concrete persona",
        "Wat zijn de beoogde contact-en conversiepunten per persona?",
        "Hoe stel ik een cross channel journey op met mediakanalen en triggers",
        "Hoe krijg ik tijdens deze journey zowel de juiste kandidaatbeleving",
    )
    for q in QUESTIONS:
        text = NL[f"question.{q}"]
        assert all(a not in text for a in article), text


def test_every_field_types_expected_value_is_a_translated_term():
    """A JP004 names what a field expects ("a whole number", "a rate ..."): each field
    type's ``expected`` text is a ``term.*`` message, so Dutch never shows it in English."""
    import journeyplan.plan.codes
    import journeyplan.plan.fields as fields
    from journeyplan.messages import MESSAGES

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    assert journeyplan.plan.codes.Currency in set(subclasses(fields.FieldType))
    missing = sorted(
        {
            sub.expected
            for sub in subclasses(fields.FieldType)
            if isinstance(sub.__dict__.get("expected"), str)
            and f"term.{sub.expected}" not in MESSAGES
        }
    )
    assert missing == []
