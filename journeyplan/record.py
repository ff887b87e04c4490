"""Record classes that cost little to define: :func:`record` does what ``@dataclass`` does
for journeyplan's value classes, at a fraction of its import time.

``@dataclass`` builds every method of every class through ``inspect`` and one ``exec`` per
method: about 1.5 ms a frozen class, and ``check`` defines over a dozen on its way to the
first finding (docs/performance.md, "Start-up against the typer floor"). :func:`record`
reads the same annotations and ``dataclasses.field(...)`` defaults and generates the
methods in one ``exec`` per class. The class keeps ``__dataclass_fields__``, so
:func:`dataclasses.fields`, :func:`dataclasses.replace` and :func:`dataclasses.asdict` work
on it as before.

What a record class gets, as ``@dataclass(eq=EQ, frozen=FROZEN, slots=SLOTS)`` gives it:

- ``__init__`` taking every field (the base class's first), by keyword or in order;
  ``field(default_factory=...)`` is called per instance;
- ``__repr__`` of the fields whose ``field(repr=...)`` is true;
- with ``eq``: ``__eq__`` comparing the fields whose ``compare`` is true, between instances
  of the same class only; with ``eq`` and ``frozen`` also ``__hash__`` of the fields whose
  ``hash`` (or else ``compare``) is true; ``eq`` without ``frozen`` makes the class
  unhashable; without ``eq`` equality and hashing are identity;
- with ``frozen``: assigning or deleting an attribute raises
  :class:`dataclasses.FrozenInstanceError`;
- with ``slots``: ``__slots__`` (no ``__dict__``; so no ``functools.cached_property``).

Not supported (no journeyplan class needs them; :func:`record` raises ``TypeError`` rather
than ignore them): ``__post_init__``, ``InitVar``, keyword-only fields, ordering.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

C = TypeVar("C", bound=type)

_MISSING = dataclasses.MISSING
_NO_DEFAULT = object()  # the default of a field with a default_factory, in __init__


def record(
    cls: C | None = None, /, *, eq: bool = True, frozen: bool = True, slots: bool = False
) -> Any:
    """Make CLS a record class (see the module); usable as ``@record`` or ``@record(...)``.
    Returns the class: CLS itself, or with ``slots`` a new class of the same name, bases
    and namespace. Raises ``TypeError`` on what a record does not support."""

    def wrap(cls: C) -> C:
        return _build(cls, eq=eq, frozen=frozen, slots=slots)

    return wrap if cls is None else wrap(cls)


def _build(cls: C, *, eq: bool, frozen: bool, slots: bool) -> C:
    if "__post_init__" in cls.__dict__:
        raise TypeError(f"{cls.__name__}: a record has no __post_init__")
    inherited: dict[str, dataclasses.Field] = dict(getattr(cls, "__dataclass_fields__", {}))
    own: dict[str, dataclasses.Field] = {}
    # not typing.get_type_hints or inspect: evaluating annotations would cost start-up
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():  # noqa: RUF063
        text = annotation if isinstance(annotation, str) else repr(annotation)
        if text.startswith(("ClassVar", "typing.ClassVar")):
            continue
        if text.startswith(("InitVar", "dataclasses.InitVar")):
            raise TypeError(f"{cls.__name__}.{name}: a record has no InitVar")
        default = cls.__dict__.get(name, _MISSING)
        f = (
            default
            if isinstance(default, dataclasses.Field)
            else dataclasses.field(default=default)
        )
        if f.kw_only is True:
            raise TypeError(f"{cls.__name__}.{name}: a record has no keyword-only fields")
        f.name, f.type = name, annotation
        f._field_type = dataclasses._FIELD  # type: ignore[attr-defined]  # what fields() lists
        own[name] = f
    fields = {**inherited, **own}
    methods = _methods(cls.__qualname__, list(fields.values()), eq=eq, frozen=frozen)
    if slots:
        namespace = {k: v for k, v in cls.__dict__.items() if k not in own}
        namespace.pop("__dict__", None)
        namespace.pop("__weakref__", None)
        namespace["__slots__"] = tuple(own)
        new = type(cls)(cls.__name__, cls.__bases__, namespace)
    else:
        new = cls
        for name, f in own.items():  # the class attribute is the default, as with @dataclass
            if f.default is _MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    new.__dataclass_fields__ = fields  # type: ignore[attr-defined]
    for name, method in methods.items():
        if name not in cls.__dict__ or name in ("__init__", "__setattr__", "__delattr__"):
            setattr(new, name, method)
    return new  # type: ignore[return-value]


def _methods(
    qualname: str, fields: list[dataclasses.Field], *, eq: bool, frozen: bool
) -> dict[str, Callable[..., Any]]:
    """The generated methods of a record class with FIELDS, by name, from one ``exec``."""
    params, body = [], []
    namespace: dict[str, Any] = {
        "_NO": _NO_DEFAULT,
        "_set": object.__setattr__,
        "_Frozen": dataclasses.FrozenInstanceError,
    }
    for i, f in enumerate(fields):
        assert f.name.isidentifier(), f.name  # the text holds names of the declaration only
        value = f.name
        if f.default_factory is not _MISSING:
            namespace[f"_f{i}"] = f.default_factory
            params.append(f"{f.name}=_NO")
            value = f"_f{i}() if {f.name} is _NO else {f.name}"
        elif f.default is not _MISSING:
            namespace[f"_d{i}"] = f.default
            params.append(f"{f.name}=_d{i}")
        else:
            params.append(f.name)
        body.append(
            f"    _set(self, {f.name!r}, {value})" if frozen else f"    self.{f.name} = {value}"
        )
    lines = [f"def __init__(self, {', '.join(params)}):", *(body or ["    pass"])]
    compared = [f.name for f in fields if f.compare]
    if eq:
        mine = "".join(f"self.{n}," for n in compared)
        theirs = "".join(f"other.{n}," for n in compared)
        lines += [
            "def __eq__(self, other):",
            "    if other.__class__ is self.__class__:",
            f"        return ({mine}) == ({theirs})",
            "    return NotImplemented",
        ]
        if frozen:
            hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
            lines += [
                "def __hash__(self):",
                f"    return hash(({''.join(f'self.{n},' for n in hashed)}))",
            ]
    if frozen:
        lines += [
            "def __setattr__(self, name, value):",
            "    raise _Frozen(f'cannot assign to field {name!r}')",
            "def __delattr__(self, name):",
            "    raise _Frozen(f'cannot delete field {name!r}')",
        ]
    exec("\n".join(lines), namespace)
    out = {
        name: namespace[name]
        for name in ("__init__", "__eq__", "__hash__", "__setattr__", "__delattr__")
        if name in namespace
    }
    for name, method in out.items():
        method.__qualname__ = f"{qualname}.{name}"
    if eq and not frozen:
        out["__hash__"] = None  # type: ignore[assignment]  # as @dataclass: unhashable
    out["__repr__"] = _repr
    if frozen:
        out["__getstate__"], out["__setstate__"] = _getstate, _setstate  # copy and pickle
    return out


def _repr(self: Any) -> str:
    shown = ", ".join(
        f"{f.name}={getattr(self, f.name)!r}" for f in self.__dataclass_fields__.values() if f.repr
    )
    return f"{type(self).__qualname__}({shown})"


def _getstate(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in self.__dataclass_fields__)


def _setstate(self: Any, state: tuple[Any, ...]) -> None:
    for name, value in zip(self.__dataclass_fields__, state):
        object.__setattr__(self, name, value)
