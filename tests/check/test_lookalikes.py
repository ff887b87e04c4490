"""Invisible and look-alike characters in ids and keys (issue 16, item 6): messages show the
invisible ones as escapes, did-you-mean suggests only valid ids, and says so when what was
written differs from the suggestion only by an invisible or look-alike character."""

from __future__ import annotations

import pytest

from journeyplan.lookalike import Hidden, fold, hidden_difference, shown
from tests.common import CLEAN, edit, line_of
from tests.hostile.common import check, check_text, write

#: A second persona, inserted before the channels.
FEMIKE = (
    "  - {id: femike, name: F, target_group: techs, motivations: [x], "
    "channels: [insta, whatsapp]}\n"
)


def _plan(tmp_path, old: str, new: str):
    text = edit(CLEAN, old, new)
    return write(tmp_path, "plan.yaml", text), text


def test_a_no_break_space_in_a_key_is_shown_and_named(tmp_path):
    path, text = _plan(tmp_path, "    motivations: [craft]", "    motivations\u00a0: [craft]")
    line = line_of(text, "motivations\u00a0")
    english = check_text(path)
    assert english.exit_code == 1
    assert (
        f"plan.yaml:{line}:5  JP003  error  unknown key 'motivations\\xa0' (did you mean "
        "'motivations'?); the two differ only by an invisible character: U+00A0 (NO-BREAK "
        "SPACE) at position 12\n"
    ) in english.stdout
    dutch = check_text(path, "--lang", "nl")
    assert (
        f"plan.yaml:{line}:5  JP003  fout  onbekende sleutel 'motivations\\xa0' (bedoel je "
        "'motivations'?); het enige verschil is een onzichtbaar teken: U+00A0 (NO-BREAK "
        "SPACE) op positie 12\n"
    ) in dutch.stdout
    # JSON carries the same message, the escape as text
    [finding] = [f for f in check(path).findings if f[0] == "JP003"]
    assert finding[1:4] == ("plan.yaml", line, 5)
    assert finding[4].startswith("unknown key 'motivations\\xa0' (did you mean 'motivations'?)")


def test_a_zero_width_space_in_a_key_is_named_with_its_position(tmp_path):
    path, text = _plan(tmp_path, "    motivations: [craft]", "    motiva\u200btions: [craft]")
    run = check_text(path)
    assert (
        "unknown key 'motiva\\u200btions' (did you mean 'motivations'?); the two differ only "
        "by an invisible character: U+200B (ZERO WIDTH SPACE) at position 7"
    ) in run.stdout


def test_an_id_that_is_not_valid_is_never_suggested(tmp_path):
    path, text = _plan(
        tmp_path,
        "  - {id: insta, name: Instagram, type: social}",
        "  - {id: insta, name: Instagram, type: social}\n  - {id: TikTok, name: TikTok, type: social}",
    )
    text = edit(text, "channels: [insta, whatsapp]", "channels: [insta, whatsapp, tiktok]")
    path = write(tmp_path, "plan.yaml", text)
    run = check(path)
    assert run.exit_code == 1
    ref = line_of(text, "tiktok]")
    assert ("JP007", "plan.yaml", ref, 33, "channel 'tiktok' does not exist") in run.findings
    assert run.only("JP005")[2:4] == (line_of(text, "id: TikTok"), 10)
    assert "did you mean 'TikTok'" not in check_text(path).stdout


def test_a_dotless_i_in_an_id_is_not_suggested_for_the_plain_one(tmp_path):
    path, text = _plan(
        tmp_path,
        "channels:\n  - {id: insta",
        FEMIKE.replace("femike", "femıke") + "channels:\n  - {id: insta",
    )
    text = edit(text, "entry: true,", "entry: true, personas: [sam, femike],")
    path = write(tmp_path, "plan.yaml", text)
    run = check(path)
    [jp007] = [f for f in run.findings if f[0] == "JP007"]
    # 'femıke' looks like what was written, but is no id: it is never offered as the
    # replacement; the message names it, where it is, and that the fix is that id
    # (issue: the look-alike id is the obvious match, and its element exists)
    at = f"plan.yaml:{line_of(text, 'id: femıke')}:10"
    assert jp007[4] == (
        f"persona 'femike' does not exist (did you mean 'femıke', at {at}?); the two differ "
        "only by a look-alike character: U+0131 (LATIN SMALL LETTER DOTLESS I) at position 4, "
        "which looks like 'i'; that id is not valid: correct it to 'femike' there"
    )
    assert "did you mean 'femike'" not in jp007[4]


