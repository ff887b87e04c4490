"""Dutch as a Dutch recruiter reads it (issue 16, item 3): the goal hire is an 'aanstelling',
an exit is 'uitstroom', the maps have Dutch titles, durations are words, libyaml's English
is translated for the common syntax errors, and no stilted phrase is left."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.i18n import Duration, render_message
from journeyplan.messages import texts
from journeyplan.source.compose import read_plan_bytes
from tests.common import CLEAN, EXAMPLES, check_text, edit, text_of
from tests.render_common import TRICKY

NL = texts("nl")
NL_PLURAL = texts("nl", 2)


def test_the_goal_hire_is_an_aanstelling_and_an_exit_is_uitstroom():
    assert render_message("goal.hire", None, "nl") == "aanstelling"
    assert render_message("map.goal.hire", None, "nl") == "aanstelling"
    assert render_message("map.badge.exit", None, "nl") == "UITSTROOM"
    assert render_message("map.legend.exit", None, "nl") == "uitstroom"
    assert render_message("ui.matrix.exit", None, "nl") == "uitstroom"
    words = " ".join(list(NL.values()) + list(NL_PLURAL.values())).lower()
    for stumble in ("aanname", "uitstap", "standaardernst", "spring yaml in", "candidate journey"):
        assert stumble not in words, stumble


@pytest.mark.parametrize(
    ("minutes", "dutch", "english"),
    [
        (2880, "2 dagen", "2d"),
        (1440, "1 dag", "1d"),
        (60, "1 uur", "1h"),
        (240, "4 uur", "4h"),
        (10080, "1 week", "1w"),
        (20160, "2 weken", "2w"),
        (30, "30 minuten", "30m"),
        (1, "1 minuut", "1m"),
    ],
)
def test_durations_are_words_in_dutch_and_the_plans_notation_in_english(minutes, dutch, english):
    assert Duration(minutes).render("nl") == dutch
    assert Duration(minutes).render("en") == english
    assert render_message("map.delay", {"minutes": minutes}, "nl") == f"na {dutch}"
    assert render_message("map.delay", {"minutes": minutes}, "en") == f"after {english}"


def test_the_dutch_map_speaks_dutch(tmp_path):
    out = CliRunner().invoke(
        app,
        [
            "render",
            str(EXAMPLES / "technical-staffing"),
            "--lang",
            "nl",
            "--format",
            "dot",
            "-o",
            str(tmp_path),
        ],
    )
    assert out.exit_code == 0, out.output
    text = (tmp_path / "lisa.dot").read_text("utf-8")
    assert "Kandidaatreis: Lisa" in text and "Candidate journey" not in text
    assert "je hoort binnen 2 dagen van ons" in text
    assert "na 2 dagen" in text and "na 2d" not in text
    # the talent pool has its own badge (it was drawn as an exit); the exit badge is below
    assert "TALENTPOOL · met toestemming ·<BR/>bewaartermijn 52 weken" in text
    assert "aanstelling" in text
    assert "kandidaatbeleving" in text and "zeer positief" in text and "geen score" in text
    assert "opnieuw benaderen" in text and ">talentpool<" in text
    overview = (tmp_path / "overview.dot").read_text("utf-8")
    assert "Kandidaatreizen: overzicht van alle persona" in overview
    assert "Ruud, senior mechanic: kandidaatbeleving" in overview
    exits = tmp_path / "exits"
    out = CliRunner().invoke(
        app, ["render", str(TRICKY), "--lang", "nl", "--format", "dot", "-o", str(exits)]
    )
    assert out.exit_code == 0, out.output
    assert "UITSTROOM" in (exits / "p1.dot").read_text("utf-8")


@pytest.mark.parametrize(
    ("source", "english", "dutch"),
    [
        (
            "a: b\nc\nd: e\n",
            "the ':' after the key is missing",
            "de dubbele punt ':' na de sleutel ontbreekt",
        ),
        (
            "a: 'abc\n",
            "the file ends before the quotation mark is closed",
            "het bestand houdt op voordat het aanhalingsteken is gesloten",
        ),
        (
            'a: "abc\n',
            "the file ends before the quotation mark is closed",
            "het bestand houdt op voordat het aanhalingsteken is gesloten",
        ),
        (
            "a: [1, 2\n",
            "the '[' here is never closed (the file ends first)",
            "de '[' hier wordt nergens gesloten (het bestand houdt eerder op)",
        ),
        (
            "a: {x: 1\nb: 2\n",
            "the '{' here is never closed (the parser noticed it at line 2, column 2)",
            "de '{' hier wordt nergens gesloten (de parser merkte dat pas op regel 2, kolom 2)",
        ),
        (
            'a: [1, "b" c]\n',
            "a ',' or the closing ']' is missing",
            "er ontbreekt een ',' of de afsluitende ']'",
        ),
        (
            "a: @x\n",
            "no YAML value can start with the character here (put the text in quotes)",
            "met het teken hier kan in YAML geen waarde beginnen",
        ),
        (
            "a:\n  b: 1\n c: 2\n",
            "a key belongs here (is the indentation right?)",
            "hier hoort een sleutel te staan (klopt de inspringing?)",
        ),
        ('a: "\\q"\n', "unknown escape", "onbekende escape"),
        ("a: *x\n", "the alias refers to an anchor that does not exist", "anker dat niet bestaat"),
    ],
)
def test_common_parser_messages_are_friendly_in_english_and_dutch(source, english, dutch):
    pf = read_plan_bytes("plan.yaml", source.encode())
    jp001 = [f for f in pf.findings if f.code == "JP001"]
    assert jp001, pf.findings
    nl = render_message(jp001[0].key, jp001[0].args, "nl")
    en = render_message(jp001[0].key, jp001[0].args, "en")
    assert nl.startswith("YAML-syntaxfout: ") and en.startswith("YAML syntax error: ")
    assert dutch in nl and english in en
    # libyaml's own words never reach a reader, in either language (one sentence, no splice)
    for words in ("while ", "could not", "did not find", "found ", "scalar", ", het "):
        assert words not in nl and words not in en
    # ... but stay on the finding, for --debug
    assert jp001[0].args["detail"].raw.startswith(("while ", "found ", "could ", "did "))


def test_tabs_are_explained_in_plain_dutch():
    assert "gebruik spaties om in te springen, nooit tabs" in NL["JP001.tab"]
    assert NL["ui.explain.severity"] == "Standaard gemeld als: {severity}"


def _usage(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["check", "--lang", "nl", "--frobnicate", "x"],
            "Fout: onbekende optie: --frobnicate (mogelijke opties: --format, --strict)",
        ),
        (["check", "--lang", "nl"], "Fout: het argument 'PATH' ontbreekt."),
        (
            ["check", "--lang=NL", "--format", "foo", "."],
            "Fout: ongeldige waarde voor '--format' / '-f': 'foo' is geen geldige keuze; kies "
            "uit 'text', 'json', 'sarif', 'github'.",
        ),
        (["check", "--lang", "nl", "a", "b"], "Fout: onverwacht extra argument (b)"),
    ],
)
def test_usage_errors_follow_lang(args, error):
    result = _usage(*args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Gebruik: journeyplan check ")
    assert lines[1] == "Zie 'journeyplan check -h' voor hulp."
    assert lines[-1] == error
    assert "Value error" not in result.stderr and "Usage" not in result.stderr


def test_english_usage_errors_keep_typers_words_with_a_real_plural():
    one = _usage("check", "a", "b")
    assert one.exit_code == 2
    assert one.stderr.splitlines()[-1] == "Error: Got unexpected extra argument (b)"
    two = _usage("check", "a", "b", "c")
    assert two.stderr.splitlines()[-1] == "Error: Got unexpected extra arguments (b c)"
    unknown = _usage("check", "--frobnicate", "x")
    assert unknown.stderr.splitlines() == [
        "Usage: journeyplan check [OPTIONS] PATH",
        "Try 'journeyplan check -h' for help.",
        "",
        "Error: No such option: --frobnicate (Possible options: --format, --strict)",
    ]


#: Words a native Dutch recruiter stumbles on, or that break the one term chosen for a thing
#: (issue 16): journeykaart(en), drijfveren, frustraties, trigger, 'Voer ... uit'.
STUMBLES = (
    "journeymap",
    "motivatie",
    "ergernis",
    "overgang",
    "draai ",
    "moet opgelost",
    "kring van links",
    "kan niet; kies",
    "hoogstens 64,",
    "te beginnen met",
    "wat hen drijft",
    "hem of haar",
    "in wier",
    "betrekken",
)


def test_the_catalogue_keeps_one_term_per_thing_and_reads_as_dutch():
    words = " ".join(list(NL.values()) + list(NL_PLURAL.values())).lower()
    for stumble in STUMBLES:
        assert stumble not in words, stumble
    # a map is a journeykaart (or the overzichtskaart), never a bare 'kaart'
    assert not re.search(r"(?<![a-z])kaart", words), re.search(r".{40}(?<![a-z])kaart.{20}", words)
    assert NL["report.brand.qualifiers"] == "Qualifiers (basisvoorwaarden)"
    assert NL["report.brand.winners"] == "Winners (onderscheidende kenmerken)"
    assert NL["report.severity.error"] == "moet worden opgelost"
    assert NL["map.summary.flow"] == "{count} trigger" and NL_PLURAL["map.summary.flow"] == (
        "{count} triggers"
    )
    assert render_message(
        "JP006", {"kind": "brand element", "id": "fair-pay", "first": "a:1"}, "nl"
    ) == ("dubbele id voor merkelement 'fair-pay' (eerder gedefinieerd op a:1)")
    assert "hoogstens 64 tekens, beginnend met een letter of cijfer" in NL["JP005"]
    assert "at most 64 characters, starting with a letter or digit" in render_message(
        "JP005", {"id": "X"}, "en"
    )


@pytest.mark.parametrize(
    ("args", "english", "dutch"),
    [
        (
            ["render", ".", "--timeout", "0"],
            "Error: Invalid value for '--timeout': the value must be 1 or more",
            "Fout: ongeldige waarde voor '--timeout': de waarde moet 1 of meer zijn",
        ),
        (
            ["render", ".", "--timeout", "soon"],
            "Error: Invalid value for '--timeout': the value must be a number",
            "Fout: ongeldige waarde voor '--timeout': de waarde moet een getal zijn",
        ),
        (
            ["render", ".", "--format", "jpg"],
            "Error: Invalid value for '--format' / '-f': 'jpg' is not one of 'svg', 'png', "
            "'pdf', 'dot', 'mermaid'.",
            "Fout: ongeldige waarde voor '--format' / '-f': 'jpg' is geen geldige keuze; kies "
            "uit 'svg', 'png', 'pdf', 'dot', 'mermaid'.",
        ),
    ],
)
def test_refused_option_values_are_said_without_pydantics_words(args, english, dutch):
    for lang, error in (("en", english), ("nl", dutch)):
        result = _usage(*args, "--lang", lang)
        assert result.exit_code == 2
        assert result.stderr.splitlines()[-1] == error
        assert "Value error" not in result.stderr and "Input should" not in result.stderr


#: English words once left in Dutch messages. A YAML key in brackets after its Dutch term,
#: such as 'gebeurtenis (event)', or quoted, is the key as written, not English prose;
#: 'mapping' stays: it is YAML's own name for a value with keys, explained where it is a type.
ENGLISH_LEFT = ("event", "events", "placeholder", "placeholders", "nesting", "prefix", "escape")


def test_no_english_word_is_left_in_a_dutch_message():
    words = " ".join(list(NL.values()) + list(NL_PLURAL.values()))
    for word in ENGLISH_LEFT:
        hit = re.search(rf"(?<![\w({{'`.-]){word}(?![\w)}}'`-])", words, re.I)
        assert hit is None, words[max(0, hit.start() - 50) : hit.end() + 20]


def test_a_trigger_without_event_is_said_in_recruiter_dutch(tmp_path):
    text = edit(CLEAN, "{from: apply, to: ack, event: submitted}", "{from: apply, to: ack}")
    result = check_text(tmp_path, text)
    assert text_of(result, "JP402", "nl") == [
        "de trigger van 'apply' naar 'ack' heeft geen gebeurtenis (event)"
    ]
    out = CliRunner().invoke(app, ["explain", "JP402", "--lang", "nl"])
    assert out.output.startswith("JP402 trigger-without-event: Trigger zonder gebeurtenis\n")
    assert "# de gebeurtenis" in out.output
    prose = out.output
    for as_written in ("trigger-without-event", "(event)", "event:"):  # the rule's name, the key
        prose = prose.replace(as_written, "")
    assert "event" not in prose
