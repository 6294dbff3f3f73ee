"""Enricher (opt-in): how positive or negative each statement sounds.

Uses VADER, a lexicon of word valences with rules for negation, intensifiers
and punctuation, built for short English texts. `sentiment` is VADER's
compound score, from -1 (most negative) to 1 (most positive);
`sentiment_label` applies VADER's usual cut-offs of ±0.05. Other languages
are scored as if English, so filter on `statements.language` when it matters.

Enable with `--enable sentiment`; needs `pip install 'etl[sentiment]'`.
"""
from __future__ import annotations

import importlib.util
from functools import cache

import pyarrow as pa

import etl
from etl.model import Column

ETL_OPT_IN = True
INSTALL = "sentiment needs vaderSentiment: pip install 'etl[sentiment]'"
POSITIVE, NEGATIVE = 0.05, -0.05


@cache
def analyzer():
    """VADER's analyser, built once per process (it reads its lexicon)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()


def label(score: float) -> str:
    return "positive" if score >= POSITIVE else "negative" if score <= NEGATIVE else "neutral"


@etl.hookimpl
def etl_columns() -> list[Column]:
    # Checked here, before the run reads anything, so a missing extra is one line up front.
    if importlib.util.find_spec("vaderSentiment") is None:
        raise ImportError(INSTALL)
    return [
        Column("statements", "sentiment", pa.float32(),
               "VADER compound score of the statement, from -1 (negative) to 1 (positive)."),
        Column("statements", "sentiment_label", pa.string(),
               "negative (score <= -0.05), neutral, or positive (score >= 0.05)."),
    ]


@etl.hookimpl
def etl_enrich_statements(statements: pa.Table) -> dict[str, pa.Array]:
    scores = [None if text is None else analyzer().polarity_scores(text)["compound"]
              for text in statements.column("text").to_pylist()]
    return {
        "sentiment": pa.array(scores, type=pa.float32()),
        "sentiment_label": pa.array([None if s is None else label(s) for s in scores], type=pa.string()),
    }
