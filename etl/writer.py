"""Writing a dataset: Parquet files in a temporary folder, moved into place at the end.

An interrupted run leaves the previous dataset (or nothing) in place, never a
mix of old and new files. Rows stream in: each table is cut into row groups of
a fixed number of rows as they arrive, so a file's bytes depend only on its
rows, never on how the run batched them, and memory holds at most one row
group per open file.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from etl.errors import EtlError
from etl.schema import Schema

#: Rows per row group. Documents carry their whole text, so theirs are fewer
#: to keep a row group's memory (and a reader's) in the tens of megabytes.
ROW_GROUP_ROWS = {"documents": 8 * 1024, "statements": 128 * 1024}
DEFAULT_ROW_GROUP_ROWS = 128 * 1024
COMPRESSION = "zstd"


def row_group_rows(table: str, override: int | None = None) -> int:
    return override or ROW_GROUP_ROWS.get(table, DEFAULT_ROW_GROUP_ROWS)


def parquet_writer(path: Path, schema: pa.Schema) -> pq.ParquetWriter:
    return pq.ParquetWriter(str(path), schema, compression=COMPRESSION, use_dictionary=True,
                            write_statistics=True, store_schema=True)


class TableWriter:
    """Appends rows to one Parquet file, in row groups of exactly ``group_rows`` rows (the last may be short)."""

    def __init__(self, path: Path, schema: pa.Schema, group_rows: int):
        self.path = path
        self.schema = schema
        self.group_rows = group_rows
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.rows = 0
        self.closed = False
        path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = parquet_writer(path, schema)

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self.pending.append(table if table.schema.equals(self.schema) else table.cast(self.schema))
        self.pending_rows += table.num_rows
        self.rows += table.num_rows
        if self.pending_rows >= self.group_rows:
            rest = pa.concat_tables(self.pending)
            while rest.num_rows >= self.group_rows:
                self.write_group(rest.slice(0, self.group_rows))
                rest = rest.slice(self.group_rows)
            self.pending, self.pending_rows = ([rest], rest.num_rows) if rest.num_rows else ([], 0)

    def write_group(self, table: pa.Table) -> None:
        # One contiguous chunk per column, so the bytes do not depend on how the rows arrived.
        self.writer.write_table(table.combine_chunks(), row_group_size=table.num_rows)

    def close(self) -> None:
        if self.pending_rows:
            self.write_group(pa.concat_tables(self.pending))
            self.pending, self.pending_rows = [], 0
        self.writer.close()
        self.closed = True


class DatasetWriter:
    """The output folder of one run, written atomically.

    ``out`` may be a local folder or a URI (``s3://bucket/prefix``); a URI's
    files are written to a local staging folder and copied there through
    pyarrow's filesystems once every file is complete.
    """

    def __init__(self, out: str | Path, schema: Schema, run_metadata: dict[str, Any] | None = None,
                 group_rows: int | None = None):
        self.schema = schema
        self.group_rows = group_rows
        self.metadata = {b"etl.run": json.dumps(run_metadata or {}, sort_keys=True).encode()}
        self.remote: tuple[Any, str] | None = None
        self.out = local_path(out)
        if self.out is None:
            import pyarrow.fs as pafs

            try:
                self.remote = pafs.FileSystem.from_uri(str(out))
            except (pa.ArrowException, OSError) as exc:
                raise EtlError(f"{out}: cannot write there: {exc}") from None
            self.out = Path(tempfile.mkdtemp(prefix="etl-out-")) / "dataset"
        self.out.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.out)
        self.tmp = self.out.parent / f".{self.out.name}.tmp-{os.getpid()}"
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self.tmp.mkdir()
        self.tables: dict[str, TableWriter] = {}

    def table(self, name: str, arrow_schema: pa.Schema | None = None, file: str | None = None) -> TableWriter:
        """The writer of ``file`` (default ``NAME.parquet``) of table ``name``."""
        file = file or f"{name}.parquet"
        if file not in self.tables:
            schema = (arrow_schema or self.schema.arrow(name)).with_metadata(self.metadata)
            self.tables[file] = TableWriter(self.tmp / file, schema, row_group_rows(name, self.group_rows))
        return self.tables[file]

    def close_file(self, file: str) -> None:
        self.tables[file].close()

    def rename(self, file: str, new: str) -> None:
        """Give the closed ``file`` the name ``new`` (folders it leaves empty go)."""
        source, target = self.tmp / file, self.tmp / new
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
        if source.parent != self.tmp and not any(source.parent.iterdir()):
            source.parent.rmdir()
        if file in self.tables:
            self.tables[new] = self.tables.pop(file)
            self.tables[new].path = target

    def reuse(self, file: str, previous: str) -> bool:
        """Take ``previous`` (a file of the dataset being replaced) as ``file`` unchanged."""
        source = self.out / previous
        target = self.tmp / file
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            try:
                shutil.copyfile(source, target)
            except OSError:
                return False
        return True

    def commit(self) -> None:
        """Close every file and move the folder into place."""
        for writer in self.tables.values():
            if not writer.closed:
                writer.close()
        old = self.out.parent / f".{self.out.name}.old-{os.getpid()}"
        if self.out.exists():
            os.replace(self.out, old)
        os.replace(self.tmp, self.out)
        if old.exists():
            shutil.rmtree(old)
        if self.remote is not None:
            self.upload()

    def upload(self) -> None:
        import pyarrow.fs as pafs

        fs, path = self.remote
        try:
            fs.create_dir(path, recursive=True)
            fs.delete_dir_contents(path, missing_dir_ok=True)
            pafs.copy_files(str(self.out), path, source_filesystem=pafs.LocalFileSystem(),
                            destination_filesystem=fs)
        except (pa.ArrowException, OSError) as exc:
            raise EtlError(f"cannot copy the dataset to {path}: {exc}") from None
        finally:
            shutil.rmtree(self.out.parent, ignore_errors=True)

    def abort(self) -> None:
        for writer in self.tables.values():
            try:
                writer.writer.close()
            except Exception:
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)
        if self.remote is not None:
            shutil.rmtree(self.out.parent, ignore_errors=True)


def local_path(out: str | Path) -> Path | None:
    """``out`` as a local folder, or None when it is a URI of another filesystem."""
    text = str(out)
    scheme, sep, rest = text.partition("://")
    if not sep or not scheme.isalnum():
        return Path(out)
    if scheme == "file":
        import pyarrow.fs as pafs

        return Path(pafs.FileSystem.from_uri(text)[1])
    return None


def remove_stale_temporaries(out: Path) -> None:
    """Remove the temporary folders of runs that were killed (their process is gone)."""
    for path in out.parent.glob(f".{out.name}.tmp-*"):
        pid = path.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
