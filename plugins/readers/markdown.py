"""Markdown markup taken off a body, so that statements hold words, not markup.

`**MS. ROE:** Thank you.` reads `MS. ROE: Thank you.`; `[the report](https://…)`
reads `the report`; `\\_` reads `_`. Heading marks, block quotes' `>`, images,
link definitions, horizontal rules and HTML comments go. List markers stay
(an interview's `- ` answers are the segmenter's to read), but for an item
that opens with a label in bold (`- **Q:** ...`), which is a turn.
"""
from __future__ import annotations

import re

COMMENT = re.compile(r"<!--.*?-->", re.S)
IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[^\S\n]*\S+.*(?:\n|\Z)", re.M)
HEADING = re.compile(r"^ {0,3}#{1,6}(?:[^\S\n]+(.*?))??(?:[^\S\n]+#+)?[^\S\n]*$", re.M)
RULE = re.compile(r"^ {0,3}(?:(?:\*[^\S\n]*){3,}|(?:-[^\S\n]*){3,}|(?:_[^\S\n]*){3,})$\n?", re.M)
# Emphasis: the delimiter run opens before a non-blank and closes after one. `_` only counts at
# word edges (`snake_case` stays), `*` anywhere but as a list bullet (`* item`).
STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)")
CODE = re.compile(r"`([^`\n]+)`")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])")
# `> **Q:** ...`: a quoted paragraph's marks (a briefing sets its questions so); `- **Q:** ...`: a list item
# that opens with a label in bold is a turn, not an item.
QUOTE_MARK = re.compile(r"^ {0,3}>[^\S\n]?", re.M)
LABELLED_ITEM = re.compile(r"^ {0,3}[-*+][^\S\n]+(?=(?:\*\*|__)[^*_\n]{1,60}:[^\S\n]*(?:\*\*|__))", re.M)
ESCAPED = "\ue002"  # stands in for an escaped character while emphasis is removed


def strip_markdown(text: str) -> str:
    """The body with Markdown's markup removed and its words kept."""
    if not any(c in text for c in "*_[]#\\<`-"):
        return text
    escaped: list[str] = []

    def hide(m: re.Match) -> str:
        escaped.append(m.group(1))
        return ESCAPED

    text = ESCAPE.sub(hide, text)
    text = COMMENT.sub("", text)
    if ">" in text:
        text = QUOTE_MARK.sub("", text)
    text = LABELLED_ITEM.sub("", text)
    text = IMAGE.sub("", text)
    text = LINK_DEFINITION.sub("", text)
    text = LINK.sub(r"\1", text)
    text = RULE.sub("", text)
    text = HEADING.sub(lambda m: m.group(1) or "", text)
    text = CODE.sub(r"\1", text)
    text = STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    text = EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    if escaped:
        pieces = iter(escaped)
        text = re.sub(ESCAPED, lambda _: next(pieces), text)
    return text
