"""UTF-16 and UTF-32 without a byte order mark, little or big endian, ASCII only or not,
are named by their NUL pattern (JP016 at 1:1), never taken for Windows-1252 or each other."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from journeyplan.cli import app
from tests.common import EXAMPLES

STARTER = (EXAMPLES / "starter" / "plan.yaml").read_text(encoding="utf-8")
CAFE = "plan:\n  name: Café plan\n"


@pytest.mark.parametrize(
    ("codec", "name"),
    [
        ("utf-32-le", "UTF-32"),
        ("utf-32-be", "UTF-32"),
        ("utf-16-le", "UTF-16"),
        ("utf-16-be", "UTF-16"),
    ],
)
@pytest.mark.parametrize(
    "text", [STARTER, CAFE, "plan: {name: x}\n"], ids=["starter", "cafe", "ascii"]
)
def test_wide_encodings_are_named(tmp_path, codec, name, text):
    path = tmp_path / "e.yaml"
    path.write_bytes(text.encode(codec))
    result = CliRunner().invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert (
        f"e.yaml:1:1  JP016  error  the file is saved as {name}, not UTF-8; save it as UTF-8\n"
        in result.stdout
    )
    assert result.stdout.count("JP016") == 1


def test_windows_1252_is_still_windows_1252(tmp_path):
    path = tmp_path / "e.yaml"
    path.write_bytes(CAFE.encode("cp1252"))
    result = CliRunner().invoke(app, ["check", str(path)])
    assert (
        "e.yaml:2:12  JP016  error  the file is not UTF-8: byte 0xe9 here is 'é'" in result.stdout
    )
