"""Inputs to readers: a file, or a member of a container, as bytes or as a stream.

A small file is read whole once: its bytes are hashed for the cache and handed
to readers as ``data`` (and as a stream over them). A large one is hashed in
chunks and handed to readers as an open stream; it is read whole only for a
reader whose ``etl_read`` names ``data``, so a reader that streams (JSON
Lines, WARC, a compressed file) holds only the records it is working on.

Containers (a zip, a ``.gz``, a WARC) hand their members back to the core
through the ``read`` callback of ``etl_read``; members are inputs too.
"""
from __future__ import annotations

import hashlib
import io
import os
import stat
from typing import IO, Any, Callable

import pyarrow as pa

from etl.errors import InputError
from etl.sources import DEFAULT_MAX_FILE_SIZE, file_kind, is_uri, too_large, why_unlisted

#: Files up to this size are read whole (one read, one hash); larger ones are streamed.
WHOLE_READ_BYTES = 16 << 20
#: What readers get as ``head``: enough for any magic number or a first JSON record's start.
HEAD_BYTES = 4096
CHUNK = 1 << 20


def open_file(source: str, seekable: bool = True) -> IO[bytes]:
    """A source's bytes as a binary stream, from a local path or a URI: a regular file only.

    A local file is opened without blocking and checked on the open
    descriptor, so that a FIFO (which would wait for a writer forever) or a
    device (``/dev/zero`` never ends) is refused before a byte is read.
    """
    try:
        if is_uri(source):
            import pyarrow.fs as pafs

            fs, path = pafs.FileSystem.from_uri(source)
            if fs.get_file_info(path).type != pafs.FileType.File:
                raise InputError("not a regular file; only regular files are read")
            return fs.open_input_file(path) if seekable else fs.open_input_stream(path)
        return open_regular(source)
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror or exc}") from None
    except pa.ArrowException as exc:
        raise InputError(f"cannot open: {exc}") from None


def open_regular(path: str) -> IO[bytes]:
    reason = why_unlisted(path)
    if reason is not None:
        raise InputError(reason[1])
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except ValueError as exc:  # a NUL in the name
        raise InputError(f"cannot open: {exc}") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise InputError(f"not a regular file ({file_kind(info.st_mode)}); only regular files are read")
    return os.fdopen(fd, "rb")


def new_key() -> Any:
    return hashlib.blake2b(digest_size=16)


def stream_key(stream: IO[bytes], first: bytes = b"") -> str:
    """The content key (as :func:`etl.pipeline.content_key` of the whole bytes) of ``first`` and the rest of ``stream``."""
    digest = new_key()
    digest.update(first)
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def file_key(source: str) -> str:
    """A source's content key, computed a chunk at a time: memory does not grow with the file."""
    with open_file(source, seekable=False) as fh:
        try:
            return stream_key(fh)
        except (OSError, pa.ArrowException) as exc:
            raise InputError(f"cannot read: {exc}") from None


class Input:
    """One thing to read: bytes, a file that can be opened again, or a stream that can be read once.

    ``head`` is its first bytes, for readers that recognise a format by its
    magic number; ``data`` is all of it (read when first asked for);
    ``stream()`` a binary stream from its start.
    """

    def __init__(self, data: bytes | None = None, opener: Callable[[], IO[bytes]] | None = None,
                 stream: IO[bytes] | None = None, size: int | None = None, limit: int | None = None):
        self._data, self._opener, self._once = data, opener, stream
        self.size, self.limit = size, limit  # a file read whole only up to ``limit`` bytes
        self._head: bytes | None = data[:HEAD_BYTES] if data is not None else None
        self.opened: list[IO[bytes]] = []

    @classmethod
    def of(cls, value: bytes | IO[bytes]) -> Input:
        if isinstance(value, (bytes, bytearray, memoryview)):
            return cls(data=bytes(value))
        return cls(stream=value)

    @property
    def in_memory(self) -> bool:
        """Whether the whole input is at hand as bytes (a small file, a member given as bytes)."""
        return self._data is not None

    @property
    def head(self) -> bytes:
        if self._head is None:
            if self._opener is not None:
                with self._opener() as fh:
                    self._head = fh.read(HEAD_BYTES)
            else:  # read once: keep what was read, and serve it again before the rest
                self._head = read_fully(self._once, HEAD_BYTES)
                self._once = io.BufferedReader(Prefixed(self._head, self._once), CHUNK)
        return self._head

    @property
    def data(self) -> bytes:
        if self._data is None:
            if self.limit is not None and self.size is not None and self.size > self.limit:
                raise InputError(too_large(self.size, self.limit))
            with self.stream() as fh:
                self._data = fh.read() if self.limit is None else fh.read(self.limit + 1)
            if self.limit is not None and len(self._data) > self.limit:
                size, self._data = len(self._data), None
                raise InputError(too_large(size, self.limit))
        return self._data

    def stream(self) -> IO[bytes]:
        """A stream from the start (a stream that can be read once: the same stream each time)."""
        if self._data is not None:
            return io.BytesIO(self._data)
        if self._opener is not None:
            fh = self._opener()
            self.opened.append(fh)
            return fh
        self.head  # noqa: B018 - reads the head first, so that it stays known
        return self._once

    def close(self) -> None:
        for fh in self.opened:
            fh.close()
        self.opened.clear()


def read_fully(stream: IO[bytes], n: int) -> bytes:
    parts, got = [], 0
    while got < n:
        chunk = stream.read(n - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


class Prefixed(io.RawIOBase):
    """``prefix`` and then the rest of ``stream``: a stream whose first bytes were already read."""

    def __init__(self, prefix: bytes, stream: IO[bytes]):
        self.prefix, self.inner, self.at = prefix, stream, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.at < len(self.prefix):
            n = min(len(buffer), len(self.prefix) - self.at)
            buffer[:n] = self.prefix[self.at:self.at + n]
            self.at += n
            return n
        # One read of the stream below at most: what it holds is passed on before a later read fails.
        read = getattr(self.inner, "read1", self.inner.read)
        chunk = read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        self.inner.close()
        super().close()


def open_source(source: str, limit: int = DEFAULT_MAX_FILE_SIZE) -> tuple[Input, str]:
    """A source as an :class:`Input` and its content key.

    Only a regular file is opened. Read whole when it is small (one read
    serves the hash and the readers); otherwise hashed in chunks and opened
    again for each reader that asks. ``limit`` bounds what is read whole into
    memory (a reader's ``data``): a larger file is refused unless a reader
    that streams it claims it.
    """
    with open_file(source, seekable=False) as fh:
        try:
            # A local file's size is known: read it at once, without a buffer of the largest size.
            size = os.fstat(fh.fileno()).st_size if not is_uri(source) else None
            whole = min(WHOLE_READ_BYTES, limit)
            first = fh.read(size + 1 if size and size <= whole else whole + 1)  # /proc files tell size 0
            if len(first) <= whole:
                return Input(data=first), new_key_of(first)
            key = stream_key(fh, first)
        except (OSError, pa.ArrowException) as exc:
            raise InputError(f"cannot read: {exc}") from None
    return Input(opener=lambda: open_file(source), size=size, limit=limit), key


def new_key_of(data: bytes) -> str:
    digest = new_key()
    digest.update(data)
    return digest.hexdigest()
