"""The pipeline: sources in, batches of Arrow tables out.

A batch of sources is read, segmented and resolved document by document, then
enriched column-wise as whole tables. Each batch is independent of the others,
so batches can run in any process; the speakers table is a reduction over the
batches' speaker mentions, done once at the end.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from numbers import Integral, Real
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

import pyarrow as pa

from etl.errors import EtlError, InputError, PluginError, raised_by
from etl.inputs import Input, open_source
from etl.model import Document, SpeakerRef, Statement, stable_id
from etl.normalise import normalise_field, normalise_text
from etl.pieces import open_piece, split_name
from etl.plugins import PluginHost
from etl.schema import CORE, ERROR_COLUMNS, Schema, arrow_schema
from etl.sources import DEFAULT_MAX_FILE_SIZE, SourceNames, why_unlisted
from etl.speakers import MENTION_SCHEMA
from etl.spool import SPOOLED, Spool, SpoolError

DEFAULT_BATCH_SIZE = 256


# -- sources ---------------------------------------------------------------
def expand_sources(sources: Iterable[str]) -> list[str]:
    """Files, folders (searched recursively) and globs → sorted file paths.

    Hidden files and folders are skipped. A source that matches nothing is an
    error naming it. Runs use the lazy :func:`etl.sources.iter_sources`.
    """
    from etl.sources import iter_sources

    return list(iter_sources(sources))


def expand_uri(source: str) -> list[str]:
    """The files under a URI (a file or a folder prefix), as URIs."""
    import pyarrow.fs as pafs

    try:
        fs, path = pafs.FileSystem.from_uri(source)
        info = fs.get_file_info(path)
        if info.type == pafs.FileType.File:
            return [source]
        if info.type != pafs.FileType.Directory:
            raise EtlError(f"{source}: no such file or folder")
        infos = fs.get_file_info(pafs.FileSelector(path, recursive=True))
    except (OSError, pa.ArrowException) as exc:
        raise EtlError(f"{source}: cannot list: {exc}") from None
    base, root = source.rstrip("/"), path.rstrip("/")
    found = []
    for file in infos:
        relative = file.path[len(root) + 1:]
        if file.type == pafs.FileType.File and not any(p.startswith(".") for p in relative.split("/")):
            found.append(f"{base}/{relative}")
    return found


def content_key(data: bytes) -> str:
    """The hash of a source's bytes that its cached results are filed under."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def batched(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


# -- one batch -------------------------------------------------------------
@dataclass
class Batch:
    """What one batch of sources turned into.

    A batch whose rows outgrew :data:`SPOOL_BYTES` is *spooled*: its documents, statements
    and mentions are in the Arrow IPC files ``spooled`` names (:mod:`etl.spool`), and the
    three tables here are empty (they give the schemas). Only the paths travel between
    processes; the cache takes the files over by renaming them.
    """

    documents: pa.Table
    statements: pa.Table
    mentions: pa.Table  # MENTION_SCHEMA, one row per attributed statement
    errors: list[dict[str, str]] = field(default_factory=list)  # sorted, as errors_table sorts
    #: One row per source, in order: its content key and how many rows of
    #: each table it produced, so that its rows can be cached and reused alone.
    sources: pa.Table | None = None
    spooled: dict[str, str] | None = None  # table → the spool file holding its rows


def combine_batches(batches: list[Batch]) -> Batch:
    """Batches of sources, one after the other, as one batch (spooled when any of them is)."""
    errors = sorted((e for b in batches for e in b.errors), key=error_sort_key)
    sources = pa.concat_tables([b.sources for b in batches])
    spooled = [b.spooled for b in batches if b.spooled]
    if not spooled:
        return Batch(pa.concat_tables([b.documents for b in batches]),
                     pa.concat_tables([b.statements for b in batches]),
                     pa.concat_tables([b.mentions for b in batches]), errors, sources)
    first = batches[0]
    spool = Spool(Path(spooled[0]["documents"]).parent,
                  {"documents": first.documents.schema, "statements": first.statements.schema,
                   "mentions": first.mentions.schema})
    for batch in batches:  # a record batch at a time: the combined rows are never held
        if batch.spooled:
            spool.append(batch.spooled)
        else:
            spool.write({"documents": batch.documents, "statements": batch.statements, "mentions": batch.mentions})
    return Batch(first.documents.schema.empty_table(), first.statements.schema.empty_table(),
                 first.mentions.schema.empty_table(), errors, sources, spool.close())


