"""Hover texts and document symbols.

Hover on an id (its definition or a reference) shows the element: a persona's name, target
group, motivations and preferred channels; a channel's type, media and response time; a
touchpoint's stage, channel and conversion goal; and so on. Durations are shown as plans write
them (``4h``, ``2d``). Labels are in the plan's language (the catalogue's ``lsp.hover.*``).

Document symbols are the file's sections and, inside them, its elements (named by id, with
the element's name as detail; triggers as ``from → to``), with the ranges of their YAML nodes.
"""

from __future__ import annotations

from lsprotocol import types as lsp
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from journeyplan.i18n import translator
from journeyplan.lsp.text import LineIndex
from journeyplan.plan import model as m
from journeyplan.plan.durations import format_duration


def _md(text: object) -> str:
    """TEXT for Markdown: characters that format are escaped, newlines become spaces."""
    out = str(text).replace("\r", " ").replace("\n", " ")
    for c in "\\`*_{}[]<>()#+!|~":
        out = out.replace(c, "\\" + c)
    return out


_KIND_OF_TERM = {k.term: k for k in m.Kind}  # 'target group' -> Kind.TARGET_GROUP


def hover_markdown(kind: str, e: m.Element, plan: m.Plan, lang: str = "en") -> str:
    """Markdown describing element E (of KIND, a term such as ``target group``) of PLAN, for
    a hover, in LANG (the ``lsp.*`` messages of :mod:`journeyplan.messages.lsp`)."""
    t = translator(lang)
    label = getattr(e, "label", None) or getattr(e, "id", "")
    if isinstance(e, m.BrandElement) and e.role:
        what = t(f"lsp.role.{e.role}")
    else:
        what = t(f"term.{kind}")
    lines = [f"**{_md(label)}** — {what} `{getattr(e, 'id', '')}`"]
    none = t("lsp.hover.none")

    def names(kind_: str, ids) -> str:
        known = plan.by_id(_KIND_OF_TERM[kind_])
        return ", ".join(_md(getattr(known.get(i), "label", i)) for i in ids) or none

    def row(key: str, value: object) -> None:
        if value not in (None, "", []):
            lines.append("- " + t(f"lsp.hover.{key}", value=value))

    def term(field: str, value: str | None) -> str | None:
        """An enumeration's value in LANG (``social`` -> ``sociale media``)."""
        return t(f"term.{field}.{value}") if value else None

    def duration(minutes: int | None) -> str | None:
        return format_duration(minutes) if minutes is not None else None

    if isinstance(e, m.Persona):
        if e.target_group:
            row("target_group", names("target group", [e.target_group]))
        row("motivations", ", ".join(map(_md, e.motivations or ())) or none)
        row("channels", names("channel", e.channels or ()))
        row("job_search", term("job_search", e.job_search))
        row("frustrations", ", ".join(map(_md, e.frustrations or ())))
    elif isinstance(e, m.Channel):
        row("type", term("channel_type", e.type))
        row("media", term("media", e.media))
        row("response_time", duration(e.response_time))
    elif isinstance(e, m.TargetGroup):
        row("size", e.size)
        row("priority", term("priority", e.priority))
        row("personas", names("persona", [p.id for p in plan.personas if p.target_group == e.id]))
    elif isinstance(e, m.Touchpoint):
        row("stage", names("stage", [e.stage]) if e.stage else None)
        row("channel", names("channel", [e.channel]) if e.channel else None)
        every = t("lsp.hover.every_persona")
        row("personas", names("persona", e.personas) if e.personas is not None else every)
        if e.conversion is not None:
            row("conversion", t(f"goal.{e.conversion.goal}") if e.conversion.goal else None)
        row("kind", term("touchpoint_kind", e.kind) if e.kind != "contact" else None)
        row("response_time", duration(e.response_time))
        row("brand", names("brand element", e.brand) if e.brand else None)
    description = getattr(e, "description", None)
    if description:
        lines.append("")
        lines.append(_md(description))
    return "\n".join(lines)


