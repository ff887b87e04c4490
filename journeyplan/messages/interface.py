"""Interface texts: checklist table, questions, severities, verdicts, paths, init, rules and matrix output, and the terms used as message arguments.

Keys are stable (findings and errors store them); the values are the English message ids,
extracted into the gettext catalogue by ``pybabel extract`` (docs/architecture.md).
"""

from __future__ import annotations

from journeyplan.i18n import N_, NP_

MESSAGES = {
    "question.1": N_("What are my target groups?"),
    "question.2": N_("How do I translate them into concrete personas?"),
    "question.3": N_("What are the intended contact and conversion points per persona?"),
    "question.4": N_(
        "How do I set up a cross-channel journey with channels and triggers that match "
        "each persona?"
    ),
    "question.5": N_(
        "How do I anchor the right candidate experience and the employer brand along the journey?"
    ),
    "question.none": N_("plan structure"),
    "severity.error": N_("error"),
    "severity.warning": N_("warning"),
    "severity.info": N_("info"),
    "verdict.pass": N_("pass"),
    "verdict.warn": N_("warn"),
    "verdict.fail": N_("fail"),
    "ui.persona": N_("Persona"),
    "ui.checklist": N_("Checklist"),
    "ui.summary": N_("{errors}, {warnings}, {infos}").counting(
        errors="count.errors", warnings="count.warnings", infos="count.infos"
    ),
    "count.errors": NP_("{count} error", "{count} errors"),
    "count.warnings": NP_("{count} warning", "{count} warnings"),
    "count.infos": NP_("{count} info", "{count} info"),
    "ui.clean": N_("No findings."),
    "ui.strict_fails": N_(" (--strict: warnings fail the check)"),
    "ui.parser_said": N_("the YAML parser said: {words}"),
    "ui.no_personas": N_("No personas: the checklist has no rows."),
    "ui.not_evaluated": NP_(
        "Checklist not evaluated: {count} file could not be read ({files}); what is "
        "missing may be in it. Fix it first.",
        "Checklist not evaluated: {count} files could not be read ({files}); what is "
        "missing may be in them. Fix them first.",
    ),
    "ui.because_of": N_("because of {code} at {where}"),
    "ui.more_follow": NP_(
        "... and {count} more finding that follows from it (--format json lists every one)",
        "... and {count} more findings that follow from it (--format json lists every one)",
    ),
    "ui.summary.folded": NP_(
        "{count} finding follows from another one and is listed under it.",
        "{count} findings follow from another one and are listed under it.",
    ),
    "ui.follow_from_it": NP_(
        "({count} more finding follows from this one)",
        "({count} more findings follow from this one)",
    ),
    "ui.unread.refused": NP_(
        "nothing written: {count} file of the plan could not be read ({files}); without "
        "it the output would misrepresent the plan. Fix it first (journeyplan check {path:shell}).",
        "nothing written: {count} files of the plan could not be read ({files}); without "
        "them the output would misrepresent the plan. Fix them first (journeyplan check "
        "{path:shell}).",
    ),
    "path-missing": N_("path '{path}' does not exist"),
    "path-not-plan": N_("path '{path}' is neither a plan file nor a folder"),
    "path-unreadable": N_("path '{path}' cannot be read: {reason}"),
    "path-no-yaml": N_("no *.yaml or *.yml file found in '{path}'"),
    "path-no-yaml.hidden": NP_(
        "no *.yaml or *.yml file found in '{path}': hidden files and folders are skipped, "
        "and {count} is hidden ('{hidden}'); to check it, give its path: journeyplan check "
        "{example:shell}",
        "no *.yaml or *.yml file found in '{path}': hidden files and folders are skipped, "
        "and {count} are hidden ({hidden}); to check one, give its path: journeyplan check "
        "{example:shell}",
    ),
    "path-no-plan": N_(
        "no plan files in '{path}': none of its YAML files ({files}) has a plan section "
        "(plan, personas, touchpoints ...)"
    ),
    "internal-error": N_(
        "internal error while checking {path}: {error}. Please report this (run again "
        "with --debug for the traceback)."
    ),
    "internal-error.render": N_(
        "internal error while drawing the maps of {path}: {error}. Please report this (run "
        "again with --debug for the traceback)."
    ),
    "internal-error.report": N_(
        "internal error while writing the client report of {path}: {error}. Please report "
        "this (run again with --debug for the traceback)."
    ),
    "internal-error.matrix": N_(
        "internal error while building the checklist matrix of {path}: {error}. Please "
        "report this (run again with --debug for the traceback)."
    ),
    "internal-error.forecast": N_(
        "internal error while forecasting {path}: {error}. Please report this (run again "
        "with --debug for the traceback)."
    ),
    "internal-error.diff": N_(
        "internal error while comparing {path}: {error}. Please report this (run again "
        "with --debug for the traceback)."
    ),
    "internal-error.command": N_(
        "internal error in journeyplan {command}: {error}. Please report this (run again "
        "with --debug for the traceback)."
    ),
    "output-failed": N_("cannot write to standard output: {reason}"),
    "unknown-format": N_("unknown format '{name}'; choose one of: {choices}"),
    "unknown-language": N_("unknown language '{name}'; choose one of: {choices}"),
    "selection.unknown": N_("unknown rule code or prefix '{code}' in {option}"),
    "selection.unknown.range": N_(
        "unknown rule code or prefix '{code}' in {option}: rule codes run from "
        "{structure_first} to {structure_last} (the plan's structure) and from "
        "{questions_first} to {questions_last} (checklist questions 1 to 5); "
        "'journeyplan rules' lists them"
    ),
    "selection.empty": N_(
        "{option} '{value}' names no rule: give rule codes or prefixes, such as JP4 or JP501 "
        "(codes run from {structure_first} to {structure_last} and from {questions_first} "
        "to {questions_last}; 'journeyplan rules' lists them)"
    ),
    "selection.always-on": N_(
        "{option} {code}: {code} cannot be ignored; it means a file could not be read, "
        "and a plan that was not read never passes"
    ),
    "sarif.question": N_("Checklist question {number}: {question}"),
    "sarif.structure": N_("Plan structure (not one of the five checklist questions)."),
    "ui.question_short": N_("Q{number}"),
    "ui.rules.code": N_("Code"),
    "ui.rules.name": N_("Name"),
    "ui.rules.question": N_("Question"),
    "ui.rules.severity": N_("Default"),
    "ui.rules.title": N_("Title"),
    "ui.rules.structure": N_("structure"),
    "ui.rules.questions": N_("The five questions"),
    "ui.explain.question": N_("Question {number}: {question}"),
    "ui.explain.structure": N_("Plan structure (no checklist question)"),
    "ui.explain.severity": N_("Default severity: {severity}"),
    "ui.explain.what": N_("What it checks"),
    "ui.explain.why": N_("Why it matters"),
    "ui.explain.bad": N_("Example that fails"),
    "ui.explain.fix": N_("The fix"),
    "ui.explain.context": N_(
        "Both snippets are part of a small plan that otherwise passes every check."
    ),
    "unknown-rule": N_("unknown rule '{name}'; 'journeyplan rules' lists them all"),
    "ui.matrix.by_stage": N_("Coverage: persona × stage"),
    "ui.matrix.by_channel": N_("Coverage: persona × channel"),
    "ui.matrix.entry": N_("{touchpoint} ({where})"),
    "ui.matrix.conversion": N_("conversion: {goal}"),
    "ui.matrix.rejection": N_("rejection"),
    "ui.matrix.exit": N_("exit"),
    "ui.matrix.view": N_("View"),
    "ui.matrix.column": N_("Stage or channel"),
    "ui.matrix.touchpoints": N_("Touchpoints"),
    "ui.matrix.not_preferred": N_("(not a preferred channel)"),
    "ui.matrix.none": N_("— none —"),
    "ui.matrix.no_personas": N_(
        "No personas: the matrix has no rows. Add personas to the plan (question 2)."
    ),
    "ui.matrix.legend": N_(
        "{mark} conversion point; {none} a stage or preferred channel without touchpoints"
    ),
    "ui.matrix.plan_errors": NP_(
        "note: the plan has {errors} error; the matrix shows what is valid. Run "
        "'journeyplan check {path:shell}' for the details.",
        "note: the plan has {errors} errors; the matrix shows what is valid. Run "
        "'journeyplan check {path:shell}' for the details.",
        n="errors",
    ),
    "goal.application": N_("application"),
    "goal.lead": N_("lead"),
    "goal.referral": N_("referral"),
    "goal.event_signup": N_("event sign-up"),
    "goal.hire": N_("hire"),
    "goal.other": N_("other"),
    "init-not-empty": N_(
        "'{path}' is not empty; use --force to add the starter files next to what is "
        "there (existing files are never overwritten)"
    ),
    "init-not-dir": N_("'{path}' exists and is not a folder"),
    "init-failed": N_("cannot write in '{path}': {reason}"),
    "ui.init.created": N_("created {path}"),
    "ui.init.skipped": N_("skipped {path}: the file already exists and is left as it is"),
    "ui.init.next": N_("Next: journeyplan check {path:shell}"),
    "term.stage": N_("stage"),
    "term.target group": N_("target group"),
    "term.persona": N_("persona"),
    "term.channel": N_("channel"),
    "term.touchpoint": N_("touchpoint"),
    "term.brand element": N_("brand element"),
    "term.value": N_("value"),
    "term.text": N_("text"),
    "term.an id": N_("an id"),
    "term.true or false": N_("true or false"),
    "term.a whole number": N_("a whole number"),
    "term.a number": N_("a number"),
    "term.a rate (0..1 or a percentage such as 6%)": N_("a rate (0..1 or a percentage such as 6%)"),
    "term.a number, or a mapping from persona id to a number": N_(
        "a number, or a mapping from persona id to a number"
    ),
    "term.a duration": N_("a duration"),
    "term.a list": N_("a list"),
    "term.a mapping": N_("a mapping"),
    "term.a mapping to merge": N_("a mapping to merge"),
    "term.mapping": N_("mapping"),
    "term.list": N_("list"),
    "term.integer": N_("integer"),
    "term.number": N_("number"),
    "term.true/false": N_("true/false"),
    "term.null": N_("null"),
    "term.scalar": N_("scalar"),
    "term.ref": N_("the id of a {kind}"),
    "term.one_of": N_("one of {values}"),
    "internal-error.rule": N_(
        "internal error in rule {rule} while checking {path}: {error}. Please report this"
        " (run again with --debug for the traceback)."
    ),
    "ui.more_personas": N_("... and {count} more personas (--format json lists every verdict)"),
    "path-broken-link": N_(
        "path '{path}' is a symbolic link to '{target}', which does not exist (or leads "
        "into a loop of links)"
    ),
    # usage errors (journeyplan/cli/usage.py): typer's layout, in the language of --lang
    "usage.usage": N_("Usage: {usage}"),
    "usage.help": N_("Try '{command} {option}' for help."),
    "usage.error": N_("Error: {message}"),
    "usage.no_such_option": N_("No such option: {name}"),
    "usage.possible": N_("(Possible options: {options})"),
    "usage.missing_argument": N_("Missing argument {name}."),
    "usage.missing_option": N_("Missing option {name}."),
    "usage.bad_value": N_("Invalid value for {hint}: {message}"),
    "usage.empty_path": N_(
        "the path is empty; give a folder or file (is a variable such as $PLAN unset?)"
    ),
    "usage.not_one_of": N_("'{value}' is not one of {choices}."),
    "usage.at_least": N_("the value must be {limit} or more"),
    "usage.more_than": N_("the value must be more than {limit}"),
    "usage.at_most": N_("the value must be {limit} or less"),
    "usage.between": N_("the value must be a number from {low} to {high}"),
    "usage.not_integer": N_("the value must be a whole number"),
    "usage.not_number": N_("the value must be a number"),
    "usage.no_such_command": N_("No such command '{name}'."),
    "usage.extra_args": NP_(
        "Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"
    ),
}
