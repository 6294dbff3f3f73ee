"""One large source streamed end to end: rows past ``SPOOL_BYTES`` are spooled to disk by the
process that makes them, taken over by the cache by renaming, and written to the dataset a
record batch at a time. The dataset's bytes do not depend on it.

``SPOOL_BYTES`` and ``ENRICH_ROWS`` are lowered so that files of a few hundred documents spool.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from articles import ARTICLES, READERS, as_html, body, jsonl, warc  # noqa: E402

import etl
import etl.pipeline  # noqa: E402
import etl.runner  # noqa: E402
from etl.config import ProjectConfig, build_host  # noqa: E402
from etl.pipeline import read_source  # noqa: E402
from etl.runner import run  # noqa: E402
from etl.spool import TRAILER  # noqa: E402

ENRICHERS = ("quantities", "mentions")


def many_rows(n: int, mark: int | None = None) -> bytes:
    return jsonl([{"id": f"a{i}", "title": f"Story {i}",
                   "text": f"Story {i}\n\n{body(ARTICLES[i % 2])}" + (" FAULT-HERE" if i == mark else "")}
                  for i in range(n)])


@pytest.fixture
def corpus(tmp_path):
    """One large JSON Lines file among small files, and a web archive of many pages."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "big.jsonl").write_bytes(many_rows(150))
    for i, article in enumerate(ARTICLES):
        (folder / f"small-{i}.html").write_text(as_html(article))
    pages = [(f"https://news.example.com/{i}.html", "text/html", as_html(ARTICLES[i % 2]).encode(), None)
             for i in range(60)]
    (folder / "crawl.warc.gz").write_bytes(warc(pages))
    return folder


def host(*extra):
    h = build_host(ProjectConfig(load=[*READERS, "segmenter", "speakers", *ENRICHERS]))
    for plugin, name in extra:
        h.register(plugin, name)
    return h


def build(corpus, folder: Path, jobs: int = 1, cache: Path | None = None, plugins=()):
    cache = cache or folder.with_name(folder.name + "-cache")
    return run(host(*plugins), [str(corpus)], folder, jobs=jobs, cache_dir=cache, row_group_rows=50)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.parquet"))}


def spool_files(cache: Path) -> list[Path]:
    return [p for p in cache.glob("results-*/spool/*")]


def record_batches(path: Path) -> int:
    with pa.OSFile(str(path)) as source:
        return pa.ipc.open_file(source, footer_offset=path.stat().st_size - TRAILER).num_record_batches


def spool_everything(monkeypatch):
    monkeypatch.setattr(etl.pipeline, "ENRICH_ROWS", 16)
    monkeypatch.setattr(etl.pipeline, "SPOOL_BYTES", 1)
    monkeypatch.setattr(etl.runner.TextHashes, "HELD", 7)  # the text hashes go to their bucket files too


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_spooled_source_gives_the_bytes_of_one_held_in_memory(corpus, tmp_path, monkeypatch, jobs):
    held = build(corpus, tmp_path / "held")
    spool_everything(monkeypatch)
    spooled = build(corpus, tmp_path / "spooled", jobs=jobs)
    assert files(tmp_path / "spooled") == files(tmp_path / "held")
    assert (spooled.documents, spooled.statements, spooled.errors) == (held.documents, held.statements, held.errors)
    assert held.documents == 150 + 60 + len(ARTICLES) and held.errors == []
    # The pages and the small files repeat two texts; the 150 lines of the large file differ.
    assert spooled.duplicate_texts == held.duplicate_texts == held.documents - 150 - 2
    # It did spool: the cached documents of the large sources are in many record batches, one per slice.
    cache = tmp_path / "spooled-cache"
    assert max(record_batches(p) for p in cache.glob("results-*/segments/*.documents.arrow")) >= 150 // 16
    held_cache = tmp_path / "held-cache"
    assert max(record_batches(p) for p in held_cache.glob("results-*/segments/*.documents.arrow")) == 1
    assert spool_files(cache) == []


def test_a_web_archive_alone_is_spooled_with_the_same_bytes(corpus, tmp_path, monkeypatch):
    crawl = corpus / "crawl.warc.gz"
    held = run(host(), [str(crawl)], tmp_path / "held", jobs=1, cache_dir=tmp_path / "held-cache", row_group_rows=50)
    # Slices cut by the length of their text: the pages alternate two articles, so slices of 20 pages.
    pair = sum(len(doc.text) for doc in list(read_source(host(), str(crawl)))[:2])
    monkeypatch.setattr(etl.pipeline, "ENRICH_CHARS", 10 * pair)
    monkeypatch.setattr(etl.pipeline, "SPOOL_BYTES", 1)
    cache = tmp_path / "cache"
    spooled = run(host(), [str(crawl)], tmp_path / "spooled", jobs=2, cache_dir=cache, row_group_rows=50)
    assert held.documents == spooled.documents == 60 and spooled.errors == []
    assert files(tmp_path / "spooled") == files(tmp_path / "held")
    [documents] = cache.glob("results-*/segments/*.documents.arrow")
    assert record_batches(documents) == 3  # a record batch per slice
    assert spool_files(cache) == []


