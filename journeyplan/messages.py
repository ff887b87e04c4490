"""The message catalogue: every human-readable text, one dict per language.

Keys are rule codes (``JP103``), variants (``JP005.reserved``), rule titles
(``title.JP103``), explanations (``explain.JP103``, ``why.JP103``), the comments of the rule
examples (``example.JP103.bad``/``.fix``), terms used as message arguments (``term.*``) and
interface texts. Values are
:meth:`str.format` templates; arguments are inserted literally, never interpreted.
Codes, keys and ids never change with the language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"

EN: dict[str, str] = {
    # ------------------------------------------------------------------ plan structure
    "JP001": "YAML syntax error: {detail}",
    "JP002": "duplicate key '{key_name}' (first on line {first_line})",
    "JP003": "unknown key '{key_name}'",
    "JP003.comma": "unknown key '{key_name}': in {{...}} a comma ends the text before it; put "
    "text that holds a comma in quotes",
    "JP004": "wrong type: expected {expected}, got {got}",
    "JP004.key": "a mapping key must be text, got {got}",
    "JP005": "invalid id '{id}': use lowercase letters, digits, '-' and '_' (at most 64, "
    "starting with a letter or digit)",
    "JP005.reserved": "the persona id '{id}' is reserved (it names the overview map)",
    "JP006": "duplicate {kind} id '{id}' (first defined at {first})",
    "JP007": "{kind} '{id}' does not exist",
    "JP008": "'{value}' is not a duration: write <number><unit> with unit m, h, d or w "
    "(30m, 4h, 2d, 1w) or ISO 8601 (PT4H, P2D)",
    "JP009": "'{value}' is not allowed here; use one of: {allowed}",
    "JP009.range": "'{value}' is out of range; allowed: {allowed}",
    "JP009.too_large": "'{value}' is too large: whole numbers here have at most {digits} digits",
    "JP010": "missing required key '{key_name}'",
    "JP011": "the file is empty",
    "JP012": "the top level of a plan file must be a mapping of sections, not a {kind}",
    "JP013": "tag '{tag}' is not allowed: only YAML core tags are accepted, nothing is "
    "constructed from other tags",
    "JP014.size": "the file is {size} bytes; plan files larger than {limit} bytes are not read",
    "JP014.depth": "nesting is deeper than {limit} levels; a plan needs fewer than 10",
    "JP014.alias": "aliases expand to more than {limit} nodes (an alias bomb?); the file was "
    "not read",
    "JP015": "section '{section}' is already declared at {first}; it may be declared in one "
    "file only",
    "JP016.read": "cannot read the file: {reason}",
    "JP016.encoding": "the file is not UTF-8 (byte {byte} here); save it as UTF-8",
    "JP017": "suppression of {code} silences nothing",
    "JP018": "unknown rule code '{code}' in plan.checks",
    "did_you_mean": " (did you mean '{suggestion}'?)",
    # ------------------------------------------------------------------ question 1
    "JP101": "the plan names no target group",
    "JP102": "target group '{id}' has no description",
    "JP103": "target group '{id}' is not covered by any persona",
    # ------------------------------------------------------------------ question 2
    "JP201": "the plan has no persona",
    "JP202": "persona '{id}' names no target group",
    "JP202.dangling": "the target group that persona '{id}' names does not exist",
    "JP203": "persona '{id}' has no motivations",
    "JP204": "persona '{id}' has no preferred channels",
    # ------------------------------------------------------------------ question 3
    "JP301": "persona '{id}' has no touchpoints",
    "JP302": "persona '{id}' has no conversion point",
    "JP303": "conversion point '{id}' cannot be reached from the entries of {persona_id}'s journey",
    # ------------------------------------------------------------------ question 4
    "JP401": "persona '{id}'s journey uses {count} channel(s); a cross-channel journey needs "
    "two or more",
    "JP402": "trigger from '{source}' to '{target}' has no event",
    "JP403": "touchpoint '{id}' cannot be reached from the entries of {persona_id}'s journey",
    "JP404": "touchpoint '{id}' is a dead end in {persona_id}'s journey: no trigger leads on, "
    "and it is not a conversion, rejection or exit",
    "JP405": "touchpoint '{id}' is on channel '{channel}', which {persona_id} does not prefer",
    "JP406": "persona '{id}'s journey has no entry: mark a touchpoint 'entry: true'",
    # ------------------------------------------------------------------ question 5
    "JP501": "the employer brand has no proposition",
    "JP502": "the employer brand has no qualifiers",
    "JP503": "the employer brand has no winners",
    "JP504": "the employer brand has no brand personality",
    "JP505": "stage '{stage}' of {persona_id}'s journey carries no brand element",
    "JP506": "winner '{id}' does not reach {persona_id}: no touchpoint of the journey carries it",
    "JP507": "application point '{id}' is not directly followed by an acknowledgement with a "
    "concrete response_time in {persona_id}'s journey",
    "JP508": "{persona_id}'s journey has no rejection touchpoint with feedback",
    "JP508.no_feedback": "rejection '{id}' in {persona_id}'s journey gives no feedback "
    "(feedback: true)",
    "JP509": "messaging channel '{id}' of {persona_id}'s journey answers in {duration}; "
    "candidates expect an answer within 24h",
    "JP510": "messaging channel '{id}' of {persona_id}'s journey declares no response_time",
    "JP511": "'{source}' promises an answer within {promise}, but the next step '{target}' comes after {delay} in {persona_id}'s journey",
    # ------------------------------------------------------------------ titles
    "title.JP001": "YAML syntax error",
    "title.JP002": "Duplicate key",
    "title.JP003": "Unknown key",
    "title.JP004": "Wrong type",
    "title.JP005": "Invalid id",
    "title.JP006": "Duplicate id",
    "title.JP007": "Dangling reference",
    "title.JP008": "Not a duration",
    "title.JP009": "Value not allowed",
    "title.JP010": "Missing required key",
    "title.JP011": "Empty file",
    "title.JP012": "File is not a mapping",
    "title.JP013": "Unsupported YAML tag",
    "title.JP014": "Input too large or too deep",
    "title.JP015": "Section declared twice",
    "title.JP016": "Unreadable file",
    "title.JP017": "Unused suppression",
    "title.JP018": "Unknown rule code in configuration",
    "title.JP101": "No target groups",
    "title.JP102": "Target group without description",
    "title.JP103": "Target group without persona",
    "title.JP201": "No personas",
    "title.JP202": "Persona without target group",
    "title.JP203": "Persona without motivations",
    "title.JP204": "Persona without preferred channels",
    "title.JP301": "Persona without touchpoints",
    "title.JP302": "Persona without conversion point",
    "title.JP303": "Unreachable conversion point",
    "title.JP401": "Single-channel journey",
    "title.JP402": "Trigger without event",
    "title.JP403": "Unreachable touchpoint",
    "title.JP404": "Dead end",
    "title.JP405": "Touchpoint on a non-preferred channel",
    "title.JP406": "Journey without entry",
    "title.JP501": "Brand without proposition",
    "title.JP502": "Brand without qualifiers",
    "title.JP503": "Brand without winners",
    "title.JP504": "Brand without personality",
    "title.JP505": "Stage without brand element",
    "title.JP506": "Winner that does not reach a persona",
    "title.JP507": "Application without acknowledgement",
    "title.JP508": "No rejection with feedback",
    "title.JP509": "Slow messaging channel",
    "title.JP510": "Messaging channel without response time",
    "title.JP511": "Promise not kept",
    # ------------------------------------------------------------------ explanations
    "explain.JP001": "The file is not valid YAML, so nothing in it can be checked. The message "
    "names what the parser expected and where; common causes are an unclosed "
    "quote or bracket, a tab used for indentation, or a value that starts with "
    "a character YAML reserves (quote it).",
    "explain.JP002": "A key appears twice in one mapping. YAML parsers silently keep one of the "
    "two, so half of what was written is lost without anyone noticing. Keep "
    "one of them.",
    "explain.JP003": "The key is not part of plan format v1, most often a typo. An unknown key "
    "is never silently ignored, because the information in it would be lost. "
    "The message suggests the closest known key.",
    "explain.JP004": "The value has the wrong shape: for example a single text where a list "
    "belongs (write [a, b]), or a mapping where text belongs.",
    "explain.JP005": "Ids are how the plan refers to things, and they name the files of the "
    "journey maps. They are lowercase letters, digits, '-' and '_', start with "
    "a letter or digit and are at most 64 characters. The persona id "
    "'overview' is reserved for the overview map.",
    "explain.JP006": "Two elements of the same kind share an id, so a reference to it is "
    "ambiguous. The first one counts; give the other its own id.",
    "explain.JP007": "A reference names an id that no element of that kind has, usually a typo "
    "or a renamed element. The message suggests the closest existing id.",
    "explain.JP008": "Durations say how fast the employer answers or how long a trigger waits. "
    "They must be exact so they can be compared: <number><unit> with m, h, d "
    "or w (30m, 4h, 2d, 1w), or ISO 8601 (PT4H, P2D). Words like 'asap' are "
    "promises nobody can check.",
    "explain.JP009": "The value is not one of those the format allows for this key (or a number "
    "is out of range, such as a target rate above 1).",
    "explain.JP010": "A key the format requires is missing, such as a touchpoint's stage or "
    "channel, or a trigger's from/to.",
    "explain.JP011": "The YAML file is empty. It contributes nothing to the plan; remove it or "
    "fill it.",
    "explain.JP012": "Each plan file is a mapping of sections (plan, employer_brand, "
    "target_groups, personas, channels, touchpoints, triggers). A file whose "
    "top level is a list or a single value is not part of a plan.",
    "explain.JP013": "Only the YAML core tags are accepted. Other tags (such as Python object "
    "tags) are never constructed, so a plan file can never execute code.",
    "explain.JP014": "The file is larger, deeper or expands (through aliases) further than any "
    "plan needs. It is refused so that checking stays fast and safe.",
    "explain.JP015": "The sections plan and employer_brand may be declared in one file only; "
    "list sections (personas, touchpoints ...) may be spread over files.",
    "explain.JP016": "The file could not be read: no permission, or it is not UTF-8 text. Save "
    "plan files as UTF-8.",
    "explain.JP017": "A '# journeyplan: ignore[CODE]' comment silences nothing on its line (or "
    "the next line, when the comment stands alone). Remove it, so that "
    "suppressions stay honest. A comment that starts with 'journeyplan:' "
    "but is not written as '# journeyplan: ignore[CODE, ...]' silences "
    "nothing either and is reported the same way.",
    "explain.JP018": "plan.checks or a '# journeyplan: ignore[...]' comment names a rule code "
    "journeyplan does not know. See 'journeyplan rules' for the list.",
    "explain.JP101": "Question 1 asks who the employer recruits from. Without a target group "
    "there is nobody to build personas or journeys for.",
    "explain.JP102": "A target group needs a description (who they are, age, education, "
    "situation on the labour market) so that personas and content can be "
    "checked against it.",
    "explain.JP103": "A target group that no persona makes concrete gets no journey: question 2 "
    "translates every target group into at least one persona.",
    "explain.JP201": "Question 2 asks for concrete personas. Without one, no candidate journey "
    "can be planned.",
    "explain.JP202": "A persona makes a target group concrete, so it must say which one "
    "(target_group), and that target group must exist.",
    "explain.JP203": "What drives the persona decides the content that attracts them. A persona "
    "without motivations is a name, not a persona.",
    "explain.JP204": "The persona's preferred channels decide where the journey should reach "
    "them (question 4).",
    "explain.JP301": "Question 3 asks for the intended contact points per persona. No "
    "touchpoint includes this persona, so it has no journey.",
    "explain.JP302": "A journey without a conversion point (an application, lead, referral, "
    "event sign-up or hire) has no goal: nothing measures whether it works.",
    "explain.JP303": "A conversion point that no path from the persona's entries reaches will "
    "never convert. Add triggers that lead to it.",
    "explain.JP401": "Question 4 asks for a cross-channel journey: candidates move between "
    "channels (a video on social, an answer on WhatsApp, an e-mail). A journey "
    "on one channel misses everyone who is not there.",
    "explain.JP402": "A trigger moves the candidate from one touchpoint to the next; the event "
    "says what makes that happen (clicked apply, no reply after 3 days).",
    "explain.JP403": "No path from the persona's entries reaches this touchpoint, so the "
    "candidate never sees it. Add a trigger to it or remove it from the "
    "journey.",
    "explain.JP404": "The candidate arrives here and nothing happens next: no trigger leads on, "
    "and it is not a conversion, a rejection or an exit. Add the next step.",
    "explain.JP405": "The touchpoint is on a channel the persona does not list as preferred. "
    "That can be deliberate; it is reported for information.",
    "explain.JP406": "Every touchpoint of this journey has an incoming trigger and none is "
    "marked as an entry, so the journey has no start. Mark where candidates "
    "come in with 'entry: true'.",
    "explain.JP501": "The proposition is the central message of the employer brand; it should "
    "be recognisable all along the journey.",
    "explain.JP502": "Qualifiers are the conditions an employer must meet to be relevant at all "
    "(pay, contract, location). Without them the brand is not credible.",
    "explain.JP503": "Winners are what distinguishes the employer. Without them the brand is "
    "interchangeable.",
    "explain.JP504": "The brand personality is the employer's character; it sets the tone of "
    "every message.",
    "explain.JP505": "Every stage the persona passes should carry at least one brand element "
    "(qualifier, winner or personality trait) so the brand is anchored along "
    "the whole journey, not only in the first advertisement.",
    "explain.JP506": "Each winner should reach each persona somewhere in their journey; a "
    "distinguishing feature nobody hears about does not distinguish.",
    "explain.JP507": "Right after an application the candidate should get an acknowledgement "
    "that says concretely when they will hear back (response_time such as 2d), "
    "not 'as soon as possible'.",
    "explain.JP508": "Most candidates are rejected. A decent rejection with honest feedback "
    "keeps them as ambassadors and in the talent pool; the journey needs a "
    "rejection touchpoint with feedback: true.",
    "explain.JP509": "Candidates expect answers on messaging channels within hours. A messaging "
    "channel whose response_time is over 24h breaks that expectation. (A "
    "touchpoint's response_time is a promise to the candidate and is not "
    "bound by this.)",
    "explain.JP510": "A messaging channel should declare how fast the employer answers there "
    "(response_time, at most 24h), so the promise can be checked.",
    "explain.JP511": "A touchpoint's response_time is a promise to the candidate: 'you hear from us within 2 days'. The plan keeps that promise only if every trigger leaving the touchpoint fires within that time. A trigger whose delay is longer (the screening call after 5 days when the acknowledgement promised 2) breaks the promise by design. Shorten the delay, or promise what the process can deliver. This check also applies to plans that use no version 1.1 field: they make the promise.",
    # ------------------------------------------------------------------ interface
    "question.1": "What are my target groups?",
    "question.2": "How do I translate them into concrete personas?",
    "question.3": "What are the intended contact and conversion points per persona?",
    "question.4": "How do I set up a cross-channel journey with channels and triggers that "
    "match each persona?",
    "question.5": "How do I anchor the right candidate experience and the employer brand along "
    "the journey?",
    "question.none": "plan structure",
    "severity.error": "error",
    "severity.warning": "warning",
    "severity.info": "info",
    "verdict.pass": "pass",
    "verdict.warn": "warn",
    "verdict.fail": "fail",
    "ui.persona": "Persona",
    "ui.checklist": "Checklist",
    "ui.summary": "{errors} error(s), {warnings} warning(s), {infos} info",
    "ui.clean": "No findings.",
    "ui.no_personas": "No personas: the checklist has no rows.",
    "ui.not_evaluated": "Checklist not evaluated: {count} file(s) could not be read ({files}); "
    "what is missing may be in them. Fix them first.",
    "path-missing": "path '{path}' does not exist",
    "path-not-plan": "path '{path}' is neither a plan file nor a folder",
    "path-unreadable": "path '{path}' cannot be read: {reason}",
    "path-no-yaml": "no *.yaml or *.yml file found in '{path}'",
    "internal-error": "internal error while checking {path}: {error}. Please report this "
    "(run again with --debug for the traceback).",
    "unknown-format": "unknown format '{name}'; choose one of: {choices}",
    "unknown-language": "unknown language '{name}'; choose one of: {choices}",
    # ------------------------------------------------------------------ journeyplan diff
    # (comparing revisions: journeyplan/diff.py, gitsource.py, report/diff_report.py)
    "diff-no-git": "git is not installed (or not on PATH); journeyplan diff reads revisions "
    "with git",
    "diff-not-a-repo": "'{path}' is not inside a git working tree",
    "diff-outside-repo": "'{path}' is outside the git repository at {root}",
    "diff-bad-revision": "'{revision}' is not accepted as a revision: it is empty, starts "
    "with '-' or contains spaces or control characters",
    "diff-no-revision": "revision '{revision}' does not exist in the git repository at {root}",
    "diff-git-failed": "git {command} failed: {detail}",
    "diff-no-plan": "there is no plan at '{path}' in either version",
    "diff.title": "Plan changes",
    "diff.working_tree": "working tree",
    "diff.no_plan": "no plan",
    "diff.plan": "Plan: {name}",
    "diff.changes": "Changes",
    "diff.no_changes": "No changes in the plan.",
    "diff.checklist": "Checklist verdicts",
    "diff.new_findings": "New findings",
    "diff.fixed_findings": "Fixed findings",
    "diff.summary": "{changes} change(s), {verdicts} checklist verdict(s) changed, {new} new "
    "finding(s), {fixed} fixed",
    "diff.added": "added",
    "diff.removed": "removed",
    "diff.changed": "changed",
    "diff.kind.plan": "plan",
    "diff.kind.employer_brand": "employer brand",
    "diff.kind.stage": "stage",
    "diff.kind.brand_element": "brand element",
    "diff.kind.target_group": "target group",
    "diff.kind.persona": "persona",
    "diff.kind.channel": "channel",
    "diff.kind.touchpoint": "touchpoint",
    "diff.kind.trigger": "trigger",
    "diff.heading.plan": "Plan",
    "diff.heading.employer_brand": "Employer brand",
    "diff.heading.stage": "Stages",
    "diff.heading.brand_element": "Brand elements",
    "diff.heading.target_group": "Target groups",
    "diff.heading.persona": "Personas",
    "diff.heading.channel": "Channels",
    "diff.heading.touchpoint": "Touchpoints",
    "diff.heading.trigger": "Triggers",
    "diff.unset": "(not set)",
    "diff.every_persona": "(every persona)",
    "diff.items_added": "added {items}",
    "diff.items_removed": "removed {items}",
    "diff.absent": "(not in plan)",
    "diff.col.persona": "Persona",
    "diff.col.question": "Question",
    "diff.col.before": "Before",
    "diff.col.after": "After",
    # ------------------------------------------------------------------ CI formats, rule
    # configuration and suppressions (report/sarif.py, report/github.py, selection.py,
    # suppress.py, `journeyplan schema`)
    "JP009.always_on": "{code} cannot be set to '{value}': it means a file could not be read, "
    "and a plan that was not read never passes",
    "JP017.malformed": "'{comment}' is not a suppression; write '# journeyplan: ignore[CODE, ...]'",
    "JP018.suppression": "unknown rule code '{code}' in a suppression comment",
    "selection.unknown": "unknown rule code or prefix '{code}' in {option}",
    "selection.always-on": "{option} {code}: {code} cannot be ignored; it means a file could "
    "not be read, and a plan that was not read never passes",
    "sarif.question": "Checklist question {number}: {question}",
    "sarif.structure": "Plan structure (not one of the five checklist questions).",
    # ------------------------------------------------------------------ consultant commands
    # (rules, explain, matrix, init, Dutch): interface texts, argument terms, and per rule
    # why it matters (why.CODE) and the comments of its examples (example.CODE.bad/.fix).
    "ui.question_short": "Q{number}",
    "ui.rules.code": "Code",
    "ui.rules.name": "Name",
    "ui.rules.question": "Question",
    "ui.rules.severity": "Default",
    "ui.rules.title": "Title",
    "ui.rules.structure": "structure",
    "ui.rules.questions": "The five questions",
    "ui.explain.question": "Question {number}: {question}",
    "ui.explain.structure": "Plan structure (no checklist question)",
    "ui.explain.severity": "Default severity: {severity}",
    "ui.explain.what": "What it checks",
    "ui.explain.why": "Why it matters",
    "ui.explain.bad": "Example that fails",
    "ui.explain.fix": "The fix",
    "ui.explain.context": "Both snippets are part of a small plan that otherwise passes every "
    "check.",
    "unknown-rule": "unknown rule '{name}'; 'journeyplan rules' lists them all",
    "ui.matrix.by_stage": "Coverage: persona × stage",
    "ui.matrix.by_channel": "Coverage: persona × channel",
    "ui.matrix.entry": "{touchpoint} ({where})",
    "ui.matrix.conversion": "conversion: {goal}",
    "ui.matrix.rejection": "rejection",
    "ui.matrix.exit": "exit",
    "ui.matrix.not_preferred": "(not a preferred channel)",
    "ui.matrix.none": "— none —",
    "ui.matrix.legend": "{mark} conversion point; {none} a stage or preferred channel without "
    "touchpoints",
    "ui.matrix.plan_errors": "note: the plan has {errors} error(s); the matrix shows what is "
    "valid. Run 'journeyplan check' for the details.",
    "goal.application": "application",
    "goal.lead": "lead",
    "goal.referral": "referral",
    "goal.event_signup": "event sign-up",
    "goal.hire": "hire",
    "goal.other": "other",
    "init-not-empty": "'{path}' is not empty; use --force to add the starter files next to "
    "what is there (existing files are never overwritten)",
    "init-not-dir": "'{path}' exists and is not a folder",
    "init-failed": "cannot write in '{path}': {reason}",
    "ui.init.created": "created {path}",
    "ui.init.skipped": "skipped {path}: the file already exists and is left as it is",
    "ui.init.next": "Next: journeyplan check {path}",
    # Terms inserted into messages as arguments (kind, expected, got): translated on output.
    "term.stage": "stage",
    "term.target group": "target group",
    "term.persona": "persona",
    "term.channel": "channel",
    "term.touchpoint": "touchpoint",
    "term.brand element": "brand element",
    "term.value": "value",
    "term.text": "text",
    "term.an id": "an id",
    "term.true or false": "true or false",
    "term.a whole number": "a whole number",
    "term.a number": "a number",
    "term.a duration": "a duration",
    "term.a list": "a list",
    "term.a mapping": "a mapping",
    "term.a mapping to merge": "a mapping to merge",
    "term.mapping": "mapping",
    "term.list": "list",
    "term.integer": "integer",
    "term.number": "number",
    "term.true/false": "true/false",
    "term.null": "null",
    "term.scalar": "scalar",
    "term.ref": "the id of a {kind}",
    "term.one_of": "one of {values}",
    "why.JP001": "A file that does not parse is left out entirely: its touchpoints, triggers "
    "and brand elements silently disappear from the checks and the journey maps.",
    "why.JP002": "The plan says two things and only one of them is used, so the map and the "
    "checks may show a journey the team never agreed on.",
    "why.JP003": "A misspelt key looks fine to a reader but is not part of the plan: the "
    "message or promise it holds never reaches the checks or the maps.",
    "why.JP004": "A value of the wrong shape cannot be used, so the candidate-facing content "
    "that depends on it is left out of the checks.",
    "why.JP005": "Ids connect personas, channels and touchpoints; a malformed id breaks those "
    "links and the file names of the journey maps.",
    "why.JP006": "Every reference points at the first element with the id; the second one, and "
    "whatever it promises the candidate, is ignored.",
    "why.JP007": "A reference to nothing is a hole in the journey: the touchpoint loses its "
    "channel, stage or brand element, and the candidate's route on the map breaks.",
    "why.JP008": "'As soon as possible' is exactly the vague promise candidates complain about. "
    "A concrete duration can be checked against what they expect.",
    "why.JP009": "Values outside the format's lists cannot be compared or drawn: a channel of "
    "an unknown type is not recognised as a messaging channel, for example.",
    "why.JP010": "Without its stage or channel a touchpoint cannot be placed on the journey "
    "map; without from and to, a trigger connects nothing.",
    "why.JP011": "An empty file usually means planned work that was forgotten: a persona or "
    "channel the team believes is in the plan is not.",
    "why.JP012": "Whatever the file holds is not read as plan: the personas or touchpoints in "
    "it are missing from the checks and the maps.",
    "why.JP013": "Tags can make YAML tools run code or read other files. journeyplan never "
    "does, so a plan from a client or a colleague is always safe to check.",
    "why.JP014": "Refusing absurd input keeps checking fast and safe for plans from any source, "
    "also in CI.",
    "why.JP015": "With two declarations it is unclear which one counts; the second is ignored, "
    "so part of the employer brand or the plan settings silently disappears.",
    "why.JP016": "An unreadable file is left out of the plan, and names with accents in another "
    "encoding would end up garbled in the client's journey maps.",
    "why.JP017": "A suppression that silences nothing hides nothing today, but it will hide a "
    "real problem tomorrow, after the plan changes.",
    "why.JP018": "A mistyped code in plan.checks changes nothing, so the team believes a rule "
    "is configured when it is not.",
    "why.JP019": "A file of another tool in the plan folder would otherwise flood the report with an unknown-key error per key and hide the findings that matter.",
    "why.JP020": "Following folder links could read files twice or loop forever; saying that a linked folder was skipped keeps the check honest about what it read.",
    "example.JP019.bad": "another tool's file in the plan folder",
    "example.JP019.fix": "only plan sections in the plan folder (move the other file out)",
    "example.JP020.bad": "a symbolic link to a folder inside the plan folder",
    "example.JP020.fix": "copy the files into the plan folder instead of linking",
    "why.JP101": "Without target groups the plan is aimed at nobody: the employer brand and the "
    "channels cannot be chosen for a real audience.",
    "why.JP102": "Without a description a target group means something different to the "
    "recruiter, the marketer and the client; personas and content cannot be "
    "tested against it.",
    "why.JP103": "A target group without a persona gets no journey: nobody from that group is "
    "deliberately found, attracted or engaged.",
    "why.JP201": "Content and channels are chosen for people; without a persona every choice in "
    "the journey is a guess.",
    "why.JP202": "A persona that belongs to no target group cannot be traced back to the labour "
    "market the employer recruits from.",
    "why.JP203": "Motivations decide which brand message works; without them the content cannot "
    "be personalised for this persona.",
    "why.JP204": "Candidates are reached where they already are; without preferred channels the "
    "journey cannot be matched to the persona.",
    "why.JP301": "A persona without touchpoints never meets the employer: the plan describes a "
    "candidate it does not reach.",
    "why.JP302": "Without a conversion point nothing in the journey asks the candidate to act, "
    "and nothing measures whether the journey works.",
    "why.JP303": "Candidates can only convert where the journey takes them; an application or "
    "sign-up nobody reaches is a door nobody finds.",
    "why.JP401": "Candidates switch channels all the time: they see a video, ask a question on "
    "WhatsApp, read an e-mail. A journey on one channel loses them at the switch.",
    "why.JP402": "Without an event nobody knows what moves the candidate on, so nobody can set "
    "up the automation or measure the step.",
    "why.JP403": "A touchpoint no candidate reaches costs budget and effort and adds nothing to "
    "the candidate experience.",
    "why.JP404": "A dead end leaves the candidate without a next step: interest fades, and the "
    "experience ends in silence.",
    "why.JP405": "A touchpoint on a channel the persona does not use may never be seen; make "
    "sure it is a deliberate choice.",
    "why.JP406": "Without an entry nothing says where candidates first meet the employer, so "
    "nobody can tell which touchpoints they actually reach.",
    "why.JP501": "Without a proposition every touchpoint tells its own story, and candidates do "
    "not recognise the employer from one step to the next.",
    "why.JP502": "Candidates check the basics first (pay, contract, location); a brand that "
    "skips them is not credible.",
    "why.JP503": "Winners are why a candidate picks this employer over another; without them "
    "the brand is interchangeable.",
    "why.JP504": "The brand personality sets the tone of every message; without it the journey "
    "speaks with many voices.",
    "why.JP505": "In a stage without a brand element the candidate meets a process, not the "
    "employer.",
    "why.JP506": "A winner that never reaches a persona cannot make the difference for that "
    "persona.",
    "why.JP507": "Candidates want to know when they will hear back. 'As soon as possible' right "
    "after applying is the first disappointment in the relationship.",
    "why.JP508": "Most candidates are rejected. Honest feedback turns them into ambassadors who "
    "stay in the talent pool, instead of critics.",
    "why.JP509": "On messaging channels candidates expect an answer within hours; waiting days "
    "feels like being ignored.",
    "why.JP510": "Without a stated response time nobody answers for the speed on the channel "
    "where candidates expect the fastest answer.",
    "why.JP511": "A broken promise of when the candidate hears back does more harm than no promise: the candidate counts the days.",
    "example.JP001.bad": "a colon followed by a space starts a new key here",
    "example.JP001.fix": "quote text that contains ': '",
    "example.JP002.bad": "the channel is given twice: which one counts?",
    "example.JP002.fix": "one channel per touchpoint",
    "example.JP003.bad": "typo: a touchpoint has no key 'mesage'",
    "example.JP003.fix": "message",
    "example.JP004.bad": "one text, not a list",
    "example.JP004.fix": "a list: [a, b]",
    "example.JP005.bad": "capital letters and a space",
    "example.JP005.fix": "lowercase letters, digits, '-' and '_'",
    "example.JP006.bad": "a second channel with the id 'insta'",
    "example.JP006.fix": "an id of its own",
    "example.JP007.bad": "no channel has the id 'instagram'",
    "example.JP007.fix": "the id of an existing channel",
    "example.JP008.bad": "'asap' is not a duration",
    "example.JP008.fix": "a duration: 30m, 4h, 2d, 1w",
    "example.JP009.bad": "'chat' is not a channel type",
    "example.JP009.fix": "one of the channel types",
    "example.JP010.bad": "the touchpoint has no stage",
    "example.JP010.fix": "the stage is given",
    "example.JP011.bad": "this file holds nothing but a comment",
    "example.JP011.fix": "the file holds a section (or delete the file)",
    "example.JP012.bad": "a list at the top level, without a section name",
    "example.JP012.fix": "the list under its section name",
    "example.JP013.bad": "YAML has no include: the tag is refused",
    "example.JP013.fix": "the personas in a file of their own: list sections may be spread "
    "over files",
    "example.JP014.bad": "nested 200 levels deep",
    "example.JP014.fix": "a plain list",
    "example.JP015.bad": "employer_brand is already declared in brand.yaml",
    "example.JP015.fix": "the whole employer brand in one file",
    "example.JP016.bad": "saved as Windows-1252 (é is the byte 0xe9), not as UTF-8",
    "example.JP016.fix": "the same text, saved as UTF-8",
    "example.JP017.bad": "the ignore comment below silences nothing: 'video' is no dead end",
    "example.JP017.fix": "no ignore comment needed",
    "example.JP018.bad": "the letter O instead of a zero: there is no rule JP1O2",
    "example.JP018.fix": "an existing rule code",
    "example.JP101.bad": "no target group",
    "example.JP101.fix": "at least one target group, with a description",
    "example.JP102.bad": "who are they?",
    "example.JP102.fix": "a description: education, age, situation",
    "example.JP103.bad": "no persona makes this target group concrete",
    "example.JP103.fix": "a persona for the career switchers",
    "example.JP201.bad": "no persona",
    "example.JP201.fix": "at least one persona",
    "example.JP202.bad": "which target group does Sam belong to?",
    "example.JP202.fix": "the target group is given",
    "example.JP203.bad": "what drives Sam?",
    "example.JP203.fix": "what drives Sam",
    "example.JP204.bad": "where can Sam be reached?",
    "example.JP204.fix": "Sam's preferred channels",
    "example.JP301.bad": "every touchpoint is for Sam only, so Noor has none",
    "example.JP301.fix": "the touchpoints serve Sam and Noor (without 'personas' they serve "
    "everyone)",
    "example.JP302.bad": "neither the form nor the offer is a conversion point",
    "example.JP302.fix": "conversion goals: an application and a hire",
    "example.JP303.bad": "no trigger leads to the open-day sign-up",
    "example.JP303.fix": "a trigger from the video to the sign-up",
    "example.JP401.bad": "the video is on WhatsApp too: Sam's whole journey uses one channel",
    "example.JP401.fix": "the video on Instagram: two channels",
    "example.JP402.bad": "what makes the candidate move on?",
    "example.JP402.fix": "the event",
    "example.JP403.bad": "nothing leads to the FAQ",
    "example.JP403.fix": "a trigger from the video to the FAQ",
    "example.JP404.bad": "nothing leads on from the FAQ",
    "example.JP404.fix": "the next step after the FAQ",
    "example.JP405.bad": "Indeed is not one of Sam's preferred channels",
    "example.JP405.fix": "Indeed is one of Sam's channels now (or move the ad to a channel Sam "
    "uses)",
    "example.JP406.bad": "no entry, and every touchpoint has an incoming trigger",
    "example.JP406.fix": "entry: true where candidates come in",
    "example.JP501.bad": "no proposition",
    "example.JP501.fix": "the central message",
    "example.JP502.bad": "no qualifiers",
    "example.JP502.fix": "the qualifiers",
    "example.JP503.bad": "no winners",
    "example.JP503.fix": "the winners",
    "example.JP504.bad": "no brand personality",
    "example.JP504.fix": "the brand personality",
    "example.JP505.bad": "no touchpoint of the apply stage carries a brand element",
    "example.JP505.fix": "a brand element in the apply stage",
    "example.JP506.bad": "no touchpoint carries this winner",
    "example.JP506.fix": "the offer carries the winner",
    "example.JP507.bad": "no promise of when the candidate hears back",
    "example.JP507.fix": "a concrete response_time",
    "example.JP508.bad": "a rejection without feedback",
    "example.JP508.fix": "feedback: true (and give the feedback honestly)",
    "example.JP509.bad": "48 hours on a messaging channel",
    "example.JP509.fix": "an answer within hours",
    "example.JP510.bad": "how fast does the employer answer here?",
    "example.JP510.fix": "response_time, at most 24h",
    "example.JP511.bad": "the acknowledgement promises 2d, the offer follows after 5d",
    "example.JP511.fix": "the next step within the promised 2d",
    # ------------------------------------------------------------------ render (journey maps)
    # Texts drawn on the maps ({duration} is like 2d, {rate} like 4%, {goal} a map.goal.* text)
    "map.title.persona": "Candidate journey: {persona}",
    "map.title.overview": "Candidate journeys: overview of all personas",
    "map.badge.entry": "ENTRY",
    "map.badge.conversion": "CONVERSION: {goal}",
    "map.badge.conversion.rate": "CONVERSION: {goal} · target {rate}",
    "map.badge.rejection": "REJECTION",
    "map.badge.rejection.feedback": "REJECTION with feedback",
    "map.badge.exit": "EXIT",
    "map.goal.application": "application",
    "map.goal.lead": "lead",
    "map.goal.referral": "referral",
    "map.goal.event_signup": "event sign-up",
    "map.goal.hire": "hire",
    "map.goal.other": "other",
    "map.promise": "hears back within {duration}",
    "map.delay": "after {duration}",
    "map.delay.none": "immediately",
    "map.personas": "for {personas}",
    "map.personas.all": "for every persona",
    "map.channel.response": "answers within {duration}",
    "map.no_channel": "(no channel)",
    "map.no_stage": "(no stage)",
    "map.empty": "No touchpoints in this journey yet.",
    "map.legend.contact": "contact point",
    "map.legend.conversion": "conversion point",
    "map.legend.rejection": "rejection",
    "map.legend.exit": "exit",
    "map.legend.start": "start of the journey",
    # `journeyplan render` messages ({path} is a file or folder as given on the command line)
    "render.nothing-to-draw": "'{path}' has no personas and no touchpoints to draw (run "
    "'journeyplan check {path}')",
    "render.plan-has-errors": "note: the plan has {errors} error(s); the maps show what is "
    "valid. Run 'journeyplan check {path}' for the details.",
    "render.skip-persona": "skipped persona '{id}': its id cannot name a map file (run "
    "'journeyplan check' and fix the id)",
    "render.unknown-persona": "no persona '{id}' in the plan",
    "render.output-is-file": "output folder '{path}' is a file, not a folder; nothing was written",
    "render.not-ours": "'{path}' exists and was not written by journeyplan; nothing was "
    "written (move it away or choose another folder with -o)",
    "render.cannot-write": "cannot write '{path}': {reason}",
    "render.no-graphviz": "Graphviz is not installed: --format {format} needs its 'dot' "
    "program (Debian/Ubuntu: apt-get install graphviz; macOS: brew "
    "install graphviz). --format dot and --format mermaid work "
    "without it.",
    "render.dot-failed": "Graphviz 'dot' failed on the map '{name}': {detail}",
    "render.dot-warning": "Graphviz warned on the map '{name}': {detail}",
    # ------------------------------------------------------------------ hostile and broken input
    "JP001.control": "YAML syntax error: the control character {char} is not allowed in YAML "
    "text (it often comes with text pasted from another program); remove it",
    "JP001.colon": "YAML syntax error: {detail}; a ': ' inside text starts a new key: put "
    "text that holds ': ' in quotes",
    "JP001.tab": "YAML syntax error: {detail}; there is a tab here: indent YAML with spaces, "
    "never with tabs",
    "JP016.utf16": "the file is saved as {encoding}, not UTF-8; save it as UTF-8",
    "JP016.cp1252": "the file is not UTF-8: byte {byte} here is '{char}' in Windows-1252 "
    "(Latin-1), the encoding Word and e-mail programs save text in; save the "
    "file as UTF-8",
    "JP016.dangling": "the file is a symbolic link to '{target}', which does not exist",
    "JP016.loop": "the file is a symbolic link to '{target}', which leads into a loop of links",
    "JP016.fifo": "the file is a named pipe, not a regular file; only regular files are read",
    "JP016.device": "the file is a device, not a regular file; only regular files are read",
    "JP016.socket": "the file is a socket, not a regular file; only regular files are read",
    "JP016.special": "the file is not a regular file; only regular files are read",
    "JP014.size-growing": "the file is larger than {limit} bytes (it grew while it was read); "
    "plan files larger than {limit} bytes are not read",
    "JP016.folder": "cannot read the folder: {reason}; the plan files in it were not checked",
    "JP019": "not a plan file: none of its top-level keys ({keys}) is a plan section, so it "
    "was skipped (plan sections: {sections})",
    "JP020": "a link to the folder '{target}'; links to folders are not followed, so the plan "
    "files in it were not checked",
    "title.JP019": "Not a plan file",
    "title.JP020": "Linked folder not followed",
    "explain.JP019": "A YAML file in the plan folder has none of the plan sections (plan, "
    "employer_brand, target_groups, personas, channels, touchpoints, triggers) "
    "and no key that resembles one: it is some other tool's file, such as a "
    "docker-compose.yml or a CI workflow. It is skipped as a whole, with this "
    "one warning, instead of an unknown-key error for each of its keys. Move "
    "the plan into a folder of its own, or set JP019 to off in plan.checks.",
    "explain.JP020": "A folder in the plan folder is a symbolic link. Links to folders are "
    "never followed, so a link to a parent folder or a loop of links cannot "
    "make the check endless, and files are never read twice. Copy the files "
    "into the plan folder, or check the linked folder on its own.",
    "internal-error.rule": "internal error in rule {rule} while checking {path}: {error}. "
    "Please report this (run again with --debug for the traceback).",
    "ui.more_personas": "... and {count} more personas (--format json lists every verdict)",
    "path-broken-link": "path '{path}' is a symbolic link to '{target}', which does not exist "
    "(or leads into a loop of links)",
}

#: Dutch. Same keys and the same {placeholders} as EN (a test checks both); the glossary
#: of shared/mission.md: doelgroep, persona, contactpunt, conversiepunt, (media)kanaal,
#: trigger, werkgeversmerk, propositie, kandidaatbeleving, afwijzing.
NL: dict[str, str] = {
    # ------------------------------------------------------------------ planstructuur
    "JP001": "YAML-syntaxfout: {detail}",
    "JP002": "dubbele sleutel '{key_name}' (eerder op regel {first_line})",
    "JP003": "onbekende sleutel '{key_name}'",
    "JP003.comma": "onbekende sleutel '{key_name}': in {{...}} beëindigt een komma de tekst "
    "ervoor; zet tekst met een komma tussen aanhalingstekens",
    "JP004": "verkeerd type: {expected} verwacht, {got} gevonden",
    "JP004.key": "een sleutel moet tekst zijn, niet {got}",
    "JP005": "ongeldige id '{id}': gebruik kleine letters, cijfers, '-' en '_' (hoogstens 64, "
    "te beginnen met een letter of cijfer)",
    "JP005.reserved": "de persona-id '{id}' is gereserveerd (zo heet de overzichtskaart)",
    "JP006": "dubbele id '{id}' voor {kind} (eerder gedefinieerd op {first})",
    "JP007": "{kind} '{id}' bestaat niet",
    "JP008": "'{value}' is geen tijdsduur: schrijf <getal><eenheid> met eenheid m, h, d of w "
    "(30m, 4h, 2d, 1w) of ISO 8601 (PT4H, P2D)",
    "JP009": "'{value}' is hier niet toegestaan; kies uit: {allowed}",
    "JP009.range": "'{value}' valt buiten het bereik; toegestaan: {allowed}",
    "JP009.too_large": "'{value}' is te groot: gehele getallen hebben hier hoogstens {digits} cijfers",
    "JP010": "verplichte sleutel '{key_name}' ontbreekt",
    "JP011": "het bestand is leeg",
    "JP012": "een planbestand moet op het hoogste niveau een mapping van secties zijn, geen {kind}",
    "JP013": "tag '{tag}' is niet toegestaan: alleen de YAML-kerntags worden geaccepteerd, uit "
    "andere tags wordt nooit iets opgebouwd",
    "JP014.size": "het bestand is {size} bytes; planbestanden groter dan {limit} bytes worden "
    "niet gelezen",
    "JP014.depth": "de nesting gaat dieper dan {limit} niveaus; een plan heeft er minder dan "
    "10 nodig",
    "JP014.alias": "aliassen groeien uit tot meer dan {limit} knopen (een aliasbom?); het "
    "bestand is niet gelezen",
    "JP015": "sectie '{section}' staat al op {first}; ze mag maar in één bestand staan",
    "JP016.read": "het bestand is niet te lezen: {reason}",
    "JP016.encoding": "het bestand is geen UTF-8 (hier staat byte {byte}); sla het op als UTF-8",
    "JP017": "de onderdrukking van {code} onderdrukt niets",
    "JP018": "onbekende regelcode '{code}' in plan.checks",
    "did_you_mean": " (bedoel je '{suggestion}'?)",
    # ------------------------------------------------------------------ vraag 1
    "JP101": "het plan noemt geen doelgroep",
    "JP102": "doelgroep '{id}' heeft geen beschrijving",
    "JP103": "doelgroep '{id}' wordt door geen enkele persona concreet gemaakt",
    # ------------------------------------------------------------------ vraag 2
    "JP201": "het plan heeft geen persona",
    "JP202": "persona '{id}' noemt geen doelgroep",
    "JP203": "persona '{id}' heeft geen motivaties",
    "JP204": "persona '{id}' heeft geen voorkeurskanalen",
    # ------------------------------------------------------------------ vraag 3
    "JP301": "persona '{id}' heeft geen contactpunten",
    "JP302": "persona '{id}' heeft geen conversiepunt",
    "JP303": "conversiepunt '{id}' is vanaf de startpunten van de journey van {persona_id} niet "
    "te bereiken",
    # ------------------------------------------------------------------ vraag 4
    "JP401": "de journey van persona '{id}' gebruikt {count} kanaal/kanalen; een cross-channel "
    "journey heeft er minstens twee nodig",
    "JP402": "de trigger van '{source}' naar '{target}' heeft geen event",
    "JP403": "contactpunt '{id}' is vanaf de startpunten van de journey van {persona_id} niet "
    "te bereiken",
    "JP404": "contactpunt '{id}' is een doodlopend punt in de journey van {persona_id}: geen "
    "trigger leidt verder, en het is geen conversie, afwijzing of exit",
    "JP405": "contactpunt '{id}' zit op kanaal '{channel}', dat niet bij de voorkeurskanalen "
    "van {persona_id} hoort",
    "JP406": "de journey van persona '{id}' heeft geen startpunt: markeer een contactpunt met "
    "'entry: true'",
    # ------------------------------------------------------------------ vraag 5
    "JP501": "het werkgeversmerk heeft geen propositie",
    "JP502": "het werkgeversmerk heeft geen qualifiers",
    "JP503": "het werkgeversmerk heeft geen winners",
    "JP504": "het werkgeversmerk heeft geen merkpersoonlijkheid",
    "JP505": "fase '{stage}' van de journey van {persona_id} draagt geen merkelement",
    "JP506": "winner '{id}' bereikt {persona_id} niet: geen contactpunt van de journey draagt "
    "hem uit",
    "JP507": "sollicitatiepunt '{id}' wordt in de journey van {persona_id} niet direct gevolgd "
    "door een ontvangstbevestiging met een concrete response_time",
    "JP508": "de journey van {persona_id} heeft geen afwijzing met feedback",
    "JP508.no_feedback": "afwijzing '{id}' in de journey van {persona_id} geeft geen feedback "
    "(feedback: true)",
    "JP509": "berichtenkanaal '{id}' in de journey van {persona_id} heeft een reactietijd "
    "van {duration}; kandidaten verwachten binnen 24 uur een antwoord",
    "JP510": "berichtenkanaal '{id}' in de journey van {persona_id} geeft geen response_time op",
    "JP511": "'{source}' belooft binnen {promise} antwoord, maar de volgende stap '{target}' komt pas na {delay} in de journey van {persona_id}",
    # ------------------------------------------------------------------ titels
    "title.JP001": "YAML-syntaxfout",
    "title.JP002": "Dubbele sleutel",
    "title.JP003": "Onbekende sleutel",
    "title.JP004": "Verkeerd type",
    "title.JP005": "Ongeldige id",
    "title.JP006": "Dubbele id",
    "title.JP007": "Verwijzing naar niets",
    "title.JP008": "Geen tijdsduur",
    "title.JP009": "Waarde niet toegestaan",
    "title.JP010": "Verplichte sleutel ontbreekt",
    "title.JP011": "Leeg bestand",
    "title.JP012": "Bestand is geen mapping",
    "title.JP013": "Niet-ondersteunde YAML-tag",
    "title.JP014": "Invoer te groot of te diep",
    "title.JP015": "Sectie twee keer gedeclareerd",
    "title.JP016": "Onleesbaar bestand",
    "title.JP017": "Overbodige onderdrukking",
    "title.JP018": "Onbekende regelcode in de configuratie",
    "title.JP101": "Geen doelgroepen",
    "title.JP102": "Doelgroep zonder beschrijving",
    "title.JP103": "Doelgroep zonder persona",
    "title.JP201": "Geen persona's",
    "title.JP202": "Persona zonder doelgroep",
    "title.JP203": "Persona zonder motivaties",
    "title.JP204": "Persona zonder voorkeurskanalen",
    "title.JP301": "Persona zonder contactpunten",
    "title.JP302": "Persona zonder conversiepunt",
    "title.JP303": "Onbereikbaar conversiepunt",
    "title.JP401": "Journey via één kanaal",
    "title.JP402": "Trigger zonder event",
    "title.JP403": "Onbereikbaar contactpunt",
    "title.JP404": "Doodlopend punt",
    "title.JP405": "Contactpunt op een kanaal zonder voorkeur",
    "title.JP406": "Journey zonder startpunt",
    "title.JP501": "Merk zonder propositie",
    "title.JP502": "Merk zonder qualifiers",
    "title.JP503": "Merk zonder winners",
    "title.JP504": "Merk zonder persoonlijkheid",
    "title.JP505": "Fase zonder merkelement",
    "title.JP506": "Winner die een persona niet bereikt",
    "title.JP507": "Sollicitatie zonder ontvangstbevestiging",
    "title.JP508": "Geen afwijzing met feedback",
    "title.JP509": "Traag berichtenkanaal",
    "title.JP510": "Berichtenkanaal zonder reactietijd",
    "title.JP511": "Belofte niet nagekomen",
    # ------------------------------------------------------------------ uitleg
    "explain.JP001": "Het bestand is geen geldige YAML, dus niets erin kan worden gecontroleerd. "
    "De melding zegt wat de parser verwachtte en waar. Veelvoorkomende "
    "oorzaken: een aanhalingsteken of haakje dat niet wordt gesloten, een tab "
    "als inspringing, of een waarde die begint met een teken dat YAML voor "
    "zichzelf houdt (zet die waarde tussen aanhalingstekens).",
    "explain.JP002": "Een sleutel staat twee keer in dezelfde mapping. YAML-parsers houden er "
    "stilzwijgend één van over, zodat de helft van wat er staat verloren gaat "
    "zonder dat iemand het merkt. Houd er één over.",
    "explain.JP003": "De sleutel hoort niet bij planformaat v1; meestal is het een tikfout. Een "
    "onbekende sleutel wordt nooit stil genegeerd, want dan ging de inhoud "
    "verloren. De melding stelt de dichtstbijzijnde bekende sleutel voor.",
    "explain.JP004": "De waarde heeft de verkeerde vorm: bijvoorbeeld één tekst waar een lijst "
    "hoort (schrijf [a, b]), of een mapping waar tekst hoort.",
    "explain.JP005": "Via ids verwijst het plan naar onderdelen, en ze geven de journeykaarten "
    "hun bestandsnaam. Een id bestaat uit kleine letters, cijfers, '-' en '_', "
    "begint met een letter of cijfer en is hoogstens 64 tekens lang. De "
    "persona-id 'overview' is gereserveerd voor de overzichtskaart.",
    "explain.JP006": "Twee onderdelen van dezelfde soort hebben dezelfde id, dus een verwijzing "
    "ernaar is dubbelzinnig. De eerste telt; geef de andere een eigen id.",
    "explain.JP007": "Een verwijzing noemt een id die geen onderdeel van die soort heeft, "
    "meestal door een tikfout of een hernoemd onderdeel. De melding stelt de "
    "dichtstbijzijnde bestaande id voor.",
    "explain.JP008": "Tijdsduren zeggen hoe snel de werkgever antwoordt of hoe lang een trigger "
    "wacht. Ze moeten exact zijn om ze te kunnen vergelijken: <getal><eenheid> "
    "met m, h, d of w (30m, 4h, 2d, 1w), of ISO 8601 (PT4H, P2D). Woorden als "
    "'asap' zijn beloften die niemand kan controleren.",
    "explain.JP009": "De waarde hoort niet bij de waarden die het formaat voor deze sleutel "
    "toestaat (of een getal valt buiten het bereik, zoals een target_rate "
    "boven 1).",
    "explain.JP010": "Een sleutel die het formaat verplicht stelt ontbreekt, zoals de fase of "
    "het kanaal van een contactpunt, of from/to van een trigger.",
    "explain.JP011": "Het YAML-bestand is leeg. Het voegt niets toe aan het plan; verwijder het "
    "of vul het.",
    "explain.JP012": "Elk planbestand is een mapping van secties (plan, employer_brand, "
    "target_groups, personas, channels, touchpoints, triggers). Een bestand "
    "met een lijst of een losse waarde op het hoogste niveau hoort niet bij "
    "een plan.",
    "explain.JP013": "Alleen de YAML-kerntags worden geaccepteerd. Uit andere tags (zoals "
    "Python-objecttags) wordt nooit iets opgebouwd, dus een planbestand kan "
    "nooit code uitvoeren.",
    "explain.JP014": "Het bestand is groter of dieper genest, of groeit via aliassen verder uit, "
    "dan een plan ooit nodig heeft. Het wordt geweigerd, zodat controleren "
    "snel en veilig blijft.",
    "explain.JP015": "De secties plan en employer_brand mogen maar in één bestand staan; "
    "lijstsecties (personas, touchpoints ...) mogen over bestanden verdeeld "
    "zijn.",
    "explain.JP016": "Het bestand kon niet worden gelezen: geen toegang, of het is geen UTF-8-"
    "tekst. Sla planbestanden op als UTF-8.",
    "explain.JP017": "Een commentaar '# journeyplan: ignore[CODE]' onderdrukt niets op zijn "
    "regel (of op de volgende regel, als het commentaar alleen op een regel "
    "staat). Haal het weg, zodat onderdrukkingen eerlijk blijven.",
    "explain.JP018": "plan.checks noemt een regelcode die journeyplan niet kent. 'journeyplan "
    "rules' toont de lijst.",
    "explain.JP101": "Vraag 1 gaat over de mensen uit wie de werkgever werft. Zonder doelgroep "
    "is er niemand om persona's of journeys voor te maken.",
    "explain.JP102": "Een doelgroep heeft een beschrijving nodig (wie het zijn, leeftijd, "
    "opleiding, positie op de arbeidsmarkt), zodat persona's en content "
    "ertegen kunnen worden getoetst.",
    "explain.JP103": "Een doelgroep die geen persona concreet maakt, krijgt geen journey: vraag "
    "2 vertaalt elke doelgroep naar minstens één persona.",
    "explain.JP201": "Vraag 2 vraagt om concrete persona's. Zonder persona valt er geen "
    "kandidaatreis te plannen.",
    "explain.JP202": "Een persona maakt een doelgroep concreet en moet dus zeggen welke "
    "(target_group).",
    "explain.JP203": "Wat de persona drijft, bepaalt welke content hem of haar aantrekt. Een "
    "persona zonder motivaties is een naam, geen persona.",
    "explain.JP204": "De voorkeurskanalen van de persona bepalen waar de journey hem of haar "
    "moet bereiken (vraag 4).",
    "explain.JP301": "Vraag 3 vraagt per persona naar de beoogde contactpunten. Geen enkel "
    "contactpunt hoort bij deze persona, dus die heeft geen journey.",
    "explain.JP302": "Een journey zonder conversiepunt (een sollicitatie, lead, doorverwijzing, "
    "aanmelding voor een evenement of aanname) heeft geen doel: niets meet of "
    "hij werkt.",
    "explain.JP303": "Een conversiepunt waar geen pad vanaf de startpunten van de persona heen "
    "leidt, converteert nooit. Voeg triggers toe die erheen leiden.",
    "explain.JP401": "Vraag 4 vraagt om een cross-channel journey: kandidaten bewegen tussen "
    "kanalen (een video op social, een antwoord via WhatsApp, een e-mail). Een "
    "journey op één kanaal mist iedereen die daar niet is.",
    "explain.JP402": "Een trigger brengt de kandidaat van het ene contactpunt naar het volgende; "
    "het event zegt waardoor dat gebeurt (klikt op solliciteren, na 3 dagen "
    "geen reactie).",
    "explain.JP403": "Geen pad vanaf de startpunten van de persona komt bij dit contactpunt, dus "
    "de kandidaat ziet het nooit. Voeg er een trigger naartoe toe, of haal het "
    "uit de journey.",
    "explain.JP404": "De kandidaat komt hier aan en daarna gebeurt er niets: geen trigger leidt "
    "verder, en het is geen conversie, afwijzing of exit. Voeg de volgende "
    "stap toe.",
    "explain.JP405": "Het contactpunt zit op een kanaal dat de persona niet als voorkeur "
    "noemt. Dat kan een bewuste keuze zijn; het wordt ter informatie gemeld.",
    "explain.JP406": "Elk contactpunt van deze journey heeft een inkomende trigger en geen "
    "enkel is als startpunt gemarkeerd, dus de journey heeft geen begin. "
    "Markeer waar kandidaten binnenkomen met 'entry: true'.",
    "explain.JP501": "De propositie is de centrale boodschap van het werkgeversmerk; die moet "
    "de hele journey door herkenbaar zijn.",
    "explain.JP502": "Qualifiers zijn de voorwaarden waaraan een werkgever moet voldoen om "
    "überhaupt relevant te zijn (salaris, contract, locatie). Zonder qualifiers "
    "is het merk niet geloofwaardig.",
    "explain.JP503": "Winners zijn wat de werkgever onderscheidt. Zonder winners is het merk "
    "inwisselbaar.",
    "explain.JP504": "De merkpersoonlijkheid is het karakter van de werkgever; ze bepaalt de "
    "toon van elke boodschap.",
    "explain.JP505": "Elke fase die de persona doorloopt, hoort minstens één merkelement "
    "(qualifier, winner of persoonlijkheidskenmerk) te dragen, zodat het merk "
    "in de hele journey verankerd is en niet alleen in de eerste advertentie.",
    "explain.JP506": "Elke winner hoort elke persona ergens in de journey te bereiken; een "
    "onderscheidend kenmerk waar niemand van hoort, onderscheidt niet.",
    "explain.JP507": "Direct na een sollicitatie hoort de kandidaat een ontvangstbevestiging te "
    "krijgen die concreet zegt wanneer er een reactie komt (een response_time "
    "zoals 2d), niet 'zo snel mogelijk'.",
    "explain.JP508": "De meeste kandidaten worden afgewezen. Een nette afwijzing met eerlijke "
    "feedback houdt hen als ambassadeur en in de talentpool; de journey heeft "
    "een afwijzing met feedback: true nodig.",
    "explain.JP509": "Op berichtenkanalen verwachten kandidaten binnen enkele uren antwoord. "
    "Een berichtenkanaal met een response_time van meer dan 24 uur maakt die "
    "verwachting niet waar. (De response_time van een contactpunt is een "
    "belofte aan de kandidaat en valt hier niet onder.)",
    "explain.JP510": "Een berichtenkanaal hoort op te geven hoe snel de werkgever daar antwoordt "
    "(response_time, hoogstens 24h), zodat die belofte te controleren is.",
    "explain.JP511": "De response_time van een contactpunt is een belofte aan de kandidaat: 'je hoort binnen 2 dagen van ons'. Het plan houdt zich daaraan alleen als elke trigger vanaf dat contactpunt binnen die tijd volgt. Een trigger met een langere delay (het belgesprek na 5 dagen terwijl de ontvangstbevestiging 2 dagen beloofde) breekt de belofte al in het ontwerp. Maak de delay korter, of beloof wat het proces kan waarmaken. Deze controle geldt ook voor plannen zonder velden van versie 1.1: ook zij doen de belofte.",
    # ------------------------------------------------------------------ interface
    "question.1": "Uit welke doelgroepen werven we?",
    "question.2": "Welke concrete persona's maken elke doelgroep tastbaar?",
    "question.3": "Via welke contactpunten en conversiepunten bereiken we elke persona?",
    "question.4": "Hoe leiden mediakanalen en triggers elke persona door een cross-channel "
    "journey?",
    "question.5": "Hoe verankeren we onderweg zowel een goede kandidaatbeleving als het "
    "werkgeversmerk?",
    "question.none": "planstructuur",
    "severity.error": "fout",
    "severity.warning": "waarschuwing",
    "severity.info": "info",
    "verdict.pass": "voldoet",
    "verdict.warn": "let op",
    "verdict.fail": "faalt",
    "ui.persona": "Persona",
    "ui.checklist": "Checklist",
    "ui.summary": "{errors} fout(en), {warnings} waarschuwing(en), {infos} info",
    "ui.clean": "Geen bevindingen.",
    "ui.no_personas": "Geen persona's: de checklist heeft geen rijen.",
    "ui.not_evaluated": "Checklist niet beoordeeld: {count} bestand(en) konden niet worden "
    "gelezen ({files}); wat ontbreekt, staat misschien daarin. Herstel die "
    "eerst.",
    "path-missing": "pad '{path}' bestaat niet",
    "path-not-plan": "pad '{path}' is geen planbestand en geen map",
    "path-unreadable": "pad '{path}' is niet te lezen: {reason}",
    "path-no-yaml": "geen *.yaml- of *.yml-bestand gevonden in '{path}'",
    "internal-error": "interne fout bij het controleren van {path}: {error}. Meld dit graag "
    "(draai opnieuw met --debug voor de traceback).",
    "unknown-format": "onbekend formaat '{name}'; kies uit: {choices}",
    "unknown-language": "onbekende taal '{name}'; kies uit: {choices}",
    # ------------------------------------------------------------------ consultantcommando's
    "ui.question_short": "V{number}",
    "ui.rules.code": "Code",
    "ui.rules.name": "Naam",
    "ui.rules.question": "Vraag",
    "ui.rules.severity": "Standaard",
    "ui.rules.title": "Titel",
    "ui.rules.structure": "structuur",
    "ui.rules.questions": "De vijf vragen",
    "ui.explain.question": "Vraag {number}: {question}",
    "ui.explain.structure": "Planstructuur (geen vraag uit de checklist)",
    "ui.explain.severity": "Standaardernst: {severity}",
    "ui.explain.what": "Wat de regel controleert",
    "ui.explain.why": "Waarom het ertoe doet",
    "ui.explain.bad": "Voorbeeld dat faalt",
    "ui.explain.fix": "De oplossing",
    "ui.explain.context": "Beide fragmenten horen bij een klein plan dat verder aan elke "
    "controle voldoet.",
    "unknown-rule": "onbekende regel '{name}'; 'journeyplan rules' toont ze allemaal",
    "ui.matrix.by_stage": "Dekking: persona × fase",
    "ui.matrix.by_channel": "Dekking: persona × kanaal",
    "ui.matrix.entry": "{touchpoint} ({where})",
    "ui.matrix.conversion": "conversie: {goal}",
    "ui.matrix.rejection": "afwijzing",
    "ui.matrix.exit": "exit",
    "ui.matrix.not_preferred": "(geen voorkeurskanaal)",
    "ui.matrix.none": "— geen —",
    "ui.matrix.legend": "{mark} conversiepunt; {none} een fase of voorkeurskanaal zonder "
    "contactpunten",
    "ui.matrix.plan_errors": "let op: het plan heeft {errors} fout(en); de matrix toont wat "
    "geldig is. Draai 'journeyplan check' voor de details.",
    "goal.application": "sollicitatie",
    "goal.lead": "lead",
    "goal.referral": "doorverwijzing",
    "goal.event_signup": "aanmelding evenement",
    "goal.hire": "aanname",
    "goal.other": "overig",
    "init-not-empty": "'{path}' is niet leeg; gebruik --force om de startbestanden naast de "
    "bestaande inhoud te zetten (bestaande bestanden worden nooit "
    "overschreven)",
    "init-not-dir": "'{path}' bestaat al en is geen map",
    "init-failed": "kan niet schrijven in '{path}': {reason}",
    "ui.init.created": "{path} aangemaakt",
    "ui.init.skipped": "{path} overgeslagen: het bestand bestaat al en blijft zoals het is",
    "ui.init.next": "Volgende stap: journeyplan check {path}",
    "term.stage": "fase",
    "term.target group": "doelgroep",
    "term.persona": "persona",
    "term.channel": "kanaal",
    "term.touchpoint": "contactpunt",
    "term.brand element": "merkelement",
    "term.value": "waarde",
    "term.text": "tekst",
    "term.an id": "een id",
    "term.true or false": "true of false",
    "term.a whole number": "een geheel getal",
    "term.a number": "een getal",
    "term.a duration": "een tijdsduur",
    "term.a list": "een lijst",
    "term.a mapping": "een mapping (sleutels met waarden)",
    "term.a mapping to merge": "een mapping om samen te voegen",
    "term.mapping": "mapping",
    "term.list": "lijst",
    "term.integer": "geheel getal",
    "term.number": "getal",
    "term.true/false": "true/false",
    "term.null": "null",
    "term.scalar": "losse waarde",
    "term.ref": "de id van een {kind}",
    "term.one_of": "een van {values}",
    "why.JP001": "Een bestand dat niet te lezen is, valt helemaal weg: de contactpunten, "
    "triggers en merkelementen erin verdwijnen stil uit de controles en de "
    "journeykaarten.",
    "why.JP002": "Het plan zegt twee dingen en maar één ervan telt, dus de kaart en de "
    "controles kunnen een journey tonen waar het team nooit mee heeft ingestemd.",
    "why.JP003": "Een verkeerd gespelde sleutel ziet er voor de lezer goed uit, maar hoort niet "
    "bij het plan: de boodschap of belofte erin bereikt de controles en de kaarten "
    "nooit.",
    "why.JP004": "Een waarde met de verkeerde vorm is niet te gebruiken, dus de content voor de "
    "kandidaat die ervan afhangt, valt buiten de controles.",
    "why.JP005": "Ids verbinden persona's, kanalen en contactpunten; een ongeldige id breekt die "
    "verbindingen en de bestandsnamen van de journeykaarten.",
    "why.JP006": "Elke verwijzing wijst naar het eerste onderdeel met die id; het tweede, en "
    "wat het de kandidaat belooft, wordt genegeerd.",
    "why.JP007": "Een verwijzing naar niets is een gat in de journey: het contactpunt verliest "
    "zijn kanaal, fase of merkelement, en de route van de kandidaat op de kaart "
    "breekt.",
    "why.JP008": "'Zo snel mogelijk' is precies de vage belofte waar kandidaten over klagen. "
    "Een concrete tijdsduur is te toetsen aan wat zij verwachten.",
    "why.JP009": "Waarden buiten de lijsten van het formaat zijn niet te vergelijken of te "
    "tekenen: een kanaal van een onbekend type wordt bijvoorbeeld niet als "
    "berichtenkanaal herkend.",
    "why.JP010": "Zonder fase of kanaal kan een contactpunt niet op de journeykaart worden "
    "gezet; zonder from en to verbindt een trigger niets.",
    "why.JP011": "Een leeg bestand is meestal gepland werk dat vergeten is: een persona of "
    "kanaal waarvan het team denkt dat het in het plan staat, staat er niet in.",
    "why.JP012": "Wat in het bestand staat, wordt niet als plan gelezen: de persona's of "
    "contactpunten erin ontbreken in de controles en op de kaarten.",
    "why.JP013": "Met tags kunnen YAML-tools code uitvoeren of andere bestanden inlezen. "
    "journeyplan doet dat nooit, dus een plan van een klant of collega is altijd "
    "veilig te controleren.",
    "why.JP014": "Door absurde invoer te weigeren blijft controleren snel en veilig, voor "
    "plannen uit elke bron en ook in CI.",
    "why.JP015": "Bij twee declaraties is onduidelijk welke telt; de tweede wordt genegeerd, "
    "dus een deel van het werkgeversmerk of van de planinstellingen verdwijnt "
    "stil.",
    "why.JP016": "Een onleesbaar bestand valt buiten het plan, en namen met accenten in een "
    "andere codering komen verminkt op de journeykaarten van de klant.",
    "why.JP017": "Een onderdrukking die niets onderdrukt, verbergt vandaag niets, maar morgen, "
    "na een wijziging in het plan, een echt probleem.",
    "why.JP018": "Een verkeerd getypte code in plan.checks verandert niets, dus het team denkt "
    "dat een regel is ingesteld terwijl dat niet zo is.",
    "why.JP019": "Een bestand van een ander programma in de planmap zou anders per sleutel een fout over een onbekende sleutel geven en de bevindingen die ertoe doen verbergen.",
    "why.JP020": "Links naar mappen volgen zou bestanden dubbel kunnen lezen of eindeloos doorgaan; melden dat een gelinkte map is overgeslagen houdt de controle eerlijk over wat ze gelezen heeft.",
    "example.JP019.bad": "een bestand van een ander programma in de planmap",
    "example.JP019.fix": "alleen plansecties in de planmap (zet het andere bestand elders)",
    "example.JP020.bad": "een symbolische link naar een map binnen de planmap",
    "example.JP020.fix": "kopieer de bestanden naar de planmap in plaats van te linken",
    "why.JP101": "Zonder doelgroepen richt het plan zich op niemand: werkgeversmerk en kanalen "
    "kunnen niet voor een echt publiek worden gekozen.",
    "why.JP102": "Zonder beschrijving betekent een doelgroep voor de recruiter, de marketeer "
    "en de klant iets anders; persona's en content zijn er niet aan te toetsen.",
    "why.JP103": "Een doelgroep zonder persona krijgt geen journey: niemand uit die groep wordt "
    "bewust gevonden, verleid of geboeid.",
    "why.JP201": "Content en kanalen kies je voor mensen; zonder persona is elke keuze in de "
    "journey een gok.",
    "why.JP202": "Een persona zonder doelgroep is niet terug te voeren op de arbeidsmarkt waar "
    "de werkgever uit werft.",
    "why.JP203": "Motivaties bepalen welke merkboodschap werkt; zonder motivaties is de content "
    "niet op deze persona af te stemmen.",
    "why.JP204": "Kandidaten bereik je waar ze al zijn; zonder voorkeurskanalen is de journey "
    "niet op de persona af te stemmen.",
    "why.JP301": "Een persona zonder contactpunten ontmoet de werkgever nooit: het plan "
    "beschrijft een kandidaat die het niet bereikt.",
    "why.JP302": "Zonder conversiepunt vraagt niets in de journey de kandidaat om actie, en "
    "meet niets of de journey werkt.",
    "why.JP303": "Kandidaten converteren alleen waar de journey hen brengt; een sollicitatie "
    "of aanmelding die niemand bereikt, is een deur die niemand vindt.",
    "why.JP401": "Kandidaten wisselen voortdurend van kanaal: ze zien een video, stellen een "
    "vraag via WhatsApp, lezen een e-mail. Een journey op één kanaal raakt hen bij "
    "die wissel kwijt.",
    "why.JP402": "Zonder event weet niemand wat de kandidaat verder brengt, dus kan niemand de "
    "automatisering inrichten of de stap meten.",
    "why.JP403": "Een contactpunt dat geen kandidaat bereikt, kost budget en moeite en draagt "
    "niets bij aan de kandidaatbeleving.",
    "why.JP404": "Een doodlopend punt laat de kandidaat zonder volgende stap: de interesse "
    "zakt weg en de beleving eindigt in stilte.",
    "why.JP405": "Een contactpunt op een kanaal dat de persona niet gebruikt, wordt misschien "
    "nooit gezien; ga na of het een bewuste keuze is.",
    "why.JP406": "Zonder startpunt staat nergens waar kandidaten de werkgever voor het eerst "
    "ontmoeten, dus niemand kan zeggen welke contactpunten ze echt bereiken.",
    "why.JP501": "Zonder propositie vertelt elk contactpunt zijn eigen verhaal, en herkennen "
    "kandidaten de werkgever niet van stap tot stap.",
    "why.JP502": "Kandidaten toetsen eerst de basis (salaris, contract, locatie); een merk dat "
    "die overslaat, is niet geloofwaardig.",
    "why.JP503": "Winners zijn de reden dat een kandidaat voor deze werkgever kiest en niet "
    "voor een andere; zonder winners is het merk inwisselbaar.",
    "why.JP504": "De merkpersoonlijkheid zet de toon van elke boodschap; zonder persoonlijkheid "
    "spreekt de journey met veel stemmen.",
    "why.JP505": "In een fase zonder merkelement ontmoet de kandidaat een procedure, niet de "
    "werkgever.",
    "why.JP506": "Een winner die een persona nooit bereikt, kan voor die persona geen verschil "
    "maken.",
    "why.JP507": "Kandidaten willen weten wanneer ze iets horen. 'Zo snel mogelijk' direct na "
    "het solliciteren is de eerste teleurstelling in de relatie.",
    "why.JP508": "De meeste kandidaten worden afgewezen. Eerlijke feedback maakt van hen "
    "ambassadeurs die in de talentpool blijven, in plaats van criticasters.",
    "why.JP509": "Op berichtenkanalen verwachten kandidaten binnen enkele uren een antwoord; "
    "dagen wachten voelt als genegeerd worden.",
    "why.JP510": "Zonder opgegeven reactietijd staat niemand in voor de snelheid op het kanaal "
    "waar kandidaten het snelste antwoord verwachten.",
    "why.JP511": "Een gebroken belofte over wanneer de kandidaat iets hoort, doet meer kwaad dan geen belofte: de kandidaat telt de dagen.",
    "example.JP001.bad": "een dubbele punt met een spatie erna begint hier een nieuwe sleutel",
    "example.JP001.fix": "zet tekst met ': ' tussen aanhalingstekens",
    "example.JP002.bad": "het kanaal staat er twee keer: welk telt?",
    "example.JP002.fix": "één kanaal per contactpunt",
    "example.JP003.bad": "tikfout: een contactpunt heeft geen sleutel 'mesage'",
    "example.JP003.fix": "message",
    "example.JP004.bad": "één tekst, geen lijst",
    "example.JP004.fix": "een lijst: [a, b]",
    "example.JP005.bad": "hoofdletters en een spatie",
    "example.JP005.fix": "kleine letters, cijfers, '-' en '_'",
    "example.JP006.bad": "een tweede kanaal met de id 'insta'",
    "example.JP006.fix": "een eigen id",
    "example.JP007.bad": "geen kanaal heeft de id 'instagram'",
    "example.JP007.fix": "de id van een bestaand kanaal",
    "example.JP008.bad": "'asap' is geen tijdsduur",
    "example.JP008.fix": "een tijdsduur: 30m, 4h, 2d, 1w",
    "example.JP009.bad": "'chat' is geen kanaaltype",
    "example.JP009.fix": "een van de kanaaltypes",
    "example.JP010.bad": "het contactpunt heeft geen fase",
    "example.JP010.fix": "de fase staat erbij",
    "example.JP011.bad": "dit bestand bevat alleen commentaar",
    "example.JP011.fix": "het bestand bevat een sectie (of verwijder het bestand)",
    "example.JP012.bad": "een lijst op het hoogste niveau, zonder sectienaam",
    "example.JP012.fix": "de lijst onder zijn sectienaam",
    "example.JP013.bad": "YAML kent geen include: de tag wordt geweigerd",
    "example.JP013.fix": "de persona's in een eigen bestand: lijstsecties mogen over "
    "bestanden verdeeld zijn",
    "example.JP014.bad": "200 niveaus diep genest",
    "example.JP014.fix": "een gewone lijst",
    "example.JP015.bad": "employer_brand staat al in brand.yaml",
    "example.JP015.fix": "het hele werkgeversmerk in één bestand",
    "example.JP016.bad": "opgeslagen als Windows-1252 (é is de byte 0xe9), niet als UTF-8",
    "example.JP016.fix": "dezelfde tekst, opgeslagen als UTF-8",
    "example.JP017.bad": "het ignore-commentaar hieronder onderdrukt niets: 'video' is geen "
    "doodlopend punt",
    "example.JP017.fix": "geen ignore-commentaar nodig",
    "example.JP018.bad": "de letter O in plaats van een nul: regel JP1O2 bestaat niet",
    "example.JP018.fix": "een bestaande regelcode",
    "example.JP101.bad": "geen doelgroep",
    "example.JP101.fix": "minstens één doelgroep, met een beschrijving",
    "example.JP102.bad": "wie zijn het?",
    "example.JP102.fix": "een beschrijving: opleiding, leeftijd, situatie",
    "example.JP103.bad": "geen persona maakt deze doelgroep concreet",
    "example.JP103.fix": "een persona voor de zij-instromers",
    "example.JP201.bad": "geen persona",
    "example.JP201.fix": "minstens één persona",
    "example.JP202.bad": "bij welke doelgroep hoort Sam?",
    "example.JP202.fix": "de doelgroep staat erbij",
    "example.JP203.bad": "wat drijft Sam?",
    "example.JP203.fix": "wat Sam drijft",
    "example.JP204.bad": "waar is Sam te bereiken?",
    "example.JP204.fix": "de voorkeurskanalen van Sam",
    "example.JP301.bad": "elk contactpunt is alleen voor Sam, dus Noor heeft er geen",
    "example.JP301.fix": "de contactpunten zijn voor Sam en Noor (zonder 'personas' zijn ze "
    "voor iedereen)",
    "example.JP302.bad": "het formulier noch het aanbod is een conversiepunt",
    "example.JP302.fix": "conversiedoelen: een sollicitatie en een aanname",
    "example.JP303.bad": "geen trigger leidt naar de aanmelding voor de open dag",
    "example.JP303.fix": "een trigger van de video naar de aanmelding",
    "example.JP401.bad": "de video zit ook op WhatsApp: de hele journey van Sam gebruikt één "
    "kanaal",
    "example.JP401.fix": "de video op Instagram: twee kanalen",
    "example.JP402.bad": "wat brengt de kandidaat verder?",
    "example.JP402.fix": "het event",
    "example.JP403.bad": "niets leidt naar de FAQ",
    "example.JP403.fix": "een trigger van de video naar de FAQ",
    "example.JP404.bad": "vanaf de FAQ leidt niets verder",
    "example.JP404.fix": "de volgende stap na de FAQ",
    "example.JP405.bad": "Indeed hoort niet bij de voorkeurskanalen van Sam",
    "example.JP405.fix": "Indeed hoort nu bij de kanalen van Sam (of zet de advertentie op een "
    "kanaal dat Sam gebruikt)",
    "example.JP406.bad": "geen startpunt, en elk contactpunt heeft een inkomende trigger",
    "example.JP406.fix": "entry: true waar kandidaten binnenkomen",
    "example.JP501.bad": "geen propositie",
    "example.JP501.fix": "de centrale boodschap",
    "example.JP502.bad": "geen qualifiers",
    "example.JP502.fix": "de qualifiers",
    "example.JP503.bad": "geen winners",
    "example.JP503.fix": "de winners",
    "example.JP504.bad": "geen merkpersoonlijkheid",
    "example.JP504.fix": "de merkpersoonlijkheid",
    "example.JP505.bad": "geen contactpunt in de fase apply draagt een merkelement",
    "example.JP505.fix": "een merkelement in de fase apply",
    "example.JP506.bad": "geen contactpunt draagt deze winner uit",
    "example.JP506.fix": "het aanbod draagt de winner uit",
    "example.JP507.bad": "geen belofte wanneer de kandidaat iets hoort",
    "example.JP507.fix": "een concrete response_time",
    "example.JP508.bad": "een afwijzing zonder feedback",
    "example.JP508.fix": "feedback: true (en geef die feedback eerlijk)",
    "example.JP509.bad": "48 uur op een berichtenkanaal",
    "example.JP509.fix": "een antwoord binnen enkele uren",
    "example.JP510.bad": "hoe snel antwoordt de werkgever hier?",
    "example.JP510.fix": "response_time, hoogstens 24h",
    "example.JP511.bad": "de ontvangstbevestiging belooft 2d, het aanbod volgt na 5d",
    "example.JP511.fix": "de volgende stap binnen de beloofde 2d",
    # ------------------------------------------------------------------ journeyplan diff, CI-formaten
    "diff-no-git": "git is niet geïnstalleerd (of staat niet op PATH); journeyplan diff leest revisies met git",
    "diff-not-a-repo": "'{path}' ligt niet in een git-werkmap",
    "diff-outside-repo": "'{path}' ligt buiten de git-repository in {root}",
    "diff-bad-revision": "'{revision}' wordt niet als revisie geaccepteerd: hij is leeg, begint met '-' of bevat spaties of stuurtekens",
    "diff-no-revision": "revisie '{revision}' bestaat niet in de git-repository in {root}",
    "diff-git-failed": "git {command} is mislukt: {detail}",
    "diff-no-plan": "er staat in geen van beide versies een plan op '{path}'",
    "diff.title": "Wijzigingen in het plan",
    "diff.working_tree": "werkmap",
    "diff.no_plan": "geen plan",
    "diff.plan": "Plan: {name}",
    "diff.changes": "Wijzigingen",
    "diff.no_changes": "Geen wijzigingen in het plan.",
    "diff.checklist": "Oordelen van de checklist",
    "diff.new_findings": "Nieuwe bevindingen",
    "diff.fixed_findings": "Opgeloste bevindingen",
    "diff.summary": "{changes} wijziging(en), {verdicts} checklistoordeel/-oordelen gewijzigd, {new} nieuwe bevinding(en), {fixed} opgelost",
    "diff.added": "toegevoegd",
    "diff.removed": "verwijderd",
    "diff.changed": "gewijzigd",
    "diff.kind.plan": "plan",
    "diff.kind.employer_brand": "werkgeversmerk",
    "diff.kind.stage": "fase",
    "diff.kind.brand_element": "merkelement",
    "diff.kind.target_group": "doelgroep",
    "diff.kind.persona": "persona",
    "diff.kind.channel": "kanaal",
    "diff.kind.touchpoint": "contactpunt",
    "diff.kind.trigger": "trigger",
    "diff.heading.plan": "Plan",
    "diff.heading.employer_brand": "Werkgeversmerk",
    "diff.heading.stage": "Fasen",
    "diff.heading.brand_element": "Merkelementen",
    "diff.heading.target_group": "Doelgroepen",
    "diff.heading.persona": "Persona's",
    "diff.heading.channel": "Kanalen",
    "diff.heading.touchpoint": "Contactpunten",
    "diff.heading.trigger": "Triggers",
    "diff.unset": "(niet ingevuld)",
    "diff.every_persona": "(elke persona)",
    "diff.items_added": "toegevoegd: {items}",
    "diff.items_removed": "verwijderd: {items}",
    "diff.absent": "(niet in het plan)",
    "diff.col.persona": "Persona",
    "diff.col.question": "Vraag",
    "diff.col.before": "Voor",
    "diff.col.after": "Na",
    "JP009.always_on": "{code} kan niet op '{value}' worden gezet: de code betekent dat een bestand niet gelezen kon worden, en een plan dat niet gelezen is, voldoet nooit",
    "JP017.malformed": "'{comment}' is geen onderdrukking; schrijf '# journeyplan: ignore[CODE, ...]'",
    "JP018.suppression": "onbekende regelcode '{code}' in een onderdrukkingscommentaar",
    "selection.unknown": "onbekende regelcode of prefix '{code}' in {option}",
    "selection.always-on": "{option} {code}: {code} kan niet genegeerd worden; de code betekent dat een bestand niet gelezen kon worden, en een plan dat niet gelezen is, voldoet nooit",
    "sarif.question": "Checklistvraag {number}: {question}",
    "sarif.structure": "Planstructuur (geen van de vijf checklistvragen).",
    # ------------------------------------------------------------------ journeykaarten (render)
    "map.title.persona": "Candidate journey: {persona}",
    "map.title.overview": "Candidate journeys: overzicht van alle persona's",
    "map.badge.entry": "START",
    "map.badge.conversion": "CONVERSIE: {goal}",
    "map.badge.conversion.rate": "CONVERSIE: {goal} · doel {rate}",
    "map.badge.rejection": "AFWIJZING",
    "map.badge.rejection.feedback": "AFWIJZING met feedback",
    "map.badge.exit": "UITSTAP",
    "map.goal.application": "sollicitatie",
    "map.goal.lead": "lead",
    "map.goal.referral": "doorverwijzing",
    "map.goal.event_signup": "aanmelding voor event",
    "map.goal.hire": "aanname",
    "map.goal.other": "overig",
    "map.promise": "hoort binnen {duration} van ons",
    "map.delay": "na {duration}",
    "map.delay.none": "direct",
    "map.personas": "voor {personas}",
    "map.personas.all": "voor elke persona",
    "map.channel.response": "antwoordt binnen {duration}",
    "map.no_channel": "(geen kanaal)",
    "map.no_stage": "(geen fase)",
    "map.empty": "Deze journey heeft nog geen contactpunten.",
    "map.legend.contact": "contactpunt",
    "map.legend.conversion": "conversiepunt",
    "map.legend.rejection": "afwijzing",
    "map.legend.exit": "uitstap",
    "map.legend.start": "begin van de journey",
    "render.nothing-to-draw": "'{path}' heeft geen persona's en geen contactpunten om te tekenen (voer 'journeyplan check {path}' uit)",
    "render.plan-has-errors": "let op: het plan heeft {errors} fout(en); de kaarten tonen wat geldig is. Voer 'journeyplan check {path}' uit voor de details.",
    "render.skip-persona": "persona '{id}' overgeslagen: met deze id kan geen kaartbestand worden benoemd (voer 'journeyplan check' uit en verbeter de id)",
    "render.unknown-persona": "het plan heeft geen persona '{id}'",
    "render.output-is-file": "uitvoermap '{path}' is een bestand, geen map; er is niets geschreven",
    "render.not-ours": "'{path}' bestaat al en is niet door journeyplan geschreven; er is niets geschreven (verplaats het of kies met -o een andere map)",
    "render.cannot-write": "kan '{path}' niet schrijven: {reason}",
    "render.no-graphviz": "Graphviz is niet geïnstalleerd: --format {format} heeft het programma 'dot' nodig (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz). --format dot en --format mermaid werken zonder.",
    "render.dot-failed": "Graphviz 'dot' is mislukt op de kaart '{name}': {detail}",
    "render.dot-warning": "Graphviz gaf een waarschuwing bij de kaart '{name}': {detail}",
    "JP202.dangling": "de doelgroep die persona '{id}' noemt, bestaat niet",
    # ------------------------------------------------------------------ onleesbare en vreemde invoer
    "JP001.control": "YAML-syntaxfout: het stuurteken {char} is niet toegestaan in YAML-tekst (het komt vaak mee met tekst die uit een ander programma is geplakt); verwijder het",
    "JP001.colon": "YAML-syntaxfout: {detail}; een ': ' in tekst begint een nieuwe sleutel: zet tekst met ': ' tussen aanhalingstekens",
    "JP001.tab": "YAML-syntaxfout: {detail}; hier staat een tab: spring YAML in met spaties, nooit met tabs",
    "JP016.utf16": "het bestand is opgeslagen als {encoding}, niet als UTF-8; sla het op als UTF-8",
    "JP016.cp1252": "het bestand is geen UTF-8: byte {byte} is hier '{char}' in Windows-1252 (Latin-1), de codering waarin Word en e-mailprogramma's tekst opslaan; sla het bestand op als UTF-8",
    "JP016.dangling": "het bestand is een symbolische link naar '{target}', dat niet bestaat",
    "JP016.loop": "het bestand is een symbolische link naar '{target}', die in een kring van links uitkomt",
    "JP016.fifo": "het bestand is een named pipe, geen gewoon bestand; alleen gewone bestanden worden gelezen",
    "JP016.device": "het bestand is een apparaat, geen gewoon bestand; alleen gewone bestanden worden gelezen",
    "JP016.socket": "het bestand is een socket, geen gewoon bestand; alleen gewone bestanden worden gelezen",
    "JP016.special": "het bestand is geen gewoon bestand; alleen gewone bestanden worden gelezen",
    "JP014.size-growing": "het bestand is groter dan {limit} bytes (het groeide tijdens het lezen); planbestanden groter dan {limit} bytes worden niet gelezen",
    "JP016.folder": "kan de map niet lezen: {reason}; de planbestanden erin zijn niet gecontroleerd",
    "JP019": "geen planbestand: geen van de sleutels op het hoogste niveau ({keys}) is een plansectie, dus het is overgeslagen (plansecties: {sections})",
    "JP020": "een link naar de map '{target}'; links naar mappen worden niet gevolgd, dus de planbestanden erin zijn niet gecontroleerd",
    "title.JP019": "Geen planbestand",
    "title.JP020": "Gelinkte map niet gevolgd",
    "explain.JP019": "Een YAML-bestand in de planmap heeft geen van de plansecties (plan, employer_brand, target_groups, personas, channels, touchpoints, triggers) en geen sleutel die erop lijkt: het is een bestand van een ander programma, zoals een docker-compose.yml of een CI-workflow. Het wordt in zijn geheel overgeslagen, met deze ene waarschuwing, in plaats van een fout per onbekende sleutel. Zet het plan in een eigen map, of zet JP019 op off in plan.checks.",
    "explain.JP020": "Een map in de planmap is een symbolische link. Links naar mappen worden nooit gevolgd, zodat een link naar een bovenliggende map of een kring van links de controle niet eindeloos kan maken, en geen bestand twee keer wordt gelezen. Kopieer de bestanden naar de planmap, of controleer de gelinkte map apart.",
    "internal-error.rule": "interne fout in regel {rule} bij het controleren van {path}: {error}. Meld dit alstublieft (voer het opnieuw uit met --debug voor de traceback).",
    "ui.more_personas": "... en nog {count} persona's (--format json toont elk oordeel)",
    "path-broken-link": "pad '{path}' is een symbolische link naar '{target}', dat niet bestaat (of in een kring van links uitkomt)",
}

CATALOGUES: dict[str, dict[str, str]] = {"en": EN, "nl": NL}


def render_message(key: str, args: Mapping[str, Any] | None = None, lang: str = "en") -> str:
    """The text of catalogue KEY in LANG (falling back to English), filled with ARGS.
    A non-empty ``suggestion`` argument appends the did-you-mean text; a ``minutes`` argument
    is also offered as ``duration`` (``2880`` -> ``2d``)."""
    catalogue = CATALOGUES.get(lang) or EN
    template = catalogue.get(key) or EN.get(key) or EN.get(key.split(".", 1)[0], key)
    values = dict(args or {})
    if "minutes" in values and "duration" not in values:
        from journeyplan.plan.durations import format_duration

        values["duration"] = format_duration(values["minutes"])
    for name in _TERM_ARGS:
        if isinstance(values.get(name), str):
            values[name] = _term(values[name], catalogue)
    text = template.format_map(_Default(values))
    if values.get("suggestion"):
        text += (catalogue.get("did_you_mean") or EN["did_you_mean"]).format(
            suggestion=values["suggestion"]
        )
    return text


#: Arguments whose values are terms of the format (``kind='touchpoint'``,
#: ``expected='a list'``, ``got='text'``): shown in the output language through the
#: ``term.*`` keys; a value without a term key is shown as it is.
_TERM_ARGS = ("kind", "expected", "got")


def _term(value: str, catalogue: Mapping[str, str]) -> str:
    text = catalogue.get("term." + value)
    if text is not None:
        return text
    if value.startswith("the id of a "):
        return (catalogue.get("term.ref") or EN["term.ref"]).format(
            kind=_term(value[len("the id of a ") :], catalogue)
        )
    if value.startswith("one of "):
        return (catalogue.get("term.one_of") or EN["term.one_of"]).format(
            values=value[len("one of ") :]
        )
    return value


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
