"""The forecast (plan format 1.1, "Forecast fields" and "Rates as people write them"): the
findings of its rules (JP110, JP310-JP313, JP314, JP315, JP410-JP416, JP417), their titles,
explanations, why they matter and example comments, the rate hint of JP009, and the texts of
``journeyplan forecast``.

Keys are stable (findings and errors store them); the values are the English message ids,
extracted into the gettext catalogue by ``pybabel extract`` (docs/architecture.md).
"""

from __future__ import annotations

from journeyplan.i18n import N_

MESSAGES = {
    "JP110": N_("target group '{id}': forecast {hires} hires of {needed} needed"),
    "JP310": N_(
        "touchpoint '{id}' is not an entry of {persona_id}'s journey: reach belongs on entries (people arrive elsewhere by triggers and their rates)"
    ),
    "JP311": N_(
        "touchpoint '{id}' is an entry of several personas ({personas}): write its reach per persona, e.g. reach: {{persona: number}}"
    ),
    "JP313": N_(
        "the reach of touchpoint '{id}' names {persona_id}, whose journey does not include it"
    ),
    "JP315": N_(
        "entry '{id}' of {persona_id}'s journey has no reach: the forecast of what follows it cannot be computed"
    ),
    "JP314": N_(
        "conversion point '{id}' in {persona_id}'s journey: forecast {share} of the reached people ({expected}), target {target}"
    ),
    "JP410": N_("the rates of the triggers leaving touchpoint '{id}' sum to {total}, more than 1"),
    "JP411": N_("a loop nobody leaves: {loop} (the rates add up to 1 at every step)"),
    "JP416": N_("trigger from '{source}' to '{target}' has no rate; the forecast needs it"),
    "JP417": N_("channel '{id}' has a budget, but no journey uses it"),
    "title.JP110": N_("Forecast below hires needed"),
    "title.JP310": N_("Reach on a touchpoint that is no entry"),
    "title.JP311": N_("One reach for several personas"),
    "title.JP313": N_("Reach for a persona that does not pass here"),
    "title.JP315": N_("Entry without reach"),
    "title.JP314": N_("Conversion forecast below target rate"),
    "title.JP410": N_("Rates summing to more than 1"),
    "title.JP411": N_("Loop nobody leaves"),
    "title.JP416": N_("Trigger without rate"),
    "title.JP417": N_("Budget on an unused channel"),
    "explain.JP110": N_(
        "The forecast (journeyplan forecast) adds up the expected hires of the target group's personas: reach at the entries times the rates of the triggers along the journey. It stays below the group's hires_needed, so the plan as written does not deliver. Reach more people, raise the rates of the weakest steps (the forecast names them), or add a route. Only plans with forecast data are checked. Question 1, because hires_needed is the target group's own goal."
    ),
    "explain.JP310": N_(
        "reach says how many people of a persona arrive at an entry in the plan's period. On a touchpoint that is not an entry of the journey people arrive only through triggers, and the forecast follows their rates, so a reach there would be ignored. Move it to the entry, or mark the touchpoint entry: true. Question 3: the intended contact points and how many they reach."
    ),
    "explain.JP311": N_(
        "An entry that several personas share reaches a different number of each of them. A plain number cannot say whose people they are, so the forecast does not guess: write reach as a mapping, one number per persona. Question 3."
    ),
    "explain.JP313": N_(
        "A reach mapping names a persona whose journey does not include this touchpoint (its personas list leaves them out), so the number counts for nobody. Remove the key or add the persona to the touchpoint. Question 3."
    ),
    "explain.JP315": N_(
        "The plan carries forecast data, but this entry does not say how many people of the persona it reaches. Everything downstream of it cannot be forecast and shows as unknown. Add reach (a number, or a mapping per persona on a shared entry). One finding per entry and persona. Question 3."
    ),
    "explain.JP314": N_(
        "The forecast share of the persona's reached people (the sum of its entries' reach) who arrive at this conversion point is below its target_rate. A warning: a forecast is an estimate, but the plan as written does not meet its own target. Question 3: the intended conversion points."
    ),
    "explain.JP410": N_(
        "A rate is the share of the candidates at a touchpoint who follow that trigger. The rates of all triggers leaving one touchpoint in a persona's journey can sum to at most 1 (what is left drops out); more than 1 would create people. The forecast of what follows is not computed. Question 4: the triggers of the journey."
    ),
    "explain.JP411": N_(
        "Every touchpoint of this loop sends all of its candidates on around the loop (the rates sum to 1 and none leads out), so they circle for ever: the forecast's matrix I - Q is singular and journeyplan does not invert it. Lower a rate so that some candidates drop out, or add a trigger that leaves the loop. Question 4."
    ),
    "explain.JP416": N_(
        'The plan carries forecast data, but this trigger has no rate, and a conversion point or a budgeted channel lies behind it. What lies downstream cannot be forecast and shows as unknown. Add rate: a share 0..1 or a percentage such as "6%". One finding per trigger. Question 4.'
    ),
    "explain.JP417": N_(
        "A channel carries a budget, but no touchpoint of any persona's journey is on it. The money is planned but reaches nobody, and the forecast cannot assign it to a persona (it still counts in the total budget). Add the channel to a journey or drop the budget. Question 4: the channels of the journey."
    ),
    "why.JP110": N_(
        "Hiring goals are why a plan exists; a plan that cannot reach them on its own numbers needs another decision before it goes to the client."
    ),
    "why.JP310": N_(
        "A number that the forecast ignores is worse than none: the reader believes it counts."
    ),
    "why.JP311": N_(
        "Shared entries (a career site, a job board) reach personas in very different numbers; one number would give every persona the same people."
    ),
    "why.JP313": N_(
        "A reach that counts for nobody makes the forecast quietly smaller than the consultant thinks."
    ),
    "why.JP315": N_(
        "Without reach there is nobody to forecast: no applications, no hires, no cost per hire."
    ),
    "why.JP314": N_(
        "A target rate the plan does not reach on its own numbers is a promise nobody can keep; better to see it before the campaign starts."
    ),
    "why.JP410": N_(
        "Rates over 1 give forecasts with more candidates than were reached, which no client will believe."
    ),
    "why.JP411": N_(
        "In a loop nobody leaves, expected visits are infinite: every figure behind it would be meaningless."
    ),
    "why.JP416": N_(
        "A forecast is only as good as its weakest step; a missing rate is an unknown step."
    ),
    "why.JP417": N_(
        "Budget on a channel that no journey uses is spent without a candidate journey behind it."
    ),
    "example.JP110.bad": N_("12 hires needed, the funnel delivers 0.4"),
    "example.JP110.fix": N_("a realistic goal for this reach"),
    "example.JP310.bad": N_("reach on a touchpoint people arrive at by a trigger"),
    "example.JP310.fix": N_("reach on the entry"),
    "example.JP311.bad": N_("one number on an entry two personas share"),
    "example.JP311.fix": N_("reach per persona"),
    "example.JP313.bad": N_("Noor does not pass 'video'"),
    "example.JP313.fix": N_("only personas whose journey includes it"),
    "example.JP315.bad": N_("an entry without reach in a plan with rates"),
    "example.JP315.fix": N_("how many people the entry reaches"),
    "example.JP314.bad": N_("target 5%, forecast 0.5%"),
    "example.JP314.fix": N_("a target the journey's rates can reach"),
    "example.JP410.bad": N_("80% + 40% of the candidates leave 'apply'"),
    "example.JP410.fix": N_("shares that sum to at most 1"),
    "example.JP411.bad": N_("everybody goes back and forth for ever"),
    "example.JP411.fix": N_("some candidates drop out of the loop"),
    "example.JP416.bad": N_("no rate on the step to 'apply'"),
    "example.JP416.fix": N_("the share that follows the trigger"),
    "example.JP417.bad": N_("budget on a channel no touchpoint uses"),
    "example.JP417.fix": N_("the budget where a journey uses the channel"),
    "ui.forecast.title.personas": N_("Forecast per persona"),
    "ui.forecast.title.conversions": N_("Conversion points"),
    "ui.forecast.title.target_groups": N_("Target groups"),
    "ui.forecast.title.levers": N_("Improve first (the triggers whose rate moves the hires most)"),
    "ui.forecast.reach": N_("Reach"),
    "ui.forecast.applications": N_("Applications"),
    "ui.forecast.other": N_("Other conversions"),
    "ui.forecast.hires": N_("Hires"),
    "ui.forecast.cost": N_("Cost"),
    "ui.forecast.per_application": N_("Per application"),
    "ui.forecast.per_hire": N_("Per hire"),
    "ui.forecast.total": N_("Total"),
    "ui.forecast.conversion": N_("Conversion point"),
    "ui.forecast.goal": N_("Goal"),
    "ui.forecast.expected": N_("Expected"),
    "ui.forecast.share": N_("Share of reach"),
    "ui.forecast.target": N_("Target"),
    "ui.forecast.time": N_("Time to reach"),
    "ui.forecast.target_group": N_("Target group"),
    "ui.forecast.needed": N_("Needed"),
    "ui.forecast.status": N_("Status"),
    "ui.forecast.short": N_("{n} short"),
    "ui.forecast.on_track": N_("on track"),
    "ui.forecast.rank": N_("#"),
    "ui.forecast.trigger": N_("Trigger"),
    "ui.forecast.rate": N_("Rate"),
    "ui.forecast.elasticity": N_("Elasticity"),
    "ui.forecast.point": N_("One point more rate"),
    "ui.forecast.plus_hires": N_("+{n} hires"),
    "ui.forecast.immediately": N_("immediately"),
    "ui.forecast.none.0": N_("The plan has no persona."),
    "ui.forecast.none.1": N_("No persona's journey has a conversion point."),
    "ui.forecast.none.2": N_("The plan has no target group."),
    "ui.forecast.none.3": N_("No trigger changes the expected hires (no hires forecast)."),
    "ui.forecast.legend": N_(
        "Counts are expected numbers of people in the plan's period; cost is the channels' budgets split by visits; time to reach is the mean for those who get there. Elasticity 1.0: 10% more rate gives 10% more hires."
    ),
    # why a figure shows {unknown} (—): one line per reason that occurs in the forecast
    "ui.forecast.unknown.budget": N_(
        "{unknown} under Cost, Per application and Per hire: no budgets in the plan (give the channels a budget to forecast costs)."
    ),
    "ui.forecast.unknown.no_applications": N_(
        "{unknown} under Per application: no applications are forecast to divide the cost by."
    ),
    "ui.forecast.unknown.no_hires": N_(
        "{unknown} under Per hire: no hires are forecast to divide the cost by."
    ),
    "ui.forecast.unknown.nobody": N_(
        "{unknown} under Share of reach or Time to reach: nobody is forecast to get there."
    ),
    "ui.forecast.unknown.problem": N_(
        "{unknown}: cannot be computed, because a value the forecast needs is missing or invalid; the error messages printed with the forecast say where (file:line:column), as journeyplan check does."
    ),
    "ui.forecast.no_data": N_(
        "the plan has no forecast data: add reach to the entries and rate to the triggers (docs/forecast.md)"
    ),
    "ui.forecast.plan_errors": N_(
        "the plan has {errors}; the forecast uses what is valid. Run "
        "'journeyplan check {path:shell}' for the details."
    ).counting(errors="count.errors"),
    "JP009.rate_comma": N_(
        "'{value}' has a decimal comma; numbers in YAML take a decimal point: did you mean {meant}?"
    ),
    "JP009.rate": N_(
        "'{value}' is not a rate: a rate is 0..1 or a percentage; did you mean {meant} ({percent})?"
    ),
}
