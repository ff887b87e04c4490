"""``journeyplan diff`` on throwaway git repositories with real commits.

Each test builds a repository in a temp folder (fixed HOME, no system or global config, no
signing) holding examples/technical-staffing at clients/voltwerk/plan and edits it between
commits. git must be installed: these tests are skipped without it locally and fail in CI
(CI=true).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import journeyplan.source.compose as loader
import journeyplan.source.git as gitsource
from journeyplan.cli import app
from tests.common import EXAMPLES

PLAN = "clients/voltwerk/plan"
IDENTITY = [
    "-c",
    "user.name=Test Consultant",
    "-c",
    "user.email=consultant@example.invalid",
    "-c",
    "commit.gpgsign=false",
    "-c",
    "tag.gpgsign=false",
]


class Repo:
    """A throwaway repository at ROOT with the plan at PLAN."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.plan = root / PLAN

    def git(self, *args: str, cwd: Path | None = None) -> str:
        proc = subprocess.run(
            ["git", *IDENTITY, *args],
            cwd=cwd or self.root,
            capture_output=True,
            check=True,
            text=True,
        )
        return proc.stdout

    def commit(self, message: str) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "--no-verify", "-m", message)
        return self.git("rev-parse", "HEAD").strip()

    def edit(self, rel: str, old: str, new: str) -> None:
        path = self.plan / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def repo(tmp_path, monkeypatch, git) -> Repo:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    for var in (
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_OBJECT_DIRECTORY",
        "GIT_CONFIG_GLOBAL",
        "GIT_CONFIG",
        "GIT_NAMESPACE",
    ):
        monkeypatch.delenv(var, raising=False)
    r = Repo(tmp_path / "repo")
    r.root.mkdir()
    r.git("init", "-q")
    shutil.copytree(EXAMPLES / "technical-staffing", r.plan)
    (r.root / "README.md").write_text("Client plans\n", encoding="utf-8")
    r.commit("first version of the plan")
    monkeypatch.chdir(r.root)
    return r


runner = CliRunner()


def jp(*args: str):
    return runner.invoke(app, ["diff", *args])


def jp_json(*args: str, code: int = 0) -> dict:
    result = jp(*args, "--format", "json")
    assert result.exit_code == code, result.output
    return json.loads(result.stdout)


def second_version(r: Repo) -> None:
    """Client feedback round: renamed persona, WhatsApp slower, a new touchpoint that is a
    dead end, an edited trigger event, a removed trigger, a fix-free line shift."""
    r.edit(
        "audience.yaml", "name: Lisa, career switcher from logistics", "name: Lisa, career switcher"
    )
    r.edit(
        "audience.yaml",
        "channels: [indeed, career-site, whatsapp, workshop, email]",
        "channels: [indeed, career-site, whatsapp, workshop, email, facebook]",
    )
    r.edit("channels.yaml", "response_time: 2h", "response_time: 1d")
    r.edit(
        "journeys/lisa.yaml",
        "  - id: lisa-apply\n",
        "  - id: lisa-webinar\n    name: Evening webinar\n    stage: attract\n"
        "    channel: facebook\n    personas: [lisa]\n\n  - id: lisa-apply\n",
    )
    r.edit("journeys/lisa.yaml", "event: wants to try first", "event: wants to try it first")
    r.edit(
        "journeys/lisa.yaml",
        "  - from: lisa-tryout-day\n    to: talent-pool\n"
        '    event: decides it is not for her, for now\n    delay: 1d\n    rate: "35%"\n',
        "",
    )
    r.edit("brand.yaml", "# Question 5", "# Reviewed with the client.\n\n# Question 5")


