"""Reader for plain-text documents (.txt, .text, .md): one file, one document.

The body is cleaned of boilerplate that is not part of the story (view
counters, share-button rows, `Print:`, `Comments are closed.`); the title is
the first line; the publication date, byline and outlet are taken from the
lines around the title when the text gives them.
"""
from __future__ import annotations

import re

import etl
from etl.errors import InputError
from etl.model import Document
from etl_plugins.readers.document_meta import find_byline, find_outlet, find_published_at, header, title_of

SUFFIXES = (".txt", ".text", ".md")

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


def decode(data: bytes) -> str:
    if not data.strip():
        raise InputError("the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError("the file is binary, not text (it holds NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"the file is not UTF-8 text (undecodable byte at offset {exc.start}); "
                         f"convert it with `iconv -t utf-8`") from None


def clean_text(raw: str) -> str:
    """Normalise line ends, drop boilerplate lines and trailing blank space."""
    text = FURNITURE_LINES.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    first, _, rest = text.partition("\n")
    if BOILERPLATE_LINE.match(first.strip()):
        text = rest
    text = "\n".join(map(str.rstrip, text.split("\n"))).strip("\n")
    return BLANK_LINES.sub("\n\n", text)


@etl.hookimpl
def etl_read(source: str, data: bytes) -> list[Document] | None:
    if not source.lower().endswith(SUFFIXES):
        return None
    text = clean_text(decode(data))
    if not text.strip():
        raise InputError("the file holds no text once boilerplate is removed")
    byline = find_byline(text)
    document = Document(
        source=source, text=text, title=title_of(text), published_at=find_published_at(text),
        outlet=find_outlet(text, byline), byline=byline,
    )
    header.cache_clear()  # it keeps the text, which would otherwise outlive the document
    return [document]
