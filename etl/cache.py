"""The results cache: every source's rows, filed under its content hash and the pipeline's fingerprint.

A run keeps, per output folder, a cache folder (by default under the user's
cache directory, never inside the dataset). Each processed batch is written
there as a *segment* the moment it completes — its documents, statements,
speaker mentions and error rows, plus an index of which rows came from which
source — so a run that is killed loses only the batches in flight, and a
re-run reads the rest back instead of computing it again.

A source's cached rows are reused when its path and bytes are unchanged
(checked by size and modification time, and by hashing the bytes when those
differ, are unknown or are too recent to trust) and the pipeline's
fingerprint — plugin names, versions and the code of each plugin's whole
package, options, schema, core code — is the one they were made with.

Only what depends on a source alone is cached. Read and segment errors are a
source's own; an enricher that fails fails on a whole batch, so a batch with
an enrich error is written to the dataset but not to the cache, and the next
run processes its sources again, in whatever grouping it makes.

After a successful run the cache holds one consolidated index, sorted by
source, read back part by part: a lookup never holds the whole index.

Every file of the cache ends with a checksum of its bytes, verified when it
is read: a damaged or missing segment is never served, its sources are
processed again (and counted, for the run's summary). A damaged index is
rebuilt from the segments' own indexes.

No segment is held whole. A batch too large to hold (one source of
gigabytes) was spooled to files in the cache's ``spool`` folder by the process
that ran it (:mod:`etl.spool`); they end with their checksum already, and the
cache takes them over by renaming them. Documents, statements and mentions
are read back a record batch at a time, and checksums are verified a chunk at
a time, so a segment's size never shows in a run's memory.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import os
import shutil
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import pyarrow as pa
import pyarrow.compute as pc

import etl
from etl.errors import EtlError
from etl.freshness import RACY_NS, cache_root, file_digest, folder_digest
from etl.inputs import file_key
from etl.pipeline import Batch
from etl.plugins import PluginHost
from etl.schema import ERROR_COLUMNS, Schema, arrow_schema
from etl.spool import (CHECKSUM_BYTES, CHECKSUM_TAG, IPC_OPTIONS, READ_BYTES, SPOOLED, Damaged,
                       StoredTable, checked_end)

#: Bump when the cache's layout changes: older caches are then ignored.
CACHE_FORMAT = 3
#: Core modules whose code shapes the rows; a change to them invalidates the cache.
CORE_MODULES = ("etl.pipeline", "etl.pieces", "etl.model", "etl.schema", "etl.speakers", "etl.plugins")

INDEX_SCHEMA = pa.schema([
    ("source", pa.string()), ("key", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()),
    ("recorded_ns", pa.int64()), ("n_documents", pa.int64()), ("n_statements", pa.int64()),
    ("n_mentions", pa.int64()), ("n_errors", pa.int64()),
])
ERRORS_SCHEMA = arrow_schema(ERROR_COLUMNS)


def plugin_cache_dir(plugin: str) -> Path:
    """A folder where the plugin ``plugin`` may keep what it derives from its installed files
    (a model converted for fast loading), shared by every run and process on this machine.

    Under :func:`cache_root`, so ``ETL_CACHE_DIR`` moves it too. Not created here: a plugin
    creates it when it writes, and must work (more slowly) when it cannot.
    """
    return cache_root() / "plugins" / plugin


# -- fingerprint -------------------------------------------------------------
def code_digest(obj: Any) -> str:
    """A hash of the source file that defines ``obj`` (a module, class or instance)."""
    target = obj if inspect.ismodule(obj) or inspect.isclass(obj) else type(obj)
    try:
        return file_digest(Path(inspect.getsourcefile(target) or inspect.getfile(target)))
    except TypeError:  # a built-in: no source file
        return "?"


def package_digest(module: Any, seen: dict[str, str] | None = None) -> str:
    """A hash of every ``.py`` file of the package ``module`` belongs to.

    A plugin's behaviour lives in its helper modules as much as in the module
    its entry point names, and an editable install keeps its version while
    its code changes. The package is the outermost regular package on the
    module's dotted path (namespace packages, which span unrelated
    distributions, are stepped over); a module outside any package is hashed
    alone. ``seen`` memoises packages shared by several plugins.
    """
    name = getattr(module, "__name__", "") or ""
    package = None
    dotted = name.split(".")
    for depth in range(1, len(dotted) + 1 if hasattr(module, "__path__") else len(dotted)):
        candidate = sys.modules.get(".".join(dotted[:depth]))
        if candidate is not None and getattr(candidate, "__file__", None) and hasattr(candidate, "__path__"):
            package = candidate
            break
    if package is None:
        return code_digest(module)
    seen = {} if seen is None else seen
    if package.__name__ not in seen:
        seen[package.__name__] = folder_digest([Path(folder) for folder in package.__path__])
    return seen[package.__name__]


def fingerprint(host: PluginHost, schema: Schema, options: dict[str, Any] | None = None) -> str:
    """What a source's rows depend on besides its bytes: plugins, their code and options, schema, core."""
    import importlib

    plugins = {}
    packages: dict[str, str] = {}
    for name, info in sorted(host.infos.items()):
        plugin = host.pm.get_plugin(name)
        module = inspect.getmodule(plugin) if not inspect.ismodule(plugin) else plugin
        plugins[name] = [info.version, code_digest(plugin),
                         package_digest(module, packages) if module else "?"]
    parts = {
        "format": CACHE_FORMAT,
        "etl": [etl.__version__, *(code_digest(importlib.import_module(m)) for m in CORE_MODULES)],
        "plugins": plugins,
        "order": [impl.plugin_name for hook in ("etl_read", "etl_segment", "etl_resolve_speakers",
                                                 "etl_enrich_documents", "etl_enrich_statements")
                  for impl in host.implementations(hook)],
        "config": getattr(host, "config", {}),
        "schema": [[c.table, c.name, str(c.type), c.owner] for c in schema.columns],
        "options": options or {},
    }
    blob = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.blake2b(blob, digest_size=16).hexdigest()


