"""One run: expand the sources, process what the cache lacks, stream every row into the dataset.

The sources, listed lazily in sorted order, are split into *parts* at
points chosen by a hash of their names, so adding or changing a source moves
no boundary but its own part's. Each part becomes one Parquet file per table; a dataset of one part
has ``documents.parquet`` and ``statements.parquet``, a larger one folders
``documents/`` and ``statements/`` of ``part-NNNNN.parquet`` files.

Within a part, sources whose rows are cached are read back from the cache;
the others go, in batches, to an executor (this process, a pool of worker
processes, or Ray), and every finished batch is cached at once. Rows reach
the writer in source order whatever ran them, so the dataset's bytes depend
on the inputs and the pipeline alone. A part whose sources are all cached and
unchanged, and whose file the previous dataset holds, is taken over as is.
Only a few parts are held at a time (their paths, stat and cache lookup), so
memory stays flat however many sources there are.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.cache import (ERRORS_SCHEMA, LOOKUP_SCHEMA, SHORT_ROWS_SCHEMA, Hit, IndexReader, ResultCache, Segment,
                       batch_segment, fingerprint, get_part, get_part_table, hit_rows, prune_parts,
                       put_part)
from etl.errors import EtlError
from etl.executors import DEFAULT_TIMEOUT, make_executor
from etl.freshness import (check, dataset_untouched, default_cache_dir, file_matches, handed_over, local_stats,
                           names_digest, now_ns, read_record, same_listing, split_parts, stats_digest,
                           write_record)
from etl.memory import hand_back, settle_collector, settle_worker_allocators
from etl.locks import clear_cache_leftovers, clear_out_leftovers, lock_cache, lock_out
from etl.outdir import check_out
from etl.inputs import file_key
from etl.pieces import counts_as_file, file_of, may_split, piece_bytes, piece_key, pieces, split_name
from etl.pipeline import (DEFAULT_BATCH_SIZE, Batch, Reading, combine_batches, enrich, error_row, errors_table,
                          process_batch, stored_name)
from etl.plugins import PluginHost
from etl.publish import publish_run
from etl.schema import CORE, ERROR_COLUMNS, Schema, arrow_schema
from etl.short_names import companion_pairs, complete, is_short, merge_companions, remap
from etl.sources import DEFAULT_MAX_FILE_SIZE, SourceNames, count_sources, is_uri, iter_sources, why_unlisted
from etl.speakers import MENTION_SCHEMA, Partial, merge, partial, speakers_table
from etl.watch import stage_of
from etl.writer import COMPRESSION, ROW_GROUP_ROWS, DatasetWriter, local_path


@dataclass
class RunSummary:
    sources: int = 0
    documents: int = 0
    statements: int = 0
    speakers: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    computed: int = 0  # sources processed by this run
    reused: int = 0  # sources whose rows came from the cache
    duplicate_texts: int = 0  # documents whose text an earlier document has
    up_to_date: bool = False  # nothing had changed: the dataset was left as it was
    damaged: int = 0  # sources whose cached rows were damaged or missing, processed again
    notes: list[str] = field(default_factory=list)  # what the run has to tell besides its errors
    completed_names: int = 0  # statements whose short name (`MS. ROE`) the run completed
    unresolved_names: int = 0  # statements left without a speaker: their short name fits no one person
    info: list[str] = field(default_factory=list)  # what the run did that a user may want to know

    @property
    def failed_sources(self) -> int:
        return len({e["source"] for e in self.errors})


# -- plugin hosts in other processes --------------------------------------------
_HOSTS: dict[str, PluginHost] = {}


class BatchTask:
    """``process_batch`` over a list of sources, callable in any process.

    Forked workers inherit the task with its host. Pickled (for Ray), it
    carries a recipe instead: the installed plugins to load with their order
    and options, and the plugins registered at run time, pickled by value.
    """

    def __init__(self, host: PluginHost, schema: Schema, reading: Reading | None = None,
                 spool: Path | None = None):
        self.host: PluginHost | None = host
        self.schema: Schema | None = schema
        self.reading = reading
        #: Where a batch too large to hold is spooled (:data:`etl.pipeline.SPOOL_BYTES`): a folder
        #: this process and the run's own can read. Not pickled: a process of a cluster, maybe on
        #: another machine, returns its rows in memory.
        self.spool = spool
        self.recipe: dict[str, Any] | None = None

    def __call__(self, sources: list[str]) -> Batch | None:
        if not sources:  # a part whose sources are all cached: nothing to do
            return None
        if self.host is None:  # a process of a cluster: the plugins load here
            self.host = host_from_recipe(self.recipe)
            self.schema = self.host.schema()
            settle_collector()
        return process_batch(self.host, self.schema, sources, self.reading, self.spool)

    def warm_up(self) -> None:
        """Let every plugin load its models in this process before the first batch (``etl_warm_up``).

        Called as a forked worker starts, so its allocators are settled for batches here too."""
        settle_worker_allocators()
        if self.host is None:
            return
        for impl in self.host.implementations("etl_warm_up"):
            try:
                self.host.call_one(impl)
            except Exception:  # noqa: BLE001 - the batch that needs it reports the failure
                pass
        settle_collector()

    # -- containment: what the executors need to find and report the source that kills a worker
    def set_watch(self, tracker: Any) -> None:
        """Tell ``tracker`` of each plugin call in this process (:mod:`etl.watch`)."""
        if self.host is not None:
            self.host.watch = tracker

    def split(self, sources: list[str]) -> list[list[str]]:
        return [[source] for source in sources]

    def combine(self, batches: list[Batch | None]) -> Batch:
        """Batches of single sources as one: every enricher works row by row, so it is the batch they make."""
        batches = [b for b in batches if b is not None]
        combined = combine_batches(batches)
        if any(getattr(b, "uncacheable", False) for b in batches):
            combined.uncacheable = True
        return combined

    def failed(self, sources: list[str], hook: str, plugin: str, message: str) -> Batch:
        """The rows of a source that stopped its process: none, and one error row naming the plugin.

        Not cached: a time limit or the memory it ran out of may not hold next time."""
        (source,) = sources
        schema = self.schema if self.schema is not None else self.host.schema()
        stored = stored_name((self.reading or Reading()).names_for([file_of(source)]), file_of(source))
        batch = Batch(schema.arrow("documents").empty_table(), schema.arrow("statements").empty_table(),
                      MENTION_SCHEMA.empty_table(), [error_row(stored, stage_of(hook), plugin or CORE, message)],
                      pa.table({"source": pa.array([source], pa.string()), "key": pa.array([""], pa.string()),
                                "n_documents": pa.array([0], pa.int64()), "n_statements": pa.array([0], pa.int64()),
                                "n_mentions": pa.array([0], pa.int64()), "n_errors": pa.array([1], pa.int64())}))
        batch.uncacheable = True
        return batch

    def __getstate__(self) -> dict[str, Any]:
        return {"recipe": host_recipe(self.host) if self.host is not None else self.recipe, "reading": self.reading}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.recipe, self.host, self.schema = state["recipe"], None, None
        self.reading = state.get("reading")
        self.spool = None


RUN_TIME = "registered at run time"


def host_recipe(host: PluginHost) -> dict[str, Any]:
    installed = sorted(n for n, info in host.infos.items() if info.origin != RUN_TIME)
    config = getattr(host, "config", None) or {}
    return {
        "load": installed,
        "order": list(getattr(host, "order", [])),
        "options": config.get("options", {}),
        "fields": config.get("fields", {}),
        "run_time": [(n, host.pm.get_plugin(n), info.version) for n, info in sorted(host.infos.items())
                     if info.origin == RUN_TIME],
    }


def host_from_recipe(recipe: dict[str, Any]) -> PluginHost:
    key = json.dumps([recipe["load"], recipe["order"], recipe["options"], recipe.get("fields", {}),
                      [r[0] for r in recipe["run_time"]]], sort_keys=True, default=str)
    if key not in _HOSTS:
        from etl.config import ProjectConfig, build_host

        installed = set(recipe["load"])
        host = build_host(ProjectConfig(load=recipe["load"], enable=recipe["load"],
                                        order=[n for n in recipe["order"] if n in installed],
                                        options={k: v for k, v in recipe["options"].items() if k in installed},
                                        fields=dict(recipe.get("fields", {}))))
        for name, plugin, version in recipe["run_time"]:
            host.register(plugin, name, version=version)
        host.order = list(recipe["order"])
        _HOSTS[key] = host
    return _HOSTS[key]


# -- parts -------------------------------------------------------------------
@dataclass
class PartPlan:
    """One part's sources, their stat, and where the cache holds their rows (None: to process).

    ``files``, ``sizes`` and ``mtimes`` are the listing's; ``units`` what is read and cached:
    the files, a large one as its pieces (:mod:`etl.pieces`), each with its file's stat.
    ``found`` and :meth:`misses` are per unit.
    """

    number: int
    files: list[str]
    sizes: list[int]
    mtimes: list[int]
    units: list[str]
    unit_sizes: list[int]
    unit_mtimes: list[int]
    found: list[Hit | None]
    rows: pa.Table  # the hits as rows of the next index
    digest: str | None  # of the part's sources and keys, when every one is cached
    stat_ns: int  # when they were stat'ed
    damaged: int = 0  # sources whose cached rows were found damaged or missing

    def misses(self) -> list[int]:
        return [i for i, hit in enumerate(self.found) if hit is None]


def plan_parts(files: Iterable[str], reader: IndexReader, layout: str, host: PluginHost | None = None,
               names: SourceNames | None = None) -> Iterator[PartPlan]:
    """Each part with its stat and cache lookup, made only when the part is reached.

    Without the run's ``host`` a large file cannot be told to be read in pieces or whole: a
    part holding one is planned with no digest (as if it had changed)."""
    for number, part in enumerate(split_parts(files)):
        stat_ns = now_ns()
        sizes, mtimes = stat_sources(part)
        units, unit_sizes, unit_mtimes, known = read_units(host, names, part, sizes, mtimes)
        key_of = (lambda unit: unit_key(host, names, unit)) if host is not None else file_key
        found, rows = reader.lookup(units, unit_sizes, unit_mtimes, key_of)
        damaged = reader.cache.vet(found)  # a damaged segment is never served: its sources run again
        digest = part_digest(layout, units, [h.key for h in found]) if all(found) and known else None
        yield PartPlan(number, part, sizes, mtimes, units, unit_sizes, unit_mtimes, found, rows, digest, stat_ns,
                       damaged)


def read_units(host: PluginHost | None, names: SourceNames | None, files: list[str], sizes: list[int],
               mtimes: list[int]) -> tuple[list[str], list[int], list[int], bool]:
    """The units ``files`` are read as, with their stat; and whether every file's was known
    (not without a host, for a file large enough to be read in pieces)."""
    units, unit_sizes, unit_mtimes, known = [], [], [], True
    for path, size, mtime in zip(files, sizes, mtimes):
        split = None
        if may_split(size) and not why_unlisted(path):
            if host is None:
                known = False
            else:
                split = pieces(host, path, name_of(names, path), size)
        group = split or [path]
        units.extend(group)
        unit_sizes.extend([size] * len(group))
        unit_mtimes.extend([mtime] * len(group))
    return units, unit_sizes, unit_mtimes, known


def name_of(names: SourceNames | None, path: str) -> str:
    """The name ``path`` is stored under: by the run's ``names``, or by itself without them."""
    return stored_name(names or SourceNames([path]), path)


