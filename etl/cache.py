"""The results cache: every source's rows, filed under its content hash and the pipeline's fingerprint.

A run keeps, per output folder, a cache folder (by default under the user's
cache directory, never inside the dataset). Each processed batch is written
there as a *segment* the moment it completes — its documents, statements,
speaker mentions and error rows, plus an index of which rows came from which
source — so a run that is killed loses only the batches in flight, and a
re-run reads the rest back instead of computing it again.

A source's cached rows are reused when its path and bytes are unchanged
(checked by size and modification time, and by hashing the bytes when those
differ or are too recent to trust) and the pipeline's fingerprint — plugin
names, versions and code, options, schema, core code — is the one they were
made with.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import os
import shutil
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

import etl
from etl.errors import EtlError
from etl.pipeline import Batch, content_key, is_uri, read_bytes
from etl.plugins import PluginHost
from etl.schema import ERROR_COLUMNS, Schema, arrow_schema
from etl.speakers import MENTION_SCHEMA

#: Bump when the cache's layout changes: older caches are then ignored.
CACHE_FORMAT = 1
#: A file modified this close to the moment its rows were cached may have
#: changed again within the clock's resolution: its bytes are hashed to check.
RACY_NS = 2_000_000_000
#: Core modules whose code shapes the rows; a change to them invalidates the cache.
CORE_MODULES = ("etl.pipeline", "etl.model", "etl.schema", "etl.speakers")

INDEX_SCHEMA = pa.schema([
    ("source", pa.string()), ("key", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()),
    ("recorded_ns", pa.int64()), ("n_documents", pa.int64()), ("n_statements", pa.int64()),
    ("n_mentions", pa.int64()), ("n_errors", pa.int64()),
])
ERRORS_SCHEMA = arrow_schema(ERROR_COLUMNS)
IPC_OPTIONS = pa.ipc.IpcWriteOptions(compression="lz4")


def default_cache_dir(out: str | Path) -> Path:
    """``$ETL_CACHE_DIR``, else ``$XDG_CACHE_HOME/etl``, else ``~/.cache/etl``; one folder per output."""
    base = os.environ.get("ETL_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "etl")
    where = str(out) if is_uri(str(out)) else os.path.abspath(out)
    name = Path(where.rstrip("/")).name or "out"
    return Path(base) / f"{name}-{hashlib.blake2b(where.encode(), digest_size=6).hexdigest()}"


# -- fingerprint -------------------------------------------------------------
def code_digest(obj: Any) -> str:
    """A hash of the source file that defines ``obj`` (a module, class or instance)."""
    target = obj if inspect.ismodule(obj) or inspect.isclass(obj) else type(obj)
    try:
        path = inspect.getsourcefile(target) or inspect.getfile(target)
        with open(path, "rb") as fh:
            return hashlib.blake2b(fh.read(), digest_size=8).hexdigest()
    except (OSError, TypeError):
        return "?"


def fingerprint(host: PluginHost, schema: Schema, options: dict[str, Any] | None = None) -> str:
    """What a source's rows depend on besides its bytes: plugins, their code and options, schema, core."""
    import importlib

    plugins = {}
    for name, info in sorted(host.infos.items()):
        plugin = host.pm.get_plugin(name)
        module = inspect.getmodule(plugin) if not inspect.ismodule(plugin) else plugin
        plugins[name] = [info.version, code_digest(plugin), code_digest(module) if module else "?"]
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
    """One batch's rows, with per-source offsets into each table."""

    sid: str
    tables: dict[str, pa.Table]
    index: pa.Table  # INDEX_SCHEMA
    offsets: dict[str, list[int]]  # table → start row of each source (plus the end)

    @classmethod
    def of(cls, sid: str, tables: dict[str, pa.Table], index: pa.Table) -> Segment:
        offsets = {}
        for table in TABLES:
            counts = index.column(f"n_{table}").to_pylist()
            starts = [0]
            for n in counts:
                starts.append(starts[-1] + n)
            offsets[table] = starts
        return cls(sid, tables, index, offsets)

    def rows(self, table: str, first: int, last: int) -> pa.Table:
        """The rows of sources ``first`` to ``last`` (exclusive) of this segment."""
        starts = self.offsets[table]
        return self.tables[table].slice(starts[first], starts[last] - starts[first])


def batch_segment(batch: Batch, sizes: list[int], mtimes: list[int], schema: Schema) -> Segment:
    """A freshly processed batch as a segment (not yet written)."""
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
    tables = {
        "documents": batch.documents, "statements": batch.statements, "mentions": batch.mentions,
        "errors": pa.Table.from_pylist(batch.errors, schema=ERRORS_SCHEMA),
    }
    return Segment.of(digest.hexdigest(), tables, index)


