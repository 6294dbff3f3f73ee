"""`etl search`: the statements nearest in meaning to a text, through the embedding column."""
from __future__ import annotations

import json

import pyarrow as pa
import pytest

import etl
from etl.plugins import PluginHost

import etl_plugins.enrichers.embeddings as embeddings
from etl.testing import run_pipeline

DOCUMENTS = [
    """Aliyev and Putin discuss trade

Moscow, 22 February 2022. The presidents met in the Kremlin.

"Our trade turnover already exceeds $3 billion and has increased by 16 percent, and there are prospects for further growth this year," said President Ilham Aliyev.

"The Russian language is actively taught in 300 schools in Azerbaijan," said President Vladimir Putin.
""",
    """Vaccine deliveries continue

Baku, 20 July 2021. The first shipments arrived last week.

"We have already received more than 200,000 doses of Sputnik-V from Russia, and more deliveries are pending," said Health Minister Teymur Musayev.
""",
    """Council approves new homes

Springfield, 12 March 2024. The council voted on Tuesday.

"We will build 300 homes on the old rail yard by 2026," said Mayor Ana Ruiz.
""",
]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("search")
    tables = run_pipeline(DOCUMENTS, {"embeddings": embeddings}, out)
    assert tables["statements"].num_rows == 4 and tables["errors"].num_rows == 0
    return out / "dataset"


def test_the_nearest_statement_comes_first(cli, dataset):
    result = cli(["search", dataset, "trade turnover growth", "--format", "json"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert len(hits) == 4
    assert "trade turnover" in hits[0]["text"] and "Ilham Aliyev" in hits[0]["speaker"]
    assert hits[0]["document"] == "Aliyev and Putin discuss trade"
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert 0.3 < hits[0]["score"] <= 1.0


def test_limit_and_table_output(cli, dataset):
    result = cli(["search", dataset, "coronavirus vaccine shipments", "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "Sputnik-V" in result.output and "Teymur Musayev" in result.output
    assert "Mayor" not in result.output and "homes" not in result.output


def test_same_query_same_answer(cli, dataset):
    first = cli(["search", dataset, "housing construction", "--format", "json"]).output
    assert first == cli(["search", dataset, "housing construction", "--format", "json"]).output
    assert "300 homes" in json.loads(first)[0]["text"]


def test_a_dataset_without_embeddings_says_how_to_build_one(cli, tmp_path):
    run_pipeline(DOCUMENTS[:1], (), tmp_path)
    result = cli(["search", tmp_path / "dataset", "trade"])
    assert result.exit_code == 1
    assert "no embedding column" in result.output and "--enable embeddings" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_missing_extra_is_one_line(cli, dataset, monkeypatch):
    def missing(texts):
        raise ImportError(embeddings.INSTALL)

    monkeypatch.setattr(embeddings, "embed", missing)
    result = cli(["search", dataset, "trade"])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert result.output.startswith("error: ") and embeddings.INSTALL in result.output


def test_not_a_dataset(cli, tmp_path):
    result = cli(["search", tmp_path / "nowhere", "trade"])
    assert result.exit_code == 1 and "no such dataset folder" in result.output


class Letters:
    """A toy embedder: a query's vector counts the letters a and b; it wrote column `letters`."""

    @etl.hookimpl
    def etl_embed_query(self, text, column):
        if column != "letters":
            return None
        return [float(text.count("a")), float(text.count("b"))]


def test_etl_embed_query_answers_only_for_its_own_column():
    host = PluginHost()
    host.register(Letters(), "letters")
    assert host.call_first("etl_embed_query", text="abba", column="letters") == ("letters", [2.0, 2.0])
    assert host.call_first("etl_embed_query", text="abba", column="embedding") == (None, None)


def test_etl_embed_query_of_the_embeddings_plugin_matches_its_column():
    vector = embeddings.etl_embed_query(text="trade turnover", column="embedding")
    column = embeddings.etl_enrich_statements(pa.table({"text": ["trade turnover"]}))["embedding"]
    assert vector == column[0].values.to_pylist()
    assert embeddings.etl_embed_query(text="trade turnover", column="other") is None
