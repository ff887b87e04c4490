"""What the YAML parser says (libyaml's own English, word for word) and durations in words.

JP001's ``{detail}`` is a :class:`journeyplan.i18n.ParserText`: the parser's context and
problem, each shown through the entry below whose id is exactly that text (msgctxt
``libyaml``); a text not listed here is shown in English. The ``duration.*`` messages write a
:class:`journeyplan.i18n.Duration`: the plan's notation (``2d``) in English, words elsewhere.
"""

from __future__ import annotations

from journeyplan.i18n import NC_, NCP_

MESSAGES = {
    # contexts: where the parser was
    "yaml.simple_key": NC_("libyaml", "while scanning a simple key"),
    "yaml.next_token": NC_("libyaml", "while scanning for the next token"),
    "yaml.quoted_scalar": NC_("libyaml", "while scanning a quoted scalar"),
    "yaml.parsing_quoted_scalar": NC_("libyaml", "while parsing a quoted scalar"),
    "yaml.plain_scalar": NC_("libyaml", "while scanning a plain scalar"),
    "yaml.block_scalar": NC_("libyaml", "while scanning a block scalar"),
    "yaml.flow_sequence": NC_("libyaml", "while parsing a flow sequence"),
    "yaml.flow_mapping": NC_("libyaml", "while parsing a flow mapping"),
    "yaml.block_mapping": NC_("libyaml", "while parsing a block mapping"),
    "yaml.block_collection": NC_("libyaml", "while parsing a block collection"),
    "yaml.block_node": NC_("libyaml", "while parsing a block node"),
    "yaml.flow_node": NC_("libyaml", "while parsing a flow node"),
    "yaml.anchor": NC_("libyaml", "while scanning an anchor"),
    "yaml.alias": NC_("libyaml", "while scanning an alias"),
    "yaml.tag": NC_("libyaml", "while scanning a tag"),
    # problems: what it found
    "yaml.expected_colon": NC_("libyaml", "could not find expected ':'"),
    "yaml.cannot_start_token": NC_("libyaml", "found character that cannot start any token"),
    "yaml.end_of_stream": NC_("libyaml", "found unexpected end of stream"),
    "yaml.expected_comma_bracket": NC_("libyaml", "did not find expected ',' or ']'"),
    "yaml.expected_comma_brace": NC_("libyaml", "did not find expected ',' or '}'"),
    "yaml.expected_key": NC_("libyaml", "did not find expected key"),
    "yaml.expected_dash": NC_("libyaml", "did not find expected '-' indicator"),
    "yaml.expected_node": NC_("libyaml", "did not find expected node content"),
    "yaml.mapping_values": NC_("libyaml", "mapping values are not allowed in this context"),
    "yaml.sequence_entries": NC_(
        "libyaml", "block sequence entries are not allowed in this context"
    ),
    "yaml.undefined_alias": NC_("libyaml", "found undefined alias"),
    "yaml.expected_alnum": NC_("libyaml", "did not find expected alphabetic or numeric character"),
    "yaml.expected_gt": NC_("libyaml", "did not find the expected '>'"),
    "yaml.unknown_escape": NC_("libyaml", "found unknown escape character"),
    "yaml.tab_indentation": NC_("libyaml", "found a tab character that violates indentation"),
    "yaml.tab_block_scalar": NC_(
        "libyaml", "found a tab character where an indentation space is expected"
    ),
    "yaml.document_indicator": NC_("libyaml", "found unexpected document indicator"),
    "yaml.comment_or_break": NC_("libyaml", "did not find expected comment or line break"),
    # durations ({count} units): the plan's notation in English, words in other languages
    "duration.w": NCP_("duration", "{count}w", "{count}w"),
    "duration.d": NCP_("duration", "{count}d", "{count}d"),
    "duration.h": NCP_("duration", "{count}h", "{count}h"),
    "duration.m": NCP_("duration", "{count}m", "{count}m"),
}