# -- segments ----------------------------------------------------------------
TABLES = ("documents", "statements", "mentions", "errors")


@dataclass
class Segment:
    """One batch's rows, with per-source offsets into each table.

    A table is in memory (a ``pa.Table``) or in a file (:class:`etl.spool.StoredTable`, read a
    record batch at a time): a segment read back from the cache, or a batch that was spooled,
    is never held whole. :meth:`chunks` reads either.
    """

    sid: str
    tables: dict[str, pa.Table | StoredTable]
    index: pa.Table  # INDEX_SCHEMA
    offsets: dict[str, list[int]]  # table → start row of each source (plus the end)
    cacheable: bool = True  # False: its rows depend on the batch, not on each source alone
    spool: dict[str, str] | None = None  # table → spool file of a fresh batch, until the cache takes it

    @classmethod
    def of(cls, sid: str, tables: dict[str, pa.Table | StoredTable], index: pa.Table) -> Segment:
        offsets = {}
        for table in TABLES:
            counts = index.column(f"n_{table}").to_pylist()
            starts = [0]
            for n in counts:
                starts.append(starts[-1] + n)
            offsets[table] = starts
        return cls(sid, tables, index, offsets)

    def rows(self, table: str, first: int, last: int) -> pa.Table:
        """The rows of sources ``first`` to ``last`` (exclusive) of this segment, as one table."""
        chunks = list(self.chunks(table, first, last))
        if len(chunks) == 1:
            return chunks[0]
        return pa.concat_tables(chunks) if chunks else self.schema(table).empty_table()

    def chunks(self, table: str, first: int, last: int) -> Iterator[pa.Table]:
        """The rows of sources ``first`` to ``last`` (exclusive), a piece at a time (a record
        batch of a stored table; one slice of a table in memory)."""
        starts = self.offsets[table]
        data = self.tables[table]
        if isinstance(data, StoredTable):
            yield from data.chunks(starts[first], starts[last])
        else:
            yield data.slice(starts[first], starts[last] - starts[first])

    def schema(self, table: str) -> pa.Schema:
        return self.tables[table].schema

    def release(self) -> None:
        """Once its rows are written: a spool the cache did not take (the segment is not
        cacheable) is closed and removed."""
        if not self.spool:
            return
        for data in self.tables.values():
            if isinstance(data, StoredTable):
                data.close()
        for path in self.spool.values():
            Path(path).unlink(missing_ok=True)
        self.spool = None


