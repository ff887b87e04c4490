"""Plans in several files: list sections concatenated in sorted path order, single-file
sections declared once, hidden folders and the render folder skipped, empty files and
files that are not a mapping reported."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from journeyplan.errors import PlanPathError
from journeyplan.source.discover import discover
from tests.common import CLEAN, edit, line_of, report, write_plan

MAIN = edit(
    CLEAN,
    "personas:\n  - id: sam\n    name: Sam\n    target_group: techs\n"
    "    motivations: [craft]\n    channels: [insta, whatsapp]\n",
    "",
)
PERSONA = "  - {{id: {id}, target_group: techs, motivations: [m], channels: [insta, whatsapp]}}\n"


def people(*ids: str) -> str:
    return "personas:\n" + "".join(PERSONA.format(id=i) for i in ids)


def base(root, **extra):
    """CLEAN without its persona in main.yaml, plus EXTRA files."""
    return write_plan(root, {"main.yaml": MAIN, **extra})


def test_list_sections_concatenate_in_sorted_path_order(tmp_path):
    base(
        tmp_path,
        **{
            "people/20-later.yaml": people("zoe", "abe"),
            "people/10-first.yaml": people("yan"),
            "people/sub/05.yml": people("xia"),
            "aardvark.yaml": people("wim"),
        },
    )
    result = check_plan(tmp_path)
    assert report(result) == []
    # aardvark.yaml < main.yaml < people/10-first.yaml < people/20-later.yaml
    # < people/sub/05.yml; order within a file kept
    assert [p.id for p in result.plan.personas] == ["wim", "yan", "zoe", "abe", "xia"]
    assert [pid for pid, _ in result.checklist] == ["wim", "yan", "zoe", "abe", "xia"]
    assert result.plan.files == [
        "aardvark.yaml",
        "main.yaml",
        "people/10-first.yaml",
        "people/20-later.yaml",
        "people/sub/05.yml",
    ]


def test_each_element_remembers_its_file(tmp_path):
    base(tmp_path, **{"people/p.yaml": "# the people\n" + people("yan")})
    plan = check_plan(tmp_path).plan
    assert (plan.personas[0].file, plan.personas[0].pos) == ("people/p.yaml", (3, 5))
    assert plan.channels[0].file == "main.yaml"


@pytest.mark.parametrize("section", ["plan", "employer_brand"])
def test_single_file_section_declared_twice_points_at_the_second(tmp_path, section):
    second = (
        f"# a copy\n{section}:\n  name: Other\n"
        if section == "plan"
        else f"# a copy\n{section}:\n  proposition: Other\n"
    )
    write_plan(tmp_path, {"plan.yaml": CLEAN, "zz/copy.yaml": second})
    result = check_plan(tmp_path)
    assert report(result) == [("JP015", None, "error", 2, 1)]
    assert result.findings[0].location.file == "zz/copy.yaml"
    first = line_of(CLEAN, f"{section}:")
    assert result.findings[0].args["first"] == f"plan.yaml:{first}:1"
    # the first declaration is the one that counts
    assert result.plan.name == "Clean plan"
    assert result.plan.brand.proposition == "People work in technology"


def test_second_declaration_in_an_earlier_sorted_file_is_the_one_reported(tmp_path):
    # sorted path order decides which is "second": b.yaml comes after a/plan.yaml
    first = edit(CLEAN[: CLEAN.index("employer_brand:")], "Clean plan", "First")
    write_plan(tmp_path, {"b.yaml": CLEAN, "a/plan.yaml": first})
    result = check_plan(tmp_path)
    assert report(result) == [("JP015", None, "error", 1, 1)]
    assert result.findings[0].location.file == "b.yaml"
    assert result.plan.name == "First"


def test_hidden_folders_and_render_folder_are_skipped(tmp_path):
    broken = "plan: [this is: not, a plan\n"
    write_plan(
        tmp_path,
        {
            "plan.yaml": CLEAN,
            ".git/config.yaml": broken,
            ".venv/lib/site.yml": broken,
            "sub/.cache/x.yaml": broken,
            ".hidden.yaml": broken,
            "journey-maps/overview.yaml": broken,
            "notes.txt": broken,
            "plan.yaml.bak": broken,
        },
    )
    result = check_plan(tmp_path)
    assert report(result) == []
    assert result.plan.files == ["plan.yaml"]


def test_discover_lists_yaml_and_yml_only(tmp_path):
    write_plan(tmp_path, {"a.yml": "{}", "b.yaml": "{}", "c.YAML.txt": "{}", "d.json": "{}"})
    base_dir, files = discover(tmp_path)
    assert base_dir == tmp_path
    assert [f.name for f in files] == ["a.yml", "b.yaml"]


def test_folder_with_only_skipped_yaml_is_not_a_plan(tmp_path):
    write_plan(tmp_path, {".git/x.yaml": CLEAN, "journey-maps/y.yaml": CLEAN})
    with pytest.raises(PlanPathError) as info:
        check_plan(tmp_path)
    assert info.value.key == "path-no-yaml"


def test_empty_file_is_a_warning_and_exit_0(tmp_path):
    write_plan(tmp_path, {"plan.yaml": CLEAN, "todo.yaml": ""})
    result = check_plan(tmp_path)
    assert report(result) == [("JP011", None, "warning", 1, 1)]
    assert result.findings[0].location.file == "todo.yaml"
    assert result.checklist[0][1] == {q: "pass" for q in range(1, 6)}
    assert CliRunner().invoke(app, ["check", str(tmp_path)]).exit_code == 0


def test_top_level_list_is_an_error_and_exit_1(tmp_path):
    write_plan(tmp_path, {"plan.yaml": CLEAN, "extra/list.yaml": "- id: a\n- id: b\n"})
    result = check_plan(tmp_path)
    assert report(result) == [("JP012", None, "error", 1, 1)]
    assert result.findings[0].location.file == "extra/list.yaml"
    assert CliRunner().invoke(app, ["check", str(tmp_path)]).exit_code == 1


def test_broken_file_holds_the_checklist_back(tmp_path):
    # the unread file might hold personas or touchpoints: the checklist is not evaluated
    write_plan(tmp_path, {"plan.yaml": CLEAN, "later.yaml": "personas: [\n"})
    result = check_plan(tmp_path)
    assert [r[0] for r in report(result)] == ["JP001"]
    assert result.findings[0].location.file == "later.yaml"
    assert result.checklist == [] and result.unread == ["later.yaml"]


def test_references_resolve_across_files(tmp_path):
    base(tmp_path, **{"people.yaml": people("yan").replace("techs", "tech")})
    result = check_plan(tmp_path)
    assert [(f.code, f.location.file) for f in result.findings] == [
        ("JP103", "main.yaml"),
        ("JP007", "people.yaml"),
        ("JP202", "people.yaml"),
    ]


def test_duplicate_id_across_files_names_the_first_file(tmp_path):
    base(tmp_path, **{"a.yaml": people("yan"), "b/c.yaml": people("yan")})
    result = check_plan(tmp_path)
    assert report(result) == [("JP006", None, "error", 2, 10)]
    assert result.findings[0].location.file == "b/c.yaml"
    assert result.findings[0].args["first"] == "a.yaml:2:10"