def test_a_spooled_segment_is_reused_from_the_cache_and_a_damaged_one_is_recomputed(corpus, tmp_path, monkeypatch):
    spool_everything(monkeypatch)
    cache = tmp_path / "cache"
    first = build(corpus, tmp_path / "first", cache=cache)
    assert first.computed == first.sources == len(ARTICLES) + 2
    again = build(corpus, tmp_path / "again", cache=cache)
    assert (again.computed, again.reused, again.damaged) == (0, again.sources, 0)
    assert files(tmp_path / "again") == files(tmp_path / "first")
    # A byte flipped in the middle of the largest spooled file: its sources are processed again.
    largest = max(cache.glob("results-*/segments/*.statements.arrow"), key=lambda p: p.stat().st_size)
    data = bytearray(largest.read_bytes())
    data[len(data) // 2] ^= 0xFF
    largest.write_bytes(bytes(data))
    mended = build(corpus, tmp_path / "mended", cache=cache)
    assert mended.damaged >= 1 and mended.computed == mended.damaged
    assert files(tmp_path / "mended") == files(tmp_path / "first")
    assert spool_files(cache) == []


KILLER = '''
import os, signal, sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
import etl, etl.pipeline
from etl.config import ProjectConfig, build_host
from etl.runner import run
from articles import READERS

etl.pipeline.ENRICH_ROWS = 16
etl.pipeline.SPOOL_BYTES = 1


class Killer:
    """Kills the run's process once a batch has spooled part of its rows (as the OOM killer would)."""

    calls = 0

    @etl.hookimpl
    def etl_enrich_documents(self, documents):
        Killer.calls += 1
        if Killer.calls == 4:
            os.kill(os.getpid(), signal.SIGKILL)


host = build_host(ProjectConfig(load=[*READERS, "segmenter", "speakers"]))
host.register(Killer(), "killer")
run(host, [sys.argv[2]], sys.argv[3], jobs=1, cache_dir=sys.argv[4])
'''


def test_a_killed_run_leaves_no_spool_behind_after_the_next_run(corpus, tmp_path, monkeypatch):
    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    cache = tmp_path / "cache"
    killed = subprocess.run([sys.executable, str(script), str(Path(__file__).parent), str(corpus / "big.jsonl"),
                             str(tmp_path / "out"), str(cache)], capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    left = spool_files(cache)
    assert left and all(p.name.startswith(".") and p.name.endswith(".tmp") for p in left)
    spool_everything(monkeypatch)
    summary = run(host(), [str(corpus / "big.jsonl")], tmp_path / "out", jobs=1, cache_dir=cache)
    assert summary.documents == 150 and summary.errors == []
    assert spool_files(cache) == []


class Fatal:
    """A segmenter that ends its process on the marked document: ``os._exit`` in a worker,
    ``SystemExit`` in the run's own process (which is what can be caught there)."""

    def __init__(self, in_process: bool):
        self.in_process = in_process

    @etl.hookimpl
    def etl_segment(self, document):
        if "FAULT-HERE" in document.text:
            if self.in_process:
                raise SystemExit(3)
            os._exit(3)
        return None


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_that_kills_its_worker_inside_a_spooled_source_is_one_error_row(tmp_path, monkeypatch, jobs):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.jsonl").write_bytes(many_rows(80))
    (corpus / "b.jsonl").write_bytes(many_rows(90, mark=70))
    (corpus / "c.jsonl").write_bytes(many_rows(100))
    spool_everything(monkeypatch)
    summary = build(corpus, tmp_path / "out", jobs=jobs, plugins=[(Fatal(in_process=jobs == 1), "fatal")])
    [error] = summary.errors
    assert error["source"] == "corpus/b.jsonl" and error["plugin"] == "fatal"
    assert "stopped its worker in etl_segment of plugin 'fatal'" in error["message"]
    # The batch ran again a source at a time; a.jsonl and c.jsonl, each spooled, were combined.
    alone = tmp_path / "alone" / "corpus"
    alone.mkdir(parents=True)
    for name in ("a.jsonl", "c.jsonl"):
        (alone / name).write_bytes((corpus / name).read_bytes())
    monkeypatch.setattr(etl.pipeline, "SPOOL_BYTES", 1 << 30)
    held = run(host(), [str(alone)], tmp_path / "held", jobs=1, cache_dir=tmp_path / "held-cache", row_group_rows=50)
    assert summary.documents == held.documents == 180
    for table in ("documents", "statements", "speakers"):
        out, alone = (pq.read_table(folder / f"{table}.parquet") for folder in (tmp_path / "out", tmp_path / "held"))
        assert out.equals(alone), table
    assert spool_files(tmp_path / "out-cache") == []
