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
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa
import pyarrow.parquet as pq

from etl.errors import EtlError
from etl.outdir import MARKER, marker_bytes
from etl.schema import Schema

#: Rows per row group. Documents carry their whole text, so theirs are fewer
#: to keep a row group's memory (and a reader's) in the tens of megabytes.
ROW_GROUP_ROWS = {"documents": 8 * 1024, "statements": 128 * 1024}
DEFAULT_ROW_GROUP_ROWS = 128 * 1024
COMPRESSION = "zstd"


def cannot_write(where: str | Path, exc: BaseException) -> EtlError:
    """A failed write (a full disk, a folder without permission) as one line naming the place."""
    return EtlError(f"{where}: cannot write the dataset ({reason_of(exc)}); free some space there or choose "
                    f"another --out")


def reason_of(exc: BaseException) -> str:
    """An OS or Arrow error's reason, in one line."""
    errno = re.search(r"\[errno (\d+)\]", str(exc))  # Arrow's wording of an OS error
    if errno:
        return os.strerror(int(errno.group(1)))
    if getattr(exc, "strerror", None):
        return exc.strerror
    lines = str(exc).strip().splitlines()
    return lines[-1] if lines else type(exc).__name__


def row_group_rows(table: str, override: int | None = None) -> int:
    return override or ROW_GROUP_ROWS.get(table, DEFAULT_ROW_GROUP_ROWS)


def parquet_writer(path: Path, schema: pa.Schema) -> pq.ParquetWriter:
    return pq.ParquetWriter(str(path), schema, compression=COMPRESSION, use_dictionary=True,
                            write_statistics=True, store_schema=True)


class TableWriter:
    """Appends rows to one Parquet file, in row groups of exactly ``group_rows`` rows (the last may be short)."""

    def __init__(self, path: Path, schema: pa.Schema, group_rows: int, where: str | Path = ""):
        self.path = path
        self.where = where or path
        self.schema = schema
        self.group_rows = group_rows
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.rows = 0
        self.closed = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.writer = parquet_writer(path, schema)
        except (OSError, pa.ArrowException) as exc:
            raise cannot_write(self.where, exc) from None

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        try:
            self.append(table)
        except (OSError, pa.ArrowException) as exc:
            raise cannot_write(self.where, exc) from None

    def append(self, table: pa.Table) -> None:
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
        try:
            if self.pending_rows:
                self.write_group(pa.concat_tables(self.pending))
                self.pending, self.pending_rows = [], 0
            self.writer.close()
        except (OSError, pa.ArrowException) as exc:
            raise cannot_write(self.where, exc) from None
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
            check_remote(*self.remote, str(out))
            self.out = Path(tempfile.mkdtemp(prefix="etl-out-")) / "dataset"
        self.shown = str(out)
        self.tmp = self.out.parent / f".{self.out.name}.tmp-{os.getpid()}"
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            if self.tmp.exists():
                shutil.rmtree(self.tmp)
            self.tmp.mkdir()
            # Marked from the start, so that what is written of the folder before it is moved in (its
            # checksums among them) knows it as the dataset it will be.
            (self.tmp / MARKER).write_bytes(marker_bytes())
        except OSError as exc:
            raise EtlError(f"{out}: cannot write there ({exc.strerror}); choose an --out in a folder "
                           f"you can write to") from None
        self.tables: dict[str, TableWriter] = {}

    def table(self, name: str, arrow_schema: pa.Schema | None = None, file: str | None = None) -> TableWriter:
        """The writer of ``file`` (default ``NAME.parquet``) of table ``name``."""
        file = file or f"{name}.parquet"
        if file not in self.tables:
            schema = (arrow_schema or self.schema.arrow(name)).with_metadata(self.metadata)
            self.tables[file] = TableWriter(self.tmp / file, schema, row_group_rows(name, self.group_rows),
                                            self.shown)
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

    def rewrite(self, file: str, table: str, change: Callable[[pa.Table, int], pa.Table]) -> None:
        """Write the closed ``file`` of ``table`` again, each row group through ``change(rows, first_row)``.

        The rows keep their number and order and the file is written as the
        writer writes every file, so its bytes depend on its rows alone, as if
        written so at first. A file taken over from the previous dataset
        (a hard link to it) is replaced, never changed in place.
        """
        path = self.tmp / file
        new_path = path.with_name(path.name + ".new")
        schema = self.schema.arrow(table).with_metadata(self.metadata)
        try:
            source = pq.ParquetFile(path)
            new = TableWriter(new_path, schema, row_group_rows(table, self.group_rows), self.shown)
            first = 0
            for group in range(source.num_row_groups):
                rows = source.read_row_group(group)
                new.write(change(rows, first))
                first += rows.num_rows
            new.close()
            source.close()
            os.replace(new_path, path)
        except (OSError, pa.ArrowException) as exc:
            raise cannot_write(self.shown, exc) from None
        new.path = path
        self.tables[file] = new

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
        """Close every file and move the folder, marked as a dataset, into place."""
        for writer in self.tables.values():
            if not writer.closed:
                writer.close()
        old = self.out.parent / f".{self.out.name}.old-{os.getpid()}"
        try:
            if self.out.exists():
                os.replace(self.out, old)
            os.replace(self.tmp, self.out)
        except OSError as exc:
            if old.exists() and not self.out.exists():
                os.replace(old, self.out)  # the previous dataset stays in place
            raise cannot_write(self.shown, exc) from None
        shutil.rmtree(old, ignore_errors=True)
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


def check_remote(fs: Any, path: str, shown: str) -> None:
    """Refuse a remote ``--out`` that holds files but no dataset ``etl`` wrote (it is replaced whole)."""
    import pyarrow.fs as pafs

    try:
        info = fs.get_file_info(path)
        if info.type == pafs.FileType.NotFound:
            return
        if info.type != pafs.FileType.Directory:
            raise EtlError(f"--out {shown} is a file; name a folder for the dataset")
        entries = fs.get_file_info(pafs.FileSelector(path))
    except (pa.ArrowException, OSError) as exc:
        raise EtlError(f"{shown}: cannot list it: {exc}") from None
    names = {Path(e.path).name for e in entries}
    if names and MARKER not in names:
        raise EtlError(f"--out {shown} is not empty and holds no dataset written by etl (no {MARKER} file); "
                       f"etl run replaces --out whole: empty it, or name a new folder")
