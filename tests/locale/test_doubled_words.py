"""No Dutch text the user reads has a word twice in a row ("Vraag het het team"): the
catalogue's translations and the Dutch starter plan (`journeyplan init --lang nl`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from typer.testing import CliRunner

from journeyplan.cli import app

PACKAGE = Path(__file__).resolve().parents[2] / "journeyplan"
CATALOGUE = PACKAGE / "locale" / "nl" / "LC_MESSAGES" / "journeyplan.po"
DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
#: Dutch where a word twice in a row is right ("ik weet dat dat klopt", "de man die die
#: vacature zag"); none is used today, and each one added must be one of these.
GRAMMATICAL = {"dat", "die"}


def _doubled(text: str) -> list[str]:
    return [m.group(0) for m in DOUBLED.finditer(text) if m.group(1).lower() not in GRAMMATICAL]


def _translations() -> list[tuple[str, str]]:
    with open(CATALOGUE, "rb") as f:
        catalogue = read_po(f)
    out = []
    for message in catalogue:
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        out.extend((msgid, form) for form in forms if form)
    return out


def test_no_dutch_translation_has_a_doubled_word():
    found = [(msgid, _doubled(text)) for msgid, text in _translations() if _doubled(text)]
    assert found == []


@pytest.mark.parametrize(
    "path", sorted(p for p in (PACKAGE / "templates" / "nl").rglob("*") if p.is_file())
)
def test_no_dutch_template_has_a_doubled_word(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [(n, line) for n, line in enumerate(lines, 1) if _doubled(line)]
    assert found == []


def test_the_dutch_starter_plan_asks_the_team_once(tmp_path):
    result = CliRunner().invoke(app, ["init", str(tmp_path / "x"), "--lang", "nl"])
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "x" / "plan.yaml").read_text(encoding="utf-8")
    assert 'event: tikt op "Vraag het team"' in text
    assert not _doubled(text)


def test_the_check_for_doubled_words_finds_one():
    assert _doubled('tikt op "Vraag het het team"') == ["het het"]
    assert _doubled("ik weet dat dat klopt") == []