def test_working_tree_against_head_in_text(repo):
    second_version(repo)
    result = jp("--path", PLAN, "--no-color")
    assert result.exit_code == 0, result.output
    head = repo.git("rev-parse", "HEAD").strip()
    lines = result.stdout.splitlines()
    assert lines[0] == f"Plan changes: {PLAN}  HEAD ({head[:12]}) -> working tree"
    assert lines[1] == "Plan: Service technicians 2027"
    body = "\n".join(lines[2:])
    assert (
        """
Changes
  ~ persona lisa (Lisa, career switcher)
      name: Lisa, career switcher from logistics -> Lisa, career switcher
      channels: added facebook
  ~ channel whatsapp (WhatsApp Business)
      response_time: 2h -> 1d
  + touchpoint lisa-webinar (Evening webinar)
      stage: attract
      channel: facebook
      personas: lisa
  ~ trigger lisa-switcher-page -> lisa-tryout-signup (wants to try it first)
      event: wants to try first -> wants to try it first
  - trigger lisa-tryout-day -> talent-pool (decides it is not for her, for now)

Checklist verdicts
  lisa (Lisa, career switcher)  Q4  pass -> fail

New findings
  journeys/lisa.yaml:74:9  JP403  error  touchpoint 'lisa-webinar' cannot be reached from the entries of lisa's journey
  journeys/lisa.yaml:74:9  JP404  error  touchpoint 'lisa-webinar' is a dead end in lisa's journey: no trigger leads on, and it is not a conversion, rejection or exit

5 changes, 1 checklist verdict changed, 2 new findings, 0 fixed"""
        in body
    )


def test_two_commits_in_json_and_fixed_findings(repo):
    first = repo.git("rev-parse", "HEAD").strip()
    second_version(repo)
    second = repo.commit("client feedback")
    doc = jp_json(first, second, "--path", PLAN)
    assert doc["version"] == 1
    assert doc["path"] == PLAN
    assert doc["old"] == {
        "revision": first,
        "commit": first,
        "exists": True,
        "plan": "Service technicians 2027",
        "summary": {"errors": 0, "warnings": 0, "infos": 0},
    }
    assert doc["new"]["commit"] == second and doc["new"]["summary"]["errors"] == 2
    assert doc["summary"] == {"changes": 5, "checklist": 1, "new_findings": 2, "fixed_findings": 0}
    assert doc["changes"][0] == {
        "kind": "persona",
        "id": "lisa",
        "change": "changed",
        "name": "Lisa, career switcher",
        "fields": [
            {
                "field": "name",
                "old": "Lisa, career switcher from logistics",
                "new": "Lisa, career switcher",
                "added": [],
                "removed": [],
            },
            {
                "field": "channels",
                "old": ["indeed", "career-site", "whatsapp", "workshop", "email"],
                "new": ["indeed", "career-site", "whatsapp", "workshop", "email", "facebook"],
                "added": ["facebook"],
                "removed": [],
            },
        ],
    }
    assert [(c["kind"], c["id"], c["change"]) for c in doc["changes"]] == [
        ("persona", "lisa", "changed"),
        ("channel", "whatsapp", "changed"),
        ("touchpoint", "lisa-webinar", "added"),
        ("trigger", "lisa-switcher-page -> lisa-tryout-signup", "changed"),
        ("trigger", "lisa-tryout-day -> talent-pool", "removed"),
    ]
    assert doc["checklist"] == [{"persona": "lisa", "question": 4, "old": "pass", "new": "fail"}]
    assert [(f["code"], f["file"], f["line"], f["subject"]) for f in doc["findings"]["new"]] == [
        ("JP403", "journeys/lisa.yaml", 74, "lisa-webinar"),
        ("JP404", "journeys/lisa.yaml", 74, "lisa-webinar"),
    ]

    # The fix: connect the webinar; its findings are fixed, the verdict passes again.
    repo.edit(
        "journeys/lisa.yaml",
        "triggers:\n",
        "triggers:\n  - {from: lisa-switcher-page, to: lisa-webinar, event: joins, rate: 2%}\n"
        "  - {from: lisa-webinar, to: lisa-apply, event: applies, rate: 10%}\n",
    )
    third = repo.commit("connect the webinar")
    doc = jp_json(second, third, "--path", PLAN)
    assert doc["checklist"] == [{"persona": "lisa", "question": 4, "old": "fail", "new": "pass"}]
    assert [(f["code"], f["line"]) for f in doc["findings"]["fixed"]] == [
        ("JP403", 74),
        ("JP404", 74),
    ]
    assert doc["findings"]["new"] == []
    # One revision: that revision against the working tree (which is the third commit).
    assert jp_json(second, "--path", PLAN)["summary"] == doc["summary"]


