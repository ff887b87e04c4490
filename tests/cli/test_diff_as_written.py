"""``journeyplan diff`` never claims what did not happen (issue 16, items 1 and 2).

- Files are compared as they declare their elements: a channel whose id is renamed is
  removed + added, and the touchpoints that still name the old id are not changed.
- A file that cannot be read compares nothing, in either version; that is said first, in
  every format, and the exit code is 3 (with or without ``--exit-code``).
- The plan may follow the revisions, by git's rule for ``--``.

The throwaway repository (examples/technical-staffing at clients/voltwerk/plan) is the one
of tests/cli/test_diff_git.py.
"""

from __future__ import annotations

import json

from journeyplan.cli.diff import EXIT_INCOMPLETE
from tests.cli.test_diff_git import PLAN, jp, jp_json, repo  # noqa: F401  (the fixture)

BROKEN = "  - id: facebook\n   bad: [unclosed\n"  # channels.yaml line 14: a syntax error


def _break_channels(r) -> None:
    r.edit("channels.yaml", "  - id: facebook\n", BROKEN)


def test_unreadable_file_compares_nothing_from_it_and_says_so_first(repo):  # noqa: F811
    _break_channels(repo)
    repo.edit(
        "audience.yaml", "name: Lisa, career switcher from logistics", "name: Lisa, career switcher"
    )
    result = jp("--path", PLAN, "--no-color")
    assert result.exit_code == EXIT_INCOMPLETE == 3
    lines = result.stdout.splitlines()
    assert lines[3] == (
        "Incomplete comparison: 1 file could not be read (channels.yaml in the working "
        "tree). Nothing declared in it is compared, so the changes below leave it out, and "
        "the checklist is not evaluated. Fix it and compare again."
    )
    assert "\n".join(lines[5:]) == (
        "Changes\n"
        "  ~ persona lisa (Lisa, career switcher)\n"
        "      name: Lisa, career switcher from logistics -> Lisa, career switcher\n"
        "\n"
        "New findings\n"
        "  channels.yaml:14:4  JP001  error  YAML syntax error: a list item starting with "
        "'-' belongs here (is the indentation right?)\n"
        "\n"
        "1 change, 0 checklist verdicts changed, 1 new finding, 0 fixed"
    )
    assert "(not set)" not in result.stdout and "- channel" not in result.stdout
    assert jp("--path", PLAN, "--exit-code").exit_code == 3  # not 1: CI can tell them apart


def test_unreadable_file_in_markdown_and_json(repo):  # noqa: F811
    _break_channels(repo)
    md = jp("--path", PLAN, "-f", "markdown")
    assert md.exit_code == 3
    notice = md.stdout.index("> **Incomplete comparison: 1 file could not be read")
    assert notice < md.stdout.index("### Changes")
    assert notice < md.stdout.index("0 changes")
    doc = jp_json("--path", PLAN, code=3)
    assert list(doc)[:4] == ["version", "path", "complete", "incomplete"]
    assert doc["complete"] is False
    assert doc["incomplete"] == {"old": [], "new": ["channels.yaml"]}
    assert doc["unread"] == ["channels.yaml"]
    assert doc["changes"] == [] and doc["checklist"] == []
    assert [f["code"] for f in doc["findings"]["new"]] == ["JP001"]


def test_unreadable_file_in_the_older_revision(repo):  # noqa: F811
    _break_channels(repo)
    broken = repo.commit("a broken channels file")
    repo.edit("channels.yaml", BROKEN, "  - id: facebook\n")
    doc = jp_json(broken, "--path", PLAN, code=3)
    assert doc["incomplete"] == {"old": ["channels.yaml"], "new": []}
    assert doc["changes"] == []
    assert [f["code"] for f in doc["findings"]["fixed"]] == ["JP001"]
    text = jp(broken, "--path", PLAN, "--no-color").stdout
    assert f"(channels.yaml in {broken})" in text.splitlines()[3]


def test_complete_comparison_says_so(repo):  # noqa: F811
    doc = jp_json("--path", PLAN)
    assert doc["complete"] is True and doc["incomplete"] is None
    assert "Incomplete" not in jp("--path", PLAN).stdout


def test_renamed_channel_id_is_removed_and_added_and_nothing_else(repo):  # noqa: F811
    repo.edit("channels.yaml", "  - id: whatsapp\n", "  - id: whatsapp-business\n")
    result = jp("--path", PLAN, "--no-color")
    assert result.exit_code == 0
    assert "(not set)" not in result.stdout
    doc = jp_json("--path", PLAN)
    assert [(c["kind"], c["id"], c["change"]) for c in doc["changes"]] == [
        ("channel", "whatsapp-business", "added"),
        ("channel", "whatsapp", "removed"),
    ]
    new = doc["findings"]["new"]
    assert {f["code"] for f in new} == {"JP007"} and len(new) == 13
    assert all("did you mean 'whatsapp-business'?" in f["message"] for f in new)


