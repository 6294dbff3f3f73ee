"""What the metadata says about a dataset, read off its files: tables, columns, counts, summaries.

Every figure comes from one DuckDB query streamed over the Parquet files (a
column at a time, never the documents' text), so gathering them costs little
beside a run, however large the dataset.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from etl.errors import EtlError
from etl.model import Column
from etl.publish.settings import PublishSettings, SourceNote

#: The tables in the order the metadata lists them.
TABLES = ("documents", "statements", "speakers", "errors")


TOP_SPEAKERS = 20
UNNAMED = "(not named)"  # the outlet of a document that names none


@dataclass
class TableFiles:
    name: str
    files: list[str]  # relative to the dataset, sorted
    rows: int
    columns: list[Column]
    part_rows: list[int]  # each file's


@dataclass
class Facts:
    """The dataset's tables and what the card and metadata report of them."""

    tables: dict[str, TableFiles]
    run: dict[str, Any]  # the run's record in the Parquet metadata: plugins, versions, configuration
    date_range: tuple[str | None, str | None]
    undated: int  # documents whose text gives no date
    outlets: list[tuple[str, int]]
    languages: list[tuple[str, int]]
    kinds: list[tuple[str, int]]
    top_speakers: list[tuple[str, int]]
    months: list[tuple[str, int]]
    formats: list[tuple[str, int]]  # file extensions of the sources read, documents and errors
    source_counts: list[int] = field(default_factory=list)  # documents matched by each SourceNote

    def rows(self, table: str) -> int:
        return self.tables[table].rows if table in self.tables else 0


def table_files(folder: Path, table: str) -> list[str]:
    """The dataset's files of ``table``: ``TABLE.parquet``, or ``TABLE/part-*.parquet``."""
    if (folder / f"{table}.parquet").is_file():
        return [f"{table}.parquet"]
    parts = folder / table
    return sorted(f"{table}/{p.name}" for p in parts.glob("*.parquet")) if parts.is_dir() else []


def columns_of(schema: Any, table: str) -> list[Column]:
    """The declared columns a Parquet file carries: name, type, description and owner."""
    columns = []
    for f in schema:
        meta = f.metadata or {}
        columns.append(Column(table, f.name, f.type, meta.get(b"description", b"").decode(),
                              meta.get(b"owner", b"").decode()))
    return columns


def sql_list(folder: Path, files: list[str]) -> str:
    return "[" + ", ".join("'" + str(folder / f).replace("'", "''") + "'" for f in files) + "]"


def gather(folder: Path, settings: PublishSettings) -> Facts:
    import duckdb

    tables: dict[str, TableFiles] = {}
    run: dict[str, Any] = {}
    for table in TABLES:
        files = table_files(folder, table)
        if not files:
            if table == "errors":
                continue
            raise EtlError(f"{folder}: no {table}.parquet; is this a dataset built by `etl run`?")
        first = pq.ParquetFile(folder / files[0])
        schema = first.schema_arrow
        part_rows = [pq.ParquetFile(folder / f).metadata.num_rows for f in files]
        tables[table] = TableFiles(table, files, sum(part_rows), columns_of(schema, table), part_rows)
        if not run and schema.metadata and b"etl.run" in schema.metadata:
            run = json.loads(schema.metadata[b"etl.run"])
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute("SET enable_progress_bar = false")  # dates and months as UTC, whatever the machine's zone
    for table, info in tables.items():
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet({sql_list(folder, info.files)})")
    doc_cols = {c.name for c in tables["documents"].columns}

    def pairs(sql: str) -> list[tuple[str, int]]:
        return [(str(k), int(n)) for k, n in con.execute(sql).fetchall()]

    # Dates as the documents print them: every dated document has one, with its zone or without.
    dated = "published_local" if "published_local" in doc_cols else "published_at"
    low, high, undated = con.execute(f"SELECT min({dated}), max({dated}), count(*) - count({dated}) "
                                     f"FROM documents").fetchone()
    languages = pairs("SELECT coalesce(language, 'unknown'), count(*) FROM documents GROUP BY 1 "
                      "ORDER BY 2 DESC, 1") if "language" in doc_cols else []
    source_sql = "SELECT source FROM documents" + (" UNION ALL SELECT source FROM errors" if "errors" in tables else "")
    formats = pairs(f"SELECT coalesce(nullif(lower(regexp_extract(source, '\\.([A-Za-z0-9]+)$', 1)), ''), "
                    f"'(none)'), count(DISTINCT source) FROM ({source_sql}) GROUP BY 1 ORDER BY 2 DESC, 1")
    facts = Facts(
        tables=tables, run=run,
        date_range=(iso(low), iso(high)),
        undated=int(undated),
        outlets=pairs(f"SELECT coalesce(outlet, '{UNNAMED}'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"),
        languages=languages,
        kinds=pairs("SELECT kind, count(*) FROM statements GROUP BY 1 ORDER BY 2 DESC, 1"),
        top_speakers=pairs(f"SELECT coalesce(p.name, s.speaker_id), count(*) FROM statements s "
                           f"LEFT JOIN speakers p USING (speaker_id) WHERE s.speaker_id IS NOT NULL "
                           f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {TOP_SPEAKERS}"),
        # Each document counts its statements: summed by month, no join of the two tables is held.
        months=every_month(pairs(f"SELECT strftime({dated}, '%Y-%m'), sum(n_statements) FROM documents "
                                 f"WHERE {dated} IS NOT NULL GROUP BY 1 HAVING sum(n_statements) > 0 ORDER BY 1")),
        formats=formats,
    )
    facts.source_counts = [source_count(con, note) for note in settings.sources]
    con.close()
    return facts


def every_month(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Monthly counts with the months between that have none, so that the plot's axis is time."""
    if not counts:
        return []
    known = dict(counts)
    (year, month), (last_year, last_month) = (map(int, counts[0][0].split("-")), map(int, counts[-1][0].split("-")))
    months = []
    while (year, month) <= (last_year, last_month):
        key = f"{year:04d}-{month:02d}"
        months.append((key, known.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def source_count(con: Any, note: SourceNote) -> int:
    """How many documents a ``[[publish.sources]]`` entry's patterns match."""
    if not note.files:
        return 0
    where = " OR ".join("source GLOB ?" for _ in note.files)
    return int(con.execute(f"SELECT count(*) FROM documents WHERE {where}", list(note.files)).fetchone()[0])


def iso(value: Any) -> str | None:
    if value is None:
        return None
    if not hasattr(value, "strftime"):
        return str(value)
    # a moment (UTC) ends in Z; a time as a document printed it, without its zone, does not
    return value.strftime("%Y-%m-%dT%H:%M:%S" + ("Z" if getattr(value, "tzinfo", None) else ""))


def file_digest(path: Path) -> tuple[int, str]:
    """A file's size in bytes and its sha256, read in blocks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()
