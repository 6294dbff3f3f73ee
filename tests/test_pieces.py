"""A large JSON Lines or WARC file is read in pieces (``etl.pieces``), each a unit of work and of the
cache, so that one file spreads over the workers. What comes out is what reading it whole gives,
but for the ids of documents after the first piece.

``PIECE_BYTES`` is lowered so that files of a few dozen documents make many pieces.
"""
from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from articles import ARTICLES, READERS, as_html, body, jsonl, said, warc  # noqa: E402

import etl.pieces  # noqa: E402
import etl.runner  # noqa: E402
from etl.config import ProjectConfig, build_host  # noqa: E402
from etl.runner import run  # noqa: E402
from etl.testing import read_dataset  # noqa: E402

PIECE = 4096


def host():
    return build_host(ProjectConfig(load=[*READERS, "segmenter", "speakers"]))


def build(source: Path, out: Path, jobs: int = 1, cache: Path | None = None):
    summary = run(host(), [str(source)], out, jobs=jobs, cache_dir=cache or out.with_name(out.name + "-cache"))
    return summary, read_dataset(out)


@pytest.fixture
def units(monkeypatch):
    """The units each batch was given, in this process (``--jobs 1``)."""
    seen: list[list[str]] = []
    process = etl.runner.process_batch

    def spy(host, schema, sources, *args, **kwargs):
        seen.append(list(sources))
        return process(host, schema, sources, *args, **kwargs)

    monkeypatch.setattr(etl.runner, "process_batch", spy)
    return seen


def pages(n: int, extra: bytes = b"") -> list[tuple[str, str, bytes, str | None]]:
    return [(f"https://news.example.com/{i}.html", "text/html",
             as_html({**ARTICLES[i % 2], "title": f"{ARTICLES[i % 2]['title']} ({i})"}).encode() + extra,
             "2024-03-12T09:30:00Z") for i in range(n)]


def articles(n: int, bad: int | None = None) -> bytes:
    rows = jsonl([{"id": f"a{i}", "title": f"Story {i}", "text": f"Story {i}\n\n{body(ARTICLES[i % 2])}"}
                  for i in range(n)])
    if bad is None:
        return rows
    lines = rows.splitlines(keepends=True)
    lines[bad] = b'{"id": "broken", "text": \n'
    return b"".join(lines)


def whole_and_pieces(monkeypatch, source: Path, tmp_path: Path, jobs: int = 1):
    monkeypatch.setattr(etl.pieces, "PIECE_BYTES", 1 << 30)
    _, whole = build(source, tmp_path / "whole", jobs)
    monkeypatch.setattr(etl.pieces, "PIECE_BYTES", PIECE)
    summary, cut = build(source, tmp_path / "pieces", jobs)
    return whole, cut, summary


