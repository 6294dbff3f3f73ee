"""``etl validate DIR``: whether a dataset is what its metadata says, and keeps its own promises.

Checked, each problem reported as one line naming the file, column and row:

- every file against ``SHA256SUMS`` and ``datapackage.json`` (size, sha256, rows), and no file missing;
- every table against the declared contract: column names and types (the core's, from
  :mod:`etl.schema`, and the plugins', as ``datapackage.json`` records them), required columns not null;
- primary keys unique, foreign keys resolved, offsets true
  (``documents.text[char_start:char_end] == statements.text``);
- the card's counts against the tables.

The tables are read by DuckDB, which streams them a row group at a time; the
offsets are checked part by part (a part's statements refer to its own
documents), so memory stays flat however large the dataset.
"""
from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from etl.errors import EtlError
from etl.publish.contract import FOREIGN_KEYS, PRIMARY_KEYS, REQUIRED
from etl.publish.facts import TABLES, file_digest, sql_list, table_files

#: At most this many lines per check: the rest are counted.
SHOWN = 20
MEMORY_LIMIT = "512MB"


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0

    def add(self, line: str) -> None:
        self.problems.append(line)

    def add_many(self, lines: Iterable[str], total: int, what: str) -> None:
        lines = list(lines)
        self.problems.extend(lines)
        if total > len(lines):
            self.problems.append(f"{what}: and {total - len(lines)} more like these")

    def summary(self, folder: Path) -> str:
        counts = ", ".join(f"{n} {t}" for t, n in self.rows.items())
        return f"{folder}: valid ({counts}; {self.files} files match their checksums)"


def validate(folder: Path | str) -> Report:
    folder = Path(folder)
    if not folder.is_dir():
        raise EtlError(f"{folder}: no such dataset folder")
    report = Report()
    files = {t: table_files(folder, t) for t in TABLES}
    for table in ("documents", "statements", "speakers"):
        if not files[table]:
            raise EtlError(f"{folder}: no {table}.parquet; is this a dataset built by `etl run`?")
    package = read_json(folder, "datapackage.json", report)
    check_checksums(folder, report)
    check_package_files(folder, package, report)
    readable = check_contract(folder, files, package, report)
    if readable:
        check_tables(folder, files, report)
        check_card(folder, report)
    return report


def read_json(folder: Path, name: str, report: Report) -> dict[str, Any]:
    path = folder / name
    if not path.exists():
        report.add(f"{name}: missing (write it with `etl publish {folder}`)")
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        report.add(f"{name}: not valid JSON: {exc}")
        return {}


# -- files -------------------------------------------------------------------------
def check_checksums(folder: Path, report: Report) -> None:
    from etl.publish.checksums import SUMS, dataset_files, read_sums

    if not (folder / SUMS).exists():
        report.add(f"{SUMS}: missing (write it with `etl publish {folder}`)")
        return
    sums = read_sums(folder)
    present = set(dataset_files(folder))
    for name, sha in sorted(sums.items()):
        if name not in present:
            report.add(f"{name}: listed in {SUMS} but missing")
            continue
        if file_digest(folder / name)[1] != sha:
            report.add(f"{name}: sha256 differs from {SUMS}: the file changed after the dataset was written")
    for name in sorted(present - set(sums)):
        report.add(f"{name}: not listed in {SUMS}")
    report.files = len(sums)


def check_package_files(folder: Path, package: dict[str, Any], report: Report) -> None:
    """Each resource's files against the sizes, hashes and row counts ``datapackage.json`` gives."""
    import pyarrow.parquet as pq

    for resource in package.get("resources", []):
        name = resource.get("name", "?")
        entries = resource.get("parts") or [{"path": resource.get("path"), "bytes": resource.get("bytes"),
                                             "hash": resource.get("hash"), "rows": resource.get("rows")}]
        for entry in entries:
            path = folder / str(entry.get("path"))
            if not path.is_file():
                report.add(f"{entry.get('path')}: table {name}: in datapackage.json but missing")
                continue
            size, sha = file_digest(path)
            if entry.get("bytes") is not None and entry["bytes"] != size:
                report.add(f"{entry['path']}: table {name}: {size} bytes, datapackage.json says {entry['bytes']}")
            if entry.get("hash") and entry["hash"].removeprefix("sha256:") != sha:
                report.add(f"{entry['path']}: table {name}: sha256 differs from datapackage.json")
            try:
                rows = pq.ParquetFile(path).metadata.num_rows
            except Exception:  # noqa: BLE001 - reported by the contract check, with the reason
                continue
            if entry.get("rows") is not None and entry["rows"] != rows:
                report.add(f"{entry['path']}: table {name}: {rows} rows, datapackage.json says {entry['rows']}")


