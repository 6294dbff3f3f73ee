"""A page that is one person's speech: its text has no labels, and only the page says who speaks.

A government site publishes a minister's speech as a page of its own: the
kicker or the title says it is a speech (`Speech`, `Rail minister's speech
at ...`, `Remarks at ...`), and the metadata links the one person who gave
it (`<a class="person" href="/government/people/...">`). The speech is the
page's main block of paragraphs, most of them in the first person and
at most one reporting what someone said (a news story about a speech does); its
first and last paragraphs are recorded so that a segmenter can find it.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from etl_plugins.readers.html_text import by_scoring, plain

#: A title or a kicker that calls the page a speech.
SPEECH_WORDS = re.compile(r"\b(?:speech|remarks)\b", re.I)
KICKERS = "span, p, div, strong"
#: Links to a person: a people page or a person's class (not `rel="author"`: a reporter's byline).
PERSON_LINKS = 'a[href*="/people/"], a[class~="person"]'
#: Words of one who speaks, not of one who reports: most of a speech's paragraphs hold one.
FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")
#: A report of a speech says who said what: a page with more paragraphs than this that do is no speech.
MAX_REPORTING = 1
REPORTING = re.compile(r"\b(?:said|says|told)\b")
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
    if len(names) != 1 or not calls_itself_a_speech(body, title):
        return None
    paragraphs = [plain(p.text(deep=True)) for node in by_scoring(body) for p in node.css("p")]
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) < 2 or 2 * sum(bool(FIRST_PERSON.search(p)) for p in paragraphs) < len(paragraphs) \
            or sum(bool(REPORTING.search(p)) for p in paragraphs) > MAX_REPORTING:
        return None  # a news story about a speech reports it
    return {"speaker": names.pop(), "opens": paragraphs[0], "closes": paragraphs[-1]}


def calls_itself_a_speech(body: LexborNode, title: str | None) -> bool:
    """The title says so, or a kicker whose whole text is `Speech` (a site's label for the kind of page)."""
    if title and SPEECH_WORDS.search(title):
        return True
    return any(plain(el.text(deep=True)).lower() == "speech" for el in body.css(KICKERS) if not el.css_first("p, div"))
