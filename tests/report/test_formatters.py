"""The formatter registry and the escaping policies (journeyplan.report)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from journeyplan.report import REPORTERS, Formatter
from journeyplan.report.escaping import POLICIES
from journeyplan.report.registry import FORMATTERS, formatter, names
from tests.common import EXAMPLES

COMMAND_CHOICES = {
    "check": ["text", "json", "sarif", "github"],
    "diff": ["text", "json", "markdown"],
    "matrix": ["text", "csv", "markdown"],
    "rules": ["text", "markdown", "json"],
}


@pytest.mark.parametrize("command", sorted(COMMAND_CHOICES))
def test_the_registry_is_the_list_of_format_choices(command):
    from journeyplan.cli import app

    assert list(names(command)) == COMMAND_CHOICES[command]
    help_text = CliRunner().invoke(app, [command, "--help"], terminal_width=200).output
    assert "<" + "|".join(COMMAND_CHOICES[command]) + ">" in help_text


@pytest.mark.parametrize(
    ("command", "name"), [(c, n) for c, formats in FORMATTERS.items() for n in formats]
)
def test_every_entry_names_a_formatter_of_that_name(command, name):
    cls = formatter(command, name)
    assert issubclass(cls, Formatter)
    assert cls.name == name


def test_an_unknown_format_is_a_key_error():
    with pytest.raises(KeyError):
        formatter("check", "xml")
    with pytest.raises(KeyError):
        formatter("nope", "text")


def test_reporters_is_the_check_registry():
    assert list(REPORTERS) == COMMAND_CHOICES["check"]
    assert len(REPORTERS) == 4
    assert REPORTERS["sarif"] is formatter("check", "sarif")


def _modules_after(code: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(proc.stdout.split())


def test_listing_the_formats_imports_no_formatter():
    loaded = _modules_after(
        "from journeyplan.report.registry import FORMATTERS, names\n"
        "from journeyplan.report import REPORTERS\n"
        "[names(c) for c in FORMATTERS]; list(REPORTERS)"
    )
    modules = {module for formats in FORMATTERS.values() for module, _ in formats.values()}
    assert not modules & loaded
    assert "rich" not in loaded


def test_a_format_imports_only_its_own_module():
    loaded = _modules_after(
        "from journeyplan.report.registry import formatter; formatter('check', 'json')"
    )
    assert "journeyplan.report.json_format" in loaded
    assert (
        not {
            "journeyplan.report.text",
            "journeyplan.report.sarif",
            "journeyplan.report.diff_report",
            "journeyplan.report.matrix_formats",
            "rich",
        }
        & loaded
    )


# ------------------------------------------------------------------ escaping policies
HOSTILE = "a*b_[x](y) <i>|~#!@$&`c` 100%: x,\ny\r\x1b[31m\u202e\u200b"
EXPECTED = {
    "terminal": "a*b_[x](y) <i>|~#!@$&`c` 100%: x,\\ny\\r\\x1b[31m\\u202e\\u200b",
    "markdown": "a\\*b\\_\\[x\\](y) \\<i\\>\\|\\~#!@\\$\\&\\`c\\` 100%: x, y \\\\x1b\\[31m\\\\u202e\\\\u200b",
    "markdown-inline": "a\\*b\\_\\[x\\](y) \\<i\\>\\|\\~\\#\\!\\@$\\&\\`c\\` 100%: x,\\\\ny\\\\r\\\\x1b\\[31m\\\\u202e\\\\u200b",
    "markdown-code": "a\\*b\\_\\[x\\](y) \\<i\\>\\|\\~\\#\\!\\@$\\&\\`c\\` 100%: x,\\\\ny\\\\r\\\\x1b\\[31m\\\\u202e\\\\u200b",
    "sarif-markdown": "a\\*b\\_\\[x\\](y) \\<i\\>|~#!@$&\\`c\\` 100%: x,\ny\r\x1b\\[31m\u202e\u200b",
    "github-data": "a*b_[x](y) <i>|~#!@$&`c` 100%25: x,%0Ay%0D\\x1b[31m\\u202e\\u200b",
    "github-property": "a*b_[x](y) <i>|~#!@$&`c` 100%25%3A x%2C%0Ay%0D\\x1b[31m\\u202e\\u200b",
    "json": "a*b_[x](y) <i>|~#!@$&`c` 100%: x,\ny\r\x1b[31m\\u202e\u200b",
    "csv": "a*b_[x](y) <i>|~#!@$&`c` 100%: x, y \\x1b[31m\\u202e\\u200b",
    "csv-cell": HOSTILE,
    "html": "a*b_[x](y) <i>|~#!@$&`c` 100%: x,\ny\r\\x1b[31m\\u202e\\u200b",
}
# a name in a table: as the terminal and Markdown policies until it is longer than
# TABLE_TEXT characters (tests/report/test_long_names.py)
EXPECTED["terminal-table"] = EXPECTED["terminal"]
EXPECTED["markdown-table"] = EXPECTED["markdown"]


def test_every_policy_is_tested():
    assert sorted(POLICIES) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_policy(name):
    assert POLICIES[name](HOSTILE) == EXPECTED[name]


def test_markdown_code_spans():
    code = POLICIES["markdown-code"]
    assert code("plans/acme") == "`plans/acme`"
    assert code("") == ""
    assert code("a|b") == "a\\|b"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_never_start_a_formula(start):
    assert POLICIES["csv-cell"](start + "SUM(A1)") == "'" + start + "SUM(A1)"


def test_one_console_factory():
    """Every rich console is made in journeyplan.report.console."""
    import pathlib

    import journeyplan

    root = pathlib.Path(journeyplan.__file__).parent
    makers = sorted(
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if "Console(" in p.read_text(encoding="utf-8")
    )
    assert makers == ["report/console.py"]


def test_check_text_runs(tmp_path):
    from journeyplan.cli import app

    result = CliRunner().invoke(app, ["check", str(EXAMPLES / "starter")])
    assert result.exit_code == 0, result.output
