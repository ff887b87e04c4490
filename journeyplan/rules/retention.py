"""How long a talent pool may keep a candidate's data, per jurisdiction: the one table.

``plan.jurisdiction`` (ISO 3166-1 alpha-2) picks a row of :data:`RETENTION_LIMITS`; the
talent-pool rules (:mod:`journeyplan.rules.q5_talent_pool`, question 5) hold a
``talent_pool`` touchpoint's ``retention`` to its ``without_consent`` limit (``consent:
false``) or its ``with_consent`` limit (``consent: true``).

Read this before trusting a number. No country in this table has a statute that says how
long applicant data may be kept: the GDPR (art. 5(1)(e), storage limitation) and the UK
GDPR only say "no longer than necessary". Every limit below is what the data-protection
authority (or, where it names no number, the claim period it points to) says, and its
``basis`` says which:

- ``recommendation``: a number the authority publishes as guidance (not binding law);
- ``decision``: a number the authority accepted in a decision on a complaint;
- ``derived``: the authority names no number but ties the period to a statutory claim
  period; the number is our reading of that period, not the authority's.

Where the authority says nothing that gives a number, the limit is ``None``: the rules then
say that the retention is not checked (JP518) rather than invent one. The sources were
searched on the date given; each entry names the authority, the page or document, and how
the number was read. Review them before a plan goes in front of a client, and when an
authority updates its guidance: the date is the date of the guidance (or of the report of
it that was read), not of this code.
"""

from __future__ import annotations

from journeyplan.record import record

#: Minutes per unit of a limit. A month is a twelfth of a 365-day year, so "6 months" is
#: 182.5 days and 26w (182 days) is within it; a year is 365 days, so 52w is within it.
UNIT_MINUTES = {"w": 7 * 24 * 60, "m": 365 * 24 * 60 // 12, "y": 365 * 24 * 60}


@record
class Limit:
    """A retention limit: ``amount`` of ``unit`` (``w`` weeks, ``m`` months, ``y`` years),
    ``basis`` (``recommendation`` | ``decision`` | ``derived``, see the module text) and
    what the period is ``counted_from``."""

    amount: int
    unit: str
    basis: str
    counted_from: str = "the end of the procedure"

    @property
    def minutes(self) -> int:
        return self.amount * UNIT_MINUTES[self.unit]


@record
class Jurisdiction:
    """One row: the ISO 3166-1 alpha-2 ``code``, the data-protection ``authority``, the
    limits without and with the candidate's consent (``None``: the authority gives no
    number), the ``source`` (authority, page or document title), its ``date`` (ISO 8601)
    and a ``note`` on how the numbers were read."""

    code: str
    authority: str
    without_consent: Limit | None
    with_consent: Limit | None
    source: str
    date: str
    note: str


RETENTION_LIMITS: dict[str, Jurisdiction] = {
    j.code: j
    for j in (
        Jurisdiction(
            "AT",
            "Datenschutzbehörde",
            Limit(7, "m", "decision", counted_from="the receipt of the application"),
            None,
            "Datenschutzbehörde, decision on the erasure of an unsuccessful applicant's data "
            "(2018), reported in ARD 6624/2018 and by Eversheds Sutherland Austria, "
            "'Datenschutzbehörde bestätigt: Bewerberdaten können sieben Monate lang "
            "aufbewahrt werden'",
            "2018",
            "The DSB accepted seven months from receipt of the application: the six-month "
            "period for discrimination claims (Gleichbehandlungsgesetz §§ 15, 29) plus one "
            "month for the claim to be served. A decision, not a statute. It names no "
            "period for data kept with consent.",
        ),
        Jurisdiction(
            "BE",
            "Gegevensbeschermingsautoriteit / Autorité de protection des données",
            None,
            None,
            "GBA/APD: no published guidance on retention of applicant data (Lexing Belgium, "
            "'Conservation des données de candidats par un recruteur: quel délai?'; "
            "Katholiek Onderwijs Vlaanderen, 'In België bestaan (nog) geen richtlijnen voor "
            "bewaartermijnen'); its 2022 reprimand of a company that kept mailing a "
            "rejected applicant (Securex, 'Vergeet de persoonsgegevens van de "
            "sollicitanten niet te wissen', 2022-07-05)",
            "2022-07-05",
            "The Belgian authority has published no number. Its 2022 reprimand says the "
            "data of an applicant who is not hired serve no purpose once the procedure "
            "ends; a recruitment reserve needs the candidate informed and able to object. "
            "Practitioners often borrow the Dutch 4 weeks / 1 year; that is not Belgian "
            "guidance, so it is not applied here.",
        ),
        Jurisdiction(
            "DE",
            "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit",
            Limit(6, "m", "recommendation", counted_from="the rejection"),
            None,
            "BfDI, Basiswissen 'Beschäftigte' (bfdi.bund.de): the employer may keep the "
            "application documents 'für maximal sechs Monate' to defend against a claim "
            "under the AGG",
            "2025-07-30",
            "Six months after the rejection: two months to raise an AGG claim (§ 15 (4) "
            "AGG) plus three to sue (§ 61b ArbGG). The BfDI's guidance, not a statute; the "
            "Land authorities say the same in substance. No authority names a period for "
            "a talent pool kept with consent; the date is that of the report quoting the "
            "BfDI page (ds123.de).",
        ),
        Jurisdiction(
            "GB",
            "Information Commissioner's Office",
            Limit(6, "m", "derived", counted_from="the end of the procedure"),
            None,
            "ICO, 'Keeping recruitment records' (UK GDPR guidance, Employment: recruitment "
            "and selection; draft for consultation until 2024-03-05)",
            "2024-03-05",
            "The ICO names no timescale: records of unsuccessful candidates should not be "
            "kept beyond the statutory period in which a claim about the recruitment can "
            "be brought without a clear business reason. That period is three months less "
            "a day (Equality Act 2010 s. 123), extended by Acas early conciliation; six "
            "months is our reading, not an ICO number. No period for data kept with "
            "consent.",
        ),
        Jurisdiction(
            "NL",
            "Autoriteit Persoonsgegevens",
            Limit(4, "w", "recommendation", counted_from="the end of the procedure"),
            Limit(1, "y", "recommendation", counted_from="the end of the procedure"),
            "Autoriteit Persoonsgegevens, topic 'Sollicitatie' (how long an organisation "
            "may keep application data), following the NVP Sollicitatiecode",
            "2018-04-23",
            "The AP advises deleting the data of an applicant who is not hired at the "
            "latest four weeks after the procedure ends, and up to one year with the "
            "applicant's consent. Guidance, not a statute (the AVG names no term). The "
            "AP page itself was not reachable from here: the figures are as quoted from it "
            "by privacy-web.nl (2018-04-23), Lena advocaten and VKA.",
        ),
    )
}


def jurisdiction(code: str | None) -> Jurisdiction | None:
    """The row for CODE (``nl`` and ``NL`` alike), or ``None`` when CODE is ``None`` or not
    in the table."""
    if code is None:
        return None
    return RETENTION_LIMITS.get(code.strip().upper())


def limit_for(row: Jurisdiction, consent: bool) -> Limit | None:
    """ROW's limit for data kept with CONSENT (or without it)."""
    return row.with_consent if consent else row.without_consent
