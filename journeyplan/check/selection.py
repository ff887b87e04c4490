"""Which rules report, and how loudly: ``plan.checks``, ``--select`` and ``--ignore``.

Three layers decide the severity of every finding, in this order:

1. the rule's default severity (:mod:`journeyplan.rules`);
2. the plan's ``plan.checks`` (rule code -> ``off | info | warning | error``);
3. the command line: ``--select`` and ``--ignore`` (ruff-style selectors), which override
   the plan. A selector is a rule code (``JP405``) or a prefix of codes: ``JP4`` is every
   rule of checklist question 4, ``JP0`` every plan-structure rule, ``JP40`` JP401-JP406.
   For each code the most specific (longest) matching selector wins; on a tie ``--ignore``
   wins. With ``--select`` only the selected rules report, and a selected rule reports even
   when ``plan.checks`` turns it ``off`` (at the plan's level otherwise, else its default).

Findings that mean a file could not be read at all (:data:`ALWAYS_ON`: YAML syntax error,
input too large, unreadable file) are always errors: no configuration, selector or
suppression turns them off, because a plan that was not read cannot pass.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from journeyplan.errors import UsageError
from journeyplan.findings import Finding, Location
from journeyplan.plan.model import Plan
from journeyplan.record import record
from journeyplan.rules import REGISTRY
from journeyplan.suggest import did_you_mean

#: Codes that can never be turned off or down: the file they concern was not read.
ALWAYS_ON = frozenset({"JP001", "JP014", "JP016"})


@record
class Selection:
    """The command line's rule selection: ``select`` (``None`` = every rule) and
    ``ignore``, each a tuple of upper-case selectors (codes or code prefixes)."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()

    @classmethod
    def parse(
        cls, select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
    ) -> Selection:
        """Build a selection from option values; each value may hold several selectors
        separated by commas (``--select JP4,JP501``). Raises :class:`UsageError`
        (exit 2) for a selector that matches no rule code (with a did-you-mean when one is
        close, else the range of the codes); for an option whose values hold no selector at
        all (``--select ""``); and for ``--ignore`` of a code in :data:`ALWAYS_ON`."""
        sel = parse_selectors(select, "--select") if select else None
        ign = parse_selectors(ignore, "--ignore") if ignore else ()
        for option, values, parsed in (("--select", select, sel), ("--ignore", ignore, ign)):
            if values and not parsed:  # --select "" (an unset variable in CI): no rule at all
                written = ",".join(values)
                raise UsageError("selection.empty", option=option, value=written, **code_ranges())
        for s in ign:
            if s in ALWAYS_ON:
                raise UsageError("selection.always-on", code=s, option="--ignore")
        return cls(sel or None, ign)

    def decide(self, code: str) -> bool | None:
        """``True`` when the command line selects CODE, ``False`` when it deselects it,
        ``None`` when it has no opinion (no ``--select`` given and no ``--ignore`` matches)."""
        best_len, verdict = -1, None
        for s in self.select or ():
            if code.startswith(s) and len(s) > best_len:
                best_len, verdict = len(s), True
        for s in self.ignore:
            if code.startswith(s) and len(s) >= best_len:
                best_len, verdict = len(s), False
        if verdict is None and self.select is not None:
            return False
        return verdict


def parse_selectors(values: Iterable[str], option: str) -> tuple[str, ...]:
    """Split VALUES on commas, upper-case them and check each one matches at least one
    rule code. Returns the selectors in the order given, without duplicates. Raises
    :class:`UsageError` naming OPTION for an unknown one (with a did-you-mean)."""
    out: list[str] = []
    for value in values:
        for part in value.split(","):
            s = part.strip().upper()
            if not s:
                continue
            if not any(code.startswith(s) for code in REGISTRY):
                suggestion = close_selector(s)
                if suggestion:
                    raise UsageError(
                        "selection.unknown", code=part.strip(), option=option, suggestion=suggestion
                    )
                raise UsageError(
                    "selection.unknown.range", code=part.strip(), option=option, **code_ranges()
                )
            if s not in out:
                out.append(s)
    return tuple(out)


#: Letters typed for the digits they look like (``JP4O5``, ``JPl01``), after upper-casing.
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_WRITTEN_CODE = re.compile(r"J?P?[\s_-]*(\d{1,3})")


