"""The sentiment enricher (opt-in): VADER compound score and label per statement."""
from __future__ import annotations

import importlib.util

import pyarrow as pa
import pytest

import etl_plugins.enrichers.sentiment as sentiment
from etl.testing import check_enricher

STATEMENTS = [
    "I am very glad to see you. Thank you for the invitation, it is a great honour and a wonderful visit.",
    "Unfortunately, after the coup in Ukraine, the illegal seizure of power destroyed our relations. "
    "This is a terrible, dangerous situation.",
    "The declaration has 40 paragraphs and will be signed on Tuesday.",
    None,
]


def test_scores_and_labels_clear_statements():
    result = sentiment.etl_enrich_statements(pa.table({"text": STATEMENTS}))
    scores, labels = result["sentiment"], result["sentiment_label"]
    assert scores.type == pa.float32() and labels.type == pa.string()
    positive, negative, neutral, missing = scores.to_pylist()
    assert positive > 0.5 and negative < -0.5 and abs(neutral) < 0.05 and missing is None
    assert labels.to_pylist() == ["positive", "negative", "neutral", None]


def test_a_missing_extra_is_one_clear_line(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "vaderSentiment" else real(name, *a))
    with pytest.raises(ImportError, match=r"^sentiment needs vaderSentiment: pip install 'etl\[sentiment\]'$"):
        sentiment.etl_columns()


def test_keeps_the_enricher_contract():
    assert check_enricher(sentiment, "sentiment") == ["etl_enrich_statements"]
