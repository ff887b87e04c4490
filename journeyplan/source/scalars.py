"""YAML 1.2 core-schema scalars and tags: what a composed scalar node means.

The loader composes nodes without constructing anything; :func:`resolve_scalar` decides,
with the YAML 1.2 core schema, whether a scalar is null, a boolean, an integer, a float or
text, so ``no``, ``on``, ``09:30`` and ``2026-01-15`` stay text.
"""

from __future__ import annotations

import re

from yaml.nodes import ScalarNode

PLAIN = "tag:journeyplan,2026:plain"  # tag of an untagged plain scalar, resolved later
STR_TAG = "tag:yaml.org,2002:str"
CORE_TAGS = frozenset(
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "map", "seq")
)


# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution)
_NULL = re.compile(r"(?:~|null|Null|NULL|)\Z")
_BOOL = re.compile(r"(?:true|True|TRUE|false|False|FALSE)\Z")
_INT = re.compile(r"(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\Z")
_FLOAT = re.compile(
    r"(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)"
    r"|\.(?:nan|NaN|NAN))\Z"
)

#: Scalar kinds after resolution.
NULL, BOOL, INT, FLOAT, STR = "null", "bool", "int", "float", "str"
#: What the value of a scalar with an explicit core tag must look like.
_TAGGED = {NULL: _NULL, BOOL: _BOOL, INT: _INT, FLOAT: _FLOAT}


def resolve_scalar(node: ScalarNode) -> str:
    """Kind of a scalar under the YAML 1.2 core schema: ``null|bool|int|float|str``.

    An explicit core tag wins when the value fits it (``!!str 12`` is a string, ``!!int 12``
    an integer); a value that does not fit its tag (``!!int abc``, ``!!bool maybe``) or a
    scalar tagged ``!!map``/``!!seq`` is a string, so the validator reports a wrong type
    instead of misreading or crashing. A non-core tag is the caller's business
    (:func:`is_core_tag`)."""
    tag = node.tag
    if tag == PLAIN:
        v = node.value
        if not v or v[0] in "~nNtTfF":
            if _NULL.match(v):
                return NULL
            if _BOOL.match(v):
                return BOOL
            return STR
        if v[0] in "0123456789+-.":
            if _INT.match(v):
                return INT
            if _FLOAT.match(v):
                return FLOAT
        return STR
    if tag in CORE_TAGS:
        kind = tag.rsplit(":", 1)[-1]
        pattern = _TAGGED.get(kind)
        if pattern is not None and pattern.match(node.value):
            return kind
    return STR


def bool_value(node: ScalarNode) -> bool:
    return node.value[0] in "tT"


#: Longest integer (in characters, sign included) read as a number; longer is "too large".
MAX_DIGITS = 30


def int_value(node: ScalarNode) -> int | None:
    """The integer a core-schema int scalar denotes, or ``None`` if it is absurdly long."""
    v = node.value
    if len(v) > MAX_DIGITS:
        return None
    if v.startswith("0o"):
        return int(v[2:], 8)
    if v.startswith("0x"):
        return int(v[2:], 16)
    return int(v)


def float_value(node: ScalarNode) -> float | None:
    v = node.value
    if len(v) > 60:
        return None
    low = v.lower()
    if low.endswith(".inf"):
        return float("-inf") if v.startswith("-") else float("inf")
    if low == ".nan":
        return float("nan")
    return float(v)


def is_core_tag(tag: str) -> bool:
    return tag == PLAIN or tag in CORE_TAGS