def test_renamed_touchpoint_leaves_triggers_and_references_unchanged(repo):  # noqa: F811
    """The triggers that still say ``to: apply-ack`` are as written: not removed."""
    repo.edit("journeys/shared.yaml", "  - id: apply-ack\n", "  - id: application-ack\n")
    doc = jp_json("--path", PLAN)
    assert [(c["kind"], c["id"], c["change"]) for c in doc["changes"]] == [
        ("touchpoint", "application-ack", "added"),
        ("touchpoint", "apply-ack", "removed"),
    ]


def test_invalid_value_is_invalid_not_unset(repo):  # noqa: F811
    repo.edit("channels.yaml", "response_time: 2h", "response_time: soon")
    text = jp("--path", PLAN, "--no-color").stdout
    assert "      response_time: 2h -> (invalid, see the findings)\n" in text
    doc = jp_json("--path", PLAN)
    (change,) = doc["changes"]
    assert change["fields"] == [
        {
            "field": "response_time",
            "old": "2h",
            "new": None,
            "added": [],
            "removed": [],
            "invalid": ["new"],
        }
    ]
    nl = jp("--path", PLAN, "--no-color", "--lang", "nl").stdout
    assert "response_time: 2h -> (ongeldig, zie de bevindingen)" in nl


def test_incomplete_notice_in_dutch(repo):  # noqa: F811
    _break_channels(repo)
    lines = jp("--path", PLAN, "--no-color", "--lang", "nl").stdout.splitlines()
    assert lines[3].startswith(
        "Onvolledige vergelijking: 1 bestand kon niet worden gelezen (channels.yaml in de werkmap)."
    )


# --------------------------------------------------------------------------- arguments
def test_plan_as_argument_like_check_render_and_matrix(repo):  # noqa: F811
    repo.edit("channels.yaml", "response_time: 2h", "response_time: 3h")
    expected = jp("--path", PLAN, "-f", "json").stdout
    assert json.loads(expected)["summary"]["changes"] == 1
    for args in ([PLAN], ["HEAD", PLAN], ["HEAD", "--", PLAN], ["--", PLAN]):
        result = jp(*args, "-f", "json") if args[-2:-1] != ["--"] else jp("-f", "json", *args)
        assert result.exit_code == 0, (args, result.output)
        assert result.stdout == expected, args


def test_argument_that_is_both_a_revision_and_a_path(repo):  # noqa: F811
    repo.git("branch", PLAN.split("/")[0])  # a branch named like the folder "clients"
    result = jp("clients")
    assert result.exit_code == 2
    assert result.output == (
        "journeyplan: 'clients' is both a revision and a file or folder; write "
        "'journeyplan diff clients -- PLAN' for the revision, or 'journeyplan diff -- "
        "clients' (or --path clients) for the plan\n"
    )
    assert jp("clients", "--", PLAN).exit_code == 0  # the branch, then the plan
    assert jp("--", "clients").exit_code == 0  # the folder


def test_argument_that_is_neither(repo):  # noqa: F811
    result = jp("clients/voltwerk/plna")
    assert result.exit_code == 2
    assert result.output == (
        "journeyplan: 'clients/voltwerk/plna' is neither a revision nor a file or folder; "
        "give the plan with --path PLAN (or after --: journeyplan diff REV -- PLAN)\n"
    )


def test_revisions_come_before_the_plan(repo):  # noqa: F811
    result = jp(PLAN, "HEAD")
    assert result.exit_code == 2
    assert result.output == (
        f"journeyplan: 'HEAD' comes after the plan '{PLAN}'; give the revisions first: "
        "journeyplan diff REV_A REV_B -- PLAN\n"
    )
    result = jp("HEAD", "--", PLAN, "README.md")
    assert result.exit_code == 2
    assert result.output == f"journeyplan: one plan at a time: got '{PLAN}' and 'README.md'\n"
    result = jp("HEAD", "HEAD", "HEAD", "--path", PLAN)
    assert result.exit_code == 2
    assert result.output == (
        "journeyplan: at most two revisions are compared; got 3: HEAD, HEAD, HEAD\n"
    )


def test_an_option_after_the_double_dash_is_said_to_go_before_it(repo):  # noqa: F811
    result = jp("--", PLAN, "--format", "markdown")
    assert result.exit_code == 2
    assert result.output == (
        f"journeyplan: one plan at a time: got '{PLAN}' and '--format'; everything after '--' "
        "is the plan, so options such as '--format' go before the '--'\n"
    )
