"""Enricher: the language of each document and of each statement (ISO 639-1).

Detection uses py3langid, a naive Bayes model over byte n-grams. Its cost
grows with the text's length (about 2.5 MB of text a second, in pure
Python), so it reads only a sample: the first `DOCUMENT_SAMPLE` characters
of a document. A statement usually speaks its document's language; it is
detected on its own only when it is written in another script than the
document (a Russian quote in an English article) and is at least
`MIN_STATEMENT_CHARS` long. Otherwise it takes its document's language.
A text too short or too bare to judge gets null.
"""
from __future__ import annotations

import re
from functools import cache

import pyarrow as pa
import pyarrow.compute as pc

import etl
from etl.model import Column

DOCUMENT_SAMPLE = 600
STATEMENT_SAMPLE = 300
MIN_STATEMENT_CHARS = 20
MIN_LETTERS = 3

SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00C0-\u024F]"),
    "cyrillic": re.compile(r"[\u0400-\u04FF]"),
    "greek": re.compile(r"[\u0370-\u03FF]"),
    "armenian": re.compile(r"[\u0530-\u058F]"),
    "georgian": re.compile(r"[\u10A0-\u10FF]"),
    "hebrew": re.compile(r"[\u0590-\u05FF]"),
    "arabic": re.compile(r"[\u0600-\u06FF]"),
    "devanagari": re.compile(r"[\u0900-\u097F]"),
    "cjk": re.compile(r"[\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]"),
}


@cache
def identifier():
    """The py3langid model, loaded once per process (about 0.6 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE)


def script_of(text: str) -> str | None:
    """The script most of the text's letters are written in."""
    if text.isascii():
        return "latin" if any(c.isalpha() for c in text) else None
    counts = [(len(p.findall(text)), name) for name, p in SCRIPTS.items()]
    best = max(counts)
    return best[1] if best[0] else None


def detect(text: str) -> str | None:
    """The language of ``text``, or None when it has too few letters to tell."""
    if sum(c.isalpha() for c in text[:64]) < MIN_LETTERS:
        return None
    return identifier().classify(text)[0]


@etl.hookimpl
def etl_columns() -> list[Column]:
    return [
        Column("documents", "language", pa.string(),
               f"The document's language (ISO 639-1), detected on its first {DOCUMENT_SAMPLE} characters."),
        Column("statements", "language", pa.string(),
               "The statement's language (ISO 639-1): detected when it is written in another script than "
               "its document, else the document's language."),
    ]


@etl.hookimpl
def etl_enrich_documents(documents: pa.Table) -> dict[str, pa.Array]:
    texts = pc.utf8_slice_codeunits(documents.column("text"), 0, DOCUMENT_SAMPLE).to_pylist()
    return {"language": pa.array([detect(t) if t else None for t in texts], type=pa.string())}


@etl.hookimpl
def etl_enrich_statements(statements: pa.Table, documents: pa.Table) -> dict[str, pa.Array]:
    doc_ids = documents.column("doc_id").to_pylist()
    doc_texts = pc.utf8_slice_codeunits(documents.column("text"), 0, DOCUMENT_SAMPLE).to_pylist()
    doc_languages = documents.column("language").to_pylist() if "language" in documents.column_names \
        else [None] * len(doc_ids)
    by_doc = {d: (lang if lang is not None else (detect(t) if t else None), script_of(t) if t else None)
              for d, t, lang in zip(doc_ids, doc_texts, doc_languages)}
    languages = []
    for doc_id, text in zip(statements.column("doc_id").to_pylist(), statements.column("text").to_pylist()):
        if text is None:
            languages.append(None)
            continue
        doc_language, doc_script = by_doc.get(doc_id, (None, None))
        sample = text[:STATEMENT_SAMPLE]
        if len(text) >= MIN_STATEMENT_CHARS and script_of(sample) not in (doc_script, None):
            languages.append(detect(sample))
        else:
            languages.append(doc_language)
    return {"language": pa.array(languages, type=pa.string())}
