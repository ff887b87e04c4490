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
    "diff-file-in-revision": N_(
        "'{revision}' names a file inside a revision, not a revision; to compare that "
        "file, write: journeyplan diff {rev} -- {path}"
    ),
    "diff-folder-in-revision": N_(
        "'{revision}' names a folder inside a revision, not a revision; to compare the "
        "plan in it, write: journeyplan diff {rev} -- {path}"
    ),
    "diff-no-revision": N_("revision '{revision}' does not exist in the git repository at {root}"),
    "diff-git-failed": N_("git {command} failed: {detail}"),
    "diff-no-plan": N_("there is no plan at '{path}' in either version"),
    "diff.incomplete": NP_(
        "Incomplete comparison: {count} file could not be read ({files}). Nothing declared "
        "in it is compared, so the changes below leave it out, and the checklist is not "
        "evaluated. Fix it and compare again.",
        "Incomplete comparison: {count} files could not be read ({files}). Nothing declared "
        "in them is compared, so the changes below leave them out, and the checklist is not "
        "evaluated. Fix them and compare again.",
    ),
    "diff.unread_in": N_("{file} in {versions}"),
    "diff.the_working_tree": N_("the working tree"),
    "diff.invalid": N_("(invalid, see the findings)"),
    "diff-both-revision-and-path": N_(
        "'{arg}' is both a revision and a file or folder; write 'journeyplan diff {arg:shell} -- "
        "PLAN' for the revision, or 'journeyplan diff -- {arg:shell}' (or --path {arg:shell}) "
        "for the plan"
    ),
    "diff-neither-revision-nor-path": N_(
        "'{arg}' is neither a revision nor a file or folder; give the plan with --path PLAN "
        "(or after --: journeyplan diff REV -- PLAN)"
    ),
    "diff-revision-after-path": N_(
        "'{arg}' comes after the plan '{path}'; give the revisions first: journeyplan diff "
        "REV_A REV_B -- PLAN"
    ),
    "diff-two-paths": N_("one plan at a time: got '{first}' and '{second}'"),
    "diff-two-paths.option": N_(
        "one plan at a time: got '{first}' and '{second}'; everything after '--' is the "
        "plan, so options such as '{option}' go before the '--'"
    ),
    "diff-too-many-revisions": N_("at most two revisions are compared; got {count}: {revisions}"),
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