def unit_key(host: PluginHost, names: SourceNames | None, unit: str) -> str:
    """A unit's content key, as reading it computes it: a whole file's or a piece's."""
    path, piece = split_name(unit)
    if piece is None:
        return file_key(unit)
    return piece_key(host, unit, name_of(names, path))


def batches_of(misses: list[int], size: int, alone: Callable[[int], bool]) -> Iterator[list[int]]:
    """``misses`` in batches of up to ``size``, each piece of a file in a batch of its own (a piece
    is about a batch's worth of work: so one file's pieces spread over the workers)."""
    chunk: list[int] = []
    for i in misses:
        if alone(i):
            if chunk:
                yield chunk
                chunk = []
            yield [i]
            continue
        chunk.append(i)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def part_entry(plan: PartPlan, digest: str, names: dict[str, str]) -> dict[str, Any]:
    """A written part as the record keeps it: its digest, its sources' names and stat, its files."""
    return {"digest": digest, "names": names_digest(plan.files), "files": names,
            "sources": stats_digest(plan.files, plan.sizes, plan.mtimes, plan.stat_ns)}


def part_files(n_parts: int) -> list[dict[str, str]]:
    if n_parts == 1:
        return [single_part_files()]
    return [part_file_names(p) for p in range(n_parts)]


