"""Semantic search over a dataset: the statements closest in meaning to a text.

It needs a `statements.embedding` column of fixed-size float vectors. The
query is embedded by the plugin that wrote the column (the `owner` in the
column's Parquet metadata), through its ``etl_embed_query`` hook, so the query
and the statements share one model. DuckDB ranks the statements by ``array_cosine_similarity``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from etl.errors import EtlError
from etl.plugins import PluginHost
from etl.query import connect, table_path

COLUMN = "embedding"
COLUMNS = ["score", "speaker", "document", "doc_id", "statement_id", "text"]


def embedding_field(dataset: Path) -> pa.Field | None:
    """The `embedding` field of the statements table, with its metadata, if any."""
    path = table_path(dataset, "statements")
    if path is None:
        return None
    files = sorted(Path(path).parent.glob("*.parquet")) if "*" in path else [Path(path)]
    schema = pq.read_schema(files[0])
    return schema.field(COLUMN) if COLUMN in schema.names else None


def providers() -> tuple[list[str], list[str]]:
    """The installed plugins that declare `statements.embedding`, and why others could not say."""
    host = PluginHost()
    host.load_entry_points(enable=["all"])
    found, problems = [], [f.message for f in host.failures]
    for impl in host.implementations("etl_columns"):
        try:
            columns = host.call_one(impl) or []
        except ImportError as exc:
            problems.append(str(exc))
            continue
        if any(c.table == "statements" and c.name == COLUMN for c in columns):
            found.append(impl.plugin_name)
    return sorted(found), problems


def missing_column(dataset: Path) -> EtlError:
    found, problems = providers()
    if found:
        return EtlError(f"{dataset}: its statements have no {COLUMN} column; build it with "
                        f"`etl run SOURCES --out {dataset} --enable {found[0]}`")
    hint = "; ".join(problems) or "no installed plugin adds one (`etl plugins` lists them)"
    return EtlError(f"{dataset}: its statements have no {COLUMN} column; {hint}")


def query_embedder(owner: str) -> Callable[[str], list[float]]:
    """Embeds a query through the ``etl_embed_query`` hook of the plugin that wrote the column."""
    host = PluginHost()
    host.load_entry_points(only=[owner], enable=[owner])
    for failure in host.failures:
        raise EtlError(f"plugin {failure.name!r} wrote the {COLUMN} column but fails to load: {failure.message}")

    def embed(text: str) -> list[float]:
        _, vector = host.call_first("etl_embed_query", text=text, column=COLUMN)
        if vector is None:
            raise EtlError(f"plugin {owner!r} wrote the {COLUMN} column but does not implement "
                           f"etl_embed_query to embed a search query")
        try:
            return [float(x) for x in vector]
        except (TypeError, ValueError):
            raise EtlError(f"plugin {owner!r}: etl_embed_query returned {type(vector).__name__}, "
                           f"not a list of numbers") from None

    return embed


def search(dataset: Path, text: str, limit: int = 10) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The ``limit`` statements most similar to ``text``, best first: (column names, rows)."""
    dataset = Path(dataset)
    con = connect(dataset)  # checks that the folder is a dataset
    field = embedding_field(dataset)
    if field is None:
        raise missing_column(dataset)
    if not pa.types.is_fixed_size_list(field.type) or not pa.types.is_floating(field.type.value_type):
        raise EtlError(f"{dataset}: statements.{COLUMN} is {field.type}, not a fixed-size list of floats")
    owner = (field.metadata or {}).get(b"owner", b"").decode()
    if not owner:
        raise EtlError(f"{dataset}: statements.{COLUMN} does not name the plugin that wrote it; rebuild the dataset")
    try:
        vector = query_embedder(owner)(text)
    except ImportError as exc:
        raise EtlError(str(exc)) from None
    size = field.type.list_size
    if len(vector) != size:
        raise EtlError(f"plugin {owner!r} embedded the query in {len(vector)} dimensions, the dataset in {size}")
    sql = f"""
        SELECT array_cosine_similarity(s.{COLUMN}::FLOAT[{size}], ?::FLOAT[{size}]) AS score,
               sp.name AS speaker, coalesce(d.title, d.source) AS document, s.doc_id, s.statement_id, s.text
        FROM statements s
        LEFT JOIN speakers sp ON sp.speaker_id = s.speaker_id
        LEFT JOIN documents d ON d.doc_id = s.doc_id
        WHERE s.{COLUMN} IS NOT NULL
        ORDER BY score DESC, s.statement_id
        LIMIT ?
    """
    try:
        rows = con.execute(sql, [vector, limit]).fetchall()
    except duckdb.Error as exc:
        raise EtlError(f"search failed: {str(exc).splitlines()[0]}") from None
    return COLUMNS, rows
