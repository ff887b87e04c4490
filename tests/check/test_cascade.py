"""Root causes first (issue 16, item 4): a finding that only follows from another is folded
under it, in every format; counts and the exit code still see every finding (the verdicts
count a consequence without a persona only where its cause is: test_verdicts.py)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from journeyplan.check.pipeline import check_plan
from journeyplan.cli import app
from tests.common import CLEAN, EXAMPLES, check_text, edit, line_of, write_plan

runner = CliRunner()
STARTER = (EXAMPLES / "starter" / "plan.yaml").read_text(encoding="utf-8")
TYPO = edit(STARTER, "{from: chat, to: apply,", "{from: chat, to: aply,")


def tree(findings, top: bool = True) -> list:
    """(code, line, [consequences as trees]) of each finding that follows from no other
    (TOP) or of each of FINDINGS; a leaf is (code, line)."""
    if top:
        inner = {id(c) for f in findings for c in f.every_consequence()}
        findings = [f for f in findings if id(f) not in inner]
    out = []
    for f in findings:
        where = f.location.line if f.location else None
        leaf = (f.code, where)
        out.append((*leaf, tree(f.consequences, False)) if f.consequences else leaf)
    return out


def test_a_typo_in_a_trigger_is_one_finding_with_its_consequences_under_it(tmp_path):
    result = check_text(tmp_path, TYPO)
    line = line_of(TYPO, "to: aply")
    at = {tp: line_of(TYPO, f"- id: {tp}") for tp in ("chat", "apply", "ack", "interview")}
    at |= {tp: line_of(TYPO, f"- id: {tp}") for tp in ("offer", "rejection")}
    assert tree(result.findings) == [
        (
            "JP007",
            line,
            [
                ("JP404", at["chat"]),  # chat's trigger was the one with the typo
                ("JP303", at["apply"], [("JP403", at["apply"])]),  # one fact, told once
                ("JP403", at["ack"]),
                ("JP403", at["interview"]),
                ("JP303", at["offer"], [("JP403", at["offer"])]),
                ("JP403", at["rejection"]),
            ],
        )
    ]
    # every finding stays in its place, in the spec's order; the cause holds the others
    assert [f.location.line for f in result.findings] == sorted(
        f.location.line for f in result.findings
    )
    root = next(f for f in result.findings if f.code == "JP007")
    assert root.args["suggestion"] == "apply"
    # what the plan is does not change: every error counts, the verdicts still fail
    assert len(result.findings) == 9
    assert result.count("error") == 9 and result.folded == 8
    assert result.checklist == [("daan", {1: "pass", 2: "pass", 3: "fail", 4: "fail", 5: "pass"})]


def test_text_shows_the_cause_first_and_what_follows_under_it(tmp_path):
    text = edit(TYPO, "    size: 4000\n", "    size: 4000\n    colour: blue\n")  # an earlier error
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    out = runner.invoke(app, ["check", str(path), "--no-color"])
    assert out.exit_code == 1
    lines = out.stdout.splitlines()
    first = next(i for i, s in enumerate(lines) if s.startswith("plan.yaml:"))
    assert lines[first].startswith(
        f"plan.yaml:{line_of(text, 'to: aply')}:22  JP007  error  touchpoint 'aply' does not "
        "exist (did you mean 'apply'?)"
    )
    cause = f"plan.yaml:{line_of(text, 'to: aply')}:22"
    # every line of a consequence in the finding format, then which finding it follows from
    assert lines[first + 1] == (
        f"plan.yaml:{line_of(text, '- id: chat')}:9  JP404  error  touchpoint 'chat' is a "
        "dead end in daan's journey: no trigger leads on, and it is not a conversion, "
        "rejection or exit"
    )
    assert lines[first + 2] == f"    because of JP007 at {cause}"
    group = lines[first + 1 : first + 17]
    assert [s.split()[1] for s in group[0::2]] == [
        "JP404",
        "JP303",
        "JP403",  # apply: under its JP303
        "JP403",
        "JP403",
        "JP303",
        "JP403",  # offer: under its JP303
        "JP403",
    ]
    apply = f"plan.yaml:{line_of(text, '- id: apply')}:9"
    assert group[1::2] == [f"    because of JP007 at {cause}"] * 2 + [
        f"    because of JP303 at {apply}"
    ] + [f"    because of JP007 at {cause}"] * 3 + [
        f"    because of JP303 at plan.yaml:{line_of(text, '- id: offer')}:9",
        f"    because of JP007 at {cause}",
    ]
    # then the rest, in the spec's order
    assert lines[first + 17].startswith(f"plan.yaml:{line_of(text, 'colour: blue')}:5  JP003")
    assert lines[-2:] == [
        "8 findings follow from another one and are listed under it.",
        "10 errors, 0 warnings, 0 info",
    ]


def test_json_is_the_spec_document_with_every_finding_in_its_place(tmp_path):
    text = edit(TYPO, "    size: 4000\n", "    size: 4000\n    colour: blue\n")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    out = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert out.exit_code == 1
    doc = json.loads(out.stdout)
    assert doc["summary"] == {"errors": 10, "warnings": 0, "infos": 0}
    findings = doc["findings"]
    assert len(findings) == 10
    assert [(f["line"], f["code"]) for f in findings] == sorted(
        (f["line"], f["code"]) for f in findings
    )
    keys = {"code", "severity", "question", "message", "file", "line", "column", "persona"}
    assert all(set(f) == keys | {"subject"} for f in findings)


def test_sarif_and_github_give_the_consequences_with_the_cause(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text(TYPO, encoding="utf-8")
    sarif = json.loads(runner.invoke(app, ["check", str(path), "--format", "sarif"]).stdout)
    results = sarif["runs"][0]["results"]
    assert len(results) == 9  # every finding is a result, as before
    (result,) = [r for r in results if r["ruleId"] == "JP007"]
    assert result["ruleId"] == "JP007"
    related = result["relatedLocations"]
    assert [r["id"] for r in related] == list(range(1, 9))
    assert related[0]["message"]["text"].startswith("JP404: touchpoint 'chat' is a dead end")
    assert related[0]["physicalLocation"]["region"]["startLine"] == line_of(TYPO, "- id: chat")
    github = runner.invoke(app, ["check", str(path), "--format", "github"]).stdout
    assert github.count("\n") == 9
    (cause,) = [s for s in github.splitlines() if "title=JP007" in s]
    assert cause.endswith(
        "touchpoint 'aply' does not exist (did you mean 'apply'?) "
        "(8 more findings follow from this one)"
    )


def test_a_real_unreachable_conversion_point_is_told_once(tmp_path):
    text = edit(CLEAN, "  - {from: video, to: apply, event: clicked apply}\n", "")
    result = check_text(tmp_path, text)
    apply = line_of(text, "{id: apply, name: Apply, stage")
    codes = tree(result.findings)
    assert ("JP303", apply, [("JP403", apply)]) in codes
    assert ("JP403", apply) not in codes


def test_dutch_lines_under_the_cause(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text(TYPO, encoding="utf-8")
    out = runner.invoke(app, ["check", str(path), "--no-color", "--lang", "nl"]).stdout
    assert "\n    volgt uit JP007 op plan.yaml:" in out
    assert "\n8 bevindingen volgen uit een andere en staan daaronder.\n9 fouten," in out


def test_a_typo_that_was_fixed_is_not_a_cascade(tmp_path):
    assert check_text(tmp_path, STARTER).findings == []


# --------------------------------------------------------------------------- plan twice
def _two_plan_sections(tmp_path, stray: str, main: str = "plan.yaml"):
    """The technical-staffing plan, its plan.yaml renamed MAIN, and a STRAY file with a
    second `plan:` section."""
    root = tmp_path / "plan"
    plan = EXAMPLES / "technical-staffing"
    for path in plan.rglob("*.yaml"):
        rel = path.relative_to(plan).as_posix()
        target = root / (main if rel == "plan.yaml" else rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    text = (root / main).read_text(encoding="utf-8")
    (root / main).write_text(
        text.replace("  max_silence: 10d", "  max_silence: 10d\n  checks: {JP518: off}"),
        encoding="utf-8",
    )
    write_plan(root, {stray: "plan:\n  name: Draft copy\n"})
    return root


@pytest.mark.parametrize("stray", ["zz-draft.yaml", "draft.yaml", "a/plan-old.yaml"])
def test_a_stray_plan_section_is_one_error_on_the_stray_file(tmp_path, stray):
    """plan.yaml holds the plan's `plan:` section: a second one in another file is blamed
    on that file, whether it sorts after plan.yaml or before it (draft.yaml)."""
    result = check_plan(_two_plan_sections(tmp_path, stray))
    assert tree(result.findings) == [("JP015", 1)]
    (f,) = result.findings
    assert f.location.file == stray
    plan_line = line_of((EXAMPLES / "technical-staffing" / "plan.yaml").read_text(), "plan:")
    assert f.args["first"] == f"plan.yaml:{plan_line}:1"
    assert [s.id for s in result.plan.stages] == ["find", "attract", "engage", "bind"]
    assert result.plan.info.checks == {"JP518": "off"}
    assert result.plan.name != "Draft copy"
    out = runner.invoke(app, ["check", str(tmp_path / "plan"), "--no-color"]).stdout
    assert f"{stray}:1:1  JP015  error  section 'plan' is already declared at plan.yaml:" in out


def test_a_second_plan_section_folds_the_stages_it_hides(tmp_path):
    # no file is plan.yaml: the later one (main.yaml) is the second, and the stages it
    # declares are lost with it; the stage references that dangle fold under its JP015
    result = check_plan(_two_plan_sections(tmp_path, "draft.yaml", main="main.yaml"))
    (first,) = [f for f in result.findings if f.code == "JP015"]
    assert (first.code, first.location.file, first.args["first"]) == (
        "JP015",
        "main.yaml",
        "draft.yaml:1:1",
    )
    assert first.consequences and {c.code for c in first.consequences} == {"JP007"}
    assert {c.args["kind"] for c in first.consequences} == {"stage"}
    folded = {id(c) for c in first.consequences}
    assert all(id(f) in folded for f in result.findings if f.code == "JP007")
    out = runner.invoke(app, ["check", str(tmp_path / "plan"), "--no-color"]).stdout
    lines = out.splitlines()
    for i, s in enumerate(lines):  # every stage error shown is shown under the JP015
        if "  JP007  " in s:
            assert lines[i + 1].startswith("    because of JP015 at main.yaml:"), lines[i + 1]
