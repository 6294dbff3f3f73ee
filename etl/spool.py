"""Rows on local disk: Arrow IPC files written and read a record batch at a time.

A batch whose rows outgrow memory (one large source: a JSON Lines file or a
WARC of gigabytes) is *spooled*: each enriched slice is appended to one file
per table as it is made, so the process holds one slice, never the batch.
The file ends as every file of the cache ends, with ``CHECKSUM_TAG`` and the
BLAKE2b digest of the bytes before it, computed as the bytes are written: the
cache takes a spool over by renaming it, without reading it again.

:class:`StoredTable` reads such a file back a record batch at a time.
"""
from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path
from typing import Any, BinaryIO, Iterator

import pyarrow as pa

from etl.errors import EtlError

#: How the cache's and the spool's Arrow files are compressed.
IPC_OPTIONS = pa.ipc.IpcWriteOptions(compression="lz4")
#: What ends every file of the cache: this tag, then the BLAKE2b digest of the bytes before it.
CHECKSUM_TAG = b"etl-sum1"
CHECKSUM_BYTES = 16
TRAILER = len(CHECKSUM_TAG) + CHECKSUM_BYTES
#: Bytes read at a time to check a file's checksum.
READ_BYTES = 1 << 20
#: The tables a batch spools; its error rows and index are small and stay in memory.
SPOOLED = ("documents", "statements", "mentions")

_numbers = itertools.count()


class SpoolError(EtlError):
    """The spool folder cannot be written: the run stops (it is no source's fault)."""


class Damaged(Exception):
    """A cache file whose bytes are not those that were written."""


class HashingFile:
    """A file being written, and the digest of what was written to it (for ``pa.PythonFile``)."""

    def __init__(self, fh: BinaryIO):
        self.fh = fh
        self.digest = hashlib.blake2b(digest_size=CHECKSUM_BYTES)
        self.closed = False

    def write(self, data: Any) -> int:
        self.digest.update(data)
        return self.fh.write(data)

    def flush(self) -> None:
        self.fh.flush()

    def close(self) -> None:  # the IPC writer's sink: the trailer still goes after it
        self.closed = True


class IpcAppender:
    """One Arrow IPC file written a table at a time, ending with the cache's checksum trailer."""

    def __init__(self, path: Path, schema: pa.Schema):
        self.path = path
        self.fh = open(path, "wb")
        self.hashing = HashingFile(self.fh)
        self.writer = pa.ipc.new_file(pa.PythonFile(self.hashing, mode="w"), schema, options=IPC_OPTIONS)

    def write(self, table: pa.Table | pa.RecordBatch) -> None:
        if table.num_rows:
            self.writer.write(table)

    def close(self) -> None:
        self.writer.close()
        self.fh.write(CHECKSUM_TAG + self.hashing.digest.digest())
        self.fh.close()

    def discard(self) -> None:
        try:
            self.fh.close()
        finally:
            self.path.unlink(missing_ok=True)


class Spool:
    """One batch's rows in ``folder``: a file per table of :data:`SPOOLED`, appended slice by slice.

    The files are named ``.PID-N.TABLE.arrow.tmp``, as every temporary file of the cache is
    (``.*.tmp``): a run that is killed leaves them to the next run, which removes them
    (:func:`etl.locks.clear_cache_leftovers`).
    """

    def __init__(self, folder: Path, schemas: dict[str, pa.Schema]):
        self.folder = folder
        stem = f".{os.getpid()}-{next(_numbers)}"
        self.files: dict[str, IpcAppender] = {}
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for table in SPOOLED:
                self.files[table] = IpcAppender(folder / f"{stem}.{table}.arrow.tmp", schemas[table])
        except (OSError, pa.ArrowException) as exc:
            self.discard()
            raise self.cannot_write(exc) from None

    def cannot_write(self, exc: BaseException) -> SpoolError:
        from etl.writer import reason_of

        return SpoolError(f"{self.folder}: cannot write a large batch's rows there ({reason_of(exc)}); "
                          f"free some space there or pass --cache-dir PATH")

    def write(self, tables: dict[str, pa.Table]) -> None:
        """Append one slice: ``tables`` maps each of :data:`SPOOLED` to its rows."""
        try:
            for table, appender in self.files.items():
                appender.write(tables[table])
        except (OSError, pa.ArrowException) as exc:
            self.discard()
            raise self.cannot_write(exc) from None

    def append(self, paths: dict[str, str]) -> None:
        """Append the rows of another spool's files, a record batch at a time, and remove those files."""
        try:
            for table, appender in self.files.items():
                stored = StoredTable(Path(paths[table]))
                try:
                    for i in range(stored.reader.num_record_batches):
                        appender.write(stored.reader.get_batch(i))
                finally:
                    stored.close()
                Path(paths[table]).unlink(missing_ok=True)
        except (OSError, pa.ArrowException, Damaged) as exc:
            self.discard()
            raise self.cannot_write(exc) from None

    def close(self) -> dict[str, str]:
        """Finish the files; returns their paths, by table."""
        try:
            for appender in self.files.values():
                appender.close()
        except (OSError, pa.ArrowException) as exc:
            self.discard()
            raise self.cannot_write(exc) from None
        return {table: str(appender.path) for table, appender in self.files.items()}

    def discard(self) -> None:
        for appender in self.files.values():
            try:
                appender.discard()
            except OSError:
                pass


