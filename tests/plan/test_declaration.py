"""The plan format is declared once, in the model classes: the validator, the JSON Schema,
reference resolution and diff's field list all follow that declaration."""

from __future__ import annotations

import dataclasses

import pytest

from journeyplan.analysis.diff import FIELDS, KINDS
from journeyplan.plan import model as m
from journeyplan.plan.build import resolve
from journeyplan.plan.declare import Obj, specs
from journeyplan.plan.fields import FieldType, ListOf, Ref
from journeyplan.plan.format import KEYS, MANY, SECTIONS, references
from journeyplan.plan.jsonschema import json_schema
from journeyplan.plan.model import Kind
from tests.common import CLEAN, check_text

BASE_FIELDS = {f.name for f in dataclasses.fields(m.Element)}
MODELS = [kind.model for kind in Kind] + [m.Conversion]


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_model_attribute_is_declared_once(cls):
    declared = [s.attr for s in specs(cls)]
    assert len(declared) == len(set(declared))
    assert {f.name for f in dataclasses.fields(cls)} - BASE_FIELDS == set(declared)
    assert not hasattr(cls(), "__dict__")  # slotted: an undeclared attribute fails


def test_touchpoint_kind_is_its_yaml_key_and_channel_type_stays(tmp_path):
    result = check_text(tmp_path, CLEAN)
    reject = next(t for t in result.plan.touchpoints if t.id == "reject")
    assert (reject.kind, reject.loc("kind").line, reject.loc("kind").column) == (
        "rejection",
        31,
        74,
    )
    assert [c.type for c in result.plan.channels] == ["social", "messaging"]


def test_kinds_name_sections_terms_and_plan_attributes():
    assert [k.value for k in Kind] == list(KINDS)
    assert {s: sec.kind for s, sec in SECTIONS.items()} == {
        "plan": Kind.PLAN,
        "employer_brand": Kind.EMPLOYER_BRAND,
        "target_groups": Kind.TARGET_GROUP,
        "personas": Kind.PERSONA,
        "channels": Kind.CHANNEL,
        "touchpoints": Kind.TOUCHPOINT,
        "triggers": Kind.TRIGGER,
    }
    assert Kind.TARGET_GROUP.term == "target group" and f"{Kind.TARGET_GROUP}" == "target_group"
    assert Kind.STAGE.section is None and Kind.BRAND_ELEMENT.section is None
    plan = m.Plan()
    for kind in Kind:
        assert hasattr(plan, kind.plan_attr)
        assert kind.model.element_kind is kind


def _scan(ftype: FieldType | None) -> tuple[list[Ref], list[Obj]]:
    """The references and the nested mappings in FTYPE's type tree (not inside those)."""
    if isinstance(ftype, Ref):
        return [ftype], []
    if isinstance(ftype, Obj):
        return [], [ftype]
    refs: list[Ref] = []
    objs: list[Obj] = []
    inner = [getattr(ftype, name, None) for name in ("item", "value", "key")]
    for t in inner + list(getattr(ftype, "choices", ())):
        if isinstance(t, FieldType):
            r, o = _scan(t)
            refs += r
            objs += o
    return refs, objs


def test_every_reference_is_one_that_resolve_walks():
    """resolve() walks the Ref fields of the elements of each kind (one id, a list of ids,
    or the keys of a mapping). A Ref anywhere else (in a nested part such as a conversion,
    or a list of lists) would never be checked: the declaration must not hold one."""
    unwalked = []

    def walk(cls: type, path: str) -> None:
        kind = cls.element_kind
        walked = {r.attr for r in references(kind)} if kind and not kind.single else set()
        for s in specs(cls):
            refs, objs = _scan(s.type)
            if refs and s.attr not in walked:
                unwalked.append(f"{path}.{s.key}")
            for obj in objs:
                walk(obj.cls, f"{path}.{s.key}")

    for kind in Kind:
        walk(kind.model, kind.value)
    assert unwalked == []
    assert (
        len(ALL_REFERENCES) == 11
    )  # 9 of 1.0, the 1.1 winners[].target_groups, the personas of `reach`


