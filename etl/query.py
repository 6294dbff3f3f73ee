"""DuckDB over a dataset folder, with the tables as views."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb

from etl.errors import EtlError
from etl.schema import TABLES


def table_path(dataset: Path, table: str) -> str | None:
    """The Parquet file, or glob of files, that holds ``table``."""
    single = dataset / f"{table}.parquet"
    if single.exists():
        return str(single)
    folder = dataset / table
    if folder.is_dir() and any(folder.glob("*.parquet")):
        return str(folder / "*.parquet")
    return None


def connect(dataset: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with views ``documents``, ``speakers``, ``statements`` (and ``errors``)."""
    dataset = Path(dataset)
    if not dataset.is_dir():
        raise EtlError(f"{dataset}: no such dataset folder (build one with `etl run SOURCES --out {dataset}`)")
    con = duckdb.connect()
    for table in (*TABLES, "errors"):
        path = table_path(dataset, table)
        if path is None:
            if table == "errors":
                continue
            raise EtlError(f"{dataset}: no {table}.parquet; is this a dataset built by `etl run`?")
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{path}')")
    return con


def query(dataset: Path, sql: str) -> tuple[list[str], list[tuple]]:
    con = connect(dataset)
    try:
        rel = con.execute(sql)
        columns = [d[0] for d in rel.description or []]
        return columns, rel.fetchall()
    except duckdb.Error as exc:
        raise EtlError(f"query failed: {str(exc).splitlines()[0]}") from None


def to_csv(columns: list[str], rows: list[tuple]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(rows)
    return buf.getvalue()


def to_json(columns: list[str], rows: list[tuple]) -> str:
    return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2, default=str)
