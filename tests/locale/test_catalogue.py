"""The gettext catalogues: complete, no fuzzy or empty entry, the same placeholders as the
English ids, real plural forms, in step with the source (re-extracted here as
``pybabel extract -F babel.cfg`` does), and loaded only for a language other than English."""

from __future__ import annotations

import os
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from journeyplan import i18n
from journeyplan.i18n import LANGUAGES, catalogue_paths, render_message
from journeyplan.messages import MESSAGES, texts

ROOT = Path(__file__).resolve().parents[2]
OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != "en"]


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def _catalogue(lang: str):
    with catalogue_paths(lang)[1].open("rb") as f:
        return read_po(f, locale=lang)


def _entries(lang: str) -> dict[tuple[str | None, str], object]:
    return {
        (m.context, m.id[0] if isinstance(m.id, tuple) else m.id): m
        for m in _catalogue(lang)
        if m.id
    }


def _declared() -> dict[tuple[str | None, str], str]:
    return {(e.context, e.msgid): key for key, e in MESSAGES.items()}


def _extracted() -> set[tuple[str | None, str]]:
    with (ROOT / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f)
    found = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        str(ROOT), method_map, options_map
    ):
        found.add((context, message[0] if isinstance(message, tuple) else message))
    return found


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_message_id_is_in_the_catalogue(lang):
    entries = _entries(lang)
    missing = sorted(key for ident, key in _declared().items() if ident not in entries)
    assert missing == [], (
        f"not in {catalogue_paths(lang)[1]}: run the update (docs/architecture.md)"
    )


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_no_entry_is_empty_fuzzy_or_obsolete(lang):
    catalogue = _catalogue(lang)
    assert not catalogue.fuzzy, "the header is marked fuzzy"
    problems = []
    for m in catalogue:
        if not m.id:
            continue
        forms = m.string if isinstance(m.string, tuple) else (m.string,)
        if m.fuzzy:
            problems.append(("fuzzy", m.id))
        if not all(forms):
            problems.append(("empty", m.id))
    assert problems == []
    assert list(catalogue.obsolete) == []


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_placeholders_are_the_same_as_in_the_message_id(lang):
    wrong = []
    for m in _catalogue(lang):
        if not m.id or m.context == "libyaml":  # the parser's literal words, not templates
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        forms = m.string if isinstance(m.string, tuple) else (m.string,)
        expected = _placeholders(ids[-1])
        assert all(_placeholders(i) == expected for i in ids), ids
        for form in forms:
            if _placeholders(form) != expected:
                wrong.append((ids[0], sorted(expected), form))
    assert wrong == []


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_the_catalogue_has_the_languages_plural_forms(lang):
    catalogue = _catalogue(lang)
    plurals = [m for m in catalogue if m.id and isinstance(m.id, tuple)]
    assert plurals, "no plural message in the catalogue"
    for m in plurals:
        assert len(m.string) == catalogue.num_plurals, m.id


def test_the_catalogue_is_in_step_with_the_source():
    """What `pybabel extract -F babel.cfg` finds is exactly what the tables declare and what
    the catalogue translates: no id missing, none left over."""
    extracted = _extracted()
    assert extracted == set(_declared())
    for lang in OTHER_LANGUAGES:
        assert set(_entries(lang)) == extracted, lang


def test_no_faked_plurals_in_any_language():
    """'error(s)' is not a plural: every count goes through ngettext."""
    for lang in LANGUAGES:
        for number in (0, 1, 2):
            faked = {
                key: text
                for key, text in texts(lang, number).items()
                if "(s)" in text or "(en)" in text or "/kanalen" in text or "/-" in text
            }
            assert faked == {}, lang


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("en", 0, "0 errors, 0 warnings, 0 info"),
        ("en", 1, "1 error, 1 warning, 1 info"),
        ("en", 2, "2 errors, 2 warnings, 2 info"),
        ("nl", 1, "1 fout, 1 waarschuwing, 1 info"),
        ("nl", 2, "2 fouten, 2 waarschuwingen, 2 info"),
    ],
)
def test_counts_are_real_plurals(lang, count, expected):
    args = {"errors": count, "warnings": count, "infos": count}
    assert render_message("ui.summary", args, lang) == expected


def test_one_english_word_with_two_dutch_ones_has_a_context():
    """'event sign-up' is a goal in the matrix and a badge text on the maps."""
    assert MESSAGES["goal.event_signup"].msgid == MESSAGES["map.goal.event_signup"].msgid
    assert MESSAGES["map.goal.event_signup"].context == "map"
    assert render_message("goal.event_signup", None, "nl") != render_message(
        "map.goal.event_signup", None, "nl"
    )


def test_a_po_newer_than_its_mo_is_read_through_babel(tmp_path, monkeypatch):
    """A working copy whose .po was edited after `pip install -e .` shows the edit."""
    folder = tmp_path / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po_text = catalogue_paths("nl")[1].read_text("utf-8")
    old = 'msgstr "het plan noemt geen doelgroep"'
    assert old in po_text
    (folder / "journeyplan.po").write_text(
        po_text.replace(old, 'msgstr "het plan noemt nog geen doelgroep"'), "utf-8"
    )
    (folder / "journeyplan.mo").write_bytes(b"")  # older, and not even a catalogue
    os.utime(folder / "journeyplan.mo", (1, 1))
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_TRANSLATIONS", {})
    assert render_message("JP101", None, "nl") == "het plan noemt nog geen doelgroep"


def test_the_built_mo_is_used_when_it_is_current(tmp_path, monkeypatch):
    from journeyplan.locale import compile_catalogue

    folder = tmp_path / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "journeyplan.mo").write_bytes(compile_catalogue(catalogue_paths("nl")[1]).read())
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_TRANSLATIONS", {})
    monkeypatch.setitem(sys.modules, "babel", None)  # no Babel needed to read a .mo
    assert render_message("JP101", None, "nl") == "het plan noemt geen doelgroep"


_PROBE = """
import sys
from pathlib import Path
from journeyplan import i18n
if len(sys.argv) > 2:
    i18n.LOCALE_DIR = Path(sys.argv[2])
from journeyplan.cli import app
try:
    app(["check", sys.argv[1], "--no-color"])
except SystemExit:
    pass
print(sorted(m for m in sys.modules if m.split(".")[0] == "babel" or m == "journeyplan.locale"))
print(sorted(i18n._TRANSLATIONS))
"""


def _probe(*args: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True
    )
    return out.stdout.splitlines()[-2:]


def test_an_english_check_loads_no_catalogue_and_no_babel():
    """(click imports the standard gettext module for its own texts either way.)"""
    assert _probe(str(ROOT / "examples" / "broken")) == ["[]", "[]"]


def test_a_dutch_check_loads_the_compiled_catalogue_without_babel(tmp_path):
    plan = tmp_path / "plan.yaml"
    text = (ROOT / "examples" / "starter" / "plan.yaml").read_text("utf-8")
    plan.write_text(text.replace("plan:\n", "plan:\n  language: nl\n", 1), "utf-8")
    from journeyplan.locale import compile_catalogue

    folder = tmp_path / "locale" / "nl" / "LC_MESSAGES"  # as setup.py compiles it
    folder.mkdir(parents=True)
    (folder / "journeyplan.mo").write_bytes(compile_catalogue(catalogue_paths("nl")[1]).read())
    assert _probe(str(plan), str(tmp_path / "locale")) == ["[]", "['nl']"]
