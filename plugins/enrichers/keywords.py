"""Enricher (opt-in): the key phrases of each statement.

Uses YAKE, which ranks candidate phrases of one to `MAX_WORDS` words by
statistics of the statement itself (position, frequency, casing, spread),
with no model and no corpus, so a statement's keywords do not depend on the
rest of the run. The best `TOP` phrases come first. Stop words follow the
statement's `language` column when the `language` enricher ran, else English.
About 500 statements a second.

Enable with `--enable keywords`; needs `pip install 'etl[keywords]'`.
"""
from __future__ import annotations

import importlib.util
from functools import cache

import pyarrow as pa

import etl
from etl.model import Column

ETL_OPT_IN = True
INSTALL = "keywords needs yake: pip install 'etl[keywords]'"
TOP = 5
MAX_WORDS = 3
DEDUPLICATION = 0.7  # phrases more alike than this are one keyword


@cache
def extractor(language: str):
    """A YAKE extractor for one language, built once per process."""
    import yake
    return yake.KeywordExtractor(lan=language, n=MAX_WORDS, top=TOP, dedupLim=DEDUPLICATION)


def keywords(text: str, language: str | None) -> list[str]:
    return [phrase for phrase, _score in extractor(language or "en").extract_keywords(text)]


@etl.hookimpl
def etl_columns() -> list[Column]:
    if importlib.util.find_spec("yake") is None:
        raise ImportError(INSTALL)
    return [
        Column("statements", "keywords", pa.list_(pa.string()),
               f"Up to {TOP} key phrases of the statement (YAKE), the most telling first."),
    ]


@etl.hookimpl(trylast=True)  # after `language`, whose column picks the stop words
def etl_enrich_statements(statements: pa.Table) -> dict[str, pa.Array]:
    texts = statements.column("text").to_pylist()
    languages = statements.column("language").to_pylist() if "language" in statements.column_names \
        else [None] * len(texts)
    return {"keywords": pa.array([None if text is None else keywords(text, lang)
                                  for text, lang in zip(texts, languages)], type=pa.list_(pa.string()))}
