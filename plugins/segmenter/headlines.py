"""Headlines that attribute a claim: `Name: claim`, `Title Name: "quote"`,
`Role title: "quote"`, `'quote': Name`, `claim – Role`, `claim, says Name` and `claim, Name says`."""
from __future__ import annotations

import re

from etl.model import Statement
from etl_plugins.segmenter.attribution import checked
from etl_plugins.segmenter.layout import Line
from etl_plugins.segmenter.transcripts import LabelChecker, label_at
from etl_plugins.speakers.coreference import NAME_RUN, Registry
from etl_plugins.speakers.names import parse_mention

QUOTES = "\"“”„«»'‘’"
QUOTED_FIRST = re.compile(r"^(?P<q>[\"“‘'«])(?P<claim>.{8,}?)[\"”’'»]\s*[:–—-]\s*(?P<who>[^:–—-]{2,60})$")
WHO_LAST = re.compile(r"^(?P<claim>.{12,}?)\s+[-–—|]\s+(?P<who>[^-–—|:]{2,60})$")
HEADLINE_VERB = r"(?:says|said|warns|insists|claims|admits|vows|argues|tells\s+[\w-]+)"
SAYS_WHO = re.compile(rf"^(?P<claim>.{{12,}}?),\s+{HEADLINE_VERB}\s+(?P<who>[^,:;\"“”]{{2,60}})$")
WHO_SAYS = re.compile(rf"^(?P<claim>.{{12,}}?),\s+(?P<who>[^,:;\"“”]{{2,60}}?)\s+{HEADLINE_VERB}$")
OPENING = frozenset("\"“„«‘'")


def find_headline(title: Line, labels: LabelChecker) -> Statement | None:
    """The title as a headline statement when it gives a speaker and a claim."""
    text = title.text
    # WHO_LAST and LABEL only where the dash or the colon they need stands: most titles have neither
    dashed = "-" in text or "–" in text or "—" in text or "|" in text
    m = QUOTED_FIRST.match(text) or (WHO_LAST.match(text) if dashed else None)
    if m is None and "," in text:
        m = SAYS_WHO.match(text) or WHO_SAYS.match(text)
    if m:
        who = checked(m.group("who")) or capitalised_role(m.group("who")) or subject_of(m.group("who"))
        if who is None or parse_mention(who).kind == "pronoun" or not surname_known(who, labels.registry):
            return None
        a, b = quoted_part(text, m.start("claim"), m.end("claim"))
        return Statement("headline", title.start + a, title.start + b, who, "headline.attributed", 0.8)
    m = label_at(text)
    if not m or not m.group("text"):
        return None
    label = labels.check(m.group("label"))
    mention = label.mention if label is not None and label.kind == "speech" else None
    if mention is not None and m.group("text")[0] not in OPENING and not named_in(mention, labels.registry):
        mention = None  # `Hurricane Celia Recovery: Afternoon Update` is a topic and a subtitle, not a claim
    if label is None and m.group("text")[0] in OPENING:
        mention = quoted_by(m.group("label"), labels.registry)  # `Province governor: "..."`
    if mention is None:
        return None
    a, b = strip_quotes(text, m.start("text"), m.end("text"))
    if b - a < 8:
        return None
    return Statement("headline", title.start + a, title.start + b, mention, "headline.label", 0.9)


def quoted_by(label: str, registry: Registry) -> str | None:
    """The speaker a label before a quotation names: a role in lower case (`Province governor`)
    counts here, where the quotation marks show that words are given to someone; a name only
    if the document names that person (`Floods: "..."` names nobody)."""
    parsed = parse_mention(label)
    if parsed is None or len(label.split()) > 6:
        return None
    if parsed.kind == "role":
        return label.strip()
    if parsed.kind == "surname" and registry.by_surname(parsed.last or "", initial=parsed.first) is not None:
        return label.strip()
    if parsed.kind == "person" and registry.find(parsed) is not None:
        return label.strip()
    return None


def surname_known(who: str, registry: Registry) -> bool:
    """A headline's speaker given by a surname alone (`... – Okafor`) is one the text names: a title's
    last words of two capitals (`Amendment Bill - Second Reading`) are a subtitle, not a surname."""
    parsed = parse_mention(who)
    return parsed.kind != "surname" or registry.by_surname(parsed.last or "", initial=parsed.first) is not None


def named_in(mention: str, registry: Registry) -> bool:
    """Whether a headline's label that gives a full name (`Maria Cleanup`) is someone the text names
    beyond its title: a title `Words: words` without quotation marks gives that speaker only then.
    A surname or a role label (`MS. ROE:`, `Okafor:`) is checked as a label, as before."""
    parsed = parse_mention(mention)
    if parsed is None or parsed.kind != "person":
        return True
    person = registry.find(parsed)
    return person is not None and person.mentions > 1  # the title's own mention is one


# `'We will not back down': Doe vows to fight on`: the subject of a headline verb after the quotation.
SUBJECT_VERB = re.compile(rf"^(?P<who>{NAME_RUN.pattern})\s+(?:{HEADLINE_VERB}|vows|pledges|urges|hits\s+out|"
                          r"defends|rejects|slams|blasts|tells|promises)\b")


def subject_of(who: str) -> str | None:
    m = SUBJECT_VERB.match(who.strip())
    return checked(m.group("who")) if m else None


def capitalised_role(who: str) -> str | None:
    """`... – Minister`: a headline credits a role by its title alone."""
    parsed = parse_mention(who)
    return who.strip() if parsed is not None and parsed.kind == "role" else None


QUOTED_AFTER_TOPIC = re.compile(r"^[^\"“„«‘']{2,60}?:\s+(?=[\"“„«‘'])")


def quoted_part(text: str, a: int, b: int) -> tuple[int, int]:
    """The claim without its marks, and without a topic before the quotation (`Budget: "..."`)."""
    m = QUOTED_AFTER_TOPIC.match(text, a, b)
    return strip_quotes(text, m.end() if m else a, b)


def strip_quotes(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in QUOTES:
        a += 1
    while b > a and text[b - 1] in QUOTES:
        b -= 1
    return a, b
