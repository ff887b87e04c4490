"""The command line: every exit code, --version and --help, the JSON contract, colours,
paths relative to PATH's directory, and `python -m journeyplan`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from journeyplan import __version__
from journeyplan.cli import app
from tests.common import CLEAN, edit, line_of, write_plan

runner = CliRunner()
ANSI = re.compile(r"\x1b\[")


def invoke(*args: str, **env: str | None):
    return runner.invoke(app, list(args), env={"NO_COLOR": None, "FORCE_COLOR": None, **env})


def plan_file(tmp_path, text: str = CLEAN, name: str = "plan.yaml"):
    write_plan(tmp_path, {name: text})
    return str(tmp_path / name)


# --------------------------------------------------------------------------- exit codes
def test_exit_0_clean(tmp_path):
    result = invoke("check", plan_file(tmp_path))
    assert result.exit_code == 0
    assert result.output.rstrip().endswith("No findings. 0 errors, 0 warnings, 0 info")


def test_exit_0_with_warnings_only(tmp_path):
    text = edit(CLEAN, "    description: Vocational technicians\n", "")
    result = invoke("check", plan_file(tmp_path, text))
    assert result.exit_code == 0
    assert "JP102  warning" in result.output


def test_exit_0_with_info_only_even_strict(tmp_path):
    text = edit(CLEAN, "channels: [insta, whatsapp]", "channels: [whatsapp]")
    result = invoke("check", "--strict", plan_file(tmp_path, text))
    assert result.exit_code == 0
    assert "JP405  info" in result.output


def test_exit_1_on_errors(tmp_path):
    text = edit(CLEAN, "event: submitted", "event: ''")
    result = invoke("check", plan_file(tmp_path, text))
    assert result.exit_code == 1
    assert f"plan.yaml:{line_of(text, 'from: apply')}:35  JP402  error" in result.output


def test_exit_1_with_strict_on_warnings_only(tmp_path):
    text = edit(CLEAN, "    description: Vocational technicians\n", "")
    path = plan_file(tmp_path, text)
    assert invoke("check", path).exit_code == 0
    assert invoke("check", "--strict", path).exit_code == 1


def test_strict_on_a_clean_plan_is_0(tmp_path):
    assert invoke("check", "--strict", plan_file(tmp_path)).exit_code == 0


def test_exit_1_on_yaml_syntax_error(tmp_path):
    result = invoke("check", plan_file(tmp_path, "plan:\n  name: [unclosed\n"))
    assert result.exit_code == 1
    assert "JP001  error  YAML syntax error" in result.output
    assert "Traceback" not in result.output


def test_exit_2_missing_path(tmp_path):
    result = invoke("check", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"journeyplan: path '{tmp_path / 'nope'}' does not exist\n"


def test_exit_2_folder_without_yaml(tmp_path):
    write_plan(
        tmp_path,
        {
            "README.md": "# notes\n",
            ".hidden/plan.yaml": CLEAN,
            "journey-maps/plan.yaml": CLEAN,
            ".plan.yaml": CLEAN,
        },
    )
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 2
    # the hidden ones are named, with the command that checks one (issue: clifix item 5)
    assert result.stderr == (
        f"journeyplan: no *.yaml or *.yml file found in '{tmp_path}': hidden files and folders "
        "are skipped, and 2 are hidden (.hidden, .plan.yaml); to check one, give its path: "
        f"journeyplan check {tmp_path}/.hidden\n"
    )


def test_exit_2_unknown_format(tmp_path):
    result = invoke("check", "--format", "xml", plan_file(tmp_path))
    assert result.exit_code == 2
    assert "xml" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize(
    "args", [["frobnicate"], ["check", "--frobnicate", "."], ["--frobnicate"], ["check"]]
)
def test_exit_2_unknown_command_option_or_missing_argument(args):
    result = invoke(*args)
    assert result.exit_code == 2
    assert "Usage:" in result.stderr
    assert "Traceback" not in result.output


def test_no_arguments_shows_help():
    result = invoke()
    assert result.exit_code == 2
    assert "Commands" in result.output and "check" in result.output


def test_internal_error_is_one_line_exit_2(tmp_path, monkeypatch):
    import journeyplan.check.pipeline

    def boom(*args, **kwargs):
        raise ValueError("kaboom")

    monkeypatch.setattr(journeyplan.check.pipeline, "check_plan", boom)
    result = invoke("check", plan_file(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "internal error while checking" in result.stderr
    assert "ValueError: kaboom" in result.stderr
    with pytest.raises(ValueError):
        runner.invoke(app, ["check", plan_file(tmp_path), "--debug"], catch_exceptions=False)


# --------------------------------------------------------------------------- version, help
def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.output == f"journeyplan {__version__}\n"


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help(flag):
    result = invoke(flag)
    assert result.exit_code == 0
    for command in ("check", "rules", "explain"):
        assert re.search(rf"^\s+{command}\s", result.output, re.M), command


def test_check_help():
    result = invoke("check", "--help")
    assert result.exit_code == 0
    for option in ("--format", "--strict", "--lang", "--no-color", "--debug"):
        assert option in result.output
    assert "text|json" in result.output


# --------------------------------------------------------------------------- --format json
def json_plan(tmp_path):
    head, _, tail = CLEAN.partition("channels:\n")
    a = edit(head, "target_group: techs", "target_group: tech")
    b = "channels:\n" + edit(tail, "response_time: 2h}", "response_time: 25h, colour: green}")
    write_plan(tmp_path, {"a.yaml": a, "b/journey.yaml": b})
    return a, b


def test_json_matches_the_spec_exactly(tmp_path):
    a, b = json_plan(tmp_path)
    result = invoke("check", str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    doc = json.loads(result.output)
    tg, ref, whatsapp = line_of(a, "id: techs"), line_of(a, "target_group: tech"), line_of(b, "25h")
    assert doc == {
        "version": 1,
        "plan": "Clean plan",
        "summary": {"errors": 4, "warnings": 1, "infos": 0},
        "checklist": [
            {
                "persona": "sam",
                "questions": {"1": "fail", "2": "fail", "3": "pass", "4": "pass", "5": "warn"},
            }
        ],
        "findings": [
            {
                "code": "JP103",
                "severity": "error",
                "question": 1,
                "message": "target group 'techs' is not covered by any persona",
                "file": "a.yaml",
                "line": tg,
                "column": 9,
                "persona": None,
                "subject": "techs",
            },
            {
                "code": "JP007",
                "severity": "error",
                "question": None,
                "message": "target group 'tech' does not exist (did you mean 'techs'?)",
                "file": "a.yaml",
                "line": ref,
                "column": 19,
                "persona": None,
                "subject": "tech",
            },
            {
                "code": "JP202",
                "severity": "error",
                "question": 2,
                "message": "the target group that persona 'sam' names does not exist",
                "file": "a.yaml",
                "line": ref,
                "column": 19,
                "persona": "sam",
                "subject": "sam",
            },
            {
                "code": "JP509",
                "severity": "warning",
                "question": 5,
                "message": "messaging channel 'whatsapp' of sam's journey answers in 25h; candidates expect an "
                "answer within 24h",
                "file": "b/journey.yaml",
                "line": whatsapp,
                "column": 68,
                "persona": "sam",
                "subject": "whatsapp",
            },
            {
                "code": "JP003",
                "severity": "error",
                "question": None,
                # plan format 1.1 declares channels[].color: the typo gets the suggestion
                "message": "unknown key 'colour' (did you mean 'color'?)",
                "file": "b/journey.yaml",
                "line": whatsapp,
                "column": 73,
                "persona": None,
                "subject": None,
            },
        ],
    }
    # key order as in the spec
    assert list(doc) == ["version", "plan", "summary", "checklist", "findings"]
    assert list(doc["summary"]) == ["errors", "warnings", "infos"]
    assert list(doc["findings"][0]) == [
        "code",
        "severity",
        "question",
        "message",
        "file",
        "line",
        "column",
        "persona",
        "subject",
    ]
    assert list(doc["checklist"][0]["questions"]) == ["1", "2", "3", "4", "5"]


def test_json_findings_sorted_by_file_line_column_code(tmp_path):
    json_plan(tmp_path)
    doc = json.loads(invoke("check", str(tmp_path), "-f", "json").output)
    keys = [(f["file"], f["line"], f["column"], f["code"]) for f in doc["findings"]]
    assert keys == sorted(keys)


def test_json_is_deterministic(tmp_path):
    json_plan(tmp_path)
    first = invoke("check", str(tmp_path), "--format", "json").output
    assert invoke("check", str(tmp_path), "--format", "json").output == first


def test_json_clean_plan(tmp_path):
    result = invoke("check", plan_file(tmp_path), "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.output)
    assert doc["summary"] == {"errors": 0, "warnings": 0, "infos": 0}
    assert doc["findings"] == []
    assert doc["checklist"] == [
        {"persona": "sam", "questions": {str(q): "pass" for q in range(1, 6)}}
    ]


def test_json_without_location_is_null(tmp_path):
    result = invoke("check", plan_file(tmp_path, "channels: []\n"), "--format", "json")
    doc = json.loads(result.output)
    assert doc["plan"] is None
    first = doc["findings"][0]
    assert (first["code"], first["file"], first["line"], first["column"]) == (
        "JP101",
        None,
        None,
        None,
    )


# --------------------------------------------------------------------------- colours
def broken(tmp_path):
    return plan_file(tmp_path, edit(CLEAN, "event: submitted", "event: ''"))


def test_colours_when_forced(tmp_path):
    assert ANSI.search(invoke("check", broken(tmp_path), FORCE_COLOR="1").output)


def test_no_color_option(tmp_path):
    result = invoke("check", "--no-color", broken(tmp_path), FORCE_COLOR="1")
    assert result.exit_code == 1
    assert "JP402" in result.output
    assert not ANSI.search(result.output)


def test_no_color_environment(tmp_path):
    result = invoke("check", broken(tmp_path), FORCE_COLOR="1", NO_COLOR="1")
    assert result.exit_code == 1
    assert "JP402" in result.output
    assert not ANSI.search(result.output)


# --------------------------------------------------------------------------- paths
def nested_plan(root):
    head, _, tail = CLEAN.partition("channels:\n")
    dup = "  - {id: whatsapp, name: WhatsApp again, type: messaging, response_time: 1h}\n"
    write_plan(
        root,
        {
            "plan.yaml": head,
            "setup/channels.yaml": "channels:\n" + tail.partition("touchpoints:\n")[0],
            "journeys/sam/journey.yaml": "touchpoints:\n" + tail.partition("touchpoints:\n")[2],
            "setup/extra-channels.yaml": "channels:\n" + dup,
        },
    )
    return root


def test_paths_are_relative_to_the_plan_folder_with_slashes(tmp_path):
    nested_plan(tmp_path / "client" / "plans")
    result = invoke("check", str(tmp_path / "client" / "plans"), "--format", "json")
    [f] = json.loads(result.output)["findings"]
    assert (f["code"], f["file"], f["line"], f["column"]) == (
        "JP006",
        "setup/extra-channels.yaml",
        2,
        10,
    )
    assert f["message"] == (
        "duplicate channel id 'whatsapp' (first defined at setup/channels.yaml:3:10)"
    )
    text = invoke("check", str(tmp_path / "client" / "plans")).output
    assert (
        "\nsetup/extra-channels.yaml:2:10  JP006  error  duplicate channel id 'whatsapp' "
        "(first defined at setup/channels.yaml:3:10)\n"
    ) in text


def test_relative_path_argument(tmp_path, monkeypatch):
    nested_plan(tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    [f] = json.loads(invoke("check", "plans", "-f", "json").output)["findings"]
    assert f["file"] == "setup/extra-channels.yaml"


def test_relative_single_file_argument(tmp_path, monkeypatch):
    plan_file(tmp_path / "sub", edit(CLEAN, "event: submitted", "event: ''"))
    monkeypatch.chdir(tmp_path)
    doc = json.loads(invoke("check", "sub/plan.yaml", "-f", "json").output)
    assert [(f["file"], f["code"]) for f in doc["findings"]] == [("plan.yaml", "JP402")]


def test_single_file_path_is_relative_to_its_folder(tmp_path):
    text = edit(CLEAN, "event: submitted", "event: ''")
    path = plan_file(tmp_path / "deep" / "down", text)
    doc = json.loads(invoke("check", path, "--format", "json").output)
    assert {f["file"] for f in doc["findings"]} == {"plan.yaml"}


# --------------------------------------------------------------------------- python -m
def run_module(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "journeyplan", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
    )


def test_python_m_journeyplan(tmp_path):
    assert run_module("--version").stdout == f"journeyplan {__version__}\n"
    clean = run_module("check", plan_file(tmp_path))
    assert clean.returncode == 0 and "No findings." in clean.stdout
    bad = run_module("check", broken(tmp_path / "b"), "--format", "json")
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["findings"][0]["code"] == "JP402"
    missing = run_module("check", str(tmp_path / "nope"))
    assert missing.returncode == 2 and missing.stdout == ""
    assert missing.stderr.startswith("journeyplan: path ")
    assert run_module("check", "--format", "yaml", plan_file(tmp_path)).returncode == 2


# --------------------------------------------------------------------------- pipes
def many_infos(root) -> str:
    """A plan whose only findings are 3,000 infos (far more output than a pipe buffers)."""
    extra = "".join(
        f"  - {{id: leaflet-{i}, stage: find, channel: letter, entry: true, kind: exit}}\n"
        for i in range(3000)
    )
    text = edit(
        CLEAN,
        "touchpoints:\n",
        "  - {id: letter, name: Letter, type: print}\ntouchpoints:\n" + extra,
    )
    return plan_file(root, text)


@pytest.mark.parametrize("fmt, code", [("text", 0), ("json", 0), ("text", 1), ("json", 1)])
def test_reader_that_stops_early_is_not_an_error(tmp_path, fmt, code):
    path = many_infos(tmp_path)
    args = ["check", path, "--format", fmt] + (["--strict"] if code else [])
    if code:  # make the infos warnings, so that --strict fails
        text = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
        (tmp_path / "plan.yaml").write_text(
            edit(text, "  name: Clean plan\n", "  name: Clean plan\n  checks: {JP405: warning}\n"),
            encoding="utf-8",
        )
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "journeyplan", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout.read(10)
    proc.stdout.close()  # like `journeyplan check PLAN | head -c 10`
    err = proc.stderr.read()
    assert proc.wait() == code  # the verdict, not an error about the pipe
    assert err == b""
