"""Field types for codes written as text: a colour ``#rrggbb`` and an ISO 4217 currency
code (plan format 1.1). Like every
:class:`~journeyplan.plan.fields.FieldType`, a value that does not fit is JP009 at its place.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.nodes import Node, ScalarNode

from journeyplan.plan.fields import FieldType, Text, _shown
from journeyplan.plan.validator import INVALID, Validator
from journeyplan.source.scalars import STR, resolve_scalar
from journeyplan.suggest import did_you_mean


class Colour(Text):
    """A colour ``#rrggbb`` (hexadecimal, either case), e.g. ``"#EE7733"`` (quoted in YAML,
    where ``#`` would start a comment). Anything else is JP009."""

    def convert(self, node: Node, v: Validator) -> Any:
        value = Text.convert(self, node, v)
        if value is INVALID:
            return value
        if not COLOUR.match(str(value)):
            v.report("JP009", node, value=value, allowed='#rrggbb, e.g. "#EE7733"')
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": COLOUR.pattern}


COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


#: ISO 4217 alphabetic codes of currencies in use (List One, maintained by SIX for ISO, with
#: the 2025 amendments: XCG, ZWG). Funds and precious metals (XAU, XDR ...) are left out: a
#: recruitment budget is not kept in them.
CURRENCIES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
    MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT
    TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VED VND VUV WST XAF XCD XCG XOF XPF YER
    ZAR ZMW ZWG
    """.split()
)


class Currency(FieldType):
    """An ISO 4217 currency code in use, in capitals (``EUR``). Anything else is JP009 with
    a did-you-mean: ``eur`` -> ``EUR``, ``EURO`` -> ``EUR``."""

    expected = "text"

    pattern = "^(" + "|".join(sorted(CURRENCIES)) + ")$"

    def convert(self, node: Node, v: Validator) -> Any:
        if isinstance(node, ScalarNode):  # a number or true is not a currency either
            if node.value in CURRENCIES and resolve_scalar(node) == STR:
                return node.value
            upper = node.value.strip().upper()
            suggestion = upper if upper in CURRENCIES else did_you_mean(upper, CURRENCIES)
            v.report(
                "JP009", node, "JP009.currency", value=_shown(node.value), suggestion=suggestion
            )
            return INVALID
        return self.wrong(node, v)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": sorted(CURRENCIES)}