def test_markdown_is_ready_to_paste(repo):
    repo.edit(
        "audience.yaml",
        "name: Ruud, senior mechanic",
        "name: 'Ruud | *senior* <b>mechanic</b> [x](http://e.invalid) @team #1'",
    )
    result = jp("--path", PLAN, "--format", "markdown")
    assert result.exit_code == 0, result.output
    head = repo.git("rev-parse", "HEAD").strip()
    assert (
        result.stdout
        == f"""\
## Plan changes: Service technicians 2027

`{PLAN}`: `HEAD` (`{head[:12]}`) → working tree

**1 change, 0 checklist verdicts changed, 0 new findings, 0 fixed**

### Changes

#### Personas

- **changed** `ruud` (Ruud \\| \\*senior\\* \\<b\\>mechanic\\</b\\> \\[x\\](http://e.invalid) \\@team \\#1)
  - `name`: Ruud, senior mechanic → Ruud \\| \\*senior\\* \\<b\\>mechanic\\</b\\> \\[x\\](http://e.invalid) \\@team \\#1

"""
    )


def test_markdown_checklist_table_and_findings(repo):
    repo.edit("channels.yaml", "response_time: 2h", "response_time: 2d")
    result = jp("--path", PLAN, "-f", "markdown")
    out = result.stdout
    assert "| Persona | Question | Before | After |\n| --- | --- | --- | --- |\n" in out
    assert "| sander (Sander, service electrician) | Q5 | pass | **warn** |\n" in out
    assert "### New findings\n\n- `channels.yaml:32:20` **JP509** warning: " in out
    for persona in ("sander", "ruud", "lisa"):
        assert (
            f"- `channels.yaml:32:20` **JP509** warning: messaging channel 'whatsapp' of "
            f"{persona}'s journey answers in 2d; candidates expect an answer within 24h\n"
        ) in out


def test_user_text_is_literal_in_text_output(repo):
    repo.edit("audience.yaml", "name: Ruud, senior mechanic", 'name: "Ruud [bold red]x[/] \\e[31m"')
    result = jp("--path", PLAN)
    assert "(Ruud [bold red]x[/] \\x1b[31m)" in result.stdout
    assert "\x1b" not in result.stdout


def test_git_is_read_only(repo):
    second_version(repo)
    (repo.root / "notes.txt").write_text("untracked\n", encoding="utf-8")
    repo.git("add", "notes.txt")  # something staged, too
    status = repo.git("status", "--porcelain")
    index = repo.root / ".git" / "index"
    before = (index.read_bytes(), index.stat().st_mtime_ns)
    tree = {
        p: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in repo.root.rglob("*")
        if p.is_file() and ".git" not in p.parts
    }
    refs = repo.git("for-each-ref")
    for fmt in ("text", "json", "markdown"):
        assert jp("HEAD", "--path", PLAN, "-f", fmt).exit_code == 0
    assert (index.read_bytes(), index.stat().st_mtime_ns) == before
    assert {
        p: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in repo.root.rglob("*")
        if p.is_file() and ".git" not in p.parts
    } == tree
    assert repo.git("status", "--porcelain") == status
    assert repo.git("for-each-ref") == refs


def test_runs_from_a_subdirectory_with_a_relative_path(repo, monkeypatch):
    second_version(repo)
    top = jp_json("--path", PLAN)
    sub = repo.root / "clients" / "notes"
    sub.mkdir()
    monkeypatch.chdir(sub)
    assert jp_json("--path", "../voltwerk/plan") == top
    monkeypatch.chdir(repo.plan / "journeys")
    assert jp_json("--path", "..") == top
    monkeypatch.chdir(repo.plan)
    assert jp_json() == top


def test_single_file_plan(repo):
    repo.edit("journeys/lisa.yaml", "delay: PT4H", "delay: 6h")
    doc = jp_json("--path", PLAN + "/journeys/lisa.yaml")
    assert doc["path"] == PLAN + "/journeys/lisa.yaml"
    assert doc["changes"] == [
        {
            "kind": "trigger",
            "id": "lisa-tryout-signup -> lisa-tryout-reminder",
            "change": "changed",
            "name": "signed up",
            "fields": [{"field": "delay", "old": "4h", "new": "6h", "added": [], "removed": []}],
        }
    ]


