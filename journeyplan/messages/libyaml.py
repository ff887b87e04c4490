"""What the YAML parser found, said for a reader, and durations in words.

JP001's ``{detail}`` is a :class:`journeyplan.i18n.ParserText`: the parser's (libyaml's)
context and problem, in libyaml's own English. :data:`PARSER_WORDS` maps each text libyaml is
known to use to the ``yaml.*`` message that says it for a consultant, in every language
(English included); a context and problem that say more together have a ``yaml.pair.*``
message. A text not listed here is shown as libyaml wrote it. libyaml's own words stay on the
finding (``ParserText.raw``): ``journeyplan check --debug`` prints them under the finding.

The ``duration.*`` messages write a :class:`journeyplan.i18n.Duration`: the plan's notation
(``2d``) in English, words elsewhere.
"""

from __future__ import annotations

from journeyplan.i18n import NC_, NCP_

#: libyaml's words (a context or a problem) -> the suffix of the ``yaml.*`` message key.
PARSER_WORDS = {
    # contexts: where the parser was (only said through a yaml.pair.* message)
    "while scanning a simple key": "simple_key",
    "while scanning for the next token": "next_token",
    "while scanning a quoted scalar": "quoted_scalar",
    "while parsing a quoted scalar": "quoted_scalar",
    "while scanning a plain scalar": "plain_scalar",
    "while scanning a block scalar": "block_scalar",
    "while parsing a flow sequence": "flow_sequence",
    "while parsing a flow mapping": "flow_mapping",
    "while parsing a block mapping": "block_mapping",
    "while parsing a block collection": "block_collection",
    "while parsing a block node": "block_node",
    "while parsing a flow node": "flow_node",
    "while scanning an anchor": "anchor",
    "while scanning an alias": "alias",
    "while scanning a tag": "tag",
    # problems: what it found
    "could not find expected ':'": "expected_colon",
    "found character that cannot start any token": "cannot_start_token",
    "found unexpected end of stream": "end_of_stream",
    "did not find expected ',' or ']'": "expected_comma_bracket",
    "did not find expected ',' or '}'": "expected_comma_brace",
    "did not find expected key": "expected_key",
    "did not find expected '-' indicator": "expected_dash",
    "did not find expected node content": "expected_node",
    "mapping values are not allowed in this context": "mapping_values",
    "mapping values are not allowed here": "mapping_values",
    "block sequence entries are not allowed in this context": "sequence_entries",
    "block sequence entries are not allowed here": "sequence_entries",
    "found undefined alias": "undefined_alias",
    "did not find expected alphabetic or numeric character": "expected_alnum",
    "did not find the expected '>'": "expected_gt",
    "found unknown escape character": "unknown_escape",
    "found a tab character that violates indentation": "tab_indentation",
    "found a tab character where an indentation space is expected": "tab_block_scalar",
    "found unexpected document indicator": "document_indicator",
    "did not find expected comment or line break": "comment_or_break",
}

MESSAGES = {
    # problems, said for a reader (the location says where)
    "yaml.expected_colon": NC_("libyaml", "the ':' after the key is missing"),
    "yaml.cannot_start_token": NC_(
        "libyaml", "no YAML value can start with the character here (put the text in quotes)"
    ),
    "yaml.end_of_stream": NC_("libyaml", "the file ends before this value is complete"),
    "yaml.expected_comma_bracket": NC_("libyaml", "a ',' or the closing ']' is missing"),
    "yaml.expected_comma_brace": NC_("libyaml", "a ',' or the closing '}' is missing"),
    "yaml.expected_key": NC_("libyaml", "a key belongs here (is the indentation right?)"),
    "yaml.expected_dash": NC_(
        "libyaml", "a list item starting with '-' belongs here (is the indentation right?)"
    ),
    "yaml.expected_node": NC_("libyaml", "a value belongs here"),
    "yaml.mapping_values": NC_("libyaml", "a key with a value is not allowed here"),
    "yaml.sequence_entries": NC_("libyaml", "a list item ('- ') is not allowed here"),
    "yaml.undefined_alias": NC_("libyaml", "the alias refers to an anchor that does not exist"),
    "yaml.expected_alnum": NC_("libyaml", "a letter or digit belongs here"),
    "yaml.expected_gt": NC_("libyaml", "the closing '>' is missing"),
    "yaml.unknown_escape": NC_(
        "libyaml", "unknown escape: the character after the \\ means nothing in YAML"
    ),
    "yaml.tab_indentation": NC_("libyaml", "a tab breaks the indentation"),
    "yaml.tab_block_scalar": NC_("libyaml", "there is a tab where an indentation space belongs"),
    "yaml.document_indicator": NC_(
        "libyaml", "a line '---' or '...' starts a new document in the middle of a value"
    ),
    "yaml.comment_or_break": NC_("libyaml", "only a comment or a new line may come here"),
    # a context and a problem that say more together
    "yaml.pair.quoted_scalar.end_of_stream": NC_(
        "libyaml", "the file ends before the quotation mark is closed"
    ),
    "yaml.pair.quoted_scalar.document_indicator": NC_(
        "libyaml",
        "a line '---' or '...' inside quoted text: the quotation mark is not closed before it",
    ),
    "yaml.pair.flow_sequence.end_of_stream": NC_(
        "libyaml", "the file ends before the list is closed with ']'"
    ),
    "yaml.pair.flow_mapping.end_of_stream": NC_(
        "libyaml", "the file ends before the mapping is closed with '}'"
    ),
    "yaml.pair.block_scalar.comment_or_break": NC_(
        "libyaml", "after '|' or '>' only a comment or a new line may come (then the text)"
    ),
    # durations ({count} units): the plan's notation in English, words in other languages
    "duration.w": NCP_("duration", "{count}w", "{count}w"),
    "duration.d": NCP_("duration", "{count}d", "{count}d"),
    "duration.h": NCP_("duration", "{count}h", "{count}h"),
    "duration.m": NCP_("duration", "{count}m", "{count}m"),
}
