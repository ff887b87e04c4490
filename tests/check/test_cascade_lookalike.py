"""An id written with an invisible or look-alike character (``id: reel\\u200b``) is one
fact: JP005 says the id differs from ``reel`` only by U+200B, and what follows from it is
listed under it: the references to ``reel`` that dangle (JP007, which names the look-alike
id and where it is: the element exists, only its id is wrong) and the journey findings the
plan would not have with the id corrected (the dead end, the unreachable touchpoints and
conversion points)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.check.test_cascade import STARTER, tree
from tests.common import CLEAN, check_text, edit, line_of, write_plan

runner = CliRunner()
HIDDEN = edit(STARTER, "  - id: reel\n", "  - id: reel\u200b\n")


def test_what_follows_from_an_id_with_a_hidden_character_is_listed_under_it(tmp_path):
    result = check_text(tmp_path, HIDDEN)
    at = {tp: line_of(HIDDEN, f"- id: {tp}") for tp in ("chat", "apply", "ack", "interview")}
    at |= {tp: line_of(HIDDEN, f"- id: {tp}") for tp in ("offer", "rejection")}
    reel, trigger = line_of(HIDDEN, "- id: reel"), line_of(HIDDEN, "{from: reel,")
    assert tree(result.findings) == [
        (
            "JP005",
            reel,
            [
                ("JP007", trigger),  # what to fix comes first
                ("JP404", reel),
                ("JP403", at["chat"]),
                ("JP303", at["apply"], [("JP403", at["apply"])]),
                ("JP403", at["ack"]),
                ("JP403", at["interview"]),
                ("JP303", at["offer"], [("JP403", at["offer"])]),
                ("JP403", at["rejection"]),
            ],
        )
    ]
    assert result.count("error") == 11 and result.folded == 10


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "JP007  error  touchpoint 'reel' does not exist (did you mean 'reel\\u200b', at "
            "plan.yaml:{reel}:9?); the two differ only by an invisible character: U+200B (ZERO "
            "WIDTH SPACE) at position 5; that id is not valid: correct it to 'reel' there",
        ),
        (
            "nl",
            "JP007  fout  contactpunt 'reel' bestaat niet (bedoel je 'reel\\u200b', op "
            "plan.yaml:{reel}:9?); het enige verschil is een onzichtbaar teken: U+200B (ZERO "
            "WIDTH SPACE) op positie 5; die id is ongeldig: maak er daar 'reel' van",
        ),
    ],
)
def test_the_dangling_reference_names_the_look_alike_id(tmp_path, lang, expected):
    write_plan(tmp_path, {"plan.yaml": HIDDEN})
    result = runner.invoke(app, ["check", str(tmp_path), "--lang", lang], env={"NO_COLOR": "1"})
    assert result.exit_code == 1
    reel, trigger = line_of(HIDDEN, "- id: reel"), line_of(HIDDEN, "{from: reel,")
    lines = result.stdout.splitlines()
    cause = next(i for i, line in enumerate(lines) if "  JP005  " in line)
    # the cause, then the reference it leaves dangling, with a line saying why
    assert lines[cause + 1] == f"plan.yaml:{trigger}:12  " + expected.format(reel=reel)
    assert (
        lines[cause + 2]
        .strip()
        .endswith(f"JP005 {'at' if lang == 'en' else 'op'} plan.yaml:{reel}:9")
    )


def test_the_look_alike_is_no_replacement_for_the_reference(tmp_path):
    """The did-you-mean names an id that exists, and is not offered as a replacement (the
    language server's quick fix would write the zero-width space into the reference): the
    fix is JP005's, whose suggestion is 'reel'."""
    result = check_text(tmp_path, HIDDEN)
    dangling = next(f for f in result.findings if f.code == "JP007")
    invalid = next(f for f in result.findings if f.code == "JP005")
    assert "suggestion" not in dangling.args
    assert dangling.args["written_id"] == "reel\u200b"
    assert invalid.args["suggestion"] == "reel"
    doc = json.loads(runner.invoke(app, ["check", str(tmp_path), "--format", "json"]).stdout)
    assert len(doc["findings"]) == 11  # every finding in its place, as the spec says


def test_a_look_alike_persona_id_folds_every_reference_to_it(tmp_path):
    """A persona id with a Cyrillic а: the touchpoint that names 'sam' dangles, and the
    journey it loses follows from the id."""
    text = edit(CLEAN, "  - id: sam\n", "  - id: s\u0430m\n")
    text = edit(text, "entry: true,", "entry: true, personas: [sam],")
    result = check_text(tmp_path, text)
    roots = tree(result.findings)
    assert [r[0] for r in roots] == ["JP005"], roots
    assert ("JP007", line_of(text, "personas: [sam]")) in roots[0][2]
    assert "look-alike" in next(m for m in (f.args for f in result.findings if f.code == "JP007"))[
        "hidden"
    ].render("en")
