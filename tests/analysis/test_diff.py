"""journeyplan.analysis.diff: the pure comparison of two plan versions (no git involved)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from journeyplan.analysis.diff import (
    Change,
    FieldChange,
    VerdictChange,
    diff_plans,
    diff_results,
    finding_identity,
)
from journeyplan.check.pipeline import check_files, check_plan
from journeyplan.source.compose import read_plan_bytes
from tests.common import CLEAN, EXAMPLES


def result_of(text: str, name: str = "plan.yaml"):
    """Check TEXT as a one-file plan without touching the disk."""
    return check_files(Path("."), [read_plan_bytes(name, textwrap.dedent(text).encode())])


def changes(old: str, new: str) -> list[Change]:
    return diff_plans(result_of(old).plan, result_of(new).plan)


def edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_identical_plans_have_no_changes():
    assert changes(CLEAN, CLEAN) == []
    assert diff_results(result_of(CLEAN), result_of(CLEAN)).is_empty


def test_positions_are_not_changes():
    shifted = "# a comment\n\n# another\n" + CLEAN.replace("  - {id: sam", "\n  - {id: sam")
    assert result_of(shifted).plan.personas[0].pos != result_of(CLEAN).plan.personas[0].pos
    assert changes(CLEAN, shifted) == []


def test_renamed_element_is_a_change_not_remove_and_add():
    new = edit(CLEAN, "name: Sam\n", "name: Sam the technician\n")
    assert changes(CLEAN, new) == [
        Change(
            "persona",
            "sam",
            "changed",
            "Sam the technician",
            (FieldChange("name", "Sam", "Sam the technician"),),
        ),
    ]


def test_durations_compare_in_minutes_and_show_human_readable():
    same = edit(CLEAN, "response_time: 2h}", "response_time: PT2H}")
    assert changes(CLEAN, same) == []
    slower = edit(CLEAN, "response_time: 2d}", "response_time: 3d}")
    assert changes(CLEAN, slower) == [
        Change("touchpoint", "ack", "changed", "Ack", (FieldChange("response_time", "2d", "3d"),)),
    ]
    (ch,) = changes(CLEAN, edit(CLEAN, "type: messaging, response_time: 2h}", "type: messaging}"))
    assert ch.fields == (FieldChange("response_time", "2h", None),)


def test_lists_report_added_and_removed_items_and_ignore_order():
    reordered = edit(CLEAN, "channels: [insta, whatsapp]", "channels: [whatsapp, insta]")
    assert changes(CLEAN, reordered) == []
    new = edit(CLEAN, "motivations: [craft]", "motivations: [pay, craft, team]")
    new = edit(new, "brand: [academy, honest]", "brand: [academy]")
    assert changes(CLEAN, new) == [
        Change(
            "persona",
            "sam",
            "changed",
            "Sam",
            (
                FieldChange(
                    "motivations", ["craft"], ["pay", "craft", "team"], added=("pay", "team")
                ),
            ),
        ),
        Change(
            "touchpoint",
            "video",
            "changed",
            "Video",
            (FieldChange("brand", ["academy", "honest"], ["academy"], removed=("honest",)),),
        ),
    ]


def test_omitted_personas_means_every_persona():
    new = edit(CLEAN, "{id: video, name: Video,", "{id: video, name: Video, personas: [sam],")
    (ch,) = changes(CLEAN, new)
    assert ch.fields == (FieldChange("personas", None, ["sam"]),)
    assert not ch.fields[0].is_list


def test_added_and_removed_elements_by_id():
    new = edit(
        CLEAN,
        "  - {id: insta, name: Instagram, type: social}\n",
        "  - {id: insta, name: Instagram, type: social}\n"
        "  - {id: mail, name: E-mail, type: email, response_time: 1d}\n",
    )
    new = edit(new, "target_groups:\n  - id: techs", "target_groups:\n  - id: techs")  # unchanged
    (ch,) = changes(CLEAN, new)
    assert ch == Change(
        "channel",
        "mail",
        "added",
        "E-mail",
        (
            FieldChange("name", None, "E-mail"),
            FieldChange("type", None, "email"),
            FieldChange("response_time", None, "1d"),
        ),
    )
    assert changes(new, CLEAN) == [Change("channel", "mail", "removed", "E-mail")]


def test_conversion_and_kind_fields():
    new = edit(
        CLEAN,
        "{id: ack, name: Ack, stage: apply, channel: whatsapp, response_time: 2d}",
        "{id: ack, name: Ack, stage: apply, channel: whatsapp, response_time: 2d, "
        "conversion: {goal: lead, target_rate: 0.5}, kind: exit}",
    )
    (ch,) = changes(CLEAN, new)
    assert ch.fields == (
        FieldChange("conversion.goal", None, "lead"),
        FieldChange("conversion.target_rate", None, 0.5),
        FieldChange("kind", "contact", "exit"),
    )


def test_brand_element_moving_role_is_a_change():
    new = edit(
        CLEAN,
        "  winners:\n    - {id: academy, text: Own academy}\n",
        "  winners:\n    - {id: academy, text: Own academy}\n    - {id: honest, text: Honest}\n",
    )
    new = edit(
        new,
        "  personality:\n    - {id: honest, text: Honest}\n",
        "  personality:\n    - {id: calm, text: Calm}\n",
    )
    assert changes(CLEAN, new) == [
        Change(
            "brand_element",
            "honest",
            "changed",
            "Honest",
            (FieldChange("role", "personality", "winner"),),
        ),
        Change(
            "brand_element",
            "calm",
            "added",
            "Calm",
            (FieldChange("role", None, "personality"), FieldChange("text", None, "Calm")),
        ),
    ]


def test_plan_name_proposition_checks_and_stage_order():
    new = edit(CLEAN, "name: Clean plan\n", "name: Clean plan 2027\n  checks: {JP102: off}\n")
    new = edit(
        new,
        "    - {id: find, name: Find}\n    - {id: apply, name: Apply}\n",
        "    - {id: apply, name: Apply}\n    - {id: find, name: Find}\n",
    )
    new = edit(
        new,
        "proposition: People work in technology",
        "proposition: 'People *really* work in technology'",
    )
    assert changes(CLEAN, new) == [
        Change(
            "plan",
            "",
            "changed",
            "Clean plan 2027",
            (
                FieldChange("name", "Clean plan", "Clean plan 2027"),
                FieldChange("checks.JP102", None, "off"),
                FieldChange("stages", ["find", "apply"], ["apply", "find"]),
            ),
        ),
        Change(
            "employer_brand",
            "",
            "changed",
            None,
            (
                FieldChange(
                    "proposition", "People work in technology", "People *really* work in technology"
                ),
            ),
        ),
    ]


def test_trigger_identity_by_from_to_event_and_occurrence():
    # Reordering triggers is not a change.
    lines = CLEAN.splitlines(keepends=True)
    start = lines.index("triggers:\n") + 1
    reordered = "".join(lines[:start] + lines[start:][::-1])
    assert changes(CLEAN, reordered) == []
    # A new event on the same from/to is a change of the event, not remove + add.
    new = edit(
        CLEAN,
        "{from: ack, to: hire, event: selected}",
        "{from: ack, to: hire, event: selected after interview, delay: 2d}",
    )
    assert changes(CLEAN, new) == [
        Change(
            "trigger",
            "ack -> hire",
            "changed",
            "selected after interview",
            (
                FieldChange("event", "selected", "selected after interview"),
                FieldChange("delay", None, "2d"),
            ),
        ),
    ]
    # A second trigger between the same touchpoints with the same event is #2.
    twice = edit(
        CLEAN,
        "  - {from: ack, to: hire, event: selected}\n",
        "  - {from: ack, to: hire, event: selected}\n"
        "  - {from: ack, to: hire, event: selected, condition: second round}\n",
    )
    assert changes(CLEAN, twice) == [
        Change(
            "trigger",
            "ack -> hire #2",
            "added",
            "selected",
            (
                FieldChange("event", None, "selected"),
                FieldChange("condition", None, "second round"),
            ),
        ),
    ]
    removed = edit(CLEAN, "  - {from: ack, to: reject, event: not selected}\n", "")
    assert changes(CLEAN, removed) == [
        Change("trigger", "ack -> reject", "removed", "not selected")
    ]


def test_no_plan_on_one_side_is_everything_added_or_removed():
    plan = result_of(CLEAN).plan
    added = diff_plans(None, plan)
    assert [(c.kind, c.id, c.change) for c in added] == [
        ("plan", "", "added"),
        ("employer_brand", "", "added"),
        ("stage", "find", "added"),
        ("stage", "apply", "added"),
        ("brand_element", "fair-pay", "added"),
        ("brand_element", "academy", "added"),
        ("brand_element", "honest", "added"),
        ("target_group", "techs", "added"),
        ("persona", "sam", "added"),
        ("channel", "insta", "added"),
        ("channel", "whatsapp", "added"),
        ("touchpoint", "video", "added"),
        ("touchpoint", "apply", "added"),
        ("touchpoint", "ack", "added"),
        ("touchpoint", "reject", "added"),
        ("touchpoint", "hire", "added"),
        ("trigger", "video -> apply", "added"),
        ("trigger", "apply -> ack", "added"),
        ("trigger", "ack -> reject", "added"),
        ("trigger", "ack -> hire", "added"),
    ]
    removed = diff_plans(plan, None)
    assert len(removed) == len(added)
    assert all(c.change == "removed" and c.fields == () for c in removed)
    assert diff_plans(None, None) == []


def test_verdict_changes_and_new_and_fixed_findings():
    # Break question 4 (the ack becomes a dead end) and question 2 (no motivations).
    broken = edit(
        CLEAN,
        "  - {from: ack, to: reject, event: not selected}\n"
        "  - {from: ack, to: hire, event: selected}\n",
        "",
    )
    broken = edit(broken, "    motivations: [craft]\n", "")
    d = diff_results(result_of(CLEAN), result_of(broken))
    assert d.checklist == [
        VerdictChange("sam", 2, "pass", "warn"),
        VerdictChange("sam", 3, "pass", "fail"),
        VerdictChange("sam", 4, "pass", "fail"),
    ]
    assert [(f.code, f.subject) for f in d.new_findings] == [
        ("JP203", "sam"),
        ("JP404", "ack"),
        ("JP403", "reject"),
        ("JP303", "hire"),
        ("JP403", "hire"),
    ]
    assert d.fixed_findings == []
    back = diff_results(result_of(broken), result_of(CLEAN))
    assert [(f.code, f.subject) for f in back.fixed_findings] == [
        (f.code, f.subject) for f in d.new_findings
    ]
    assert back.new_findings == []
    assert [(v.old, v.new) for v in back.checklist] == [(v.new, v.old) for v in d.checklist]


def test_added_persona_verdicts_come_from_nothing():
    new = edit(
        CLEAN,
        "    channels: [insta, whatsapp]\n",
        "    channels: [insta, whatsapp]\n  - id: kim\n    name: Kim\n"
        "    target_group: techs\n    motivations: [pay]\n"
        "    channels: [insta, whatsapp]\n",
    )
    d = diff_results(result_of(CLEAN), result_of(new))
    assert [(v.persona, v.question, v.old, v.new) for v in d.checklist] == [
        ("kim", q, None, "pass") for q in range(1, 6)
    ]


def test_findings_match_across_line_shifts_not_by_line():
    path = EXAMPLES / "broken" / "plan.yaml"
    text = path.read_text(encoding="utf-8")
    old = check_plan(path)
    shifted = check_files(
        Path("."), [read_plan_bytes("plan.yaml", ("# one\n# two\n# three\n" + text).encode())]
    )
    assert [f.location.line for f in shifted.findings] != [f.location.line for f in old.findings]
    d = diff_results(old, shifted)
    assert d.is_empty, d


def test_finding_identity_ignores_where_the_first_duplicate_is():
    dup = b"channels:\n  - {id: insta, name: Instagram again, type: social}\n"

    def two_files(prefix: str):
        return check_files(
            Path("."),
            [read_plan_bytes("a.yaml", (prefix + CLEAN).encode()), read_plan_bytes("b.yaml", dup)],
        )

    a, b = two_files(""), two_files("\n\n")
    (fa,) = [f for f in a.findings if f.code == "JP006"]
    (fb,) = [f for f in b.findings if f.code == "JP006"]
    assert fa.args["first"] != fb.args["first"]
    assert finding_identity(fa) == finding_identity(fb)


@pytest.mark.parametrize("name", ["technical-staffing", "starter", "broken"])
def test_examples_against_themselves_and_against_nothing(name):
    r = check_plan(EXAMPLES / name)
    assert diff_results(r, r).is_empty
    d = diff_results(None, r)
    assert d.new_findings == r.findings
    assert all(c.change == "added" for c in d.changes)
    assert diff_plans(None, r.plan) == diff_plans(None, check_plan(EXAMPLES / name).plan)


def test_an_unreadable_file_compares_structure_only(tmp_path):
    """A version with a file that cannot be read has no checklist: nothing shows as fixed
    or as a verdict change merely because it was not evaluated."""
    broken = edit(CLEAN, "    motivations: [craft]\n", "")  # a JP203 warning in the old
    old = result_of(broken)
    new = check_files(
        Path("."),
        [
            read_plan_bytes("plan.yaml", CLEAN.encode()),
            read_plan_bytes("z.yaml", b'touchpoints: [{name: "oops\n'),
        ],
    )
    d = diff_results(old, new)
    assert d.unread == ["z.yaml"]
    assert d.checklist == [] and d.fixed_findings == []
    assert [f.code for f in d.new_findings] == ["JP001"]