def batch_segment(batch: Batch, sizes: list[int], mtimes: list[int], schema: Schema) -> Segment:
    """A freshly processed batch as a segment (not yet written); a spooled batch's rows stay in its files."""
    idx = batch.sources
    n = idx.num_rows
    index = pa.table({
        "source": idx["source"], "key": idx["key"], "size": pa.array(sizes, pa.int64()),
        "mtime_ns": pa.array(mtimes, pa.int64()), "recorded_ns": pa.array([time.time_ns()] * n, pa.int64()),
        "n_documents": idx["n_documents"], "n_statements": idx["n_statements"],
        "n_mentions": idx["n_mentions"], "n_errors": idx["n_errors"],
    }, schema=INDEX_SCHEMA)
    digest = hashlib.blake2b(digest_size=12)
    for source, key in zip(idx["source"].to_pylist(), idx["key"].to_pylist()):
        digest.update(f"{source}\x1f{key}\x1e".encode())
    tables: dict[str, pa.Table | StoredTable] = {
        "documents": batch.documents, "statements": batch.statements, "mentions": batch.mentions,
        "errors": pa.Table.from_pylist(batch.errors, schema=ERRORS_SCHEMA),
    }
    if batch.spooled:
        try:
            tables.update({table: StoredTable(Path(batch.spooled[table])) for table in SPOOLED})
        except (OSError, pa.ArrowException, Damaged) as exc:
            raise EtlError(f"cannot read the rows of a large batch back from {batch.spooled['documents']} "
                           f"({exc}); run again") from None
    segment = Segment.of(digest.hexdigest(), tables, index)
    segment.spool = dict(batch.spooled) if batch.spooled else None
    # An enricher's failure is the whole batch's, and another grouping of the
    # same sources may not fail: such rows are written but never cached.
    segment.cacheable = not any(e["stage"] == "enrich" for e in batch.errors)
    return segment


# -- the cache ---------------------------------------------------------------
#: The consolidated index: one row per source of the last finished run, sorted
#: by source, pointing at the segment row that holds its rows.
LOOKUP_SCHEMA = pa.schema([
    ("source", pa.string()), ("key", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()),
    ("recorded_ns", pa.int64()), ("segment", pa.string()), ("row", pa.int64()),
])
#: Rows per record batch of the consolidated index: the unit a lookup reads.
INDEX_BATCH_ROWS = 8192


@dataclass
class Hit:
    """Where a source's cached rows are, and the stat to file it under from now on."""

    sid: str
    row: int
    key: str
    size: int
    mtime_ns: int
    recorded_ns: int


