"""The rule examples of plan format 1.1 (JP512-JP520: the candidate experience over time,
personalised content, the talent pool), in the form :mod:`journeyplan.rules.examples`
describes: ``(code, bad, fix)``, each snippet a part of its base plan, ``#!`` marking where
the translated comment goes."""

from __future__ import annotations

#: The base plan's plan section with one more line (EXTRA) at its end.
_PLAN_WITH = """\
plan:
  name: Example plan
  stages:
    - {{id: attract, name: Attract}}
    - {{id: apply, name: Apply}}
{extra}
"""

_SWITCHERS = """\
target_groups:
  - {id: switchers, name: Career switchers, description: Retraining into the trade}
personas:
  - {id: noor, name: Noor, target_group: switchers, motivations: [learning], channels: [insta, whatsapp]}
"""

#: A talent pool after the rejection, re-engaged after six months; TERMS adds its consent
#: and retention. The snippet ends on the pool's line (a marker may follow).
_POOL = """\
triggers:
  - {{from: rejection, to: pool, event: says yes to the talent pool, delay: 1d}}
  - {{from: pool, to: video, event: six-month check-in, delay: 26w}}
touchpoints:
  - {{id: pool, stage: apply, channel: whatsapp, kind: talent_pool{terms}}}"""


EXAMPLES_1_1: list[tuple[str, str, str]] = [
    (
        "JP512",
        _PLAN_WITH.format(extra="  max_silence: 1d  #!")
        + """\
triggers:
  - {from: ack, to: offer, event: match, delay: 2d}
""",
        _PLAN_WITH.format(extra="  max_silence: 10d  #!")
        + """\
triggers:
  - {from: ack, to: offer, event: match, delay: 2d}
""",
    ),
    (
        "JP513",
        """\
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest], experience: 2}
  - {id: rejection, stage: apply, channel: whatsapp, kind: rejection, feedback: true, experience: -2}  #!
""",
        """\
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest], experience: 2}
  - {id: rejection, stage: apply, channel: whatsapp, kind: rejection, feedback: true, experience: -2}
triggers:
  - {from: rejection, to: video, event: invited to the next video, delay: 1w}  #!
""",
    ),
    (
        "JP514",
        _PLAN_WITH.format(extra="  fields: [first_name]")
        + """\
touchpoints:
  - {id: ack, stage: apply, channel: whatsapp, response_time: 2d, message: "Thanks {frist_name}!"}  #!
""",
        _PLAN_WITH.format(extra="  fields: [first_name]")
        + """\
touchpoints:
  - {id: ack, stage: apply, channel: whatsapp, response_time: 2d, message: "Thanks {first_name}!"}  #!
""",
    ),
    (
        "JP515",
        _PLAN_WITH.format(extra="  fields: [first_name]")
        + _SWITCHERS
        + """\
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest], message: "See how we work"}  #!
""",
        _PLAN_WITH.format(extra="  fields: [first_name]")
        + _SWITCHERS
        + """\
touchpoints:
  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest], message: "{first_name}, see how we work"}  #!
""",
    ),
    (
        "JP516",
        _PLAN_WITH.format(extra="  jurisdiction: NL") + _POOL.format(terms="") + "  #!\n",
        _PLAN_WITH.format(extra="  jurisdiction: NL")
        + _POOL.format(terms=", consent: true, retention: 52w")
        + "  #!\n",
    ),
    (
        "JP517",
        _PLAN_WITH.format(extra="  jurisdiction: NL")
        + _POOL.format(terms=", consent: false, retention: 26w")
        + "  #!\n",
        _PLAN_WITH.format(extra="  jurisdiction: NL")
        + _POOL.format(terms=", consent: true, retention: 52w")
        + "  #!\n",
    ),
    (
        "JP518",
        _PLAN_WITH.format(extra="")
        + _POOL.format(terms=", consent: true, retention: 52w")
        + "  #!\n",
        _PLAN_WITH.format(extra="  jurisdiction: NL  #!")
        + _POOL.format(terms=", consent: true, retention: 52w")
        + "\n",
    ),
    (
        "JP519",
        _PLAN_WITH.format(extra="  jurisdiction: FR  #!")
        + _POOL.format(terms=", consent: true, retention: 52w")
        + "\n",
        _PLAN_WITH.format(extra="  jurisdiction: NL  #!")
        + _POOL.format(terms=", consent: true, retention: 52w")
        + "\n",
    ),
    (
        "JP520",
        _PLAN_WITH.format(extra="  jurisdiction: NL")
        + _POOL.format(terms=", consent: true, retention: 52w").replace(
            "  - {from: pool, to: video, event: six-month check-in, delay: 26w}\n", ""
        )
        + "  #!\n",
        _PLAN_WITH.format(extra="  jurisdiction: NL")
        + _POOL.format(terms=", consent: true, retention: 52w").replace(
            "delay: 26w}", "delay: 26w}  #!"
        )
        + "\n",
    ),
]
