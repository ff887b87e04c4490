"""The plan as typed objects, and the declaration of the plan format: one class per element.

Each class (made by :func:`~journeyplan.plan.declare.model_class`) declares its YAML keys
once, as fields made with :func:`~journeyplan.plan.declare.key` (field type, description,
required, default, YAML key when it differs from the attribute). The validator, the JSON Schema, reference resolution
and ``journeyplan diff`` all read that declaration (:mod:`journeyplan.plan.declare`), so a
new field is one line here (plus its rule, if it has one). docs/architecture.md, "The plan
format", says where each part derives from.

Every element remembers the file it came from and the 1-based ``(line, column)`` of its own
mapping and of each field's value (:attr:`Element.at`), so any rule can point at the exact
place. Durations are ints in minutes. References are ids (strings): after
:func:`journeyplan.plan.build.build_plan` every reference in the model resolves.

The classes use ``__slots__``: a large plan holds hundreds of thousands of elements, and
without a ``__dict__`` each is smaller and every rule reads its fields faster
(docs/performance.md). Give a new field a declaration here; ad-hoc attributes fail.
"""

from __future__ import annotations

import enum
from dataclasses import field
from typing import Any, ClassVar

from journeyplan.plan import positions
from journeyplan.plan.codes import Colour, Currency
from journeyplan.plan.declare import NOT_VALID, Obj, derived, key, model_class  # noqa: F401 (re-exported)
from journeyplan.plan.fields import (
    LARGE,
    Bool,
    Duration,
    Enum,
    Id,
    Integer,
    ListOf,
    MapOf,
    Number,
    Rate,
    Reach,
    Ref,
    Text,
)
from journeyplan.plan.placeholders import MessageText

Pos = tuple[int, int]  # 1-based (line, column)


class Kind(str, enum.Enum):
    """The kinds of plan element, in the order reports list them.

    The value is the snake_case name in JSON output (``journeyplan diff --format json``) and
    message keys (``diff.kind.target_group``); :attr:`term` is the singular that messages
    use ('target group'); :attr:`section` the top-level YAML key that holds the elements
    (``target_groups``; ``None`` for stages and brand elements, which live inside ``plan``
    and ``employer_brand``); :attr:`plan_attr` the :class:`Plan` attribute; :attr:`model`
    the model class."""

    PLAN = "plan"
    EMPLOYER_BRAND = "employer_brand"
    STAGE = "stage"
    BRAND_ELEMENT = "brand_element"
    TARGET_GROUP = "target_group"
    PERSONA = "persona"
    CHANNEL = "channel"
    TOUCHPOINT = "touchpoint"
    TRIGGER = "trigger"

    __str__ = str.__str__
    __format__ = str.__format__

    @property
    def term(self) -> str:
        """The kind in messages: ``target group``, ``brand element``."""
        return self.value.replace("_", " ")

    @property
    def single(self) -> bool:
        """One per plan (``plan``, ``employer_brand``), declared in one file only."""
        return self in (Kind.PLAN, Kind.EMPLOYER_BRAND)

    @property
    def has_id(self) -> bool:
        """Elements of this kind have an ``id``, unique within the kind."""
        return not self.single and self is not Kind.TRIGGER

    @property
    def section(self) -> str | None:
        """The top-level YAML key: ``plan``, ``employer_brand``, ``target_groups`` ...;
        ``None`` for stages and brand elements."""
        if self.single:
            return self.value
        if self in (Kind.STAGE, Kind.BRAND_ELEMENT):
            return None
        return self.value + "s"

    @property
    def plan_attr(self) -> str:
        """The attribute of :class:`Plan` that holds the kind's element(s)."""
        return _PLAN_ATTRS.get(self) or self.value + "s"

    @property
    def model(self) -> type[Element]:
        """The model class of the kind's elements."""
        return _MODELS[self]


_PLAN_ATTRS = {
    Kind.PLAN: "info",
    Kind.EMPLOYER_BRAND: "brand",
    Kind.BRAND_ELEMENT: "brand_elements",
}

DEFAULT_STAGES: tuple[tuple[str, str], ...] = (
    ("awareness", "Awareness"),
    ("consideration", "Consideration"),
    ("application", "Application"),
    ("selection", "Selection"),
    ("hire", "Hire"),
)

#: Enumerations of plan format v1.
LANGUAGES = ("en", "nl")
PRIORITIES = ("high", "medium", "low")
JOB_SEARCH = ("active", "latent", "passive")
CHANNEL_TYPES = (
    "job_board",
    "social",
    "search",
    "email",
    "messaging",
    "phone",
    "career_site",
    "event",
    "referral",
    "print",
    "ads",
    "other",
)
MEDIA = ("owned", "paid", "earned")
CONVERSION_GOALS = ("application", "lead", "referral", "event_signup", "hire", "other")
TOUCHPOINT_KINDS = ("contact", "rejection", "exit", "talent_pool")
CHECK_LEVELS = ("off", "info", "warning", "error")
RESERVED_PERSONA_IDS = frozenset({"overview"})