# --------------------------------------------------------------------------- symbols
_SYMBOL_KINDS = {
    "stages": lsp.SymbolKind.EnumMember,
    "qualifiers": lsp.SymbolKind.Constant,
    "winners": lsp.SymbolKind.Constant,
    "personality": lsp.SymbolKind.Constant,
    "target_groups": lsp.SymbolKind.Class,
    "personas": lsp.SymbolKind.Object,
    "channels": lsp.SymbolKind.Interface,
    "touchpoints": lsp.SymbolKind.Event,
    "triggers": lsp.SymbolKind.Operator,
}
_MAX_SYMBOLS = 5000


def _scalar(node: MappingNode, key: str) -> str | None:
    for k, v in node.value:
        if isinstance(k, ScalarNode) and k.value == key and isinstance(v, ScalarNode):
            return v.value
    return None


class _Symbols:
    def __init__(self, index: LineIndex, encoding: str) -> None:
        self.index = index
        self.encoding = encoding
        self.count = 0

    def range(self, start: Node, end: Node | None = None) -> lsp.Range:
        a = self.index.offset(start.start_mark.line + 1, start.start_mark.column + 1)
        b_mark = (end or start).end_mark
        b = self.index.offset(b_mark.line + 1, b_mark.column + 1)
        sl, sc = self.index.lsp_position(a, self.encoding)
        el, ec = self.index.lsp_position(max(a, b), self.encoding)
        return lsp.Range(lsp.Position(sl, sc), lsp.Position(el, ec))

    def items(self, key: str, node: Node) -> list[lsp.DocumentSymbol]:
        """Symbols of the elements in a list section (or a list field such as stages)."""
        out: list[lsp.DocumentSymbol] = []
        if not isinstance(node, SequenceNode):
            return out
        kind = _SYMBOL_KINDS.get(key, lsp.SymbolKind.Object)
        for item in node.value:
            if self.count >= _MAX_SYMBOLS or not isinstance(item, MappingNode):
                continue
            ident = _scalar(item, "id")
            if ident is None and key == "triggers":
                ident = f"{_scalar(item, 'from') or '?'} → {_scalar(item, 'to') or '?'}"
            if not ident:
                continue
            self.count += 1
            detail = _scalar(item, "name") or _scalar(item, "text") or _scalar(item, "event")
            whole = self.range(item)
            id_node = next(
                (v for k, v in item.value if isinstance(k, ScalarNode) and k.value == "id"), None
            )
            out.append(
                lsp.DocumentSymbol(
                    name=ident,
                    detail=detail,
                    kind=kind,
                    range=whole,
                    selection_range=self.range(id_node) if id_node is not None else whole,
                )
            )
        return out

    def section(self, key: ScalarNode, value: Node) -> lsp.DocumentSymbol:
        children: list[lsp.DocumentSymbol] = []
        if isinstance(value, SequenceNode):
            children = self.items(key.value, value)
        elif isinstance(value, MappingNode):  # plan (stages), employer_brand (its lists)
            for k, v in value.value:
                if isinstance(k, ScalarNode) and isinstance(v, SequenceNode):
                    group = self.items(k.value, v)
                    if k.value == "stages":
                        children.extend(group)
                    elif group:
                        children.append(
                            lsp.DocumentSymbol(
                                name=k.value,
                                kind=lsp.SymbolKind.Array,
                                range=self.range(k, v),
                                selection_range=self.range(k),
                                children=group,
                            )
                        )
        return lsp.DocumentSymbol(
            name=key.value,
            kind=lsp.SymbolKind.Module,
            range=self.range(key, value),
            selection_range=self.range(key),
            children=children,
        )


def document_symbols(
    root: Node | None, index: LineIndex, encoding: str
) -> list[lsp.DocumentSymbol]:
    """The sections of a composed plan file (ROOT) and their elements."""
    if not isinstance(root, MappingNode):
        return []
    symbols = _Symbols(index, encoding)
    return [symbols.section(k, v) for k, v in root.value if isinstance(k, ScalarNode) and k.value]
