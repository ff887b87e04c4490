"""Plan structure (no checklist question): reported by the loader and the validator.

These rules have no check function: :mod:`journeyplan.source.compose` and :mod:`journeyplan.plan.build`
emit them while reading, and :mod:`journeyplan.check.pipeline` emits the configuration ones.
"""

from journeyplan.rules.base import Rule

RULES = [
    Rule("JP001", "yaml-syntax", None, "error"),
    Rule("JP002", "duplicate-key", None, "error"),
    Rule("JP003", "unknown-key", None, "error"),
    Rule("JP004", "wrong-type", None, "error"),
    Rule("JP005", "invalid-id", None, "error"),
    Rule("JP006", "duplicate-id", None, "error"),
    Rule("JP007", "dangling-reference", None, "error"),
    Rule("JP008", "not-a-duration", None, "error"),
    Rule("JP009", "value-not-allowed", None, "error"),
    Rule("JP010", "missing-field", None, "error"),
    Rule("JP011", "empty-file", None, "warning"),
    Rule("JP012", "not-a-mapping", None, "error"),
    Rule("JP013", "unsupported-tag", None, "error"),
    Rule("JP014", "input-too-large", None, "error"),
    Rule("JP015", "section-declared-twice", None, "error"),
    Rule("JP016", "unreadable-file", None, "error"),
    Rule("JP017", "unused-suppression", None, "warning"),
    Rule("JP018", "unknown-rule-code", None, "error"),
    Rule("JP019", "not-a-plan-file", None, "warning"),
    Rule("JP020", "linked-folder-skipped", None, "warning"),
    Rule("JP021", "file-of-a-plan-folder", None, "info"),
    Rule("JP022", "blank-name", None, "warning"),
]
