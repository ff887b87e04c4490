"""One finding per real problem, where the user can find it: a duplicate key says where
the first one is (line and column), a node that aliases and merge keys reach many times is
one finding, and a value that stands in the text as an alias is reported at the alias."""

from __future__ import annotations

from tests.common import CLEAN, edit
from tests.hostile.common import check, check_text, write

#: the classic billion laughs: nine levels of nine aliases, unused (x- keys) until the
#: persona's motivations take the last level: nine lists where texts belong
LAUGHS = 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"x-{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    for prev, cur in zip("abcdefgh", "bcdefghi")
)


def only(run, code):
    return [f for f in run.findings if f[0] == code]


def test_a_duplicate_key_says_the_line_and_column_of_the_first(tmp_path):
    # both on one line: "first on line 25" would say nothing
    text = edit(CLEAN, "type: social}", "type: social, type: messaging}")
    run = check(write(tmp_path, "plan.yaml", text))
    line = text.splitlines().index(
        "  - {id: insta, name: Instagram, type: social, type: messaging}"
    )
    first = text.splitlines()[line].index("type: social") + 1
    second = text.splitlines()[line].index("type: messaging") + 1
    assert only(run, "JP002") == [
        (
            "JP002",
            "plan.yaml",
            line + 1,
            second,
            f"duplicate key 'type' (first at plan.yaml:{line + 1}:{first})",
        )
    ]
    nl = check_text(tmp_path / "plan.yaml", "--lang", "nl").stdout
    assert (
        f"plan.yaml:{line + 1}:{second}  JP002  fout  dubbele sleutel 'type' "
        f"(eerder op plan.yaml:{line + 1}:{first})"
    ) in nl


def test_an_unknown_key_in_a_merged_mapping_is_one_finding(tmp_path):
    # the anchored channel is an element and the source of a merge: one key, one typo
    text = edit(
        CLEAN,
        "  - {id: insta, name: Instagram, type: social}\n",
        "  - &c {id: insta, name: Instagram, type: social, nmae: Insta}\n"
        "  - <<: *c\n    id: insta2\n"
        "  - <<: *c\n    id: insta3\n",
    )
    run = check(write(tmp_path, "plan.yaml", text))
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "nmae" in ln)
    column = text.splitlines()[line - 1].index("nmae") + 1
    assert [f[:4] for f in only(run, "JP003")] == [("JP003", "plan.yaml", line, column)]


def test_an_alias_bomb_where_texts_belong_is_one_finding_at_the_first_alias(tmp_path):
    text = LAUGHS + edit(CLEAN, "motivations: [craft]", "motivations: *i")
    run = check(write(tmp_path, "plan.yaml", text))
    # the items of *i are nine *h aliases: the first of them is the offending value
    row = text.splitlines()[8]
    assert row.startswith("x-i: &i [*h")
    assert only(run, "JP004") == [
        ("JP004", "plan.yaml", 9, row.index("*h") + 1, "wrong type: expected text, got list")
    ]
    assert run.exit_code == 1


def test_an_alias_bomb_inside_a_section_is_one_finding_per_file(tmp_path):
    bomb = "".join("  " + ln + "\n" for ln in LAUGHS.splitlines())
    text = edit(CLEAN, "motivations: [craft]", "motivations: *i").replace(
        "personas:\n", "x-laughs:\n" + bomb + "personas:\n", 1
    )
    write(tmp_path, "a.yaml", text)
    write(
        tmp_path,
        "b.yaml",
        "x-other:\n" + bomb + "target_groups:\n  - id: t2\n    name: T\n"
        "    description: d\n    x-list: *i\n",
    )
    run = check(tmp_path)
    assert [f[1] for f in only(run, "JP004")] == ["a.yaml"]
    [(_, _, line, column, _)] = only(run, "JP004")
    assert text.splitlines()[line - 1][column - 1 : column + 1] == "*h"


def test_a_value_reached_through_an_alias_points_at_the_alias(tmp_path):
    # a mapping where a list of texts belongs, given twice through one alias (after a
    # comment): one finding, at the first alias, not at the anchor's x- key
    text = "x-bad: &m {a: 1}\n" + edit(
        CLEAN,
        "    motivations: [craft]\n",
        "    motivations:   # what drives Sam\n      *m\n    frustrations: *m\n",
    )
    run = check(write(tmp_path, "plan.yaml", text))
    lines = text.splitlines()
    line = next(i for i, ln in enumerate(lines, 1) if ln.strip() == "*m")
    assert [f[:4] for f in only(run, "JP004")] == [("JP004", "plan.yaml", line, 7)]


def test_findings_that_differ_on_one_node_all_stay(tmp_path):
    # one touchpoint, written once and aliased once, misses two required keys: two
    # findings at its place (not four, not one)
    text = edit(CLEAN, "triggers:\n", "  - &t {id: extra}\n  - *t\ntriggers:\n")
    run = check(write(tmp_path, "plan.yaml", text))
    line = text.splitlines().index("  - &t {id: extra}") + 1
    assert sorted(f[2:] for f in only(run, "JP010")) == [
        (line, 5, "missing required key 'channel'"),
        (line, 5, "missing required key 'stage'"),
    ]