class ResultCache:
    """Segments for one output folder and one pipeline fingerprint.

    Lookups go part by part, in source order: the consolidated index is read
    one record batch at a time as the sources advance, and segments written
    since it (by a run that was killed or failed) are found by their range of
    sources. So a lookup holds one part's candidates, never the whole index.
    """

    def __init__(self, root: Path, fp: str, refresh: bool = False):
        self.root = Path(root)
        self.fp = fp
        self.dir = self.root / f"results-{fp}"
        self.segments_dir = self.dir / "segments"
        self.refresh = refresh
        try:
            self.segments_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise EtlError(f"{self.root}: cannot create the cache folder ({exc.strerror}); "
                           f"pass --cache-dir PATH") from None
        self.open: OrderedDict[str, Segment] = OrderedDict()
        self.writer: pa.ipc.RecordBatchFileWriter | None = None
        self.sink: pa.NativeFile | None = None
        self.intact_segments: dict[str, bool] = {}  # segments checked by this run
        self.damaged_sources = 0  # cached sources found damaged or missing, processed again
        self.notes: list[str] = []  # what the run should tell the user about the cache

    def cannot_write(self, exc: BaseException) -> EtlError:
        from etl.writer import reason_of

        return EtlError(f"{self.root}: cannot write the cache ({reason_of(exc)}); free some space there "
                        f"or pass --cache-dir PATH")

    # -- lookup ------------------------------------------------------------
    def reader(self) -> IndexReader:
        """A fresh pass over the cached index, for lookups in source order."""
        return IndexReader(self, empty=self.refresh)

    # -- segments ----------------------------------------------------------
    def put(self, segment: Segment) -> None:
        """Write a segment; its index file goes last, so a half-written segment is never used.

        A spooled segment's files are moved in, not copied: they end with their checksum already.
        Written even where one of the same name exists: that one may be damaged (its
        sources were processed again for that), and ``--full-refresh`` rewrites every entry."""
        if not segment.cacheable:
            return
        base = self.segments_dir / segment.sid
        try:
            for table in TABLES:
                path = Path(f"{base}.{table}.arrow")
                data = segment.tables[table]
                if isinstance(data, StoredTable):
                    os.replace(data.path, path)
                    data.path = path  # the open file follows the rename
                else:
                    write_ipc(path, data)
            segment.spool = None
            write_ipc(Path(f"{base}.index.arrow"), segment.index)
        except OSError as exc:
            raise self.cannot_write(exc) from None
        self.intact_segments[segment.sid] = True
        self.remember(segment)

    def intact(self, sid: str) -> bool:
        """Whether every file of segment ``sid`` is there with the bytes it was written with."""
        if sid not in self.intact_segments:
            base = self.segments_dir / sid
            self.intact_segments[sid] = all(checksum_ok(Path(f"{base}.{name}.arrow"))
                                            for name in (*TABLES, "index"))
        return self.intact_segments[sid]

    def vet(self, found: list[Hit | None]) -> int:
        """Turn the hits whose segment is damaged or missing into misses; return how many."""
        dropped = 0
        for i, hit in enumerate(found):
            if hit is not None and not self.intact(hit.sid):
                found[i] = None
                dropped += 1
        self.damaged_sources += dropped
        return dropped

    def get(self, sid: str) -> Segment:
        """A cached segment; its documents, statements and mentions are read a record batch at a time."""
        if sid in self.open:
            self.open.move_to_end(sid)
            return self.open[sid]
        base = self.segments_dir / sid
        # Checked once per run: when the run planned it (``vet``), under the cache's lock.
        verify = not self.intact_segments.get(sid, False)
        tables: dict[str, pa.Table | StoredTable] = {}
        try:
            for table in TABLES:
                path = Path(f"{base}.{table}.arrow")
                tables[table] = StoredTable(path, verify) if table in SPOOLED else read_ipc(path, verify)
            index = read_ipc(Path(f"{base}.index.arrow"), verify)
        except (OSError, pa.ArrowException, Damaged) as exc:
            for data in tables.values():
                if isinstance(data, StoredTable):
                    data.close()
            # Checked when the run planned it (``vet``): changed since, by something else than etl.
            raise EtlError(f"{self.root}: the cache changed under this run ({exc}); run again") from None
        segment = Segment.of(sid, tables, index)
        self.remember(segment)
        return segment

    def remember(self, segment: Segment) -> None:
        self.open[segment.sid] = segment
        self.open.move_to_end(segment.sid)
        while len(self.open) > 4:
            self.open.popitem(last=False)  # its files close when the last reference to it goes

    @property
    def spool_dir(self) -> Path:
        """Where a run's workers spool the rows of large batches: beside the segments, so that
        a spooled batch becomes a segment by renaming its files."""
        return self.dir / "spool"

    def clear_spool(self) -> None:
        """After a run, finished or not: the spool files no segment took (every one is this run's:
        it holds the cache's lock, and the leftovers of killed runs went as it began)."""
        if self.spool_dir.is_dir():
            for path in self.spool_dir.iterdir():
                path.unlink(missing_ok=True)

    # -- the next index ----------------------------------------------------
    def record(self, rows: pa.Table) -> None:
        """Append one part's index rows (``LOOKUP_SCHEMA``, in source order) to the next index."""
        try:
            if self.writer is None:
                self.sink = pa.OSFile(str(self.dir / f".index.arrow.{os.getpid()}.tmp"), "wb")
                self.writer = pa.ipc.new_file(self.sink, LOOKUP_SCHEMA, options=IPC_OPTIONS)
            if rows.num_rows:
                self.writer.write_table(rows.cast(LOOKUP_SCHEMA).combine_chunks(), max_chunksize=INDEX_BATCH_ROWS)
        except (OSError, pa.ArrowException) as exc:
            raise self.cannot_write(exc) from None

    def abandon(self) -> None:
        """After a failed run: drop the next index; the last one and every segment stay usable."""
        if self.writer is not None:
            try:
                self.writer.close()
                self.sink.close()
            except (OSError, pa.ArrowException):
                pass
            (self.dir / f".index.arrow.{os.getpid()}.tmp").unlink(missing_ok=True)
            self.writer = self.sink = None

    def finish(self, sids: set[str]) -> None:
        """After a successful run: its index replaces the last, and only the segments it used are kept."""
        self.record(LOOKUP_SCHEMA.empty_table())
        index_tmp = self.dir / f".index.arrow.{os.getpid()}.tmp"
        tmp = self.dir / f".index.json.{os.getpid()}.tmp"
        try:
            self.writer.close()
            self.sink.close()
            self.writer = self.sink = None
            digest = file_checksum(index_tmp)
            os.replace(index_tmp, self.dir / "index.arrow")
            tmp.write_text(json.dumps({"segments": sorted(sids), "index": digest}))
            os.replace(tmp, self.dir / "index.json")
        except (OSError, pa.ArrowException) as exc:
            self.abandon()
            tmp.unlink(missing_ok=True)
            raise self.cannot_write(exc) from None
        for path in self.segments_dir.iterdir():
            if path.name.split(".")[0] not in sids:
                path.unlink(missing_ok=True)
        for other in self.root.glob("results-*"):
            if other != self.dir:
                shutil.rmtree(other, ignore_errors=True)


