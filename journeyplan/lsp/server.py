"""``journeyplan lsp``: a Language Server Protocol server on stdio (pygls, lsprotocol types).

The workspace folder is the plan (:mod:`journeyplan.lsp.workspace`); diagnostics are pushed on
open and on change, debounced (:data:`DEBOUNCE_SECONDS`: a change after a pause is checked at
once, a burst of keystrokes once it pauses), for every file of the plan, with at most one check
running (one worker thread; changes during a check make one more check when it
ends). Requests that need positions (definition, references, hover, symbols, rename, code
actions) wait for the check of the text they are about.

``initializationOptions`` (all optional): ``language`` (``en``/``nl``: messages, like
``--lang``), ``debounceMs``, ``ruleDocsUrl`` (template with ``{code}``/``{name}``) and
``plans`` (folders, relative to the workspace folder, that are plans of their own, like the
pre-commit hook's ``args: [plan/]``).

Internal errors are logged with ``window/logMessage`` and the server goes on; ``exit`` after
``shutdown`` ends the process with status 0 (1 without ``shutdown``, as LSP specifies), at
once, even while a check is running; so does the end of stdin.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import os
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from journeyplan import __version__
from journeyplan.lsp import handlers
from journeyplan.lsp.diagnostics import RULE_DOCS, LineIndexes, Placed, place_findings
from journeyplan.lsp.index import PlanIndex
from journeyplan.lsp.text import LineIndex
from journeyplan.lsp.workspace import LONE_MAX_FILES, Buffer, PlanCheck, PlanWorkspace

#: Wait this long after the last change before checking (typing a word is one check).
DEBOUNCE_SECONDS = 0.03
#: The longest debounce ``initializationOptions.debounceMs`` may ask for (ten seconds).
MAX_DEBOUNCE_MS = 10_000
#: Longest a request waits for the check of its text.
FRESH_TIMEOUT = 30.0


@dataclass
class PlanState:
    """What the server knows of one plan: the last check (with its diagnostics, line
    indexes and navigation index) and the generations asked for and done."""

    root: Path
    wanted: int = 0
    done: int = 0
    timer: asyncio.TimerHandle | None = None
    last_change: float = float("-inf")
    check: PlanCheck | None = None
    indexes: LineIndexes | None = None
    placed: dict[str, list[Placed]] = field(default_factory=dict)
    index: PlanIndex | None = None
    published: set[str] = field(default_factory=set)
    fresh: asyncio.Event = field(default_factory=asyncio.Event)


class JourneyplanServer(LanguageServer):
    """The journeyplan language server."""

    def __init__(self) -> None:
        super().__init__(
            "journeyplan", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental
        )
        self.plans = PlanWorkspace()
        self.states: dict[Path, PlanState] = {}
        self.queue: list[Path] = []
        self.draining: asyncio.Task | None = None
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journeyplan-check")
        self.debounce = DEBOUNCE_SECONDS
        self.language: str | None = None
        self.docs = RULE_DOCS
        self.plan_folders: list[str] = []
        #: folders outside the workspace whose files are checked alone, already logged
        self.told: set[Path] = set()
        #: a check is running in the worker thread (``exit`` does not wait for it)
        self.running = False
        #: how LSP positions count characters: the encoding negotiated at initialize
        self.encoding = "utf-16"

    # ------------------------------------------------------------------ set-up
    def configure(self, params: lsp.InitializeParams) -> None:
        options = params.initialization_options or {}
        if not isinstance(options, dict):
            options = {}
        if options.get("language") in ("en", "nl"):
            self.language = options["language"]
        debounce = options.get("debounceMs")
        if isinstance(debounce, (int, float)) and not isinstance(debounce, bool):
            if 0 <= debounce <= MAX_DEBOUNCE_MS:  # NaN and inf are not
                self.debounce = debounce / 1000
            else:
                from journeyplan.i18n import render_message

                args = {"value": repr(debounce), "high": MAX_DEBOUNCE_MS}
                args["default"] = f"{DEBOUNCE_SECONDS * 1000:g}"
                message = render_message("lsp.debounce", args, self.language or "en")
                self.log(f"journeyplan: {message}", lsp.MessageType.Warning)
        if isinstance(options.get("ruleDocsUrl"), str) and "{code}" in options["ruleDocsUrl"]:
            self.docs = options["ruleDocsUrl"]
        plans = options.get("plans")
        if isinstance(plans, list):
            self.plan_folders = [p for p in plans if isinstance(p, str)]
        self.encoding = self._negotiated_encoding()
        folders = [f.uri for f in params.workspace_folders or []]
        if not folders and params.root_uri:
            folders = [params.root_uri]
        self.set_folders(folders)

    def set_folders(self, uris: list[str]) -> None:
        folders = []
        for uri in uris:
            path = to_fs_path(uri)
            if path:
                folders.append(Path(path))
                folders.extend(Path(path, p) for p in self.plan_folders)
        self.plans.folders = [f.absolute() for f in folders]
        self.plans.forget_discovery()

    def _negotiated_encoding(self) -> str:
        enc = self.workspace.position_encoding
        value = getattr(enc, "value", enc) or "utf-16"
        return value if value in ("utf-8", "utf-16", "utf-32") else "utf-16"

    def log(self, message: str, kind: lsp.MessageType = lsp.MessageType.Error) -> None:
        try:
            self.window_log_message(lsp.LogMessageParams(type=kind, message=message))
        except Exception:  # the client is gone: nothing to tell
            pass

    def report_server_error(self, error: Exception, source: Any) -> None:
        """pygls's handler for errors outside requests: a log message, never a pop-up.
        A request's own error (a refused rename) is its answer, not an internal error."""
        if isinstance(error, JsonRpcException) or getattr(source, "__name__", "") == (
            "FeatureRequestError"
        ):
            return
        self.log(f"journeyplan: internal error: {type(error).__name__}: {error}")

    # ------------------------------------------------------------------ documents
    def path_of(self, uri: str) -> Path | None:
        if not uri.startswith("file:"):
            return None
        path = to_fs_path(uri)
        return Path(path).absolute() if path else None

    def root_of(self, uri: str) -> Path | None:
        path = self.path_of(uri)
        if path is None:
            return None
        root = self.plans.plan_root(path)
        if root is not None and root in self.plans.single and root.parent not in self.told:
            self.told.add(root.parent)  # once per folder: why its other files are not read
            from journeyplan.i18n import render_message

            message = render_message(
                "lsp.lone",
                {"folder": str(root.parent), "count": LONE_MAX_FILES},
                self.language or "en",
            )
            self.log(f"journeyplan: {message}", lsp.MessageType.Info)
        return root

    def known(self, uri: str) -> bool:
        """Whether URI is an open document or a file on disk (a request about anything else
        has nothing to answer, and must not start a check)."""
        if uri in self.workspace.text_documents:
            return True
        path = self.path_of(uri)
        return path is not None and path.is_file()

    def buffers(self, root: Path) -> list[Buffer]:
        out = []
        for uri, doc in list(self.workspace.text_documents.items()):
            path = self.path_of(uri)
            if path is not None and self.plans.plan_root(path) == root:
                out.append(Buffer(path, doc.source, doc.version))
        return out

    def uri_of(self, path: Path) -> str:
        """The URI the client uses for PATH (an open document's own), else a file URI."""
        for uri in self.workspace.text_documents:
            if self.path_of(uri) == path:
                return uri
        return from_fs_path(str(path)) or path.as_uri()

    # ------------------------------------------------------------------ scheduling
    def state(self, root: Path) -> PlanState:
        st = self.states.get(root)
        if st is None:
            st = self.states[root] = PlanState(root)
        return st

    def request_check(self, root: Path, delay: float | None = None) -> None:
        """Check ROOT's plan after DELAY seconds. Without DELAY (a change), debounced: the
        first change after a quiet spell (no change for the debounce time, no check
        running) is checked at once; changes that follow it closely wait until the typing
        pauses for the debounce time, and then make one check."""
        st = self.state(root)
        loop = asyncio.get_running_loop()
        now = loop.time()
        if delay is None:
            idle = self.draining is None or self.draining.done()
            quiet = st.timer is None and idle and now - st.last_change >= self.debounce
            delay = 0 if quiet else self.debounce
            st.last_change = now
        st.wanted += 1
        st.fresh.clear()
        if st.timer is not None:
            st.timer.cancel()
        st.timer = loop.call_later(delay, self._ready, root)

    def _ready(self, root: Path) -> None:
        st = self.state(root)
        st.timer = None
        if root not in self.queue:
            self.queue.append(root)
        if self.draining is None or self.draining.done():
            self.draining = asyncio.ensure_future(self._drain())

    async def _drain(self) -> None:
        """Run the queued checks one after another (never two at once)."""
        loop = asyncio.get_running_loop()
        while self.queue:
            root = self.queue.pop(0)
            st = self.state(root)
            generation = st.wanted
            buffers = self.buffers(root)
            try:
                outcome = await loop.run_in_executor(self.worker, self._check, root, buffers)
                if outcome is not None:
                    st.check, st.indexes, st.placed, st.index = outcome
                    self.publish(st)
                else:  # no file of the plan is left (deleted, closed): clear what was shown
                    for uri in sorted(st.published):
                        self.text_document_publish_diagnostics(
                            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[])
                        )
                    st.published = set()
            except Exception as exc:  # logged; the next change checks again
                self.log(
                    f"journeyplan: internal error while checking {root}: "
                    f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=8)}"
                )
            st.done = max(st.done, generation)
            if st.done >= st.wanted:
                st.fresh.set()

    def _check(self, root: Path, buffers: list[Buffer]):
        """In the worker thread: check the plan, place its findings, index its ids."""
        self.running = True
        try:
            check = self.plans.check(root, buffers)
            if not check.paths:
                return None
            indexes = LineIndexes(check)
            placed = place_findings(check, indexes, self.encoding, self.language, self.docs)
            return check, indexes, placed, PlanIndex(check.result.plan, indexes)
        finally:
            self.running = False

    def publish(self, st: PlanState) -> None:
        """Diagnostics for every file with findings and for every open file (an empty list
        says "checked, nothing found" for that version); empty ones for files that had some."""
        assert st.check is not None
        check = st.check
        sent: set[str] = set()
        opened = {rel for rel, version in check.versions.items() if version is not None}
        for rel in sorted(set(st.placed) | opened):
            uri = self.uri_of(check.paths[rel])
            items = st.placed.get(rel, ())
            if items:
                sent.add(uri)
            self.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(
                    uri=uri,
                    diagnostics=[p.diagnostic for p in items],
                    version=check.versions.get(rel),
                )
            )
        for uri in sorted(st.published - sent - {self.uri_of(check.paths[r]) for r in opened}):
            self.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )
        st.published = sent

    async def fresh(self, uri: str) -> tuple[PlanState, str] | None:
        """The state of URI's plan once the check of its current text is done, and URI's
        relative path in it; ``None`` for a file of no plan, or one neither open nor on disk."""
        if not self.known(uri):
            return None
        root = self.root_of(uri)
        if root is None:
            return None
        st = self.state(root)
        if st.check is None and st.wanted == 0:
            self.request_check(root, 0)
        if st.done < st.wanted:
            if st.timer is not None:  # no need to wait for the debounce: check now
                st.timer.cancel()
                self._ready(root)
            try:
                await asyncio.wait_for(st.fresh.wait(), FRESH_TIMEOUT)
            except asyncio.TimeoutError:
                pass
        if st.check is None:
            return None
        path = self.path_of(uri)
        rel = st.check.rel(path) if path is not None else None
        return (st, rel) if rel is not None else None

    def line_index(self, st: PlanState, rel: str) -> LineIndex:
        assert st.indexes is not None
        return st.indexes[rel]