@pytest.mark.parametrize(
    "written, position, name, like",
    [
        ("femıke", 4, "U+0131 (LATIN SMALL LETTER DOTLESS I)", "i"),
        ("femikе", 6, "U+0435 (CYRILLIC SMALL LETTER IE)", "e"),
        ("fеmike", 2, "U+0435 (CYRILLIC SMALL LETTER IE)", "e"),
        ("fem\u0456ke", 4, "U+0456 (CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I)", "i"),
    ],
)
def test_a_look_alike_in_a_reference_is_named(tmp_path, written, position, name, like):
    path, text = _plan(tmp_path, "channels:\n  - {id: insta", FEMIKE + "channels:\n  - {id: insta")
    text = edit(text, "entry: true,", f"entry: true, personas: [sam, {written}],")
    path = write(tmp_path, "plan.yaml", text)
    run = check(path)
    line = line_of(text, written)
    assert run.exit_code == 1
    assert (
        "JP007",
        "plan.yaml",
        line,
        text.splitlines()[line - 1].index(written) + 1,
        f"persona '{written}' does not exist (did you mean 'femike'?); the two differ only by "
        f"a look-alike character: {name} at position {position}, which looks like '{like}'",
    ) in run.findings
    dutch = check(path, "--lang", "nl")
    assert (
        f"persona '{written}' bestaat niet (bedoel je 'femike'?); het enige verschil is een "
        f"teken dat er hetzelfde uitziet: {name} op positie {position}, dat lijkt op '{like}'"
    ) in [f[4] for f in dutch.findings]


def test_a_dash_and_full_width_letters_are_look_alikes(tmp_path):
    path, text = _plan(tmp_path, "brand: [fair-pay]}", "brand: [fair\u2013pay]}")
    path = write(tmp_path, "plan.yaml", text)
    [finding] = [f for f in check(path).findings if f[0] == "JP007"]
    assert finding[4] == (
        "brand element 'fair\u2013pay' does not exist (did you mean 'fair-pay'?); the two differ "
        "only by a look-alike character: U+2013 (EN DASH) at position 5, which looks like '-'"
    )
    # full-width letters are far from 'sam' for difflib, yet read as 'sam'
    text = edit(CLEAN, "entry: true,", "entry: true, personas: [\uff53\uff41\uff4d],")
    [finding] = [f for f in check(write(tmp_path, "plan.yaml", text)).findings if f[0] == "JP007"]
    assert finding[4] == (
        "persona '\uff53\uff41\uff4d' does not exist (did you mean 'sam'?); the two differ only "
        "by invisible or look-alike characters: U+FF53 (FULLWIDTH LATIN SMALL LETTER S) at "
        "position 1, U+FF41 (FULLWIDTH LATIN SMALL LETTER A) at position 2, U+FF4D (FULLWIDTH "
        "LATIN SMALL LETTER M) at position 3"
    )


def test_an_invisible_character_in_an_id_is_shown_in_every_message(tmp_path):
    path, text = _plan(tmp_path, "  - id: sam\n", '  - id: "sam\\u00a0"\n')
    run = check_text(path)
    [line] = [x for x in run.stdout.splitlines() if "JP005" in x]
    assert line == (
        f"plan.yaml:{line_of(text, 'sam')}:9  JP005  error  invalid id 'sam\\xa0': use lowercase "
        "letters, digits, '-' and '_' (at most 64 characters, starting with a letter or digit) (did you "
        "mean 'sam'?); the two differ only by an invisible character: U+00A0 (NO-BREAK SPACE) "
        "at position 4"
    )


