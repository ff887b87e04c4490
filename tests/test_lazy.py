"""journeyplan.lazy: patterns compiled on first use compile, and the ASCII fast paths of
the escaping policies give exactly what the full patterns give."""

from __future__ import annotations

import importlib
import pkgutil
import re

from hypothesis import given
from hypothesis import strategies as st

import journeyplan
from journeyplan.lazy import LazyPattern
from journeyplan.report import escaping


def _lazy_patterns() -> list[tuple[str, LazyPattern]]:
    found = []
    for info in pkgutil.walk_packages(journeyplan.__path__, "journeyplan."):
        if info.name.endswith("__main__") or info.name.startswith(
            ("journeyplan.lsp", "journeyplan.clientreport")
        ):
            continue  # optional dependencies; they hold no lazy pattern
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            # a pattern of its own, or inside a table of them (cli.usage._PYDANTIC)
            items = value if isinstance(value, tuple) else (value,)
            for i, item in enumerate(items):
                for part in item if isinstance(item, tuple) else (item,):
                    if isinstance(part, LazyPattern):
                        found.append(
                            (f"{info.name}.{name}" + (f"[{i}]" if item is not value else ""), part)
                        )
    return found


def test_every_lazy_pattern_compiles() -> None:
    patterns = _lazy_patterns()
    assert {name for name, _ in patterns} >= {
        "journeyplan.report.escaping._CONTROL",
        "journeyplan.source.safeio.LINE_BREAK",
        "journeyplan.plan.durations._DECIMAL_COMMA",
        "journeyplan.plan.numbers._THOUSANDS",
        "journeyplan.cli.usage._NOT_ONE_OF",
        "journeyplan.cli.usage._PYDANTIC[0]",
    }
    for _, pattern in patterns:
        assert isinstance(pattern.compiled(), re.Pattern)


def test_a_lazy_pattern_acts_as_the_compiled_one() -> None:
    lazy = LazyPattern(r"a(b+)")
    assert lazy.sub("x", "abbbc") == "xc" and lazy.pattern == "a(b+)"
    assert [m.group(1) for m in lazy.finditer("ab abb")] == ["b", "bb"]


# text that mixes ASCII with the characters the policies escape
_TEXT = st.text(
    st.sampled_from(
        list("ab \t\n\r\x00\x1b\x7f\x85\x9b\xad\xe9\u200b\u2028\u202e\u2066\ufeff\ud800")
    )
    | st.characters(max_codepoint=0x7F)
)


@given(_TEXT)
def test_visible_fast_path_equals_the_full_pattern(text: str) -> None:
    full = escaping._CONTROL.compiled().sub(escaping._escape, text)
    assert escaping.visible(text) == full


@given(_TEXT)
def test_json_text_fast_path_equals_the_full_pattern(text: str) -> None:
    full = escaping._JSON_UNSAFE.compiled().sub(escaping._json_escape, text)
    assert escaping.json_text(text) == full


def test_check_loads_no_pattern_beyond_latin1_for_an_ascii_plan(tmp_path) -> None:
    """The point of the laziness: an ASCII plan compiles none of them."""
    import subprocess
    import sys

    code = (
        "import sys, journeyplan.cli as c\n"
        "from journeyplan.report import escaping\n"
        "from journeyplan.source import safeio\n"
        "sys.argv = ['journeyplan', 'check', 'examples/starter']\n"
        "try:\n    c.main()\nexcept SystemExit:\n    pass\n"
        "print(escaping._CONTROL._compiled, escaping._JSON_UNSAFE._compiled,"
        " escaping._NEWLINES._compiled, safeio.LINE_BREAK._compiled, file=sys.stderr)\n"
    )
    root = __import__("pathlib").Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert out.stderr.strip().splitlines()[-1] == "None None None None", out.stderr
