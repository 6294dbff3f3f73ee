"""What a web page puts inside a transcript turn that nobody says: photo credits, captions, boxes of links.

An HTML reader flattens a page into paragraphs, and a photo, its caption or a `See also` box can land
between two paragraphs of one speaker's turn. The turn goes on after them.
"""
from __future__ import annotations

import re

from etl_plugins.segmenter.patterns import FIRST_SECOND

# `Photo: Press service of the President`
PHOTO_LINE = re.compile(r"^(?:Photo|Photos|Photograph|Picture|Image|Caption|Credit|Video)(?:\s+credit)?\s*:", re.I)
BOX_HEAD = re.compile(r"^(?:See\s+also|Also\s+read|Read\s+also|Read\s+more|More\s+on\s+this(?:\s+topic)?|"
                      r"Related(?:\s+(?:articles|stories|news|links|content))?|Topics|Tags)\s*:?$", re.I)
CAPTION = re.compile(r"^(?:(?:At|During|With|Before|After)\s+(?:the|a|an)\s+[^.!?:;\"“”]{3,90}"
                     r"|[A-Z][^.!?:;\"“”]{2,60}?\s+(?:during|at|in)\s+(?:the|a|an|his|her|their)\s+"
                     r"[^.!?:;\"“”]{3,80})\.$")
FINITE = re.compile(r"\b(?:is|are|was|were|be|been|being|will|would|can|could|shall|should|must|may|might|"
                    r"have|has|had|do|does|did|let|\w{3,}ed)\b", re.I)
MAX_CAPTION_WORDS = 14
#: Longer lines are neither a caption nor a box's heading (a photo credit is told by its colon).
SHORT_LINE = 100


def interruption(text: str) -> str | None:
    """`photo`, `box` (a heading whose headlines follow on the lines below) or `caption` for a line
    a web page set inside a turn; None for any other line."""
    first = text[0]
    if first in PHOTO_START and PHOTO_LINE.match(text):
        return "photo"
    if first in BOX_START and BOX_HEAD.match(text):
        return "box"
    # most lines of a turn are longer than any caption: a count of blanks rules them out before the pattern
    if text[-1] == "." and len(text) < SHORT_LINE and text.count(" ") < MAX_CAPTION_WORDS and is_caption(text):
        return "caption"
    return None


def is_caption(text: str) -> bool:
    """`At the meeting with members of the Government.`, `The Minister during the interview.`: a
    short phrase with no verb and nobody speaking in the first or second person."""
    return bool(CAPTION.match(text)) and len(text.split()) <= MAX_CAPTION_WORDS \
        and not FINITE.search(text) and not FIRST_SECOND.search(text)


# The first letters PHOTO_LINE and BOX_HEAD can match at: other lines skip the patterns.
PHOTO_START = frozenset("PpIiCcVv")
BOX_START = frozenset("SsARrMTt")
