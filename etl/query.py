"""DuckDB over a dataset folder, with the tables as views.

A query reads the dataset and nothing else. The tables are handed to DuckDB
as Arrow datasets (their paths are never pasted into SQL, so a folder named
with a quote is only a name), and then DuckDB's own access to files is
switched off and the configuration locked: the SQL cannot write a file
(``COPY ... TO``), attach a database, install or load an extension, or read
any other file. ``unsafe=True`` (``etl query --unsafe``) leaves DuckDB's file
access on, for a query that exports or joins other files.
"""
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


def table_files(dataset: Path, table: str) -> list[str]:
    """The Parquet files that hold ``table``, in order; empty when the dataset has none."""
    single = dataset / f"{table}.parquet"
    if single.exists():
        return [str(single)]
    folder = dataset / table
    return sorted(str(p) for p in folder.glob("*.parquet")) if folder.is_dir() else []


#: Settings that keep a query to the dataset: no file access of DuckDB's own, no extensions.
READ_ONLY = (
    ("autoinstall_known_extensions", False),
    ("autoload_known_extensions", False),
    ("enable_external_access", False),
    ("lock_configuration", True),  # last: nothing above can be set back by the query
)


def connect(dataset: Path, unsafe: bool = False) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with views ``documents``, ``speakers``, ``statements`` (and ``errors``).

    Read-only unless ``unsafe``: see the module's docstring.
    """
    import pyarrow.dataset as ds

    dataset = Path(dataset)
    if not dataset.is_dir():
        raise EtlError(f"{dataset}: no such dataset folder (build one with `etl run SOURCES --out {dataset}`)")
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False}
                         if not unsafe else {})
    for table in (*TABLES, "errors"):
        files = table_files(dataset, table)
        if not files:
            if table == "errors":
                continue
            raise EtlError(f"{dataset}: no {table}.parquet; is this a dataset built by `etl run`?")
        try:
            con.register(table, ds.dataset(files, format="parquet"))
        except Exception as exc:  # pyarrow's errors for an unreadable file vary by version
            raise EtlError(f"{dataset}: cannot read the {table} table: {str(exc).splitlines()[0]}") from None
    if not unsafe:
        for name, value in READ_ONLY:
            con.execute(f"SET {name} = {str(value).lower()}")
    return con


def query(dataset: Path, sql: str, unsafe: bool = False) -> tuple[list[str], list[tuple]]:
    con = connect(dataset, unsafe=unsafe)
    try:
        rel = con.execute(sql)
        columns = [d[0] for d in rel.description or []]
        return columns, rel.fetchall()
    except duckdb.PermissionException as exc:
        raise EtlError(f"query refused: {str(exc).splitlines()[0]}; `etl query` only reads the dataset "
                       f"unless given --unsafe") from None
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
