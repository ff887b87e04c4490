"""Start-up cannot silently erode (issue 18): ``import journeyplan.cli``, and a whole
``journeyplan check examples/starter``, load only the modules on check's path.

Each runs in a fresh interpreter; what it loaded (``sys.modules`` at exit) is compared with
the typer floor (``benchmarks/typer_floor.py``: what any typer CLI with journeyplan's
options loads) plus the allow-lists below. A module that is not allowed fails the test:
import it lazily in the command that needs it, or, when check really needs it, add it here
and measure the start-up (``python benchmarks/startup.py``, docs/performance.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

import pytest

from tests.common import EXAMPLES

ROOT = Path(__file__).resolve().parents[2]

#: journeyplan's own modules that ``import journeyplan.cli`` may load: the commands'
#: declarations and what their options need (languages, the format registry).
AT_IMPORT = [
    "journeyplan",
    "journeyplan.cli",
    "journeyplan.cli.*",
    "journeyplan.errors",
    "journeyplan.findings",
    "journeyplan.record",  # findings' and options' value classes (cheaper than dataclasses)
    "journeyplan.lazy",  # patterns compiled on first use (the escaping policies)
    "journeyplan.messages",
    # the tables every check reads; the others load on a key not found in these
    "journeyplan.messages.structure",
    "journeyplan.messages.checklist",
    "journeyplan.messages.experience",
    "journeyplan.messages.interface",
    "journeyplan.i18n",
    "journeyplan.report",
    "journeyplan.report.base",
    "journeyplan.report.escaping",
    "journeyplan.report.registry",
]

#: What ``journeyplan check PLAN`` (text into a pipe) may load besides: reading, the
#: format, the rules, the check pipeline, the text formatter.
FOR_CHECK = AT_IMPORT + [
    "journeyplan.suggest",
    "journeyplan.locale*",
    "journeyplan.source",
    "journeyplan.source.discover",
    "journeyplan.source.compose",
    "journeyplan.source.scalars",
    "journeyplan.source.safeio",
    "journeyplan.plan",
    "journeyplan.plan.*",
    "journeyplan.check",
    "journeyplan.check.*",
    "journeyplan.rules",
    "journeyplan.rules.base",
    "journeyplan.rules.structure",
    "journeyplan.rules.q*",
    "journeyplan.plan.optin",  # which 1.1 parts a plan opts in to (no forecast import)
    "journeyplan.rules.retention",  # the talent pool's retention limits (JP517, JP518)
    "journeyplan.analysis",
    "journeyplan.analysis.graph",
    "journeyplan.report.console",
    "journeyplan.report.paths",
    "journeyplan.report.text",
]

#: Never on check's path, whatever the lists above say.
NEVER = [
    "journeyplan.plan.jsonschema",
    "journeyplan.rules.examples",
    "journeyplan.source.git",
    "journeyplan.analysis.diff",
    "journeyplan.analysis.matrix",
    "journeyplan.analysis.forecast*",
    "journeyplan.render*",
    "journeyplan.lsp*",
    "journeyplan.report.sarif",
    "journeyplan.report.diff_report",
    "journeyplan.report.matrix_formats",
    "journeyplan.report.rules",
]

#: Packages other than journeyplan (top-level names) check may load beyond the floor's:
#: the YAML parser (PyYAML's C loader) only. rich is not needed into a pipe (the table is
#: written without it); numpy, scipy, jinja2, babel, pygls and the rest never.
THIRD_PARTY = {"yaml", "_cython_*", "cython_runtime", "gc"}
HEAVY = [
    "numpy",
    "scipy",
    "jinja2",
    "babel",
    "pygls",
    "lsprotocol",
    "weasyprint",
    "graphviz",
    "jsonschema",
    "rich",
]


def _modules(code: str) -> set[str]:
    """The modules loaded at the end of CODE, run in a fresh interpreter at the root."""
    wrapped = (
        "import sys, json, atexit\n"
        "atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.__stderr__))\n"
        + code
    )
    proc = subprocess.run(
        [sys.executable, "-c", wrapped],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "benchmarks"), "PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=120,
    )
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))


def _run(module: str, args: list[str]) -> str:
    return (
        f"sys.argv = ['journeyplan', *{args!r}]\n"
        f"import {module} as m\n"
        "try:\n    m.main() if hasattr(m, 'main') else m.app()\nexcept SystemExit:\n    pass\n"
    )


@pytest.fixture(scope="module")
def floor() -> set[str]:
    return _modules(_run("typer_floor", ["check", str(EXAMPLES / "starter")]))


def _unexpected(
    loaded: set[str], floor: set[str], allowed: list[str], packages: set[str] = THIRD_PARTY
) -> list[str]:
    """Modules of LOADED that neither the floor nor the allow-lists explain: journeyplan's
    own by full name, any other by its top-level package (one the floor did not load)."""
    floor_tops = {name.split(".")[0] for name in floor}
    out = []
    for name in sorted(loaded - floor):
        top = name.split(".")[0]
        if top == "journeyplan":
            if any(fnmatch(name, p) for p in NEVER) or not any(fnmatch(name, p) for p in allowed):
                out.append(name)
        elif top not in floor_tops and not any(fnmatch(top, p) for p in packages):
            out.append(name)
    return out


def test_import_loads_only_the_declarations(floor):
    loaded = _modules("import journeyplan.cli")
    assert _unexpected(loaded, floor, AT_IMPORT) == []
    assert not {m for m in loaded if m.split(".")[0] in ("yaml", "rich")}


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_check_loads_only_the_check_path(floor, fmt):
    loaded = _modules(
        _run("journeyplan.cli", ["check", str(EXAMPLES / "starter"), "--format", fmt])
    )
    assert "journeyplan.check.pipeline" in loaded  # it did run
    allowed = FOR_CHECK + {
        "json": ["journeyplan.report.json_format", "journeyplan.report.jsontext"],
        "github": ["journeyplan.report.github"],
    }.get(fmt, [])
    packages = THIRD_PARTY | ({"json"} if fmt == "json" else set())
    unexpected = _unexpected(loaded, floor, allowed, packages)
    assert unexpected == []
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]


def test_the_allow_lists_catch_a_heavy_import(floor):
    """The guard can fail: a command that imported the diff code would be reported."""
    loaded = _modules("import journeyplan.cli, journeyplan.report.diff_report, numpy")
    unexpected = _unexpected(loaded, floor, FOR_CHECK)
    assert "journeyplan.report.diff_report" in unexpected
    assert "numpy" in unexpected


def _interface(module: str) -> dict[str, list[tuple[str, ...]]]:
    """Each command's parameters (option names or the argument's name) of the typer app of
    MODULE, in a fresh interpreter."""
    code = (
        "import json, sys, typer\n"
        f"import {module} as m\n"
        "group = typer.main.get_command(m.app)\n"
        "print(json.dumps({name: sorted(sorted(p.opts) for p in cmd.params)"
        " for name, cmd in sorted(group.commands.items())}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "benchmarks"), "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=True,
    )
    return json.loads(proc.stdout)


def test_the_floor_declares_journeyplans_commands_and_options():
    """benchmarks/typer_floor.py is the floor only while it declares what journeyplan does:
    a command or option added to journeyplan is added there (it costs typer time)."""
    ours = _interface("journeyplan.cli.common")
    floor = _interface("typer_floor")
    assert floor == ours
