"""The default segmenter: transcript turns, interview questions and answers,
quotations in news prose, `Name: claim` headlines and reported speech, from one pass over a
document's lines and one over its quote marks.

Rules are general forms, not fitted to any outlet: see `transcripts` (labels,
`X said:` lines, dash turns, where a turn ends), `interviews` (who asks, who
answers), `quotes` (quotation marks and their attribution) and `headlines`.
Every statement carries the rule that found it and a confidence.
"""
from __future__ import annotations

import re

import etl
from etl.model import Document, Statement
from etl_plugins.segmenter.askers import asking_byline
from etl_plugins.segmenter.headlines import find_headline
from etl_plugins.segmenter.interviews import (Roles, asked_lines, credit_line, find_roles, is_question,
                                               marked_questions)
from etl_plugins.segmenter.layout import Line, is_date_line, paragraphs, split_lines
from etl_plugins.segmenter.patterns import DASH_LINE
from etl_plugins.segmenter.quotes import find_quotes
from etl_plugins.segmenter.reported import find_reported
from etl_plugins.segmenter.speeches import speech_meta, speech_span, speech_statements
from etl_plugins.segmenter.transcripts import (A_LINE, DASH_START, Q_LINE, LabelChecker, TurnFinder, colon_label,
                                                label_counts, line_labels)
from etl_plugins.speakers.coreference import Registry, listed_speakers


BYLINE = re.compile(r"^(?:by|from)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*(?:,|\bat\b|\bin\b|\||$)",
                    re.I)


@etl.hookimpl
def etl_segment(document: Document) -> list[Statement]:
    meta = document.metadata
    return segment(document.text, document.title, document.byline, listed_speakers(meta),
                   marked_questions(meta) if meta else (), speech_meta(meta) if meta else None,
                   quote_ends(meta) if meta else ())


def quote_ends(metadata: dict) -> tuple[str, ...]:
    """The texts a reader found closing block quotes (``metadata["quote_ends"]``)."""
    found = metadata.get("quote_ends")
    return tuple(t for t in found if isinstance(t, str)) if isinstance(found, list) else ()


def ending_lines(lines: list[Line], ends: tuple[str, ...]) -> set[int]:
    """The indices of the lines that close a block quote."""
    wanted = set(ends)
    return {line.index for line in lines if " ".join(line.text.split()) in wanted}


def byline_of(lines: list[Line]) -> str | None:
    """`By Ngozi Eze, Abuja` → `Ngozi Eze`: the credit in the first lines."""
    for line in lines[:10]:
        m = BYLINE.match(line.text)
        if m and m.group("name")[0].isupper():
            return m.group("name")
    return None


def title_index(lines: list[Line], title: str | None) -> int | None:
    for line in lines[:12]:
        text = line.text.lstrip("#").strip()
        if (title and text == title.strip()) or (not title and text and not is_date_line(text)):
            return line.index
    return None


def question_lines(lines: list[Line], labels: LabelChecker, skip: set[int],
                   found: list[re.Match | None]) -> tuple[list[Line], list[Line]]:
    """(dash or Q/A lines, those that ask), the evidence that a document is an interview;
    ``found`` is `line_labels(lines)`."""
    turns, asks = [], []
    lettered = lettered_turns(lines, skip)
    for line in lines:
        if line.index in skip:
            continue
        text = line.text
        if line.index in lettered:  # `Q. How many?` / `A. Eleven.`
            turns.append(line)
            if text[0] == "Q":
                asks.append(line)
            continue
        dash = DASH_LINE.match(text) if text[0] in DASH_START else None
        m = found[line.index]
        m = colon_label(m) if m is not None and not dash else None  # most lines have no label at all
        label = labels.check(m.group("label")) if m else None
        if dash or (label is not None and label.kind in ("question", "answer")):
            turns.append(line)
            if is_question(line.text) and (dash or label.kind == "question"):
                asks.append(line)
    return turns, asks


def lettered_turns(lines: list[Line], skip: set[int]) -> set[int]:
    """The `Q.` and `A.` lines of an interview that letters its turns so: none unless it has both (a
    briefing's reporters ask in `Q` lines, and its officials answer under their names)."""
    qs = {line.index for line in lines if line.text[0] == "Q" and line.index not in skip and Q_LINE.match(line.text)}
    if not qs:
        return set()
    answers_ = {line.index for line in lines if line.text[0] == "A" and line.index not in skip
                and A_LINE.match(line.text)}
    return qs | answers_ if answers_ else set()


