"""Plan structure (no checklist question): JP001-JP016 and JP018, one passing and one failing
case each, asserting code, question (None), severity and the exact line and column.

JP017 (unused suppression) belongs to the suppression feature and is tested there."""

from __future__ import annotations

import os

import pytest

from journeyplan.check.pipeline import check_plan
from journeyplan.source.compose import MAX_DEPTH, MAX_FILE_BYTES
from tests.common import CLEAN, check_text, edit, line_of, report, text_of, write_plan


def codes(result) -> set[str]:
    return {f.code for f in result.findings}


def test_clean_plan_has_no_structural_finding(tmp_path):
    assert report(check_text(tmp_path, CLEAN)) == []


# --------------------------------------------------------------------------- JP001
def check_beside_clean(tmp_path, name: str, content: str | bytes):
    """Check a folder holding the CLEAN plan and one more file NAME: the findings of a file
    that cannot be read at all, without the plan-wide ones of a plan that lost its content."""
    write_plan(tmp_path, {"plan.yaml": CLEAN, name: content})
    result = check_plan(tmp_path)
    assert {f.location.file for f in result.findings} <= {name}
    return result


def test_jp001_yaml_syntax_error_tab_indentation(tmp_path):
    result = check_beside_clean(tmp_path, "more.yaml", "target_groups:\n\t- id: x\n")
    assert report(result) == [("JP001", None, "error", 2, 1)]
    assert text_of(result, "JP001")[0].startswith("YAML syntax error: ")


def test_jp001_unclosed_flow_sequence(tmp_path):
    text = "target_groups: [{id: a}\npersonas: []\n"
    result = check_beside_clean(tmp_path, "more.yaml", text)
    # the parser notices the missing ']' where the next key starts (2:1); the finding is
    # where the '[' opens (issue 16, item 7), and says where the parser noticed it
    assert report(result) == [("JP001", None, "error", 1, 16)]
    [message] = text_of(result, "JP001")
    # said for a reader, not in libyaml's words
    assert message == (
        "YAML syntax error: the '[' here is never closed (the parser noticed it at line 2, "
        "column 1): put ']' after its last item"
    )


def test_jp001_second_document(tmp_path):
    result = check_beside_clean(tmp_path, "more.yaml", "channels: []\n---\nchannels: []\n")
    assert report(result) == [("JP001", None, "error", 2, 1)]


def test_jp001_single_file_syntax_error(tmp_path):
    # a plan file that does not parse says nothing about what the plan lacks: the syntax
    # error is the only finding (no "no target groups / personas / brand" noise)
    result = check_text(tmp_path, "plan:\n\tname: Tabs\n")
    assert report(result) == [("JP001", None, "error", 2, 1)]


# --------------------------------------------------------------------------- JP002
def test_jp002_duplicate_key_block(tmp_path):
    text = edit(CLEAN, "    name: Sam\n", "    name: Sam\n    name: Sammy\n")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP002", None, "error", line_of(text, "name: Sammy"), 5)]
    assert text_of(result, "JP002") == ["duplicate key 'name' (first at plan.yaml:20:5)"]