def stored_name(names: SourceNames, path: str) -> str:
    """The name a listed path (or an unlisted entry) is stored under."""
    unlisted = why_unlisted(path)
    return names.name(unlisted[0] if unlisted else path)


def error_row(source: str, stage: str, plugin: str, message: str) -> dict[str, str]:
    return {"source": source, "stage": stage, "plugin": plugin, "message": " ".join(str(message).split())}


@dataclass(frozen=True)
class Reading:
    """How a run reads its sources: the names they are stored under, and the largest file it reads."""

    names: SourceNames | None = None
    max_file_size: int = DEFAULT_MAX_FILE_SIZE

    def names_for(self, sources: list[str]) -> SourceNames:
        # Without the run's own sources (a batch processed alone), the batch's files name themselves.
        return self.names if self.names is not None else SourceNames(sources)


#: How deeply containers may nest (a ``.gz`` in a zip in a tar ...); a deeper member is an error row.
MAX_NESTING = 8

#: Where a reader's per-record errors go: (plugin, message).
ErrorSink = Callable[[str, str], None]


def read_source(host: PluginHost, source: str, data: bytes | None = None,
                on_error: ErrorSink | None = None, input: Input | None = None, first: int = 0) -> Iterator[Document]:
    """The documents of the file stored as ``source``, read by the first reader that claims it, with ``doc_id``
    filled in from ``source`` and each document's position in the file (a reader's own value is replaced);
    in a piece of a file (:mod:`etl.pieces`) that starts at byte ``first``, its position in the piece after it.

    Documents come one at a time, as the reader yields them. A reader's
    per-record errors (``error(message)``) and a container's failed members go
    to ``on_error`` (raised as :class:`InputError` when it is not given); an
    error that stops the reader is raised where it happens, after the
    documents read before it.
    """
    if input is None:
        input = Input(data=data) if data is not None else open_source(source)[0]
    if on_error is None:
        def on_error(plugin: str, message: str) -> None:
            error = InputError(message)
            error.plugin = plugin
            raise error
    docs = map(normalise_document, read_input(host, source, source, input, on_error, 0))
    for position, doc in enumerate(docs):
        # The stored name and the position in the file: unique in the dataset, stable across runs.
        doc.doc_id = stable_id("doc", source, f"{first}+{position}" if first else str(position))
        yield doc


def read_input(host: PluginHost, top: str, name: str, input: Input, on_error: ErrorSink,
               depth: int) -> Iterator[Document]:
    """``input`` (named ``name``) read by the first reader that claims it, its documents checked."""
    try:
        for impl in reader_order(host, input):
            plugin = impl.plugin_name
            args = read_arguments(host, impl, top, name, input, on_error, depth)
            with raised_by(plugin, "etl_read"):
                result = host.call_one(impl, **args)
            if result is not None:
                yield from checked_documents(plugin, result)
                return
        raise InputError("no reader claims this kind of file (`etl plugins` lists the readers)")
    finally:
        input.close()


def reader_order(host: PluginHost, input: Input) -> list[Any]:
    """The readers to ask, in order. An input not in memory (a file over
    :data:`etl.inputs.WHOLE_READ_BYTES`, a container's member) is offered to the readers
    that take a ``stream`` before those that take ``data``, each group in its usual order:
    it is read whole only when no streaming reader claims it."""
    impls = host.implementations("etl_read")
    if input.in_memory:
        return impls
    return sorted(impls, key=lambda impl: "data" in impl.argnames)


