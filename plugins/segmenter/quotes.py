"""Direct quotations in reporting prose, with who the prose says speaks them.

Quote marks are paired in one pass (straight marks get their direction from
the characters around them). A quotation may run over paragraphs: a paragraph
that opens with a mark continues the open quotation, and an unclosed one runs
on to the first closing mark. Names of events, books and forums in quotation
marks, and short scare quotes, are not statements.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from etl.model import Statement
from etl_plugins.segmenter import attribution
from etl_plugins.segmenter.layout import offsets_of
from etl_plugins.segmenter.patterns import CLOSE_FOLLOW, NAMING, OPEN_CONTEXT, QUOTE_MARK_CHARS, TITLE_CASE_WORD

WORD = re.compile(r"\w+")
SENTENCE_BREAK = re.compile(r"[.!?…][\"”»]?\s+(?=[A-Z\"“«(]|$)")
MAX_PARAGRAPHS = 8
SINGLE_MARK_CHARS = "‘’'"
OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
# The no-break and thin spaces French typesetting puts inside quote marks (`"\u00a0Oui\u00a0"`).
TIGHT_SPACES = frozenset("\u00a0\u202f\u2009")
UNNAMED = "news.quote_unnamed"  # the rule of a quotation given to someone the text does not name


@dataclass
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    para: int  # index of the paragraph it opens in


def direction(text: str, i: int, opener: str | None) -> str | None:
    """`open`, `close` or None for the quote mark at ``i``, given the open quotation's mark."""
    ch = text[i]
    is_open = opener is not None
    if ch in OPENERS:
        return "close" if ch == "“" and opener == "„" else "open"  # „…“ closes with “
    if ch in CLOSERS:
        return "close"
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    can_open = prev in OPEN_CONTEXT and (not nxt.isspace() or nxt in TIGHT_SPACES)
    can_close = (not prev.isspace() or prev in TIGHT_SPACES) and (nxt in CLOSE_FOLLOW or nxt == "\"")
    if can_open and can_close:
        return "close" if is_open else "open"
    if can_open:
        return "open"
    if can_close:
        return "close"
    return None


