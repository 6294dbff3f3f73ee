"""Writing a dataset: Parquet files in a temporary folder, moved into place at the end.

An interrupted run leaves the previous dataset (or nothing) in place, never a
mix of old and new files.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from etl.schema import Schema

ROW_GROUP_ROWS = 128 * 1024
COMPRESSION = "zstd"


def parquet_writer(path: Path, schema: pa.Schema) -> pq.ParquetWriter:
    return pq.ParquetWriter(str(path), schema, compression=COMPRESSION, use_dictionary=True,
                            write_statistics=True, store_schema=True)


class TableWriter:
    """Appends batches to one Parquet file, in row groups of ``ROW_GROUP_ROWS``."""

    def __init__(self, path: Path, schema: pa.Schema):
        self.path = path
        self.schema = schema
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.rows = 0
        self.writer = parquet_writer(path, schema)

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self.pending.append(table.cast(self.schema) if table.schema != self.schema else table)
        self.pending_rows += table.num_rows
        self.rows += table.num_rows
        if self.pending_rows >= ROW_GROUP_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.writer.write_table(pa.concat_tables(self.pending), row_group_size=ROW_GROUP_ROWS)
            self.pending, self.pending_rows = [], 0

    def close(self) -> None:
        self.flush()
        self.writer.close()


class DatasetWriter:
    """The output folder of one run, written atomically."""

    def __init__(self, out: Path, schema: Schema, run_metadata: dict[str, Any] | None = None):
        self.out = Path(out)
        self.schema = schema
        self.metadata = {b"etl.run": json.dumps(run_metadata or {}, sort_keys=True).encode()}
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.out.parent / f".{self.out.name}.tmp-{os.getpid()}"
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self.tmp.mkdir()
        self.tables: dict[str, TableWriter] = {}

    def table(self, name: str, arrow_schema: pa.Schema | None = None) -> TableWriter:
        if name not in self.tables:
            schema = (arrow_schema or self.schema.arrow(name)).with_metadata(self.metadata)
            self.tables[name] = TableWriter(self.tmp / f"{name}.parquet", schema)
        return self.tables[name]

    def commit(self) -> None:
        """Close every file and move the folder into place."""
        for writer in self.tables.values():
            writer.close()
        old = self.out.parent / f".{self.out.name}.old-{os.getpid()}"
        if self.out.exists():
            os.replace(self.out, old)
        os.replace(self.tmp, self.out)
        if old.exists():
            shutil.rmtree(old)

    def abort(self) -> None:
        for writer in self.tables.values():
            try:
                writer.writer.close()
            except Exception:
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)