def discard(paths: dict[str, str] | None) -> None:
    """Remove a finished spool's files (its rows were written, and not taken by the cache)."""
    for path in (paths or {}).values():
        try:
            os.unlink(path)
        except OSError:
            pass


# -- reading -------------------------------------------------------------------
def checked_end(path: Path, verify: bool = True) -> int:
    """Where the Arrow bytes of a cache file end (its checksum trailer follows); :class:`Damaged`
    unless the trailer is there and (with ``verify``) the digest of the bytes before it matches.
    The bytes are hashed a chunk at a time: a file of gigabytes is never held."""
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        end = size - TRAILER
        if end < 0:
            raise Damaged(f"{path.name} has no checksum")
        fh.seek(end)
        trailer = fh.read(TRAILER)
        if trailer[:len(CHECKSUM_TAG)] != CHECKSUM_TAG:
            raise Damaged(f"{path.name} has no checksum")
        if verify:
            fh.seek(0)
            digest = hashlib.blake2b(digest_size=CHECKSUM_BYTES)
            chunk = bytearray(READ_BYTES)
            view = memoryview(chunk)
            left = end
            while left > 0:
                n = fh.readinto(view[:min(left, READ_BYTES)])
                if not n:
                    raise Damaged(f"{path.name} is shorter than it was")
                digest.update(view[:n])
                left -= n
            if digest.digest() != trailer[len(CHECKSUM_TAG):]:
                raise Damaged(f"{path.name} does not match its checksum")
    return end


class StoredTable:
    """A table in a cache or spool file, read a record batch at a time, never whole.

    :meth:`chunks` is fastest when called with rows that advance (as a part is
    written, in source order): it goes on from the record batch it read last.
    """

    def __init__(self, path: Path, verify: bool = False):
        self.path = path
        end = checked_end(path, verify)
        self.file = pa.OSFile(str(path), "rb")
        try:
            self.reader = pa.ipc.open_file(self.file, footer_offset=end)
        except BaseException:
            self.file.close()
            raise
        self.schema = self.reader.schema
        self.held: pa.RecordBatch | None = None  # the record batch read last
        self.held_index = self.held_first = 0  # its number and its first row

    def chunks(self, start: int, stop: int) -> Iterator[pa.Table]:
        """Rows ``start`` to ``stop`` (exclusive), a record batch (or less) at a time."""
        if start >= stop:
            return
        if self.held is not None and start >= self.held_first:
            i, first = self.held_index, self.held_first
        else:
            i, first = 0, 0
        while first < stop and i < self.reader.num_record_batches:
            if self.held is not None and i == self.held_index:
                batch = self.held
            else:
                batch = self.reader.get_batch(i)
                self.held, self.held_index, self.held_first = batch, i, first
            end = first + batch.num_rows
            if end > start:
                lo, hi = max(start, first) - first, min(stop, end) - first
                yield pa.Table.from_batches([batch.slice(lo, hi - lo)], self.schema)
            i, first = i + 1, end

    def read_all(self) -> pa.Table:
        return self.reader.read_all()

    def close(self) -> None:
        self.held = None
        self.file.close()
