"""Where a message's placeholders are written (journeyplan.plan.placeholders).

The fast path compares the source's placeholders with the value's only for double-quoted
scalars, and counts lines with ``str.count`` when a file breaks lines with ``\\n`` alone.
Both are held here against the plain definition: every placeholder match of the source
slice, compared with the value's, lines counted by every YAML line break.
"""

from __future__ import annotations

import re

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from journeyplan.plan.placeholders import PLACEHOLDER, source_positions
from journeyplan.source.compose import _PlanLoader

# The definition as first written: lookbehind first, every line break YAML counts.
_REFERENCE = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")
_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def reference_positions(text, node, value):
    start, end = node.start_mark.index, node.end_mark.index
    found = list(_REFERENCE.finditer(text, start, end))
    if [m.group(1) for m in found] != _REFERENCE.findall(value):
        return None
    line, line_start = node.start_mark.line, start - node.start_mark.column
    out, at = [], start
    for m in found:
        for br in _BREAKS.finditer(text, at, m.start()):
            line += 1
            line_start = br.end()
        at = m.start()
        out.append((line + 1, m.start() - line_start + 1))
    return out


def message_node(text):
    loader = _PlanLoader(text)
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    return root.value[-1][1]


# Tokens rather than characters, so that most texts hold placeholders, over several lines.
_TOKENS = ["{a}", "{b_1}", "{{a}}", "{", "}", "word", " ", "  ", "\n", "\t", "'", '"', "\\", "\x85"]
texts = st.lists(st.sampled_from(_TOKENS), max_size=30).map("".join)
styles = st.sampled_from([None, "'", '"', "|", ">"])


@settings(max_examples=400, deadline=None)
@given(value=texts, style=styles, newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_positions_are_those_of_the_plain_definition(value, style, newline):
    text = yaml.dump(
        {"x": 1, "message": value},
        default_style=style,
        sort_keys=False,
        width=20,
        allow_unicode=True,
    )
    text = text.replace("\n", newline)
    node = message_node(text)
    if not isinstance(node, yaml.ScalarNode):
        return
    assert source_positions(text, node, node.value) == reference_positions(text, node, node.value)


@settings(max_examples=400, deadline=None)
@given(value=texts, style=st.sampled_from([None, "'", "|", ">"]))
def test_only_double_quotes_can_hide_a_placeholder(value, style):
    """Why the other styles skip the comparison: their source shows the value's
    placeholders, in order (the emitter may pick another style; the node says which)."""
    text = yaml.dump({"message": value}, default_style=style, width=20, allow_unicode=True)
    node = message_node(text)
    if node.style == '"':
        return
    source = text[node.start_mark.index : node.end_mark.index]
    assert PLACEHOLDER.findall(source) == PLACEHOLDER.findall(node.value)


def test_the_pattern_is_the_definition():
    for s in ["{a}", "{{a}}", "{{a}", "{a}}", "x{a}{b}", "{a}{{b}}{c}", "{{{a}}}", "{_1}", "{1a}"]:
        assert PLACEHOLDER.findall(s) == _REFERENCE.findall(s), s


def test_a_placeholder_lines_below_the_start():
    text = "x: 1\nmessage: >-\n  Hi\n  there {a}\n\n  and {b}\n"
    node = message_node(text)
    assert source_positions(text, node, node.value) == [(4, 9), (6, 7)]


def test_an_escape_in_double_quotes_falls_back():
    text = 'message: "\\x7bname} and {other}"\n'
    node = message_node(text)
    assert source_positions(text, node, node.value) is None
