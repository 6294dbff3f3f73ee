"""First names that a transcript's speakers call each other, for labels that give a surname alone.

A briefing labels its press secretary `MS. ROE:` and may never write her full name (its front matter
cut off), but the turns around hers say it: the one before hands over (`Over to you, Jane.`), the one
after answers her (`Thanks, Jane.`, `Jane, on the budget ...`). When the first names so used agree,
`MS. ROE` is `Jane Roe`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from etl.model import Statement
from etl_plugins.speakers.coreference import Registry
from etl_plugins.speakers.genders import name_gender, title_gender
from etl_plugins.speakers.names import folded, is_given_name, parse_mention

GREETING = r"(?:(?:Thanks|Thank\s+you|Thanks\s+so\s+much|Thank\s+you\s+so\s+much|Hi|Hey|Yes|Okay|OK|Great)" \
           r"(?:\s+very\s+much)?\s*,\s*)"
# `Thanks, Jane.`, `Jane, on the budget ...`: who the next turn answers, at its start.
OPENING_ADDRESS = re.compile(rf"{GREETING}?(?P<first>[A-Z][a-z'’-]+)\s*[.,!?]")
# `Over to you, Jane.`, `Jane?`: who the turn hands over to, at its end.
CLOSING_ADDRESS = re.compile(r"(?:^|[.!?]\s+|,\s*)(?P<first>[A-Z][a-z'’-]+)\s*[.?!]$")
#: Turns that agree on a first name before it is taken, and its share of all the names said.
MIN_VOTES = 2
MIN_SHARE = 2 / 3


def first_names(text: str, statements: list[Statement], registry: Registry) -> dict[str, str]:
    """Surname label (as the statements give it) -> the first name the turns next to its turns agree on,
    for the labels whose surname names nobody in the document."""
    said: dict[str, dict[int, str]] = defaultdict(dict)  # label -> address's offset -> first name
    unresolved: dict[str, bool] = {}  # a transcript repeats its labels: each decided once
    for i, st in enumerate(statements):
        if st.kind != "speech" or not st.speaker:
            continue  # a transcript's turns only: a quotation's neighbours do not address its speaker
        if st.speaker not in unresolved:
            unresolved[st.speaker] = unresolved_surname(st.speaker, registry) is not None
        if not unresolved[st.speaker]:
            continue
        before = statements[i - 1] if i else None
        after = statements[i + 1] if i + 1 < len(statements) else None
        addresses = []
        if before is not None and before.speaker != st.speaker:  # `Over to you, Jane.`, `Q  Thanks, Jane. ...?`
            addresses.append(CLOSING_ADDRESS.search(text, max(before.char_start, before.char_end - 60),
                                                    before.char_end))
            addresses.append(opening(text, before))
        if after is not None and after.speaker != st.speaker:  # `Thank you, Jane.`
            addresses.append(opening(text, after))
        for m in addresses:
            if m is not None and is_given_name(m.group("first")):
                said[st.speaker][m.start("first")] = m.group("first")  # an address between two turns counts once
    votes = {label: Counter(names.values()) for label, names in said.items()}
    found: dict[str, str] = {}
    ranked = sorted(((max(sorted(names.items()), key=lambda kv: kv[1]), label, sum(names.values()))
                     for label, names in votes.items()), key=lambda x: (-x[0][1], x[1]))
    for (first, n), label, total in ranked:  # the best attested first: a name once taken is not another's
        if n >= MIN_VOTES and n >= MIN_SHARE * total and first not in found.values() and fits(label, first, registry):
            found[label] = first
    return found


def opening(text: str, st: Statement) -> re.Match | None:
    """The address a turn opens with (`Thanks, Jane.`), if any."""
    return OPENING_ADDRESS.match(text, st.char_start, min(st.char_end, st.char_start + 60))


def unresolved_surname(mention: str | None, registry: Registry) -> str | None:
    """The surname of a label that gives one alone (`MS. ROE`, `SECRETARY ROE`) and that the document
    names nobody by, else None."""
    if not mention:
        return None
    parsed = parse_mention(mention)
    if parsed is None or parsed.kind != "surname" or not parsed.last or parsed.first:
        return None
    return parsed.last if registry.by_surname(parsed.last) is None else None


def fits(label: str, first: str, registry: Registry) -> bool:
    """A first name borne by nobody else in the document, of the gender the label's honorific says."""
    if any(folded(p.first) == folded(first) for p in registry.order):
        return False
    title = title_gender(label.split()[0])
    given = name_gender(first)
    return title is None or given is None or title == given
