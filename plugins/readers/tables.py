"""Reader for tables of articles: JSON Lines, a JSON array, CSV/TSV and Parquet, one document per row.

Every format is read a record at a time from a stream (Parquet a row group
at a time, its needed columns only), so a file of millions of articles never
stands whole in memory. Field names are recognised as news exports and
datasets write them (:mod:`etl_plugins.readers.records`); ``fields`` maps
others. One bad record (bad JSON, not an object, no text) is one error row
naming its line, and the rest of the file is read.

Options (``[plugins.tables]``): ``fields``, a table like the run's
``fields`` (``{ text = "body" }``), which the run's ``--field`` overrides.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from typing import IO, Any, Callable, Iterator

import etl
from etl.errors import InputError
from etl.model import Document
from etl_plugins.readers.records import FieldFinder, check_mapping, record_documents
from etl_plugins.readers.streams import has_no_suffix, seekable, wrapped

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv",
           ".parquet": "parquet"}
SUFFIXES = tuple(FORMATS)
JSON_CHUNK = 1 << 20

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a field may hold a whole web page

_mapping: dict[str, str] = {}


@etl.hookimpl
def etl_configure(options: dict[str, Any], fields: dict[str, str]) -> None:
    global _mapping
    unknown = sorted(set(options) - {"fields"})
    if unknown:
        raise ValueError(f"unknown option {unknown[0]!r} (known: fields)")
    _mapping = {**check_mapping(options.get("fields", {}), "fields"), **check_mapping(fields, "--field")}


@etl.hookimpl
def etl_read_suffixes() -> list[str]:
    return list(SUFFIXES)


@etl.hookimpl(tryfirst=True)
def etl_read(source: str, head: bytes, stream: IO[bytes], read: Callable[[str, bytes], Iterator[Document]],
             error: Callable[[str], None]) -> Iterator[Document] | None:
    kind = format_of(source, head)
    if kind is None:
        return None
    finder = FieldFinder(_mapping)
    rows = READERS[kind](stream, error)
    return documents(rows, source, finder, read, error)


@etl.hookimpl
def etl_next_record(source: str, head: bytes, stream: IO[bytes], offset: int) -> int | None:
    """JSON Lines are cut at line ends (a line end inside a JSON string is written ``\\n``), so a
    large file is read in pieces on several cores; the other formats are read whole."""
    if format_of(source, head) != "jsonl":
        return None
    stream.seek(offset - 1)
    at = offset - 1
    while chunk := stream.read(1 << 16):
        end = chunk.find(b"\n")
        if end >= 0:
            return at + end + 1
        at += len(chunk)
    return at


def format_of(source: str, head: bytes) -> str | None:
    """The table format by suffix; a file with no suffix by its first bytes (``PAR1``, ``{``, ``[``)."""
    if wrapped(head):  # `news.jsonl` that is gzipped: the compressed reader hands its body back
        return None
    lower = source.lower()
    for suffix, kind in FORMATS.items():
        if lower.endswith(suffix):
            return kind
    if head.startswith(b"PAR1"):
        return "parquet"
    if has_no_suffix(source):
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        return {b"{": "jsonl", b"[": "json"}.get(first)
    return None


def documents(rows: Iterator[tuple[str, Any]], source: str, finder: FieldFinder,
              read: Callable[[str, bytes], Iterator[Document]], error: Callable[[str], None]) -> Iterator[Document]:
    for where, record in rows:
        yield from record_documents(record, source, where, finder, read, error)


def jsonl_rows(stream: IO[bytes], error: Callable[[str], None]) -> Iterator[tuple[str, Any]]:
    """Each line's JSON value; a line that is not JSON is an error row, and reading goes on."""
    for number, line in enumerate(stream, 1):
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        line = line.rstrip(b"\r\n")
        if not line.strip():
            continue
        try:
            yield f"line {number}", json.loads(line)
        except UnicodeDecodeError as exc:
            error(f"line {number}: not UTF-8 (undecodable byte at column {exc.start + 1})")
        except json.JSONDecodeError as exc:
            error(f"line {number}: not valid JSON ({exc.msg}, column {exc.colno})")


def json_rows(stream: IO[bytes], error: Callable[[str], None]) -> Iterator[tuple[str, Any]]:
    """The items of a JSON array, decoded one at a time from a window over the stream; a lone object is one item."""
    decoder = json.JSONDecoder()
    text = io.TextIOWrapper(stream, encoding="utf-8-sig")
    buffer, at = "", 0

    def fill(size: int = JSON_CHUNK) -> bool:
        nonlocal buffer, at
        chunk = read_text(text, size)
        buffer, at = buffer[at:] + chunk, 0
        return bool(chunk)

    def skip(chars: str) -> None:
        nonlocal at
        while True:
            while at < len(buffer) and buffer[at] in chars:
                at += 1
            if at < len(buffer) or not fill():
                return

    skip(" \t\r\n")
    if at >= len(buffer):
        raise InputError("the file is empty")
    if buffer[at] != "[":
        while fill():
            pass
        try:
            yield "the object", json.loads(buffer[at:])
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
        return
    at += 1
    item = 0
    while True:
        skip(" \t\r\n")
        if at < len(buffer) and buffer[at] == "]":
            return
        item += 1
        while True:
            try:
                value, end = decoder.raw_decode(buffer, at)
                break
            except json.JSONDecodeError as exc:
                # An item longer than the window: read as much again, so that a long item is parsed
                # a few times, not once per megabyte.
                if not fill(max(JSON_CHUNK, len(buffer) - at)):  # the rest did not parse: broken from here on
                    raise InputError(f"item {item}: not valid JSON ({exc.msg}); the items before it are read")
        at = end
        yield f"item {item}", value
        skip(" \t\r\n")
        if at < len(buffer) and buffer[at] == ",":
            at += 1
        elif at < len(buffer) and buffer[at] != "]":
            raise InputError(f"item {item}: not followed by a comma or the array's end")
        elif at >= len(buffer):
            raise InputError(f"item {item}: the array is cut off after it (no closing ])")


def read_text(text: io.TextIOWrapper, size: int = JSON_CHUNK) -> str:
    try:
        return text.read(size)
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (undecodable byte {exc.object[exc.start:exc.start + 1]!r})") from None


def csv_rows(stream: IO[bytes], error: Callable[[str], None], delimiter: str = ",") -> Iterator[tuple[str, Any]]:
    """Each row as a dict of the header's names; a row with more fields than the header is an error row."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    reader = csv.reader(text, delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None:
            raise InputError("the file is empty")
        names = [h.strip() for h in header]
        line = reader.line_num + 1
        for row in reader:
            where = f"line {line}"
            line = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(names):
                error(f"{where}: {len(row)} fields where the header names {len(names)}")
                continue
            yield where, dict(zip(names, row))
    except UnicodeDecodeError as exc:
        raise InputError(f"line {reader.line_num + 1}: not UTF-8 text (undecodable byte "
                         f"{exc.object[exc.start:exc.start + 1]!r}); convert it with `iconv -t utf-8`") from None
    except csv.Error as exc:
        raise InputError(f"line {reader.line_num}: not valid CSV ({exc})") from None


def tsv_rows(stream: IO[bytes], error: Callable[[str], None]) -> Iterator[tuple[str, Any]]:
    return csv_rows(stream, error, delimiter="\t")


def parquet_rows(stream: IO[bytes], error: Callable[[str], None]) -> Iterator[tuple[str, Any]]:
    """Each row, a row group at a time, with only the columns documents are made from."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        file = pq.ParquetFile(seekable(stream))
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"not a readable Parquet file ({exc})") from None
    columns = FieldFinder(_mapping).wanted_columns(file.schema_arrow.names)
    row = 0
    try:
        for group in range(file.num_row_groups):
            table = file.read_row_group(group, columns=columns)
            for batch in table.to_batches(max_chunksize=1024):
                for record in batch.to_pylist():
                    row += 1
                    yield f"row {row}", record
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"row {row + 1}: cannot read the Parquet data ({exc})") from None


READERS: dict[str, Callable[[IO[bytes], Callable[[str], None]], Iterator[tuple[str, Any]]]] = {
    "jsonl": jsonl_rows, "json": json_rows, "csv": csv_rows, "tsv": tsv_rows, "parquet": parquet_rows,
}
