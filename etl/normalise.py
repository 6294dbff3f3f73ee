"""The one normal form of every document's text: spaces, line ends, invisible characters.

Web pages and word processors write a space as a no-break space (U+00A0) or a
thin one (U+2009, U+202F), join words with zero-width characters, and end
lines with CRLF or a lone CR. Rules that look for `Name: text` or `said` must
not fail on any of that, so the core puts every reader's text through
:func:`normalise_text` right after ``etl_read`` (and readers that run rules of
their own on the text call it first). It is idempotent, and costs one
``isascii`` check on a plain ASCII text with Unix line ends.
"""
from __future__ import annotations

import re

#: Every space separator (Unicode category Zs) but the plain space: no-break space, Ogham space mark,
#: en quad to hair space, narrow no-break space, medium mathematical space, ideographic space.
SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + "\u202f\u205f\u3000"
#: Characters that have no width and no meaning in text: zero-width space,
#: non-joiner and joiner, word joiner, byte-order mark, soft hyphen.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

TABLE = {**{ord(c): " " for c in SPACES}, **{ord(c): None for c in INVISIBLE},
         0x2028: "\n", 0x2029: "\n\n", 0x85: "\n", 0x0: None}
NEEDS_WORK = re.compile("[" + re.escape(SPACES + INVISIBLE) + "\u2028\u2029\x85\x00]")


def normalise_text(text: str) -> str:
    """``text`` with CRLF and CR as LF, Unicode spaces as a space, zero-width characters and NUL removed.

    Line and paragraph separators (U+2028, U+2029, U+0085) become line ends.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and "\x00" not in text:
        return text
    if NEEDS_WORK.search(text) is None:
        return text
    return text.translate(TABLE)


def normalise_field(value: str | None) -> str | None:
    """A one-line field (title, byline, outlet): normalised, runs of blanks as one space, trimmed."""
    if value is None:
        return None
    value = " ".join(normalise_text(value).split())
    return value or None