def read_arguments(host: PluginHost, impl: Any, top: str, name: str, input: Input, on_error: ErrorSink,
                   depth: int) -> dict[str, Any]:
    """The ``etl_read`` arguments this implementation names, and only those (a whole file is read
    into ``data`` only for a reader that asks for it)."""
    args: dict[str, Any] = {}
    for arg in impl.argnames:
        if arg == "source":
            args[arg] = name
        elif arg == "data":
            args[arg] = input.data
        elif arg == "head":
            args[arg] = input.head
        elif arg == "stream":
            args[arg] = input.stream()
        elif arg == "read":
            args[arg] = member_reader(host, top, on_error, depth)
        elif arg == "error":
            args[arg] = error_reporter(impl.plugin_name, top, name, on_error)
    return args


def member_reader(host: PluginHost, top: str, on_error: ErrorSink, depth: int) -> Callable[..., Iterator[Document]]:
    """``read`` for a container: its members read as files of their own, one level deeper."""
    def read(member: str, content: bytes | IO[bytes]) -> Iterator[Document]:
        return read_member(host, top, member, Input.of(content), on_error, depth + 1)
    return read


def error_reporter(plugin: str, top: str, name: str, on_error: ErrorSink) -> Callable[[str], None]:
    """``error`` for a reader: one error row, its message prefixed with the member's name."""
    def error(message: str) -> None:
        on_error(plugin, member_prefix(top, name) + str(message))
    return error


def read_member(host: PluginHost, top: str, name: str, input: Input, on_error: ErrorSink,
                depth: int) -> Iterator[Document]:
    """A container's member, read as a file of its own; its failure is an error row naming it, and
    the container goes on with its other members."""
    if depth > MAX_NESTING:
        input.close()
        on_error(CORE, f"{member_prefix(top, name)}containers nest more than {MAX_NESTING} deep")
        return
    try:
        yield from read_input(host, top, name, input, on_error, depth)
    except EtlError as exc:
        message, prefix = str(exc), member_prefix(top, name)
        on_error(exc.plugin or CORE, message if message.startswith(prefix) else prefix + message)


def member_prefix(top: str, name: str) -> str:
    """How messages about ``name`` begin: its path inside the top-level file and a colon
    (``2024/a.html: ``), or nothing for the file itself or its decompressed body."""
    common = os.path.commonprefix([top, name])
    if name == common:  # the file itself, or the body of `news.jsonl.gz` named `news.jsonl`
        return ""
    rest = name[len(common):]
    return f"{rest[1:] if rest.startswith('/') else name}: "


def checked_documents(plugin: str, result: Iterable[Document]) -> Iterator[Document]:
    """A reader's documents as it yields them; what it raises while yielding is put down to it."""
    if isinstance(result, (str, bytes, dict, Document)):
        raise PluginError(plugin, f"etl_read returned {type(result).__name__}, not a list of etl.model.Document")
    try:
        iterator = iter(result)
    except TypeError:
        raise PluginError(plugin, f"etl_read returned {type(result).__name__}, not a list of etl.model.Document") from None
    while True:
        with raised_by(plugin, "etl_read"):
            doc = next(iterator, _END)
        if doc is _END:
            return
        check_document(plugin, doc)
        doc.format = doc.format or plugin
        yield doc


_END = object()  # what an iterator of documents gives when it has no more


def normalise_document(doc: Document) -> Document:
    """Every reader's text in one normal form (see ``etl_read``): spaces, line ends, invisible characters."""
    doc.text = normalise_text(doc.text)
    doc.title, doc.byline, doc.outlet = map(normalise_field, (doc.title, doc.byline, doc.outlet))
    return doc


OPTIONAL_TEXT = ("title", "outlet", "byline")


def check_document(plugin: str, doc: Any) -> None:
    if not isinstance(doc, Document):
        raise PluginError(plugin, f"etl_read returned {type(doc).__name__}, not etl.model.Document")
    if not isinstance(doc.text, str) or not storable(doc.text):
        raise PluginError(plugin, f"etl_read returned a Document whose text is {describe(doc.text)}")
    if not isinstance(doc.source, str) or not storable(doc.source):
        raise PluginError(plugin, f"etl_read returned a Document whose source is {describe(doc.source)}")
    for name in OPTIONAL_TEXT:
        value = getattr(doc, name)
        if value is not None and (not isinstance(value, str) or not storable(value)):
            raise PluginError(plugin, f"etl_read returned a Document whose {name} is {describe(value)}")
    if doc.published_at is not None and not isinstance(doc.published_at, datetime):
        raise PluginError(plugin, f"etl_read returned a Document whose published_at is "
                                  f"{type(doc.published_at).__name__}, not a datetime")


