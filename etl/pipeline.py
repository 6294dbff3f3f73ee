"""The pipeline: sources in, batches of Arrow tables out.

A batch of sources is read, segmented and resolved document by document, then
enriched column-wise as whole tables. Each batch is independent of the others,
so batches can run in any process; the speakers table is a reduction over the
batches' speaker mentions, done once at the end.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import timezone
from typing import Any, Iterable, Iterator

import pyarrow as pa

from etl.errors import EtlError, InputError, PluginError
from etl.model import Document, SpeakerRef, Statement, stable_id
from etl.plugins import PluginHost
from etl.schema import CORE, ERROR_COLUMNS, Schema, arrow_schema
from etl.sources import is_uri
from etl.speakers import MENTION_SCHEMA

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


def read_bytes(source: str) -> bytes:
    """A source's raw bytes, from a local path or a URI."""
    try:
        if is_uri(source):
            import pyarrow.fs as pafs

            fs, path = pafs.FileSystem.from_uri(source)
            with fs.open_input_stream(path) as fh:
                return fh.read()
        with open(source, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror or exc}") from None
    except pa.ArrowException as exc:
        raise InputError(f"cannot open: {exc}") from None


def content_key(data: bytes) -> str:
    """The hash of a source's bytes that its cached results are filed under."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def batched(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


# -- one batch -------------------------------------------------------------
@dataclass
class Batch:
    """What one batch of sources turned into."""

    documents: pa.Table
    statements: pa.Table
    mentions: pa.Table  # MENTION_SCHEMA, one row per attributed statement
    errors: list[dict[str, str]] = field(default_factory=list)  # sorted, as errors_table sorts
    #: One row per source, in order: its content key and how many rows of
    #: each table it produced, so that its rows can be cached and reused alone.
    sources: pa.Table | None = None


def error_row(source: str, stage: str, plugin: str, message: str) -> dict[str, str]:
    return {"source": source, "stage": stage, "plugin": plugin, "message": " ".join(str(message).split())}


def read_source(host: PluginHost, source: str, data: bytes | None = None) -> list[Document]:
    """Read one file through the first reader that claims it."""
    if data is None:
        data = read_bytes(source)
    plugin, docs = host.call_first("etl_read", source=source, data=data)
    if plugin is None:
        raise InputError("no reader claims this kind of file (`etl plugins` lists the readers)")
    for i, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise PluginError(plugin, f"etl_read returned {type(doc).__name__}, not etl.model.Document")
        if not doc.doc_id:
            doc.doc_id = stable_id("doc", doc.text) if len(docs) == 1 else stable_id("doc", doc.text, str(i))
    return docs


def check_statements(plugin: str, doc: Document, statements: list[Statement]) -> None:
    for st in statements:
        if not isinstance(st, Statement):
            raise PluginError(plugin, f"etl_segment returned {type(st).__name__}, not etl.model.Statement")
        if not 0 <= st.char_start <= st.char_end <= len(doc.text):
            raise PluginError(plugin, f"statement offsets {st.char_start}:{st.char_end} fall outside the text")


def segment(host: PluginHost, doc: Document) -> tuple[str | None, list[Statement], list[SpeakerRef | None]]:
    """Statements of one document and the speaker of each."""
    segmenter, statements = host.call_first("etl_segment", document=doc)
    statements = list(statements or [])
    check_statements(segmenter or CORE, doc, statements)
    resolver, speakers = host.call_first("etl_resolve_speakers", document=doc, statements=statements)
    if speakers is None:
        speakers = [None] * len(statements)
    elif len(speakers) != len(statements):
        raise PluginError(resolver, f"etl_resolve_speakers returned {len(speakers)} speakers "
                                    f"for {len(statements)} statements")
    return segmenter, statements, list(speakers)


def process_batch(host: PluginHost, schema: Schema, sources: list[str]) -> Batch:
    """Read, segment, resolve and enrich one batch of sources."""
    errors: list[dict[str, str]] = []
    # Rows are gathered column by column: one list per core column, no dict per row.
    doc_columns = Columns(DOCUMENT_FIELDS)
    st_columns = Columns(STATEMENT_FIELDS)
    mentions = Columns(MENTION_SCHEMA.names)
    keys, n_docs, n_statements, n_mentions = [], [], [], []
    docs: list[Document] | None = None
    doc: Document | None = None
    for source in sources:
        docs = []
        key = ""
        try:
            data = read_bytes(source)
            key = content_key(data)
            docs = read_source(host, source, data)
        except EtlError as exc:
            errors.append(error_row(source, "read", exc.plugin or CORE, str(exc)))
        data = None  # read: a long source's bytes need not stay while it is segmented and enriched
        keys.append(key)
        n_docs.append(len(docs))
        st_before, m_before = st_columns.rows, mentions.rows
        for doc in docs:
            try:
                segmenter, statements, speakers = segment(host, doc)
            except EtlError as exc:
                errors.append(error_row(source, "segment", exc.plugin or CORE, str(exc)))
                segmenter, statements, speakers = None, [], []
            published = add_document(doc_columns, doc, len(statements))
            add_statements(st_columns, mentions, doc, statements, speakers, segmenter, published)
        n_statements.append(st_columns.rows - st_before)
        n_mentions.append(mentions.rows - m_before)
    documents = columns_to_table(schema, "documents", doc_columns)
    statements = columns_to_table(schema, "statements", st_columns)
    # The rows are in Arrow now: their Python values (a long document's text, once in the document
    # and once in its statements) are dropped before the enrichers make copies of their own.
    del doc_columns, st_columns
    docs = doc = None  # the last source's documents
    documents = enrich(host, schema, "documents", documents, errors, documents=documents)
    statements = enrich(host, schema, "statements", statements, errors, documents=documents)
    errors.sort(key=error_sort_key)
    per_source = Counter(e["source"] for e in errors)
    index = pa.table({
        "source": pa.array(sources, pa.string()), "key": pa.array(keys, pa.string()),
        "n_documents": pa.array(n_docs, pa.int64()), "n_statements": pa.array(n_statements, pa.int64()),
        "n_mentions": pa.array(n_mentions, pa.int64()),
        "n_errors": pa.array([per_source.get(s, 0) for s in sources], pa.int64()),
    })
    return Batch(documents, statements, pa.table(mentions.lists, schema=MENTION_SCHEMA), errors, index)


DOCUMENT_FIELDS = ("doc_id", "source", "title", "published_at", "outlet", "text", "n_statements")
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
    """Add one document's row; returns its publication time in UTC."""
    published = doc.published_at
    if published is not None and published.tzinfo is not None:
        published = published.astimezone(timezone.utc)
    for name, value in zip(DOCUMENT_FIELDS, (doc.doc_id, doc.source, doc.title, published, doc.outlet,
                                             doc.text, n_statements)):
        columns.lists[name].append(value)
    return published


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