def test_a_warc_read_in_pieces_gives_the_documents_and_statements_of_one_read_whole(tmp_path, monkeypatch, units):
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc(pages(60)))
    assert crawl.stat().st_size > 8 * PIECE
    whole, cut, summary = whole_and_pieces(monkeypatch, crawl, tmp_path)
    read = [u for batch in units for u in batch]
    assert read[0] == str(crawl)  # read whole, the first time
    assert len(read) - 1 == -(-crawl.stat().st_size // PIECE)  # then one unit per piece
    assert all(len(batch) == 1 for batch in units[1:])  # each piece in a batch of its own: spread over workers
    assert (summary.sources, summary.computed) == (1, 1)
    for table in ("documents", "statements"):
        assert cut[table].num_rows == whole[table].num_rows > 0
    for column in ("source", "url", "title", "published_at", "text"):
        assert cut["documents"][column].equals(whole["documents"][column])
    assert said(cut) == said(whole)
    assert cut["speakers"].drop_columns(["first_seen", "last_seen"]).equals(
        whole["speakers"].drop_columns(["first_seen", "last_seen"]))
    # The first piece's ids are those of the file read whole; the others' count from their piece's start.
    ids, whole_ids = cut["documents"]["doc_id"].to_pylist(), whole["documents"]["doc_id"].to_pylist()
    assert ids[0] == whole_ids[0] and len(set(ids)) == len(ids) and ids != whole_ids
    assert cut["errors"].num_rows == whole["errors"].num_rows == 0


def test_pieces_give_the_same_bytes_on_one_core_and_on_two(tmp_path, monkeypatch):
    monkeypatch.setattr(etl.pieces, "PIECE_BYTES", PIECE)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "crawl.warc.gz").write_bytes(warc(pages(40)))
    (folder / "news.jsonl").write_bytes(articles(80, bad=33))
    (folder / "small.html").write_text(as_html(ARTICLES[0]))
    build(folder, tmp_path / "one", jobs=1)
    build(folder, tmp_path / "two", jobs=2)
    for name in ("documents.parquet", "statements.parquet", "speakers.parquet", "errors.parquet"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_a_json_lines_file_read_in_pieces_names_the_bytes_of_a_bad_line(tmp_path, monkeypatch):
    news = tmp_path / "news.jsonl"
    news.write_bytes(articles(120, bad=70))
    whole, cut, _ = whole_and_pieces(monkeypatch, news, tmp_path)
    assert said(cut) == said(whole)
    assert cut["documents"]["title"].to_pylist() == whole["documents"]["title"].to_pylist()
    assert whole["errors"]["message"].to_pylist() == ["line 71: not valid JSON (Expecting value, column 26)"]
    (error,) = cut["errors"].to_pylist()
    assert (error["source"], error["stage"], error["plugin"]) == ("news.jsonl", "read", "tables")
    # The piece's bytes, and the line counted from the piece's start.
    data = news.read_bytes()
    bad = data.index(b'{"id": "broken"')
    starts = [0] + [data.index(b"\n", k * PIECE - 1) + 1 for k in range(1, -(-len(data) // PIECE))] + [len(data)]
    start, end = next((a, b) for a, b in zip(starts, starts[1:]) if a <= bad < b)
    line = data[start:bad].count(b"\n") + 1
    assert error["message"] == f"bytes {start:,}\u2013{end:,}: line {line}: not valid JSON (Expecting value, column 26)"
    assert line < 71


def test_a_grown_file_is_read_again_from_its_last_piece_only(tmp_path, monkeypatch, units):
    monkeypatch.setattr(etl.pieces, "PIECE_BYTES", PIECE)
    news = tmp_path / "news.jsonl"
    news.write_bytes(articles(100))
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(news, out, cache=cache)
    n_pieces = len(units)
    assert n_pieces > 4
    units.clear()
    build(news, out, cache=cache)
    assert units == []  # unchanged: nothing read
    stat = news.stat()  # a new time, the same bytes: each piece's key vouches for it
    os.utime(news, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    build(news, out, cache=cache)
    assert units == []
    grown = articles(100) + jsonl([{"id": "late", "text": "Late news\n\n" + body(ARTICLES[0])}])
    news.write_bytes(grown)
    _, tables = build(news, out, cache=cache)
    read = [u for batch in units for u in batch]
    last = etl.pieces.piece_name(str(news), n_pieces - 1)
    assert read and all(u >= last for u in read)  # the old last piece and those after it
    assert len(read) < n_pieces
    _, fresh = build(news, tmp_path / "fresh")
    for name in ("documents.parquet", "statements.parquet"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes()
    assert tables["documents"]["text"].to_pylist()[-1].startswith("Late news")


def test_a_warc_gzipped_as_one_stream_is_read_whole(tmp_path, monkeypatch, units):
    monkeypatch.setattr(etl.pieces, "PIECE_BYTES", 1024)
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(gzip.compress(warc(pages(30), gzip=False)))
    assert crawl.stat().st_size > 4 * 1024
    _, tables = build(crawl, tmp_path / "out")
    assert units == [[str(crawl)]]
    assert tables["documents"].num_rows == 30


def test_an_uncompressed_warc_is_cut_at_records_not_at_a_page_that_quotes_one(tmp_path, monkeypatch, units):
    # Each page quotes a WARC record's first line after a blank line, as a page about web archives would.
    quoting = b"<pre>\r\n\r\nWARC/1.0\r\nnot a record</pre>\n"
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(warc(pages(40, quoting), gzip=False))
    whole, cut, _ = whole_and_pieces(monkeypatch, crawl, tmp_path)
    assert len(units) > 4
    assert cut["documents"]["url"].to_pylist() == whole["documents"]["url"].to_pylist()
    assert said(cut) == said(whole)
    assert cut["errors"].num_rows == 0


def test_a_record_larger_than_a_piece_leaves_the_pieces_it_spans_empty(tmp_path, monkeypatch, units):
    big = "<p>" + "The committee met again on Tuesday. " * 2000 + "</p>"  # about 74 KB, many pieces long
    crawl = tmp_path / "crawl.warc"
    listing = pages(10)
    listing[4] = (listing[4][0], "text/html", listing[4][2].replace(b"</article>", big.encode() + b"</article>"),
                  None)
    crawl.write_bytes(warc(listing, gzip=False))
    whole, cut, _ = whole_and_pieces(monkeypatch, crawl, tmp_path)
    assert len(units) > 15
    assert cut["documents"]["url"].to_pylist() == whole["documents"]["url"].to_pylist()
    assert said(cut) == said(whole)
    assert cut["errors"].num_rows == 0


def test_a_large_file_no_reader_can_cut_is_read_whole(tmp_path, monkeypatch, units):
    monkeypatch.setattr(etl.pieces, "PIECE_BYTES", 1024)
    news = tmp_path / "news.jsonl.gz"  # one gzip stream: no point to start reading from but the first
    news.write_bytes(gzip.compress(articles(200)))
    table = tmp_path / "news.csv"
    table.write_text("title,text\n" + "".join(f'"Story {i}","{body(ARTICLES[i % 2])}"\n'.replace("\u201c", "'")
                                             .replace("\u201d", "'") for i in range(100)))
    assert news.stat().st_size > 2 * 1024 and table.stat().st_size > 2 * 1024
    for source in (news, table):
        units.clear()
        build(source, tmp_path / f"out-{source.suffix}")
        assert units == [[str(source)]]


def test_piece_names_sort_right_after_their_file(tmp_path):
    names = [etl.pieces.piece_name("a/crawl.warc.gz", k) for k in (0, 1, 12)]
    listing = sorted(["a/crawl.warc.gz.bak", "a/crawl.warc.gz-2", "a/crawl.warc", *names])
    assert listing == ["a/crawl.warc", *names, "a/crawl.warc.gz-2", "a/crawl.warc.gz.bak"]
    assert [etl.pieces.split_name(n) for n in names] == [("a/crawl.warc.gz", k) for k in (0, 1, 12)]
    assert etl.pieces.split_name("a/crawl.warc.gz") == ("a/crawl.warc.gz", None)