def storable(text: str) -> bool:
    """Whether a string can be stored: UTF-8 (no lone surrogate)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def describe(value: Any) -> str:
    return "not valid Unicode (it holds a lone surrogate)" if isinstance(value, str) else \
        f"{type(value).__name__}, not str"


def text_hash(text: str) -> str:
    """The hash of a document's text that finds identical texts (``documents.text_hash``)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def segment(host: PluginHost, doc: Document) -> tuple[str | None, list[Statement]]:
    """The statements of one document, checked against the contract."""
    segmenter, statements = host.call_first("etl_segment", document=doc)
    if statements is None:
        return None, []
    return segmenter, statements_of(segmenter, doc, statements)


def statements_of(plugin: str, doc: Document, result: Any) -> list[Statement]:
    if isinstance(result, (str, bytes, dict, Statement)) or not hasattr(result, "__iter__"):
        raise PluginError(plugin, f"etl_segment returned {type(result).__name__}, not a list of etl.model.Statement")
    try:
        statements = list(result)
    except EtlError as exc:
        exc.plugin = exc.plugin or plugin
        raise
    except Exception as exc:
        raise PluginError(plugin, f"etl_segment raised {type(exc).__name__}: {exc}") from None
    check_statements(plugin, doc, statements)
    return statements


def check_statements(plugin: str, doc: Document, statements: list[Statement]) -> None:
    """Each statement a Statement with offsets inside the text and fields of the declared types.

    One pass with the cheapest test first: it runs on every statement of a run.
    """
    n = len(doc.text)
    for st in statements:
        if type(st) is not Statement and not isinstance(st, Statement):
            raise PluginError(plugin, f"etl_segment returned {type(st).__name__}, not etl.model.Statement")
        start, end = st.char_start, st.char_end
        if not (type(start) is int or isinstance(start, Integral)) or \
                not (type(end) is int or isinstance(end, Integral)):
            raise PluginError(plugin, f"statement offsets {start!r}:{end!r} are not whole numbers")
        if not 0 <= start <= end <= n:
            raise PluginError(plugin, f"statement offsets {start}:{end} fall outside the text")
        if type(st.kind) is not str or type(st.rule) is not str or \
                (st.speaker is not None and (type(st.speaker) is not str or not storable(st.speaker))):
            raise PluginError(plugin, f"statement at {start}:{end} has a kind, rule or speaker that is not "
                                      f"text ({st.kind!r}, {st.rule!r}, {st.speaker!r})")
        confidence = st.confidence
        if not (type(confidence) is float or isinstance(confidence, Real)) or not 0 <= confidence <= 1:
            raise PluginError(plugin, f"statement at {start}:{end} has confidence {confidence!r}, not a number "
                                      f"from 0 to 1")


def resolve(host: PluginHost, doc: Document, statements: list[Statement]) -> list[SpeakerRef | None]:
    """The speaker of each statement, checked against the contract."""
    resolver, speakers = host.call_first("etl_resolve_speakers", document=doc, statements=statements)
    if speakers is None:
        return [None] * len(statements)
    return speakers_of(resolver, statements, speakers)