def test_plan_added_and_removed(repo):
    shutil.copytree(EXAMPLES / "starter", repo.root / "clients" / "bakker")
    doc = jp_json("--path", "clients/bakker")
    assert doc["old"]["exists"] is False and doc["old"]["summary"] is None
    assert doc["new"]["plan"] == "Installers 2027 (starter)"
    assert doc["changes"][0]["kind"] == "plan" and doc["changes"][0]["change"] == "added"
    assert {c["change"] for c in doc["changes"]} == {"added"}
    assert {(v["old"], v["new"]) for v in doc["checklist"]} == {(None, "pass")}
    text = jp("--path", "clients/bakker").stdout
    assert text.startswith("Plan changes: clients/bakker  HEAD (")
    assert "), no plan -> working tree\n" in text.splitlines()[0] + "\n"
    assert "  + touchpoint reel (" in text

    shutil.rmtree(repo.plan)
    doc = jp_json("--path", PLAN)
    assert doc["new"] == {
        "revision": None,
        "commit": None,
        "exists": False,
        "plan": None,
        "summary": None,
    }
    assert {c["change"] for c in doc["changes"]} == {"removed"}
    assert all(c["fields"] == [] for c in doc["changes"])


def test_tree_listing_uses_the_discovery_rules(repo):
    for junk in (
        ".drafts/old.yaml",
        "journey-maps/overview.yaml",
        "notes.txt",
        "journeys/.hidden.yaml",
    ):
        path = repo.plan / junk
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("this: [is not, {a plan\n", encoding="utf-8")
    (repo.plan / "extra.yml").write_text(
        "channels:\n  - {id: tv, name: TV, type: ads}\n", encoding="utf-8"
    )
    os.symlink("../channels.yaml", repo.plan / "journeys" / "more-channels.yaml")
    repo.commit("junk, a .yml file and a symbolic link")
    # HEAD reads what `check` reads on disk: no syntax error from the skipped files, the
    # .yml file, and the symbolic link followed (its channels duplicate channels.yaml).
    doc = jp_json("HEAD~1", "HEAD", "--path", PLAN)
    assert [(c["kind"], c["id"], c["change"]) for c in doc["changes"]] == [
        ("channel", "tv", "added")
    ]
    assert {f["code"] for f in doc["findings"]["new"]} == {"JP006"}
    assert {f["file"] for f in doc["findings"]["new"]} == {"journeys/more-channels.yaml"}
    assert jp_json("--path", PLAN)["summary"] == {
        "changes": 0,
        "checklist": 0,
        "new_findings": 0,
        "fixed_findings": 0,
    }


def test_oversized_file_is_not_fetched_but_reported_like_on_disk(repo, monkeypatch):
    monkeypatch.setattr(gitsource, "MAX_FILE_BYTES", 3000)
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 3000)
    # HEAD from git, working tree from disk: the same; the oversized files are not read in
    # either version, so the comparison is incomplete (exit 3, issue 16)
    doc = jp_json("--path", PLAN, code=3)
    assert doc["summary"] == {"changes": 0, "checklist": 0, "new_findings": 0, "fixed_findings": 0}
    assert doc["old"]["summary"]["errors"] == doc["new"]["summary"]["errors"] > 0


def test_unrelated_line_shift_is_neither_new_nor_fixed(repo):
    shutil.copy(EXAMPLES / "broken" / "plan.yaml", repo.plan / "broken.yaml")
    repo.commit("a draft with defects")
    text = (repo.plan / "broken.yaml").read_text(encoding="utf-8")
    (repo.plan / "broken.yaml").write_text("# moved down\n\n\n" + text, encoding="utf-8")
    doc = jp_json("--path", PLAN)
    assert doc["old"]["summary"]["errors"] > 0
    assert doc["summary"] == {"changes": 0, "checklist": 0, "new_findings": 0, "fixed_findings": 0}


def test_output_is_deterministic(repo):
    second_version(repo)
    for fmt in ("text", "json", "markdown"):
        assert jp("--path", PLAN, "-f", fmt).stdout == jp("--path", PLAN, "-f", fmt).stdout


def test_exit_code_option(repo):
    assert jp("--path", PLAN, "--exit-code").exit_code == 0
    assert "No changes in the plan." in jp("--path", PLAN).stdout
    repo.edit("channels.yaml", "response_time: 2h", "response_time: 3h")
    assert jp("--path", PLAN).exit_code == 0
    assert jp("--path", PLAN, "--exit-code").exit_code == 1


