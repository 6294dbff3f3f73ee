"""Page furniture in a text: view counters, share rows, `Print:`, `Comments are closed.`.

Shared by the readers: a text file saved from a page and the text taken out
of a page both carry such lines, and neither is part of the story.
"""
from __future__ import annotations

import re

# Whole lines that are page furniture, not text. Matched after stripping. A
# blank is written `[^\S\n]` (whitespace but the newline), so that the same
# rule can run over a whole text without a match crossing lines.
FURNITURE = r"""(?:
        (?:[\d,.]|[^\S\n])+[^\S\n]*(?:views?|просмотр\w*|reads?)            # 2790 views
      | (?:поделиться|share(?:\ this)?(?:\ article)?|print|tweet|email|e-mail)[^\S\n]*:?   # Поделиться: / Print:
      | comments\ are\ closed\.?
      | (?:advertisement|реклама)
      | a\ source | source\ link
      | (?:read\ more|related|see\ also)[^\S\n]*:?
      | (?:(?:facebook|twitter|x|google\+|pinterest|linkedin|tumblr|whatsapp|telegram|vk|reddit|email|print)
           (?:[,|+]|[^\S\n])*){2,}  # share rows
    )"""
BOILERPLATE_LINE = re.compile("^" + FURNITURE + "$", re.IGNORECASE | re.VERBOSE)
# The same, for every line of a text after its first at once: the newline
# before the line, blanks, the furniture ending on a non-blank, blanks, the
# line's end. Beginning with a newline, it is searched for at C speed.
FURNITURE_LINES = re.compile(r"\n[^\S\n]*(?!\s)" + FURNITURE + r"(?<!\s)[^\S\n]*(?=\n|\Z)",
                             re.IGNORECASE | re.VERBOSE)
BLANK_LINES = re.compile(r"\n\n\n+")  # as `\n{3,}`, but found by a fast literal search


def clean_text(raw: str) -> str:
    """Drop boilerplate lines and trailing blank space (the text is normalised already)."""
    text = FURNITURE_LINES.sub("", raw)
    first, _, rest = text.partition("\n")
    if BOILERPLATE_LINE.match(first.strip()):
        text = rest
    text = "\n".join(map(str.rstrip, text.split("\n"))).strip("\n")
    return BLANK_LINES.sub("\n\n", text)
