"""A file opened with no workspace folder (``rootUri: null``) in a big folder such as ``/tmp``:
it is checked on its own (no other file of that folder is read or gets diagnostics), a request
about a file that does not exist answers ``null``, and ``exit`` ends the process even while a
check is running."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from typer.testing import CliRunner

from journeyplan.cli import app
from journeyplan.lsp.workspace import LONE_MAX_FILES
from tests.lsp.conftest import Session, as_json_rows, json_rows

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "journeyplan", "lsp"])
pytestmark = pytest.mark.asyncio(loop_scope="module")
UNRELATED = "version: 3\nservices:\n  web:\n    image: nginx\n"


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    """A folder like /tmp: many YAML files of other tools, three levels deep, and one plan."""
    base = tmp_path_factory.mktemp("tmp-like")
    for i in range(LONE_MAX_FILES + 20):
        folder = base / f"project{i % 12}" / ("sub" if i % 3 else "") / ("deep" if i % 2 else "")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"compose{i}.yaml").write_text(UNRELATED, encoding="utf-8")
    shutil.copy(EXAMPLES / "broken" / "plan.yaml", base / "broken.yaml")
    return base


@pytest_lsp.fixture(config=SERVER, scope="module")
async def client(lsp_client: LanguageClient, big: Path):
    lsp_client.feature(lsp.CLIENT_REGISTER_CAPABILITY)(lambda params: None)
    await lsp_client.initialize_session(
        lsp.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=None,
            initialization_options={"debounceMs": 5},
        )
    )
    yield
    await lsp_client.shutdown_session()


async def test_a_file_outside_any_workspace_in_a_big_folder_is_checked_alone(client, big):
    session = Session(client, big)
    session.open("broken.yaml")
    shown = await session.settle()
    # only the opened file has diagnostics: none of the other tools' files was checked
    assert sorted(shown) == ["broken.yaml"]
    alone = CliRunner().invoke(app, ["check", str(big / "broken.yaml"), "--format", "json"])
    assert as_json_rows(shown) == json_rows(json.loads(alone.stdout), "broken.yaml")
    told = [m.message for m in client.log_messages if str(big) in m.message]
    assert told == [
        f"journeyplan: {big} is outside the workspace folders and holds more than "
        f"{LONE_MAX_FILES} YAML files: each file opened there is checked on its own. To check "
        "a whole plan, open its folder as the workspace folder."
    ]
    session.close_all()


@pytest.mark.parametrize("where", ["root", "big folder"])
async def test_a_request_about_a_file_that_does_not_exist_answers_null(client, big, where):
    uri = "file:///nonexist.yaml" if where == "root" else (big / "nonexist.yaml").as_uri()
    hover = await client.text_document_hover_async(
        lsp.HoverParams(lsp.TextDocumentIdentifier(uri), lsp.Position(0, 0))
    )
    symbols = await client.text_document_document_symbol_async(
        lsp.DocumentSymbolParams(lsp.TextDocumentIdentifier(uri))
    )
    assert hover is None and symbols is None
    assert not any("nonexist" in uri for uri in client.diagnostics)


# A server whose check never ends: exit (or the end of stdin) must still end the process.
STUCK = (
    "import threading, sys\n"
    "from journeyplan.lsp import workspace, server\n"
    "workspace.PlanWorkspace.check = lambda self, root, buffers: threading.Event().wait()\n"
    "sys.exit(server.start())\n"
)


def _frame(obj: dict) -> bytes:
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


@pytest.mark.parametrize("ending", ["shutdown and exit", "end of stdin"])
@pytest.mark.filterwarnings("ignore")
def test_the_server_ends_while_a_check_is_still_running(tmp_path, ending):
    plan = tmp_path / "plan.yaml"
    plan.write_text("plan: {name: x}\n", encoding="utf-8")
    messages = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {"processId": None, "rootUri": None, "capabilities": {}},
        },
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {
            "jsonrpc": "2.0",
            "method": "textDocument/didOpen",
            "params": {
                "textDocument": {
                    "uri": plan.as_uri(),
                    "languageId": "yaml",
                    "version": 1,
                    "text": plan.read_text(),
                }
            },
        },
    ]
    if ending == "shutdown and exit":
        messages += [
            {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
            {"jsonrpc": "2.0", "method": "exit"},
        ]
    # the timeout only keeps a hanging server from hanging the test run
    proc = subprocess.run(
        [sys.executable, "-c", STUCK],
        input=b"".join(map(_frame, messages)),
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == (0 if ending == "shutdown and exit" else 1)