@pytest.mark.parametrize("revision", ["-o/tmp/x", "--output=/tmp/x", "", "HEAD x", "a\tb"])
def test_revision_that_could_be_an_option_is_refused(repo, revision):
    result = jp("--path", PLAN, "--", revision)
    assert result.exit_code == 2
    shown = revision.replace("\t", "\\t")  # control characters are shown escaped
    assert result.output == (
        f"journeyplan: '{shown}' is not accepted as a revision: it is "
        "empty, starts with '-' or contains spaces or control "
        "characters\n"
    )


def test_refused_revision_never_reaches_git(repo, monkeypatch):
    calls = []
    real = gitsource._run
    monkeypatch.setattr(
        gitsource, "_run", lambda argv, *a, **k: calls.append(argv) or real(argv, *a, **k)
    )
    assert jp("--path", PLAN, "HEAD", "--", "--upload-pack=touch pwned").exit_code == 2
    assert calls == []
    assert not (repo.root / "pwned").exists()


def test_missing_revision(repo):
    result = jp("no-such-branch", "--path", PLAN)
    assert result.exit_code == 2
    assert result.output == (
        "journeyplan: revision 'no-such-branch' does not exist in the "
        f"git repository at {repo.root}\n"
    )
    assert jp("HEAD~5", "--path", PLAN).exit_code == 2
    blob = repo.git("rev-parse", "HEAD:README.md").strip()
    assert jp(blob, "--path", PLAN).exit_code == 2  # a blob is not a commit


def test_no_plan_in_either_version(repo):
    result = jp("--path", "clients/nobody")
    assert result.exit_code == 2
    assert result.output == (
        "journeyplan: there is no plan at 'clients/nobody' in either version\n"
    )


def test_outside_a_git_repository(repo, tmp_path, monkeypatch):
    outside = tmp_path / "not-a-repo"
    shutil.copytree(EXAMPLES / "starter", outside)
    monkeypatch.chdir(outside)
    result = jp()
    assert result.exit_code == 2
    assert result.output == "journeyplan: '.' is not inside a git working tree\n"
    monkeypatch.chdir(repo.root)
    result = jp("--path", str(outside))
    assert result.exit_code == 2
    assert result.output == f"journeyplan: '{outside}' is not inside a git working tree\n"


def test_git_not_installed(repo, tmp_path, monkeypatch):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = jp("--path", PLAN)
    assert result.exit_code == 2
    assert result.output == (
        "journeyplan: git is not installed (or not on PATH); "
        "journeyplan diff reads revisions with git\n"
    )


def _shape(value):
    """The structure of a JSON value: keys of objects, the shape of a list's first item."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return None


def test_json_document_is_the_one_the_readme_describes(repo):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Comparing revisions", 1)[1].split("\n## ", 1)[0]
    example = json.loads(section.split("```json\n", 1)[1].split("```", 1)[0])
    second_version(repo)
    doc = jp_json("--path", PLAN)
    assert list(doc) == list(example)
    assert _shape(doc["old"]) == _shape(example["old"])
    assert _shape(doc["summary"]) == _shape(example["summary"])
    assert _shape(doc["changes"][1]) == _shape(example["changes"][0])
    assert _shape(doc["checklist"]) == _shape(example["checklist"])
    assert _shape(doc["findings"]["new"]) == _shape(example["findings"]["new"])


def test_new_repository_without_commits(repo, tmp_path, monkeypatch):
    fresh = Repo(tmp_path / "fresh")
    fresh.root.mkdir()
    fresh.git("init", "-q")
    shutil.copytree(EXAMPLES / "starter", fresh.root / "plan")
    monkeypatch.chdir(fresh.root)
    doc = jp_json("--path", "plan")
    assert doc["old"] == {
        "revision": "HEAD",
        "commit": None,
        "exists": False,
        "plan": None,
        "summary": None,
    }
    assert {c["change"] for c in doc["changes"]} == {"added"}
    text = jp("--path", "plan").stdout
    assert text.splitlines()[0] == "Plan changes: plan  HEAD, no plan -> working tree"
    assert jp("main", "--path", "plan").exit_code == 2  # only HEAD may be unborn
