"""The client report's headings and labels, in English and Dutch.

Keys start with ``report.``; :func:`label` renders one in the report's language and falls back
to :func:`journeyplan.messages.render_message` for every other key (rule titles, questions,
severities, matrix labels), so the report and the terminal say the same thing in the same
words. Values are :meth:`str.format` templates; arguments are inserted literally.
"""

from __future__ import annotations

from typing import Any

from journeyplan.messages import render_message

EN: dict[str, str] = {
    "report.title": "Candidate journey plan",
    "report.kicker": "Recruitment marketing plan",
    "report.as_of": "Plan as of {date}",
    "report.not_in_git": "Plan not in git: no commit date",
    "report.uncommitted": "includes changes not yet committed",
    "report.generator": "Made with journeyplan {version} from the plan's YAML files",
    "report.contents": "Contents",
    "report.at_a_glance": "At a glance",
    "report.count.target_groups": "target groups",
    "report.count.personas": "personas",
    "report.count.touchpoints": "touchpoints",
    "report.count.conversions": "conversion points",
    "report.count.channels": "channels",
    "report.count.answered": "of {total} checklist answers complete",
    "report.page": "Page",
    "report.question": "Question {number}",
    # employer brand
    "report.brand": "Employer brand",
    "report.brand.lead": "What the employer stands for, and where candidates meet it.",
    "report.brand.proposition": "Proposition",
    "report.brand.none": "The plan states no proposition yet.",
    "report.brand.qualifiers": "Qualifiers",
    "report.brand.qualifiers.hint": "what a candidate takes for granted",
    "report.brand.winners": "Winners",
    "report.brand.winners.hint": "what sets the employer apart",
    "report.brand.personality": "Brand personality",
    "report.brand.personality.hint": "the employer's character",
    "report.brand.empty": "none yet",
    "report.brand.along": "Where the brand appears along the journey",
    "report.brand.element": "Brand element",
    "report.brand.nowhere": "on no touchpoint yet",
    # target groups
    "report.target_groups": "Target groups",
    "report.target_groups.lead": "Who the employer recruits from.",
    "report.tg.group": "Target group",
    "report.tg.size": "Labour-market size",
    "report.tg.hires_needed": "Hires needed",
    "report.tg.priority": "Priority",
    "report.tg.personas": "Personas",
    "report.tg.none": "The plan names no target group yet.",
    "report.priority.high": "high",
    "report.priority.medium": "medium",
    "report.priority.low": "low",
    # personas
    "report.personas": "Personas",
    "report.personas.lead": "The people behind each target group: what drives them, what puts "
    "them off, where to reach them.",
    "report.persona.target_group": "Target group",
    "report.persona.job_search": "Job search",
    "report.persona.motivations": "Motivations",
    "report.persona.frustrations": "Frustrations",
    "report.persona.channels": "Preferred channels",
    "report.persona.touchpoints": "Touchpoints on the journey",
    "report.persona.none": "The plan has no persona yet.",
    "report.job_search.active": "active: looking for a job",
    "report.job_search.latent": "latent: open to a better offer",
    "report.job_search.passive": "passive: not looking",
    # checklist
    "report.checklist": "The five-question checklist",
    "report.checklist.lead": "For each persona: is each of the five questions answered by the "
    "plan? Every finding below says what is missing and where.",
    "report.verdict.pass": "answered",
    "report.verdict.warn": "needs attention",
    "report.verdict.fail": "not answered",
    "report.checklist.not_evaluated": "The checklist could not be evaluated: some plan files "
    "could not be read ({files}).",
    "report.checklist.findings": "Findings",
    "report.checklist.clean": "No findings: the plan answers every question.",
    "report.checklist.structure": "Plan structure",
    "report.checklist.whole_plan": "whole plan",
    "report.severity.error": "must fix",
    "report.severity.warning": "should fix",
    "report.severity.info": "for information",
    # matrix
    "report.matrix": "Coverage per stage",
    "report.matrix.lead": "The touchpoints each persona meets in each stage of the journey, "
    "with their channel. Conversion points are marked; an empty cell is a gap.",
    "report.matrix.gap": "gap",
    "report.matrix.conversion": "conversion point",
    # maps
    "report.maps": "Journey maps",
    "report.maps.lead": "One map per persona, stages from left to right, channels by colour.",
    "report.maps.persona": "Journey of {name}",
    "report.maps.overview": "Overview of all journeys",
    "report.maps.skipped": "No map for persona '{id}': its id is not valid.",
    # forecast
    "report.forecast": "Forecast",
    "report.forecast.lead": "How many candidates each step is expected to bring, from the "
    "reach of the entries to the hires (bars on a logarithmic scale, so every step stays "
    "visible).",
    "report.forecast.reach": "Reached",
    "report.forecast.hires": "Hires",
    "report.forecast.bottleneck": "bottleneck: {share} go on from the step before",
    "report.forecast.step_share": "{share} of the step before",
    "report.forecast.cost_per_hire": "Cost per hire: {amount}",
    "report.forecast.groups": "Hires per target group",
    "report.forecast.short": "{hires} of {needed} needed",
    # experience
    "report.experience": "Candidate experience",
    "report.experience.lead": "How the candidate is meant to feel at each touchpoint, from "
    "-2 (frustrated) to +2 (delighted), in the order of the journey.",
    "report.experience.low": "lowest point",
    "report.experience.scale.-2": "frustrated",
    "report.experience.scale.0": "neutral",
    "report.experience.scale.2": "delighted",
    # months, for the cover date
    "report.month.1": "January",
    "report.month.2": "February",
    "report.month.3": "March",
    "report.month.4": "April",
    "report.month.5": "May",
    "report.month.6": "June",
    "report.month.7": "July",
    "report.month.8": "August",
    "report.month.9": "September",
    "report.month.10": "October",
    "report.month.11": "November",
    "report.month.12": "December",
    "report.date": "{day} {month} {year}",
    # errors (one line on stderr, exit 2)
    "report.no-graphviz": "Graphviz is not installed: the report's journey maps need its 'dot' "
    "program (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)",
    "report.no-weasyprint": "--format pdf needs WeasyPrint: pip install 'journeyplan[pdf]' "
    "(or write HTML and print it from a browser)",
    "report.no-pango": "--format pdf needs WeasyPrint's system libraries (Pango): apt-get install "
    "libpango-1.0-0 libpangoft2-1.0-0 (macOS: brew install pango); {detail}",
    "report.pdf-failed": "WeasyPrint could not write the PDF: {detail}",
    "report.not-ours": "'{path}' exists and was not written by journeyplan; nothing was written "
    "(move it, or choose another file with -o)",
    "report.not-a-file": "'{path}' is not a regular file; nothing was written",
    "report.cannot-write": "cannot write '{path}': {reason}",
    "report.plan-has-errors": "note: the plan has {errors} error(s); the report shows them in "
    "its checklist. 'journeyplan check {path}' lists them too.",
    "report.nothing": "not written down yet",
}

