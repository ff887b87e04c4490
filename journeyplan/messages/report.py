"""The client report (`journeyplan report`): its headings, labels and errors.

Keys are stable; the values are the English message ids, extracted into the gettext
catalogue by ``pybabel extract`` (docs/architecture.md, "Messages and languages"). Texts
that are counted (the cover's figures, the errors note) carry the context ``report``.
"""

from __future__ import annotations

from journeyplan.i18n import N_, NCP_

MESSAGES = {
    "report.title": N_("Candidate journey plan"),
    "report.kicker": N_("Recruitment marketing plan"),
    "report.as_of": N_("Plan as of {date}"),
    "report.not_in_git": N_("Plan not in git: no commit date"),
    "report.uncommitted": N_("includes changes not yet committed"),
    "report.generator": N_("Made with journeyplan {version} from the plan's YAML files"),
    "report.contents": N_("Contents"),
    "report.at_a_glance": N_("At a glance"),
    "report.count.target_groups": NCP_("report", "target group", "target groups", n="count"),
    "report.count.personas": NCP_("report", "persona", "personas", n="count"),
    "report.count.touchpoints": NCP_("report", "touchpoint", "touchpoints", n="count"),
    "report.count.conversions": NCP_("report", "conversion point", "conversion points", n="count"),
    "report.count.channels": NCP_("report", "channel", "channels", n="count"),
    "report.count.answered": N_("of {total} checklist answers complete"),
    "report.page": N_("Page"),
    "report.question": N_("Question {number}"),
    "report.brand": N_("Employer brand"),
    "report.brand.lead": N_("What the employer stands for, and where candidates meet it."),
    "report.brand.proposition": N_("Proposition"),
    "report.brand.none": N_("The plan states no proposition yet."),
    "report.brand.qualifiers": N_("Qualifiers"),
    "report.brand.qualifiers.hint": N_("what a candidate takes for granted"),
    "report.brand.winners": N_("Winners"),
    "report.brand.winners.hint": N_("what sets the employer apart"),
    "report.brand.personality": N_("Brand personality"),
    "report.brand.personality.hint": N_("the employer's character"),
    "report.brand.empty": N_("none yet"),
    "report.brand.along": N_("Where the brand appears along the journey"),
    "report.brand.element": N_("Brand element"),
    "report.brand.nowhere": N_("on no touchpoint yet"),
    "report.target_groups": N_("Target groups"),
    "report.target_groups.lead": N_("Who the employer recruits from."),
    "report.tg.group": N_("Target group"),
    "report.tg.size": N_("Labour-market size"),
    "report.tg.hires_needed": N_("Hires needed"),
    "report.tg.priority": N_("Priority"),
    "report.tg.personas": N_("Personas"),
    "report.tg.none": N_("The plan names no target group yet."),
    "report.priority.high": N_("high"),
    "report.priority.medium": N_("medium"),
    "report.priority.low": N_("low"),
    "report.personas": N_("Personas"),
    "report.personas.lead": N_(
        "The people behind each target group: what drives them, what puts them off, where to reach them."
    ),
    "report.persona.target_group": N_("Target group"),
    "report.persona.job_search": N_("Job search"),
    "report.persona.motivations": N_("Motivations"),
    "report.persona.frustrations": N_("Frustrations"),
    "report.persona.channels": N_("Preferred channels"),
    "report.persona.touchpoints": N_("Touchpoints on the journey"),
    "report.persona.none": N_("The plan has no persona yet."),
    "report.job_search.active": N_("active: looking for a job"),
    "report.job_search.latent": N_("latent: open to a better offer"),
    "report.job_search.passive": N_("passive: not looking"),
    "report.checklist": N_("The five-question checklist"),
    "report.checklist.lead": N_(
        "For each persona: is each of the five questions answered by the plan? Every finding below says what is missing and where."
    ),
    "report.verdict.pass": N_("answered"),
    "report.verdict.warn": N_("needs attention"),
    "report.verdict.fail": N_("not answered"),
    "report.checklist.not_evaluated": N_(
        "The checklist could not be evaluated: some plan files could not be read ({files})."
    ),
    "report.checklist.findings": N_("Findings"),
    "report.checklist.clean": N_("No findings: the plan answers every question."),
    "report.checklist.structure": N_("Plan structure"),
    "report.checklist.whole_plan": N_("whole plan"),
    "report.severity.error": N_("must fix"),
    "report.severity.warning": N_("should fix"),
    "report.severity.info": N_("for information"),
    "report.matrix": N_("Coverage per stage"),
    "report.matrix.lead": N_(
        "The touchpoints each persona meets in each stage of the journey, with their channel. Conversion points are marked; an empty cell is a gap."
    ),
    "report.matrix.gap": N_("gap"),
    "report.matrix.conversion": N_("conversion point"),
    "report.maps": N_("Journey maps"),
    "report.maps.lead": N_("One map per persona, stages from left to right, channels by colour."),
    "report.maps.persona": N_("Journey of {name}"),
    "report.maps.overview": N_("Overview of all journeys"),
    "report.maps.skipped": N_("No map for persona '{id}': its id is not valid."),
    "report.forecast": N_("Forecast"),
    "report.forecast.lead": N_(
        "How many candidates each step is expected to bring, from the reach of the entries to the hires (bars on a logarithmic scale, so every step stays visible)."
    ),
    "report.forecast.reach": N_("Reached"),
    "report.forecast.hires": N_("Hires"),
    "report.forecast.bottleneck": N_("bottleneck: {share} go on from the step before"),
    "report.forecast.step_share": N_("{share} of the step before"),
    "report.forecast.cost_per_hire": N_("Cost per hire: {amount}"),
    "report.forecast.groups": N_("Hires per target group"),
    "report.forecast.expected_hires": N_("Expected hires"),
    "report.forecast.enough": N_("enough"),
    "report.forecast.short_by": N_("{gap} short"),
    "report.forecast.aside": N_("Other conversion points"),
    # the forecast's bottleneck: the triggers whose rate moves the hires most
    "report.forecast.improve_first": N_("Improve first:"),
    "report.forecast.lever": N_("{step}: now {rate}; one point more gives +{gain} hires"),
    "report.experience": N_("Candidate experience"),
    "report.experience.lead": N_(
        "How the candidate is meant to feel at each touchpoint, from -2 (frustrated) to +2 (delighted), in the order of the journey."
    ),
    "report.experience.low": N_("lowest point"),
    "report.experience.main": N_("the journey of a candidate who is hired"),
    "report.experience.branch": N_("other ways: a rejection, the talent pool, a re-engagement"),
    "report.experience.scale.-2": N_("frustrated"),
    "report.experience.scale.0": N_("neutral"),
    "report.experience.scale.2": N_("delighted"),
    "report.month.1": N_("January"),
    "report.month.2": N_("February"),
    "report.month.3": N_("March"),
    "report.month.4": N_("April"),
    "report.month.5": N_("May"),
    "report.month.6": N_("June"),
    "report.month.7": N_("July"),
    "report.month.8": N_("August"),
    "report.month.9": N_("September"),
    "report.month.10": N_("October"),
    "report.month.11": N_("November"),
    "report.month.12": N_("December"),
    "report.date": N_("{day} {month} {year}"),
    "report.no-graphviz": N_(
        "Graphviz is not installed: the report's journey maps need its 'dot' program (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"
    ),
    "report.no-weasyprint": N_(
        "--format pdf needs WeasyPrint: pip install 'journeyplan[pdf]' (or write HTML and print it from a browser)"
    ),
    "report.no-pango": N_(
        "--format pdf needs WeasyPrint's system libraries (Pango): apt-get install libpango-1.0-0 libpangoft2-1.0-0 (macOS: brew install pango); {detail}"
    ),
    "report.pdf-failed": N_("WeasyPrint could not write the PDF: {detail}"),
    "report.not-ours": N_(
        "'{path}' exists and was not written by journeyplan; nothing was written (move it, or choose another file with -o)"
    ),
    "report.changed": N_(
        "'{path}' is a report that was changed after journeyplan wrote it (edited or "
        "annotated); nothing was written, so the changes are kept (move it, or choose "
        "another file with -o)"
    ),
    "report.not-a-file": N_("'{path}' is not a regular file; nothing was written"),
    "report.cannot-write": N_("cannot write '{path}': {reason}"),
    "report.plan-has-errors": NCP_(
        "report",
        "note: the plan has {errors} error; the report shows it in its checklist. 'journeyplan check {path:shell}' lists it too.",
        "note: the plan has {errors} errors; the report shows them in its checklist. 'journeyplan check {path:shell}' lists them too.",
        n="errors",
    ),
    "report.nothing": N_("not written down yet"),
}
