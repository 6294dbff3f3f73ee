"""A large file read in pieces, each a source of its own, so that one file spreads over the workers.

A file larger than :data:`PIECE_BYTES` whose reader can find its records from
any point (``etl_next_record``: JSON Lines, a WARC file compressed record by
record) is listed as one *unit* per :data:`PIECE_BYTES` of it:
``crawl.warc.gz`` of 3.5 MiB becomes ``crawl.warc.gz`` + :data:`MARK` +
``00000000`` to ``00000003``. Piece *k* holds the records that start in
``[k × PIECE_BYTES, (k + 1) × PIECE_BYTES)``, its ends found by the reader's
hook, so each record is read by one piece and pieces can be read in any
process, in any order. A piece is a unit of work (a batch of its own) and of
the cache (filed under its start and bytes), so a file that grows at its end
is read again from its last piece only.

The names sort right after the file's own (``MARK`` starts with NUL, which
no path holds), so units keep the listing's order; one NUL alone marks an
unlisted entry (:mod:`etl.sources`), two a piece.
"""
from __future__ import annotations

import io
from typing import IO, Any

from etl.errors import EtlError, InputError, PluginError
from etl.inputs import HEAD_BYTES, WHOLE_READ_BYTES, Input, new_key, open_file, read_fully
from etl.plugins import PluginHost

#: The size of a piece: about a second of work for one core (300 web pages, 1,000 articles).
PIECE_BYTES = 1 << 20
#: Separates a piece's number from its file's path.
MARK = "\x00\x00"
HOOK = "etl_next_record"


def piece_name(path: str, k: int) -> str:
    return f"{path}{MARK}{k:08d}"


def split_name(unit: str) -> tuple[str, int | None]:
    """(path, piece number) of a unit; the number is None for a file read whole."""
    path, mark, k = unit.partition(MARK)
    return (path, int(k)) if mark else (unit, None)


def file_of(unit: str) -> str:
    return unit.partition(MARK)[0]


def counts_as_file(unit: str) -> bool:
    """Whether the unit stands for its file in a count of sources: a whole file, or a file's first piece."""
    return not split_name(unit)[1]


def piece_bytes() -> int:
    """The piece size, read when asked (a test lowers it), for the cache's fingerprint."""
    return PIECE_BYTES


def may_split(size: int) -> bool:
    """Whether a file of ``size`` bytes is large enough to be read in pieces, if its reader can cut it."""
    return size > PIECE_BYTES


def pieces(host: PluginHost, path: str, name: str, size: int) -> list[str] | None:
    """The units a file of ``size`` bytes is read as: its pieces, or None when it is read whole.

    Asked once per large file as a run plans its work (an ``etl_next_record`` at
    :data:`PIECE_BYTES`). A file that cannot be opened, or a reader whose hook
    fails, leaves the file whole: reading it then reports what is wrong.
    """
    if not may_split(size) or not host.implementations(HOOK):
        return None
    try:
        with open_file(path) as fh:
            head = read_fully(fh, HEAD_BYTES)
            fh.seek(0)
            _, found = host.call_first(HOOK, source=name, head=head, stream=fh, offset=PIECE_BYTES)
    except EtlError:
        return None
    if found is None:
        return None
    return [piece_name(path, k) for k in range(-(-size // PIECE_BYTES))]


def bounds(host: PluginHost, name: str, fh: IO[bytes], head: bytes, k: int, size: int) -> tuple[int, int]:
    """Where piece ``k`` of the open file ``fh`` (of ``size`` bytes) starts and ends."""
    return (next_record(host, name, fh, head, k * PIECE_BYTES, size),
            next_record(host, name, fh, head, (k + 1) * PIECE_BYTES, size))


def next_record(host: PluginHost, name: str, fh: IO[bytes], head: bytes, offset: int, size: int) -> int:
    if offset <= 0:
        return 0
    if offset >= size:
        return size
    fh.seek(0)
    plugin, found = host.call_first(HOOK, source=name, head=head, stream=fh, offset=offset)
    if plugin is None:
        raise InputError(f"no reader finds a record at or after byte {offset:,} any more, though one did as the "
                         f"run planned (did the file change?); run again")
    if not isinstance(found, int) or isinstance(found, bool) or not offset <= found <= size:
        raise PluginError(plugin, f"{HOOK} returned {found!r} for offset {offset:,} of a file of {size:,} bytes; "
                                  f"return an offset from {offset:,} to {size:,}, or None")
    return found


def open_piece(host: PluginHost, path: str, name: str, k: int,
               limit: int | None = None) -> tuple[Input, str, int, int]:
    """Piece ``k`` of the file at ``path`` (stored as ``name``): its input, content key, start and end.

    The key is a hash of the piece's start and bytes: what its rows depend on."""
    with open_file(path) as fh:
        size = fh.seek(0, io.SEEK_END)  # a local file or a URI's
        fh.seek(0)
        head = read_fully(fh, HEAD_BYTES)
        start, end = bounds(host, name, fh, head, k, size)
        digest = new_key()
        digest.update(f"{start}\x1f".encode())
        if end - start <= WHOLE_READ_BYTES:
            fh.seek(start)
            data = read_fully(fh, end - start)
            digest.update(data)
            return Input(data=data), digest.hexdigest(), start, end
        fh.seek(start)
        window = Window(fh, end - start)
        while chunk := window.read(1 << 20):
            digest.update(chunk)
    return (Input(opener=lambda: Window.of(path, start, end), size=end - start, limit=limit),
            digest.hexdigest(), start, end)


def piece_key(host: PluginHost, unit: str, name: str) -> str:
    """The content key of a piece as :func:`open_piece` computes it, reading only its bytes."""
    path, k = split_name(unit)
    input, key, _, _ = open_piece(host, path, name, k or 0)
    input.close()
    return key


class Window(io.RawIOBase):
    """``length`` bytes of ``stream`` from where it stands: a piece of a file, read as a file of its own."""

    def __init__(self, stream: IO[bytes], length: int):
        self.inner, self.left = stream, length

    @classmethod
    def of(cls, path: str, start: int, end: int) -> io.BufferedReader:
        fh = open_file(path)
        fh.seek(start)
        return io.BufferedReader(cls(fh, end - start), 1 << 20)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self.left)
        if n <= 0:
            return 0
        chunk = self.inner.read(n)
        buffer[:len(chunk)] = chunk
        self.left -= len(chunk)
        return len(chunk)

    def close(self) -> None:
        self.inner.close()
        super().close()
