"""The plan as typed objects: what the YAML says, with ids resolved and positions kept.

Every element remembers the file it came from and the 1-based ``(line, column)`` of its own
mapping and of each field's value (:attr:`Element.at`), so any rule can point at the exact
place. The model knows nothing of YAML libraries, terminals or Graphviz.

Durations are ints in minutes. References are ids (strings) that the validator has checked:
after :func:`journeyplan.plan.schema.build_plan` every reference in the model resolves.

The classes use ``__slots__``: a large plan holds hundreds of thousands of elements, and
without a ``__dict__`` each is smaller and every rule reads its fields faster
(docs/performance.md). Give a new field a declaration here; ad-hoc attributes fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from journeyplan.findings import Location

Pos = tuple[int, int]  # 1-based (line, column)

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
TOUCHPOINT_KINDS = ("contact", "rejection", "exit")
CHECK_LEVELS = ("off", "info", "warning", "error")


@dataclass(eq=False, slots=True)
class Element:
    """Base of every plan element: where it is written.

    - ``file``: path relative to the plan directory; ``pos``: its mapping's (line, column).
    - ``at``: field name -> (line, column) of that field's value.
    - ``items_at``: list field name -> positions of its items, aligned with the list.
    """

    kind: ClassVar[str] = "element"
    file: str = ""
    pos: Pos = (1, 1)
    at: dict[str, Pos] = field(default_factory=dict, repr=False)
    items_at: dict[str, list[Pos]] = field(default_factory=dict, repr=False)

    def loc(self, name: str | None = None, index: int | None = None) -> Location:
        """Location of the element, of one field's value, or of one item of a list field.
        Falls back to the element itself when the field is absent."""
        if name is not None:
            if index is not None:
                items = self.items_at.get(name)
                if items is not None and 0 <= index < len(items):
                    return Location(self.file, *items[index])
            p = self.at.get(name)
            if p is not None:
                return Location(self.file, *p)
        return Location(self.file, *self.pos)


@dataclass(eq=False, slots=True)
class Stage(Element):
    kind: ClassVar[str] = "stage"
    id: str = ""
    name: str | None = None
    description: str | None = None

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.id


@dataclass(eq=False, slots=True)
class PlanInfo(Element):
    kind: ClassVar[str] = "plan"
    name: str | None = None
    organisation: str | None = None
    language: str | None = None
    stages: list[Stage] | None = None
    checks: dict[str, str] | None = None


@dataclass(eq=False, slots=True)
class BrandElement(Element):
    """A qualifier, winner or brand-personality trait. ``role`` says which."""

    kind: ClassVar[str] = "brand element"
    id: str = ""
    text: str | None = None
    description: str | None = None
    role: str = ""  # qualifier | winner | personality

    @property
    def label(self) -> str:
        return self.text if self.text is not None else self.id


@dataclass(eq=False, slots=True)
class EmployerBrand(Element):
    kind: ClassVar[str] = "employer brand"
    proposition: str | None = None
    qualifiers: list[BrandElement] | None = None
    winners: list[BrandElement] | None = None
    personality: list[BrandElement] | None = None


@dataclass(eq=False, slots=True)
class TargetGroup(Element):
    kind: ClassVar[str] = "target group"
    id: str = ""
    name: str | None = None
    description: str | None = None
    size: int | None = None
    priority: str | None = None

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.id


@dataclass(eq=False, slots=True)
class Persona(Element):
    kind: ClassVar[str] = "persona"
    id: str = ""
    name: str | None = None
    target_group: str | None = None
    job_search: str | None = None
    description: str | None = None
    motivations: list[str] | None = None
    frustrations: list[str] | None = None
    channels: list[str] | None = None

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.id


@dataclass(eq=False, slots=True)
class Channel(Element):
    kind: ClassVar[str] = "channel"
    id: str = ""
    name: str | None = None
    type: str | None = None
    media: str | None = None
    response_time: int | None = None  # minutes
    description: str | None = None

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.id


@dataclass(eq=False, slots=True)
class Conversion(Element):
    kind: ClassVar[str] = "conversion"
    goal: str | None = None
    target_rate: float | None = None


@dataclass(eq=False, slots=True)
class Touchpoint(Element):
    """A contact point; a conversion point when ``conversion`` is set. ``personas`` is
    ``None`` when omitted (the touchpoint serves every persona)."""

    kind: ClassVar[str] = "touchpoint"
    id: str = ""
    name: str | None = None
    stage: str | None = None
    channel: str | None = None
    personas: list[str] | None = None
    brand: list[str] | None = None
    entry: bool = False
    message: str | None = None
    description: str | None = None
    conversion: Conversion | None = None
    response_time: int | None = None  # minutes, a promise to the candidate
    type: str = "contact"  # the YAML key is `kind`: contact | rejection | exit
    feedback: bool = False

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.id

    @property
    def is_terminal(self) -> bool:
        """A journey may end here: a conversion, rejection or exit touchpoint."""
        return self.conversion is not None or self.type != "contact"


@dataclass(eq=False, slots=True)
class Trigger(Element):
    """An edge of the journey graph. ``personas`` is ``None`` when the trigger applies to
    every persona whose journey holds both ends. ``delay`` is in minutes."""

    kind: ClassVar[str] = "trigger"
    source: str | None = None  # YAML key `from`
    target: str | None = None  # YAML key `to`
    event: str | None = None
    delay: int | None = None
    personas: list[str] | None = None
    condition: str | None = None


@dataclass(eq=False, slots=True)
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

    def by_id(self, kind: str) -> dict[str, Element]:
        seq = {
            "stage": self.stages,
            "target group": self.target_groups,
            "persona": self.personas,
            "channel": self.channels,
            "touchpoint": self.touchpoints,
            "brand element": self.brand_elements,
        }[kind]
        return {e.id: e for e in seq}  # type: ignore[attr-defined]