def _dangling_plan(kind: Kind, attr: str, how: str) -> tuple[m.Plan, m.Element]:
    plan = m.Plan(
        target_groups=[m.TargetGroup(id="g")],
        personas=[m.Persona(id="p")],
        channels=[m.Channel(id="c")],
        touchpoints=[m.Touchpoint(id="a"), m.Touchpoint(id="b")],
        triggers=[m.Trigger(source="a", target="b")],
        brand=m.EmployerBrand(winners=[m.BrandElement(id="w", role="winner")]),
    )
    element = plan.elements(kind)[0] if kind is not Kind.STAGE else None
    if kind is Kind.STAGE:
        element = m.Stage(id="s")
        plan.info = m.PlanInfo(name="x", stages=[element])
    value = {"one": "nope", MANY: ["nope"], KEYS: {"nope": 1}}[how]
    setattr(element, attr, value)
    element.file, element.at[attr] = "p.yaml", (7, 9)
    element.items_at[attr] = [(7, 10)]
    return plan, element


ALL_REFERENCES = [(kind, ref) for kind in Kind if not kind.single for ref in references(kind)]


@pytest.mark.parametrize(
    "kind,ref", ALL_REFERENCES, ids=[f"{k.value}.{r.attr}" for k, r in ALL_REFERENCES]
)
def test_every_declared_reference_is_resolved(kind, ref):
    plan, element = _dangling_plan(kind, ref.attr, ref.how)
    findings = resolve(plan)
    assert [(f.code, f.args["kind"], f.subject) for f in findings] == [
        ("JP007", ref.target.term, "nope")
    ]
    loc = findings[0].location
    assert (loc.file, loc.line, loc.column) == ("p.yaml", 7, 9 if ref.how == "one" else 10)
    assert getattr(element, ref.attr) in (None, [], {})


def test_resolve_reports_dangling_references_element_by_element(tmp_path):
    text = CLEAN.replace("stage: find, channel: insta, entry", "stage: fnd, channel: inst, entry")
    text = text.replace("{from: video, to: apply,", "{from: vdeo, to: aply,")
    result = check_text(tmp_path, text)
    dangling = [f for f in result.findings if f.code == "JP007"]
    assert [
        (f.args["kind"], f.subject, f.location.line, f.location.column, f.args["suggestion"])
        for f in dangling
    ] == [
        ("stage", "fnd", 28, 37, "find"),
        ("channel", "inst", 28, 51, "insta"),
        ("touchpoint", "vdeo", 34, 12, "video"),
        ("touchpoint", "aply", 34, 22, "apply"),
    ]
    video = result.plan.touchpoints[0]
    assert (video.stage, video.channel) == (None, None)
    assert [(t.source, t.target) for t in result.plan.triggers][0] == ("apply", "ack")


def test_diff_compares_every_declared_field_but_identity():
    for kind in Kind:
        keys = [key for key, _, _ in FIELDS[kind.value]]
        expected = []
        for s in specs(kind.model):
            if s.key in ("id", "from", "to") or (
                isinstance(s.type, ListOf) and isinstance(s.type.item, Obj)
            ):
                continue
            if isinstance(s.type, Obj):
                expected += [f"{s.key}.{n.key}" for n in specs(s.type.cls)]
            else:
                expected.append(s.key)
        assert keys == expected, kind


def test_json_schema_has_every_declared_key_with_its_description():
    schema = json_schema()
    touchpoint = schema["properties"]["touchpoints"]["items"]
    assert list(touchpoint["properties"]) == [s.key for s in specs(m.Touchpoint)]
    assert touchpoint["description"] == m.Touchpoint.summary
    trigger = schema["properties"]["triggers"]["items"]
    assert trigger["required"] == ["from", "to"]