def single_part_files() -> dict[str, str]:
    return {"documents": "documents.parquet", "statements": "statements.parquet"}


def part_file_names(p: int) -> dict[str, str]:
    return {t: f"{t}/part-{p:05d}.parquet" for t in ("documents", "statements")}


def part_digest(layout: str, files: list[str], keys: Iterable[str]) -> str:
    digest = hashlib.blake2b(layout.encode(), digest_size=16)
    for source, key in zip(files, keys):
        digest.update(f"{source}\x1f{key}\x1e".encode())
    return digest.hexdigest()


def stat_sources(files: list[str]) -> tuple[list[int], list[int]]:
    """Size and modification time (ns) of each source, local or a URI; -1 where unknown."""
    if not any(is_uri(source) for source in files):
        return local_stats(files)
    sizes, mtimes = [], []
    for source in files:
        if is_uri(source):
            size, mtime = uri_stat(source)
        else:
            (size,), (mtime,) = local_stats([source])
        sizes.append(size)
        mtimes.append(mtime)
    return sizes, mtimes


def uri_stat(source: str) -> tuple[int, int]:
    """Size and modification time (ns) of a file behind a URI, through pyarrow's filesystems."""
    import pyarrow.fs as pafs

    try:
        fs, path = pafs.FileSystem.from_uri(source)
        info = fs.get_file_info(path)
    except (OSError, pa.ArrowException):
        return -1, -1
    return (info.size if info.size is not None else -1), (info.mtime_ns if info.mtime_ns is not None else -1)


# -- the run ----------------------------------------------------------------------
def run(host: PluginHost, sources: Iterable[str], out: str | Path, batch_size: int = DEFAULT_BATCH_SIZE,
        progress: Callable[[int], None] | None = None, jobs: int | None = None, executor: Any = None,
        full_refresh: bool = False, cache_dir: str | Path | None = None, row_group_rows: int | None = None,
        options: dict[str, Any] | None = None, on_total: Callable[[int], None] | None = None,
        installed: str | None = None, listing: tuple[bool, int] | None = None,
        max_file_size: int = DEFAULT_MAX_FILE_SIZE, timeout: float | None = DEFAULT_TIMEOUT) -> RunSummary:
    """Build a dataset from ``sources`` into the folder (or URI) ``out``.

    ``out`` must be a folder that replacing loses nothing (:func:`etl.outdir.check_out`),
    checked before anything is read. The run holds a lock on ``out`` and one on its cache
    (:mod:`etl.locks`): a second run on either refuses with one line. ``timeout`` limits
    the seconds a document may take in the plugins (:mod:`etl.watch`; None: no limit).
    """
    sources = list(sources)
    check_out(out, sources, cache_dir)
    root = Path(cache_dir) if cache_dir else default_cache_dir(out)
    local_out = local_path(out)
    out_lock = lock_out(Path(os.path.abspath(local_out))) if local_out is not None else None
    try:
        cache_lock = lock_cache(root)
        try:
            if local_out is not None:
                clear_out_leftovers(Path(os.path.abspath(local_out)))
            clear_cache_leftovers(root)
            return build_dataset(host, sources, out, batch_size, progress, jobs, executor, full_refresh, root,
                                 row_group_rows, options, on_total, installed, listing, timeout, max_file_size)
        finally:
            cache_lock.release()
    finally:
        if out_lock is not None:
            out_lock.release()


