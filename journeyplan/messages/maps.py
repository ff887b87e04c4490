"""Journey maps (texts drawn on the maps) and `journeyplan render` messages.

Keys are stable (findings and errors store them); the values are the English message ids,
extracted into the gettext catalogue by ``pybabel extract`` (docs/architecture.md).
"""

from __future__ import annotations

from journeyplan.i18n import N_, NC_, NP_

MESSAGES = {
    "map.title.persona": N_("Candidate journey: {persona}"),
    "map.title.overview": N_("Candidate journeys: overview of all personas"),
    "map.badge.entry": N_("ENTRY"),
    "map.badge.conversion": N_("CONVERSION: {goal}"),
    "map.badge.conversion.rate": N_("CONVERSION: {goal} · target {rate}"),
    "map.badge.rejection": N_("REJECTION"),
    "map.badge.rejection.feedback": N_("REJECTION with feedback"),
    "map.badge.exit": N_("EXIT"),
    "map.goal.application": NC_("map", "application"),
    "map.goal.lead": NC_("map", "lead"),
    "map.goal.referral": NC_("map", "referral"),
    "map.goal.event_signup": NC_("map", "event sign-up"),
    "map.goal.hire": NC_("map", "hire"),
    "map.goal.other": NC_("map", "other"),
    "map.promise": N_("hears back within {duration}"),
    "map.delay": N_("after {duration}"),
    "map.delay.none": N_("immediately"),
    "map.personas": N_("for {personas}"),
    "map.personas.all": N_("for every persona"),
    "map.personas.none": N_("for no persona"),
    "map.channel.response": N_("answers within {duration}"),
    "map.no_channel": N_("(no channel)"),
    "map.no_stage": N_("(no stage)"),
    "map.empty": N_("No touchpoints in this journey yet."),
    "map.legend.contact": NC_("map legend", "contact point"),
    "map.legend.conversion": NC_("map legend", "conversion point"),
    "map.legend.rejection": NC_("map legend", "rejection"),
    "map.legend.exit": NC_("map legend", "exit"),
    "map.legend.start": NC_("map legend", "start of the journey"),
    "map.badge.talent_pool": N_("TALENT POOL"),
    # durations in words, in the largest unit that divides them ({n} is the number)
    "map.unit.w": NP_("{n} week", "{n} weeks", n="n"),
    "map.unit.d": NP_("{n} day", "{n} days", n="n"),
    "map.unit.h": NP_("{n} hour", "{n} hours", n="n"),
    "map.unit.m": NP_("{n} minute", "{n} minutes", n="n"),
    "map.stages.only": N_("stages: {stages}"),
    "map.card.motivations": N_("What drives them"),
    "map.card.frustrations": N_("What puts them off"),
    "map.card.job_search.active": N_("active job seeker"),
    "map.card.job_search.latent": N_("latent job seeker"),
    "map.card.job_search.passive": N_("passive job seeker"),
    "map.experience": N_("candidate experience"),
    # the emotion band under the lanes (plan format 1.1 `experience`, -2..+2)
    "map.experience.persona": N_("{persona}: candidate experience"),
    "map.experience.scale.-2": NC_("experience", "strongly negative"),
    "map.experience.scale.-1": NC_("experience", "negative"),
    "map.experience.scale.0": NC_("experience", "neutral"),
    "map.experience.scale.1": NC_("experience", "positive"),
    "map.experience.scale.2": NC_("experience", "strongly positive"),
    "map.experience.gap": NC_("experience", "no score"),
    # the talent pool (plan format 1.1 `kind: talent_pool`) and its re-engagement triggers
    "map.legend.talent_pool": NC_("map legend", "talent pool"),
    "map.talent_pool.consent.yes": N_("with consent"),
    "map.talent_pool.consent.no": N_("without consent"),
    "map.talent_pool.retention": N_("kept for {duration}"),
    "map.reengage": N_("re-engagement"),
    "map.legend.reengage": NC_("map legend", "re-engagement from the talent pool"),
    "map.summary.title": N_("Candidate journeys: overview by stage and channel"),
    "map.summary.count": NP_("{count} touchpoint", "{count} touchpoints"),
    "map.summary.conversions": NP_("{count} conversion point", "{count} conversion points"),
    "map.summary.flow": NP_("{count} trigger", "{count} triggers"),
    # the emotion band of the overview by stage and channel: a persona's mean per stage
    "map.summary.mean": N_("mean per stage"),
    "map.summary.scored": N_("{count} of {total} scored"),
    "map.summary.note": N_(
        "{touchpoints} touchpoints and {triggers} triggers: each box counts the touchpoints "
        "of one stage on one channel; arrows show the {shown} largest flows of {flows}. "
        "Every touchpoint is drawn on its persona's map."
    ),
    "map.fallback.note": N_(
        "Drawn with the quick layout: Graphviz needed more than {seconds} s for this map "
        "(raise --timeout for the full layout)."
    ),
    "render.nothing-to-draw": N_(
        "'{path}' has no personas and no touchpoints to draw (run 'journeyplan check {path:shell}')"
    ),
    "render.plan-has-errors": NP_(
        "note: the plan has {errors} error; the maps show what is valid. Run 'journeyplan"
        " check {path:shell}' for the details.",
        "note: the plan has {errors} errors; the maps show what is valid. Run "
        "'journeyplan check {path:shell}' for the details.",
        n="errors",
    ),
    "render.skip-persona": N_(
        "skipped persona '{id}': its id cannot name a map file (run 'journeyplan check' "
        "and fix the id)"
    ),
    "render.unknown-persona": N_("no persona '{id}' in the plan"),
    "render.unknown-stage": N_("no stage '{id}' in the plan"),
    "render.progress.start": N_("drawing map {number}/{total}: {name}"),
    "render.progress.done": N_("map {number}/{total}: {name} ({layout}, {seconds} s)"),
    "render.name.overview": NC_("map name", "overview"),
    "render.layout.full": N_("full layout"),
    "render.layout.quick": N_("quick layout: the layout budget ran out"),
    "render.layout.summary": N_("by stage and channel"),
    "render.layout.text": NC_("map layout", "text"),
    "render.output-is-file": N_(
        "output folder '{path}' is a file, not a folder; nothing was written"
    ),
    "render.not-ours": N_(
        "'{path}' exists and was not written by journeyplan; nothing was written (move it"
        " away or choose another folder with -o)"
    ),
    "render.edited": N_(
        "'{path}' is a map that was changed after journeyplan wrote it (edited or "
        "annotated); nothing was written, so the changes are kept (move it away, or choose "
        "another folder with -o)"
    ),
    "render.cannot-write": N_("cannot write '{path}': {reason}"),
    "render.no-graphviz": N_(
        "Graphviz is not installed: --format {format} needs its 'dot' program "
        "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz). "
        "--format dot and --format mermaid work without it."
    ),
    "render.dot-failed": N_("Graphviz 'dot' failed on the map '{name}': {detail}"),
    "render.dot-warning": N_("Graphviz warned on the map '{name}': {detail}"),
}