def _rule_code_schemas() -> dict[str, dict[str, Any]]:
    from journeyplan.plan.jsonschema import rule_code_schemas  # only for `journeyplan schema`

    return rule_code_schemas()


@model_class
class Element(positions.Placed):
    """Base of every plan element: where it is written.

    - ``file``: path relative to the plan directory; ``pos``: its mapping's (line, column).
    - ``at``: field name -> (line, column) of that field's value.
    - ``items_at``: list field name -> positions of its items, aligned with the list (for a
      mapping field: the positions of its keys, in order).
    - ``invalid``: the fields written with a value that is not valid (a structural finding,
      JP004, JP008, JP009 ..., says so where it stands), or a list field some of whose
      items are not valid. Such a field holds its default; rules that would report it
      missing or false do not (:func:`journeyplan.rules.base.written_invalid`).
    - ``written``: what the file declares where the model holds something else, by field
      name: the reference as written when it did not resolve (the model dropped it);
      ``None`` when the model holds every reference as written. ``journeyplan diff`` compares
      what is written, so a fix elsewhere never shows as a change here.
    """

    #: the kind of element (``None`` for a part of one, such as a conversion)
    element_kind: ClassVar[Kind | None] = None
    #: what the element is, for the JSON Schema (editor hover)
    summary: ClassVar[str] = ""
    file: str = ""
    _shape: tuple = field(default=positions.NO_SHAPE, repr=False)
    _at: bytes = field(default=b"", repr=False)
    invalid: frozenset[str] = field(default=frozenset(), repr=False)
    written: dict[str, Any] | None = field(default=None, repr=False)


@model_class
class Stage(Element):
    element_kind: ClassVar[Kind] = Kind.STAGE
    summary: ClassVar[str] = "A stage of the candidate journey (e.g. find, attract, engage, bind)."
    id: str = key(Id(), "Stage id, referenced by touchpoints.", required=True, default="")
    name: str | None = key(Text(), "Stage name as shown on the maps.")
    description: str | None = key(Text(), "What happens in this stage.")

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.id


@model_class
class PlanInfo(Element):
    element_kind: ClassVar[Kind] = Kind.PLAN
    summary: ClassVar[str] = (
        "The plan itself: name, organisation, language, stages and rule configuration."
    )
    name: str | None = key(Text(), "Name of the plan.", required=True)
    organisation: str | None = key(Text(), "The employer the plan is for.")
    language: str | None = key(Enum(LANGUAGES), "Language of messages: en (default) or nl.")
    currency: str | None = key(  # forecast (format 1.1)
        Currency(),
        "ISO 4217 code of the money in budgets and costs; default EUR (forecast).",
    )
    stages: list[Stage] | None = key(
        ListOf(Obj(Stage)),
        "Ordered stages; default: awareness, consideration, application, selection, hire.",
    )
    checks: dict[str, str] | None = key(
        MapOf(Enum(CHECK_LEVELS), "a rule code such as JP102", keys=_rule_code_schemas),
        "Rule code -> off | info | warning | error, overriding default severities.",
    )
    jurisdiction: str | None = key(
        Text(),
        "ISO 3166-1 alpha-2 code of the employer's country (NL); picks the talent pool's "
        "retention limits (1.1).",
    )
    max_silence: int | None = key(  # minutes
        Duration(), "Longest a candidate in process may wait without contact, e.g. 10d (1.1)."
    )
    fields: list[str] | None = key(
        ListOf(Text()), "Personalisation fields a message may use as {name} (1.1)."
    )


@model_class
class BrandElement(Element):
    """A qualifier, winner or brand-personality trait. ``role`` says which."""

    element_kind: ClassVar[Kind] = Kind.BRAND_ELEMENT
    id: str = key(
        Id(),
        "Brand element id, shared by qualifiers, winners and personality.",
        required=True,
        default="",
    )
    role: str | None = derived("qualifier | winner | personality: the list it is written in.")
    text: str | None = key(Text(), "The brand element as the candidate should read it.")
    description: str | None = key(Text(), "Notes for the team.")
    target_groups: list[str] | None = key(
        ListOf(Ref(Kind.TARGET_GROUP)),
        "Meant for these target groups only: JP506 asks it of their personas (1.1).",
    )

    @property
    def label(self) -> str:
        return self.text if self.text is not None else self.id


