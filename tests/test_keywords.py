"""The keywords enricher (opt-in): YAKE key phrases per statement."""
from __future__ import annotations

import importlib.util

import pyarrow as pa
import pytest

import etl_plugins.enrichers.keywords as keywords
from etl.testing import check_enricher

TRADE = ("As for trade and economic relations, they are constantly evolving. Despite the pandemic, our trade "
         "turnover increased by more than 16 percent last year. Our trade turnover already exceeds $3 billion.")
SCHOOLS = ("There are about 340 Russian-language schools in Azerbaijan, and more than 140,000 children are "
           "studying in Russian-language schools.")


def test_key_phrases_of_each_statement():
    column = keywords.etl_enrich_statements(pa.table({"text": [TRADE, SCHOOLS, None]}))["keywords"]
    assert column.type == pa.list_(pa.string())
    trade, schools, missing = column.to_pylist()
    assert "trade turnover" in trade and 1 <= len(trade) <= keywords.TOP
    assert any("schools" in phrase for phrase in schools)
    assert missing is None


def test_same_input_same_keywords():
    table = pa.table({"text": [TRADE, SCHOOLS]})
    assert keywords.etl_enrich_statements(table)["keywords"].equals(
        keywords.etl_enrich_statements(table)["keywords"])


def test_a_missing_extra_is_one_clear_line(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "yake" else real(name, *a))
    with pytest.raises(ImportError, match=r"^keywords needs yake: pip install 'etl\[keywords\]'$"):
        keywords.etl_columns()


def test_keeps_the_enricher_contract():
    assert check_enricher(keywords, "keywords") == ["etl_enrich_statements"]
