"""Reader for web archives: ``.warc`` and ``.warc.gz`` (and zstd or lz4 compressed), record by record.

Streamed with FastWARC (extra ``warc``), four to five times faster than
warcio here (``docs/performance.md``). Each HTTP ``response`` record with an
HTML content type is handed back through ``read`` as a web page and read by
whichever reader reads ``.html``; its document takes the record's target URI
as URL (the ``url`` column) and source (``crawl.warc.gz/https://…``), and
``WARC-Date`` as its date when the page gives none. Every other record
(requests, metadata, images, PDFs, redirects) is skipped; how many of each
kind are counted in the last document's ``metadata["warc_skipped"]`` (plugins
see it; the tables do not hold it). A record cut off or corrupt ends the file
with an error row naming how many records were read before it; the pages read
are kept.
"""
from __future__ import annotations

import zlib
from collections import Counter
from datetime import datetime
from typing import IO, Any, Callable, Iterator

import etl
from etl.errors import InputError
from etl.model import Document

SUFFIXES = (".warc", ".warc.gz", ".warc.zst", ".warc.lz4")
MAGIC = b"WARC/1."
GZIP, ZSTD = b"\x1f\x8b", b"\x28\xb5\x2f\xfd"
HTML_TYPES = ("text/html", "application/xhtml+xml")


@etl.hookimpl
def etl_read_suffixes() -> list[str]:
    return list(SUFFIXES)


@etl.hookimpl(tryfirst=True)
def etl_read(source: str, head: bytes, stream: IO[bytes],
             read: Callable[[str, Any], Iterator[Document]]) -> Iterator[Document] | None:
    if not named_or_marked(source, head):
        return None
    if not head.startswith(MAGIC) and not head.startswith((GZIP, ZSTD)) and head:
        return None  # named .warc but something else: let another reader try
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        raise InputError("reading WARC files needs the fastwarc package: pip install 'etl[warc]'") from None
    return pages(source, stream, read, ArchiveIterator, WarcRecordType)


@etl.hookimpl
def etl_next_record(source: str, head: bytes, stream: IO[bytes], offset: int) -> int | None:
    """Where the next record starts, so that a large WARC file is read in pieces on several cores.

    An uncompressed WARC file is cut before a ``WARC/1.`` line that follows a
    record's closing blank line; a gzipped one before a gzip member that
    opens on ``WARC/1.``, when it is compressed record by record, as crawlers
    write them (one gzip stream over the whole file cannot be cut). Zstandard
    and LZ4 files are read whole.
    """
    if not named_or_marked(source, head):
        return None
    if head.startswith(MAGIC):
        return next_match(stream, offset, PLAIN_RECORD, plain_record_at, len(b"\r\n\r\n"))
    if head.startswith(GZIP) and record_by_record(stream):
        return next_match(stream, offset, GZIP_MEMBER, gzip_record_at, 0)
    return None


def named_or_marked(source: str, head: bytes) -> bool:
    """A WARC file by its name, or by its first bytes whatever its name."""
    return head.startswith(MAGIC) or source.lower().endswith(SUFFIXES)


#: What a record looks like from its first bytes: the blank line closing the record before it and
#: the version line (uncompressed), or a gzip member's header (deflate).
PLAIN_RECORD, GZIP_MEMBER = b"\r\n\r\nWARC/1.", b"\x1f\x8b\x08"
#: Bytes read past a candidate to check it.
CHECK_BYTES = 1 << 12


def next_match(stream: IO[bytes], offset: int, pattern: bytes, check: Callable[[bytes], bool], skip: int) -> int:
    """The offset (``skip`` bytes into the match) of the first ``pattern`` at or after ``offset`` that
    ``check`` accepts, given the bytes from the match on; the stream's end when there is none."""
    start = max(offset - skip, 0)
    stream.seek(start)
    buffer, base, at = b"", start, 0
    while True:
        more = stream.read(1 << 20)
        buffer += more
        found = -1
        while True:
            found = buffer.find(pattern, at)
            if found < 0 or (more and len(buffer) - found < CHECK_BYTES):
                break  # none here, or too near the end to check: read on
            if base + found + skip >= offset and check(buffer[found:found + CHECK_BYTES]):
                return base + found + skip
            at = found + 1
        if not more:
            return base + len(buffer)
        cut = found if found >= 0 else max(at, len(buffer) - len(pattern) + 1)
        buffer, base, at = buffer[cut:], base + cut, 0