def guarded(func):
    """A handler whose unexpected errors are logged (window/logMessage), not fatal: a
    request answers ``null``. Refusals meant for the user (JsonRpcException) pass."""

    def failed(ls: JourneyplanServer) -> None:
        ls.log(f"journeyplan: internal error in {func.__name__}: " + traceback.format_exc(limit=8))

    if inspect.iscoroutinefunction(func):

        @functools.wraps(func)
        async def wrapper(ls: JourneyplanServer, params):
            try:
                return await func(ls, params)
            except JsonRpcException:
                raise
            except Exception:
                failed(ls)
                return None

        return wrapper

    @functools.wraps(func)
    def sync_wrapper(ls: JourneyplanServer, params):
        try:
            return func(ls, params)
        except JsonRpcException:
            raise
        except Exception:
            failed(ls)
            return None

    return sync_wrapper


def build_server() -> JourneyplanServer:
    """A server with every handler of :mod:`journeyplan.lsp.handlers` registered."""
    server = JourneyplanServer()
    for method, options, func in handlers.FEATURES:
        server.feature(method, options)(guarded(func))
    return server


class RefusalsInOneLine(logging.Filter):
    """pygls logs every error answer of a request with its traceback (``logger.exception``),
    a refused rename (``Bad ID``, ``overview``: -32803) too, though a refusal is an answer
    meant for the user, not a failure. This filter on pygls's JSON-RPC logger makes such a
    record one line, ``journeyplan lsp: request refused (-32803): MESSAGE``, without the
    traceback; any other error keeps its traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, JsonRpcException) and exc.code == handlers.REQUEST_FAILED:
            record.msg, record.args = (
                "journeyplan lsp: request refused (%s): %s",
                (
                    exc.code,
                    exc.message,
                ),
            )
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def quiet_refusals() -> None:
    """Install :class:`RefusalsInOneLine` on pygls's JSON-RPC logger (once)."""
    log = logging.getLogger("pygls.protocol.json_rpc")
    if not any(isinstance(f, RefusalsInOneLine) for f in log.filters):
        log.addFilter(RefusalsInOneLine())


def start() -> int:
    """Serve on stdin/stdout until ``exit``. Returns the exit status (0 after shutdown)."""
    quiet_refusals()
    server = build_server()
    try:
        server.start_io()
    finally:
        server.worker.shutdown(wait=False, cancel_futures=True)
    status = 0 if getattr(server.protocol, "_shutdown", False) else 1
    if server.running:
        # a check is still running in the worker thread: the interpreter would join that
        # thread before exiting, so ``exit`` would wait for it (seconds on a big plan)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(status)
    return status
