"""Reader for compressed files: ``.gz``, ``.bz2``, ``.xz`` and ``.zst`` around any other input.

The body is decompressed as a stream and handed back through ``read`` under
the name without the compression suffix (``news.jsonl.gz`` is read as
``news.jsonl``, ``pages.tar.gz`` as ``pages.tar``), so any reader reads it and
nothing holds it whole. A file is recognised by its magic number as well, so
a gzip file named ``news.jsonl`` is read too; one whose suffix says gzip but
whose bytes are not is read as what the rest of its name says.

Decompressed bytes are counted against ``max_bytes`` (option of
``[plugins.compressed]``; default 64 GiB), a guard against decompression
bombs; a truncated or corrupt stream is an error row, and the documents read
before the damage are kept.
"""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from typing import IO, Any, Callable, Iterator

import etl
from etl.errors import InputError
from etl.model import Document
from etl_plugins.readers.streams import DEFAULT_MAX_BYTES, Budget, guarded, max_bytes_option

#: suffix → compression, and each compression's magic number.
SUFFIXES = {".gz": "gzip", ".tgz": "gzip", ".gzip": "gzip", ".bz2": "bzip2", ".tbz2": "bzip2", ".xz": "xz",
            ".txz": "xz", ".zst": "zstd", ".zstd": "zstd"}
#: What a suffix stands for once decompressed (``.tgz`` holds a ``.tar``).
INNER = {".tgz": ".tar", ".tbz2": ".tar", ".txz": ".tar"}
MAGIC = {"gzip": (b"\x1f\x8b",), "bzip2": (b"BZh",), "xz": (b"\xfd7zXZ\x00",), "zstd": (b"\x28\xb5\x2f\xfd",)}

_limit = DEFAULT_MAX_BYTES
ZSTD_INPUT = 4096


@etl.hookimpl
def etl_configure(options: dict[str, Any]) -> None:
    global _limit
    _limit = max_bytes_option(options)


@etl.hookimpl
def etl_read_suffixes() -> list[str]:
    return list(SUFFIXES)


@etl.hookimpl(tryfirst=True)
def etl_read(source: str, head: bytes, stream: IO[bytes],
             read: Callable[[str, Any], Iterator[Document]]) -> Iterator[Document] | None:
    suffix = next((s for s in SUFFIXES if source.lower().endswith(s)), None)
    kind = sniff(head)
    if kind is None and suffix is None:
        return None
    inner = source[:-len(suffix)] + INNER.get(suffix, "") if suffix else source
    if kind is None:  # named as compressed, but its bytes are not: read it as what the rest of the name says
        return renamed(read(inner, stream), inner, source)
    body = guarded(decompressor(kind, stream), Budget(_limit), "", kind, ERRORS[kind]())
    return renamed(read(inner, body), inner, source)


def sniff(head: bytes) -> str | None:
    for kind, magics in MAGIC.items():
        if head.startswith(magics):
            if kind == "bzip2" and not (head[3:4].isdigit() and head[4:10] in (b"1AY&SY", b"\x17rE8P\x90")):
                continue
            return kind
    return None


def decompressor(kind: str, stream: IO[bytes]) -> IO[bytes]:
    if kind == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")
    if kind == "bzip2":
        return bz2.BZ2File(stream, mode="rb")
    if kind == "xz":
        return lzma.LZMAFile(stream, mode="rb")
    try:
        import zstandard
    except ImportError:
        raise InputError("reading .zst files needs the zstandard package: pip install 'etl[zstd]'") from None
    return ZstdBody(zstandard.ZstdDecompressor(), stream)


class ZstdBody(io.RawIOBase):
    """A zstandard stream of one or more frames, read as it is decompressed.

    Written on the library's ``decompressobj`` rather than its stream reader,
    which ends quietly where a cut-off file ends: here a last frame left
    unfinished is an ``EOFError``. Compressed bytes go in a few KiB at a time,
    which bounds what one call can make of them (a zstd block of 128 KiB
    takes a few bytes) before the budget is asked.
    """

    def __init__(self, decompressor: Any, stream: IO[bytes]):
        self.decompressor, self.stream = decompressor, stream
        self.frame = decompressor.decompressobj()
        self.pending, self.started = b"", False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.pending:
            chunk = self.stream.read(ZSTD_INPUT)
            if not chunk:
                if self.started and not self.frame.eof:
                    raise EOFError("the stream ends inside a frame")
                return 0
            while chunk:
                if self.frame.eof:  # the next frame of a multi-frame file
                    self.frame = self.decompressor.decompressobj()
                self.started = True
                self.pending += self.frame.decompress(chunk)
                chunk = self.frame.unused_data if self.frame.eof else b""
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n

    def close(self) -> None:
        self.stream.close()
        super().close()


def zstd_errors() -> tuple[type[BaseException], ...]:
    try:
        import zstandard
    except ImportError:
        return (OSError, EOFError)
    return (zstandard.ZstdError, OSError, EOFError)


ERRORS: dict[str, Callable[[], tuple[type[BaseException], ...]]] = {
    "gzip": lambda: (OSError, EOFError, zlib.error),
    "bzip2": lambda: (OSError, EOFError, ValueError),
    "xz": lambda: (lzma.LZMAError, OSError, EOFError),
    "zstd": zstd_errors,
}


def renamed(docs: Iterator[Document], inner: str, source: str) -> Iterator[Document]:
    """The body's documents under the compressed file's name (``news.jsonl`` → ``news.jsonl.gz``)."""
    for doc in docs:
        if doc.source == inner:
            doc.source = source
        elif doc.source.startswith(inner + "/"):
            doc.source = source + doc.source[len(inner):]
        yield doc
