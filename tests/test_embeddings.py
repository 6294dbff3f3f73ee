"""The embeddings enricher (opt-in): a normalised 384-float vector per statement."""
from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys

import numpy as np
import pyarrow as pa
import pytest

import etl_plugins.enrichers.embeddings as embeddings

STATEMENTS = [
    "Despite the pandemic, our trade turnover increased by more than 16 percent last year, a very good figure.",
    "There are about 340 Russian-language schools in Azerbaijan, and more than 140,000 children study in them.",
    "We have already received more than 200,000 doses of Sputnik-V vaccine from Russia.",
    "The Trilateral Statement signed in November 2020 allowed us to resolve this long-standing conflict.",
    None,
]


@pytest.fixture(scope="module")
def column() -> pa.FixedSizeListArray:
    return embeddings.etl_enrich_statements(pa.table({"text": STATEMENTS}))["embedding"]


def test_one_normalised_384_float_vector_per_statement(column):
    assert column.type == pa.list_(pa.float32(), 384) == embeddings.etl_columns()[0].type
    assert len(column) == len(STATEMENTS) and column.null_count == 1 and not column[4].is_valid
    vectors = np.stack([np.asarray(v.values) for v in column[:4]])
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_trade_question_finds_the_trade_statement(column):
    vectors = np.stack([np.asarray(v.values) for v in column[:4]])
    query = np.asarray(embeddings.etl_embed_query(text="How fast is trade between the two countries growing?", column="embedding"))
    scores = vectors @ query
    assert int(np.argmax(scores)) == 0
    assert int(np.argmax(vectors @ np.asarray(embeddings.etl_embed_query(text="vaccine deliveries", column="embedding")))) == 2


def digest(values: pa.Array) -> str:
    return hashlib.sha256(np.asarray(values.flatten()).tobytes()).hexdigest()


def test_byte_identical_run_to_run(column):
    again = embeddings.etl_enrich_statements(pa.table({"text": STATEMENTS}))["embedding"]
    assert digest(again) == digest(column)
    # A fresh process loads the model anew and must give the same bytes.
    script = ("import sys, hashlib, numpy as np, pyarrow as pa, etl_plugins.enrichers.embeddings as e;"
              "texts = sys.stdin.read().split('\\x1e');"
              "c = e.etl_enrich_statements(pa.table({'text': texts + [None]}))['embedding'];"
              "print(hashlib.sha256(np.asarray(c.flatten()).tobytes()).hexdigest())")
    out = subprocess.run([sys.executable, "-c", script], input="\x1e".join(STATEMENTS[:4]),
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == digest(column)


def test_an_empty_batch_gives_an_empty_column():
    empty = embeddings.etl_enrich_statements(pa.table({"text": pa.array([], type=pa.string())}))["embedding"]
    assert len(empty) == 0 and empty.type == pa.list_(pa.float32(), 384)


def test_a_missing_extra_is_one_clear_line(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "sentence_transformers" else real(name, *a))
    with pytest.raises(ImportError, match=r"^embeddings needs sentence-transformers .*pip install 'etl\[embeddings\]'$"):
        embeddings.etl_columns()


def test_keeps_the_enricher_contract():
    from etl.testing import check_enricher

    assert check_enricher(embeddings, "embeddings") == ["etl_enrich_statements"]
