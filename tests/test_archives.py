"""Compressed files, archives and web archives: each member read by the reader of its own name, as a stream."""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import sys
import tarfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from articles import ARTICLES, as_html, as_text, body, build, errors, jsonl, said, warc  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def many_rows(n: int) -> bytes:
    return jsonl([{"id": f"a{i}", "title": f"Story {i}", "text": f"Story {i}\n\n{body(ARTICLES[i % 2])}"}
                  for i in range(n)])


def sources_of(tables) -> list[str]:
    return tables["documents"]["source"].to_pylist()


def test_gzipped_jsonl_is_read_as_jsonl_under_its_own_name(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl([{"title": a["title"], "text": body(a), "url": a["url"]}
                                          for a in ARTICLES])))
    tables = build([path], tmp_path)
    assert errors(tables) == []
    assert sources_of(tables) == [path.name] * 2
    assert tables["documents"]["url"].to_pylist() == [a["url"] for a in ARTICLES]
    assert tables["documents"]["format"].to_pylist() == ["tables", "tables"]


@pytest.mark.parametrize("suffix, compress", [
    (".bz2", bz2.compress), (".xz", lzma.compress),
    (".zst", lambda data: __import__("zstandard").ZstdCompressor().compress(data)),
])
def test_bz2_xz_and_zstd_around_a_text_file(tmp_path, suffix, compress):
    path = tmp_path / f"{ARTICLES[0]['id']}.txt{suffix}"
    path.write_bytes(compress(as_text(ARTICLES[0]).encode()))
    tables = build([path], tmp_path)
    assert errors(tables) == [] and sources_of(tables) == [path.name]
    assert tables["documents"]["title"].to_pylist() == [ARTICLES[0]["title"]]


def test_a_gzip_file_whose_name_does_not_say_so_is_recognised_by_its_magic_number(tmp_path):
    path = tmp_path / "export.jsonl"  # a download left compressed
    path.write_bytes(gzip.compress(many_rows(3)))
    tables = build([path], tmp_path)
    assert errors(tables) == [] and tables["documents"].num_rows == 3


