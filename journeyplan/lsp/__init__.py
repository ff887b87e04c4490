"""The language server (``journeyplan lsp``): buffers in, the same check pipeline, diagnostics
and navigation out.

- :mod:`~journeyplan.lsp.text`: positions (YAML line/column <-> LSP positions) and tokens.
- :mod:`~journeyplan.lsp.workspace`: workspace folders, open buffers and files on disk ->
  plan files -> :func:`journeyplan.check.pipeline.check_files`.
- :mod:`~journeyplan.lsp.diagnostics`: findings -> LSP diagnostics, per file of the plan.
- :mod:`~journeyplan.lsp.index`: definitions and references of ids, from the model.
- :mod:`~journeyplan.lsp.navigation`: hover and document symbols.
- :mod:`~journeyplan.lsp.editing`: completion, rename and did-you-mean code actions.
- :mod:`~journeyplan.lsp.server`: the pygls server: handlers and the check scheduler.

Only :mod:`journeyplan.cli`'s ``lsp`` command imports this package (pygls and lsprotocol load
with it), so no other command pays for them.
"""
