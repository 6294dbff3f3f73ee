"""A throwaway enricher registered through the plugin manager adds its column."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import etl
from conftest import SEEDS
from etl.plugins import default_host
from etl.runner import run


class WordCount:
    """Counts the words of each document: the smallest useful enricher."""

    @etl.hookimpl
    def etl_columns(self):
        return [etl.Column("documents", "n_words", pa.int32(), "Words in the document's text.")]

    @etl.hookimpl
    def etl_enrich_documents(self, documents):
        words = pc.list_value_length(pc.utf8_split_whitespace(documents.column("text")))
        return {"n_words": words.cast(pa.int32())}


def test_throwaway_enricher_column_lands_in_the_output(tmp_path):
    host = default_host()
    host.register(WordCount(), "word-count")
    try:
        summary = run(host, [str(SEEDS)], tmp_path / "ds")
    finally:
        host.unregister("word-count")
    assert summary.errors == []
    table = pq.read_table(tmp_path / "ds" / "documents.parquet")
    field = table.schema.field("n_words")
    assert field.type == pa.int32()
    assert field.metadata[b"owner"] == b"word-count"
    counts = dict(zip(table.column("source").to_pylist(), table.column("n_words").to_pylist()))
    for source, n in counts.items():
        text = (SEEDS.parent / source).read_text(encoding="utf-8") if not source.startswith("/") else open(source).read()
        assert 0 < n <= len(text.split())


def test_the_schema_knows_the_column_before_the_run():
    host = default_host()
    host.register(WordCount(), "word-count")
    try:
        column = host.schema().column("documents", "n_words")
    finally:
        host.unregister("word-count")
    assert column is not None and column.owner == "word-count"
