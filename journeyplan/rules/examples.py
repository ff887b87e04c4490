"""For every rule: a YAML snippet that triggers it and the fixed snippet (``journeyplan
explain CODE`` shows them).

The snippets are language-neutral YAML; their comments come from the message catalogue
(``example.<CODE>.bad`` and ``example.<CODE>.fix``), so they are translated. In a snippet,
``#!`` marks where that comment goes (at the end of a line, or alone on a line); without the
marker the comment is the first line. A line ``# --- NAME.yaml`` starts a new file.

Each snippet is a part of :data:`BASE`, a small plan that passes every check: stages
``attract`` and ``apply``; brand elements ``fair-pay`` (qualifier), ``academy`` (winner) and
``honest`` (personality); target group ``techs``; persona ``sam``; channels ``insta``
(social) and ``whatsapp`` (messaging, 2h); touchpoints ``video`` (entry) -> ``form``
(application) -> ``ack`` (2d) -> ``rejection`` (with feedback) | ``offer`` (hire).
:func:`example_files` embeds a snippet in it: the snippet's ``plan`` and ``employer_brand``
replace the base's, its list items replace base items with the same id (triggers: the same
from/to) and are otherwise added, and sections named in :attr:`RuleExample.replace` are
replaced whole. tests/rules/test_examples.py checks that every bad snippet triggers its rule
and every fix passes every check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journeyplan.i18n import render_message

#: The clean plan the snippets are part of, one list item per line.
BASE: dict[str, str] = {
    "plan": """\
plan:
  name: Example plan
  stages:
    - {id: attract, name: Attract}
    - {id: apply, name: Apply}
""",
    "employer_brand": """\
employer_brand:
  proposition: People work in technology
  qualifiers:
    - {id: fair-pay, text: Fair pay}
  winners:
    - {id: academy, text: Own academy}
  personality:
    - {id: honest, text: Honest}
""",
    "target_groups": """\
target_groups:
  - {id: techs, name: Technicians, description: MBO 3-4 technicians}
""",
    "personas": """\
personas:
  - {id: sam, name: Sam, target_group: techs, motivations: [craft], channels: [insta, whatsapp]}
""",
    "channels": """\
channels:
  - {id: insta, name: Instagram, type: social}
  - {id: whatsapp, name: WhatsApp, type: messaging, response_time: 2h}
""",
    "touchpoints": """\
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest]}
  - {id: form, stage: apply, channel: whatsapp, conversion: {goal: application}, brand: [fair-pay]}
  - {id: ack, stage: apply, channel: whatsapp, response_time: 2d}
  - {id: rejection, stage: apply, channel: whatsapp, kind: rejection, feedback: true}
  - {id: offer, stage: apply, channel: whatsapp, conversion: {goal: hire}}
""",
    "triggers": """\
triggers:
  - {from: video, to: form, event: taps apply}
  - {from: form, to: ack, event: sent}
  - {from: ack, to: rejection, event: no match}
  - {from: ack, to: offer, event: match}
""",
}

#: Rules whose failing case a text snippet cannot show (JP020 needs a symbolic link).
NO_EXAMPLE = frozenset({"JP020"})

BASE_FILE = "base.yaml"
SNIPPET_FILE = "example.yaml"


@dataclass(frozen=True)
class RuleExample:
    """The failing snippet (``bad``) and the fixed one (``fix``) of rule ``code``.
    ``replace``: base sections both snippets replace whole. ``encoding``: how the bad
    snippet's files are saved (only JP016 is about encodings)."""

    code: str
    bad: str
    fix: str
    replace: tuple[str, ...] = ()
    encoding: str = "utf-8"


_DEEP = "[" * 200 + "]" * 200

_BRAND = """\
employer_brand:
  proposition: People work in technology
  qualifiers:
    - {id: fair-pay, text: Fair pay}
  winners:
    - {id: academy, text: Own academy}
  personality:
    - {id: honest, text: Honest}
"""

_SAM = (
    "  - {id: sam, name: Sam, target_group: techs, motivations: [craft], "
    "channels: [insta, whatsapp]}\n"
)

