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
from etl_plugins.document_meta import find_byline, find_outlet, find_published_at, title_of

SUFFIXES = (".txt", ".text", ".md")

# Whole lines that are page furniture, not text. Matched after stripping.
BOILERPLATE_LINE = re.compile(
    r"""^(?:
        [\d\s,.]+\s*(?:views?|просмотр\w*|reads?)            # 2790 views
      | (?:поделиться|share(?:\ this)?(?:\ article)?|print|tweet|email|e-mail)\s*:?   # Поделиться: / Print:
      | comments\ are\ closed\.?
      | (?:advertisement|реклама)
      | a\ source | source\ link
      | (?:read\ more|related|see\ also)\s*:?
      | (?:(?:facebook|twitter|x|google\+|pinterest|linkedin|tumblr|whatsapp|telegram|vk|reddit|email|print)[\s,|+]*){2,}  # share rows
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

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
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [line.rstrip() for line in lines if not BOILERPLATE_LINE.match(line.strip())]
    text = "\n".join(kept).strip("\n")
    return BLANK_LINES.sub("\n\n", text)


@etl.hookimpl
def etl_read(source: str, data: bytes) -> list[Document] | None:
    if not source.lower().endswith(SUFFIXES):
        return None
    text = clean_text(decode(data))
    if not text.strip():
        raise InputError("the file holds no text once boilerplate is removed")
    byline = find_byline(text)
    return [Document(
        source=source, text=text, title=title_of(text), published_at=find_published_at(text),
        outlet=find_outlet(text, byline), byline=byline,
    )]