SENTENCE_END = re.compile(r"[.!…\"”»)]\s*$")


def answers(line: Line) -> bool:
    """A turn line that could answer: a sentence, not a link in a list of headlines."""
    text = line.text
    return not is_question(text) and (bool(SENTENCE_END.search(text)) or len(text.split(None, 15)) >= 15)


def segment(text: str, title: str | None = None, byline: str | None = None,
            listed: tuple[str, ...] = (), questions: tuple[str, ...] = (),
            speech: tuple[str, str, str] | None = None, ends: tuple[str, ...] = ()) -> list[Statement]:
    """The statements of a text; ``listed`` names its speakers, ``questions`` are the texts of the
    paragraphs its markup set apart as an interviewer's, ``speech`` the speaker, first and last
    paragraphs of a page that is one person's speech, ``ends`` the last paragraphs of its block
    quotes (see `etl_read`'s ``metadata``)."""
    lines = split_lines(text)
    if not lines:
        return []
    byline = byline or byline_of(lines)
    registry = Registry.build(text, byline=byline, title=title, listed=listed)
    found = line_labels(lines)
    labels = LabelChecker(registry, label_counts(found))
    t = title_index(lines, title)
    statements: list[Statement] = []
    skip: set[int] = set()
    headline = None
    if t is not None:
        title_text = lines[t].text.lstrip("#").strip()
        # the title's repeats; a line that holds no copy of the title at all is not one, and when the
        # text holds a single copy, the title's own line is the only one
        if title_text and text.count(title_text) == 1:
            skip = {t}
        else:
            skip = {line.index for line in lines
                    if title_text in line.text and line.text.lstrip("#").strip() == title_text}
        headline = find_headline(lines[t], labels)
        if headline is not None:
            statements.append(headline)
    credit = credit_line(lines)  # `Interview by Jane Doe.` closing the page: she asked the questions
    if credit is not None:
        skip.add(credit[0])
        byline = byline or credit[1]
    turn_lines, asks = question_lines(lines, labels, skip, found)
    interview = bool(asks) and len(turn_lines) >= 2 and any(answers(line) for line in turn_lines)
    marked = set() if interview or not questions else asked_lines(lines, questions, skip)
    if marked:  # a page's questions in bold, its answers in plain type: an interview without labels
        interview, asks = True, [lines[i] for i in sorted(marked)]
        turn_lines = asks
    asker = asking_byline(byline, labels.counts)
    roles = Roles(interviewer=asker)
    if interview:
        first = turn_lines[0]
        intro = text[:first.start]
        asked = [q.text if q.index in marked else DASH_LINE.sub("", q.text) if DASH_LINE.match(q.text)
                 else q.text[Q_LINE.match(q.text).end():] if ":" not in q.text and Q_LINE.match(q.text)
                 else q.text.split(":", 1)[1].strip() for q in asks]
        roles = find_roles(intro, headline.speaker if headline else None, asked, asker, registry)
    finder = TurnFinder(lines, labels, roles, skip, interview, found, text=text, asked=marked,
                        quote_ends=ending_lines(lines, ends) if ends else set())
    finder.run()
    statements.extend(turn.statement() for turn in finder.turns)
    regions = [(group[0].start, group[-1].end) for group in finder.prose if group]
    span = speech_span(text, speech[1], speech[2]) if speech is not None and not finder.turns else None
    if span is not None:  # a speech page without labels: its paragraphs are the speaker's, no one's quotes
        statements.extend(speech_statements(lines, speech[0], span))
        regions = [(a, min(b, span[0])) for a, b in regions if a < span[0]] + \
                  [(max(a, span[1]), b) for a, b in regions if b > span[1]]
    paras = paragraphs(lines)
    statements.extend(find_quotes(text, regions, paras))
    if t is not None and headline is None:  # `"Claim," says X` as a title
        statements.extend(find_quotes(text, [(lines[t].start, lines[t].end)], paras, kind="headline"))
    taken = [(s.char_start, s.char_end) for s in statements]
    statements.extend(find_reported(text, regions, taken))
    statements.sort(key=lambda s: (s.char_start, s.char_end))
    return statements
