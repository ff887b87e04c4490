"""Plan format v1 as the validator reads it: the sections of a plan file and the references
between elements, both derived from the declarations in :mod:`journeyplan.plan.model`.

Nothing here declares a field: a new field goes in its model class, and appears in
:data:`SECTIONS` (through the class's :class:`~journeyplan.plan.declare.Obj`) and, when it
is a reference, in :func:`references`.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from journeyplan.plan import model as m
from journeyplan.plan.declare import Obj, specs
from journeyplan.plan.fields import FieldType, ListOf, MapOf, Ref
from journeyplan.plan.model import Kind

#: The validators of the elements that a section holds (nested ones, such as a stage or a
#: conversion, are part of their parent's declaration).
PLAN = Obj(m.PlanInfo)
EMPLOYER_BRAND = Obj(m.EmployerBrand)
TARGET_GROUP = Obj(m.TargetGroup)
PERSONA = Obj(m.Persona)
CHANNEL = Obj(m.Channel)
TOUCHPOINT = Obj(m.Touchpoint)
TRIGGER = Obj(m.Trigger)


class Section(NamedTuple):
    """A top-level key of a plan file: the ``kind`` of element it holds, its field ``type``
    (a mapping, or a list of them), the :class:`~journeyplan.plan.model.Plan` attribute it
    fills, whether it may be declared in ``single`` file only, and its ``description``."""

    kind: Kind
    type: FieldType
    attr: str
    single: bool
    description: str


def _section(obj: Obj) -> Section:
    kind = obj.cls.element_kind
    ftype: FieldType = obj if kind.single else ListOf(obj)
    return Section(kind, ftype, kind.plan_attr, kind.single, obj.description)


#: section key -> :class:`Section`, in format order (``plan``, ``employer_brand``,
#: ``target_groups``, ``personas``, ``channels``, ``touchpoints``, ``triggers``).
SECTIONS: dict[str, Section] = {
    obj.cls.element_kind.section: _section(obj)
    for obj in (PLAN, EMPLOYER_BRAND, TARGET_GROUP, PERSONA, CHANNEL, TOUCHPOINT, TRIGGER)
}

#: How a field refers to other elements: one id, a list of ids, or a mapping keyed by ids.
ONE, MANY, KEYS = "one", "many", "keys"


class Reference(NamedTuple):
    """A field of an element that refers to elements of ``target`` by id: ``attr`` (the
    model attribute) holds one id, a list of ids (``many``) or a mapping keyed by ids
    (``keys``)."""

    attr: str
    target: Kind
    how: str


@functools.cache
def references(kind: Kind) -> tuple[Reference, ...]:
    """The reference fields of KIND's elements, in declaration order (the order in which
    :func:`journeyplan.plan.build.resolve` reports dangling ones)."""
    out = []
    for s in specs(kind.model):
        how = _how_it_refers(s.type)
        if how is not None:
            out.append(Reference(s.attr, how[0], how[1]))
    return tuple(out)


def _how_it_refers(ftype: FieldType | None) -> tuple[Kind, str] | None:
    if isinstance(ftype, Ref):
        return ftype.kind, ONE
    if isinstance(ftype, ListOf) and isinstance(ftype.item, Ref):
        return ftype.item.kind, MANY
    if isinstance(ftype, MapOf) and isinstance(ftype.key, Ref):
        return ftype.key.kind, KEYS
    return None
