"""Reader for plain-text and Markdown documents (.txt, .text, .md, .markdown): one file, one document.

Front matter at the top (YAML between `---` lines, TOML between `+++`
lines) gives the title, date, author, address and outlet, and is not part
of the text; Markdown files lose their markup (`**MS. ROE:**` reads `MS.
ROE:`). The body is cleaned of boilerplate that is not part of the story
(view counters, share-button rows, `Print:`, `Comments are closed.`); the
title is the first line, unless front matter gives one; the publication
date, byline and outlet are taken from the lines around the title when
front matter does not give them.
"""
from __future__ import annotations

import re

import etl
from etl.errors import InputError
from etl.model import Document
from etl_plugins.readers.document_meta import find_byline, find_outlet, find_published_at, title_of
from etl_plugins.readers.encoding import decode
from etl_plugins.readers.front_matter import FrontMatter, split_front_matter
from etl_plugins.readers.markdown import strip_markdown

SUFFIXES = (".txt", ".text", ".md", ".markdown")
MARKDOWN = (".md", ".markdown")

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


@etl.hookimpl
def etl_read_suffixes() -> list[str]:
    return [*SUFFIXES]


@etl.hookimpl
def etl_read(source: str, data: bytes) -> list[Document] | None:
    if not source.lower().endswith(SUFFIXES):
        return None
    raw, encoding = decode(data)
    front, body = split_front_matter(raw)
    if source.lower().endswith(MARKDOWN):
        body = strip_markdown(body)
    text = clean_text(body)
    if not text.strip():
        raise InputError("the file holds no text once boilerplate is removed")
    front = front or FrontMatter()
    byline = front.byline or find_byline(text)
    return [Document(
        source=source, text=text, title=front.title or title_of(text),
        published_at=front.published_at or find_published_at(text),
        outlet=front.outlet or find_outlet(text, byline), byline=byline, url=front.url,
        metadata={**front.metadata, "encoding": encoding},
    )]