_TOUCHPOINTS_FOR = """\
touchpoints:
  - {{id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest], personas: [{p}]}}
  - {{id: form, stage: apply, channel: whatsapp, conversion: {{goal: application}}, brand: [fair-pay], personas: [{p}]}}
  - {{id: ack, stage: apply, channel: whatsapp, response_time: 2d, personas: [{p}]}}
  - {{id: rejection, stage: apply, channel: whatsapp, kind: rejection, feedback: true, personas: [{p}]}}
  - {{id: offer, stage: apply, channel: whatsapp, conversion: {{goal: hire}}, personas: [{p}]}}
"""

_NOOR = (
    "personas:\n  - {id: noor, name: Noor, target_group: techs, "
    "motivations: [regular hours], channels: [insta, whatsapp]}\n"
)

EXAMPLES: dict[str, RuleExample] = {
    e.code: e
    for e in [
        # ------------------------------------------------------------------ plan structure
        RuleExample(
            "JP001",
            """\
touchpoints:
  - id: video
    name: Day in the life: Sam  #!
    stage: attract
    channel: insta
    entry: true
    brand: [academy, honest]
""",
            """\
touchpoints:
  - id: video
    name: "Day in the life: Sam"  #!
    stage: attract
    channel: insta
    entry: true
    brand: [academy, honest]
""",
        ),
        RuleExample(
            "JP002",
            """\
touchpoints:
  - id: video
    stage: attract
    channel: insta
    entry: true
    brand: [academy, honest]
    channel: whatsapp  #!
""",
            """\
touchpoints:
  - id: video
    stage: attract
    channel: insta  #!
    entry: true
    brand: [academy, honest]
""",
        ),
        RuleExample(
            "JP003",
            """\
touchpoints:
  - id: video
    stage: attract
    channel: insta
    entry: true
    brand: [academy, honest]
    mesage: Day in the life  #!
""",
            """\
touchpoints:
  - id: video
    stage: attract
    channel: insta
    entry: true
    brand: [academy, honest]
    message: Day in the life  #!
""",
        ),
        RuleExample(
            "JP004",
            """\
personas:
  - id: sam
    target_group: techs
    motivations: craft, regular hours  #!
    channels: [insta, whatsapp]
""",
            """\
personas:
  - id: sam
    target_group: techs
    motivations: [craft, regular hours]  #!
    channels: [insta, whatsapp]
""",
        ),
        RuleExample(
            "JP005",
            """\
target_groups:
  - id: MBO techs  #!
    name: Technicians
    description: MBO 3-4 technicians
""",
            """\
target_groups:
  - id: techs  #!
    name: Technicians
    description: MBO 3-4 technicians
""",
        ),
        RuleExample(
            "JP006",
            """\
channels:
  - {id: insta, name: Instagram, type: social}
  - {id: whatsapp, name: WhatsApp, type: messaging, response_time: 2h}
  - {id: insta, name: Instagram Stories, type: social}  #!
""",
            """\
channels:
  - {id: insta, name: Instagram, type: social}
  - {id: whatsapp, name: WhatsApp, type: messaging, response_time: 2h}
  - {id: insta-stories, name: Instagram Stories, type: social}  #!
""",
        ),
        RuleExample(
            "JP007",
            """\
touchpoints:
  - {id: video, stage: attract, channel: instagram, entry: true, brand: [academy, honest]}  #!
""",
            """\
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest]}  #!
""",
        ),
        RuleExample(
            "JP008",
            """\
channels:
  - {id: whatsapp, type: messaging, response_time: asap}  #!
""",
            """\
channels:
  - {id: whatsapp, type: messaging, response_time: 2h}  #!
""",
        ),
        RuleExample(
            "JP009",
            """\
channels:
  - {id: whatsapp, type: chat, response_time: 2h}  #!
""",
            """\
channels:
  - {id: whatsapp, type: messaging, response_time: 2h}  #!
""",
        ),
        RuleExample(
            "JP010",
            """\
touchpoints:
  - {id: video, channel: insta, entry: true, brand: [academy, honest]}  #!
""",
            """\
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest]}  #!
""",
        ),
        RuleExample(
            "JP011",
            """\
# --- personas.yaml
#!
""",
            """\
# --- personas.yaml
#!
personas:
"""
            + _SAM,
        ),
        RuleExample(
            "JP012",
            """\
# --- personas.yaml
#!
"""
            + _SAM.lstrip(),
            """\
# --- personas.yaml
#!
personas:
"""
            + _SAM,
        ),
        RuleExample(
            "JP013",
            """\
personas: !include personas.yaml  #!
""",
            """\
# --- personas.yaml
#!
personas:
"""
            + _SAM,
        ),
        RuleExample(
            "JP014",
            f"""\
personas:
  - id: sam
    target_group: techs
    motivations: {_DEEP}  #!
    channels: [insta, whatsapp]
""",
            """\
personas:
  - id: sam
    target_group: techs
    motivations: [craft]  #!
    channels: [insta, whatsapp]
""",
        ),
        RuleExample(
            "JP015",
            """\
# --- brand.yaml
employer_brand:
  proposition: People work in technology
  qualifiers:
    - {id: fair-pay, text: Fair pay}
  personality:
    - {id: honest, text: Honest}
# --- winners.yaml
employer_brand:  #!
  winners:
    - {id: academy, text: Own academy}
""",
            """\
# --- brand.yaml
employer_brand:  #!
  proposition: People work in technology
  qualifiers:
    - {id: fair-pay, text: Fair pay}
  winners:
    - {id: academy, text: Own academy}
  personality:
    - {id: honest, text: Honest}
""",
        ),
        RuleExample(
            "JP016",
            """\
# --- personas.yaml
#!
personas:
  - {id: sam, name: José, target_group: techs, motivations: [craft], channels: [insta, whatsapp]}
""",
            """\
# --- personas.yaml
#!
personas:
  - {id: sam, name: José, target_group: techs, motivations: [craft], channels: [insta, whatsapp]}
""",
            encoding="cp1252",
        ),
        RuleExample(
            "JP017",
            """\
#!
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest]}  # journeyplan: ignore[JP404]
""",
            """\
#!
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest]}
""",
        ),
        RuleExample(
            "JP018",
            """\
plan:
  name: Example plan
  stages:
    - {id: attract, name: Attract}
    - {id: apply, name: Apply}
  checks:
    JP1O2: off  #!
""",
            """\
plan:
  name: Example plan
  stages:
    - {id: attract, name: Attract}
    - {id: apply, name: Apply}
  checks:
    JP102: off  #!
""",
        ),
        RuleExample(
            "JP019",
            """\
# --- docker-compose.yaml
#!
services:
  web: {image: nginx}
""",
            """\
# --- docker-compose.yaml
#!
channels: []
""",
        ),
        # JP020 (a link to a folder) has no example: a snippet cannot hold a symbolic link.
        # ------------------------------------------------------------------ question 1
        RuleExample(
            "JP101",
            """\
target_groups: []  #!
""",
            """\
target_groups:
  - {id: techs, name: Technicians, description: MBO 3-4 technicians}  #!
""",
            replace=("target_groups",),
        ),
        RuleExample(
            "JP102",
            """\
target_groups:
  - {id: techs, name: Technicians}  #!
""",
            """\
target_groups:
  - {id: techs, name: Technicians, description: MBO 3-4 technicians}  #!
""",
        ),
        RuleExample(
            "JP103",
            """\
target_groups:
  - {id: techs, name: Technicians, description: MBO 3-4 technicians}
  - {id: switchers, name: Career switchers, description: 25-45 year olds from logistics}  #!
""",
            """\
target_groups:
  - {id: techs, name: Technicians, description: MBO 3-4 technicians}
  - {id: switchers, name: Career switchers, description: 25-45 year olds from logistics}
personas:
  - {id: noor, name: Noor, target_group: switchers, motivations: [learning on the job], channels: [insta, whatsapp]}  #!
""",
        ),
        # ------------------------------------------------------------------ question 2
        RuleExample(
            "JP201",
            """\
personas: []  #!
""",
            """\
personas:
  - {id: sam, name: Sam, target_group: techs, motivations: [craft], channels: [insta, whatsapp]}  #!
""",
            replace=("personas",),
        ),
        RuleExample(
            "JP202",
            """\
personas:
  - {id: sam, name: Sam, motivations: [craft], channels: [insta, whatsapp]}  #!
""",
            """\
personas:
  - {id: sam, name: Sam, target_group: techs, motivations: [craft], channels: [insta, whatsapp]}  #!
""",
        ),
        RuleExample(
            "JP203",
            """\
personas:
  - {id: sam, name: Sam, target_group: techs, channels: [insta, whatsapp]}  #!
""",
            """\
personas:
  - {id: sam, name: Sam, target_group: techs, motivations: [craft, regular hours], channels: [insta, whatsapp]}  #!
""",
        ),
        RuleExample(
            "JP204",
            """\
personas:
  - {id: sam, name: Sam, target_group: techs, motivations: [craft]}  #!
""",
            """\
personas:
  - {id: sam, name: Sam, target_group: techs, motivations: [craft], channels: [insta, whatsapp]}  #!
""",
        ),
        # ------------------------------------------------------------------ question 3
        RuleExample(
            "JP301",
            "#!\n" + _NOOR + _TOUCHPOINTS_FOR.format(p="sam"),
            "#!\n" + _NOOR + _TOUCHPOINTS_FOR.format(p="sam, noor"),
        ),
        RuleExample(
            "JP302",
            """\
#!
touchpoints:
  - {id: form, stage: apply, channel: whatsapp, brand: [fair-pay]}
  - {id: offer, stage: apply, channel: whatsapp}
""",
            """\
#!
touchpoints:
  - {id: form, stage: apply, channel: whatsapp, conversion: {goal: application}, brand: [fair-pay]}
  - {id: offer, stage: apply, channel: whatsapp, conversion: {goal: hire}}
""",
        ),
        RuleExample(
            "JP303",
            """\
touchpoints:
  - {id: open-day, stage: attract, channel: insta, conversion: {goal: event_signup}}  #!
""",
            """\
touchpoints:
  - {id: open-day, stage: attract, channel: insta, conversion: {goal: event_signup}}
triggers:
  - {from: video, to: open-day, event: taps sign up}  #!
""",
        ),
        # ------------------------------------------------------------------ question 4
        RuleExample(
            "JP401",
            """\
touchpoints:
  - {id: video, stage: attract, channel: whatsapp, entry: true, brand: [academy, honest]}  #!
""",
            """\
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest]}  #!
""",
        ),
        RuleExample(
            "JP402",
            """\
triggers:
  - {from: video, to: form}  #!
""",
            """\
triggers:
  - {from: video, to: form, event: taps apply}  #!
""",
        ),
        RuleExample(
            "JP403",
            """\
touchpoints:
  - {id: faq, stage: attract, channel: insta}  #!
triggers:
  - {from: faq, to: form, event: taps apply}
""",
            """\
touchpoints:
  - {id: faq, stage: attract, channel: insta}
triggers:
  - {from: video, to: faq, event: opens the FAQ}  #!
  - {from: faq, to: form, event: taps apply}
""",
        ),
        RuleExample(
            "JP404",
            """\
touchpoints:
  - {id: faq, stage: attract, channel: insta}  #!
triggers:
  - {from: video, to: faq, event: opens the FAQ}
""",
            """\
touchpoints:
  - {id: faq, stage: attract, channel: insta}
triggers:
  - {from: video, to: faq, event: opens the FAQ}
  - {from: faq, to: form, event: taps apply}  #!
""",
        ),
        RuleExample(
            "JP405",
            """\
channels:
  - {id: indeed, name: Indeed, type: job_board}
touchpoints:
  - {id: ad, stage: attract, channel: indeed, entry: true, brand: [fair-pay]}  #!
triggers:
  - {from: ad, to: form, event: taps apply}
""",
            """\
personas:
  - {id: sam, name: Sam, target_group: techs, motivations: [craft], channels: [insta, whatsapp, indeed]}  #!
channels:
  - {id: indeed, name: Indeed, type: job_board}
touchpoints:
  - {id: ad, stage: attract, channel: indeed, entry: true, brand: [fair-pay]}
triggers:
  - {from: ad, to: form, event: taps apply}
""",
        ),
        RuleExample(
            "JP406",
            """\
touchpoints:
  - {id: video, stage: attract, channel: insta, brand: [academy, honest]}  #!
triggers:
  - {from: rejection, to: video, event: new vacancy, delay: 26w}
""",
            """\
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest]}  #!
triggers:
  - {from: rejection, to: video, event: new vacancy, delay: 26w}
""",
        ),
        # ------------------------------------------------------------------ question 5
        RuleExample(
            "JP501",
            """\
employer_brand:  #!
  qualifiers:
    - {id: fair-pay, text: Fair pay}
  winners:
    - {id: academy, text: Own academy}
  personality:
    - {id: honest, text: Honest}
""",
            _BRAND.replace(
                "proposition: People work in technology",
                "proposition: People work in technology  #!",
            ),
        ),
        RuleExample(
            "JP502",
            """\
employer_brand:  #!
  proposition: People work in technology
  winners:
    - {id: academy, text: Own academy}
  personality:
    - {id: honest, text: Honest}
""",
            _BRAND.replace("  qualifiers:", "  qualifiers:  #!"),
        ),
        RuleExample(
            "JP503",
            """\
employer_brand:  #!
  proposition: People work in technology
  qualifiers:
    - {id: fair-pay, text: Fair pay}
  personality:
    - {id: honest, text: Honest}
""",
            _BRAND.replace("  winners:", "  winners:  #!"),
        ),
        RuleExample(
            "JP504",
            """\
employer_brand:  #!
  proposition: People work in technology
  qualifiers:
    - {id: fair-pay, text: Fair pay}
  winners:
    - {id: academy, text: Own academy}
""",
            _BRAND.replace("  personality:", "  personality:  #!"),
        ),
        RuleExample(
            "JP505",
            """\
touchpoints:
  - {id: form, stage: apply, channel: whatsapp, conversion: {goal: application}}  #!
""",
            """\
touchpoints:
  - {id: form, stage: apply, channel: whatsapp, conversion: {goal: application}, brand: [fair-pay]}  #!
""",
        ),
        RuleExample(
            "JP506",
            _BRAND.replace(
                "    - {id: academy, text: Own academy}\n",
                "    - {id: academy, text: Own academy}\n    - {id: own-van, text: Your own van}  #!\n",
            ),
            _BRAND.replace(
                "    - {id: academy, text: Own academy}\n",
                "    - {id: academy, text: Own academy}\n    - {id: own-van, text: Your own van}\n",
            )
            + """\
touchpoints:
  - {id: offer, stage: apply, channel: whatsapp, conversion: {goal: hire}, brand: [own-van]}  #!
""",
        ),
        RuleExample(
            "JP507",
            """\
touchpoints:
  - {id: ack, stage: apply, channel: whatsapp}  #!
""",
            """\
touchpoints:
  - {id: ack, stage: apply, channel: whatsapp, response_time: 2d}  #!
""",
        ),
        RuleExample(
            "JP508",
            """\
touchpoints:
  - {id: rejection, stage: apply, channel: whatsapp, kind: rejection}  #!
""",
            """\
touchpoints:
  - {id: rejection, stage: apply, channel: whatsapp, kind: rejection, feedback: true}  #!
""",
        ),
        RuleExample(
            "JP509",
            """\
channels:
  - {id: whatsapp, name: WhatsApp, type: messaging, response_time: 48h}  #!
""",
            """\
channels:
  - {id: whatsapp, name: WhatsApp, type: messaging, response_time: 4h}  #!
""",
        ),
        RuleExample(
            "JP510",
            """\
channels:
  - {id: whatsapp, name: WhatsApp, type: messaging}  #!
""",
            """\
channels:
  - {id: whatsapp, name: WhatsApp, type: messaging, response_time: 2h}  #!
""",
        ),
        RuleExample(
            "JP511",
            """\
touchpoints:
  - {id: ack, stage: apply, channel: whatsapp, response_time: 2d}
triggers:
  - {from: ack, to: offer, event: match, delay: 5d}  #!
""",
            """\
touchpoints:
  - {id: ack, stage: apply, channel: whatsapp, response_time: 2d}
triggers:
  - {from: ack, to: offer, event: match, delay: 2d}  #!
""",
        ),
    ]
}

