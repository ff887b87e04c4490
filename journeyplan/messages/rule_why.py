"""Why each rule matters, and the comments of its examples (`journeyplan explain`).

Keys are stable (findings and errors store them); the values are the English message ids,
extracted into the gettext catalogue by ``pybabel extract`` (docs/architecture.md).
"""

from __future__ import annotations

from journeyplan.i18n import N_

MESSAGES = {
    "why.JP001": N_(
        "A file that does not parse is left out entirely: its touchpoints, triggers and "
        "brand elements silently disappear from the checks and the journey maps."
    ),
    "why.JP002": N_(
        "The plan says two things and only one of them is used, so the map and the checks"
        " may show a journey the team never agreed on."
    ),
    "why.JP003": N_(
        "A misspelt key looks fine to a reader but is not part of the plan: the message "
        "or promise it holds never reaches the checks or the maps."
    ),
    "why.JP004": N_(
        "A value of the wrong shape cannot be used, so the candidate-facing content that "
        "depends on it is left out of the checks."
    ),
    "why.JP005": N_(
        "Ids connect personas, channels and touchpoints; a malformed id breaks those "
        "links and the file names of the journey maps."
    ),
    "why.JP006": N_(
        "Every reference points at the first element with the id; the second one, and "
        "whatever it promises the candidate, is ignored."
    ),
    "why.JP007": N_(
        "A reference to nothing is a hole in the journey: the touchpoint loses its "
        "channel, stage or brand element, and the candidate's route on the map breaks."
    ),
    "why.JP008": N_(
        "'As soon as possible' is exactly the vague promise candidates complain about. A "
        "concrete duration can be checked against what they expect."
    ),
    "why.JP009": N_(
        "Values outside the format's lists cannot be compared or drawn: a channel of an "
        "unknown type is not recognised as a messaging channel, for example."
    ),
    "why.JP010": N_(
        "Without its stage or channel a touchpoint cannot be placed on the journey map; "
        "without from and to, a trigger connects nothing."
    ),
    "why.JP011": N_(
        "An empty file usually means planned work that was forgotten: a persona or "
        "channel the team believes is in the plan is not."
    ),
    "why.JP012": N_(
        "Whatever the file holds is not read as plan: the personas or touchpoints in it "
        "are missing from the checks and the maps."
    ),
    "why.JP013": N_(
        "Tags can make YAML tools run code or read other files. journeyplan never does, "
        "so a plan from a client or a colleague is always safe to check."
    ),
    "why.JP014": N_(
        "Refusing absurd input keeps checking fast and safe for plans from any source, also in CI."
    ),
    "why.JP015": N_(
        "With two declarations it is unclear which one counts; the second is ignored, so "
        "part of the employer brand or the plan settings silently disappears."
    ),
    "why.JP016": N_(
        "An unreadable file is left out of the plan, and names with accents in another "
        "encoding would end up garbled in the client's journey maps."
    ),
    "why.JP017": N_(
        "A suppression that silences nothing hides nothing today, but it will hide a real"
        " problem tomorrow, after the plan changes."
    ),
    "why.JP018": N_(
        "A mistyped code in plan.checks changes nothing, so the team believes a rule is "
        "configured when it is not."
    ),
    "why.JP019": N_(
        "A file of another tool in the plan folder would otherwise flood the report with "
        "an unknown-key error per key and hide the findings that matter."
    ),
    "why.JP020": N_(
        "Following folder links could read files twice or loop forever; saying that a "
        "linked folder was skipped keeps the check honest about what it read."
    ),
    "example.JP019.bad": N_("another tool's file in the plan folder"),
    "example.JP019.fix": N_("only plan sections in the plan folder (move the other file out)"),
    "why.JP021": N_(
        "Dozens of dangling references for ids that the plan does declare hide what is "
        "wrong in the file and send the reader looking for typos that are not there."
    ),
    "example.JP021.bad": N_("one file of a plan folder, checked on its own"),
    "example.JP021.fix": N_("check the plan folder that holds the file"),
    "why.JP022": N_(
        "A blank label on a map in front of a client is a box nobody can name, and a "
        "persona without a name is no longer concrete."
    ),
    "example.JP022.bad": N_("a name that says nothing"),
    "example.JP022.fix": N_("the name as the maps show it"),
    "example.JP020.bad": N_("a symbolic link to a folder inside the plan folder"),
    "example.JP020.fix": N_("copy the files into the plan folder instead of linking"),
    "why.JP101": N_(
        "Without target groups the plan is aimed at nobody: the employer brand and the "
        "channels cannot be chosen for a real audience."
    ),
    "why.JP102": N_(
        "Without a description a target group means something different to the recruiter,"
        " the marketer and the client; personas and content cannot be tested against it."
    ),
    "why.JP103": N_(
        "A target group without a persona gets no journey: nobody from that group is "
        "deliberately found, attracted or engaged."
    ),
    "why.JP201": N_(
        "Content and channels are chosen for people; without a persona every choice in "
        "the journey is a guess."
    ),
    "why.JP202": N_(
        "A persona that belongs to no target group cannot be traced back to the labour "
        "market the employer recruits from."
    ),
    "why.JP203": N_(
        "Motivations decide which brand message works; without them the content cannot be"
        " personalised for this persona."
    ),
    "why.JP204": N_(
        "Candidates are reached where they already are; without preferred channels the "
        "journey cannot be matched to the persona."
    ),
    "why.JP301": N_(
        "A persona without touchpoints never meets the employer: the plan describes a "
        "candidate it does not reach."
    ),
    "why.JP302": N_(
        "Without a conversion point nothing in the journey asks the candidate to act, and"
        " nothing measures whether the journey works."
    ),
    "why.JP303": N_(
        "Candidates can only convert where the journey takes them; an application or "
        "sign-up nobody reaches is a door nobody finds."
    ),
    "why.JP304": N_(
        "Question 3 asks which contact points each persona meets; a touchpoint meant for "
        "nobody is planned work no candidate ever sees."
    ),
    "why.JP407": N_(
        "Question 4 asks for triggers that move each persona on; a trigger meant for nobody"
        " is a step in the plan that no candidate ever takes."
    ),
    "why.JP401": N_(
        "Candidates switch channels all the time: they see a video, ask a question on "
        "WhatsApp, read an e-mail. A journey on one channel loses them at the switch."
    ),
    "why.JP402": N_(
        "Without an event nobody knows what moves the candidate on, so nobody can set up "
        "the automation or measure the step."
    ),
    "why.JP403": N_(
        "A touchpoint no candidate reaches costs budget and effort and adds nothing to "
        "the candidate experience."
    ),
    "why.JP404": N_(
        "A dead end leaves the candidate without a next step: interest fades, and the "
        "experience ends in silence."
    ),
    "why.JP405": N_(
        "A touchpoint on a channel the persona does not use may never be seen; make sure "
        "it is a deliberate choice."
    ),
    "why.JP406": N_(
        "Without an entry nothing says where candidates first meet the employer, so "
        "nobody can tell which touchpoints they actually reach."
    ),
    "why.JP501": N_(
        "Without a proposition every touchpoint tells its own story, and candidates do "
        "not recognise the employer from one step to the next."
    ),
    "why.JP502": N_(
        "Candidates check the basics first (pay, contract, location); a brand that skips "
        "them is not credible."
    ),
    "why.JP503": N_(
        "Winners are why a candidate picks this employer over another; without them the "
        "brand is interchangeable."
    ),
    "why.JP504": N_(
        "The brand personality sets the tone of every message; without it the journey "
        "speaks with many voices."
    ),
    "why.JP505": N_(
        "In a stage without a brand element the candidate meets a process, not the employer."
    ),
    "why.JP506": N_(
        "A winner that never reaches a persona cannot make the difference for that persona."
    ),
    "why.JP507": N_(
        "Candidates want to know when they will hear back. 'As soon as possible' right "
        "after applying is the first disappointment in the relationship."
    ),
    "why.JP508": N_(
        "Most candidates are rejected. Honest feedback turns them into ambassadors who "
        "stay in the talent pool, instead of critics."
    ),
    "why.JP509": N_(
        "On messaging channels candidates expect an answer within hours; waiting days "
        "feels like being ignored."
    ),
    "why.JP510": N_(
        "Without a stated response time nobody answers for the speed on the channel where"
        " candidates expect the fastest answer."
    ),
    "why.JP511": N_(
        "A broken promise of when the candidate hears back does more harm than no "
        "promise: the candidate counts the days."
    ),
    "example.JP001.bad": N_("a colon followed by a space starts a new key here"),
    "example.JP001.fix": N_("quote text that contains ': '"),
    "example.JP002.bad": N_("the channel is given twice: which one counts?"),
    "example.JP002.fix": N_("one channel per touchpoint"),
    "example.JP003.bad": N_("typo: a touchpoint has no key 'mesage'"),
    "example.JP003.fix": N_("message"),
    "example.JP004.bad": N_("one text, not a list"),
    "example.JP004.fix": N_("a list: [a, b]"),
    "example.JP005.bad": N_("capital letters and a space"),
    "example.JP005.fix": N_("lowercase letters, digits, '-' and '_'"),
    "example.JP006.bad": N_("a second channel with the id 'insta'"),
    "example.JP006.fix": N_("an id of its own"),
    "example.JP007.bad": N_("no channel has the id 'instagram'"),
    "example.JP007.fix": N_("the id of an existing channel"),
    "example.JP008.bad": N_("'asap' is not a duration"),
    "example.JP008.fix": N_("a duration: 30m, 4h, 2d, 1w"),
    "example.JP009.bad": N_("'chat' is not a channel type"),
    "example.JP009.fix": N_("one of the channel types"),
    "example.JP010.bad": N_("the touchpoint has no stage"),
    "example.JP010.fix": N_("the stage is given"),
    "example.JP011.bad": N_("this file holds nothing but a comment"),
    "example.JP011.fix": N_("the file holds a section (or delete the file)"),
    "example.JP012.bad": N_("a list at the top level, without a section name"),
    "example.JP012.fix": N_("the list under its section name"),
    "example.JP013.bad": N_("YAML has no include: the tag is refused"),
    "example.JP013.fix": N_(
        "the personas in a file of their own: list sections may be spread over files"
    ),
    "example.JP014.bad": N_("nested 200 levels deep"),
    "example.JP014.fix": N_("a plain list"),
    "example.JP015.bad": N_("employer_brand is already declared in brand.yaml"),
    "example.JP015.fix": N_("the whole employer brand in one file"),
    "example.JP016.bad": N_("saved as Windows-1252 (é is the byte 0xe9), not as UTF-8"),
    "example.JP016.fix": N_("the same text, saved as UTF-8"),
    "example.JP017.bad": N_("the ignore comment below silences nothing: 'video' is no dead end"),
    "example.JP017.fix": N_("no ignore comment needed"),
    "example.JP018.bad": N_("the letter O instead of a zero: there is no rule JP1O2"),
    "example.JP018.fix": N_("an existing rule code"),
    "example.JP101.bad": N_("no target group"),
    "example.JP101.fix": N_("at least one target group, with a description"),
    "example.JP102.bad": N_("who are they?"),
    "example.JP102.fix": N_("a description: education, age, situation"),
    "example.JP103.bad": N_("no persona makes this target group concrete"),
    "example.JP103.fix": N_("a persona for the career switchers"),
    "example.JP201.bad": N_("no persona"),
    "example.JP201.fix": N_("at least one persona"),
    "example.JP202.bad": N_("which target group does Sam belong to?"),
    "example.JP202.fix": N_("the target group is given"),
    "example.JP203.bad": N_("what drives Sam?"),
    "example.JP203.fix": N_("what drives Sam"),
    "example.JP204.bad": N_("where can Sam be reached?"),
    "example.JP204.fix": N_("Sam's preferred channels"),
    "example.JP301.bad": N_("every touchpoint is for Sam only, so Noor has none"),
    "example.JP301.fix": N_(
        "the touchpoints serve Sam and Noor (without 'personas' they serve everyone)"
    ),
    "example.JP302.bad": N_("neither 'apply' nor 'hire' is a conversion point"),
    "example.JP302.fix": N_("conversion goals: an application and a hire"),
    "example.JP303.bad": N_("no trigger leads to the sign-up 'open-day'"),
    "example.JP303.fix": N_("a trigger from 'video' to 'open-day'"),
    "example.JP304.bad": N_("an empty list: 'video' is for nobody"),
    "example.JP304.fix": N_("'video' is for Sam"),
    "example.JP401.bad": N_("'video' is on WhatsApp too: Sam's whole journey uses one channel"),
    "example.JP401.fix": N_("'video' on Instagram: two channels"),
    "example.JP407.bad": N_("an empty list: nobody goes from 'video' to 'apply'"),
    "example.JP407.fix": N_("Sam goes from 'video' to 'apply'"),
    "example.JP402.bad": N_("what makes the candidate move on?"),
    "example.JP402.fix": N_("the event"),
    "example.JP403.bad": N_("nothing leads to 'faq'"),
    "example.JP403.fix": N_("a trigger from 'video' to 'faq'"),
    "example.JP404.bad": N_("nothing leads on from 'faq'"),
    "example.JP404.fix": N_("the next step after 'faq'"),
    "example.JP405.bad": N_("Indeed is not one of Sam's preferred channels"),
    "example.JP405.fix": N_(
        "Indeed is one of Sam's channels now (or move 'ad' to a channel Sam uses)"
    ),
    "example.JP406.bad": N_("no entry, and every touchpoint has an incoming trigger"),
    "example.JP406.fix": N_("entry: true where candidates come in"),
    "example.JP501.bad": N_("no proposition"),
    "example.JP501.fix": N_("the central message"),
    "example.JP502.bad": N_("no qualifiers"),
    "example.JP502.fix": N_("the qualifiers"),
    "example.JP503.bad": N_("no winners"),
    "example.JP503.fix": N_("the winners"),
    "example.JP504.bad": N_("no brand personality"),
    "example.JP504.fix": N_("the brand personality"),
    "example.JP505.bad": N_("no touchpoint of stage 'apply' carries a brand element"),
    "example.JP505.fix": N_("a brand element in stage 'apply'"),
    "example.JP506.bad": N_("no touchpoint carries this winner"),
    "example.JP506.fix": N_("'hire' carries the winner"),
    "example.JP507.bad": N_("no promise of when the candidate hears back"),
    "example.JP507.fix": N_("a concrete response_time"),
    "example.JP508.bad": N_("a rejection without feedback"),
    "example.JP508.fix": N_("feedback: true (and give the feedback honestly)"),
    "example.JP509.bad": N_("48 hours on a messaging channel"),
    "example.JP509.fix": N_("an answer within hours"),
    "example.JP510.bad": N_("how fast does the employer answer here?"),
    "example.JP510.fix": N_("response_time, at most 24h"),
    "example.JP511.bad": N_("'ack' promises 2d, 'hire' follows after 5d"),
    "example.JP511.fix": N_("the next step within the promised 2d"),
}