def speakers_of(plugin: str, statements: list[Statement], result: Any) -> list[SpeakerRef | None]:
    hook = "etl_resolve_speakers"
    if isinstance(result, (str, bytes, dict, SpeakerRef)) or not hasattr(result, "__iter__"):
        raise PluginError(plugin, f"{hook} returned {type(result).__name__}, not a list of etl.model.SpeakerRef")
    try:
        speakers = list(result)
    except Exception as exc:
        raise PluginError(plugin, f"{hook} raised {type(exc).__name__}: {exc}") from None
    if len(speakers) != len(statements):
        raise PluginError(plugin, f"{hook} returned {len(speakers)} speakers for {len(statements)} statements")
    for spk in speakers:
        if spk is None:
            continue
        if not isinstance(spk, SpeakerRef):
            raise PluginError(plugin, f"{hook} returned {type(spk).__name__}, not etl.model.SpeakerRef or None")
        if not isinstance(spk.name, str) or not spk.name.strip() or not storable(spk.name):
            raise PluginError(plugin, f"{hook} returned a SpeakerRef whose name is {spk.name!r}, not a name")
        for name in ("alias", "role", "affiliation"):
            value = getattr(spk, name)
            if value is not None and (not isinstance(value, str) or not storable(value)):
                raise PluginError(plugin, f"{hook} returned a SpeakerRef whose {name} is {describe(value)}")
        if spk.short is not False and spk.short is not True:
            raise PluginError(plugin, f"{hook} returned a SpeakerRef whose short is {spk.short!r}, not a bool")
    return speakers


#: Documents enriched together at most: a source of many documents (a large JSON Lines file) is
#: enriched a slice at a time, its rows kept as Arrow tables, so that the Python rows and the
#: enrichers' working memory do not grow with it. Batches of small files never reach it.
ENRICH_ROWS = 2048
#: Characters of text enriched together at most: a slice of long documents (a WARC of long pages)
#: is cut sooner, so that what one slice holds stays bounded too.
ENRICH_CHARS = 32 * 1024 * 1024

#: Bytes of enriched rows a batch holds in memory when it may spool (``process_batch``'s ``spool``):
#: past them, its slices go to spool files on local disk a slice at a time (:mod:`etl.spool`), so
#: that one source of gigabytes is never held whole. A batch of small files stays well below it.
SPOOL_BYTES = 16 * 1024 * 1024


def process_batch(host: PluginHost, schema: Schema, sources: list[str], reading: Reading | None = None,
                  spool: Path | None = None) -> Batch:
    """Read, segment, resolve and enrich one batch of sources (paths the listing yielded).

    With a ``spool`` folder, rows past :data:`SPOOL_BYTES` are spooled there (see :class:`Batch`)."""
    reading = reading or Reading()
    names = reading.names_for(sources)
    errors: list[dict[str, str]] = []
    rows = Gathered(host, schema, spool)
    keys, n_docs, n_statements, n_mentions, stored = [], [], [], [], []
    try:
        for source in sources:
            path, piece = split_name(source)
            name = stored_name(names, path)
            stored.append(name)
            key = ""
            before = rows.counts()
            where = [""]  # a piece's errors name the bytes it covers: its line numbers count from there

            def read_error(plugin: str, message: str, name: str = name, where: list[str] = where) -> None:
                errors.append(error_row(name, "read", plugin, where[0] + message))

            try:
                first, empty = 0, False
                if piece is None:
                    input, key = open_source(source, reading.max_file_size)
                else:
                    input, key, first, end = open_piece(host, path, name, piece, reading.max_file_size)
                    where[0] = f"bytes {first:,}\u2013{end:,}: "
                    empty = end == first  # no record starts in it: one record spans it
                # Documents are segmented as the reader yields them: a source of many holds one at a time.
                for doc in () if empty else read_source(host, name, on_error=read_error, input=input, first=first):
                    segment_document(host, name, doc, rows.documents, rows.statements, rows.mentions, errors)
                    rows.chars += len(doc.text)
                    if rows.documents.rows >= ENRICH_ROWS or rows.chars >= ENRICH_CHARS:
                        rows.enrich()
            except SpoolError:
                raise  # the run's disk, not the source
            except EtlError as exc:
                read_error(exc.plugin or CORE, str(exc))
            keys.append(key)
            after = rows.counts()
            n_docs.append(after[0] - before[0])
            n_statements.append(after[1] - before[1])
            n_mentions.append(after[2] - before[2])
        documents, statements, mentions = rows.tables()
        spooled = rows.finish()
    except BaseException:
        rows.discard()
        raise
    errors.extend(rows.errors.values())
    errors.sort(key=error_sort_key)
    per_source = Counter(e["source"] for e in errors)
    index = pa.table({
        "source": pa.array(sources, pa.string()), "key": pa.array(keys, pa.string()),
        "n_documents": pa.array(n_docs, pa.int64()), "n_statements": pa.array(n_statements, pa.int64()),
        "n_mentions": pa.array(n_mentions, pa.int64()),
        "n_errors": pa.array([per_source.get(s, 0) for s in stored], pa.int64()),
    })
    return Batch(documents, statements, mentions, errors, index, spooled)