def test_a_truncated_gzip_keeps_the_rows_before_the_damage_and_is_one_error_row(tmp_path):
    whole = gzip.compress(many_rows(400))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[:len(whole) // 2])
    tables = build([path], tmp_path)
    [error] = errors(tables)
    assert error["source"] == path.name and error["stage"] == "read"
    assert error["message"].startswith("the gzip data is truncated or corrupt")
    assert 50 < tables["documents"].num_rows < 400


def test_a_truncated_zstd_file_is_an_error_not_a_short_read(tmp_path):
    import zstandard

    whole = zstandard.ZstdCompressor().compress(as_text(ARTICLES[0]).encode() * 50)
    path = tmp_path / "cut.txt.zst"
    path.write_bytes(whole[:len(whole) // 2])
    tables = build([path], tmp_path)
    [error] = errors(tables)
    assert "the zstd data is truncated or corrupt" in error["message"]


def write_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_a_zip_of_mixed_files_reads_each_member_by_its_own_name(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as nested:
        nested.writestr("deep/story.txt", as_text(ARTICLES[1]))
    path = tmp_path / "bundle.zip"
    write_zip(path, {
        "2024/rail-yard.txt": as_text(ARTICLES[0]).encode(),
        "2023/gas-talks.html": as_html(ARTICLES[1]).encode(),
        "feeds/news.jsonl": jsonl([{"text": body(ARTICLES[0]), "title": "From the feed"}]),
        "images/chart.png": PNG,
        "older.zip": inner.getvalue(),
        "__MACOSX/2024/._rail-yard.txt": b"\x00\x05\x16\x07",
    })
    tables = build([path], tmp_path)
    assert sorted(sources_of(tables)) == sorted([f"{path.name}/2024/rail-yard.txt", f"{path.name}/2023/gas-talks.html",
                                                 f"{path.name}/feeds/news.jsonl", f"{path.name}/older.zip/deep/story.txt"])
    formats = dict(zip(sources_of(tables), tables["documents"]["format"].to_pylist()))
    assert formats[f"{path.name}/2023/gas-talks.html"] == "html" and formats[f"{path.name}/2024/rail-yard.txt"] == "text"
    [error] = errors(tables)  # the picture, named, and the rest read
    assert error["source"] == path.name and error["message"].startswith("images/chart.png: no reader claims")


def test_a_corrupt_zip_is_one_error_row_and_the_run_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(as_text(ARTICLES[0]), encoding="utf-8")
    bad = tmp_path / "broken.zip"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    tables = build([bad, good], tmp_path)
    [error] = errors(tables)
    assert error["source"] == bad.name and error["plugin"] == "archives"
    assert error["message"].startswith("not a readable zip archive")
    assert sources_of(tables) == [good.name]


def test_a_zip_member_that_decompresses_beyond_the_limit_is_stopped(tmp_path):
    path = tmp_path / "bomb.zip"
    write_zip(path, {"small.txt": as_text(ARTICLES[0]).encode(), "huge.txt": b"A" * 5_000_000})
    tables = build([path], tmp_path, options={"archives": {"max_bytes": 1_000_000}})
    [error] = errors(tables)
    assert error["message"] == ("huge.txt: decompresses to more than 1,000,000 bytes, the limit against "
                                "decompression bombs; raise it with max_bytes in the plugin's options if the "
                                "file is genuine")
    assert sources_of(tables) == [f"{path.name}/small.txt"]


def test_a_bad_max_bytes_option_stops_the_run_before_reading(cli, tmp_path):
    config = tmp_path / "etl.toml"
    config.write_text('[plugins.compressed]\nmax_bytes = "lots"\n')
    (tmp_path / "a.txt").write_text(as_text(ARTICLES[0]))
    result = cli(["run", tmp_path / "a.txt", "--out", tmp_path / "ds", "--config", config])
    assert result.exit_code == 1
    assert "plugin 'compressed': rejects its options: max_bytes must be a positive whole number" in result.output


def test_a_tar_gz_of_articles_and_a_truncated_tar(tmp_path):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for a in ARTICLES:
            data = as_text(a).encode()
            info = tarfile.TarInfo(f"./stories/{a['id']}.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    path = tmp_path / "stories.tgz"
    path.write_bytes(buffer.getvalue())
    tables = build([path], tmp_path / "a")
    assert errors(tables) == []
    assert sources_of(tables) == [f"{path.name}/stories/{a['id']}.txt" for a in ARTICLES]

    raw = gzip.decompress(buffer.getvalue())
    cut = tmp_path / "cut.tar"
    cut.write_bytes(raw[:512 + 300])  # the first member's header and part of its body
    tables = build([cut], tmp_path / "b")
    [error] = errors(tables)
    assert error["source"] == cut.name and "stories/rail-yard-2024-03-12.txt" in error["message"]


def test_containers_nested_too_deep_are_an_error_row(tmp_path):
    data = as_text(ARTICLES[0]).encode()
    name = "story.txt"
    for _ in range(10):
        data, name = gzip.compress(data), name + ".gz"
    path = tmp_path / name
    path.write_bytes(data)
    tables = build([path], tmp_path)
    [error] = errors(tables)
    assert "containers nest more than 8 deep" in error["message"] and tables["documents"].num_rows == 0


def test_a_warc_reads_html_responses_and_skips_the_rest(tmp_path):
    undated = dict(ARTICLES[1], title="Gas talks")
    pages = [
        (ARTICLES[0]["url"], "text/html; charset=utf-8", as_html(ARTICLES[0]).encode(), "2024-03-12T10:00:00Z"),
        ("https://news.example.com/chart.png", "image/png", PNG, "2024-03-12T10:00:01Z"),
        (ARTICLES[1]["url"], "application/xhtml+xml", as_html(undated).encode(), "2023-10-04T08:00:00Z"),
        ("https://news.example.com/feed.json", "application/json", b"{}", None),
    ]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc(pages))
    tables = build([path], tmp_path)
    assert errors(tables) == []
    docs = tables["documents"].to_pylist()
    assert [d["url"] for d in docs] == [ARTICLES[0]["url"], ARTICLES[1]["url"]]
    assert [d["source"] for d in docs] == [f"{path.name}/{ARTICLES[0]['url']}", f"{path.name}/{ARTICLES[1]['url']}"]
    assert [d["format"] for d in docs] == ["html", "html"]
    assert docs[1]["published_at"] == datetime(2023, 10, 4, 8, 0, tzinfo=timezone.utc)  # WARC-Date


def test_warc_skipped_records_are_counted_on_the_last_document(tmp_path):
    from etl.config import ProjectConfig, build_host
    from etl.pipeline import read_source

    path = tmp_path / "crawl.warc"
    path.write_bytes(warc([(ARTICLES[0]["url"], "text/html", as_html(ARTICLES[0]).encode(), None),
                           ("https://news.example.com/a.png", "image/png", PNG, None)], gzip=False))
    host = build_host(ProjectConfig(load=["warc", "html"]))
    [doc] = read_source(host, str(path))
    assert doc.metadata["warc_skipped"] == {"image/png": 1, "request": 2}


def test_a_warc_with_a_broken_record_keeps_the_pages_before_it(tmp_path):
    pages = [(a["url"] + str(i), "text/html", as_html(a).encode(), None) for i, a in enumerate(ARTICLES * 3)]
    whole = warc(pages, gzip=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(whole[:len(whole) - 400])
    tables = build([path], tmp_path)
    [error] = errors(tables)
    assert error["plugin"] == "warc" and error["message"].startswith("record 12 (")
    assert "is cut off" in error["message"]
    assert tables["documents"].num_rows == 5


def test_the_same_articles_give_the_same_statements_from_txt_jsonl_warc_and_zip(tmp_path):
    folder = tmp_path / "txt"
    folder.mkdir()
    for a in ARTICLES:
        (folder / f"{a['id']}.txt").write_text(as_text(a), encoding="utf-8")
    from_text = said(build([folder], tmp_path / "txt-ds"))
    assert len(from_text) == 3

    lines = tmp_path / "news.jsonl.gz"
    lines.write_bytes(gzip.compress(jsonl([{"title": a["title"], "text": as_text(a)} for a in ARTICLES])))
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc([(a["url"], "text/html", as_html(a).encode(), None) for a in ARTICLES]))
    texts, pages = tmp_path / "texts.zip", tmp_path / "pages.zip"
    write_zip(texts, {f"{a['id']}.txt": as_text(a).encode() for a in ARTICLES})
    write_zip(pages, {f"{a['id']}.html": as_html(a).encode() for a in ARTICLES})
    for source in (lines, crawl, texts, pages):
        assert said(build([source], tmp_path / f"{source.name}-ds")) == from_text, source.name


def test_a_large_source_is_streamed_and_its_cache_key_is_the_same(tmp_path, monkeypatch):
    import etl.inputs
    from etl.inputs import file_key, open_source
    from etl.pipeline import content_key

    path = tmp_path / "many.jsonl"
    path.write_bytes(many_rows(300))
    monkeypatch.setattr(etl.inputs, "WHOLE_READ_BYTES", 4096)  # as if the file were gigabytes
    streamed, key = open_source(str(path))
    assert streamed._data is None and key == content_key(path.read_bytes()) == file_key(str(path))
    tables = build([path], tmp_path)
    assert tables["documents"].num_rows == 300 and errors(tables) == []


def test_a_file_too_large_to_read_at_once_goes_to_the_streaming_readers_first(tmp_path, monkeypatch):
    import etl
    import etl.inputs
    from etl.config import ProjectConfig, build_host
    from etl.pipeline import read_source

    class Greedy:
        """A reader of whole files that would claim anything: asked first, it would hold the file whole."""

        asked = 0

        @etl.hookimpl(tryfirst=True)
        def etl_read(self, source, data):
            Greedy.asked += 1
            return [etl.Document(source=source, text=data.decode())]

    path = tmp_path / "many.jsonl"
    path.write_bytes(many_rows(50))
    host = build_host(ProjectConfig(load=["tables"]))
    host.register(Greedy(), "greedy")
    assert [d.format for d in read_source(host, str(path))] == ["greedy"]  # small: the usual order
    monkeypatch.setattr(etl.inputs, "WHOLE_READ_BYTES", 1024)
    docs = list(read_source(host, str(path)))
    assert len(docs) == 50 and {d.format for d in docs} == {"tables"} and Greedy.asked == 1


def test_a_source_of_many_documents_is_enriched_a_slice_at_a_time_with_the_same_rows(tmp_path, monkeypatch):
    import etl.pipeline

    path = tmp_path / "many.jsonl"
    path.write_bytes(many_rows(40))
    whole = build([path], tmp_path / "whole", enrichers=("quantities", "mentions"))
    monkeypatch.setattr(etl.pipeline, "ENRICH_ROWS", 7)
    sliced = build([path], tmp_path / "sliced", enrichers=("quantities", "mentions"))
    assert whole["documents"].num_rows == 40 and whole["statements"].num_rows > 40
    for table in ("documents", "statements", "speakers", "errors"):
        assert sliced[table].equals(whole[table]), table
    folder = lambda name: sorted((tmp_path / name / "dataset").glob("*.parquet"))  # noqa: E731
    assert [p.read_bytes() for p in folder("sliced")] == [p.read_bytes() for p in folder("whole")]


def test_containers_read_in_worker_processes_give_the_same_dataset(tmp_path):
    path = tmp_path / "bundle.zip"
    write_zip(path, {f"{a['id']}.html": as_html(a).encode() for a in ARTICLES}
              | {"feed.jsonl": many_rows(20), "broken.jsonl": b"{not json\n"})
    lines = tmp_path / "news.jsonl.gz"
    lines.write_bytes(gzip.compress(many_rows(30)))
    one = build([path, lines], tmp_path / "one", jobs=1)
    two = build([path, lines], tmp_path / "two", jobs=2)
    assert one["documents"].num_rows == 52 and len(errors(one)) == 1
    for table in ("documents", "statements", "speakers", "errors"):
        assert two[table].equals(one[table]), table
