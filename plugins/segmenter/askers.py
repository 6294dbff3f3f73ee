"""Reporters who name themselves at a briefing: `Q    Yes, Jane Doe from the Daily News. ...`;
and bylines that cannot have asked the questions (`Office of Public Affairs`).

A question turn of a briefing or press conference (`Q`, `QUESTION:`, `REPORTER:`) has no speaker
unless the reporter gives their name and outlet in the turn's first words, as they are asked to.
"""
from __future__ import annotations

import re
from collections import Counter

from etl_plugins.speakers.names import is_given_name, parse_mention

#: Labels of a reporter whose turn may name them (folded, as `folded` gives them).
ASKER_LABELS = frozenset({"q", "question", "reporter", "journalist"})
NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
# `Jane Doe from the Daily News.`, `Jane Doe with Global Dispatch.`, `Jane Doe, Daily News.`, after the
# opening words (`Yes,`, `Thank you.`, `Admiral,`) and an optional `I'm` / `this is` / `my name is`. The
# outlet's capitalised words end the sentence: `John Smith from the Treasury told us` is no introduction.
OUTLET = r"(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}\s*[.?!]"
SELF_INTRO = re.compile(
    rf"(?:^|(?<=[.,!?]\s)|(?<=[.,!?]\s\s))(?:(?:I'm|I’m|I\s+am|[Tt]his\s+is|[Mm]y\s+name\s+is|[Ii]t's|It’s)\s+)?"
    rf"(?P<name>{NAME})(?:\s+(?:from|with|of|at|for)\s+|,\s+){OUTLET}")
#: A byline that credits the office that published a transcript, not a reporter or an outlet that asked:
#: `Office of the Press Secretary`, `Public Affairs`, `Press Service of the President`, `Communications Unit`.
OFFICE_CREDIT = re.compile(r"\b(?:Office|Offices|Public\s+Affairs|Press\s+(?:Service|Secretary|Desk|Team)|"
                           r"Communications?|Media\s+Relations|Newsroom|Secretariat|Protocol)\b")
#: How far into a turn a reporter's introduction may stand: its first sentence or two.
REACH = 120


def self_named(said: str) -> str | None:
    """The full name a reporter gives for themselves at the start of a question turn, else None.

    The name must be a person's, with a known first name (`Karen Holt`), so that an address
    (`Senator Oyelaran, do you ...`, `Mr. Secretary, ...`) is never taken for the asker."""
    for m in SELF_INTRO.finditer(said[:REACH]):
        name = m.group("name")
        parsed = parse_mention(name)
        if parsed is not None and parsed.kind == "person" and not parsed.role and is_given_name(parsed.first) \
                and parsed.name == name:
            return name
    return None


def asking_byline(byline: str | None, labels: Counter) -> str | None:
    """The byline as the one who asks the questions of a turn that names no asker; None when it
    credits the office that published a transcript of labelled turns (its questions are the
    reporters'), or names someone whose own turns are labelled (`author: Jane Roe` over `MS. ROE:`
    answers). Over an interview of unlabelled turns (`– Why now?`), the byline is the one credit
    the questions have, whoever it names (`By Kremlin Press Service`)."""
    if byline is None or (labelled_turns(labels) and OFFICE_CREDIT.search(byline)):
        return None
    parsed = parse_mention(byline)
    if parsed is not None and parsed.kind == "person" and parsed.last:
        surname = parsed.last.casefold()
        if any(surname in label.casefold().split() for label in labels):
            return None
    return byline


def labelled_turns(labels: Counter) -> bool:
    """Whether some label opens two lines or more: a transcript's speaker, not a title's `Name: claim`."""
    return any(n >= 2 for n in labels.values())
