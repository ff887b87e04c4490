"""The JSON Schema (draft 2020-12) of one plan file, from the same declaration as the model
(:mod:`journeyplan.plan.model`): each field type describes itself
(``FieldType.json_schema``); this module adds the file level and the rule codes that
``plan.checks`` accepts. ``journeyplan schema`` prints it."""

from __future__ import annotations

from typing import Any

from journeyplan.plan.fields import nullable
from journeyplan.plan.format import SECTIONS
from journeyplan.plan.model import CHECK_LEVELS


def rule_code_schemas() -> dict[str, dict[str, Any]]:
    """The keys of ``plan.checks``: every rule code of the registry with the levels it
    accepts and its title (editor completion and hover). Codes that mean a file was not
    read accept only ``error`` (:data:`journeyplan.check.selection.ALWAYS_ON`)."""
    from journeyplan.check.selection import ALWAYS_ON
    from journeyplan.i18n import render_message
    from journeyplan.rules import REGISTRY

    out: dict[str, dict[str, Any]] = {}
    for code, rule in REGISTRY.items():
        title = render_message(f"title.{code}", None, "en")
        levels = ["error"] if code in ALWAYS_ON else list(CHECK_LEVELS)
        out[code] = {
            "enum": levels,
            "description": f"{title} ({rule.name}; default: {rule.severity}).",
        }
    return out


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one plan file, from the same definition as the model.

    Returns a JSON-ready dict in a fixed order (sections and fields in format order), so
    ``journeyplan schema`` prints the same bytes every time. It accepts what the checker
    accepts as well-formed (numbers as text, explicit nulls for optional keys) and rejects
    what the checker reports as structure errors it can see in one file: unknown keys,
    wrong types, values not allowed, invalid ids and durations, missing required keys,
    unknown rule codes in ``plan.checks``. Cross-file checks (dangling references,
    duplicate ids) and the checklist are the checker's."""
    props = {}
    for key, section in SECTIONS.items():
        s = nullable(section.type.json_schema())  # an empty section (`personas:`) is allowed
        s["description"] = section.description
        props[key] = s
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://journeyplan.dev/schema/plan-v1.json",
        "title": "journeyplan plan file (format v1)",
        "description": "One YAML file of a journeyplan plan; list sections of several files "
        "are concatenated.",
        "type": "object",
        "properties": props,
        "additionalProperties": False,
    }
