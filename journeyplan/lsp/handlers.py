"""The protocol handlers: each turns a request into a question to the plan's last check.

Registered by :func:`journeyplan.lsp.server.build_server` from :data:`FEATURES`; every handler
takes ``(server, params)``. Positions are converted with the check's own texts, which the
requests wait for (:meth:`~journeyplan.lsp.server.JourneyplanServer.fresh`), so a position is
never applied to an older text. Completion reads the buffer as it is (the line being typed
need not parse).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException

from journeyplan.i18n import render_message
from journeyplan.lsp.diagnostics import lsp_range
from journeyplan.lsp.editing import (
    RenameRefused,
    did_you_mean_fix,
    expected_reference,
    rename_edits,
)
from journeyplan.lsp.index import Occurrence
from journeyplan.lsp.navigation import document_symbols, hover_markdown
from journeyplan.lsp.text import LineIndex

if TYPE_CHECKING:
    from journeyplan.lsp.server import JourneyplanServer, PlanState

#: LSP's RequestFailed: the request was valid but cannot be done (a refused rename).
REQUEST_FAILED = -32803


# --------------------------------------------------------------------------- lifecycle
def initialize(ls: JourneyplanServer, params: lsp.InitializeParams) -> None:
    ls.configure(params)


def initialized(ls: JourneyplanServer, params: lsp.InitializedParams) -> None:
    caps = ls.client_capabilities.workspace
    watched = caps.did_change_watched_files if caps is not None else None
    if watched is not None and watched.dynamic_registration:
        ls.client_register_capability(
            lsp.RegistrationParams(
                registrations=[
                    lsp.Registration(
                        id="journeyplan-plan-files",
                        method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                        register_options=lsp.DidChangeWatchedFilesRegistrationOptions(
                            watchers=[lsp.FileSystemWatcher(glob_pattern="**/*.{yaml,yml}")]
                        ),
                    )
                ]
            )
        )


def did_open(ls: JourneyplanServer, params: lsp.DidOpenTextDocumentParams) -> None:
    root = ls.root_of(params.text_document.uri)
    if root is not None:
        ls.request_check(root, 0)


def did_change(ls: JourneyplanServer, params: lsp.DidChangeTextDocumentParams) -> None:
    root = ls.root_of(params.text_document.uri)
    if root is not None:
        ls.request_check(root)


def did_save(ls: JourneyplanServer, params: lsp.DidSaveTextDocumentParams) -> None:
    root = ls.root_of(params.text_document.uri)
    if root is not None:
        ls.plans.forget_discovery(root)  # a new file may exist on disk now
        ls.request_check(root, 0)


def did_close(ls: JourneyplanServer, params: lsp.DidCloseTextDocumentParams) -> None:
    path = ls.path_of(params.text_document.uri)
    if path is None:
        return
    ls.plans.closed(path)
    root = ls.plans.plan_root(path)
    if root is not None:
        ls.request_check(root, 0)  # the file on disk (or none) is the plan's now


def did_change_watched_files(
    ls: JourneyplanServer, params: lsp.DidChangeWatchedFilesParams
) -> None:
    ls.plans.forget_discovery()
    roots = {ls.root_of(change.uri) for change in params.changes}
    for root in roots | set(ls.states):
        if root is not None and root in ls.states:
            ls.request_check(root)


def did_change_folders(ls: JourneyplanServer, params: lsp.DidChangeWorkspaceFoldersParams) -> None:
    ls.set_folders([f.uri for f in ls.workspace.folders.values()])
    for root in list(ls.states):
        ls.request_check(root)


# --------------------------------------------------------------------------- navigation
async def _occurrence(
    ls: JourneyplanServer, uri: str, position: lsp.Position
) -> tuple[PlanState, str, Occurrence] | None:
    found = await ls.fresh(uri)
    if found is None:
        return None
    st, rel = found
    if st.index is None:
        return None
    offset = ls.line_index(st, rel).from_lsp(position.line, position.character, ls.encoding)
    occ = st.index.at(rel, offset)
    return (st, rel, occ) if occ is not None else None


def _location(ls: JourneyplanServer, st: PlanState, occ: Occurrence) -> lsp.Location:
    assert st.check is not None
    return lsp.Location(
        uri=ls.uri_of(st.check.paths[occ.rel]),
        range=lsp_range(ls.line_index(st, occ.rel), occ.start, occ.end, ls.encoding),
    )


async def definition(ls: JourneyplanServer, params: lsp.DefinitionParams):
    found = await _occurrence(ls, params.text_document.uri, params.position)
    if found is None:
        return None
    st, _, occ = found
    target = st.index.definitions.get((occ.kind, occ.id)) if st.index else None
    return [_location(ls, st, target)] if target is not None else None


async def references(ls: JourneyplanServer, params: lsp.ReferenceParams):
    found = await _occurrence(ls, params.text_document.uri, params.position)
    if found is None:
        return None
    st, _, occ = found
    assert st.index is not None
    out = st.index.all_of(occ.kind, occ.id)
    if not params.context.include_declaration:
        out = [o for o in out if not o.definition]
    return [_location(ls, st, o) for o in out]


async def hover(ls: JourneyplanServer, params: lsp.HoverParams):
    found = await _occurrence(ls, params.text_document.uri, params.position)
    if found is None:
        return None
    st, rel, occ = found
    assert st.index is not None and st.check is not None
    element = st.index.elements.get(occ.kind, {}).get(occ.id)
    if element is None:
        return None
    lang = ls.language or st.check.result.language or "en"
    return lsp.Hover(
        contents=lsp.MarkupContent(
            kind=lsp.MarkupKind.Markdown,
            value=hover_markdown(occ.kind, element, st.check.result.plan, lang),
        ),
        range=lsp_range(ls.line_index(st, rel), occ.start, occ.end, ls.encoding),
    )


async def symbols(ls: JourneyplanServer, params: lsp.DocumentSymbolParams):
    found = await ls.fresh(params.text_document.uri)
    if found is None:
        return None
    st, rel = found
    assert st.check is not None
    pf = st.check.file(rel)
    if pf is None:
        return []
    return document_symbols(pf.root, ls.line_index(st, rel), ls.encoding)


# --------------------------------------------------------------------------- editing
async def completion(ls: JourneyplanServer, params: lsp.CompletionParams):
    uri = params.text_document.uri
    root = ls.root_of(uri)
    if root is None:
        return None
    st = ls.state(root)
    if st.index is None:
        await ls.fresh(uri)
    if st.index is None:
        return None
    doc = ls.workspace.get_text_document(uri)
    text = LineIndex(doc.source)
    offset = text.from_lsp(params.position.line, params.position.character, ls.encoding)
    expected = expected_reference(text, offset)
    if expected is None:
        return None
    edit_range = lsp_range(text, expected.start, expected.end, ls.encoding)
    items = []
    for n, (id_, element) in enumerate(st.index.elements.get(expected.kind, {}).items()):
        label = getattr(element, "label", id_)
        items.append(
            lsp.CompletionItem(
                label=id_,
                kind=lsp.CompletionItemKind.Reference,
                detail=label if label != id_ else None,
                label_details=lsp.CompletionItemLabelDetails(description=expected.kind),
                sort_text=f"{n:06d}",
                text_edit=lsp.TextEdit(range=edit_range, new_text=id_),
            )
        )
    return lsp.CompletionList(is_incomplete=False, items=items)


async def prepare_rename(ls: JourneyplanServer, params: lsp.PrepareRenameParams):
    found = await _occurrence(ls, params.text_document.uri, params.position)
    if found is None:
        return None
    st, rel, occ = found
    return lsp.PrepareRenamePlaceholder(
        range=lsp_range(ls.line_index(st, rel), occ.start, occ.end, ls.encoding),
        placeholder=occ.id,
    )


async def rename(ls: JourneyplanServer, params: lsp.RenameParams):
    found = await _occurrence(ls, params.text_document.uri, params.position)
    if found is None:
        return None
    st, _, occ = found
    assert st.index is not None and st.check is not None
    result = st.check.result
    texts = st.check.texts
    lang = ls.language or result.language or "en"
    try:
        edits = rename_edits(st.index, occ, params.new_name, texts, result.unread, lang)
    except RenameRefused as exc:
        raise JsonRpcException(str(exc), code=REQUEST_FAILED) from None
    changes = {}
    for rel, spans in sorted(edits.items()):
        index = ls.line_index(st, rel)
        changes[ls.uri_of(st.check.paths[rel])] = [
            lsp.TextEdit(range=lsp_range(index, a, b, ls.encoding), new_text=new)
            for a, b, new in spans
        ]
    return lsp.WorkspaceEdit(changes=changes)


async def code_actions(ls: JourneyplanServer, params: lsp.CodeActionParams):
    uri = params.text_document.uri
    found = await ls.fresh(uri)
    if found is None:
        return None
    st, rel = found
    index = ls.line_index(st, rel)
    enc = ls.encoding
    r = params.range
    lo = index.from_lsp(r.start.line, r.start.character, enc)
    hi = index.from_lsp(r.end.line, r.end.character, enc)
    assert st.check is not None
    lang = ls.language or st.check.result.language or "en"
    actions = []
    for placed in st.placed.get(rel, ()):
        if placed.end < lo or placed.start > hi:
            continue
        fix = did_you_mean_fix(placed, index)
        if fix is None:
            continue
        start, end, suggestion = fix
        actions.append(
            lsp.CodeAction(
                title=render_message("lsp.fix.did_you_mean", {"replacement": suggestion}, lang),
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[placed.diagnostic],
                is_preferred=True,
                edit=lsp.WorkspaceEdit(
                    changes={
                        uri: [
                            lsp.TextEdit(
                                range=lsp_range(index, start, end, enc), new_text=suggestion
                            )
                        ]
                    }
                ),
            )
        )
    return actions


FEATURES = [
    (lsp.INITIALIZE, None, initialize),
    (lsp.INITIALIZED, None, initialized),
    (lsp.TEXT_DOCUMENT_DID_OPEN, None, did_open),
    (lsp.TEXT_DOCUMENT_DID_CHANGE, None, did_change),
    (lsp.TEXT_DOCUMENT_DID_SAVE, None, did_save),
    (lsp.TEXT_DOCUMENT_DID_CLOSE, None, did_close),
    (lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, None, did_change_watched_files),
    (lsp.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS, None, did_change_folders),
    (lsp.TEXT_DOCUMENT_DEFINITION, None, definition),
    (lsp.TEXT_DOCUMENT_REFERENCES, None, references),
    (lsp.TEXT_DOCUMENT_HOVER, None, hover),
    (lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL, None, symbols),
    (
        lsp.TEXT_DOCUMENT_COMPLETION,
        lsp.CompletionOptions(trigger_characters=[" ", "[", ",", "-"]),
        completion,
    ),
    (lsp.TEXT_DOCUMENT_RENAME, lsp.RenameOptions(prepare_provider=True), rename),
    (lsp.TEXT_DOCUMENT_PREPARE_RENAME, None, prepare_rename),
    (
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
        code_actions,
    ),
]