# -- the cache ---------------------------------------------------------------
class ResultCache:
    """Segments for one output folder and one pipeline fingerprint."""

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
        self.index = INDEX_SCHEMA.empty_table() if refresh else self.load_index()
        self.index_sids: list[str] = []

    # -- index -------------------------------------------------------------
    def load_index(self) -> pa.Table:
        """Every cached source: the consolidated index plus segments written since."""
        tables, known = [], set()
        consolidated = self.dir / "index.arrow"
        if consolidated.exists():
            t = read_ipc(consolidated)
            tables.append(t)
            known = set(pc.unique(t["segment"]).to_pylist())
        for path in sorted(self.segments_dir.glob("*.index.arrow")):
            sid = path.name.split(".")[0]
            if sid in known:
                continue
            t = read_ipc(path)
            tables.append(t.append_column("segment", pa.array([sid] * t.num_rows, pa.string()))
                          .append_column("row", pa.array(range(t.num_rows), pa.int64())))
        if not tables:
            return self.empty_index()
        return pa.concat_tables(tables)

    def empty_index(self) -> pa.Table:
        return INDEX_SCHEMA.empty_table().append_column("segment", pa.array([], pa.string())) \
            .append_column("row", pa.array([], pa.int64()))

    def lookup(self, files: list[str], sizes: list[int], mtimes: list[int]) -> list[tuple[str, int, str] | None]:
        """For each file, ``(segment, row, key)`` of its cached rows, or None to process it."""
        found: list[tuple[str, int, str] | None] = [None] * len(files)
        if self.index.num_rows == 0 or not files:
            return found
        wanted = pa.table({"source": pa.array(files, pa.string()), "i": pa.array(range(len(files)), pa.int64()),
                           "size_now": pa.array(sizes, pa.int64()), "mtime_now": pa.array(mtimes, pa.int64())})
        cand = wanted.join(self.index, "source", join_type="inner")
        if cand.num_rows == 0:
            return found
        fresh = pc.and_(pc.and_(pc.equal(cand["size_now"], cand["size"]), pc.equal(cand["mtime_now"], cand["mtime_ns"])),
                        pc.less(cand["mtime_ns"], pc.subtract(cand["recorded_ns"], RACY_NS)))
        cand = cand.append_column("fresh", fresh).sort_by([("i", "ascending"), ("fresh", "descending"),
                                                            ("recorded_ns", "descending")])
        rows = zip(cand["i"].to_pylist(), cand["fresh"].to_pylist(), cand["key"].to_pylist(),
                   cand["segment"].to_pylist(), cand["row"].to_pylist())
        hashed: dict[int, str] = {}
        for i, is_fresh, key, sid, row in rows:
            if found[i] is not None:
                continue
            if is_fresh:
                found[i] = (sid, row, key)
                continue
            # Changed stat, or too recent to trust: the bytes decide.
            if i not in hashed:
                try:
                    hashed[i] = content_key(read_bytes(files[i]))
                except EtlError:
                    hashed[i] = ""
            if key and hashed[i] == key:
                found[i] = (sid, row, key)
        return found

    # -- segments ----------------------------------------------------------
    def put(self, segment: Segment) -> None:
        """Write a segment; its index file goes last, so a half-written segment is never used."""
        base = self.segments_dir / segment.sid
        if not (self.segments_dir / f"{segment.sid}.index.arrow").exists():
            for table in TABLES:
                write_ipc(Path(f"{base}.{table}.arrow"), segment.tables[table])
            write_ipc(Path(f"{base}.index.arrow"), segment.index)
        self.remember(segment)

    def get(self, sid: str) -> Segment:
        if sid in self.open:
            self.open.move_to_end(sid)
            return self.open[sid]
        base = self.segments_dir / sid
        try:
            tables = {table: read_ipc(Path(f"{base}.{table}.arrow")) for table in TABLES}
            index = read_ipc(Path(f"{base}.index.arrow"))
        except (OSError, pa.ArrowException) as exc:
            raise EtlError(f"{self.root}: the cache is damaged ({exc}); re-run with --full-refresh") from None
        segment = Segment.of(sid, tables, index)
        self.remember(segment)
        return segment

    def remember(self, segment: Segment) -> None:
        self.open[segment.sid] = segment
        self.open.move_to_end(segment.sid)
        while len(self.open) > 4:
            self.open.popitem(last=False)

    def finish(self, sids: set[str]) -> None:
        """After a successful run: keep only the segments it used, under one consolidated index."""
        parts = []
        for sid in sorted(sids):
            t = read_ipc(self.segments_dir / f"{sid}.index.arrow")
            parts.append(t.append_column("segment", pa.array([sid] * t.num_rows, pa.string()))
                         .append_column("row", pa.array(range(t.num_rows), pa.int64())))
        write_ipc(self.dir / "index.arrow", pa.concat_tables(parts) if parts else self.empty_index())
        for path in self.segments_dir.iterdir():
            if path.name.split(".")[0] not in sids:
                path.unlink(missing_ok=True)
        for other in self.root.glob("results-*"):
            if other != self.dir:
                shutil.rmtree(other, ignore_errors=True)


# -- files -------------------------------------------------------------------
def write_ipc(path: Path, table: pa.Table) -> None:
    """Write an Arrow IPC file atomically (a killed run leaves no half file under the name)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, table.schema, options=IPC_OPTIONS) as writer:
        writer.write_table(table)
    os.replace(tmp, path)


def read_ipc(path: Path) -> pa.Table:
    with pa.memory_map(str(path), "r") as source:
        return pa.ipc.open_file(source).read_all()


# -- parts -------------------------------------------------------------------
def put_part(cache: ResultCache, digest: str, counts: pa.Table, values: pa.Table, errors: pa.Table) -> None:
    """What a finished part contributes besides its files: speaker partials and error rows."""
    folder = cache.dir / "parts"
    folder.mkdir(exist_ok=True)
    for name, table in (("counts", counts), ("values", values), ("errors", errors)):
        write_ipc(folder / f"{digest}.{name}.arrow", table)


def get_part(cache: ResultCache, digest: str) -> tuple[pa.Table, pa.Table, pa.Table] | None:
    folder = cache.dir / "parts"
    try:
        return tuple(read_ipc(folder / f"{digest}.{name}.arrow") for name in ("counts", "values", "errors"))
    except (OSError, pa.ArrowException):
        return None


def prune_parts(cache: ResultCache, keep: set[str]) -> None:
    folder = cache.dir / "parts"
    if folder.is_dir():
        for path in folder.iterdir():
            if path.name.split(".")[0] not in keep:
                path.unlink(missing_ok=True)