class IndexReader:
    """One pass over the cached index in source order; :meth:`lookup` is called part by part."""

    def __init__(self, cache: ResultCache, empty: bool = False):
        self.cache = cache
        self.file: pa.ipc.RecordBatchFileReader | None = None
        self.next_batch = 0
        self.window: list[pa.RecordBatch] = []
        self.extras: list[tuple[str, str, str]] = []  # (first source, last source, segment)
        if empty:
            return
        consolidated = cache.dir / "index.arrow"
        known: set[str] = set()
        if consolidated.exists():
            try:
                listed = json.loads((cache.dir / "index.json").read_text())
                if file_checksum(consolidated) != listed["index"]:
                    raise Damaged("its checksum does not match")
                self.source = pa.OSFile(str(consolidated), "rb")
                self.file = pa.ipc.open_file(self.source)
                known = set(listed["segments"])
            except (OSError, ValueError, KeyError, TypeError, pa.ArrowException, Damaged):
                # Every segment keeps its own index: they stand in for it, and the run writes it anew.
                self.file = None
                note = f"the cache index in {cache.dir} is damaged; it is rebuilt from the cached segments"
                if note not in cache.notes:  # a run may read the index twice (its up-to-date check first)
                    cache.notes.append(note)
        for path in sorted(cache.segments_dir.glob("*.index.arrow")):
            sid = path.name.split(".")[0]
            if sid in known:
                continue
            try:
                sources = read_ipc(path).column("source")
            except (OSError, pa.ArrowException, Damaged):
                continue
            if len(sources):
                self.extras.append((sources[0].as_py(), sources[-1].as_py(), sid))

    def candidates(self, first: str, last: str) -> pa.Table | None:
        """Every cached row whose source lies between ``first`` and ``last``; sources must advance."""
        tables = []
        if self.file is not None:
            self.window = [b for b in self.window if b.column(0)[-1].as_py() >= first]
            while self.next_batch < self.file.num_record_batches:
                batch = self.file.get_batch(self.next_batch)
                if batch.num_rows and batch.column(0)[0].as_py() > last:
                    break  # past this part: read again by the next
                self.next_batch += 1
                if batch.num_rows and batch.column(0)[-1].as_py() >= first:
                    self.window.append(batch)
            if self.window:
                tables.append(pa.Table.from_batches(self.window, LOOKUP_SCHEMA))
        for lo, hi, sid in self.extras:
            if lo <= last and hi >= first:
                t = read_ipc(self.cache.segments_dir / f"{sid}.index.arrow")
                tables.append(pa.table({
                    "source": t["source"], "key": t["key"], "size": t["size"], "mtime_ns": t["mtime_ns"],
                    "recorded_ns": t["recorded_ns"], "segment": pa.array([sid] * t.num_rows, pa.string()),
                    "row": pa.array(range(t.num_rows), pa.int64())}, schema=LOOKUP_SCHEMA))
        return pa.concat_tables(tables) if tables else None

    def lookup(self, files: list[str], sizes: list[int], mtimes: list[int],
               key_of: Callable[[str], str] = file_key) -> tuple[list[Hit | None], pa.Table]:
        """For each of ``files`` (sorted, after those of earlier calls), its cached rows or None;
        and the hits as rows of the next index (``LOOKUP_SCHEMA``), in the files' order.

        Where the stat cannot vouch for a file's bytes, ``key_of(file)`` computes its content key."""
        found: list[Hit | None] = [None] * len(files)
        if not files:
            return found, LOOKUP_SCHEMA.empty_table()
        index = self.candidates(files[0], files[-1])
        if index is None:
            return found, LOOKUP_SCHEMA.empty_table()
        wanted = pa.table({"source": pa.array(files, pa.string()), "i": pa.array(range(len(files)), pa.int64()),
                           "size_now": pa.array(sizes, pa.int64()), "mtime_now": pa.array(mtimes, pa.int64())})
        cand = wanted.join(index, "source", join_type="inner")
        if cand.num_rows == 0:
            return found, LOOKUP_SCHEMA.empty_table()
        # Same size and time, and a time that is known and older than the
        # caching by more than the clock's resolution: the bytes are the same.
        same_stat = pc.and_(pc.equal(cand["size_now"], cand["size"]), pc.equal(cand["mtime_now"], cand["mtime_ns"]))
        settled = pc.and_(pc.greater_equal(cand["mtime_now"], 0),
                          pc.less(cand["mtime_ns"], pc.subtract(cand["recorded_ns"], RACY_NS)))
        fresh = pc.and_(same_stat, settled)
        cand = cand.append_column("fresh", fresh).sort_by([("i", "ascending"), ("fresh", "descending"),
                                                            ("recorded_ns", "descending"), ("segment", "ascending")])
        rows = zip(cand["i"].to_pylist(), cand["fresh"].to_pylist(), cand["key"].to_pylist(),
                   cand["segment"].to_pylist(), cand["row"].to_pylist(), cand["recorded_ns"].to_pylist())
        hashed: dict[int, tuple[str, int]] = {}
        chosen = []  # the candidate row of each hit whose stat vouched for it
        for j, (i, is_fresh, key, sid, row, recorded) in enumerate(rows):
            if found[i] is not None:
                continue
            if is_fresh:
                found[i] = Hit(sid, row, key, sizes[i], mtimes[i], recorded)
                chosen.append(j)
                continue
            # Changed stat, or too recent to trust: the bytes decide. Filed
            # afterwards under the present stat and the time before the bytes
            # were read, a later run need not read them again.
            if i not in hashed:
                before = time.time_ns()
                try:
                    hashed[i] = (key_of(files[i]), before)  # a chunk at a time
                except EtlError:
                    hashed[i] = ("", before)
            if key and hashed[i][0] == key:
                found[i] = Hit(sid, row, key, sizes[i], mtimes[i], hashed[i][1])
        if hashed:  # some hits are filed under a new stat: their rows are made anew
            return found, hit_rows(files, found)
        # A hit whose stat vouched for it keeps its index row as it was (the candidates are in file order).
        return found, cand.take(chosen).select(LOOKUP_SCHEMA.names).cast(LOOKUP_SCHEMA)

    def close(self) -> None:
        if self.file is not None:
            self.source.close()
            self.file = None