NL: dict[str, str] = {
    "report.title": "Plan voor de candidate journey",
    "report.kicker": "Recruitmentmarketingplan",
    "report.as_of": "Stand van het plan: {date}",
    "report.not_in_git": "Plan niet in git: geen datum van een commit",
    "report.uncommitted": "met wijzigingen die nog niet zijn vastgelegd",
    "report.generator": "Gemaakt met journeyplan {version} uit de YAML-bestanden van het plan",
    "report.contents": "Inhoud",
    "report.at_a_glance": "In één oogopslag",
    "report.count.target_groups": "doelgroepen",
    "report.count.personas": "persona's",
    "report.count.touchpoints": "contactpunten",
    "report.count.conversions": "conversiepunten",
    "report.count.channels": "kanalen",
    "report.count.answered": "van {total} antwoorden op de checklist compleet",
    "report.page": "Pagina",
    "report.question": "Vraag {number}",
    "report.brand": "Werkgeversmerk",
    "report.brand.lead": "Waar de werkgever voor staat, en waar kandidaten dat tegenkomen.",
    "report.brand.proposition": "Propositie",
    "report.brand.none": "Het plan noemt nog geen propositie.",
    "report.brand.qualifiers": "Qualifiers",
    "report.brand.qualifiers.hint": "wat een kandidaat vanzelfsprekend vindt",
    "report.brand.winners": "Winners",
    "report.brand.winners.hint": "waarmee de werkgever zich onderscheidt",
    "report.brand.personality": "Merkpersoonlijkheid",
    "report.brand.personality.hint": "het karakter van de werkgever",
    "report.brand.empty": "nog geen",
    "report.brand.along": "Waar het merk terugkomt in de journey",
    "report.brand.element": "Merkelement",
    "report.brand.nowhere": "nog op geen enkel contactpunt",
    "report.target_groups": "Doelgroepen",
    "report.target_groups.lead": "Uit wie de werkgever werft.",
    "report.tg.group": "Doelgroep",
    "report.tg.size": "Omvang arbeidsmarkt",
    "report.tg.hires_needed": "Benodigde aannames",
    "report.tg.priority": "Prioriteit",
    "report.tg.personas": "Persona's",
    "report.tg.none": "Het plan noemt nog geen doelgroep.",
    "report.priority.high": "hoog",
    "report.priority.medium": "middel",
    "report.priority.low": "laag",
    "report.personas": "Persona's",
    "report.personas.lead": "De mensen achter elke doelgroep: wat hen drijft, wat hen afschrikt "
    "en waar je hen bereikt.",
    "report.persona.target_group": "Doelgroep",
    "report.persona.job_search": "Zoekgedrag",
    "report.persona.motivations": "Drijfveren",
    "report.persona.frustrations": "Ergernissen",
    "report.persona.channels": "Voorkeurskanalen",
    "report.persona.touchpoints": "Contactpunten in de journey",
    "report.persona.none": "Het plan heeft nog geen persona.",
    "report.job_search.active": "actief: zoekt een baan",
    "report.job_search.latent": "latent: staat open voor een beter aanbod",
    "report.job_search.passive": "passief: zoekt niet",
    "report.checklist": "De checklist van vijf vragen",
    "report.checklist.lead": "Per persona: beantwoordt het plan elk van de vijf vragen? Elke "
    "bevinding hieronder zegt wat er ontbreekt en waar.",
    "report.verdict.pass": "beantwoord",
    "report.verdict.warn": "aandachtspunt",
    "report.verdict.fail": "niet beantwoord",
    "report.checklist.not_evaluated": "De checklist kon niet worden beoordeeld: sommige "
    "bestanden van het plan konden niet worden gelezen ({files}).",
    "report.checklist.findings": "Bevindingen",
    "report.checklist.clean": "Geen bevindingen: het plan beantwoordt elke vraag.",
    "report.checklist.structure": "Planstructuur",
    "report.checklist.whole_plan": "hele plan",
    "report.severity.error": "moet opgelost",
    "report.severity.warning": "beter oplossen",
    "report.severity.info": "ter informatie",
    "report.matrix": "Dekking per fase",
    "report.matrix.lead": "De contactpunten die elke persona in elke fase van de journey "
    "tegenkomt, met hun kanaal. Conversiepunten zijn gemarkeerd; een lege cel is een gat.",
    "report.matrix.gap": "gat",
    "report.matrix.conversion": "conversiepunt",
    "report.maps": "Journeymaps",
    "report.maps.lead": "Eén kaart per persona, de fasen van links naar rechts, de kanalen "
    "in kleur.",
    "report.maps.persona": "Journey van {name}",
    "report.maps.overview": "Overzicht van alle journeys",
    "report.maps.skipped": "Geen kaart voor persona '{id}': de id is niet geldig.",
    "report.forecast": "Prognose",
    "report.forecast.lead": "Hoeveel kandidaten elke stap naar verwachting oplevert, van het "
    "bereik van de startpunten tot de aannames (balken op een logaritmische schaal, zodat elke "
    "stap zichtbaar blijft).",
    "report.forecast.reach": "Bereikt",
    "report.forecast.hires": "Aannames",
    "report.forecast.bottleneck": "knelpunt: {share} gaat door vanaf de stap ervoor",
    "report.forecast.step_share": "{share} van de stap ervoor",
    "report.forecast.cost_per_hire": "Kosten per aanname: {amount}",
    "report.forecast.groups": "Aannames per doelgroep",
    "report.forecast.short": "{hires} van {needed} nodig",
    "report.experience": "Kandidaatbeleving",
    "report.experience.lead": "Hoe de kandidaat zich bij elk contactpunt hoort te voelen, van "
    "-2 (gefrustreerd) tot +2 (enthousiast), in de volgorde van de journey.",
    "report.experience.low": "dieptepunt",
    "report.experience.scale.-2": "gefrustreerd",
    "report.experience.scale.0": "neutraal",
    "report.experience.scale.2": "enthousiast",
    "report.month.1": "januari",
    "report.month.2": "februari",
    "report.month.3": "maart",
    "report.month.4": "april",
    "report.month.5": "mei",
    "report.month.6": "juni",
    "report.month.7": "juli",
    "report.month.8": "augustus",
    "report.month.9": "september",
    "report.month.10": "oktober",
    "report.month.11": "november",
    "report.month.12": "december",
    "report.date": "{day} {month} {year}",
    "report.no-graphviz": "Graphviz is niet geïnstalleerd: de journeymaps in het rapport hebben "
    "het programma 'dot' nodig (Debian/Ubuntu: apt-get install graphviz; macOS: brew install "
    "graphviz)",
    "report.no-weasyprint": "--format pdf heeft WeasyPrint nodig: pip install 'journeyplan[pdf]' "
    "(of schrijf HTML en druk die af vanuit een browser)",
    "report.no-pango": "--format pdf heeft de systeembibliotheken van WeasyPrint (Pango) nodig: "
    "apt-get install libpango-1.0-0 libpangoft2-1.0-0 (macOS: brew install pango); {detail}",
    "report.pdf-failed": "WeasyPrint kon de PDF niet schrijven: {detail}",
    "report.not-ours": "'{path}' bestaat al en is niet door journeyplan geschreven; er is niets "
    "geschreven (verplaats het of kies met -o een ander bestand)",
    "report.not-a-file": "'{path}' is geen gewoon bestand; er is niets geschreven",
    "report.cannot-write": "kan '{path}' niet schrijven: {reason}",
    "report.plan-has-errors": "let op: het plan heeft {errors} fout(en); het rapport toont ze in "
    "de checklist. 'journeyplan check {path}' somt ze ook op.",
    "report.nothing": "nog niet beschreven",
}

CATALOGUES = {"en": EN, "nl": NL}


def label(key: str, lang: str = "en", **args: Any) -> str:
    """The text of KEY in LANG (en | nl), filled with ARGS: a ``report.*`` key from this
    module (English when LANG has no text for it), any other key from the message catalogue.
    An unknown ``report.*`` key is returned as it is."""
    if not key.startswith("report."):
        return render_message(key, args, lang)
    template = CATALOGUES.get(lang, EN).get(key) or EN.get(key, key)
    return template.format(**args) if args else template