def test_jp002_duplicate_key_flow(tmp_path):
    text = edit(CLEAN, "type: social}", "type: social, type: social}")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP002", None, "error", line_of(text, "{id: insta"), 48)]


def test_jp002_duplicate_section(tmp_path):
    text = CLEAN + "plan:\n  name: Again\n"
    result = check_text(tmp_path, text)
    assert report(result) == [("JP002", None, "error", line_of(text, "name: Again") - 1, 1)]


# --------------------------------------------------------------------------- JP003
def test_jp003_unknown_key_with_did_you_mean(tmp_path):
    text = edit(
        CLEAN, "    motivations: [craft]\n", "    motivations: [craft]\n    frustration: [forms]\n"
    )
    result = check_text(tmp_path, text)
    assert report(result) == [("JP003", None, "error", line_of(text, "frustration:"), 5)]
    assert text_of(result, "JP003") == ["unknown key 'frustration' (did you mean 'frustrations'?)"]


def test_jp003_unknown_section(tmp_path):
    text = CLEAN + "persona:\n  - id: kim\n"
    result = check_text(tmp_path, text)
    assert report(result) == [("JP003", None, "error", line_of(text, "persona:"), 1)]
    assert text_of(result, "JP003") == ["unknown key 'persona' (did you mean 'personas'?)"]


def test_jp003_known_optional_keys_pass(tmp_path):
    text = edit(
        CLEAN,
        "    motivations: [craft]\n",
        "    motivations: [craft]\n    frustrations: [forms]\n    job_search: latent\n",
    )
    assert report(check_text(tmp_path, text)) == []


# --------------------------------------------------------------------------- JP004
def test_jp004_text_where_a_list_belongs(tmp_path):
    text = edit(CLEAN, "motivations: [craft]", "motivations: craft")
    result = check_text(tmp_path, text)
    # the motivations are written, only not as a list: no JP203 saying there are none
    # (issue 16, item 5: one slip is one finding)
    assert report(result) == [
        ("JP004", None, "error", line_of(text, "motivations: craft"), 18),
    ]
    assert text_of(result, "JP004") == ["wrong type: expected a list, got text"]


def test_jp004_true_is_not_text(tmp_path):
    text = edit(CLEAN, "    name: Technicians", "    name: true")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP004", None, "error", line_of(text, "name: true"), 11)]
    assert text_of(result, "JP004") == ["wrong type: expected text, got true/false"]


def test_jp004_number_as_text_passes(tmp_path):
    text = edit(CLEAN, "name: Clean plan", "name: 2027")
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert result.plan.name == "2027"


def test_jp004_non_text_mapping_key(tmp_path):
    text = CLEAN + "? [a, b]\n: c\n"
    result = check_text(tmp_path, text)
    assert report(result) == [("JP004", None, "error", line_of(text, "? [a, b]"), 3)]


# --------------------------------------------------------------------------- JP005
def test_jp005_invalid_id(tmp_path):
    text = edit(CLEAN, "  - id: sam", "  - id: Sam Smith")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP005", None, "error", line_of(text, "id: Sam Smith"), 9)]


@pytest.mark.parametrize("good", ["a", "0", "a-b_c", "x" * 64, "9to5"])
def test_jp005_valid_ids_pass(tmp_path, good):
    text = edit(CLEAN, "  - id: sam", f"  - id: '{good}'")
    assert report(check_text(tmp_path, text)) == []


@pytest.mark.parametrize("bad", ["-a", "_a", "a b", "A", "x" * 65, "é", "a.b"])
def test_jp005_invalid_ids(tmp_path, bad):
    text = edit(CLEAN, "  - id: sam", f"  - id: '{bad}'")
    assert report(check_text(tmp_path, text)) == [
        ("JP005", None, "error", line_of(text, "  - id: '"), 9)
    ]


def test_jp005_reserved_persona_id(tmp_path):
    text = edit(CLEAN, "  - id: sam", "  - id: overview")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP005", None, "error", line_of(text, "id: overview"), 9)]
    assert text_of(result, "JP005") == [
        "the persona id 'overview' is reserved (it names the overview map)"
    ]


def test_jp005_overview_is_fine_for_other_kinds(tmp_path):
    text = edit(CLEAN, "  - id: techs", "  - id: overview")
    text = edit(text, "target_group: techs", "target_group: overview")
    assert report(check_text(tmp_path, text)) == []


# --------------------------------------------------------------------------- JP006
def test_jp006_duplicate_id(tmp_path):
    text = edit(
        CLEAN,
        "channels:\n  - {id: insta",
        "channels:\n  - {id: insta, name: Insta again, type: social}\n  - {id: insta",
    )
    result = check_text(tmp_path, text)
    second = line_of(text, "{id: insta, name: Instagram")
    assert report(result) == [("JP006", None, "error", second, 10)]
    assert text_of(result, "JP006") == [
        f"duplicate channel id 'insta' (first defined at plan.yaml:{second - 1}:10)"
    ]


def test_jp006_brand_elements_share_one_id_space(tmp_path):
    text = edit(
        CLEAN,
        "    - {id: honest, text: Honest}\n",
        "    - {id: honest, text: Honest}\n    - {id: academy, text: Proud}\n",
    )
    result = check_text(tmp_path, text)
    assert report(result) == [("JP006", None, "error", line_of(text, "text: Proud"), 12)]
    assert text_of(result, "JP006") == [
        "duplicate brand element id 'academy' (first defined at plan.yaml:11:12)"
    ]


def test_jp006_same_id_in_different_kinds_passes(tmp_path):
    # a persona and a channel may share an id
    text = edit(CLEAN, "  - id: sam", "  - id: insta")
    assert report(check_text(tmp_path, text)) == []


# --------------------------------------------------------------------------- JP007
def test_jp007_dangling_reference_in_a_list(tmp_path):
    text = edit(CLEAN, "brand: [academy, honest]", "brand: [academy, honset]")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP007", None, "error", line_of(text, "honset"), 89)]
    assert text_of(result, "JP007") == [
        "brand element 'honset' does not exist (did you mean 'honest'?)"
    ]


def test_jp007_dangling_trigger_end(tmp_path):
    text = edit(CLEAN, "{from: apply, to: ack,", "{from: apply, to: akc,")
    result = check_text(tmp_path, text)
    # the trigger is dropped, so the application is no longer acknowledged (JP507)
    # and nothing leads to the acknowledgement (JP403); the rejection and the hire
    # after it become unreachable too (JP403, and JP303 for the conversion point)
    assert report(result) == [
        ("JP507", 5, "error", line_of(text, "name: Apply, stage"), 10),
        ("JP403", 4, "error", line_of(text, "{id: ack"), 10),
        ("JP403", 4, "error", line_of(text, "{id: reject"), 10),
        ("JP303", 3, "error", line_of(text, "{id: hire"), 10),
        ("JP403", 4, "error", line_of(text, "{id: hire"), 10),
        ("JP007", None, "error", line_of(text, "to: akc"), 23),
    ]
    assert text_of(result, "JP007") == ["touchpoint 'akc' does not exist (did you mean 'ack'?)"]


# --------------------------------------------------------------------------- JP008
def test_jp008_not_a_duration(tmp_path):
    text = edit(CLEAN, "response_time: 2h}", "response_time: asap}")
    result = check_text(tmp_path, text)
    line = line_of(text, "asap")
    # the response time is written, only not as a duration: no JP510 saying the channel
    # declares none (issue 16, item 5: one slip is one finding)
    assert report(result) == [
        ("JP008", None, "error", line, 68),
    ]


@pytest.mark.parametrize(
    "duration", ["30m", "4h", "1.5h", "1d", "24h", "PT4H", "P1D", "PT30M", "PT24H", "0m"]
)
def test_jp008_durations_pass(tmp_path, duration):
    text = edit(CLEAN, "response_time: 2h}", f"response_time: {duration}}}")
    assert report(check_text(tmp_path, text)) == []


@pytest.mark.parametrize("bad", ["soon", "4", "4 hours", "P", "PT", "-4h", "4x"])
def test_jp008_non_durations(tmp_path, bad):
    text = edit(CLEAN, "response_time: 2d}", f"response_time: '{bad}'}}")
    result = check_text(tmp_path, text)
    line = line_of(text, f"'{bad}'")
    # the acknowledgement's promise is written, only not as a duration: no JP507 saying
    # the application is not acknowledged (issue 16, item 5: one slip is one finding)
    assert report(result) == [
        ("JP008", None, "error", line, 74),
    ]


# --------------------------------------------------------------------------- JP009
def test_jp009_value_not_allowed(tmp_path):
    text = edit(CLEAN, "type: social}", "type: socials}")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP009", None, "error", line_of(text, "socials"), 40)]
    assert text_of(result, "JP009")[0].endswith("(did you mean 'social'?)")


def test_jp009_rate_out_of_range(tmp_path):
    text = edit(CLEAN, "{goal: hire}", "{goal: hire, target_rate: 1.5}")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP009", None, "error", line_of(text, "1.5"), 99)]
    assert text_of(result, "JP009") == ["'1.5' is out of range; allowed: 0 .. 1"]


def test_jp009_rate_in_range_passes(tmp_path):
    text = edit(CLEAN, "{goal: hire}", "{goal: hire, target_rate: 1}")
    assert report(check_text(tmp_path, text)) == []


# --------------------------------------------------------------------------- JP010
def test_jp010_missing_required_key(tmp_path):
    text = edit(CLEAN, "triggers:\n", "triggers:\n  - {from: hire, event: onboarding}\n")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP010", None, "error", line_of(text, "onboarding"), 5)]
    assert text_of(result, "JP010") == ["missing required key 'to'"]


def test_jp010_plan_without_name(tmp_path):
    text = edit(CLEAN, "  name: Clean plan\n", "  organisation: Acme\n")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP010", None, "error", line_of(text, "organisation"), 3)]


# --------------------------------------------------------------------------- JP011
def test_jp011_empty_file_is_a_warning(tmp_path):
    write_plan(tmp_path, {"plan.yaml": CLEAN, "notes.yaml": "# nothing yet\n"})
    result = check_plan(tmp_path)
    assert report(result) == [("JP011", None, "warning", 1, 1)]
    assert result.findings[0].location.file == "notes.yaml"


def test_jp011_file_with_only_null(tmp_path):
    write_plan(tmp_path, {"plan.yaml": CLEAN, "empty.yml": "---\n...\n"})
    assert report(check_plan(tmp_path)) == [("JP011", None, "warning", 1, 1)]


# --------------------------------------------------------------------------- JP012
def test_jp012_top_level_list(tmp_path):
    write_plan(tmp_path, {"plan.yaml": CLEAN, "extra.yaml": "# a list\n- id: a\n"})
    result = check_plan(tmp_path)
    assert report(result) == [("JP012", None, "error", 2, 1)]
    assert text_of(result, "JP012") == [
        "the top level of a plan file must be a mapping of sections, not a list"
    ]


def test_jp012_top_level_scalar(tmp_path):
    write_plan(tmp_path, {"plan.yaml": CLEAN, "extra.yaml": "just text\n"})
    assert report(check_plan(tmp_path)) == [("JP012", None, "error", 1, 1)]


# --------------------------------------------------------------------------- JP013
def test_jp013_non_core_tag(tmp_path):
    text = edit(
        CLEAN, "description: Vocational technicians", "description: !vocational technicians"
    )
    result = check_text(tmp_path, text)
    line = line_of(text, "!vocational")
    # the description is not used, so JP102 (question 1) follows
    assert report(result) == [
        ("JP102", 1, "warning", line_of(text, "id: techs"), 9),
        ("JP013", None, "error", line, 18),
    ]


def test_jp013_core_tags_pass(tmp_path):
    text = edit(
        CLEAN,
        "description: Vocational technicians",
        "description: !!str Vocational technicians\n    size: !!int 1200",
    )
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert result.plan.target_groups[0].size == 1200


# --------------------------------------------------------------------------- JP014
def test_jp014_nesting_too_deep(tmp_path):
    text = "# deep\nchannels:\n  - " + "- " * (MAX_DEPTH + 5) + "x\n"
    result = check_beside_clean(tmp_path, "deep.yaml", text)
    # depth 1 is the top mapping, then one sequence per '-' (the first at column 3):
    # the sequence at depth MAX_DEPTH + 1 is the MAX_DEPTH-th one
    assert report(result) == [("JP014", None, "error", 3, 3 + 2 * (MAX_DEPTH - 1))]
    assert text_of(result, "JP014") == [
        f"nesting is deeper than {MAX_DEPTH} levels; a plan needs fewer than 10"
    ]


def test_jp014_file_too_large(clean):
    with (clean / "huge.yaml").open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: costs nothing
    result = check_plan(clean)
    assert report(result) == [("JP014", None, "error", 1, 1)]
    assert result.findings[0].location.file == "huge.yaml"


def test_jp014_alias_bomb(tmp_path):
    items = ", ".join(["a"] * 1000)
    personas = "\n".join(["  - *p"] * 1000)
    text = f"personas:\n  - &p {{id: p, motivations: &m [{items}]}}\n{personas}\n"
    result = check_text(tmp_path, text)
    jp014 = [r for r in report(result) if r[0] == "JP014"]
    assert len(jp014) == 1
    assert jp014[0][:4] == ("JP014", None, "error", 2)  # inside the anchored list
    assert text_of(result, "JP014")[0].startswith("aliases expand to more than")


def test_jp014_aliases_within_bounds_pass(tmp_path):
    text = edit(CLEAN, "motivations: [craft]", "motivations: &m [craft]")
    text = edit(
        text,
        "description: Vocational technicians",
        "description: Vocational technicians\n  - id: juniors\n    description: Juniors",
    )
    text = edit(
        text,
        "channels:\n  - {id: insta",
        "  - {id: jo, target_group: juniors, "
        "motivations: *m, channels: [insta, whatsapp]}\nchannels:\n  - {id: insta",
    )
    result = check_text(tmp_path, text)
    assert report(result) == []
    assert result.plan.personas[1].motivations == ["craft"]


# --------------------------------------------------------------------------- JP015
def test_jp015_plan_declared_twice_points_at_the_second(tmp_path):
    write_plan(tmp_path, {"a.yaml": CLEAN, "b/more.yaml": "\n# again\nplan:\n  name: Two\n"})
    result = check_plan(tmp_path)
    assert report(result) == [("JP015", None, "error", 3, 1)]
    assert result.findings[0].location.file == "b/more.yaml"
    assert text_of(result, "JP015") == [
        "section 'plan' is already declared at a.yaml:1:1; it may be declared in one file only"
    ]


def test_jp015_employer_brand_declared_twice(tmp_path):
    write_plan(tmp_path, {"a.yaml": CLEAN, "z.yaml": "employer_brand:\n  proposition: x\n"})
    result = check_plan(tmp_path)
    assert report(result) == [("JP015", None, "error", 1, 1)]
    assert result.findings[0].location.file == "z.yaml"
    assert result.plan.brand.proposition == "People work in technology"


def test_jp015_list_sections_in_several_files_pass(tmp_path):
    head, _, rest = CLEAN.partition("channels:\n")
    write_plan(tmp_path, {"a.yaml": head, "b.yaml": "channels:\n" + rest})
    assert report(check_plan(tmp_path)) == []


# --------------------------------------------------------------------------- JP016
def test_jp016_not_utf8(tmp_path):
    write_plan(tmp_path, {"plan.yaml": CLEAN, "latin1.yaml": b"plan: {name: caf\xe9}\n"})
    result = check_plan(tmp_path)
    assert report(result) == [("JP016", None, "error", 1, 17)]
    assert text_of(result, "JP016") == [
        "the file is not UTF-8: byte 0xe9 here is 'é' in Windows-1252 (Latin-1), the encoding "
        "Word and e-mail programs save text in; save the file as UTF-8"
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_jp016_unreadable_file_has_no_line(clean, tmp_path):
    (clean / "gone.yaml").symlink_to(tmp_path / "missing-target.yaml")
    result = check_plan(clean)
    assert report(result) == [("JP016", None, "error", None, None)]
    assert result.findings[0].location.file == "gone.yaml"


def test_jp016_utf8_with_bom_passes(tmp_path):
    (tmp_path / "plan.yaml").write_bytes(b"\xef\xbb\xbf" + CLEAN.encode("utf-8"))
    assert report(check_plan(tmp_path)) == []


# --------------------------------------------------------------------------- JP018
def test_jp018_unknown_rule_code_in_checks(tmp_path):
    text = edit(
        CLEAN,
        "  name: Clean plan\n",
        "  name: Clean plan\n  checks:\n    JP405: off\n    JP4O5: off\n",
    )
    result = check_text(tmp_path, text)
    assert report(result) == [("JP018", None, "error", line_of(text, "JP4O5"), 5)]
    assert text_of(result, "JP018") == [
        "unknown rule code 'JP4O5' in plan.checks (did you mean 'JP405'?)"
    ]


def test_jp018_known_codes_pass_and_apply(tmp_path):
    text = edit(
        CLEAN, "  name: Clean plan\n", "  name: Clean plan\n  checks: {JP102: error, JP510: off}\n"
    )
    text = edit(text, "    description: Vocational technicians\n", "")
    text = edit(text, ", response_time: 2h}", "}")
    result = check_text(tmp_path, text)
    # JP102 raised to an error; JP510 switched off
    assert report(result) == [("JP102", 1, "error", line_of(text, "id: techs"), 9)]


def test_jp009_unknown_level_in_checks(tmp_path):
    text = edit(CLEAN, "  name: Clean plan\n", "  name: Clean plan\n  checks: {JP405: of}\n")
    result = check_text(tmp_path, text)
    assert report(result) == [("JP009", None, "error", line_of(text, "JP405: of"), 19)]
    assert text_of(result, "JP009")[0].endswith("(did you mean 'off'?)")