def _brand_list(role: str, description: str) -> ListOf:
    return ListOf(Obj(BrandElement, description, extra={"role": role}))


@model_class
class EmployerBrand(Element):
    element_kind: ClassVar[Kind] = Kind.EMPLOYER_BRAND
    summary: ClassVar[str] = (
        "The employer brand: proposition, qualifiers, winners and brand personality (question 5)."
    )
    proposition: str | None = key(Text(), "The central message of the employer brand (the EVP).")
    qualifiers: list[BrandElement] | None = key(
        _brand_list(
            "qualifier", "A qualifier: a condition the employer must meet to be relevant at all."
        ),
        "Conditions the employer must meet to be relevant at all.",
    )
    winners: list[BrandElement] | None = key(
        _brand_list("winner", "A winner: a feature that distinguishes the employer."),
        "Distinguishing features of the employer.",
    )
    personality: list[BrandElement] | None = key(
        _brand_list("personality", "A trait of the brand personality: the employer's character."),
        "Character traits of the employer brand.",
    )


@model_class
class TargetGroup(Element):
    element_kind: ClassVar[Kind] = Kind.TARGET_GROUP
    summary: ClassVar[str] = "A target group the employer recruits from (question 1)."
    id: str = key(Id(), "Target group id.", required=True, default="")
    name: str | None = key(Text(), "Name of the target group.")
    description: str | None = key(Text(), "Who they are (question 1 asks for one).")
    size: int | None = key(Integer(0), "Labour-market size, in people.")
    priority: str | None = key(Enum(PRIORITIES), "Priority: high | medium | low.")
    hires_needed: int | None = key(  # forecast (format 1.1)
        Integer(0), "Hires wanted from this group in the plan's period."
    )

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.id


@model_class
class Persona(Element):
    element_kind: ClassVar[Kind] = Kind.PERSONA
    summary: ClassVar[str] = "A persona that makes a target group concrete (question 2)."
    id: str = key(
        Id(RESERVED_PERSONA_IDS), "Persona id ('overview' is reserved).", required=True, default=""
    )
    name: str | None = key(Text(), "Name of the persona.")
    target_group: str | None = key(
        Ref(Kind.TARGET_GROUP), "The target group this persona makes concrete."
    )
    job_search: str | None = key(Enum(JOB_SEARCH), "active | latent | passive job seeker.")
    description: str | None = key(Text(), "A short portrait.")
    motivations: list[str] | None = key(ListOf(Text()), "What drives them.")
    frustrations: list[str] | None = key(ListOf(Text()), "What puts them off.")
    channels: list[str] | None = key(ListOf(Ref(Kind.CHANNEL)), "Preferred channels (channel ids).")

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.id


@model_class
class Channel(Element):
    element_kind: ClassVar[Kind] = Kind.CHANNEL
    summary: ClassVar[str] = "A media channel (question 4)."
    id: str = key(Id(), "Channel id.", required=True, default="")
    name: str | None = key(Text(), "Name of the channel.")
    type: str | None = key(Enum(CHANNEL_TYPES), "Kind of channel.")
    media: str | None = key(Enum(MEDIA), "owned | paid | earned.")
    response_time: int | None = key(  # minutes
        Duration(),
        "How fast the employer answers on this channel "
        "(e.g. 4h); messaging channels need 24h or less.",
    )
    description: str | None = key(Text(), "Notes.")
    color: str | None = key(  # 1.1
        Colour(), 'Colour of the channel on the maps, "#rrggbb" (otherwise one is assigned).'
    )
    budget: float | None = key(  # forecast (format 1.1)
        Number(0, LARGE), "Money spent on this channel in the plan's period (plan.currency)."
    )

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.id


@model_class
class Conversion(Element):
    summary: ClassVar[str] = "Makes a touchpoint a conversion point."
    goal: str | None = key(Enum(CONVERSION_GOALS), "What converts here.", required=True)
    target_rate: float | None = key(
        Rate(), "Share of the persona's reached people meant to convert here: 0..1 or 6%."
    )