def single_direction(text: str, i: int, is_open: bool) -> str | None:
    """Single marks double as apostrophes (`we’ve`, `players’`): only clear cases count."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev in OPEN_CONTEXT and (nxt.isalpha() or nxt in "\"“…") and (text[i] != "’"):
        return "open"
    if not prev.isspace() and not nxt.isalnum() and is_open:
        return "close"
    return None


def pair(text: str, start: int, end: int, para_starts: list[int], single: bool = False,
         outside: list[Quote] = ()) -> list[Quote]:
    """Pair the quote marks of ``text[start:end]`` into quotations."""
    quotes: list[Quote] = []
    opened: int | None = None
    opened_para = -1
    outside_opens = [q.open for q in outside]
    for i in offsets_of(text, SINGLE_MARK_CHARS if single else QUOTE_MARK_CHARS, start, end):
        if outside and within(outside, outside_opens, i):
            continue
        para = bisect.bisect_right(para_starts, i) - 1
        kind = single_direction(text, i, opened is not None) if single else \
            direction(text, i, text[opened] if opened is not None else None)
        if kind == "open":
            if opened is None:
                opened, opened_para = i, para
            elif para != opened_para and para_starts[para] == i:
                continue  # a continued quotation re-opens each paragraph
            else:
                opened, opened_para = i, para
        elif kind == "close" and opened is not None:
            if para - opened_para <= MAX_PARAGRAPHS:
                quotes.append(Quote(opened, i, opened_para))
            opened = None
    return quotes


def within(quotes: list[Quote], opens: list[int], i: int) -> bool:
    """Whether offset ``i`` lies strictly inside one of ``quotes``. They come from `pair`, in text
    order and never overlapping, so only the last one to open before ``i`` can hold it."""
    k = bisect.bisect_left(opens, i) - 1
    return k >= 0 and i < quotes[k].close


def inner(text: str, q: Quote) -> tuple[int, int]:
    """Offsets of the quoted words, without the marks, edge blanks and a trailing comma."""
    a, b = q.open + 1, q.close
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return a, b


def is_name_of_something(text: str, q: Quote, a: int, b: int) -> bool:
    """A title, an event or a scare-quoted term rather than words someone spoke."""
    before = text[max(0, q.open - 40):q.open]
    if NAMING.search(before):
        return True
    words = WORD.findall(text[a:b])
    if not words:
        return True
    capitals = len(TITLE_CASE_WORD.findall(text[a:b]))
    return capitals >= 0.6 * len(words) and text[b - 1] not in ".!?…"


# The word counts `statement_for` compares a quotation's length with: counting stops here, so a
# quotation running over paragraphs is not split into words it does not need.
WORDS_THAT_MATTER = 6


# WORDS_THAT_MATTER words or more, read in one match rather than one match per word. Possessive:
# each repetition takes a whole word and the blanks and marks before it, so a word is never split.
ENOUGH_WORDS = re.compile(rf"(?:\W*+\w++){{{WORDS_THAT_MATTER}}}")


def words_up_to(text: str, a: int, b: int, limit: int) -> int:
    """The number of words in ``text[a:b]``, or ``limit`` if there are at least that many."""
    if limit == WORDS_THAT_MATTER and ENOUGH_WORDS.match(text, a, b):  # most quotations
        return limit
    n = 0
    if limit > 0:
        for _ in WORD.finditer(text, a, b):
            n += 1
            if n == limit:
                break
    return n


def sentence_head(text: str, lower: int, pos: int) -> str:
    """The text of the sentence up to ``pos``, not before ``lower``."""
    head = text[lower:pos]
    last = None
    for last in SENTENCE_BREAK.finditer(head):
        pass
    return head[last.end():] if last else head


def find_quotes(text: str, regions: list[tuple[int, int]], paragraphs: list[tuple[int, int]],
                kind: str = "quote") -> list[Statement]:
    """Quotation statements in the prose ``regions`` of ``text``."""
    para_starts = [s for s, _ in paragraphs]
    out: list[Statement] = []
    for r_start, r_end in regions:
        quotes = pair(text, r_start, r_end, para_starts)
        singles = pair(text, r_start, r_end, para_starts, single=True, outside=quotes)
        quotes = sorted(quotes + singles, key=lambda q: q.open)
        last: tuple[Statement, int] | None = None  # the last attributed quote and its paragraph
        prev_close = -1
        for q in quotes:
            st = statement_for(text, q, paragraphs, prev_close, last, kind, para_starts)
            prev_close = q.close
            if st is None:
                continue
            out.append(st)
            if (st.speaker or st.rule == UNNAMED) and st.kind != "question":
                end_para = bisect.bisect_right(para_starts, q.close) - 1
                last = (st, end_para)
    return out


def statement_for(text: str, q: Quote, paragraphs: list[tuple[int, int]], prev_close: int,
                  last: tuple[Statement, int] | None, kind: str,
                  para_starts: list[int] | None = None) -> Statement | None:
    a, b = inner(text, q)
    if b <= a:
        return None
    p_start, _ = paragraphs[q.para]
    if para_starts is None:
        para_starts = [s for s, _ in paragraphs]
    close_para = bisect.bisect_right(para_starts, q.close) - 1
    c_end = paragraphs[close_para][1]
    head = sentence_head(text, max(p_start, prev_close + 1), q.open)
    tail = text[q.close + 1:min(c_end, q.close + 300)]
    n_words = words_up_to(text, a, b, WORDS_THAT_MATTER)
    if attribution.asks(head):
        rest = text[q.close + 1:min(c_end, q.close + 600)]
        return Statement("question", a, b, attribution.interviewer_in(rest), "news.question", 0.8)
    who, rule, confidence = attribution.after(tail), "news.quote_after", 0.9
    if who is None and attribution.unnamed_after(tail):
        who = attribution.NOBODY  # `," a spokesman said`: nobody named
    if who is None:
        who, rule = attribution.before(head)
        confidence = 0.9 if rule != "news.quote_partial" else 0.6
    if who is None and attribution.unnamed_before(head):
        who = attribution.NOBODY
    if who == attribution.NOBODY:  # a body, a document or someone unnamed: never the nearest name
        if rule == "news.quote_partial" and (n_words < 4 or is_name_of_something(text, q, a, b)):
            return None
        return Statement(kind, a, b, None, UNNAMED, 0.8)
    if who is None and not head.strip() and q.open == p_start and q.para > 0:
        # `X said:` closing the previous paragraph
        prev_start, prev_end = paragraphs[q.para - 1]
        prev = text[prev_start:prev_end]
        if prev.endswith(":"):
            who, rule = attribution.before(sentence_head(prev, 0, len(prev)))
        elif not text[a:a + 1].islower():  # `X said the bill was fair.` then the quotation
            who, rule, confidence = attribution.reporter(sentence_head(prev, 0, len(prev))), \
                "news.quote_after_report", 0.6
            if who is None:  # `Councillor Walsh disagreed.` alone, then the quotation
                who, rule, confidence = attribution.lead_in(prev), "news.quote_after_lead_in", 0.5
            if who is None:  # `Mutua said the bill was rushed. She pointed to the review.`, then it
                who, rule, confidence = attribution.last_subject(prev.rstrip()), "news.quote_after_lead_in", 0.5
    if (who is None or rule == "news.quote_partial") and is_name_of_something(text, q, a, b) and not (
            rule == "news.quote_partial" and text[a:a + 1].islower() and n_words >= 4 and attribution.complement(head)):
        return None
    if who is None and n_words < 4 and not (n_words >= 2 and last is not None and q.para == last[1]
                                            and text[a:a + 1].isupper() and text[b - 1] in ".!?…"):
        return None  # a few words: a scare quote, unless a sentence of the quotation just attributed
    partial = text[a:a + 1].islower() and head.strip() != ""
    if who is None and last is not None:
        prev_st, prev_para = last
        if q.para == prev_para or (q.open == p_start and q.para - prev_para == 1):
            if prev_st.speaker is None:  # more of what the unnamed source said
                return Statement(kind, a, b, None, UNNAMED, 0.6)
            who = prev_st.speaker
            rule, confidence = ("news.quote_continued", 0.8) if q.para == prev_para else \
                ("news.quote_next_paragraph", 0.6)
    if who is None and not partial and n_words >= 3:
        who = attribution.paragraph_subject(text[p_start:q.open])
        rule, confidence = "news.quote_paragraph_subject", 0.5
    if who is None:
        if partial or n_words < 6:
            return None
        return Statement(kind, a, b, None, "news.quote_unattributed", 0.3)
    if n_words < 3 and rule == "news.quote_partial":
        return None
    return Statement(kind, a, b, who, rule, confidence)
