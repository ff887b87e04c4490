"""The five checklist questions (JP1xx-JP5xx): the findings of the rules.

Keys are stable (findings and errors store them); the values are the English message ids,
extracted into the gettext catalogue by ``pybabel extract`` (docs/architecture.md).
"""

from __future__ import annotations

from journeyplan.i18n import N_, NP_

MESSAGES = {
    "JP101": N_("the plan names no target group"),
    "JP102": N_("target group '{id}' has no description"),
    "JP103": N_("target group '{id}' is not covered by any persona"),
    "JP201": N_("the plan has no persona"),
    "JP202": N_("persona '{id}' names no target group"),
    "JP202.dangling": N_("the target group that persona '{id}' names does not exist"),
    "JP203": N_("persona '{id}' has no motivations"),
    "JP204": N_("persona '{id}' has no preferred channels"),
    "JP301": N_("persona '{id}' has no touchpoints"),
    "JP302": N_("persona '{id}' has no conversion point"),
    "JP303": N_(
        "conversion point '{id}' cannot be reached from the entries of {persona_id}'s journey"
    ),
    "JP304": N_(
        "touchpoint '{id}' is for no persona (personas: []): list its personas, or leave "
        "'personas' out to make it every persona's"
    ),
    "JP407": N_(
        "trigger from '{source}' to '{target}' is for no persona (personas: []): no journey "
        "follows it; list its personas, or leave 'personas' out to make it every persona's"
    ),
    "JP401": NP_(
        "persona '{id}'s journey uses {count} channel; a cross-channel journey needs two or more",
        "persona '{id}'s journey uses {count} channels; a cross-channel journey needs two or more",
    ),
    "JP402": N_("trigger from '{source}' to '{target}' has no event"),
    "JP403": N_("touchpoint '{id}' cannot be reached from the entries of {persona_id}'s journey"),
    "JP404": N_(
        "touchpoint '{id}' is a dead end in {persona_id}'s journey: no trigger leads on, "
        "and it is not a conversion, rejection or exit"
    ),
    "JP405": N_("touchpoint '{id}' is on channel '{channel}', which {persona_id} does not prefer"),
    "JP406": N_("persona '{id}'s journey has no entry: mark a touchpoint 'entry: true'"),
    "JP501": N_("the employer brand has no proposition"),
    "JP502": N_("the employer brand has no qualifiers"),
    "JP503": N_("the employer brand has no winners"),
    "JP504": N_("the employer brand has no brand personality"),
    "JP505": N_("stage '{stage}' of {persona_id}'s journey carries no brand element"),
    "JP506": N_(
        "winner '{id}' does not reach {persona_id}: no touchpoint of the journey carries it"
    ),
    "JP507": N_(
        "application point '{id}' is not directly followed by an acknowledgement with a "
        "concrete response_time in {persona_id}'s journey"
    ),
    "JP508": N_("{persona_id}'s journey has no rejection touchpoint with feedback"),
    "JP508.no_feedback": N_(
        "rejection '{id}' in {persona_id}'s journey gives no feedback (feedback: true)"
    ),
    "JP509": N_(
        "messaging channel '{id}' of {persona_id}'s journey answers in {duration}; "
        "candidates expect an answer within 24h"
    ),
    "JP510": N_("messaging channel '{id}' of {persona_id}'s journey declares no response_time"),
    "JP511": N_(
        "'{source}' promises an answer within {promise}, but the next step '{target}' "
        "comes after {delay} in {persona_id}'s journey"
    ),
}