def plain_record_at(window: bytes) -> bool:
    """A version line and a header block naming the record's type: a record, not a page quoting one."""
    header = window[4:].split(b"\r\n\r\n", 1)[0]
    return header[len(MAGIC):len(MAGIC) + 3] in (b"0\r\n", b"1\r\n") and b"\r\nWARC-Type:" in header


def gzip_record_at(window: bytes) -> bool:
    try:
        return zlib.decompressobj(31).decompress(window, 16).startswith(MAGIC)
    except zlib.error:
        return False


def record_by_record(stream: IO[bytes]) -> bool:
    """Whether a gzipped WARC file's first gzip member ends within its first megabytes (each record
    compressed alone) rather than running on (the whole file one stream)."""
    stream.seek(0)
    inflate = zlib.decompressobj(31)
    try:
        for _ in range(4):
            chunk = stream.read(1 << 20)
            if not chunk:
                return False
            inflate.decompress(chunk, 1 << 16)
            while inflate.unconsumed_tail and not inflate.eof:
                inflate.decompress(inflate.unconsumed_tail, 1 << 16)
            if inflate.eof:  # and another member follows
                return bool(inflate.unused_data or stream.read(1))
    except zlib.error:
        return False
    return False


def pages(source: str, stream: IO[bytes], read: Callable[[str, Any], Iterator[Document]],
          ArchiveIterator: Any, WarcRecordType: Any) -> Iterator[Document]:
    skipped: Counter[str] = Counter()
    held: Document | None = None  # each page is handed on when the next one is read; the last carries the counts
    records = 0
    stop: InputError | None = None
    try:
        for record in ArchiveIterator(stream, parse_http=True):
            records += 1
            kind = record_kind(record, WarcRecordType)
            uri = record.headers.get("WARC-Target-URI") or f"record-{records}"
            body = record.reader.read() if kind == "html" else drain(record.reader)
            if record.reader.tell() < record.content_length:
                stop = InputError(f"record {records} ({uri}) is cut off: {record.reader.tell():,} of its "
                                  f"{record.content_length:,} bytes are there; the records before it are read")
                break
            if kind != "html":
                skipped[kind] += 1
                continue
            for doc in read(member_name(source, uri), body):
                doc.source = f"{source}/{uri}"
                doc.url = uri
                doc.metadata = {**doc.metadata, "warc_record": records}
                if doc.published_at is None:
                    doc.published_at = date_of(record)
                if held is not None:
                    yield held
                held = doc
    except OSError as exc:
        stop = InputError(f"the WARC file is truncated or corrupt after {records} records ({exc})")
    if held is not None:
        held.metadata["warc_skipped"] = dict(sorted(skipped.items()))
        yield held
    if stop is not None:
        raise stop
    if records == 0:
        raise InputError("no WARC record found (not a WARC file, or cut off in its first record)")


def date_of(record: Any) -> datetime | None:
    return warc_date(record.headers.get("WARC-Date"))


def drain(reader: Any) -> bytes:
    """Read a skipped record's body to its end a megabyte at a time (to know it is whole)."""
    while reader.read(1 << 20):
        pass
    return b""


def record_kind(record: Any, WarcRecordType: Any) -> str:
    """``html`` for a web page; otherwise what the record is, for the skipped counts."""
    if record.record_type != WarcRecordType.response:
        return str(record.record_type)
    http = record.http_headers
    if http is None:
        return "response without HTTP"
    if not 200 <= http.status_code < 300:
        return f"HTTP {http.status_code}"
    media = (http.get("Content-Type") or "").split(";")[0].strip().lower()
    return "html" if media in HTML_TYPES else (media or "no content type")


def member_name(source: str, uri: str) -> str:
    """The name a page is read under: the URI, ``.html`` added when its path does not say so."""
    path = uri.split("?", 1)[0].split("#", 1)[0].lower()
    return f"{source}/{uri}" if path.endswith((".html", ".htm")) else f"{source}/{uri}.html"


def warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
