"""From composed plan files to one resolved model: validate each file's sections with the
format's declarations (:mod:`journeyplan.plan.format`), merge them, make ids unique and
every reference resolve.

Structural findings made here (no checklist question): JP003 unknown section, JP006
duplicate id, JP007 dangling reference (did-you-mean; ``JP007.lookalike`` when the
id it names is written with an invisible or look-alike character, which JP005 reports), JP014 alias expansion too large,
JP015 section declared twice, JP019 a YAML file that is no plan file. The field types and
the mapping validator report the others (:mod:`journeyplan.plan.fields`,
:mod:`journeyplan.plan.declare`, :mod:`journeyplan.plan.validator`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from yaml.nodes import MappingNode, ScalarNode

from journeyplan.errors import processing
from journeyplan.findings import Finding, Location
from journeyplan.i18n import Hidden
from journeyplan.plan import model as m
from journeyplan.plan.fields import valid_id
from journeyplan.plan.format import KEYS, MANY, ONE, SECTIONS, Reference, references
from journeyplan.plan.model import Kind
from journeyplan.plan.validator import INVALID, TooComplex, Validator, mapping_pairs
from journeyplan.source.compose import PlanFile
from journeyplan.source.scalars import NULL, PLAIN, resolve_scalar
from journeyplan.suggest import did_you_mean, readable


def _foreign_keys(root: MappingNode) -> list[str] | None:
    """The top-level keys of a YAML file that is not a plan file (a docker-compose.yml, a CI
    workflow ...): there are some, none is a plan section and none resembles one closely
    enough to be a typo of it. ``None`` for a plan file."""
    names = []
    for key, _ in root.value:
        if not isinstance(key, ScalarNode) or key.value in SECTIONS or key.value == "<<":
            return None
        names.append(key.value)
    import difflib  # only for files that are no plan file (start-up time)

    for name in names[:50]:
        normal = name.lower().replace("-", "_").replace(" ", "_")
        if difflib.get_close_matches(normal, SECTIONS, n=1, cutoff=0.8):
            return None
    return names or None


#: The file that holds a plan's ``plan:`` section by name: a second section elsewhere is the
#: stray one, whichever sorts first (``draft.yaml`` before ``plan.yaml``).
MAIN_FILES = frozenset({"plan.yaml", "plan.yml"})


def _main_file(rel: str) -> bool:
    return rel.rpartition("/")[2] in MAIN_FILES


#: section name -> where it was declared first, and the stage ids that declaration holds
#: when another file may still replace it (JP015's ``stages``, folded by check.cascade)
Declared = dict[str, tuple[Location, tuple[str, ...]]]


def _validate_file(pf: PlanFile, plan: m.Plan, declared: Declared) -> list[Finding]:
    v = Validator(pf)
    root = pf.root
    if root is None:
        return v.findings
    foreign = _foreign_keys(root)
    if foreign is not None:  # one warning for the file, not an unknown-key error per key
        shown = ", ".join(name[:40] for name in foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        v.findings.append(
            Finding(
                "JP019",
                "warning",
                None,
                Location(v.file, *v.pos(root.value[0][0])),
                "JP019",
                {"keys": shown, "sections": ", ".join(SECTIONS)},
            )
        )
        return v.findings
    contributions: list[tuple[str, Any]] = []
    try:
        for key, value_node in mapping_pairs(root, v):
            name = key.value
            section = SECTIONS.get(name)
            if section is None:
                v.report("JP003", key, key_name=name, suggestion=did_you_mean(name, SECTIONS))
                continue
            ftype, attr, single = section.type, section.attr, section.single
            if single:
                here = Location(v.file, *v.pos(key))
                is_plan = section.attr == "info"
                if name in declared:
                    first, stray_stages = declared[name]
                    if is_plan and _main_file(v.file) and not _main_file(first.file):
                        # plan.yaml's section is the plan's: the one read before it is the
                        # second, blamed where it stands, and this one replaces it
                        args = {"section": name, "first": _place(here)}
                        args["stages"] = stray_stages
                        v.findings.append(Finding("JP015", "error", None, first, "JP015", args))
                        declared[name] = (here, ())
                    else:
                        # the stages it declares: the stage references that dangle because
                        # this section is ignored follow from it (check.cascade)
                        v.report(
                            "JP015",
                            key,
                            section=name,
                            first=_place(first),
                            stages=_stage_ids(value_node) if is_plan else (),
                        )
                        continue
                else:
                    replaceable = is_plan and not _main_file(v.file)
                    declared[name] = (here, _stage_ids(value_node) if replaceable else ())
            v.visit(value_node)
            if (
                isinstance(value_node, ScalarNode)
                and value_node.tag == PLAIN
                and resolve_scalar(value_node) == NULL
            ):
                continue
            value = ftype.convert(value_node, v)
            if value is not INVALID:
                contributions.append((attr, value))
    except TooComplex as exc:
        v.findings = [f for f in v.findings if f.code != "JP013"][:100]
        v.report("JP014", exc.node, "JP014.alias", limit=v.budget)
        return v.findings
    for attr, value in contributions:
        if isinstance(value, list):
            getattr(plan, attr).extend(value)
        else:
            setattr(plan, attr, value)
    return v.findings


def _stage_ids(node: Any) -> tuple[str, ...]:
    """The stage ids an ignored ``plan:`` section declares, read from its nodes alone."""
    if not isinstance(node, MappingNode):
        return ()
    for key, value in node.value:
        if isinstance(key, ScalarNode) and key.value == "stages" and hasattr(value, "value"):
            ids = []
            for item in value.value if isinstance(value.value, list) else ():
                for k, v in item.value if isinstance(item, MappingNode) else ():
                    if isinstance(k, ScalarNode) and k.value == "id" and isinstance(v, ScalarNode):
                        ids.append(v.value)
            return tuple(ids)
    return ()


def _report(
    findings: list[Finding],
    code: str,
    loc: Location,
    key: str | None = None,
    element: Any = None,
    **args: Any,
) -> None:
    findings.append(
        Finding(
            code,
            "error",
            None,
            loc,
            key or code,
            args,
            subject=args.get("subject"),
            element=element,
        )
    )


def _dedupe(elements: list, kind: Kind, findings: list[Finding]) -> list:
    """Keep the first element of each id; report later ones (JP006)."""
    if len({e.id for e in elements}) == len(elements):
        return list(elements)  # no id twice (the common case): nothing to report
    seen: dict[str, Any] = {}
    out = []
    for e in elements:
        first = seen.get(e.id)
        if first is not None:
            _duplicate(findings, e, first, kind)
            continue
        seen[e.id] = e
        out.append(e)
    return out


def _place(loc: Location) -> str:
    """Where LOC is, as a finding names another place: ``file:line:column`` (``file:line``
    or ``file`` when that is all that is known)."""
    parts = [loc.file, loc.line, loc.column] if loc.line is not None else [loc.file]
    return ":".join(str(p) for p in parts if p is not None)


def _duplicate(findings: list[Finding], e: Any, first: Any, kind: Kind) -> None:
    fl = first.loc("id")
    _report(
        findings,
        "JP006",
        e.loc("id"),
        element=e,
        kind=kind.term,
        subject=e.id,
        id=e.id,
        first=_place(fl),
    )


@functools.cache
def _all_resolve(kind: Kind) -> Callable[[list, tuple[dict, ...]], bool]:
    """A function ``(elements, known)`` that says whether every reference of KIND's
    elements resolves, KNOWN holding one id -> element dict per :func:`references` field.

    The common case, so it is generated from the declaration, as :mod:`dataclasses`
    generates ``__init__``: one pass over the elements, each element read once, one hash
    lookup per reference, no call per element (a column-wise check reads each element once
    per field, which costs more on a large plan: docs/performance.md). The generated text
    holds only attribute names of the model class, never anything from a plan."""
    refs = references(kind)
    names = [f"k{i}" for i in range(len(refs))]
    lines = ["def all_resolve(elements, known):", f"    {', '.join(names)}, = known"]
    lines.append("    for e in elements:")
    for name, ref in zip(names, refs):
        assert ref.attr.isidentifier(), ref.attr
        lines.append(f"        v = e.{ref.attr}")
        if ref.how == ONE:
            lines.append(f"        if v is not None and v not in {name}:")
        elif ref.how == KEYS:  # a mapping keyed by ids (a field may also hold a number)
            lines.append(
                f"        if v and v.__class__ is dict and not all(map({name}.__contains__, v)):"
            )
        else:  # a list of ids
            lines.append(f"        if v and not all(map({name}.__contains__, v)):")
        lines.append("            return False")
    lines.append("    return True")
    namespace: dict[str, Any] = {}
    exec("\n".join(lines), namespace)
    return namespace["all_resolve"]


#: known (id -> element) table -> (that table, readable form -> invalid id), per resolve()
_LOOKALIKE_IDS: dict[int, tuple[dict, dict[str, str]]] = {}


def _invalid_lookalike(ref: str, known: dict) -> str | None:
    """The invalid id of KNOWN (an id -> element table) that differs from REF only by
    invisible or look-alike characters (``'reel\u200b'`` for ``reel``), or ``None``. Its
    element exists (JP005 reports its id), so a reference to REF dangles only because of
    that id; worked out once per table, only when a reference dangles."""
    hit = _LOOKALIKE_IDS.get(id(known))
    if hit is None or hit[0] is not known:
        table: dict[str, str] = {}
        for written in known:
            if isinstance(written, str) and not valid_id(written):
                meant = readable(written, valid_id)
                if meant:
                    table.setdefault(str(meant), written)
        hit = _LOOKALIKE_IDS[id(known)] = (known, table)
    return hit[1].get(ref)


def _dangling(
    findings: list[Finding], e: m.Element, loc: Location, ref: str, kind: Kind, known: dict
) -> None:
    written = _invalid_lookalike(ref, known)
    if written is not None:  # the element is there; its id is written with a hidden character
        at = known[written].loc("id")
        _report(
            findings,
            "JP007",
            loc,
            "JP007.lookalike",
            element=e,
            kind=kind.term,
            subject=ref,
            id=ref,
            written_id=written,
            at=f"{at.file}:{at.line}:{at.column}",
            hidden=Hidden(written, ref),
        )
        return
    _report(
        findings,
        "JP007",
        loc,
        element=e,
        kind=kind.term,
        subject=ref,
        id=ref,
        suggestion=did_you_mean(ref, known, valid_id),  # never an id that is not valid
    )


def _keep_written(e: m.Element, attr: str, value: Any) -> None:
    """Remember what E's field ATTR declares before the model changes it (``Element.written``)."""
    if e.written is None:
        e.written = {}
    e.written.setdefault(attr, value.copy() if isinstance(value, (list, dict)) else value)


