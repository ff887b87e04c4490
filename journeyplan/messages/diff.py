"""`journeyplan diff`: headings, change kinds and the summary.

Keys are stable (findings and errors store them); the values are the English message ids,
extracted into the gettext catalogue by ``pybabel extract`` (docs/architecture.md).
"""

from __future__ import annotations

from journeyplan.i18n import N_, NP_

MESSAGES = {
    "diff-no-git": N_(
        "git is not installed (or not on PATH); journeyplan diff reads revisions with git"
    ),
    "diff-not-a-repo": N_("'{path}' is not inside a git working tree"),
    "diff-outside-repo": N_("'{path}' is outside the git repository at {root}"),
    "diff-bad-revision": N_(
        "'{revision}' is not accepted as a revision: it is empty, starts with '-' or "
        "contains spaces or control characters"
    ),
    "diff-no-revision": N_("revision '{revision}' does not exist in the git repository at {root}"),
    "diff-git-failed": N_("git {command} failed: {detail}"),
    "diff-no-plan": N_("there is no plan at '{path}' in either version"),
    "diff.title": N_("Plan changes"),
    "diff.working_tree": N_("working tree"),
    "diff.no_plan": N_("no plan"),
    "diff.plan": N_("Plan: {name}"),
    "diff.changes": N_("Changes"),
    "diff.no_changes": N_("No changes in the plan."),
    "diff.checklist": N_("Checklist verdicts"),
    "diff.new_findings": N_("New findings"),
    "diff.fixed_findings": N_("Fixed findings"),
    "diff.summary": N_("{changes}, {verdicts}, {new}, {fixed}").counting(
        changes="count.changes",
        verdicts="count.verdicts_changed",
        new="count.new_findings",
        fixed="count.fixed",
    ),
    "count.changes": NP_("{count} change", "{count} changes"),
    "count.verdicts_changed": NP_(
        "{count} checklist verdict changed", "{count} checklist verdicts changed"
    ),
    "count.new_findings": NP_("{count} new finding", "{count} new findings"),
    "count.fixed": NP_("{count} fixed", "{count} fixed"),
    "diff.added": N_("added"),
    "diff.removed": N_("removed"),
    "diff.changed": N_("changed"),
    "diff.kind.plan": N_("plan"),
    "diff.kind.employer_brand": N_("employer brand"),
    "diff.kind.stage": N_("stage"),
    "diff.kind.brand_element": N_("brand element"),
    "diff.kind.target_group": N_("target group"),
    "diff.kind.persona": N_("persona"),
    "diff.kind.channel": N_("channel"),
    "diff.kind.touchpoint": N_("touchpoint"),
    "diff.kind.trigger": N_("trigger"),
    "diff.heading.plan": N_("Plan"),
    "diff.heading.employer_brand": N_("Employer brand"),
    "diff.heading.stage": N_("Stages"),
    "diff.heading.brand_element": N_("Brand elements"),
    "diff.heading.target_group": N_("Target groups"),
    "diff.heading.persona": N_("Personas"),
    "diff.heading.channel": N_("Channels"),
    "diff.heading.touchpoint": N_("Touchpoints"),
    "diff.heading.trigger": N_("Triggers"),
    "diff.unset": N_("(not set)"),
    "diff.every_persona": N_("(every persona)"),
    "diff.items_added": N_("added {items}"),
    "diff.items_removed": N_("removed {items}"),
    "diff.absent": N_("(not in plan)"),
    "diff.col.persona": N_("Persona"),
    "diff.col.question": N_("Question"),
    "diff.col.before": N_("Before"),
    "diff.col.after": N_("After"),
}