_MARK = "#!"
_FILE_MARK = re.compile(r"^# --- (\S+)$")
_SECTION = re.compile(r"^([a-z_]+):")
_ID = re.compile(r"\bid:\s*([A-Za-z0-9_-]+)")
_PAIR = re.compile(r"\bfrom:\s*([A-Za-z0-9_-]+),\s*to:\s*([A-Za-z0-9_-]+)")


def snippet(code: str, which: str, lang: str = "en") -> str:
    """The ``bad`` or ``fix`` snippet of rule CODE as shown to the user, with its comment
    in LANG. Raises ``KeyError`` for a rule without an example."""
    example = EXAMPLES[code]
    text = example.bad if which == "bad" else example.fix
    note = "# " + render_message(f"example.{code}.{which}", None, lang)
    out = []
    placed = False
    for line in text.splitlines():
        if line.rstrip().endswith(_MARK) and not placed:
            head = line.rstrip()[: -len(_MARK)].rstrip()
            line = f"{head}  {note}" if head else note
            placed = True
        out.append(line)
    if not placed:
        out.insert(0, note)
    return "\n".join(out) + "\n"


def split_files(text: str) -> list[tuple[str, str]]:
    """A snippet's files: ``(name, text)`` in order; ``# --- NAME`` lines start a file,
    text before the first such line belongs to :data:`SNIPPET_FILE`."""
    files: list[tuple[str, list[str]]] = []
    for line in text.splitlines(keepends=True):
        mt = _FILE_MARK.match(line.rstrip("\n"))
        if mt:
            files.append((mt.group(1), []))
        else:
            if not files:
                files.append((SNIPPET_FILE, []))
            files[-1][1].append(line)
    return [
        (name, "".join(lines))
        for name, lines in files
        if name != SNIPPET_FILE or "".join(lines).strip()
    ]


