"""The language server (``journeyplan lsp``): hover texts, refused renames, quick fixes.

Keys are stable; the values are the English message ids, extracted into the gettext
catalogue by ``pybabel extract`` (docs/architecture.md, "Messages and languages").
"""

from __future__ import annotations

from journeyplan.i18n import N_

MESSAGES = {
    "lsp.role.qualifier": N_("qualifier"),
    "lsp.role.winner": N_("winner"),
    "lsp.role.personality": N_("brand personality trait"),
    "lsp.hover.target_group": N_("Target group: {value}"),
    "lsp.hover.motivations": N_("Motivations: {value}"),
    "lsp.hover.frustrations": N_("Frustrations: {value}"),
    "lsp.hover.channels": N_("Preferred channels: {value}"),
    "lsp.hover.job_search": N_("Job search: {value}"),
    "lsp.hover.type": N_("Type: {value}"),
    "lsp.hover.media": N_("Media: {value}"),
    "lsp.hover.response_time": N_("Response time: {value}"),
    "lsp.hover.size": N_("Size: {value}"),
    "lsp.hover.priority": N_("Priority: {value}"),
    "lsp.hover.personas": N_("Personas: {value}"),
    "lsp.hover.stage": N_("Stage: {value}"),
    "lsp.hover.channel": N_("Channel: {value}"),
    "lsp.hover.conversion": N_("Conversion point: {value}"),
    "lsp.hover.kind": N_("Kind: {value}"),
    "lsp.hover.brand": N_("Brand elements: {value}"),
    "lsp.hover.every_persona": N_("every persona"),
    "lsp.hover.none": N_("none"),
    "lsp.rename.invalid": N_("'{new}' is not an id: ids match {pattern}"),
    "lsp.rename.reserved": N_("'{new}' is reserved: it names the overview map"),
    "lsp.rename.taken": N_("there is already a {kind} '{new}' ({place})"),
    "lsp.rename.unread": N_(
        "fix the files that could not be read first ({files}): their references are unknown"
    ),
    "lsp.fix.did_you_mean": N_("Change to '{replacement}'"),
}