def build_dataset(host: PluginHost, sources: list[str], out: str | Path, batch_size: int,
                  progress: Callable[[int], None] | None, jobs: int | None, executor: Any, full_refresh: bool,
                  root: Path, row_group_rows: int | None, options: dict[str, Any] | None,
                  on_total: Callable[[int], None] | None, installed: str | None,
                  listing: tuple[bool, int] | None, timeout: float | None,
                  max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> RunSummary:
    """:func:`run`, with its checks made and its locks held.

    ``jobs`` worker processes run the batches (default: every core), unless
    an ``executor`` is given. ``full_refresh`` ignores the cache (and
    refills it). ``row_group_rows`` overrides the rows per Parquet row group.
    ``installed`` is the :func:`etl.freshness.installed_digest` the host was
    loaded under, recorded so that :func:`unchanged` can tell the next run
    it has nothing to do before it loads any plugin; ``listing`` is what
    :func:`unchanged` found of the sources' listing, so that they are not
    walked for it twice. A file over ``max_file_size`` bytes is an error row.

    Memory does not grow with the number of sources: they are listed lazily
    (:mod:`etl.sources`), stat'ed and looked up in the cache one part at a
    time, at most a few parts ahead of the one being written.
    """
    iter_sources(sources)  # a source that matches nothing fails here, before any work
    schema = host.schema()
    reading = Reading(SourceNames(sources), max_file_size)
    # The stored names and the size limit shape the rows as the bytes do.
    fp = fingerprint(host, schema, {**(options or {}), "names": reading.names.recipe(),
                                    "max_file_size": max_file_size, "piece_bytes": piece_bytes()})
    cache = ResultCache(root, fp, refresh=full_refresh)
    metadata: dict[str, Any] = {"plugins": host.versions()}
    if getattr(host, "config", None):
        metadata["config"] = host.config
    layout = hashlib.blake2b(json.dumps(
        [fp, metadata, row_group_rows, ROW_GROUP_ROWS, COMPRESSION, pa.__version__],
        sort_keys=True, default=str).encode(), digest_size=16).hexdigest()
    local_out = local_path(out)
    record = load_record(root, out, layout) if local_out is not None and not full_refresh else {}

    counted = None
    if record:
        same_names, counted = listing if listing is not None else same_listing(record, iter_sources(sources))
        n_sources = up_to_date(record, local_out, sources, cache, layout, root, host, reading.names) \
            if same_names else None
        if n_sources is not None:
            if on_total:
                on_total(n_sources)
            if (record.get("installed"), record.get("fingerprint")) != (installed, fp):
                # Up to date under other installed files (say, a plugin outside the pipeline
                # changed): from now on, this run's digest may skip loading the plugins.
                write_record(root, {**record, "installed": installed, "fingerprint": fp})
            return recorded_summary(record, local_out, n_sources)
    if on_total:
        on_total(counted if counted is not None else count_sources(sources))

    summary = RunSummary()
    previous = {p["digest"]: p for p in record.get("parts", [])}
    own_executor = executor is None
    executor = executor or make_executor("local", jobs, timeout=timeout)
    reader = cache.reader()
    plans = plan_parts(iter_sources(sources), reader, layout, host, reading.names)
    # Each item sent to the executor, with its part: a part whose sources are
    # all cached sends one empty item, so that the executor's bounded window
    # also bounds how many parts are planned ahead of the one being written.
    dispatched: deque[tuple[PartPlan, list[int]]] = deque()

    def work() -> Iterator[list[str]]:
        for plan in plans:
            misses = plan.misses()
            if not misses:
                dispatched.append((plan, []))
                yield []
            for chunk in batches_of(misses, batch_size, lambda i: split_name(plan.units[i])[1] is not None):
                dispatched.append((plan, chunk))
                yield [plan.units[i] for i in chunk]

    results = iter(executor.map(BatchTask(host, schema, reading, cache.spool_dir), work()))
    held: list[Any] = []  # a part's first result, taken to learn which part comes next

    def next_fresh(plan: PartPlan) -> tuple[Segment, list[int]]:
        if held:
            batch, chunk = held.pop()
        else:
            batch = next(results)
            owner, chunk = dispatched.popleft()
            assert owner is plan, "results arrive in the order the work was sent"
        segment = batch_segment(batch, [plan.unit_sizes[i] for i in chunk], [plan.unit_mtimes[i] for i in chunk],
                                schema)
        if getattr(batch, "uncacheable", False):  # a source in it stopped its worker
            segment.cacheable = False
        cache.put(segment)
        summary.computed += sum(counts_as_file(plan.units[i]) for i in chunk)
        return segment, chunk

    writer = DatasetWriter(out, schema, metadata, group_rows=row_group_rows)
    total = SpeakerTotals()
    texts = TextHashes(cache.spool_dir)  # its files go with the spool's, whatever ends the run
    error_tables: list[pa.Table] = []
    used: set[str] = set()
    new_parts: list[dict[str, Any]] = []
    short_parts: list[tuple[int, pa.Table, bool]] = []  # (part, its statements' rows of short names, taken over)
    # Each part's pairs of speakers of one document stay in the cache, read back at the end only for
    # the speakers short names need: the pairs of a large corpus number in the millions.
    pair_parts: list[str] = []
    try:
        for first in results:
            plan, chunk = dispatched.popleft()
            if chunk:
                held.append((first, chunk))
            summary.sources += len(plan.files)
            summary.damaged += plan.damaged
            names = part_file_names(plan.number)
            prev = previous.get(plan.digest) if plan.digest else None
            kept = reuse_part(writer, cache, prev, names, local_out) if prev else None
            if kept is not None:
                counts, values, errors, short, _ = kept
                pair_parts.append(prev["digest"])
                if short.num_rows:
                    short_parts.append((len(new_parts), short, True))
                total.add(Partial(counts, values))
                texts.add_file(local_out / prev["files"]["documents"])
                error_tables.append(errors)
                summary.documents += prev["documents"]
                summary.statements += prev["statements"]
                summary.reused += len(plan.files)
                used.update(hit.sid for hit in plan.found)
                cache.record(plan.rows)
                new_parts.append({**part_entry(plan, plan.digest, names), "documents": prev["documents"],
                                  "statements": prev["statements"]})
                if progress:
                    progress(len(plan.files))
                continue
            part_speakers, errors, keys, entries = build_part(writer, cache, names, plan, next_fresh, summary,
                                                              progress, used, texts)
            part_partial = part_speakers.merged()
            cache.record(entries)
            total.add(part_partial)
            error_tables.append(errors)
            digest = part_digest(layout, plan.units, keys)
            short = short_rows(writer.tables[names["statements"]].path) if \
                pc.any(is_short(part_partial.counts["speaker_id"])).as_py() else SHORT_ROWS_SCHEMA.empty_table()
            if short.num_rows:
                short_parts.append((len(new_parts), short, False))
            put_part(cache, digest, part_partial.counts, part_partial.values, errors, short,
                     part_speakers.companions())
            pair_parts.append(digest)
            new_parts.append({**part_entry(plan, digest, names), "documents": writer.tables[names["documents"]].rows,
                              "statements": writer.tables[names["statements"]].rows})
            hand_back()  # a part's batches and row groups are written: free their pages
        if len(new_parts) == 1:
            for table, file in single_part_files().items():
                writer.rename(new_parts[0]["files"][table], file)
            new_parts[0]["files"] = single_part_files()
        summary.duplicate_texts = summary.documents - texts.distinct()
        enrich_errors: list[dict[str, str]] = []
        completion = complete(host, schema, total.merged(), lambda ids: companions_of(cache, pair_parts, ids),
                              enrich_errors)
        for number, short, taken_over in short_parts:
            complete_part(writer, new_parts[number]["files"]["statements"], short, completion.ids, taken_over)
        summary.completed_names, summary.unresolved_names = completion.completed, completion.left
        summary.info.extend(completion.notes())
        speakers = enrich(host, schema, "speakers", speakers_table(schema, completion.partial), enrich_errors)
        summary.speakers = speakers.num_rows
        writer.table("speakers").write(speakers)
        rows = pa.concat_tables([ERRORS_SCHEMA.empty_table(), *error_tables]).to_pylist() + enrich_errors
        errors = errors_table(rows)
        summary.errors = errors.to_pylist()
        writer.table("errors", arrow_schema(ERROR_COLUMNS)).write(errors)
        publish_run(writer, host, out)  # datapackage.json, croissant.json, card, plots, SHA256SUMS
        writer.commit()
    except BaseException:
        writer.abort()
        cache.abandon()
        raise
    finally:
        close = getattr(results, "close", None)
        if close:
            close()
        reader.close()
        if own_executor:
            executor.close()
        cache.clear_spool()
    summary.notes.extend(cache.notes)
    try:
        if local_out is not None:
            save_record(root, out, layout, new_parts, local_out, summary, fp, installed)
        cache.finish(used)
        prune_parts(cache, {p["digest"] for p in new_parts})
    except OSError as exc:
        raise EtlError(f"the dataset is complete in {out}, but {cache.cannot_write(exc)}") from None
    except EtlError as exc:
        raise EtlError(f"the dataset is complete in {out}, but {exc}") from None
    return summary


class SpeakerTotals:
    """The speaker partials of the parts written so far, merged a few dozen at a time.

    Merging the running total with every part would regroup the whole total
    once per part; the partials are added up exactly (sums, minima, maxima),
    so merging them in groups gives the same table.
    """

    GROUP = 32

    def __init__(self) -> None:
        self.partials: list[Partial] = []

    def add(self, part: Partial) -> None:
        self.partials.append(part)
        if len(self.partials) >= self.GROUP:
            self.partials = [merge(self.partials)]
            # The merge's working arrays are freed; hand their pages back rather than keep
            # them as the process's high-water mark while the next row groups are encoded.
            hand_back()

    def merged(self) -> Partial:
        return merge(self.partials) if self.partials else Partial.empty()


class TextHashes:
    """The distinct ``text_hash`` values of the documents written so far, to count repeated texts,
    in memory that does not grow with them.

    Each value is kept as the 16 bytes its hexadecimal digest stands for, never a
    Python string. Up to :attr:`HELD` values are held; then they are made distinct
    (by sorting) and appended to one of :attr:`BUCKETS` files in ``folder`` by their
    first byte, and at the end each file, a 64th of the values, is made distinct
    alone: a run of millions of documents holds one bucket at a time.
    """

    HELD = 1 << 20
    BUCKETS = 64

    def __init__(self, folder: Path):
        self.folder = folder
        self.held: list[np.ndarray] = []
        self.n_held = 0
        self.spilled = False

    def add(self, values: np.ndarray) -> None:
        """Some documents' hashes, as :func:`digests` gives them."""
        self.held.append(values)
        self.n_held += len(values)
        if self.n_held >= self.HELD:
            self.spill()

    def add_file(self, path: Path) -> None:
        """The hashes of a written documents file, read a record batch at a time."""
        for batch in pq.ParquetFile(path).iter_batches(columns=["text_hash"]):
            self.add(digests(batch.column(0)))

    def spill(self) -> None:
        values = self.take()
        first = values.view(np.uint8)[::16]  # sorted, so each bucket is one run of values
        edges = np.searchsorted(first, np.arange(1, self.BUCKETS) * (256 // self.BUCKETS))
        self.folder.mkdir(parents=True, exist_ok=True)
        for k, bucket in enumerate(np.split(values, edges)):
            if len(bucket):
                with open(self.bucket(k), "ab") as fh:
                    fh.write(bucket.tobytes())
        self.spilled = True

    def take(self) -> np.ndarray:
        values = np.unique(np.concatenate([np.empty(0, DIGEST), *self.held]))
        self.held, self.n_held = [], 0
        return values

    def bucket(self, k: int) -> Path:
        return self.folder / f"text-hashes-{k:02d}"

    def distinct(self) -> int:
        if not self.spilled:
            return len(self.take())
        if self.held:
            self.spill()
        return sum(len(np.unique(np.fromfile(self.bucket(k), DIGEST)))
                   for k in range(self.BUCKETS) if self.bucket(k).exists())


#: A text hash's 16 bytes, as numpy holds them (every value fills all 16: equal bytes, equal values).
DIGEST = np.dtype("S16")


#: Each ASCII byte's value as a hexadecimal digit (lower case, as ``text_hash`` writes them), and
#: which bytes are such digits.
HEX_DIGITS = np.zeros(256, np.uint8)
IS_HEX_DIGIT = np.zeros(256, bool)
for _value, _digit in enumerate(b"0123456789abcdef"):
    HEX_DIGITS[_digit], IS_HEX_DIGIT[_digit] = _value, True


def digests(hashes: pa.Array) -> np.ndarray:
    """``text_hash`` values (32 hexadecimal digits each) as their 16 bytes, decoded a column at a time.

    A value of another form (not one ``etl`` writes) is hashed whole to 16 bytes instead.
    """
    n = len(hashes)
    if n == 0:
        return np.empty(0, DIGEST)
    hashes = hashes.cast(pa.string())
    offsets = np.frombuffer(hashes.buffers()[1], np.int32)[hashes.offset:hashes.offset + n + 1]
    text = np.frombuffer(hashes.buffers()[2], np.uint8)[offsets[0]:offsets[-1]] \
        if offsets[-1] - offsets[0] == 32 * n else None
    if text is None or hashes.null_count or np.any(np.diff(offsets) != 32) or not IS_HEX_DIGIT[text].all():
        return np.array([hashlib.blake2b((v or "").encode(), digest_size=16).digest() for v in hashes.to_pylist()],
                        DIGEST)
    pairs = text.reshape(n, 16, 2)
    values = HEX_DIGITS[pairs[:, :, 0]] << 4 | HEX_DIGITS[pairs[:, :, 1]]
    return np.ascontiguousarray(values).view(DIGEST).ravel()


class PartSpeakers:
    """A part's speaker mentions, reduced to a partial whenever enough of them are held, and to the
    pairs of speakers of one document (:func:`etl.short_names.companion_pairs`).

    Mentions come in pieces that hold whole documents (a source's rows, or a record batch
    of a spooled one), so the partials add up exactly, and so do the pairs; a part of small
    files makes one of each.
    """

    ROWS = 64 * 1024

    def __init__(self) -> None:
        self.held: list[pa.Table] = []
        self.rows = 0
        self.totals = SpeakerTotals()
        self.pairs: list[pa.Table] = []

    def add(self, mentions: pa.Table) -> None:
        self.held.append(mentions)
        self.rows += mentions.num_rows
        if self.rows >= self.ROWS:
            self.reduce()

    def reduce(self) -> None:
        if self.held:
            mentions = pa.concat_tables(self.held)
            self.totals.add(partial(mentions))
            self.pairs.append(companion_pairs(mentions))
            if len(self.pairs) >= SpeakerTotals.GROUP:
                self.pairs = [merge_companions(self.pairs)]
            self.held, self.rows = [], 0

    def merged(self) -> Partial:
        if not self.held and not self.totals.partials:
            return partial(MENTION_SCHEMA.empty_table())
        self.reduce()
        return self.totals.merged()

    def companions(self) -> pa.Table:
        self.reduce()
        return merge_companions(self.pairs)


#: Small tables a part gathers (its index rows and error rows, a table per segment) before they are
#: made one: a part of one large file's pieces meets thousands of segments.
HELD_TABLES = 256


def build_part(writer: DatasetWriter, cache: ResultCache, names: dict[str, str], plan: PartPlan,
               next_fresh: Callable[[PartPlan], tuple[Segment, list[int]]], summary: RunSummary,
               progress: Callable[[int], None] | None,
               used: set[str],
               texts: TextHashes | None = None) -> tuple[PartSpeakers, pa.Table, list[str], pa.Table]:
    """Stream one part's rows, cached or fresh, in source order into its files.

    Rows go a piece at a time (a record batch of a large segment), so a source of
    gigabytes is never held; the writer cuts row groups by its own count of rows.
    Returns the part's speakers (their partial and pairs), error rows, each source's content key, and
    the next index's rows for the sources whose rows are now cached.
    """
    documents = writer.table("documents", file=names["documents"])
    statements = writer.table("statements", file=names["statements"])
    speakers = PartSpeakers()
    errors: list[pa.Table] = []
    keys: list[str] = []
    entries: list[pa.Table] = []
    found: list[tuple[str, Hit]] = []  # the cached sources met since the last fresh segment
    fresh: Segment | None = None
    fresh_row = 0
    run: list[Any] = [None, 0, 0]  # segment, first source row, last + 1

    def flush() -> None:
        segment, a, b = run
        if segment is None or a == b:
            return
        for rows in segment.chunks("documents", a, b):
            documents.write(rows)
            if texts is not None:
                texts.add(digests(rows["text_hash"].combine_chunks()))
        for rows in segment.chunks("statements", a, b):
            statements.write(rows)
        for rows in segment.chunks("mentions", a, b):
            speakers.add(rows)
        errors.append(segment.rows("errors", a, b))
        if len(errors) >= HELD_TABLES:
            errors[:] = [pa.concat_tables(errors)]
        if progress:
            progress(sum(map(counts_as_file, segment.index["source"][a:b].to_pylist())))

    def flush_hits() -> None:
        if found:
            entries.append(hit_rows([f for f, _ in found], [h for _, h in found]))
            found.clear()

    for i, hit in enumerate(plan.found):
        if hit is not None:
            segment, row = cache.get(hit.sid), hit.row
            keys.append(hit.key)
            summary.reused += counts_as_file(plan.units[i])
            found.append((plan.units[i], hit))
        else:
            if fresh is None or fresh_row >= fresh.index.num_rows:
                if fresh is not None:
                    flush()  # its last rows, before a spool it did not leave to the cache goes
                    run[:] = [None, 0, 0]
                    fresh.release()
                fresh, _ = next_fresh(plan)
                fresh_row = 0
                flush_hits()
                if fresh.cacheable:
                    entries.append(segment_rows(fresh))
                if len(entries) >= HELD_TABLES:  # one large file's pieces: thousands of segments
                    entries[:] = [pa.concat_tables(entries)]
                    hand_back()
            segment, row = fresh, fresh_row
            fresh_row += 1
            keys.append(segment.index["key"][row].as_py())
        if segment.cacheable:
            used.add(segment.sid)
        if segment is run[0] and row == run[2]:
            run[2] += 1
        else:
            flush()
            run[:] = [segment, row, row + 1]
    flush()
    if fresh is not None:
        fresh.release()
    flush_hits()
    writer.close_file(names["documents"])
    writer.close_file(names["statements"])
    summary.documents += documents.rows
    summary.statements += statements.rows
    index = pa.concat_tables([LOOKUP_SCHEMA.empty_table(), *entries]).sort_by("source") if entries else \
        LOOKUP_SCHEMA.empty_table()
    return speakers, pa.concat_tables([ERRORS_SCHEMA.empty_table(), *errors]), keys, index


def companions_of(cache: ResultCache, digests: list[str], ids: pa.Array) -> pa.Table:
    """The pairs of speakers of one document of every part (``digests``) whose first is one of ``ids``."""
    tables = []
    for digest in digests:
        pairs = get_part_table(cache, digest, "companions")
        if pairs is None:
            raise EtlError(f"the cache lost a part's record of who speaks beside whom ({digest}); "
                           f"run again with --full-refresh")
        tables.append(pairs.filter(pc.is_in(pairs["speaker_id"], value_set=ids)))
    return merge_companions(tables)


def short_rows(statements: Path) -> pa.Table:
    """The rows of a written statements file whose speaker is a short name, with its provisional id."""
    ids = pq.read_table(statements, columns=["speaker_id"])["speaker_id"]
    rows = pc.indices_nonzero(is_short(ids))
    return pa.table({"row": rows.cast(pa.int64()), "speaker_id": ids.take(rows)}, schema=SHORT_ROWS_SCHEMA)


def complete_part(writer: DatasetWriter, file: str, short: pa.Table, ids: dict[str, str | None],
                  taken_over: bool) -> None:
    """Give a part's statements of short names the speakers the run completed them to.

    A part written by this run holds provisional ids. One taken over from the
    previous dataset holds them as the last run completed them: it is written
    again only when this run decides otherwise.
    """
    wanted = remap(short["speaker_id"], ids)
    if taken_over and pq.read_table(writer.tmp / file, columns=["speaker_id"])["speaker_id"].take(
            short["row"]).equals(wanted):
        return
    rows = short["row"].to_numpy()
    values = wanted.combine_chunks()

    def change(statements: pa.Table, first: int) -> pa.Table:
        lo, hi = np.searchsorted(rows, [first, first + statements.num_rows])
        if lo == hi:
            return statements
        mask = np.zeros(statements.num_rows, bool)
        mask[rows[lo:hi] - first] = True
        at = statements.schema.get_field_index("speaker_id")
        column = pc.replace_with_mask(statements["speaker_id"].combine_chunks(), pa.array(mask), values[lo:hi])
        return statements.set_column(at, statements.schema.field(at), column)

    writer.rewrite(file, "statements", change)


def segment_rows(segment: Segment) -> pa.Table:
    """A fresh segment's sources as rows of the next index (``LOOKUP_SCHEMA``)."""
    idx = segment.index
    return pa.table({
        "source": idx["source"], "key": idx["key"], "size": idx["size"], "mtime_ns": idx["mtime_ns"],
        "recorded_ns": idx["recorded_ns"], "segment": pa.array([segment.sid] * idx.num_rows, pa.string()),
        "row": pa.array(range(idx.num_rows), pa.int64()),
    }, schema=LOOKUP_SCHEMA)


def reuse_part(writer: DatasetWriter, cache: ResultCache, prev: dict[str, Any], names: dict[str, str],
               local_out: Path) -> tuple[pa.Table, ...] | None:
    """Take a part's files over from the previous dataset, if they are there unchanged."""
    for table, file in prev["files"].items():
        if not file_matches(local_out / file, prev["stat"][table]):
            return None
    kept = get_part(cache, prev["digest"])
    if kept is None:
        return None
    for table, file in names.items():
        if not writer.reuse(file, prev["files"][table]):
            return None
    return kept


# -- the record of the last dataset written ---------------------------------------
def load_record(root: Path, out: str | Path, layout: str) -> dict[str, Any]:
    """The record of the last dataset written to ``out`` with this ``layout``, or {}."""
    record = read_record(root, out)
    return record if record.get("layout") == layout else {}


def save_record(root: Path, out: str | Path, layout: str, parts: list[dict[str, Any]], local_out: Path,
                summary: RunSummary, fp: str, installed: str | None) -> None:
    def stat(path: Path) -> list[int]:
        st = os.stat(path)
        return [st.st_size, st.st_mtime_ns]

    for part in parts:
        part["stat"] = {table: stat(local_out / file) for table, file in part["files"].items()}
    record = {
        "out": str(out), "layout": layout, "fingerprint": fp, "installed": installed, "parts": parts,
        "others": {name: stat(local_out / name) for name in ("speakers.parquet", "errors.parquet")},
        "summary": {"documents": summary.documents, "statements": summary.statements,
                    "speakers": summary.speakers, "errors": len(summary.errors),
                    "duplicate_texts": summary.duplicate_texts},
    }
    write_record(root, record)


def up_to_date(record: dict[str, Any], local_out: Path, sources: list[str], cache: ResultCache,
               layout: str, root: Path, host: PluginHost | None = None, names: SourceNames | None = None) -> int | None:
    """The number of sources, when the previous dataset was built from exactly these and is in place, untouched.

    The dataset's files are checked first (cheap); then the sources, part by
    part, stopping at the first part that differs. When it is up to date, a
    part the record has no size-and-time digest for (its sources were modified
    just before the last run) gets one if its sources are old enough now, and
    the record is written again: the next run's check need not ask the cache.
    """
    parts = record.get("parts", [])
    if not dataset_untouched(record, local_out):
        return None
    reader = cache.reader()
    n_parts = n_sources = 0
    vouched = []
    try:
        for plan in plan_parts(iter_sources(sources), reader, layout, host, names):
            if n_parts >= len(parts) or plan.digest is None or plan.digest != parts[n_parts]["digest"]:
                return None
            vouched.append(stats_digest(plan.files, plan.sizes, plan.mtimes, plan.stat_ns))
            n_parts += 1
            n_sources += len(plan.files)
    finally:
        reader.close()
    if n_parts != len(parts) or [p["files"] for p in parts] != part_files(n_parts):
        return None
    if any(part.get("sources") is None and digest is not None for part, digest in zip(parts, vouched)):
        for part, digest in zip(parts, vouched):
            part["sources"] = digest
        write_record(root, record)
    return n_sources


def unchanged(sources: Iterable[str], out: str | Path, cache_dir: str | Path | None,
              installed: str) -> tuple[RunSummary | None, tuple[bool, int] | None]:
    """(the last run's summary, None) when it was made under the same ``installed`` digest from
    exactly these sources and its dataset is in place, untouched; else (None, whether the sources
    are listed as then and how many there are, when that was found): the run must load its
    plugins, and may pass that on to :func:`run` as its ``listing``.

    The record's own check (:func:`etl.freshness.check`), unless ``etl`` made it already before
    it loaded the command line. Where sizes and times cannot vouch for a part (a source modified
    just before the last run), the cache decides, with the fingerprint and layout the record
    holds instead of ones computed from a loaded host.
    """
    local_out = local_path(out)
    if local_out is None or local_out != Path(out):
        return None, None
    sources = list(sources)
    known, verdict = handed_over(sources, str(out), cache_dir, installed)
    if not known:
        verdict = check(sources, str(out), cache_dir, installed, stat=stat_sources)
    if verdict is None:
        return None, None
    record, listing = verdict.record, (verdict.same_names, verdict.n_sources)
    if verdict.up_to_date:
        return recorded_summary(record, local_out, verdict.n_sources), None
    if verdict.same_names and any(part.get("sources") is None for part in record["parts"]):
        root = Path(cache_dir) if cache_dir else default_cache_dir(out)
        n_sources = up_to_date(record, local_out, sources, ResultCache(root, record["fingerprint"]),
                               record["layout"], root)
        if n_sources is not None:
            return recorded_summary(record, local_out, n_sources), None
    return None, listing


def recorded_summary(record: dict[str, Any], local_out: Path, n_sources: int) -> RunSummary:
    errors = pq.read_table(local_out / "errors.parquet").to_pylist()
    counts = record["summary"]
    return RunSummary(sources=n_sources, documents=counts["documents"], statements=counts["statements"],
                      speakers=counts["speakers"], errors=errors, reused=n_sources, up_to_date=True,
                      duplicate_texts=counts.get("duplicate_texts", 0))
