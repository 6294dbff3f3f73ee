"""Reported speech in news prose: `X said that ...`, `X stressed that ...`,
`according to X, ...`, `X called Russia a fundamental country`.

Kept as `indirect` statements: the words are the reporter's, not the
speaker's, so the attribution metric leaves them out, but who said what still
belongs in the dataset. Conservative on purpose: only sentences without any
quotation mark, only a subject that names a person, a role or a pronoun, and
only the clause the verb introduces.
"""
from __future__ import annotations

import bisect
import re

from etl.model import Statement
from etl_plugins.segmenter.attribution import ADVERB, NOT_QUOTE, checked
from etl_plugins.segmenter.layout import offsets_of
from etl_plugins.segmenter.patterns import MENTION, QUOTE_MARK_CHARS, by_first_letter
from etl_plugins.speakers.names import parse_mention

# A sentence ends at `.`, `!` or `?` before a capital, unless the dot closes a title or an initial.
# Runs of ordinary characters are taken whole (`[^.!?\n]+`), not one character per repetition: the
# same matches, found faster.
SENTENCE = re.compile(r"(?:[^.!?\n]+|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr|[A-Z])\.|\.(?=\S))+[.!?]?")
REPORT_VERB = (r"(?:said|says|stressed|stresses|noted|notes|argued|argues|warned|warns|insisted|insists|added|"
               r"explained|explains|believes|believed|claimed|claims|announced|confirmed|acknowledged|admitted|"
               r"emphasi[sz]ed|underlined|pointed\s+out|recalled|suggested|told(?:\s+[\w'’-]+){1,4}?)")
SUBJECT = rf"(?P<who>{MENTION})(?:,\s*{NOT_QUOTE}{{1,120}}?,)?,?\s+{ADVERB}"
# `X said that ...`, `X told reporters that ...`
SAID_THAT = re.compile(rf"{SUBJECT}{REPORT_VERB}\s+(?:on\s+\w+\s+|in\s+a\s+\w+\s+|late\s+on\s+\w+\s+)?that\s+"
                       rf"(?P<clause>\w.*)")
# `X said the plan would fail.`: a clause opening with a subject word
SAID_CLAUSE = re.compile(rf"{SUBJECT}(?:said|says|warned|argued|insisted|believes|claimed)\s+"
                         rf"(?P<clause>(?:the|it|he|she|they|his|her|their|there|its|this|these|those|a|an|"
                         rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:was|is|were|are|had|has|would|will|could|"
                         rf"should|must|did|does))\b.*)")
# `X called Russia a fundamental country`, `X described the plan as reckless`
CALLED = re.compile(rf"{SUBJECT}(?P<verb>called|described|branded|dismissed|hailed)\s+(?P<clause>(?:the\s+)?"
                    rf"[\w'’-]+.*?\b(?:a|an|as)\s+\w.*)")
ACCORDING = re.compile(rf"^[Aa]ccording\s+to\s+(?P<who>{MENTION})(?:,\s*{NOT_QUOTE}{{1,120}}?)?,\s+(?P<clause>\w.*)")
# Sentences without one of these verbs are not searched at all.
HINT_VERBS = ("said says stressed stresses noted notes argued argues warned warns insisted insists added explained "
              "explains believes believed claimed claims announced confirmed acknowledged admitted emphasised "
              "emphasized underlined pointed recalled suggested told called described branded dismissed hailed "
              "According according").split()
VERB_HINT = re.compile(rf"\b{by_first_letter(HINT_VERBS)}\b")
PERSONS = frozenset({"person", "surname", "pronoun", "role"})
MIN_WORDS = 4


def find_reported(text: str, regions: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Statement]:
    """Indirect statements in the prose ``regions``, none overlapping a ``taken`` span."""
    out: list[Statement] = []
    for r_start, r_end in regions:
        marks = offsets_of(text, QUOTE_MARK_CHARS, r_start, r_end)
        for m in SENTENCE.finditer(text, r_start, r_end):
            start, end = m.span()
            if end - start < 20 or (marks and any_within(marks, start, end)):  # most regions have no mark
                continue
            # most sentences have none of the verbs: looked for in the text, before the sentence is copied
            # out (the same matches: a sentence starts and ends beside a blank, a mark or the region's ends)
            if VERB_HINT.search(text, start, end) is None:
                continue
            st = reported_in(m.group(), start)
            if st is not None and not any(a < st.char_end and st.char_start < b for a, b in taken):
                out.append(st)
    return out


def any_within(offsets: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted ``offsets`` lies in ``[start, end)``."""
    k = bisect.bisect_left(offsets, start)
    return k < len(offsets) and offsets[k] < end


def reported_in(sentence: str, offset: int) -> Statement | None:
    body = sentence.strip()
    verb = VERB_HINT.search(body)
    if verb is None:
        return None
    lead = len(sentence) - len(sentence.lstrip())
    if body.startswith(("According", "according")):
        m = ACCORDING.match(body)
        return statement(body, m, m and m.start("clause"), offset + lead, "reported.according_to", 0.7)
    # the subject opens the sentence or follows an opening phrase (`On Tuesday, Smith said that ...`)
    starts = [0] + [i + 1 for i in commas(body, min(verb.start(), 200))]
    for pattern, rule, confidence in ((SAID_THAT, "reported.said_that", 0.7),
                                      (CALLED, "reported.called", 0.5),
                                      (SAID_CLAUSE, "reported.said", 0.5)):
        for at in starts:
            m = pattern.match(body, at + (len(body) - at - len(body[at:].lstrip())))
            if m is not None:
                start = m.start("verb") if pattern is CALLED else m.start("clause")
                return statement(body, m, start, offset + lead, rule, confidence)
    return None


def commas(text: str, limit: int) -> list[int]:
    """Offsets of the commas in ``text[:limit]``."""
    found = []
    i = text.find(",", 0, limit)
    while i >= 0:
        found.append(i)
        i = text.find(",", i + 1, limit)
    return found


def statement(body: str, m: re.Match | None, start: int | None, offset: int, rule: str,
              confidence: float) -> Statement | None:
    if m is None or start is None:
        return None
    who = speaker_of(m.group("who"))
    if who is None:
        return None
    end = len(body)
    while end > start and body[end - 1] in ".!? ":
        end -= 1
    if len(body[start:end].split()) < MIN_WORDS:
        return None
    return Statement("indirect", offset + start, offset + end, who, rule, confidence)


def speaker_of(who: str) -> str | None:
    who = checked(who)
    if who is None:
        return None
    parsed = parse_mention(who)
    return who if parsed is not None and parsed.kind in PERSONS else None