def hit_rows(files: list[str], found: list[Hit | None]) -> pa.Table:
    """The next index's rows for cached sources (``LOOKUP_SCHEMA``)."""
    hits = [(f, h) for f, h in zip(files, found) if h is not None]
    return pa.table({
        "source": [f for f, _ in hits], "key": [h.key for _, h in hits], "size": [h.size for _, h in hits],
        "mtime_ns": [h.mtime_ns for _, h in hits], "recorded_ns": [h.recorded_ns for _, h in hits],
        "segment": [h.sid for _, h in hits], "row": [h.row for _, h in hits],
    }, schema=LOOKUP_SCHEMA)


# -- files -------------------------------------------------------------------
def write_ipc(path: Path, table: pa.Table) -> None:
    """Write an Arrow IPC file and its checksum atomically (a killed run leaves no half file
    under the name; a failed write leaves no temporary file)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_file(sink, table.schema, options=IPC_OPTIONS) as writer:
        writer.write_table(table)
    data = sink.getvalue()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.write(CHECKSUM_TAG + hashlib.blake2b(data, digest_size=CHECKSUM_BYTES).digest())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def checksum_ok(path: Path) -> bool:
    try:
        checked_end(path)
    except (OSError, Damaged):
        return False
    return True


def read_ipc(path: Path, verify: bool = True) -> pa.Table:
    """A whole cache file (an index, error rows: the small ones), its checksum verified."""
    stored = StoredTable(path, verify)
    try:
        return stored.read_all()
    finally:
        stored.close()


def file_checksum(path: Path) -> str:
    """The digest of a whole file (the consolidated index, whose checksum ``index.json`` keeps),
    read a chunk at a time."""
    digest = hashlib.blake2b(digest_size=CHECKSUM_BYTES)
    with open(path, "rb") as fh:
        while chunk := fh.read(READ_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


# -- parts -------------------------------------------------------------------
#: Where a part's statements hold provisional speaker ids (short names the run completes).
SHORT_ROWS_SCHEMA = pa.schema([("row", pa.int64()), ("speaker_id", pa.string())])
PART_TABLES = ("counts", "values", "errors", "short", "companions")


def put_part(cache: ResultCache, digest: str, counts: pa.Table, values: pa.Table, errors: pa.Table,
             short: pa.Table, companions: pa.Table) -> None:
    """What a finished part contributes besides its files: speaker partials, error rows, the rows
    of its statements whose speaker is a short name (``SHORT_ROWS_SCHEMA``) with its provisional id,
    and which speakers speak in the same documents (``etl.short_names.COMPANIONS_SCHEMA``)."""
    folder = cache.dir / "parts"
    try:
        folder.mkdir(exist_ok=True)
        for name, table in zip(PART_TABLES, (counts, values, errors, short, companions)):
            write_ipc(folder / f"{digest}.{name}.arrow", table)
    except OSError as exc:
        raise cache.cannot_write(exc) from None


def get_part(cache: ResultCache, digest: str) -> tuple[pa.Table, ...] | None:
    folder = cache.dir / "parts"
    try:
        return tuple(read_ipc(folder / f"{digest}.{name}.arrow") for name in PART_TABLES)
    except (OSError, pa.ArrowException, Damaged):
        return None


def get_part_table(cache: ResultCache, digest: str, name: str) -> pa.Table | None:
    """One of a part's tables (``PART_TABLES``), or None when it is missing or damaged."""
    try:
        return read_ipc(cache.dir / "parts" / f"{digest}.{name}.arrow")
    except (OSError, pa.ArrowException, Damaged):
        return None


def prune_parts(cache: ResultCache, keep: set[str]) -> None:
    folder = cache.dir / "parts"
    if folder.is_dir():
        for path in folder.iterdir():
            if path.name.split(".")[0] not in keep:
                path.unlink(missing_ok=True)
