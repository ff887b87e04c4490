"""Definition, references, hover, symbols, completion, rename and quick fixes, across the
files of examples/technical-staffing, with a real client over stdio."""

from __future__ import annotations

import pytest
from lsprotocol import types as lsp

from journeyplan.check.pipeline import check_plan
from tests.lsp.conftest import Session

pytestmark = pytest.mark.asyncio(loop_scope="module")

SANDER = "journeys/sander.yaml"


def at(text: str, needle: str, nth: int = 0, into: int = 1) -> lsp.Position:
    """The position INTO characters into the NTH occurrence of NEEDLE in TEXT."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(needle, index + 1)
    index += into
    line = text.count("\n", 0, index)
    return lsp.Position(line, index - (text.rfind("\n", 0, index) + 1))


def span(session: Session, location: lsp.Location) -> tuple[str, str]:
    """(relative file, the text the location covers)."""
    rel = location.uri.removeprefix(session.root.as_uri() + "/")
    lines = (session.root / rel).read_text().splitlines()
    r = location.range
    assert r.start.line == r.end.line
    return rel, lines[r.start.line][r.start.character : r.end.character]


async def test_definition_of_every_kind_of_reference(staffing):
    text = staffing.open(SANDER)
    audience = staffing.open("audience.yaml")
    cases = [
        (SANDER, at(text, "channel: instagram", into=10), "channels.yaml", "instagram"),
        (SANDER, at(text, "stage: find", into=8), "plan.yaml", "find"),
        (SANDER, at(text, "personas: [sander]", into=12), "audience.yaml", "sander"),
        (SANDER, at(text, "brand: [colleague-stories", into=10), "brand.yaml", "colleague-stories"),
        (SANDER, at(text, "from: sander-reel", into=7), SANDER, "sander-reel"),
        (SANDER, at(text, "to: sander-chat", into=5), SANDER, "sander-chat"),
        (
            "audience.yaml",
            at(audience, "target_group: mbo-technicians", into=15),
            "audience.yaml",
            "mbo-technicians",
        ),
    ]
    for rel, position, target, word in cases:
        got = await staffing.client.text_document_definition_async(
            lsp.DefinitionParams(text_document=staffing.doc(rel), position=position)
        )
        assert got is not None, (rel, position, word)
        (location,) = got
        assert span(staffing, location) == (target, word)
        line = (staffing.root / target).read_text().splitlines()[location.range.start.line]
        assert "id:" in line  # the definition, not another reference
    # no reference under the cursor: nothing
    assert (
        await staffing.client.text_document_definition_async(
            lsp.DefinitionParams(
                text_document=staffing.doc(SANDER), position=at(text, "name: Day-in", into=8)
            )
        )
        is None
    )


async def test_references_across_files(staffing):
    text = staffing.open(SANDER)
    got = await staffing.client.text_document_references_async(
        lsp.ReferenceParams(
            text_document=staffing.doc(SANDER),
            position=at(text, "channel: whatsapp", into=11),
            context=lsp.ReferenceContext(include_declaration=True),
        )
    )
    spans = [span(staffing, loc) for loc in got]
    files = {rel for rel, _ in spans}
    assert {word for _, word in spans} == {"whatsapp"}
    assert {"channels.yaml", "audience.yaml", SANDER, "journeys/shared.yaml"} <= files
    model = check_plan(staffing.root).plan
    expected = 1 + sum("whatsapp" in (x.channels or ()) for x in model.personas)
    expected += sum(t.channel == "whatsapp" for t in model.touchpoints)
    assert len(spans) == expected
    without = await staffing.client.text_document_references_async(
        lsp.ReferenceParams(
            text_document=staffing.doc(SANDER),
            position=at(text, "channel: whatsapp", into=11),
            context=lsp.ReferenceContext(include_declaration=False),
        )
    )
    assert len(without) == len(got) - 1
    assert ("channels.yaml", "whatsapp") not in [span(staffing, loc) for loc in without]


async def test_hover_on_persona_and_channel(staffing):
    text = staffing.open(SANDER)
    got = await staffing.client.text_document_hover_async(
        lsp.HoverParams(
            text_document=staffing.doc(SANDER), position=at(text, "personas: [sander]", into=12)
        )
    )
    value = got.contents.value
    assert "Sander, service electrician" in value
    assert "MBO" in value or "mbo" in value.lower()  # the target group, by name
    assert "variety, a different job every day" in value  # motivations
    assert "WhatsApp Business" in value and "Instagram" in value  # preferred channels, by name
    got = await staffing.client.text_document_hover_async(
        lsp.HoverParams(
            text_document=staffing.doc(SANDER), position=at(text, "channel: whatsapp", into=11)
        )
    )
    value = got.contents.value
    assert "WhatsApp Business" in value and "messaging" in value and "2h" in value


async def test_document_symbols(staffing):
    staffing.open(SANDER)
    got = await staffing.client.text_document_document_symbol_async(
        lsp.DocumentSymbolParams(text_document=staffing.doc(SANDER))
    )
    sections = {s.name: s for s in got}
    assert set(sections) == {"touchpoints", "triggers"}
    names = [c.name for c in sections["touchpoints"].children]
    assert names[:2] == ["sander-reel", "sander-vacancy"]
    assert sections["touchpoints"].children[0].detail.startswith("Day-in-the-life reel")
    assert sections["triggers"].children[0].name == "sander-reel → sander-vacancy"


async def complete(
    staffing: Session, rel: str, text: str, position: lsp.Position
) -> dict[str, str]:
    staffing.replace(rel, text)
    got = await staffing.client.text_document_completion_async(
        lsp.CompletionParams(text_document=staffing.doc(rel), position=position)
    )
    assert got is not None
    return {item.label: item.detail for item in got.items}


async def test_completion_where_a_reference_is_expected(staffing):
    text = staffing.open(SANDER)
    await staffing.settle()
    # `channel: ` being typed (block mapping)
    edited = text.replace("channel: instagram", "channel: ins", 1)
    items = await complete(staffing, SANDER, edited, at(edited, "channel: ins", into=12))
    assert items["whatsapp"] == "WhatsApp Business" and "instagram" in items
    assert "sander" not in items
    # a flow list of personas
    edited = text.replace("personas: [sander]", "personas: [sander, ]", 1)
    items = await complete(staffing, SANDER, edited, at(edited, "personas: [sander, ]", into=19))
    assert items["ruud"] == "Ruud, senior mechanic"
    # brand elements
    edited = text.replace(
        "brand: [colleague-stories, down-to-earth]", "brand: [colleague-stories, ]", 1
    )
    items = await complete(
        staffing, SANDER, edited, at(edited, "brand: [colleague-stories, ]", into=27)
    )
    assert "down-to-earth" in items and "cao-pay" in items
    # trigger ends: touchpoints of every file
    edited = text.replace("to: sander-chat", "to: ", 1)
    items = await complete(staffing, SANDER, edited, at(edited, "    to: \n", into=8))
    assert {"sander-chat", "apply-ack", "interview"} <= set(items)  # from every file
    # a block list item under `personas:` (audience: channels of a persona)
    audience = staffing.open("audience.yaml")
    edited = audience.replace(
        "    channels: [instagram, career-site, whatsapp, workshop, email]",
        "    channels:\n      - instagram\n      - ",
        1,
    )
    items = await complete(staffing, "audience.yaml", edited, at(edited, "      - \n", into=8))
    assert "email" in items and "sander" not in items
    # no reference expected: no items
    staffing.replace(SANDER, text)
    got = await staffing.client.text_document_completion_async(
        lsp.CompletionParams(
            text_document=staffing.doc(SANDER), position=at(text, "name: Day", into=7)
        )
    )
    assert got is None or not got.items


async def test_rename_across_files(staffing):
    text = staffing.open(SANDER)
    position = at(text, "channel: whatsapp", into=11)
    prepared = await staffing.client.text_document_prepare_rename_async(
        lsp.PrepareRenameParams(text_document=staffing.doc(SANDER), position=position)
    )
    assert prepared.placeholder == "whatsapp"
    edit = await staffing.client.text_document_rename_async(
        lsp.RenameParams(
            text_document=staffing.doc(SANDER), position=position, new_name="whatsapp-business"
        )
    )
    references = await staffing.client.text_document_references_async(
        lsp.ReferenceParams(
            text_document=staffing.doc(SANDER),
            position=position,
            context=lsp.ReferenceContext(include_declaration=True),
        )
    )
    edited = {
        (uri, e.range.start.line, e.range.start.character)
        for uri, es in edit.changes.items()
        for e in es
    }
    assert edited == {(r.uri, r.range.start.line, r.range.start.character) for r in references}
    assert len(edit.changes) >= 4 and all(
        e.new_text == "whatsapp-business" for es in edit.changes.values() for e in es
    )
    # applied to the buffers, the plan still has no findings
    for uri, edits in edit.changes.items():
        rel = uri.removeprefix(staffing.root.as_uri() + "/")
        lines = (staffing.texts.get(rel) or (staffing.root / rel).read_text()).split("\n")
        for e in sorted(
            edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
        ):
            line = lines[e.range.start.line]
            lines[e.range.start.line] = (
                line[: e.range.start.character] + e.new_text + line[e.range.end.character :]
            )
        if rel not in staffing.versions:
            staffing.open(rel)
        staffing.replace(rel, "\n".join(lines))
    assert await staffing.settle() == {}


@pytest.mark.parametrize(
    "new_name, why", [("WhatsApp", "is not an id"), ("email", "already"), ("", "is not an id")]
)
async def test_rename_refused(staffing, new_name, why):
    text = staffing.open(SANDER)
    with pytest.raises(Exception, match=why):
        await staffing.client.text_document_rename_async(
            lsp.RenameParams(
                text_document=staffing.doc(SANDER),
                position=at(text, "channel: whatsapp", into=11),
                new_name=new_name,
            )
        )


async def test_quick_fix_for_did_you_mean(staffing):
    text = staffing.open(SANDER)
    edited = text.replace("channel: whatsapp", "channel: whatsap", 1).replace(
        "stage: find", "stag: find", 1
    )
    staffing.replace(SANDER, edited)
    got = await staffing.settle()
    fixed = edited
    for diag in got[SANDER]:
        actions = await staffing.client.text_document_code_action_async(
            lsp.CodeActionParams(
                text_document=staffing.doc(SANDER),
                range=diag.range,
                context=lsp.CodeActionContext(diagnostics=[diag]),
            )
        )
        if diag.code == "JP010":  # a missing key has no did-you-mean
            assert not actions
            continue
        (action,) = actions
        assert action.kind == lsp.CodeActionKind.QuickFix
        (e,) = action.edit.changes[staffing.uri(SANDER)]
        lines = fixed.split("\n")
        line = lines[e.range.start.line]
        lines[e.range.start.line] = (
            line[: e.range.start.character] + e.new_text + line[e.range.end.character :]
        )
        fixed = "\n".join(lines)
    assert fixed == text
