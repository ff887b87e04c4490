"""The language server (``journeyplan lsp``): hover texts, refused renames, quick fixes.

Keys are stable; the values are the English message ids, extracted into the gettext
catalogue by ``pybabel extract`` (docs/architecture.md, "Messages and languages").
"""

from __future__ import annotations

from journeyplan.i18n import N_, NC_, NP_

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
    "lsp.debounce": N_(
        "initializationOptions.debounceMs {value} is not a number from 0 to {high}: the "
        "default, {default} ms, is used"
    ),
    "lsp.lone": NP_(
        "{folder} is outside the workspace folders and holds more than {count} YAML file: "
        "each file opened there is checked on its own. To check a whole plan, open its "
        "folder as the workspace folder.",
        "{folder} is outside the workspace folders and holds more than {count} YAML files: "
        "each file opened there is checked on its own. To check a whole plan, open its "
        "folder as the workspace folder.",
    ),
    # values of the format's enumerations, as a hover shows them (term.<field>.<value>)
    "term.channel_type.job_board": NC_("channel type", "job board"),
    "term.channel_type.social": NC_("channel type", "social media"),
    "term.channel_type.search": NC_("channel type", "search engine"),
    "term.channel_type.email": NC_("channel type", "e-mail"),
    "term.channel_type.messaging": NC_("channel type", "messaging"),
    "term.channel_type.phone": NC_("channel type", "phone"),
    "term.channel_type.career_site": NC_("channel type", "career site"),
    "term.channel_type.event": NC_("channel type", "event"),
    "term.channel_type.referral": NC_("channel type", "referral"),
    "term.channel_type.print": NC_("channel type", "print"),
    "term.channel_type.ads": NC_("channel type", "ads"),
    "term.channel_type.other": NC_("channel type", "other"),
    "term.media.owned": NC_("media", "owned"),
    "term.media.paid": NC_("media", "paid"),
    "term.media.earned": NC_("media", "earned"),
    "term.job_search.active": NC_("job search", "active"),
    "term.job_search.latent": NC_("job search", "latent"),
    "term.job_search.passive": NC_("job search", "passive"),
    "term.priority.high": NC_("priority", "high"),
    "term.priority.medium": NC_("priority", "medium"),
    "term.priority.low": NC_("priority", "low"),
    "term.touchpoint_kind.rejection": NC_("touchpoint kind", "rejection"),
    "term.touchpoint_kind.exit": NC_("touchpoint kind", "exit"),
    "term.touchpoint_kind.talent_pool": NC_("touchpoint kind", "talent pool"),
}