class Gathered:
    """A batch's rows: the documents being gathered column by column, and the slices enriched already.

    The enriched slices are kept in ``done`` until they hold :data:`SPOOL_BYTES`; then, given a
    ``spool_dir``, they and every later slice go to a :class:`etl.spool.Spool` instead.
    """

    def __init__(self, host: PluginHost, schema: Schema, spool_dir: Path | None = None):
        self.host, self.schema = host, schema
        self.done: list[tuple[pa.Table, pa.Table, pa.Table]] = []
        self.done_counts = [0, 0, 0]
        self.done_bytes = 0
        self.spool_dir = spool_dir
        self.spool: Spool | None = None
        self.errors: dict[tuple[str, ...], dict[str, str]] = {}  # an enricher's, once each though slices repeat it
        self.fresh()

    def fresh(self) -> None:
        # Rows are gathered column by column: one list per core column, no dict per row.
        self.documents = Columns(DOCUMENT_FIELDS)
        self.statements = Columns(STATEMENT_FIELDS)
        self.mentions = Columns(MENTION_SCHEMA.names)
        self.chars = 0  # of the documents' text gathered

    def counts(self) -> tuple[int, int, int]:
        """Documents, statements and mentions gathered so far."""
        d, s, m = self.done_counts
        return d + self.documents.rows, s + self.statements.rows, m + self.mentions.rows

    def enrich(self) -> None:
        """The rows gathered since the last slice, as enriched Arrow tables."""
        errors: list[dict[str, str]] = []
        documents = columns_to_table(self.schema, "documents", self.documents)
        statements = columns_to_table(self.schema, "statements", self.statements)
        documents = enrich(self.host, self.schema, "documents", documents, errors, documents=documents)
        statements = enrich(self.host, self.schema, "statements", statements, errors, documents=documents)
        for row in errors:
            self.errors.setdefault(tuple(row.values()), row)
        self.keep((documents, statements, pa.table(self.mentions.lists, schema=MENTION_SCHEMA)))
        self.done_counts = list(self.counts())
        self.fresh()

    def keep(self, slice: tuple[pa.Table, pa.Table, pa.Table]) -> None:
        """Hold an enriched slice, or spool it (with those held) once they outgrow :data:`SPOOL_BYTES`."""
        if self.spool is None:
            self.done.append(slice)
            self.done_bytes += sum(table.nbytes for table in slice)
            if self.spool_dir is None or self.done_bytes <= SPOOL_BYTES:
                return
            self.spool = Spool(self.spool_dir, {name: table.schema for name, table in zip(SPOOLED, slice)})
            held, self.done = self.done, []
        else:
            held = [slice]
        for tables in held:
            self.spool.write(dict(zip(SPOOLED, tables)))

    def tables(self) -> tuple[pa.Table, pa.Table, pa.Table]:
        """Every row of the batch held in memory: documents, statements, mentions (empty once spooled)."""
        if self.documents.rows or (not self.done and self.spool is None):
            self.enrich()
        if self.spool is not None:
            schemas = (self.schema.arrow("documents"), self.schema.arrow("statements"), MENTION_SCHEMA)
            return tuple(schema.empty_table() for schema in schemas)  # type: ignore[return-value]
        if len(self.done) == 1:
            return self.done[0]
        return tuple(pa.concat_tables(parts) for parts in zip(*self.done))  # type: ignore[return-value]

    def finish(self) -> dict[str, str] | None:
        """The spool's files, finished (None: the rows are held in memory)."""
        if self.spool is None:
            return None
        spool, self.spool = self.spool, None
        return spool.close()

    def discard(self) -> None:
        """After a failure: the spool's files go."""
        if self.spool is not None:
            self.spool.discard()
            self.spool = None