@model_class
class Touchpoint(Element):
    """A contact point; a conversion point when ``conversion`` is set. ``personas`` is
    ``None`` when omitted (the touchpoint serves every persona)."""

    element_kind: ClassVar[Kind] = Kind.TOUCHPOINT
    summary: ClassVar[str] = "A contact point of the candidate journey (question 3)."
    id: str = key(Id(), "Touchpoint id.", required=True, default="")
    name: str | None = key(Text(), "Name of the touchpoint.")
    stage: str | None = key(Ref(Kind.STAGE), "The stage (stage id).", required=True)
    channel: str | None = key(Ref(Kind.CHANNEL), "The channel (channel id).", required=True)
    personas: list[str] | None = key(
        ListOf(Ref(Kind.PERSONA)), "Personas served; omitted = every persona.", none_is_all=True
    )
    brand: list[str] | None = key(
        ListOf(Ref(Kind.BRAND_ELEMENT)),
        "Brand elements carried (qualifier, winner or personality ids).",
    )
    entry: bool = key(Bool(), "The journey starts here.", default=False)
    message: str | None = key(MessageText(), "The (personalised) content.")
    description: str | None = key(Text(), "Notes.")
    conversion: Conversion | None = key(Obj(Conversion), "Set to make this a conversion point.")
    response_time: int | None = key(  # minutes, a promise to the candidate
        Duration(), "A concrete promise to the candidate: when they hear back (e.g. 2d)."
    )
    kind: str = key(
        Enum(TOUCHPOINT_KINDS),
        "contact (default) | rejection | exit | talent_pool.",
        default="contact",
    )
    feedback: bool = key(Bool(), "A rejection that gives honest feedback.", default=False)
    consent: bool | None = key(
        Bool(), "A talent pool asks the candidate's consent to keep the data (1.1)."
    )
    retention: int | None = key(  # minutes
        Duration(), "How long a talent pool keeps the data, e.g. 52w (1.1)."
    )
    experience: int | None = key(
        Integer(-2, 2), "How the candidate is meant to feel here, -2..+2: the emotion curve (1.1)."
    )
    reach: float | dict[str, float] | None = key(  # forecast (format 1.1)
        Reach(Ref(Kind.PERSONA)),
        "People of the persona arriving at this entry in the plan's period; on a "
        "touchpoint several personas share, a mapping persona id -> number.",
    )

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.id

    @property
    def is_terminal(self) -> bool:
        """A journey may end here: a conversion, rejection, exit or talent-pool touchpoint."""
        return self.conversion is not None or self.kind != "contact"


@model_class
class Trigger(Element):
    """An edge of the journey graph. ``personas`` is ``None`` when the trigger applies to
    every persona whose journey holds both ends. ``delay`` is in minutes."""

    element_kind: ClassVar[Kind] = Kind.TRIGGER
    summary: ClassVar[str] = "A trigger: an edge of the journey graph (question 4)."
    source: str | None = key(
        Ref(Kind.TOUCHPOINT), "Touchpoint the candidate comes from.", required=True, yaml="from"
    )
    target: str | None = key(
        Ref(Kind.TOUCHPOINT), "Touchpoint the candidate goes to.", required=True, yaml="to"
    )
    event: str | None = key(Text(), "What happens (question 4 asks for one).")
    delay: int | None = key(Duration(), "Time between the event and the next touchpoint.")
    personas: list[str] | None = key(
        ListOf(Ref(Kind.PERSONA)),
        "Personas this trigger applies to; omitted = all.",
        none_is_all=True,
    )
    condition: str | None = key(Text(), "When the trigger fires.")
    rate: float | None = key(  # forecast (format 1.1)
        Rate(), "Share of the candidates at `from` who follow this trigger: 0..1 or 6%."
    )


_MODELS: dict[Kind, type[Element]] = {
    cls.element_kind: cls
    for cls in (PlanInfo, EmployerBrand, Stage, BrandElement, TargetGroup, Persona, Channel)
    + (Touchpoint, Trigger)
    if cls.element_kind is not None
}


@model_class
class Plan:
    """A whole plan, merged from all its files. Lists keep file order (sorted paths, then
    order within the file); ids are unique per kind; every reference resolves."""

    info: PlanInfo | None = None
    brand: EmployerBrand | None = None
    target_groups: list[TargetGroup] = field(default_factory=list)
    personas: list[Persona] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    stages: list[Stage] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    #: every trigger as written, when :func:`~journeyplan.plan.build.resolve` dropped some
    #: (a ``from`` or ``to`` that does not resolve); ``None`` when ``triggers`` is all of them
    written_triggers: list[Trigger] | None = None

    @property
    def name(self) -> str | None:
        return self.info.name if self.info is not None else None

    @property
    def language(self) -> str | None:
        return self.info.language if self.info is not None else None

    @property
    def brand_elements(self) -> list[BrandElement]:
        b = self.brand
        if b is None:
            return []
        return [*(b.qualifiers or ()), *(b.winners or ()), *(b.personality or ())]

    def elements(self, kind: Kind) -> list[Any]:
        """The elements of KIND (not :attr:`Kind.single`), in plan order."""
        return getattr(self, kind.plan_attr)

    def by_id(self, kind: Kind) -> dict[str, Element]:
        """Id -> element of KIND (one with :attr:`Kind.has_id`)."""
        return {e.id: e for e in self.elements(kind)}
