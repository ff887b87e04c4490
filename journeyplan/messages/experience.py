"""Version 1.1 of the checklist: the candidate experience over time (promises, silence,
the emotion curve), personalised content and the talent pool (JP512-JP520), with their
titles, explanations and example comments, and the matrix texts for the experience score
(JP511 itself is declared with the 1.0 checks: it applies to 1.0 plans too).

Keys are stable (findings store them); the values are the English message ids, extracted
into the gettext catalogue by ``pybabel extract`` (docs/architecture.md).
"""

from __future__ import annotations

from journeyplan.i18n import N_

MESSAGES = {
    "JP512": N_(
        "trigger from '{source}' to '{target}' waits {delay} between application "
        "'{application}' and its outcome in {persona_id}'s journey; plan.max_silence is "
        "{limit}"
    ),
    "JP513": N_(
        "rejection '{id}' is the lowest point of {persona_id}'s journey (experience {score}; "
        "the journey reaches {high}) and no trigger leads on: the candidate leaves at the "
        "worst moment"
    ),
    "JP514": N_(
        "placeholder '{{{placeholder}}}' in the message of '{id}' is not a declared field "
        "(plan.fields: {fields})"
    ),
    "JP515": N_(
        "the message of '{id}' reaches personas of {count} target groups ({target_groups}) "
        "without any placeholder: one text for {count} target groups"
    ),
    "JP516": N_(
        "talent pool '{id}' says neither whether the candidate is asked for consent (consent) "
        "nor how long the data is kept (retention)"
    ),
    "JP516.consent": N_(
        "talent pool '{id}' does not say whether the candidate is asked for consent (consent: "
        "true or false)"
    ),
    "JP516.retention": N_(
        "talent pool '{id}' does not say how long the data is kept (retention, e.g. 52w)"
    ),
    "JP517.no_consent.w": N_(
        "talent pool '{id}' keeps data {retention} without the candidate's consent; {country} "
        "allows {amount} weeks ({authority})"
    ),
    "JP517.no_consent.m": N_(
        "talent pool '{id}' keeps data {retention} without the candidate's consent; {country} "
        "allows {amount} months ({authority})"
    ),
    "JP517.no_consent.y": N_(
        "talent pool '{id}' keeps data {retention} without the candidate's consent; {country} "
        "allows {amount} year ({authority})"
    ),
    "JP517.consent.w": N_(
        "talent pool '{id}' keeps data {retention} with the candidate's consent; {country} "
        "allows up to {amount} weeks ({authority})"
    ),
    "JP517.consent.m": N_(
        "talent pool '{id}' keeps data {retention} with the candidate's consent; {country} "
        "allows up to {amount} months ({authority})"
    ),
    "JP517.consent.y": N_(
        "talent pool '{id}' keeps data {retention} with the candidate's consent; {country} "
        "allows up to {amount} year ({authority})"
    ),
    "JP518.no_jurisdiction": N_(
        "talent pool '{id}' keeps data {retention}, but the plan names no jurisdiction: no "
        "country's limits are applied (not even the Dutch ones); set plan.jurisdiction"
    ),
    "JP518.no_consent": N_(
        "talent pool '{id}' keeps data {retention} without consent; {authority} ({country}) "
        "publishes no limit for that, so it is not checked: write down why {retention} is "
        "necessary"
    ),
    "JP518.consent": N_(
        "talent pool '{id}' keeps data {retention} with consent; {authority} ({country}) "
        "publishes no limit for that, so it is not checked: write down why {retention} is "
        "necessary"
    ),
    "JP519": N_(
        "no retention limits are known for jurisdiction '{country}' (known: {known}); the "
        "retention of a talent pool is not checked"
    ),
    "JP520": N_(
        "no trigger leaves talent pool '{id}' in {persona_id}'s journey: the candidate's data "
        "is kept, the candidate forgotten"
    ),
    "JP520.expired": N_(
        "talent pool '{id}' keeps data {retention}, but its first re-engagement ('{target}') "
        "comes after {delay} in {persona_id}'s journey: the data expires unused"
    ),
    "title.JP512": N_("Long silence"),
    "title.JP513": N_("Rejection at the low point"),
    "title.JP514": N_("Undeclared placeholder"),
    "title.JP515": N_("One text for several target groups"),
    "title.JP516": N_("Talent pool without consent or retention"),
    "title.JP517": N_("Retention over the limit"),
    "title.JP518": N_("Retention not checked"),
    "title.JP519": N_("Unknown jurisdiction"),
    "title.JP520": N_("Talent pool not re-engaged"),
    "explain.JP512": N_(
        "With plan.max_silence set (such as 10d), no trigger between an application and its "
        "outcome (a hire, a rejection, an exit or the talent pool) may wait longer: a "
        "candidate in process who hears nothing moves on. Research by Robert Half (a survey "
        "of 1,000 Australian office workers, June 2024, reported by Staffing Industry "
        "Analysts on 11 September 2024 as 'After 10 days, a majority of job candidates lose "
        "interest') found that 57% lose interest in a role when not contacted within 10 days, "
        "13% already after five working days. The check follows every path from an "
        "application conversion point to its first outcome, in time linear in the journey's "
        "size; the message names the trigger, its delay and the application it follows. Add a "
        "contact in between (a status update), or shorten the delay."
    ),
    "explain.JP513": N_(
        "Each touchpoint may score how the candidate is meant to feel there (experience, "
        "-2..+2): the journey's emotion curve, shown in journeyplan matrix, on the maps "
        "(journeyplan render) and in the client report (journeyplan report). By "
        "the peak-end rule (Kahneman, Fredrickson, Schreiber and Redelmeier, 'When more pain "
        "is preferred to less: adding a better end', Psychological Science, 1993) people "
        "remember an experience by its most intense moment and by its end. A rejection that "
        "is the lowest point of the journey and leads nowhere makes both the same moment. Let "
        "a trigger lead on from it (feedback call, a training day, the talent pool), or make "
        "the rejection itself better than the journey's worst moment."
    ),
    "explain.JP514": N_(
        "With plan.fields declared (the personalisation fields a message may use, such as "
        "first_name or city), every {name} in a touchpoint's message must be one of them, so "
        "that a typo never reaches a candidate as a literal '{frist_name}'. The message "
        "suggests the closest declared field. Doubled braces ({{{{text}}}}) are not "
        "placeholders."
    ),
    "explain.JP515": N_(
        "Content should be personalised per persona. When plan.fields is declared, a message "
        "without any placeholder that reaches personas of two or more target groups (one "
        "touchpoint for all of them, or the same text on several) is reported as information: "
        "one text for two target groups speaks to neither. Personalise it with a field, or "
        "give each target group its own touchpoint."
    ),
    "explain.JP516": N_(
        "A talent pool (kind: talent_pool) keeps a candidate's data to re-engage them later. "
        "Data protection asks two things of it, and the plan must answer both: whether the "
        "candidate is asked for consent (consent: true or false) and how long the data is "
        "kept (retention, a duration such as 52w). Only then can the retention be checked "
        "against the limits of plan.jurisdiction (JP517)."
    ),
    "explain.JP517": N_(
        "A talent pool's retention must stay within the limit of plan.jurisdiction for data "
        "kept without consent or with it. No statute sets these numbers (the GDPR says 'no "
        "longer than necessary'); they are the data-protection authorities' guidance: NL, "
        "Autoriteit Persoonsgegevens: 4 weeks after the procedure without consent, up to 1 "
        "year with it (a recommendation); DE, BfDI: at most 6 months after the rejection, "
        "without consent (a recommendation based on the AGG claim periods); AT, "
        "Datenschutzbehörde: 7 months from the application, without consent (a decision); GB, "
        "ICO: no number, not beyond the period in which a claim can be brought (6 months is "
        "our reading, not the ICO's). Where an authority names no number (BE; DE, AT and GB "
        "with consent) nothing is checked and JP518 says so. Each limit, its source and date "
        "are in journeyplan/rules/retention.py. Keeping data without consent past the limit "
        "is an error."
    ),
    "explain.JP518": N_(
        "A talent pool's retention is only checked against a country's limits when the plan "
        "names its jurisdiction (plan.jurisdiction: NL): without it no country's limits are "
        "assumed, not even the Dutch ones, and this information says so. It also appears when "
        "the jurisdiction's authority publishes no number for the case (such as BE, or data "
        "kept with consent in DE): then the plan should record why the retention is "
        "necessary."
    ),
    "explain.JP519": N_(
        "plan.jurisdiction (an ISO 3166-1 alpha-2 country code such as NL) names a country "
        "whose retention limits journeyplan does not know, so no talent pool's retention can "
        "be checked. Known: AT, BE, DE, GB, NL. A typo (NE for NL) is the usual cause."
    ),
    "explain.JP520": N_(
        "A talent pool is there to re-engage candidates, not to store them: the talent "
        "database is actively maintained. Like an exit it is not a dead end (JP404), but a "
        "trigger must leave it to contact the candidate again (a check-in, a new vacancy), "
        "with a delay shorter than the retention, or the data expires before anyone uses it."
    ),
    "why.JP512": N_(
        "A majority of candidates lose interest when nobody contacts them for about ten days."
    ),
    "why.JP513": N_(
        "Candidates remember a journey by its worst moment and its end; a rejection that is "
        "both is what they tell others."
    ),
    "why.JP514": N_(
        "A literal '{frist_name}' in a message tells the candidate they are one of a mailing."
    ),
    "why.JP515": N_(
        "Candidates expect a personal experience; one text for everyone is personal to nobody."
    ),
    "why.JP516": N_(
        "Without consent and a retention period on record, nobody can say whether keeping the "
        "data is lawful."
    ),
    "why.JP517": N_(
        "Data kept longer than the data-protection authority accepts is a complaint, or a "
        "fine, waiting to happen."
    ),
    "why.JP518": N_("A retention nobody checked is a retention nobody can defend."),
    "why.JP519": N_("An unknown jurisdiction silently switches the retention check off."),
    "why.JP520": N_(
        "A talent pool nobody re-engages is a list of forgotten candidates, kept at a "
        "data-protection risk for nothing."
    ),
    "example.JP512.bad": N_("at most 1d of silence in process, but 'ack' to 'hire' takes 2d"),
    "example.JP512.fix": N_("at most 10d of silence, and 'hire' comes within it"),
    "example.JP513.bad": N_("'reject' is the low point and nothing follows"),
    "example.JP513.fix": N_("after 'reject': an invitation back to 'video'"),
    "example.JP514.bad": N_("a typo in the placeholder"),
    "example.JP514.fix": N_("a declared field"),
    "example.JP515.bad": N_("the same text for technicians and career switchers"),
    "example.JP515.fix": N_("personalised with a field"),
    "example.JP516.bad": N_("consent asked? how long is the data kept?"),
    "example.JP516.fix": N_("consent and retention declared"),
    "example.JP517.bad": N_("26 weeks without consent; the Dutch limit is 4 weeks"),
    "example.JP517.fix": N_("with consent, within a year"),
    "example.JP518.bad": N_("which country's limits apply?"),
    "example.JP518.fix": N_("the employer's country"),
    "example.JP519.bad": N_("no limits known for FR"),
    "example.JP519.fix": N_("a country journeyplan knows"),
    "example.JP520.bad": N_("nothing leaves the talent pool"),
    "example.JP520.fix": N_("a check-in after 26 weeks, within the 52 weeks of retention"),
    "ui.matrix.experience": N_("experience {score}"),
    "ui.matrix.talent_pool": N_("talent pool"),
}