def segment_document(host: PluginHost, source: str, doc: Document, doc_columns: Columns, st_columns: Columns,
                     mentions: Columns, errors: list[dict[str, str]]) -> None:
    """One document's row, its statements' rows and their speakers' mentions."""
    statements: list[Statement] = []
    speakers: list[SpeakerRef | None] = []
    segmenter = None
    try:
        segmenter, statements = segment(host, doc)
    except EtlError as exc:
        errors.append(error_row(source, "segment", exc.plugin or CORE, str(exc)))
    if statements:
        try:
            speakers = resolve(host, doc, statements)
        except EtlError as exc:
            errors.append(error_row(source, "resolve", exc.plugin or CORE,
                                    f"{exc} (the statements are kept without speakers)"))
            speakers = [None] * len(statements)
    published = add_document(doc_columns, doc, len(statements))
    add_statements(st_columns, mentions, doc, statements, speakers, segmenter, published)


DOCUMENT_FIELDS = ("doc_id", "source", "title", "published_at", "published_local", "outlet", "url", "byline",
                   "format", "text", "text_hash", "n_statements")
STATEMENT_FIELDS = ("statement_id", "doc_id", "seq", "speaker_id", "kind", "text", "char_start", "char_end",
                    "speaker_mention", "segmenter", "rule", "confidence")


class Columns:
    """Values gathered column by column: ``lists[name]`` holds one value per row."""

    def __init__(self, names: Iterable[str]):
        self.lists: dict[str, list[Any]] = {name: [] for name in names}

    @property
    def rows(self) -> int:
        return len(next(iter(self.lists.values())))


def add_document(columns: Columns, doc: Document, n_statements: int) -> Any:
    """Add one document's row; returns its publication time in UTC (None when the zone is unknown)."""
    published, local = publication_times(doc.published_at)
    for name, value in zip(DOCUMENT_FIELDS, (doc.doc_id, doc.source, doc.title, published, local, doc.outlet,
                                             doc.url, doc.byline, doc.format, doc.text, text_hash(doc.text),
                                             n_statements)):
        columns.lists[name].append(value)
    return published


def publication_times(stamp: datetime | None) -> tuple[datetime | None, datetime | None]:
    """(``published_at``, ``published_local``) of a reader's date.

    A date with a zone is a moment: stored in UTC, and as the document prints
    it (its wall-clock time, without the zone). A date without one is only
    the wall-clock time: no zone is invented for it, so it has no UTC moment.
    """
    if stamp is None:
        return None, None
    stamp = stamp.replace(microsecond=0)  # the columns hold seconds
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        return None, stamp.replace(tzinfo=None)
    return stamp.astimezone(timezone.utc), stamp.replace(tzinfo=None)


def add_statements(columns: Columns, mentions: Columns, doc: Document, statements: list[Statement],
                   speakers: list[SpeakerRef | None], segmenter: str | None, published: Any) -> None:
    """Add one document's statement rows, and a speaker mention for each attributed one."""
    if not statements:
        return
    c = columns.lists
    text, doc_id, n = doc.text, doc.doc_id, len(statements)
    # A column at a time: one comprehension per column is several times faster than a row at a time.
    speaker_ids = [spk.speaker_id if spk is not None else None for spk in speakers]
    c["statement_id"].extend([stable_id("statement", doc_id, str(seq)) for seq in range(n)])
    c["doc_id"].extend([doc_id] * n)
    c["seq"].extend(range(n))
    c["speaker_id"].extend(speaker_ids)
    c["kind"].extend([st.kind for st in statements])
    c["text"].extend([text[st.char_start:st.char_end] for st in statements])
    c["char_start"].extend([st.char_start for st in statements])
    c["char_end"].extend([st.char_end for st in statements])
    c["speaker_mention"].extend([st.speaker for st in statements])
    c["segmenter"].extend([segmenter] * n)
    c["rule"].extend([st.rule for st in statements])
    c["confidence"].extend([st.confidence for st in statements])
    # One attributed statement's contribution to the speakers table.
    m = mentions.lists
    for speaker_id, spk in zip(speaker_ids, speakers):
        if spk is not None:
            for name, value in zip(MENTION_SCHEMA.names, (speaker_id, spk.name, spk.alias, spk.role,
                                                          spk.affiliation, doc.source, doc_id, published)):
                m[name].append(value)


