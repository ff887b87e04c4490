"""Absurd input: nesting, alias bombs, huge scalars, huge files. Each ends quickly with a
located finding; nothing recurses, nothing segfaults, nothing grows without bound."""

from __future__ import annotations

import pytest

from journeyplan.source import compose as loader
from tests.common import CLEAN
from tests.hostile.common import check, check_text, run_subprocess, write

DEEP = 100_000
#: What each deep input gives: the depth guard (JP014), or a syntax error libyaml finds first.
EXPECTED = {"compact-seq-tabs": {"JP001", "JP014"}}


@pytest.mark.parametrize(
    "name, text, line, column",
    [
        ("flow-seq", "[" * DEEP, 1, None),
        ("flow-map", "{" * DEEP, 1, None),
        ("flow-closed", "a: " + "[" * DEEP + "]" * DEEP + "\n", 1, None),
        ("flow-in-plan", "plan:\n  name: x\n  stages: " + "[" * DEEP + "\n", 3, None),
        ("flow-mixed", "a: " + "[{a: " * (DEEP // 2) + "\n", 1, None),
        ("flow-behind-comments", "a: " + "[ # ]\n" * DEEP, None, None),
        ("compact-seq", "- " * DEEP + "x\n", 1, None),
        ("compact-seq-tabs", "-\t" * DEEP + "x\n", 1, None),
        ("explicit-keys", "? " * DEEP + "x\n", 1, None),
        ("block-seq", "a:\n" + "".join(" " * i + "- \n" for i in range(1500)), None, None),
        ("block-map", "".join(" " * i + f"k{i}:\n" for i in range(1500)), 201, 201),
        (
            "block-seq-in-map",
            "".join("  " * i + f"k{i}:\n" + "  " * i + "- \n" for i in range(700)),
            None,
            None,
        ),
        ("old-mac-breaks", "".join(" " * i + f"k{i}:\r" for i in range(1500)), 201, 201),
    ],
)
def test_deep_nesting_is_refused_without_crashing(tmp_path, name, text, line, column):
    """In a child process: libyaml's recursive composer segfaults near 100k levels, which
    would take the test run down with it."""
    EXPECTED.setdefault(name, {"JP014"})
    path = write(tmp_path, "plan.yaml", text)
    proc = run_subprocess(path, "--format", "json")
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr
    import json

    findings = [f for f in json.loads(proc.stdout)["findings"] if f["code"] in EXPECTED[name]]
    assert len(findings) == 1, proc.stdout[:2000]
    if findings[0]["code"] == "JP014":
        assert "nesting is deeper than 200 levels" in findings[0]["message"]
    if line is not None:
        assert findings[0]["line"] == line
    if column is not None:
        assert findings[0]["column"] == column


@pytest.mark.parametrize(
    "text, line, column",
    [
        ("[" * 5000, 1, 201),
        ("a: " + "[ # ]\n" * 5000, 200, 1),  # brackets in comments hide no nesting
        ("a: " + '["]", ' * 5000, 1, 1198),  # nor do brackets in quotes
        ("- " * 5000 + "x\n", 1, 401),
    ],
)
def test_depth_guard_holds_without_libyamls_own_limit(tmp_path, monkeypatch, text, line, column):
    """libyaml before 0.2.6 (and the pure-Python parser) has no nesting limit: then the
    guard alone must find the place, at level 201, not libyaml at level 1001. The exact
    scan runs on the pure-Python parser here, which has no limit either."""
    monkeypatch.setattr(loader, "_parser_limits_nesting", False)
    monkeypatch.setattr(loader, "HAVE_LIBYAML", False)
    run = check(write(tmp_path, "plan.yaml", text))
    assert run.only("JP014")[2:4] == (line, column)


def test_depth_within_the_limit_is_fine(tmp_path):
    text = "plan:\n  name: x\n  description: " + "[" * 150 + "]" * 150 + "\n"
    run = check(write(tmp_path, "plan.yaml", text))
    assert "JP014" not in run.codes() and "JP001" not in run.codes()


def billion_laughs_in_a_section() -> str:
    """Each alias is a touchpoint naming 1,000 personas, listed 10,000 times: 10 million
    references from 60 KB, where the validator does descend."""
    head = (
        "touchpoints:\n  - &t {id: t, stage: s, channel: c, personas: ["
        + ", ".join(["p"] * 1000)
        + "]}\n"
    )
    return head + "  - *t\n" * 10_000


def test_alias_bomb_in_a_section_is_refused(tmp_path):
    run = check(write(tmp_path, "plan.yaml", billion_laughs_in_a_section()))
    assert run.exit_code == 1
    _, _, line, column, message = run.only("JP014")
    assert "an alias bomb" in message
    assert len(run.findings) < 200  # the findings before the bomb are cut short too


def test_classic_billion_laughs_is_harmless(tmp_path):
    text = 'plan: {name: x}\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for prev, cur in zip("abcdefgh", "bcdefghi"):
        text += f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    run = check(write(tmp_path, "plan.yaml", text))
    assert sorted(f[2] for f in run.findings if f[0] == "JP003") == list(range(2, 11))


def test_merge_key_bomb_is_refused(tmp_path):
    big = "{" + ", ".join(f"k{i}: {i}" for i in range(1000)) + "}"
    row = "{<<: [" + ", ".join(["*b"] * 500) + "], id: x}"
    text = f"plan: {{name: x}}\ntarget_groups:\n  - &b {big}\n" + "".join(
        f"  - {row}\n" for _ in range(300)
    )
    run = check(write(tmp_path, "plan.yaml", text))
    assert "an alias bomb" in run.only("JP014")[4]


@pytest.mark.parametrize(
    "text",
    [
        "a: &a [*a]\nplan: {name: x}\n",
        "plan: &p {name: x, stages: [*p]}\n",
        "plan: &p {name: x, <<: *p}\n",
        "touchpoints: &t [*t, *t]\n",
    ],
)
def test_recursive_aliases_end(tmp_path, text):
    run = check(write(tmp_path, "plan.yaml", text))
    assert run.exit_code == 1


def test_ten_megabyte_scalar(tmp_path):
    text = "plan:\n  name: x\n  description: " + "a" * 10_000_000 + "\n"
    run = check(write(tmp_path, "plan.yaml", text))
    assert "JP014" not in run.codes() and "JP001" not in run.codes()


def test_ten_megabyte_key(tmp_path):
    """An implicit key is at most 1024 characters in YAML; an explicit one has no bound."""
    implicit = check(write(tmp_path, "a.yaml", "plan:\n  name: x\n  " + "k" * 10_000_000 + ": 1\n"))
    assert implicit.only("JP001")[1:4] == ("a.yaml", 3, 3)
    explicit = check_text(
        write(tmp_path, "b.yaml", "plan:\n  name: x\n  ? " + "k" * 10_000_000 + "\n  : 1\n")
    )
    assert "b.yaml:3:5  JP003  error  unknown key 'kkk" in explicit.stdout


@pytest.mark.parametrize(
    "value",
    ["9" * 100_000, "-" + "9" * 100_000, "0x" + "f" * 100_000, "0o" + "7" * 100_000, "1" * 4301],
)
def test_hundred_thousand_digit_integer(tmp_path, value):
    """Python's int() refuses more than 4,300 digits with a ValueError: never reached."""
    run = check(write(tmp_path, "plan.yaml", f"target_groups:\n  - id: g\n    size: {value}\n"))
    _, _, line, column, message = run.only("JP009")
    assert (line, column) == (3, 11)
    assert "is too large: whole numbers here have at most 30 digits" in message
    assert len(message) < 200


@pytest.mark.parametrize(
    "field, value, code",
    [
        ("conversion: {goal: hire, target_rate: 0." + "9" * 100_000 + "}", None, "JP009"),
        ("conversion: {goal: hire, target_rate: 1e999999}", None, "JP009"),
        ("conversion: {goal: hire, target_rate: .nan}", None, "JP009"),
        ("response_time: " + "9" * 100_000 + "m", None, "JP008"),
        ("response_time: P" + "9" * 100_000 + "D", None, "JP008"),
        ("response_time: " + "1" * 4301, None, "JP008"),
    ],
)
def test_huge_numbers_in_numbers_and_durations(tmp_path, field, value, code):
    text = f"touchpoints:\n  - id: t\n    stage: s\n    channel: c\n    {field}\n"
    run = check(write(tmp_path, "plan.yaml", text))
    assert code in run.codes()


def test_file_larger_than_the_bound_is_not_read(tmp_path):
    path = tmp_path / "plan.yaml"
    with open(path, "wb") as f:  # sparse: the size is what counts
        f.truncate(loader.MAX_FILE_BYTES + 1)
    run = check(path)
    _, file, line, column, message = run.only("JP014")
    assert (file, line, column) == ("plan.yaml", 1, 1)
    assert f"{loader.MAX_FILE_BYTES} bytes are not read" in message


def test_file_at_the_bound_is_read(tmp_path):
    path = tmp_path / "plan.yaml"
    head = b"plan:\n  name: x\n# "
    path.write_bytes(head + b"x" * (loader.MAX_FILE_BYTES - len(head)))
    assert "JP014" not in check(path).codes()


def test_many_dangling_references_into_a_large_plan(tmp_path):
    """difflib against every id for every dangling reference took hours here."""
    text = (
        "personas:\n  - {id: sam}\ntouchpoints:\n"
        + "".join(
            f"  - {{id: touchpoint-{i}, stage: awareness, channel: web}}\n" for i in range(5000)
        )
        + "triggers:\n"
        + "".join(
            f"  - {{from: touchpoint-{i}x, to: touchpoint-{i + 1}, event: e}}\n"
            for i in range(2000)
        )
    )
    run = check(write(tmp_path, "plan.yaml", text))
    dangling = [f for f in run.findings if f[0] == "JP007" and "touchpoint-" in f[4]]
    assert len(dangling) == 2000
    assert dangling[0][4] == (
        "touchpoint 'touchpoint-0x' does not exist (did you mean 'touchpoint-0'?)"
    )


def test_many_unknown_keys_in_a_plan_file(tmp_path):
    text = CLEAN + "".join(f"junk{i}: 1\n" for i in range(20_000))
    run = check(write(tmp_path, "plan.yaml", text))
    assert sum(1 for f in run.findings if f[0] == "JP003") == 20_000


def test_readme_states_the_limits_the_code_has():
    from tests.hostile.common import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Bad input and exit codes", 1)[1].split("\n## ", 1)[0]
    assert f"{loader.MAX_FILE_BYTES:,} bytes" in section
    assert f"{loader.MAX_FILE_BYTES // 2**20} MiB" in section
    assert f"at most {loader.MAX_DEPTH} levels" in section


def test_thousands_of_personas_keep_the_text_table_bounded(tmp_path, monkeypatch):
    from journeyplan.report import text as text_report

    monkeypatch.setattr(text_report, "MAX_TABLE_ROWS", 3)
    personas = "".join(f"  - {{id: p{i}}}\n" for i in range(5))
    run = check_text(write(tmp_path, "plan.yaml", f"plan: {{name: x}}\npersonas:\n{personas}"))
    assert "p2 " in run.stdout and "p3 " not in run.stdout.split("... and")[0]
    assert "... and 2 more personas (--format json lists every verdict)" in run.stdout
    json_run = check(tmp_path / "plan.yaml")
    assert len(json_run.doc["checklist"]) == 5
