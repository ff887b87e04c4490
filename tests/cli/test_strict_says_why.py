"""`check --strict` that fails on warnings alone says so in its summary line."""

from __future__ import annotations

from tests.cli.test_cli import invoke, plan_file
from tests.common import CLEAN, edit

ONE_WARNING = edit(CLEAN, "    description: Vocational technicians\n", "")


def test_strict_failing_on_warnings_says_why_in_english_and_dutch(tmp_path):
    path = plan_file(tmp_path, ONE_WARNING)
    plain = invoke("check", path)
    assert plain.exit_code == 0
    assert plain.output.rstrip().endswith("0 errors, 1 warning, 0 info")
    strict = invoke("check", "--strict", path)
    assert strict.exit_code == 1
    assert strict.output.rstrip().endswith(
        "0 errors, 1 warning, 0 info (--strict: warnings fail the check)"
    )
    dutch = invoke("check", "--strict", "--lang", "nl", path)
    assert dutch.exit_code == 1
    assert dutch.output.rstrip().endswith(
        "0 fouten, 1 waarschuwing, 0 info (--strict: bij waarschuwingen faalt de controle)"
    )


def test_strict_says_nothing_more_when_errors_fail_the_check(tmp_path):
    text = edit(ONE_WARNING, "event: submitted", "event: ''")
    strict = invoke("check", "--strict", plan_file(tmp_path, text))
    assert strict.exit_code == 1
    assert "--strict:" not in strict.output