# -- the contract ----------------------------------------------------------------------
def declared(package: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """(column, Arrow type) of every table: the core's columns, and the plugins' as the package records them."""
    from etl.schema import CORE_COLUMNS, ERROR_COLUMNS

    columns: dict[str, list[tuple[str, str]]] = {t: [] for t in TABLES}
    for col in [*CORE_COLUMNS, *ERROR_COLUMNS]:
        columns[col.table].append((col.name, str(col.type)))
    for resource in package.get("resources", []):
        fields = resource.get("schema", {}).get("fields", [])
        if resource.get("name") in columns and fields and all("arrowType" in f for f in fields):
            core = dict(columns[resource["name"]])  # the core's own declaration wins over the package's
            columns[resource["name"]] = [(f["name"], core.get(f["name"], f["arrowType"])) for f in fields]
    return columns


def check_contract(folder: Path, files: dict[str, list[str]], package: dict[str, Any], report: Report) -> bool:
    """Every file's columns against the declared ones; False when a file cannot be read at all."""
    import pyarrow.parquet as pq

    contract = declared(package)
    # Without the package, only the core's columns are known: the plugins' are not called undeclared.
    listed = {r.get("name") for r in package.get("resources", [])}
    readable = True
    for table, names in files.items():
        want = contract[table]
        for name in names:
            try:
                schema = pq.read_schema(folder / name)
            except Exception as exc:  # noqa: BLE001 - any reason a file is not Parquet is reported
                report.add(f"{name}: not a readable Parquet file: {str(exc).splitlines()[0]}")
                readable = False
                continue
            have = {f.name: str(f.type) for f in schema}
            for column, type_ in want:
                if column not in have:
                    report.add(f"{name}: column {column}: missing (declared {type_})")
                elif same_type(have[column]) != same_type(type_):
                    report.add(f"{name}: column {column}: type {have[column]}, declared {type_}")
            for column in have if table in listed else ():
                if column not in dict(want):
                    report.add(f"{name}: column {column}: not declared")
    return readable


def same_type(type_: str) -> str:
    """An Arrow type as Parquet keeps it: timestamps in any unit, list items under any name."""
    return re.sub(r"list<[\w.]+: ", "list<", re.sub(r"timestamp\[\w+(, |\])", r"timestamp[\1", type_))


# -- the rows -----------------------------------------------------------------------------
def check_tables(folder: Path, files: dict[str, list[str]], report: Report) -> None:
    import duckdb

    spill = tempfile.mkdtemp(prefix="etl-validate-")
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    # Keys of 10 million statements would take DuckDB past a gigabyte: it spills to disk beyond this.
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    con.execute("SET preserve_insertion_order = false")
    con.execute(f"SET temp_directory = '{spill}'")
    try:
        for table, names in files.items():
            if names:
                con.execute(f"CREATE VIEW {table} AS SELECT *, parse_filename(filename, false, 'system') AS _file, "
                            f"file_row_number AS _row FROM read_parquet({sql_list(folder, names)}, "
                            f"filename = true, file_row_number = true)")
                report.rows[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        base = {t: {Path(folder / n).name: n for n in names} for t, names in files.items()}

        def where(table: str, file: str) -> str:
            return base[table].get(file, file)

        for table, columns in REQUIRED.items():
            if table not in report.rows:
                continue
            for column in columns:
                found = con.execute(f"SELECT _file, _row FROM {table} WHERE {column} IS NULL ORDER BY _file, _row "
                                    f"LIMIT {SHOWN}").fetchall()
                if found:
                    total = con.execute(f"SELECT count(*) FROM {table} WHERE {column} IS NULL").fetchone()[0]
                    report.add_many((f"{where(table, f)}: column {column}: row {r}: null, but required"
                                     for f, r in found), total, f"{table}.{column}")
        for table, key in PRIMARY_KEYS.items():
            if not con.execute(f"SELECT 1 FROM {table} GROUP BY {key} HAVING count(*) > 1 LIMIT 1").fetchall():
                continue  # the common case, told by one aggregate; the rows are found only when needed
            dupes = (f"SELECT _file, _row, {key} FROM (SELECT _file, _row, {key}, "
                     f"count(*) OVER (PARTITION BY {key}) AS n FROM {table} WHERE {key} IS NOT NULL) WHERE n > 1")
            found = con.execute(f"{dupes} ORDER BY {key}, _file, _row LIMIT {SHOWN}").fetchall()
            if found:
                total = con.execute(f"SELECT count(*) FROM ({dupes})").fetchone()[0]
                report.add_many((f"{where(table, f)}: column {key}: row {r}: {v!r} is not unique" for f, r, v in found),
                                total, f"{table}.{key}")
        for (table, column), (target, target_column) in FOREIGN_KEYS.items():
            orphans = (f"SELECT s._file, s._row, s.{column} FROM {table} s ANTI JOIN {target} t "
                       f"ON s.{column} = t.{target_column} WHERE s.{column} IS NOT NULL")
            found = con.execute(f"{orphans} ORDER BY s._file, s._row LIMIT {SHOWN}").fetchall()
            if found:
                total = con.execute(f"SELECT count(*) FROM ({orphans})").fetchone()[0]
                report.add_many((f"{where(table, f)}: column {column}: row {r}: {v!r} is not in "
                                 f"{target}.{target_column}" for f, r, v in found), total, f"{table}.{column}")
        check_offsets(con, folder, files, report)
    except duckdb.Error as exc:
        report.add(f"{folder}: the tables cannot be read: {str(exc).splitlines()[0]}")
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)


def check_offsets(con: Any, folder: Path, files: dict[str, list[str]], report: Report) -> None:
    """``documents.text[char_start:char_end] == statements.text``, one part's files at a time."""
    pairs = list(zip(files["documents"], files["statements"])) if len(files["documents"]) == len(files["statements"]) \
        else [(None, None)]
    problems: list[str] = []
    total = 0
    for documents, statements in pairs:
        docs = f"read_parquet({sql_list(folder, [documents])})" if documents else "documents"
        stmts = (f"read_parquet({sql_list(folder, [statements])}, file_row_number = true)" if statements else
                 "(SELECT * EXCLUDE (_file), _row AS file_row_number FROM statements)")
        wrong = (f"SELECT s.file_row_number, s.char_start, s.char_end FROM {stmts} s JOIN {docs} d USING (doc_id) "
                 f"WHERE s.char_start < 0 OR s.char_end < s.char_start OR s.char_end > length(d.text) "
                 f"OR substring(d.text, s.char_start + 1, s.char_end - s.char_start) IS DISTINCT FROM s.text")
        found = con.execute(wrong).fetchall()  # one pass over the part: wrong rows are few, or the part is lost
        total += len(found)
        for r, a, b in sorted(found)[:max(0, SHOWN - len(problems))]:
            problems.append(f"{statements or 'statements'}: column text: row {r}: is not documents.text[{a}:{b}]")
    report.add_many(problems, total, "statements.text")


# -- the card ----------------------------------------------------------------------------------
def check_card(folder: Path, report: Report) -> None:
    from etl.publish.card import card_counts

    path = folder / "README.md"
    if not path.exists():
        report.add(f"README.md: missing (write it with `etl publish {folder}`)")
        return
    stated = card_counts(path.read_text(encoding="utf-8"))
    for table, rows in report.rows.items():
        if table not in stated:
            report.add(f"README.md: states no row count for {table}")
        elif stated[table] != rows:
            report.add(f"README.md: says {table} has {stated[table]} rows; it has {rows}")