def _resolve_field(e: m.Element, ref: Reference, known: dict, findings: list[Finding]) -> None:
    """Report (JP007) and drop the references of E's field REF that are not in KNOWN; what
    was written stays in ``E.written``."""
    attr = ref.attr
    value = getattr(e, attr)
    if ref.how == ONE:
        if value is not None and value not in known:
            _dangling(findings, e, e.loc(attr), value, ref.target, known)
            _keep_written(e, attr, value)
            setattr(e, attr, None)
        return
    if not value or (ref.how == KEYS and not isinstance(value, dict)):
        return  # a mapping field that holds a plain value (``reach: 400``) refers to nothing
    if all(r in known for r in value):
        return
    _keep_written(e, attr, value)
    positions = e.items_at.get(attr, [])
    keep_at = []
    for i, r in enumerate(value):
        if r in known:
            if i < len(positions):
                keep_at.append(positions[i])
        else:
            _dangling(findings, e, e.loc(attr, i), r, ref.target, known)
    if ref.how == MANY:
        setattr(e, attr, [r for r in value if r in known])
    else:  # a mapping keyed by ids
        setattr(e, attr, {r: v for r, v in value.items() if r in known})
    e.items_at[attr] = keep_at


def resolve(plan: m.Plan) -> list[Finding]:
    """Make ids unique per kind (JP006) and every reference resolve (JP007), in place:
    duplicates after the first and dangling references are reported and dropped (what was
    written stays in ``Element.written``); a trigger that lost its ``from`` or ``to`` is
    dropped (``Plan.written_triggers`` keeps every trigger then). The references are the
    :class:`~journeyplan.plan.fields.Ref` fields of the declaration
    (:func:`journeyplan.plan.format.references`), reported element by element in plan
    order. Returns the findings."""
    findings: list[Finding] = []
    _LOOKALIKE_IDS.clear()
    info = plan.info
    if info is not None and info.stages:
        plan.stages = _dedupe(info.stages, Kind.STAGE, findings)
    elif info is None or info.stages is None:
        plan.stages = [m.Stage(id=i, name=n) for i, n in m.DEFAULT_STAGES]
    brand = plan.brand
    if brand is not None:  # qualifiers, winners and personality share one id space
        seen: dict[str, Any] = {}
        for attr in ("qualifiers", "winners", "personality"):
            items = getattr(brand, attr)
            if items:
                kept = []
                for e in items:
                    if e.id in seen:
                        _duplicate(findings, e, seen[e.id], Kind.BRAND_ELEMENT)
                    else:
                        seen[e.id] = e
                        kept.append(e)
                setattr(brand, attr, kept)
    for kind in Kind:
        if kind.has_id and kind.section is not None:
            setattr(plan, kind.plan_attr, _dedupe(plan.elements(kind), kind, findings))

    known: dict[Kind, dict[str, Any]] = {}
    for kind in Kind:
        refs = references(kind)
        if not refs or kind.single:
            continue
        elements = plan.elements(kind)
        if not elements:
            continue
        tables = []
        for ref in refs:
            if ref.target not in known:
                known[ref.target] = plan.by_id(ref.target)
            tables.append((ref, known[ref.target]))
        if not _all_resolve(kind)(elements, tuple(table for _, table in tables)):
            for e in elements:  # element by element, so findings keep plan order
                for ref, table in tables:
                    _resolve_field(e, ref, table, findings)
    kept = [t for t in plan.triggers if t.source is not None and t.target is not None]
    if len(kept) != len(plan.triggers):
        plan.written_triggers = plan.triggers
        plan.triggers = kept
    return findings


def build_plan(files: Iterable[PlanFile]) -> tuple[m.Plan, list[Finding]]:
    """Validate the composed files into one :class:`~journeyplan.plan.model.Plan`.

    FILES is consumed once, in order: a list, or a generator that reads each file only when
    the previous one is validated (so a caller can drop each file's nodes right after, see
    :func:`journeyplan.check.pipeline.check_plan`). Returns the plan (what was valid of it,
    references resolved) and the structural findings, including those the loader made while
    reading the files."""
    plan = m.Plan()
    findings: list[Finding] = []
    declared: Declared = {}
    for pf in files:
        plan.files.append(pf.rel)
        findings.extend(pf.findings)
        with processing(pf.path):
            findings.extend(_validate_file(pf, plan, declared))
    findings.extend(resolve(plan))
    return plan, findings
