"""A real client (pytest-lsp) talking to ``journeyplan lsp`` over stdio.

One server per test module (starting one takes a second or more); each test opens the
buffers it needs and closes them again (:class:`Session`), so the plans on disk stay the
shipped examples and the tests of a module do not see each other's edits.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from typer.testing import CliRunner

from journeyplan.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "journeyplan", "lsp"])


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> dict[str, Path]:
    """Copies of the shipped examples: two workspace folders (two plans) and a folder
    outside both."""
    base = tmp_path_factory.mktemp("lsp")
    out = {}
    for name in ("technical-staffing", "broken", "starter"):
        out[name] = base / name
        shutil.copytree(EXAMPLES / name, out[name])
    return out


@pytest_lsp.fixture(config=SERVER, scope="module")
async def client(lsp_client: LanguageClient, folders: dict[str, Path]):
    # what an editor does with the server's file watcher registration
    lsp_client.feature(lsp.CLIENT_REGISTER_CAPABILITY)(lambda params: None)
    await lsp_client.initialize_session(
        lsp.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            workspace_folders=[
                lsp.WorkspaceFolder(uri=folders[n].as_uri(), name=n)
                for n in ("technical-staffing", "broken")
            ],
            initialization_options={"debounceMs": 5},
        )
    )
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def staffing(client, folders):
    """A :class:`Session` on the technical-staffing workspace folder (its buffers closed
    after the test)."""
    session = Session(client, folders["technical-staffing"])
    yield session
    session.close_all()


@pytest.fixture
def broken(client, folders):
    """A :class:`Session` on the broken example's workspace folder."""
    session = Session(client, folders["broken"])
    yield session
    session.close_all()


class Session:
    """Open, edit and close buffers of one plan, and read what the server published."""

    def __init__(self, client: LanguageClient, root: Path) -> None:
        self.client = client
        self.root = root
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}

    def uri(self, rel: str) -> str:
        return (self.root / rel).as_uri()

    def doc(self, rel: str) -> lsp.TextDocumentIdentifier:
        return lsp.TextDocumentIdentifier(self.uri(rel))

    def open(self, rel: str, text: str | None = None) -> str:
        path = self.root / rel
        text = path.read_text(encoding="utf-8") if text is None else text
        self.versions[rel] = 1
        self.texts[rel] = text
        self.client.text_document_did_open(
            lsp.DidOpenTextDocumentParams(
                lsp.TextDocumentItem(uri=self.uri(rel), language_id="yaml", version=1, text=text)
            )
        )
        return text

    def replace(self, rel: str, text: str) -> None:
        self.versions[rel] += 1
        self.texts[rel] = text
        self.client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                lsp.VersionedTextDocumentIdentifier(uri=self.uri(rel), version=self.versions[rel]),
                [lsp.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    def close_all(self) -> None:
        for rel in self.versions:
            self.client.text_document_did_close(lsp.DidCloseTextDocumentParams(self.doc(rel)))
        self.versions.clear()
        self.texts.clear()

    async def settle(self, rel: str | None = None, timeout: float = 30.0):
        """Wait until the server has checked the current text: a document-symbol request
        waits for that check, and the check's diagnostics are sent before its answer."""
        rel = rel or next(iter(self.versions))
        await asyncio.wait_for(
            self.client.text_document_document_symbol_async(
                lsp.DocumentSymbolParams(self.doc(rel))
            ),
            timeout,
        )
        return self.diagnostics()

    def diagnostics(self) -> dict[str, list[lsp.Diagnostic]]:
        """Relative path -> the diagnostics last published for it (files with some)."""
        out = {}
        for uri, items in self.client.diagnostics.items():
            path = Path(uri.removeprefix("file://"))
            if items and (path == self.root or self.root in path.parents):
                out[path.relative_to(self.root).as_posix()] = items
        return out

    def check_json(self, tmp: Path) -> dict:
        """``journeyplan check --format json`` of the plan as the buffers have it (written
        to a copy of the plan in TMP)."""
        copy = tmp / self.root.name
        if copy.exists():
            shutil.rmtree(copy)
        shutil.copytree(self.root, copy)
        for rel, text in self.texts.items():
            (copy / rel).write_bytes(text.encode("utf-8", "surrogatepass"))
        result = CliRunner().invoke(app, ["check", str(copy), "--format", "json"])
        assert result.exit_code in (0, 1), result.output
        return json.loads(result.stdout)


def as_json_rows(diagnostics: dict[str, list[lsp.Diagnostic]]) -> list[tuple]:
    """The diagnostics as (file, line, column, code, severity, message), 1-based like JSON
    (columns in UTF-16 units: the tests use ASCII where it matters)."""
    severities = {1: "error", 2: "warning", 3: "info"}
    rows = []
    for rel, items in diagnostics.items():
        for d in items:
            rows.append(
                (
                    rel,
                    d.range.start.line + 1,
                    d.range.start.character + 1,
                    d.code,
                    severities[d.severity],
                    d.message,
                )
            )
    return sorted(rows)


def json_rows(document: dict, home: str) -> list[tuple]:
    """The findings of a ``check --format json`` document as :func:`as_json_rows` rows; a
    finding without a file goes on HOME (the file declaring ``plan:``), line 1, column 1."""
    rows = []
    for f in document["findings"]:
        rows.append(
            (
                f["file"] or home,
                f["line"] or 1,
                f["column"] or 1,
                f["code"],
                f["severity"],
                f["message"],
            )
        )
    return sorted(rows)
