"""Interviews: who asks and who answers, and the kind of each dash turn.

The interviewee is named by the title (`Mikhail Galuzin: Moscow and Baku ...`),
by the introduction (`X, head of Y, commented on ...`, `in an interview with
X`), or by the address form that opens the first question (`Dmitry Ivanovich,
...` names the Dmitry the document mentions). The asker is the byline, or the
person the introduction says conducts the interview.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl_plugins.segmenter.attribution import checked
from etl_plugins.segmenter.layout import Line
from etl_plugins.speakers.coreference import NAME_RUN, Registry
from etl_plugins.speakers.names import PATRONYMIC, parse_mention

INTRO_SUBJECT = re.compile(
    rf"(?P<who>{NAME_RUN.pattern})(?:,[^.\"“”«»\n]{{1,220}}?,)?\s+(?:has\s+|have\s+|also\s+)?"
    r"(?:commented|comments|told|tells|spoke|speaks|answered|answers|shared|shares|explained|explains|talked|"
    r"talks|discussed|discusses|gave|gives|granted|grants|reflected|reflects|sat\s+down|agreed|agrees|"
    r"assessed|assesses|reflects)\b")
INTRO_OBJECT = re.compile(
    rf"\b(?:interview(?:ed)?|spoke|talked|conversation|sat\s+down|talk|chat|met)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:with|to)\s+(?:\w+\s+){{0,6}}?(?P<who>{NAME_RUN.pattern})")
INTERVIEWER = re.compile(rf"\b(?:interviewed|questions?\s+(?:were\s+)?asked|conducted|moderated|hosted|presented)"
                         rf"\s+by\s+(?:[^\s.,;:]+\s+){{0,5}}?(?P<who>{NAME_RUN.pattern})")
# `Interview by Jane Doe.` on a line of its own, at the end: the credit of who asked.
CREDIT = re.compile(rf"^(?:[Ii]nterview(?:ed|\s+conducted)?|[Qq]uestions)\s+by\s+(?P<who>{NAME_RUN.pattern})\.?$")
# `Our correspondent Lukas Brandt asked her ...`, `Presenter Michael Osei speaks with ...`
ASKER = re.compile(rf"(?P<who>{NAME_RUN.pattern})\s+(?:asked|asks|interviewed|interviews|questioned|"
                   rf"(?:spoke|speaks|talked|talks|sat\s+down)\s+(?:to|with))\s+(?:her|him|them|the|a|an|[A-Z])")
ASKER_ROLES = ("Presenter", "Host", "Interviewer", "Anchor", "Moderator", "Correspondent", "Reporter", "Journalist")
ADDRESS = re.compile(r"^[\"“«]?(?:(?P<title>Mr|Mrs|Ms|Dr|Madam|Mister|Professor)\.?\s+(?P<sur>[A-Z][\w'’-]+)"
                     r"|(?P<first>[A-Z][\w'’-]+)(?:\s+(?P<patr>[A-Z][\w'’-]+))?)\s*[,!]")


@dataclass
class Roles:
    interviewer: str | None = None
    interviewee: str | None = None


def person_mention(who: str) -> str | None:
    parsed = parse_mention(who)
    return who if parsed is not None and parsed.kind == "person" else None


def interviewee_from_address(question: str, registry: Registry) -> str | None:
    """The person a question opens by addressing (`Mikhail Yuryevich, ...`)."""
    m = ADDRESS.match(question)
    if not m:
        return None
    if m.group("sur"):
        person = registry.by_surname(m.group("sur"))
    elif m.group("patr") and PATRONYMIC.search(m.group("patr")):
        person = registry.by_first(m.group("first"), f"{m.group('first')} {m.group('patr')}")
    elif m.group("patr") is None:
        person = registry.by_first(m.group("first"))
    else:
        return None
    return person.name if person else None


def find_roles(intro: str, headline_speaker: str | None, questions: list[str],
               byline: str | None, registry: Registry) -> Roles:
    """Interviewer and interviewee mentions for a document with question turns."""
    roles = Roles(interviewer=byline)
    if roles.interviewer is None:
        m = INTERVIEWER.search(intro) or ASKER.search(intro)
        if m:
            roles.interviewer = checked(m.group("who"))
    if roles.interviewer is None:  # the one person the document names as presenter, host ...
        holders = {p.name for role in ASKER_ROLES for p in registry.holders(role)}
        if len(holders) == 1:
            roles.interviewer = holders.pop()
    candidates = [interviewee_from_address(q, registry) for q in questions[:4]]
    candidates.append(person_mention(headline_speaker) if headline_speaker else None)
    for pattern in (INTRO_SUBJECT, INTRO_OBJECT):
        for m in pattern.finditer(intro):
            candidates.append(person_mention(m.group("who")))
    asker = parse_mention(roles.interviewer) if roles.interviewer else None
    for m in NAME_RUN.finditer(intro):  # else the first person the introduction names
        who = person_mention(m.group())
        if who and (asker is None or parse_mention(who).name != asker.name):
            candidates.append(who)
            break
    roles.interviewee = next((c for c in candidates if c), None)
    return roles


def credit_line(lines: list[Line]) -> tuple[int, str] | None:
    """(line index, name) of an interviewer's credit among a document's last lines (`Interview by Jane Doe.`)."""
    for line in lines[-3:]:
        m = CREDIT.match(line.text) if line.text[:1] in "IiQq" else None
        if m is not None:
            who = checked(m.group("who"))
            if who is not None:
                return line.index, who
    return None


def is_question(text: str) -> bool:
    return text.rstrip(" \"”»)]").endswith("?")


# An introduction that says the text below is an interview (`This interview has been edited`, `He spoke to us`).
INTERVIEW_WORDS = re.compile(r"\b(?:[Ii]nterview(?:ed)?|Q\s?&\s?A"
                             r"|(?:spoke|talked|spoken|talking|speaking)\s+(?:to|with)|[Aa]sked\s+(?:him|her|them))\b")


def marked_questions(metadata: dict) -> tuple[str, ...]:
    """The texts a reader found set apart as questions by the markup (``metadata["questions"]``)."""
    found = metadata.get("questions")
    return tuple(q for q in found if isinstance(q, str)) if isinstance(found, list) else ()


def asked_lines(lines: list[Line], questions: tuple[str, ...], skip: set[int]) -> set[int]:
    """The indices of the lines that are the markup's questions, when two or more are, each with a line
    below it that answers, and the lines before the first say an interview follows; else none."""
    wanted = set(questions)
    found = [line.index for line in lines if line.index not in skip and line.text in wanted]
    if len(found) < 2:
        return set()
    last = len(lines) - 1
    # a sentence in bold with nothing to answer it below (a closing editor's note) asks nothing
    found = [i for i in found if lines[i].text.endswith("?") or (i < last and lines[i + 1].text not in wanted)]
    positions = set(found)
    if len(found) < 2 or any(i == last or i + 1 in positions for i in found):
        return set()  # a question with no answer below it: a list of questions, not an interview
    first = lines[found[0]]
    if not any(INTERVIEW_WORDS.search(line.text) for line in lines[:first.index]):
        return set()
    return positions
