"""Reader for PDF files (extra ``pdf``): the text of every page, in reading order, one document per file.

Text comes from PDFium (``pypdfium2``, BSD/Apache-licensed; about three times
faster than pypdf and a hundred times faster than pdfplumber here, see
``docs/performance.md``), page by page in the order the page draws it.
Running headers and footers are dropped: a line among the first or last few
of a page that, digits aside, stands there on most pages (``City Council
Minutes — Page 3 of 12``), and a line there that is only a page number
(``3``, ``- 3 -``, ``Page 3``, ``3 / 12``). Pages are joined by a blank line;
title, date, byline and outlet are found as for text files.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import IO, Iterator

import etl
from etl.errors import InputError
from etl.model import Document
from etl_plugins.readers.document_meta import find_byline, find_outlet, find_published_at, title_of
from etl_plugins.readers.streams import seekable, wrapped

SUFFIXES = (".pdf",)
MAGIC = b"%PDF-"
#: Lines at each end of a page that may be running headers or footers.
EDGE_LINES = 3
PAGE_NUMBER = re.compile(r"^\W*(?:page|p\.|стр\.?|seite|página)?\s*\d{1,4}(?:\s*(?:/|of|из|von|de)\s*\d{1,4})?\W*$", re.I)
DIGITS = re.compile(r"\d+")
#: Running headers and footers are short; beyond this a line is compared as it is, numbers and all.
SHORT_LINE = 60


@etl.hookimpl
def etl_read_suffixes() -> list[str]:
    return list(SUFFIXES)


@etl.hookimpl(tryfirst=True)
def etl_read(source: str, head: bytes, stream: IO[bytes]) -> list[Document] | None:
    if not (head.startswith(MAGIC) or source.lower().endswith(SUFFIXES)) or wrapped(head):
        return None
    if not head.startswith(MAGIC):
        raise InputError("named .pdf, but the file does not start as a PDF does (%PDF-)")
    text = "\n\n".join(page for page in without_furniture(page_lines(stream)) if page)
    if not text.strip():
        raise InputError("the PDF holds no text (scanned pages? run OCR on it first)")
    byline = find_byline(text)
    return [Document(source=source, text=text, title=title_of(text), published_at=find_published_at(text),
                     outlet=find_outlet(text, byline), byline=byline)]


def page_lines(stream: IO[bytes]) -> list[list[str]]:
    """Each page's lines, as PDFium reads them, trailing blanks removed."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise InputError("reading PDF files needs the pypdfium2 package: pip install 'etl[pdf]'") from None
    try:
        document = pdfium.PdfDocument(seekable(stream))
    except pdfium.PdfiumError as exc:
        raise InputError(f"cannot open the PDF ({exc}); it may be damaged or password-protected") from None
    pages = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
            textpage.close()
            page.close()
            lines = [line.rstrip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
            pages.append([line for line in lines if line.strip()])
    except pdfium.PdfiumError as exc:
        raise InputError(f"cannot read page {len(pages) + 1} of the PDF ({exc})") from None
    finally:
        document.close()
    return pages


def without_furniture(pages: list[list[str]]) -> Iterator[str]:
    """Each page's text without its running header, footer and page number."""
    tops, bottoms = Counter(), Counter()
    for lines in pages:
        tops.update({shape(line) for line in lines[:EDGE_LINES]})
        bottoms.update({shape(line) for line in lines[-EDGE_LINES:]})
    # On most pages, and on more than one: a line printed once is the document's own.
    most = max(2, (len(pages) + 1) // 2)
    for lines in pages:
        n = len(lines)
        keep = [
            line for i, line in enumerate(lines)
            if not ((i < EDGE_LINES or i >= n - EDGE_LINES) and
                    (PAGE_NUMBER.match(line.strip()) or
                     (i < EDGE_LINES and tops[shape(line)] >= most) or
                     (i >= n - EDGE_LINES and bottoms[shape(line)] >= most)))
        ]
        yield "\n".join(keep).strip()


def shape(line: str) -> str:
    """A short line with its numbers blanked out, so that `Page 3 of 12` and `Page 4 of 12` are one
    (a long line is a sentence of the text, which no other page repeats word for word)."""
    line = " ".join(line.split()).lower()
    return DIGITS.sub("#", line) if len(line) <= SHORT_LINE else line