def columns_to_table(schema: Schema, table: str, columns: Columns) -> pa.Table:
    """Core columns from gathered values; declared plugin columns start as nulls."""
    rows = columns.rows
    arrays = []
    for col in schema.table(table):
        if col.owner == CORE:
            arrays.append(pa.array(columns.lists[col.name], type=col.type))
        else:
            arrays.append(pa.nulls(rows, type=col.type))
    return pa.Table.from_arrays(arrays, schema=schema.arrow(table))


# -- enrichment ------------------------------------------------------------
def enrich(host: PluginHost, schema: Schema, table: str, data: pa.Table,
           errors: list[dict[str, str]], **context: Any) -> pa.Table:
    """Run every enricher of ``table`` over ``data``; a failing one leaves nulls.

    A plugin that raises, returns an undeclared column, or an array of the
    wrong length or type gets an error row per document (or speaker) it was
    given, and none of its columns are written.
    """
    hook = f"etl_enrich_{table}"
    for impl in host.implementations(hook):
        plugin = impl.plugin_name
        try:
            kwargs = {table: data, **{k: v for k, v in context.items() if k != table}}
            result = host.call_one(impl, **kwargs)
            if result is None:
                continue
            data = apply_columns(schema, table, plugin, data, result)
        except Exception as exc:
            message = str(exc) if isinstance(exc, PluginError) else \
                str(PluginError(plugin, f"{hook} raised {type(exc).__name__}: {exc}"))
            for source in affected_sources(table, data, context):
                errors.append(error_row(source, "enrich", plugin, message))
    return data


def apply_columns(schema: Schema, table: str, plugin: str, data: pa.Table,
                  result: Any) -> pa.Table:
    """Check an enricher's result against its declared columns and set them."""
    if not isinstance(result, dict):
        raise PluginError(plugin, f"returned {type(result).__name__}, not a dict of column name to array")
    owned = schema.owned_by(plugin, table)
    checked: dict[str, pa.Array] = {}
    for name, values in result.items():
        col = owned.get(name)
        if col is None:
            raise PluginError(plugin, f"returned column {table}.{name}, which it did not declare in etl_columns")
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        if not isinstance(values, pa.Array):
            try:
                values = pa.array(values, type=col.type)
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError) as exc:
                raise PluginError(plugin, f"column {table}.{name} is not {col.type}: {exc}") from None
        if len(values) != data.num_rows:
            raise PluginError(plugin, f"column {table}.{name} has {len(values)} values for {data.num_rows} rows")
        if values.type != col.type:
            raise PluginError(plugin, f"column {table}.{name} is {values.type}, declared {col.type}")
        checked[name] = values
    for name, values in checked.items():
        data = data.set_column(data.schema.get_field_index(name), data.schema.field(name), values)
    return data


def affected_sources(table: str, data: pa.Table, context: dict[str, Any]) -> list[str]:
    """The documents (or speakers) an enricher's failure touched, for error rows."""
    if table == "documents":
        return sorted(set(data.column("source").to_pylist()))
    if table == "statements":
        docs = context["documents"]
        by_id = dict(zip(docs.column("doc_id").to_pylist(), docs.column("source").to_pylist()))
        return sorted({by_id.get(d, d) for d in data.column("doc_id").to_pylist()})
    return ["speakers table"]


# -- speakers --------------------------------------------------------------
def error_sort_key(row: dict[str, str]) -> tuple[str, str, str, str]:
    return row["source"], row["stage"], row["plugin"], row["message"]


def errors_table(rows: list[dict[str, str]]) -> pa.Table:
    schema = arrow_schema(ERROR_COLUMNS)
    return pa.Table.from_pylist(sorted(rows, key=error_sort_key), schema=schema)
