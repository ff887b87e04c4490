"""Rule titles and explanations (`journeyplan rules`, `explain`, SARIF rule help).

Keys are stable (findings and errors store them); the values are the English message ids,
extracted into the gettext catalogue by ``pybabel extract`` (docs/architecture.md).
"""

from __future__ import annotations

from journeyplan.i18n import N_

MESSAGES = {
    "title.JP001": N_("YAML syntax error"),
    "title.JP002": N_("Duplicate key"),
    "title.JP003": N_("Unknown key"),
    "title.JP004": N_("Wrong type"),
    "title.JP005": N_("Invalid id"),
    "title.JP006": N_("Duplicate id"),
    "title.JP007": N_("Dangling reference"),
    "title.JP008": N_("Not a duration"),
    "title.JP009": N_("Value not allowed"),
    "title.JP010": N_("Missing required key"),
    "title.JP011": N_("Empty file"),
    "title.JP012": N_("File is not a mapping"),
    "title.JP013": N_("Unsupported YAML tag"),
    "title.JP014": N_("Input too large or too deep"),
    "title.JP015": N_("Section declared twice"),
    "title.JP016": N_("Unreadable file"),
    "title.JP017": N_("Unused suppression"),
    "title.JP018": N_("Unknown rule code in configuration"),
    "title.JP101": N_("No target groups"),
    "title.JP102": N_("Target group without description"),
    "title.JP103": N_("Target group without persona"),
    "title.JP201": N_("No personas"),
    "title.JP202": N_("Persona without target group"),
    "title.JP203": N_("Persona without motivations"),
    "title.JP204": N_("Persona without preferred channels"),
    "title.JP301": N_("Persona without touchpoints"),
    "title.JP302": N_("Persona without conversion point"),
    "title.JP303": N_("Unreachable conversion point"),
    "title.JP304": N_("Touchpoint for no persona"),
    "title.JP407": N_("Trigger for no persona"),
    "title.JP401": N_("Single-channel journey"),
    "title.JP402": N_("Trigger without event"),
    "title.JP403": N_("Unreachable touchpoint"),
    "title.JP404": N_("Dead end"),
    "title.JP405": N_("Touchpoint on a non-preferred channel"),
    "title.JP406": N_("Journey without entry"),
    "title.JP501": N_("Brand without proposition"),
    "title.JP502": N_("Brand without qualifiers"),
    "title.JP503": N_("Brand without winners"),
    "title.JP504": N_("Brand without personality"),
    "title.JP505": N_("Stage without brand element"),
    "title.JP506": N_("Winner that does not reach a persona"),
    "title.JP507": N_("Application without acknowledgement"),
    "title.JP508": N_("No rejection with feedback"),
    "title.JP509": N_("Slow messaging channel"),
    "title.JP510": N_("Messaging channel without response time"),
    "explain.JP001": N_(
        "The file is not valid YAML, so nothing in it can be checked. The message names "
        "what the parser expected and where; common causes are an unclosed quote or "
        "bracket, a tab used for indentation, or a value that starts with a character "
        "YAML reserves (quote it)."
    ),
    "explain.JP002": N_(
        "A key appears twice in one mapping. YAML parsers silently keep one of the two, "
        "so half of what was written is lost without anyone noticing. Keep one of them."
    ),
    "explain.JP003": N_(
        "The key is not part of plan format v1, most often a typo. An unknown key is "
        "never silently ignored, because the information in it would be lost. The message"
        " suggests the closest known key."
    ),
    "explain.JP004": N_(
        "The value has the wrong shape: for example a single text where a list belongs "
        "(write [a, b]), or a mapping where text belongs."
    ),
    "explain.JP005": N_(
        "Ids are how the plan refers to things, and they name the files of the journey "
        "maps. They are lowercase letters, digits, '-' and '_', start with a letter or "
        "digit and are at most 64 characters. The persona id 'overview' is reserved for "
        "the overview map."
    ),
    "explain.JP006": N_(
        "Two elements of the same kind share an id, so a reference to it is ambiguous. "
        "The first one counts; give the other its own id."
    ),
    "explain.JP007": N_(
        "A reference names an id that no element of that kind has, usually a typo or a "
        "renamed element. The message suggests the closest existing id."
    ),
    "explain.JP008": N_(
        "Durations say how fast the employer answers or how long a trigger waits. They "
        "must be exact so they can be compared: <number><unit> with m, h, d or w (30m, "
        "4h, 2d, 1w), or ISO 8601 (PT4H, P2D). Words like 'asap' are promises nobody can "
        "check."
    ),
    "explain.JP009": N_(
        "The value is not one of those the format allows for this key (or a number is out"
        " of range, such as a target rate above 1)."
    ),
    "explain.JP010": N_(
        "A key the format requires is missing, such as a touchpoint's stage or channel, "
        "or a trigger's from/to."
    ),
    "explain.JP011": N_(
        "The YAML file is empty. It contributes nothing to the plan; remove it or fill it."
    ),
    "explain.JP012": N_(
        "Each plan file is a mapping of sections (plan, employer_brand, target_groups, "
        "personas, channels, touchpoints, triggers). A file whose top level is a list or "
        "a single value is not part of a plan."
    ),
    "explain.JP013": N_(
        "Only the YAML core tags are accepted. Other tags (such as Python object tags) "
        "are never constructed, so a plan file can never execute code."
    ),
    "explain.JP014": N_(
        "The file is larger, deeper or expands (through aliases) further than any plan "
        "needs. It is refused so that checking stays fast and safe."
    ),
    "explain.JP015": N_(
        "The sections plan and employer_brand may be declared in one file only; list "
        "sections (personas, touchpoints ...) may be spread over files."
    ),
    "explain.JP016": N_(
        "The file could not be read: no permission, or it is not UTF-8 text. Save plan "
        "files as UTF-8."
    ),
    "explain.JP017": N_(
        "A '# journeyplan: ignore[CODE]' comment silences nothing on its line (or the "
        "next line, when the comment stands alone). Remove it, so that suppressions stay "
        "honest. A comment that starts with 'journeyplan:' but is not written as '# "
        "journeyplan: ignore[CODE, ...]' silences nothing either and is reported the same"
        " way."
    ),
    "explain.JP018": N_(
        "plan.checks or a '# journeyplan: ignore[...]' comment names a rule code "
        "journeyplan does not know. See 'journeyplan rules' for the list."
    ),
    "explain.JP101": N_(
        "Question 1 asks who the employer recruits from. Without a target group there is "
        "nobody to build personas or journeys for."
    ),
    "explain.JP102": N_(
        "A target group needs a description (who they are, age, education, situation on "
        "the labour market) so that personas and content can be checked against it."
    ),
    "explain.JP103": N_(
        "A target group that no persona makes concrete gets no journey: question 2 "
        "translates every target group into at least one persona."
    ),
    "explain.JP201": N_(
        "Question 2 asks for concrete personas. Without one, no candidate journey can be planned."
    ),
    "explain.JP202": N_(
        "A persona makes a target group concrete, so it must say which one "
        "(target_group), and that target group must exist."
    ),
    "explain.JP203": N_(
        "What drives the persona decides the content that attracts them. A persona "
        "without motivations is a name, not a persona."
    ),
    "explain.JP204": N_(
        "The persona's preferred channels decide where the journey should reach them (question 4)."
    ),
    "explain.JP301": N_(
        "Question 3 asks for the intended contact points per persona. No touchpoint "
        "includes this persona, so it has no journey."
    ),
    "explain.JP302": N_(
        "A journey without a conversion point (an application, lead, referral, event "
        "sign-up or hire) has no goal: nothing measures whether it works."
    ),
    "explain.JP303": N_(
        "A conversion point that no path from the persona's entries reaches will never "
        "convert. Add triggers that lead to it."
    ),
    "explain.JP304": N_(
        "A touchpoint with 'personas: []' is for nobody: it is in no persona's journey, "
        "so no trigger to or from it counts. Leaving 'personas' out makes a touchpoint "
        "every persona's; an empty list is almost always an unfinished edit. On a trigger, "
        "'personas: []' likewise means no persona follows it."
    ),
    "explain.JP407": N_(
        "A trigger with 'personas: []' applies to nobody: it is in no persona's journey, so"
        " it moves no candidate, and the touchpoint it leaves can become a dead end or the "
        "one it leads to unreachable. Leaving 'personas' out makes a trigger every "
        "persona's; an empty list is almost always an unfinished edit. (A touchpoint for "
        "nobody is JP304.)"
    ),
    "explain.JP401": N_(
        "Question 4 asks for a cross-channel journey: candidates move between channels (a"
        " video on social, an answer on WhatsApp, an e-mail). A journey on one channel "
        "misses everyone who is not there."
    ),
    "explain.JP402": N_(
        "A trigger moves the candidate from one touchpoint to the next; the event says "
        "what makes that happen (clicked apply, no reply after 3 days)."
    ),
    "explain.JP403": N_(
        "No path from the persona's entries reaches this touchpoint, so the candidate "
        "never sees it. Add a trigger to it or remove it from the journey."
    ),
    "explain.JP404": N_(
        "The candidate arrives here and nothing happens next: no trigger leads on, and it"
        " is not a conversion, a rejection or an exit. Add the next step."
    ),
    "explain.JP405": N_(
        "The touchpoint is on a channel the persona does not list as preferred. That can "
        "be deliberate; it is reported for information."
    ),
    "explain.JP406": N_(
        "Every touchpoint of this journey has an incoming trigger and none is marked as "
        "an entry, so the journey has no start. Mark where candidates come in with "
        "'entry: true'."
    ),
    "explain.JP501": N_(
        "The proposition is the central message of the employer brand; it should be "
        "recognisable all along the journey."
    ),
    "explain.JP502": N_(
        "Qualifiers are the conditions an employer must meet to be relevant at all (pay, "
        "contract, location). Without them the brand is not credible."
    ),
    "explain.JP503": N_(
        "Winners are what distinguishes the employer. Without them the brand is interchangeable."
    ),
    "explain.JP504": N_(
        "The brand personality is the employer's character; it sets the tone of every message."
    ),
    "explain.JP505": N_(
        "Every stage the persona passes should carry at least one brand element "
        "(qualifier, winner or personality trait) so the brand is anchored along the "
        "whole journey, not only in the first advertisement."
    ),
    "explain.JP506": N_(
        "Each winner should reach each persona somewhere in their journey; a "
        "distinguishing feature nobody hears about does not distinguish."
    ),
    "explain.JP507": N_(
        "Right after an application the candidate should get an acknowledgement that says"
        " concretely when they will hear back (response_time such as 2d), not 'as soon as"
        " possible'."
    ),
    "explain.JP508": N_(
        "Most candidates are rejected. A decent rejection with honest feedback keeps them"
        " as ambassadors and in the talent pool; the journey needs a rejection touchpoint"
        " with feedback: true."
    ),
    "explain.JP509": N_(
        "Candidates expect answers on messaging channels within hours. A messaging "
        "channel whose response_time is over 24h breaks that expectation. (A touchpoint's"
        " response_time is a promise to the candidate and is not bound by this.)"
    ),
    "explain.JP510": N_(
        "A messaging channel should declare how fast the employer answers there "
        "(response_time, at most 24h), so the promise can be checked."
    ),
    "title.JP019": N_("Not a plan file"),
    "title.JP020": N_("Linked folder not followed"),
    "title.JP021": N_("A file of a plan folder checked alone"),
    "title.JP022": N_("Empty name"),
    "title.JP511": N_("Promise not kept"),
    "explain.JP019": N_(
        "A YAML file in the plan folder has none of the plan sections (plan, "
        "employer_brand, target_groups, personas, channels, touchpoints, triggers) and no"
        " key that resembles one: it is some other tool's file, such as a "
        "docker-compose.yml or a CI workflow. It is skipped as a whole, with this one "
        "warning, instead of an unknown-key error for each of its keys. Move the plan "
        "into a folder of its own, or set JP019 to off in plan.checks."
    ),
    "explain.JP021": N_(
        "A single file was checked, and the folder above it holds the plan it belongs to: "
        "the stages, channels, personas and brand elements it names are declared in the "
        "other files. Checked alone, each of those references dangles. The findings that a "
        "check of the folder does not report for this file are listed under this one; the "
        "others stay as they are. Check the folder to check the plan."
    ),
    "explain.JP022": N_(
        "A name is optional (a persona, touchpoint, channel, target group or stage without"
        ' one is shown by its id), but a name that is written and empty (name: "" or only'
        " spaces) says nothing: it would be a blank label on the journey maps, in the "
        "matrix and in the client report. The element is shown by its id instead. Write "
        "the name, or leave the key out. (The plan's own name is required: blank, it is "
        "JP010.)"
    ),
    "explain.JP020": N_(
        "A folder in the plan folder is a symbolic link. Links to folders are never "
        "followed, so a link to a parent folder or a loop of links cannot make the check "
        "endless, and files are never read twice. Copy the files into the plan folder, or"
        " check the linked folder on its own."
    ),
    "explain.JP511": N_(
        "A touchpoint's response_time is a promise to the candidate: 'you hear from us "
        "within 2 days'. The plan keeps that promise only if every trigger leaving the "
        "touchpoint fires within that time. A trigger whose delay is longer (the "
        "screening call after 5 days when the acknowledgement promised 2) breaks the "
        "promise by design. Shorten the delay, or promise what the process can deliver. "
        "This check also applies to plans that use no version 1.1 field: they make the "
        "promise."
    ),
}