def _sections(text: str) -> dict[str, str]:
    """Top-level section name -> its text (a regex scan, so it works on broken YAML)."""
    out: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines(keepends=True):
        mt = _SECTION.match(line)
        if mt:
            current = mt.group(1)
            out.setdefault(current, [])
        if current is not None:
            out[current].append(line)
    return {k: "".join(v) for k, v in out.items()}


def example_files(code: str, which: str, lang: str = "en") -> dict[str, str]:
    """The files of a plan that holds the ``bad`` or ``fix`` snippet of rule CODE in
    :data:`BASE`: file name -> text. The snippet files keep their names (default
    :data:`SNIPPET_FILE`); the rest of the base is :data:`BASE_FILE`."""
    example = EXAMPLES[code]
    files = split_files(snippet(code, which, lang))
    given: dict[str, str] = {}
    for _, text in files:
        for name, body in _sections(text).items():
            given[name] = given.get(name, "") + body
    base_parts = []
    for name, body in BASE.items():
        if name in example.replace or (name in given and name in ("plan", "employer_brand")):
            continue
        if name in given:
            ids = set(_ID.findall(given[name]))
            pairs = set(_PAIR.findall(given[name]))
            lines = body.splitlines(keepends=True)
            kept = [
                ln
                for ln in lines[1:]
                if not (set(_ID.findall(ln)[:1]) & ids or set(_PAIR.findall(ln)) & pairs)
            ]
            body = lines[0] + "".join(kept) if kept else ""
        base_parts.append(body)
    return {BASE_FILE: "".join(base_parts), **dict(files)}


def _forecast_examples() -> None:
    from journeyplan.rules.forecast_examples import FORECAST_EXAMPLES

    for code, bad, fix in FORECAST_EXAMPLES:
        EXAMPLES[code] = RuleExample(code, bad, fix)


_forecast_examples()