def test_an_id_that_looks_valid_says_which_character_is_not(tmp_path):
    path, text = _plan(
        tmp_path,
        "channels:\n  - {id: insta",
        FEMIKE.replace("femike", "femıke") + "channels:\n  - {id: insta",
    )
    line = line_of(text, "femıke")
    english = check_text(path)
    assert (
        f"plan.yaml:{line}:10  JP005  error  invalid id 'femıke': use lowercase letters, digits, "
        "'-' and '_' (at most 64 characters, starting with a letter or digit) (did you mean "
        "'femike'?); "
        "the two differ only by a look-alike character: U+0131 (LATIN SMALL LETTER DOTLESS I) "
        "at position 4, which looks like 'i'\n"
    ) in english.stdout
    dutch = check_text(path, "--lang", "nl")
    assert (
        f"plan.yaml:{line}:10  JP005  fout  ongeldige id 'femıke': gebruik kleine letters, "
        "cijfers, '-' en '_' (hoogstens 64 tekens, beginnend met een letter of cijfer) (bedoel je "
        "'femike'?); het enige verschil is een teken dat er hetzelfde uitziet: U+0131 (LATIN "
        "SMALL LETTER DOTLESS I) op positie 4, dat lijkt op 'i'\n"
    ) in dutch.stdout
    # an id that is not valid for a visible reason gets no suggestion
    path, text = _plan(tmp_path, "  - {id: insta,", "  - {id: Insta,")
    assert (
        "invalid id 'Insta': use lowercase letters, digits, '-' and '_' (at most 64 "
        "characters, starting with a letter or digit)\n" in check_text(path).stdout
    )


def test_a_placeholder_is_never_told_to_be_a_field_it_cannot_be(tmp_path):
    path, text = _plan(
        tmp_path, "name: Clean plan", "name: Clean plan\n  fields: [First Name, city]"
    )
    text = edit(
        text, "{id: video, name: Video,", "{id: video, name: Video, message: 'Hi {first_name}',"
    )
    run = check(write(tmp_path, "plan.yaml", text))
    [jp514] = [f for f in run.findings if f[0] == "JP514"]
    # 'First Name' is declared, but '{First Name}' is no placeholder: no did-you-mean
    assert "did you mean" not in jp514[4]


def test_a_typo_besides_the_invisible_character_gets_no_such_note(tmp_path):
    path, text = _plan(tmp_path, "    motivations: [craft]", "    motivatons\u00a0: [craft]")
    out = check_text(path).stdout
    assert "unknown key 'motivatons\\xa0' (did you mean 'motivations'?)\n" in out


# ------------------------------------------------------------------ the functions
def test_hidden_difference():
    assert hidden_difference("femıke", "femike") == (Hidden(4, "ı", "i"),)
    assert hidden_difference("motivations\xa0", "motivations") == (Hidden(12, "\xa0", ""),)
    assert hidden_difference("femke", "femike") == ()  # a real typo
    assert hidden_difference("sam", "sam") == ()
    assert hidden_difference("Sam", "sam") == ()  # case is visible
    assert hidden_difference("fair\u2011pay", "fair-pay") == (Hidden(5, "\u2011", "-"),)
    assert hidden_difference("\u2018x\u2019", "'x'") == (
        Hidden(1, "\u2018", "'"),
        Hidden(3, "\u2019", "'"),
    )


def test_shown_and_fold():
    assert shown("motivations\xa0") == "motivations\\xa0"
    assert shown("a\u3164b\u2007c") == "a\\u3164b\\u2007c"  # a Hangul filler, a figure space
    assert shown("femıke") == "femıke"  # visible characters stay
    assert shown("na\u200bme") == "na\u200bme"  # left to the output's escaping (\\u200b)
    assert fold("ѕаm\u200b") == "sam"
