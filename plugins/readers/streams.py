"""What the container and table readers share: suffixes, magic numbers, size limits, seekable copies.

Nothing here holds a whole input: a stream is wrapped, counted or copied to a
temporary file a chunk at a time.
"""
from __future__ import annotations

import io
import shutil
import tempfile
from typing import IO, Any

from etl.errors import InputError

#: Decompressed bytes one container may produce, all members together, unless configured
#: otherwise (``max_bytes``): a guard against decompression bombs, far above any real archive.
DEFAULT_MAX_BYTES = 64 << 30
CHUNK = 1 << 20
#: Decompressed bytes asked for at a time.
STEP = 64 << 10
#: A member copied to disk to be seeked (a zip inside a ``.gz``) is kept in memory up to this size.
SPOOL_IN_MEMORY = 32 << 20


#: The first bytes of the containers another reader opens first (gzip, bzip2, xz, zstd, zip).
CONTAINER_MAGIC = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd", b"PK\x03\x04")


def wrapped(head: bytes) -> bool:
    """Whether a file is compressed or zipped whatever its name says: a reader of what is inside
    leaves it to the reader of the wrapping, which hands the body back under the inner name."""
    return head.startswith(CONTAINER_MAGIC)


def has_no_suffix(source: str) -> bool:
    """A name with no ``.ext`` in its last path segment (a file named ``articles``)."""
    last = source.rsplit("/", 1)[-1]
    return "." not in last.lstrip(".")


def max_bytes_option(options: dict[str, Any], known: tuple[str, ...] = ("max_bytes",)) -> int:
    """The ``max_bytes`` option, checked: a positive whole number of bytes."""
    unknown = sorted(set(options) - set(known))
    if unknown:
        raise ValueError(f"unknown option {unknown[0]!r} (known: {', '.join(known)})")
    value = options.get("max_bytes", DEFAULT_MAX_BYTES)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError(f"max_bytes must be a positive whole number of bytes, not {value!r}")
    return value


class Budget:
    """Decompressed bytes left to one container; running out is an error naming the member and the limit."""

    def __init__(self, limit: int):
        self.limit, self.used = limit, 0

    def spend(self, n: int, member: str) -> None:
        self.used += n
        if self.used > self.limit:
            raise InputError(f"{member + ': ' if member else ''}decompresses to more than {self.limit:,} bytes, "
                             f"the limit against decompression bombs; raise it with max_bytes in the plugin's "
                             f"options if the file is genuine")


class Guarded(io.RawIOBase):
    """A decompressing stream, counted against a :class:`Budget`, its failures made one-line input errors.

    ``what`` names the member in messages; ``kind`` the compression
    (``gzip``), for "the gzip data is truncated or corrupt".
    """

    def __init__(self, stream: IO[bytes], budget: Budget, what: str, kind: str,
                 errors: tuple[type[BaseException], ...] = (OSError, EOFError, ValueError)):
        self.inner, self.budget, self.what, self.kind, self.errors = stream, budget, what, kind, errors
        self.failed = False  # the data was found damaged (and that was reported)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            chunk = self.inner.read(len(buffer))
        except InputError:
            raise
        except self.errors as exc:
            self.failed = True
            where = f"{self.what}: " if self.what else ""
            raise InputError(f"{where}the {self.kind} data is truncated or corrupt ({exc})") from None
        self.budget.spend(len(chunk), self.what)
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            super().close()


def guarded(stream: IO[bytes], budget: Budget, what: str, kind: str,
            errors: tuple[type[BaseException], ...] = (OSError, EOFError, ValueError)) -> IO[bytes]:
    # Decompressed in small steps, so that damage loses only the step it is found in.
    return io.BufferedReader(Guarded(stream, budget, what, kind, errors), STEP)


def seekable(stream: IO[bytes]) -> IO[bytes]:
    """``stream`` itself when it can seek; else a copy of it, in memory while small and on disk beyond."""
    try:
        if stream.seekable():
            stream.seek(0)
            return stream
    except (OSError, ValueError, AttributeError):
        pass
    copy = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
    shutil.copyfileobj(stream, copy, CHUNK)
    copy.seek(0)
    return copy