def close_selector(written: str) -> str:
    """A rule code or prefix close to WRITTEN (upper case), an unknown selector, or ``''``.
    Close means the same digits: written with look-alike letters (``JP4O5`` -> ``JP405``),
    without or with part of the ``JP`` (``405``, ``J405``), or with two digits swapped
    (``JP450`` -> ``JP405``, ``JP504``). ``JP9`` or ``JP999`` share no digits with a rule
    and get no suggestion (a did-you-mean by spelling alone would be any code)."""
    found = _WRITTEN_CODE.fullmatch(written.translate(_DIGIT_LOOKALIKES))
    if found is None:
        return ""
    digits = found.group(1)
    selectors = {code[:n] for code in REGISTRY for n in range(3, len(code) + 1)}
    if "JP" + digits in selectors:
        return did_you_mean(written, ["JP" + digits]) or "JP" + digits
    swapped = {
        "JP" + "".join(p)
        for p in set(itertools.permutations(digits))
        if "".join(p) != digits and sum(a != b for a, b in zip(p, digits)) == 2
    }
    choices = sorted(swapped & selectors)
    if not choices:
        return ""
    return did_you_mean(written, choices) or choices[0]


def code_ranges() -> dict[str, str]:
    """The first and last rule code of the plan's structure (JP0xx) and of the checklist
    questions (JP1xx-JP5xx), for messages that say which codes exist."""
    structure = sorted(c for c in REGISTRY if c.startswith("JP0"))
    questions = sorted(c for c in REGISTRY if not c.startswith("JP0"))
    return {
        "structure_first": structure[0],
        "structure_last": structure[-1],
        "questions_first": questions[0],
        "questions_last": questions[-1],
    }


def plan_levels(plan: Plan) -> dict[str, str]:
    """The valid part of ``plan.checks``: known rule code -> ``off | info | warning |
    error``. (Codes in :data:`ALWAYS_ON` keep ``error`` whatever is written.)"""
    info = plan.info
    checks = info.checks if info is not None else None
    return {
        code: level
        for code, level in (checks or {}).items()
        if code in REGISTRY and (code not in ALWAYS_ON or level == "error")
    }


def configuration_findings(plan: Plan) -> list[Finding]:
    """Findings about ``plan.checks`` itself: an unknown rule code (JP018, with a
    did-you-mean) and a code of :data:`ALWAYS_ON` set to anything but ``error`` (JP009)."""
    info = plan.info
    checks = info.checks if info is not None else None
    if not checks:
        return []
    out: list[Finding] = []
    positions = dict(zip(checks, info.items_at.get("checks", [])))
    for code, level in checks.items():
        pos = positions.get(code)
        loc = Location(info.file, *pos) if pos else info.loc("checks")
        if code not in REGISTRY:
            out.append(
                Finding(
                    "JP018",
                    REGISTRY["JP018"].severity,
                    None,
                    loc,
                    "JP018",
                    {"code": code, "suggestion": did_you_mean(code, REGISTRY)},
                    subject=code,
                )
            )
        elif code in ALWAYS_ON and level != "error":
            out.append(
                Finding(
                    "JP009",
                    REGISTRY["JP009"].severity,
                    None,
                    loc,
                    "JP009.always_on",
                    {"code": code, "value": level},
                    subject=code,
                )
            )
    return out


def apply_levels(
    findings: list[Finding], levels: dict[str, str], selection: Selection | None = None
) -> list[Finding]:
    """FINDINGS with configured severities: ``levels`` (from :func:`plan_levels`) first,
    then SELECTION (the command line) overriding it. Findings turned ``off`` are dropped;
    codes of :data:`ALWAYS_ON` are never changed. Order is kept."""
    selection = selection or Selection()
    out: list[Finding] = []
    for f in findings:
        if f.code in ALWAYS_ON:
            out.append(f)
            continue
        cli = selection.decide(f.code)
        level = levels.get(f.code)
        if cli is False or (cli is None and level == "off"):
            continue
        if level is not None and level != "off" and level != f.severity:
            f = f.with_severity(level)  # type: ignore[arg-type]
        out.append(f)
    return out
