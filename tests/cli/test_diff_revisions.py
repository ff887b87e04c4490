"""``journeyplan diff`` takes what git takes as a revision: a commit, or a whole commit's
tree (``HEAD^{tree}``, a tree id, as ``git diff`` does). A file or folder inside a revision
(``HEAD:plan.yaml``) gets a message saying what to write instead; an empty plan path is a
usage error (exit 2), never the current folder."""

from __future__ import annotations

import pytest

from tests.cli.test_diff_git import PLAN, jp, jp_json, repo, second_version  # noqa: F401

EMPTY = "the path is empty; give a folder or file (is a variable such as $PLAN unset?)"


def test_a_tree_is_compared_like_its_commit(repo):  # noqa: F811
    second_version(repo)
    tree = repo.git("rev-parse", "HEAD^{tree}").strip()
    by_commit = jp_json("HEAD", "--path", PLAN)
    for revision in ("HEAD^{tree}", tree):
        by_tree = jp_json(revision, "--path", PLAN)
        assert by_tree["old"]["commit"] == tree
        assert by_tree["old"]["revision"] == revision
        assert by_tree["changes"] == by_commit["changes"]
        assert by_tree["summary"] == by_commit["summary"]
    text = jp("HEAD^{tree}", "--", PLAN)
    assert text.exit_code == 0
    assert f"HEAD^{{tree}} ({tree[:12]}) -> working tree" in text.stdout


def test_two_trees_and_a_tree_as_the_newer_side(repo):  # noqa: F811
    second_version(repo)
    repo.commit("second version")
    doc = jp_json("HEAD~1^{tree}", "HEAD^{tree}", "--path", PLAN)
    assert doc["new"]["commit"] == repo.git("rev-parse", "HEAD^{tree}").strip()
    assert doc["summary"]["changes"] > 0


def test_a_tree_is_recognised_without_dashes(repo):  # noqa: F811
    # git's own rule: an argument that names a revision and no file is a revision
    result = jp("HEAD^{tree}", "--path", PLAN)
    assert result.exit_code == 0, result.output
    repo.git("tag", "v1")
    assert jp("v1^{tree}", "--path", PLAN).exit_code == 0


@pytest.mark.parametrize(
    "revision, message",
    [
        (
            f"HEAD:{PLAN}/channels.yaml",
            f"'HEAD:{PLAN}/channels.yaml' names a file inside a revision, not a revision; to "
            f"compare that file, write: journeyplan diff HEAD -- {PLAN}/channels.yaml",
        ),
        (
            f"HEAD:{PLAN}",
            f"'HEAD:{PLAN}' names a folder inside a revision, not a revision; to compare the "
            f"plan in it, write: journeyplan diff HEAD -- {PLAN}",
        ),
    ],
)
def test_a_file_or_folder_inside_a_revision_says_what_to_write(repo, revision, message):  # noqa: F811
    for args in ((revision,), (revision, "--", PLAN), ("--path", PLAN, revision)):
        result = jp(*args)
        assert result.exit_code == 2, args
        assert result.stderr == f"journeyplan: {message}\n"
        assert result.stdout == ""


def test_a_file_inside_a_revision_in_dutch(repo):  # noqa: F811
    result = jp(f"HEAD:{PLAN}/channels.yaml", "--path", PLAN, "--lang", "nl")
    assert result.exit_code == 2
    assert result.stderr == (
        f"journeyplan: 'HEAD:{PLAN}/channels.yaml' is een bestand binnen een revisie, geen "
        f"revisie; om dat bestand te vergelijken: journeyplan diff HEAD -- {PLAN}/channels.yaml\n"
    )


@pytest.mark.parametrize(
    "args",
    [("--", ""), ("HEAD", "--", ""), ("",), ("HEAD", "")],
    ids=lambda v: " ".join(repr(a) for a in v),
)
def test_an_empty_plan_path_is_a_usage_error(repo, args):  # noqa: F811
    result = jp(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Usage: journeyplan diff [OPTIONS] ")
    assert result.stderr.endswith(f"Error: Invalid value for 'PLAN': {EMPTY}\n")
