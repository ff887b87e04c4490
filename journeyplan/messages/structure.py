"""Plan structure (JP0xx): the findings about files, YAML and the format itself.

Keys are stable (findings and errors store them); the values are the English message ids,
extracted into the gettext catalogue by ``pybabel extract`` (docs/architecture.md).
"""

from __future__ import annotations

from journeyplan.i18n import N_, NP_

MESSAGES = {
    "JP001": N_("YAML syntax error: {detail}"),
    "JP002": N_("duplicate key '{key_name}' (first at {first})"),
    "JP003": N_("unknown key '{key_name}'"),
    "JP003.comma": N_(
        "unknown key '{key_name}': in {{...}} a comma ends the text before it; put text "
        "that holds a comma in quotes"
    ),
    "JP004": N_("wrong type: expected {expected}, got {got}"),
    "JP004.key": N_("a mapping key must be text, got {got}"),
    "JP004.bool": N_(
        "wrong type: expected true or false, got '{value}', which is text in YAML 1.2 (the "
        "YAML of plans; yes, no, on and off were booleans in YAML 1.1); write {meant}"
    ),
    "JP004.bool_quoted": N_(
        "wrong type: expected true or false, got the text '{value}' in quotes; write {meant} "
        "without quotes"
    ),
    "JP005": N_(
        "invalid id '{id}': use lowercase letters, digits, '-' and '_' (at most 64 "
        "characters, starting with a letter or digit)"
    ),
    "JP005.reserved": N_("the persona id '{id}' is reserved (it names the overview map)"),
    "JP006": N_("duplicate {kind} id '{id}' (first defined at {first})"),
    "JP007": N_("{kind} '{id}' does not exist"),
    "JP007.lookalike": N_(
        "{kind} '{id}' does not exist (did you mean '{written_id}', at {at}?){hidden}; that "
        "id is not valid: correct it to '{id}' there"
    ),
    "JP008": N_(
        "'{value}' is not a duration: write <number><unit> with unit m, h, d or w (30m, "
        "4h, 2d, 1w) or ISO 8601 (PT4H, P2D)"
    ),
    "JP008.comma": N_(
        "'{value}' has a decimal comma; a duration takes a decimal point: write {meant}"
    ),
    "JP008.comma_or": N_(
        "'{value}' has a decimal comma; a duration takes a decimal point: write {meant} or {other}"
    ),
    "JP008.comma_unit": N_(
        "'{value}' has a decimal comma and no unit: a duration takes a decimal point and "
        "one of the units m, h, d, w, such as {meant}h or {meant}d"
    ),
    "JP008.too_large": N_(
        "'{value}' is too large for a duration: its number has at most {digits} digits "
        "(52w is a year)"
    ),
    "JP009": N_("'{value}' is not allowed here; use one of: {allowed}"),
    "JP009.currency": N_("'{value}' is not an ISO 4217 currency code (such as EUR, USD, GBP)"),
    "JP009.range": N_("'{value}' is out of range; allowed: {allowed}"),
    "JP009.comma": N_(
        "'{value}' has a decimal comma; numbers in YAML take a decimal point: did you mean {meant}?"
    ),
    "JP009.comma_or": N_(
        "'{value}' has a comma; numbers in YAML take a decimal point and no thousands "
        "separator: did you mean {meant} or {other}?"
    ),
    "JP009.thousands": N_(
        "'{value}' has a thousands separator; numbers in YAML have none: did you mean {meant}?"
    ),
    "JP009.comma_whole": N_(
        "'{value}' has a decimal comma, but a whole number belongs here: did you mean {low} "
        "or {high}?"
    ),
    "JP009.comma_whole_one": N_(
        "'{value}' has a decimal comma, but a whole number belongs here: did you mean {meant}?"
    ),
    "JP009.too_large": N_(
        "'{value}' is too large: whole numbers here have at most {digits} digits"
    ),
    "JP010": N_("missing required key '{key_name}'"),
    "JP010.blank": N_("required key '{key_name}' is empty"),
    "JP011": N_("the file is empty"),
    "JP012": N_("the top level of a plan file must be a mapping of sections, not a {kind}"),
    "JP013": N_(
        "tag '{tag}' is not allowed: only YAML core tags are accepted, nothing is "
        "constructed from other tags"
    ),
    "JP014.size": N_("the file is {size} bytes; plan files larger than {limit} bytes are not read"),
    "JP014.depth": N_("nesting is deeper than {limit} levels; a plan needs fewer than 10"),
    "JP014.alias": N_(
        "aliases expand to more than {limit} nodes (an alias bomb?); the file was not read"
    ),
    "JP015": N_(
        "section '{section}' is already declared at {first}; it may be declared in one file only"
    ),
    "JP016.read": N_("cannot read the file: {reason}"),
    "JP016.encoding": N_("the file is not UTF-8 (byte {byte} here); save it as UTF-8"),
    "JP017": N_("suppression of {code} silences nothing"),
    "JP018": N_("unknown rule code '{code}' in plan.checks"),
    "did_you_mean": N_(" (did you mean '{suggestion}'?)"),
    "did_you_mean.invisible": N_(
        "; the two differ only by an invisible character: {char} at position {position}"
    ),
    "did_you_mean.lookalike": N_(
        "; the two differ only by a look-alike character: {char} at position {position}, "
        "which looks like '{like}'"
    ),
    "did_you_mean.hidden": N_(
        "; the two differ only by invisible or look-alike characters: {chars}"
    ),
    "did_you_mean.at": N_("{char} at position {position}"),
    "JP009.always_on": N_(
        "{code} cannot be set to '{value}': it means a file could not be read, and a plan"
        " that was not read never passes"
    ),
    "JP017.malformed": N_(
        "'{comment}' is not a suppression; write '# journeyplan: ignore[CODE, ...]'"
    ),
    "JP018.suppression": N_("unknown rule code '{code}' in a suppression comment"),
    "JP001.control": N_(
        "YAML syntax error: the control character {char} is not allowed in YAML text (it "
        "often comes with text pasted from another program); remove it"
    ),
    "JP001.colon": N_(
        "YAML syntax error: {detail}; a ': ' inside text starts a new key: put text that "
        "holds ': ' in quotes"
    ),
    "JP001.unclosed": N_(
        "YAML syntax error: the '{bracket}' here is never closed (the parser noticed it at "
        "line {line}, column {column}): put '{closer}' after its last item"
    ),
    "JP001.unclosed_end": N_(
        "YAML syntax error: the '{bracket}' here is never closed (the file ends first): put "
        "'{closer}' after its last item"
    ),
    "JP001.indent": N_(
        "YAML syntax error: this key starts in column {column}, the key above it (line "
        "{line}) in column {sibling}: the keys of one mapping start in the same column"
    ),
    "JP001.tab": N_(
        "YAML syntax error: {detail}; there is a tab here: indent YAML with spaces, never with tabs"
    ),
    "JP016.utf16": N_("the file is saved as {encoding}, not UTF-8; save it as UTF-8"),
    "JP016.cp1252": N_(
        "the file is not UTF-8: byte {byte} here is '{char}' in Windows-1252 (Latin-1), "
        "the encoding Word and e-mail programs save text in; save the file as UTF-8"
    ),
    "JP016.dangling": N_("the file is a symbolic link to '{target}', which does not exist"),
    "JP016.loop": N_("the file is a symbolic link to '{target}', which leads into a loop of links"),
    "JP016.fifo": N_("the file is a named pipe, not a regular file; only regular files are read"),
    "JP016.device": N_("the file is a device, not a regular file; only regular files are read"),
    "JP016.socket": N_("the file is a socket, not a regular file; only regular files are read"),
    "JP016.special": N_("the file is not a regular file; only regular files are read"),
    "JP014.size-growing": N_(
        "the file is larger than {limit} bytes (it grew while it was read); plan files "
        "larger than {limit} bytes are not read"
    ),
    "JP016.folder": N_("cannot read the folder: {reason}; the plan files in it were not checked"),
    "JP019": N_(
        "not a plan file: none of its top-level keys ({keys}) is a plan section, so it "
        "was skipped (plan sections: {sections})"
    ),
    "JP021": NP_(
        "this file is part of the plan in {folder}; check the folder (journeyplan check "
        "{folder:shell}): the {count} finding under this one comes only from checking the file alone",
        "this file is part of the plan in {folder}; check the folder (journeyplan check "
        "{folder:shell}): the {count} findings under this one come only from checking the file alone",
    ),
    "JP020": N_(
        "a link to the folder '{target}'; links to folders are not followed, so the plan "
        "files in it were not checked"
    ),
    "JP022": N_(
        "{kind} '{id}' has an empty name, a blank label on the maps and in the report, so "
        "they show the id instead; write the name, or leave name out"
    ),
}
