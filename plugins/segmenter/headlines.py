"""Headlines that attribute a claim: `Name: claim`, `Title Name: "quote"`,
`'quote': Name` and `claim – Role`."""
from __future__ import annotations

import re

from etl.model import Statement
from etl_plugins.segmenter.attribution import checked
from etl_plugins.segmenter.layout import Line
from etl_plugins.segmenter.patterns import LABEL
from etl_plugins.segmenter.transcripts import LabelChecker
from etl_plugins.speakers.names import parse_mention

QUOTES = "\"“”„«»'‘’"
QUOTED_FIRST = re.compile(r"^(?P<q>[\"“‘'«])(?P<claim>.{8,}?)[\"”’'»]\s*[:–—-]\s*(?P<who>[^:–—-]{2,60})$")
WHO_LAST = re.compile(r"^(?P<claim>.{12,}?)\s+[-–—|]\s+(?P<who>[^-–—|:]{2,60})$")


def find_headline(title: Line, labels: LabelChecker) -> Statement | None:
    """The title as a headline statement when it gives a speaker and a claim."""
    text = title.text
    m = QUOTED_FIRST.match(text) or WHO_LAST.match(text)
    if m:
        who = checked(m.group("who")) or capitalised_role(m.group("who"))
        if who is None:
            return None
        a, b = strip_quotes(text, m.start("claim"), m.end("claim"))
        return Statement("headline", title.start + a, title.start + b, who, "headline.attributed", 0.8)
    m = LABEL.match(text)
    if not m or not m.group("text"):
        return None
    label = labels.check(m.group("label"))
    if label is None or label.mention is None or label.kind != "speech":
        return None
    a, b = strip_quotes(text, m.start("text"), m.end("text"))
    if b - a < 8:
        return None
    return Statement("headline", title.start + a, title.start + b, label.mention, "headline.label", 0.9)


def capitalised_role(who: str) -> str | None:
    """`... – Minister`: a headline credits a role by its title alone."""
    parsed = parse_mention(who)
    return who.strip() if parsed is not None and parsed.kind == "role" else None


def strip_quotes(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in QUOTES:
        a += 1
    while b > a and text[b - 1] in QUOTES:
        b -= 1
    return a, b
