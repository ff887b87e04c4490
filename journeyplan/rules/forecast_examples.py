"""The failing and fixed snippets of the forecast rules (plan format 1.1), in the form of
:mod:`journeyplan.rules.examples` (which adds them to ``EXAMPLES``): each snippet opts in to
the forecast, so the base plan gets reach at its entry and rates on the triggers that
lead to a conversion point (video -> form -> ack -> offer)."""

from __future__ import annotations

_VIDEO = "  - {{id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest], reach: {reach}}}{mark}\n"
_RATES = """\
triggers:
  - {{from: video, to: form, event: taps apply, rate: {apply}}}{mark}
  - {{from: form, to: ack, event: sent, rate: 1}}
  - {{from: ack, to: offer, event: match, rate: {match}}}
"""
_NOOR = (
    "personas:\n  - {id: noor, name: Noor, target_group: techs, "
    "motivations: [regular hours], channels: [insta, whatsapp]}\n"
)


def _plan(
    reach="10000", apply="6%", match="0.1", video_mark="", rate_mark="", more="", sent="1"
) -> str:
    """The video entry with REACH (plus touchpoints MORE) and the rated triggers."""
    rates = _RATES.format(apply=apply, match=match, mark=rate_mark)
    if sent != "1":
        rates = rates.replace("event: sent, rate: 1}", sent)
    return "touchpoints:\n" + _VIDEO.format(reach=reach, mark=video_mark) + more + rates


#: (code, bad, fix)
FORECAST_EXAMPLES: list[tuple[str, str, str]] = [
    (
        "JP110",
        "target_groups:\n"
        "  - {id: techs, name: Technicians, description: MBO 3-4 technicians, hires_needed: 12}"
        "  #!\n" + _plan(reach="1000", match="0.5%"),
        "target_groups:\n"
        "  - {id: techs, name: Technicians, description: MBO 3-4 technicians, hires_needed: 12}\n"
        + _plan(reach="50000", match="0.5%", video_mark="  #!"),
    ),
    (
        "JP310",
        _plan(
            more="  - {id: form, stage: apply, channel: whatsapp, "
            "conversion: {goal: application}, brand: [fair-pay], reach: 600}  #!\n"
        ),
        _plan(video_mark="  #!"),
    ),
    (
        "JP311",
        _NOOR + _plan(reach="10000", video_mark="  #!"),
        _NOOR + _plan(reach="{sam: 8000, noor: 2000}", video_mark="  #!"),
    ),
    (
        "JP313",
        _NOOR + "touchpoints:\n"
        "  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest], "
        "personas: [sam], reach: {sam: 10000, noor: 2000}}  #!\n"
        "  - {id: noor-ad, stage: attract, channel: insta, entry: true, "
        "brand: [academy, honest], personas: [noor], reach: 500}\n"
        + _RATES.format(apply="6%", match="0.1", mark="")
        + "  - {from: noor-ad, to: form, event: taps apply, rate: 5%}\n",
        _NOOR + "touchpoints:\n"
        "  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest], "
        "personas: [sam], reach: {sam: 10000}}  #!\n"
        "  - {id: noor-ad, stage: attract, channel: insta, entry: true, "
        "brand: [academy, honest], personas: [noor], reach: 500}\n"
        + _RATES.format(apply="6%", match="0.1", mark="")
        + "  - {from: noor-ad, to: form, event: taps apply, rate: 5%}\n",
    ),
    (
        "JP315",
        "touchpoints:\n"
        "  - {id: video, stage: attract, channel: insta, entry: true, brand: [academy, honest]}"
        "  #!\n" + _RATES.format(apply="6%", match="0.1", mark=""),
        _plan(video_mark="  #!"),
    ),
    (
        "JP314",
        _plan(
            apply="0.5%",
            more="  - {id: form, stage: apply, channel: whatsapp, "
            "conversion: {goal: application, target_rate: 5%}, brand: [fair-pay]}  #!\n",
        ),
        _plan(
            apply="0.5%",
            more="  - {id: form, stage: apply, channel: whatsapp, "
            "conversion: {goal: application, target_rate: 0.4%}, brand: [fair-pay]}  #!\n",
        ),
    ),
    (
        "JP410",
        _plan(sent="event: sent, rate: 0.8}  #!")
        + "  - {from: form, to: rejection, event: withdrawn, rate: 0.4}\n",
        _plan(sent="event: sent, rate: 0.6}  #!")
        + "  - {from: form, to: rejection, event: withdrawn, rate: 0.4}\n",
    ),
    (
        "JP411",
        "touchpoints:\n"
        + _VIDEO.format(reach="10000", mark="")
        + "  - {id: story, stage: attract, channel: insta, brand: [academy]}\n"
        + _RATES.format(apply="0", match="0.1", mark="")
        + "  - {from: video, to: story, event: swipes on, rate: 1}\n"
        "  - {from: story, to: video, event: swipes back, rate: 1}  #!\n",
        "touchpoints:\n"
        + _VIDEO.format(reach="10000", mark="")
        + "  - {id: story, stage: attract, channel: insta, brand: [academy]}\n"
        + _RATES.format(apply="6%", match="0.1", mark="")
        + "  - {from: video, to: story, event: swipes on, rate: 0.5}\n"
        "  - {from: story, to: video, event: swipes back, rate: 0.3}  #!\n",
    ),
    (
        "JP416",
        "touchpoints:\n" + _VIDEO.format(reach="10000", mark="") + "triggers:\n"
        "  - {from: video, to: form, event: taps apply}  #!\n"
        "  - {from: form, to: ack, event: sent, rate: 1}\n"
        "  - {from: ack, to: offer, event: match, rate: 0.1}\n",
        _plan(rate_mark="  #!"),
    ),
    (
        "JP417",
        "channels:\n  - {id: email, name: E-mail, type: email, budget: 500}  #!\n" + _plan(),
        "channels:\n  - {id: insta, name: Instagram, type: social, budget: 500}  #!\n" + _plan(),
    ),
]
