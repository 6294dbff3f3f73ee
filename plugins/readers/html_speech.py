"""A page that is one person's speech: its text has no labels, and only the page says who speaks.

A government site publishes a minister's speech as a page of its own: the
kicker or the title says it is a speech (`Speech`, `Rail minister's speech
at ...`, `Remarks at ...`), and the metadata links the one person who gave
it (`<a class="person" href="/government/people/...">`), or, with no such
link, the title names them (`Remarks by Minister Jane Roe at ...`, `Prime
Minister Jane Roe's address to ...`). The speech is the
page's main block of paragraphs, most of them in the first person and
at most one reporting what someone said (a news story about a speech does); its
first and last paragraphs are recorded so that a segmenter can find it.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from etl_plugins.readers.html_text import by_scoring, plain

#: A title or a kicker that calls the page a speech.
SPEECH_WORDS = re.compile(r"\b(?:speech|remarks|address)\b", re.I)
KICKERS = "span, p, div, strong"
#: Links to a person: a people page or a person's class (not `rel="author"`: a reporter's byline).
PERSON_LINKS = 'a[href*="/people/"], a[class~="person"]'
#: Words of one who speaks, not of one who reports: most of a speech's paragraphs hold one.
FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")
#: A report of a speech says who said what: a page with more paragraphs than this that do is no speech.
MAX_REPORTING = 1
REPORTING = re.compile(r"\b(?:said|says|told)\b")
#: A title that names who gave the speech: `Speech by Name`, `Name's address to ...`.
NAME_WORDS = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){1,7}"
TITLE_SPEAKER = re.compile(rf"\b(?:[Ss]peech|[Rr]emarks|[Aa]ddress)\s+(?:by|of)\s+(?P<by>{NAME_WORDS}?)"
                           rf"(?=\s+(?:at|to|on|in|before|during|for)\b|\s*[,:|(–—-]|\s*$)"
                           rf"|\b(?P<of>{NAME_WORDS})['’]s\s+(?:speech|remarks|address)\b")
#: A speech's paragraphs end as sentences; a line with a colon this near its start is a page's label.
SENTENCE_ENDS = frozenset('.!?…"”’)')
LABEL_CHARS = 25
#: A person's link text is a name, a few words long.
MAX_NAME_WORDS = 6


def speech_of(tree: LexborHTMLParser, title: str | None) -> dict[str, str] | None:
    """``{"speaker", "opens", "closes"}`` for a page that is one person's speech, else None.

    Called after the main text is read (the tree is stripped of scripts and hidden parts)."""
    body = tree.body
    if body is None:
        return None
    names = {plain(el.text(deep=True)) for el in body.css(PERSON_LINKS)}  # most pages have none: asked first
    names = {n for n in names if n and len(n.split()) <= MAX_NAME_WORDS}
    if not names and title:  # `Remarks by Minister Jane Roe at ...`, `Prime Minister Jane Roe's address to ...`
        m = TITLE_SPEAKER.search(title)
        names = {m.group("by") or m.group("of")} if m else set()
    if len(names) != 1 or not calls_itself_a_speech(body, title):
        return None
    paragraphs = [plain(p.text(deep=True)) for node in by_scoring(body) for p in node.css("p")]
    paragraphs = [p for p in paragraphs if p]
    while paragraphs and not opens_speech(paragraphs[0]):  # `Posted On: 12 MAR 2026 by ...` above the speech
        paragraphs.pop(0)
    if len(paragraphs) < 2 or 2 * sum(bool(FIRST_PERSON.search(p)) for p in paragraphs) < len(paragraphs) \
            or sum(bool(REPORTING.search(p)) for p in paragraphs) > MAX_REPORTING:
        return None  # a news story about a speech reports it
    return {"speaker": names.pop(), "opens": paragraphs[0], "closes": paragraphs[-1]}


def opens_speech(paragraph: str) -> bool:
    """A paragraph that can open a speech: a sentence, not a `Posted on: date` or `Label: value` line."""
    return paragraph[-1] in SENTENCE_ENDS and paragraph.find(":", 0, LABEL_CHARS) < 0


def calls_itself_a_speech(body: LexborNode, title: str | None) -> bool:
    """The title says so, or a kicker whose whole text is `Speech` (a site's label for the kind of page)."""
    if title and SPEECH_WORDS.search(title):
        return True
    return any(plain(el.text(deep=True)).lower() == "speech" for el in body.css(KICKERS) if not el.css_first("p, div"))
