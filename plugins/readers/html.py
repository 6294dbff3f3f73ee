"""Reader for web pages as people save them (.html, .htm, .xhtml): one page, one document.

A page is claimed by its suffix, or by its first bytes (``<!doctype html``,
``<html``, ``<head>``, ``<meta>``...) when the suffix is missing or says
something else (a page inside an archive, a record named by its URL); so this
reader is asked before the others. The text is the page's main content
(:mod:`html_text`), or its JSON-LD ``articleBody`` when the markup shows
less than half of that (a page that draws its text with scripts); the
title, date, author, outlet, canonical address and language come from the
page's metadata (:mod:`html_meta`), and the bytes are decoded as the page
declares (``<meta charset>``) or as they are detected (:mod:`encoding`).
Paragraphs wholly in bold or italics that ask (an interview's questions,
its answers in plain type) are listed in ``metadata["questions"]``; a page
that is one person's speech, with no labels in it, gives its speaker and
the speech's first and last paragraphs in ``metadata["speech"]``; the last
paragraph of each block quote is listed in ``metadata["quote_ends"]``.
Parsing is done by Lexbor, through selectolax.
"""
from __future__ import annotations

import re

import etl
from etl.errors import InputError
from etl.model import Document
from etl.normalise import normalise_text
from etl_plugins.readers.document_meta import find_byline, find_outlet, find_published_at
from etl_plugins.readers.encoding import bom_encoding, decode
from etl_plugins.readers.furniture import clean_text
from etl_plugins.readers.html_meta import page_meta
from etl_plugins.readers.html_speech import speech_of
from etl_plugins.readers.html_text import block_quote_ends, bold_questions, mark_blocks, main_text

SUFFIXES = (".html", ".htm", ".xhtml")
#: A page's first markup, after blanks, an XML declaration and comments: the doctype, or an
#: element only a page starts with (a fragment saved without `<html>` starts with `<head>` or `<meta>`).
SNIFF = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]",
                   re.I | re.S)
#: `<meta charset="x">`, `<meta http-equiv="Content-Type" content="text/html; charset=x">`,
#: `<?xml version="1.0" encoding="x"?>`, in the first bytes, as browsers look for them.
CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*[\"']([\w.:-]+)", re.I)
PRESCAN = 4096
#: The page's text is taken from JSON-LD's articleBody when what its markup shows is shorter than this
#: share of it: a page that draws its text with scripts has only the furniture in its markup.
MIN_TEXT_SHARE = 0.5


def looks_like_html(data: bytes) -> bool:
    """Whether the first bytes are a web page's, in any byte-order-marked encoding."""
    head = data[:1024]
    found = bom_encoding(head)
    if found is not None:
        name, skip = found
        head = head[skip:].decode(name, errors="ignore").encode("ascii", errors="ignore")
    return SNIFF.match(head) is not None


def declared_charset(data: bytes) -> str | None:
    m = CHARSET.search(data[:PRESCAN])
    if m is None:
        return None
    return (m.group(1) or m.group(2)).decode("ascii")


def article_body_text(body: str) -> str:
    """JSON-LD's articleBody as paragraphs: its line ends as paragraph breaks, or its markup read as a page's."""
    if "<" in body and ">" in body:
        from selectolax.lexbor import LexborHTMLParser

        text, _ = main_text(LexborHTMLParser(mark_blocks(f"<html><body>{body}</body></html>")))
        return text
    return "\n\n".join(" ".join(line.split()) for line in body.split("\n") if line.strip())


@etl.hookimpl
def etl_read_suffixes() -> list[str]:
    return [*SUFFIXES]


@etl.hookimpl(tryfirst=True)
def etl_read(source: str, data: bytes) -> list[Document] | None:
    if not source.lower().endswith(SUFFIXES) and not looks_like_html(data):
        return None
    markup, encoding = decode(data, declared_charset(data))
    return [read_page(source, markup, encoding)]


def read_page(source: str, markup: str, encoding: str | None = None) -> Document:
    """One page's document, from its markup as text."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(mark_blocks(markup))
    meta = page_meta(tree)
    questions = bold_questions(tree)
    quote_ends = block_quote_ends(tree)
    body, found_by = main_text(tree)
    if meta.article_body and len(body) < MIN_TEXT_SHARE * len(meta.article_body):
        body, found_by = article_body_text(meta.article_body), "json-ld:articleBody"
    text = clean_text(normalise_text(body))
    if not text.strip():
        raise InputError("the page holds no text once navigation, scripts and boilerplate are removed")
    # The title heads the text, as in a text file, unless the part read already shows it.
    start = text[:len(meta.title or "") + 500]
    if meta.title and meta.title not in start and not (meta.heading and meta.heading in start):
        text = f"{meta.title}\n\n{text}"
    metadata = {**meta.metadata, "extraction": found_by}
    if questions:
        metadata["questions"] = questions
    speech = speech_of(tree, meta.title) if not questions else None
    if speech is not None:
        metadata["speech"] = speech
    if quote_ends:
        metadata["quote_ends"] = quote_ends
    if encoding:
        metadata["encoding"] = encoding
    # What the page's metadata does not say, its text may, as in a text file.
    byline = meta.byline or find_byline(text)
    return Document(
        source=source, text=text, title=meta.title, published_at=meta.published_at or find_published_at(text),
        outlet=meta.outlet or find_outlet(text, byline), byline=byline, url=meta.url, metadata=metadata,
    )
