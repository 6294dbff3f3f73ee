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

import etl
from etl.errors import InputError
from etl.model import Document
from etl_plugins.readers.document_meta import find_byline, find_outlet, find_published_at, header, title_of
from etl_plugins.readers.encoding import decode
from etl_plugins.readers.front_matter import FrontMatter, split_front_matter
from etl_plugins.readers.furniture import clean_text
from etl_plugins.readers.markdown import strip_markdown

SUFFIXES = (".txt", ".text", ".md", ".markdown")
MARKDOWN = (".md", ".markdown")


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
    document = Document(
        source=source, text=text, title=front.title or title_of(text),
        published_at=front.published_at or find_published_at(text),
        outlet=front.outlet or find_outlet(text, byline), byline=byline, url=front.url,
        metadata={**front.metadata, "encoding": encoding},
    )
    header.cache_clear()  # it keeps the text, which would otherwise outlive the document
    return [document]
