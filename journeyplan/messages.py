"""The message catalogue: every human-readable text, one dict per language.

Keys are rule codes (``JP103``), variants (``JP005.reserved``), rule titles
(``title.JP103``), explanations (``explain.JP103``) and interface texts. Values are
:meth:`str.format` templates; arguments are inserted literally, never interpreted.
Codes, keys and ids never change with the language.
"""

from __future__ import annotations

from typing import Any, Mapping

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"

EN: dict[str, str] = {
    # ------------------------------------------------------------------ plan structure
    "JP001": "YAML syntax error: {detail}",
    "JP002": "duplicate key '{key_name}' (first on line {first_line})",
    "JP003": "unknown key '{key_name}'",
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
    "JP203": "persona '{id}' has no motivations",
    "JP204": "persona '{id}' has no preferred channels",
    # ------------------------------------------------------------------ question 3
    "JP301": "persona '{id}' has no touchpoints",
    "JP302": "persona '{id}' has no conversion point",
    "JP303": "conversion point '{id}' cannot be reached from the entries of {persona_id}'s "
             "journey",
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
    "JP506": "winner '{id}' does not reach {persona_id}: no touchpoint of the journey "
             "carries it",
    "JP507": "application point '{id}' is not directly followed by an acknowledgement with a "
             "concrete response_time in {persona_id}'s journey",
    "JP508": "{persona_id}'s journey has no rejection touchpoint with feedback",
    "JP508.no_feedback": "rejection '{id}' in {persona_id}'s journey gives no feedback "
                         "(feedback: true)",
    "JP509": "messaging channel '{id}' answers in {duration}; candidates expect an answer "
             "within 24h",
    "JP510": "messaging channel '{id}' declares no response_time",
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
                     "suppressions stay honest.",
    "explain.JP018": "plan.checks names a rule code journeyplan does not know. See 'journeyplan "
                     "rules' for the list.",
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
                     "(target_group).",
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
    "path-missing": "path '{path}' does not exist",
    "path-not-plan": "path '{path}' is neither a plan file nor a folder",
    "path-unreadable": "path '{path}' cannot be read: {reason}",
    "path-no-yaml": "no *.yaml or *.yml file found in '{path}'",
    "internal-error": "internal error while checking {path}: {error}. Please report this "
                      "(run again with --debug for the traceback).",
    "unknown-format": "unknown format '{name}'; choose one of: {choices}",
    "unknown-language": "unknown language '{name}'; choose one of: {choices}",
    # ------------------------------------------------------------------ hostile and broken input
    "JP001.control": "YAML syntax error: the control character {char} is not allowed in YAML "
                     "text (it often comes with text pasted from another program); remove it",
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

CATALOGUES: dict[str, dict[str, str]] = {"en": EN}


def render_message(key: str, args: Mapping[str, Any] | None = None, lang: str = "en") -> str:
    """The text of catalogue KEY in LANG (falling back to English), filled with ARGS.
    A non-empty ``suggestion`` argument appends the did-you-mean text; a ``minutes`` argument
    is also offered as ``duration`` (``2880`` -> ``2d``)."""
    catalogue = CATALOGUES.get(lang) or EN
    template = catalogue.get(key) or EN.get(key) or EN.get(key.split(".", 1)[0], key)
    values = dict(args or {})
    if "minutes" in values and "duration" not in values:
        from journeyplan.durations import format_duration

        values["duration"] = format_duration(values["minutes"])
    text = template.format_map(_Default(values))
    if values.get("suggestion"):
        text += (catalogue.get("did_you_mean") or EN["did_you_mean"]).format(
            suggestion=values["suggestion"])
    return text


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
