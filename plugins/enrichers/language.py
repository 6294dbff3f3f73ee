"""Enricher: the language of each document and of each statement (ISO 639-1).

Detection uses py3langid, a naive Bayes model over byte n-grams. Its cost
grows with the text's length (about 2.5 MB of text a second, in pure
Python), so it reads only a sample: the first `DOCUMENT_SAMPLE` characters
of a document. A statement usually speaks its document's language; it is
detected on its own only when it is written in another script than the
document (a Russian quote in an English article) and is at least
`MIN_STATEMENT_CHARS` long. Otherwise it takes its document's language.
A text too short or too bare to judge gets null.

py3langid ships its model xz-compressed: unpacking it and converting its
tables takes over a second, in every worker process. The converted arrays
are kept, uncompressed, in the plugin's cache folder
(`etl.cache.plugin_cache_dir`) and memory-mapped from there by every later
process, which then load in milliseconds and share the pages.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

import etl
from etl.cache import plugin_cache_dir
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


LATIN = SCRIPTS["latin"]
# A text with no letter of another script is Latin if it has a Latin letter (found at C speed).
NOT_LATIN = re.compile("[" + "".join(p.pattern[1:-1] for name, p in SCRIPTS.items() if name != "latin") + "]")


@cache
def identifier():
    """The py3langid model, loaded once per process (over a second: it is xz-compressed)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE)


@cache
def automaton() -> Automaton | None:
    """The model's parts for classifying many texts at once, or None when this py3langid keeps them
    otherwise (every text is then classified on its own). Memory-mapped from the plugin's cache
    folder; made from the model, and saved there, when the folder lacks them."""
    folder = converted_model_dir()
    if folder is not None:
        try:
            return Automaton.load(folder)
        except (OSError, ValueError, KeyError):
            pass  # not made yet, or by another version of this plugin: made again below
    try:
        found = Automaton.from_model(identifier())
    except (AttributeError, TypeError, ValueError):
        return None
    if folder is not None:
        found.save(folder)
    return found


#: The layout of the saved arrays: a new one when ``Automaton.save`` changes.
CONVERTED_FORMAT = 1


def converted_model_dir() -> Path | None:
    """Where this py3langid's model is kept converted, named for the model file it came from."""
    try:
        from importlib.metadata import version
        from py3langid.langid import MODEL_DIR, MODEL_FILE

        st = os.stat(Path(MODEL_DIR) / MODEL_FILE)
        name = f"py3langid-{version('py3langid')}-{st.st_size}-{st.st_mtime_ns}-v{CONVERTED_FORMAT}"
    except (ImportError, OSError, ValueError):
        return None
    return plugin_cache_dir("language") / name


class Automaton:
    """py3langid's classifier, run on many texts at once with the same answers.

    py3langid walks a byte automaton over a text in a Python loop, one byte
    at a time, and counts the features the states it reaches stand for; the
    counts then score each language. Here the walk takes one numpy step per
    byte position for every text of a batch together, and the scores use a
    float32 copy of the model's float16 table (numpy converts float16 slowly;
    the sums are the same).
    """

    ARRAYS = ("moves", "rows", "features", "table", "priors")

    def __init__(self, moves: np.ndarray, rows: np.ndarray, features: np.ndarray, table: np.ndarray,
                 priors: np.ndarray, classes: list[str], aliases: list[tuple[int, int]]):
        from py3langid.langid import LanguageIdentifier

        self.encode = LanguageIdentifier._encode  # NFC, lower-cased when all capitals, UTF-8
        self.moves, self.rows, self.features, self.table = moves, rows, features, table
        self.priors, self.classes, self.aliases = priors, classes, aliases
        self.floor = float(np.finfo(np.float32).min)

    @classmethod
    def from_model(cls, model) -> "Automaton":
        if model._norm_probs or model.min_confidence is not None:
            raise ValueError("only the plain argmax is reproduced")
        return cls(np.frombuffer(model.tk_nextmove, dtype=np.dtype(model.tk_nextmove.typecode)),
                   np.asarray(model._rowbase, dtype=np.int64), np.asarray(model.tk_output, dtype=np.int64),
                   np.asarray(model.nb_ptc, dtype=np.float32), np.asarray(model.nb_pc),
                   list(model.nb_classes), [(int(i), int(j)) for i, j in model._alias_pairs])

    def save(self, folder: Path) -> None:
        """Write the arrays to ``folder`` at once (made aside, then renamed), or nothing when it
        cannot be written: another process may be saving the same arrays."""
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
        except OSError:
            return
        try:
            for name in self.ARRAYS:
                np.save(tmp / f"{name}.npy", getattr(self, name))
            (tmp / "labels.json").write_text(json.dumps({"classes": self.classes, "aliases": self.aliases}))
            os.rename(tmp, folder)
        except OSError:
            pass  # already there (saved by another process), or the disk is full
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> "Automaton":
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in cls.ARRAYS}
        labels = json.loads((folder / "labels.json").read_text())
        return cls(*(np.asarray(arrays[name]) for name in cls.ARRAYS), labels["classes"],
                   [tuple(pair) for pair in labels["aliases"]])

    def classify(self, texts: list[str]) -> list[str]:
        """``model.classify(text)[0]`` for each text."""
        encoded = [self.encode(text) for text in texts]
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
        if not len(encoded) or not lengths.max():
            return [self.decide(np.zeros(0, np.int64), np.zeros(0, np.float32)) for _ in texts]
        data = np.zeros((len(encoded), int(lengths.max())), dtype=np.uint8)
        data[np.arange(data.shape[1]) < lengths[:, None]] = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        states = np.zeros(len(encoded), dtype=np.int64)
        visited = np.empty(data.shape[::-1], dtype=np.int64)
        moves, rows = self.moves, self.rows
        for k, column in enumerate(data.T):
            states = moves[rows[states] + column]
            visited[k] = states
        found = self.features[visited].T  # one row per text, in visiting order
        found[np.arange(data.shape[1]) >= lengths[:, None]] = -1  # past each text's end
        return [self.decide(idx, counts) for idx, counts in self.visits(found)]

    def visits(self, found: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each text's features in the order first visited, with how often each was visited:
        the keys and values of the Counter py3langid builds, for all texts at once."""
        n_features = len(self.table)
        texts, steps = np.nonzero(found >= 0)
        keys = texts * n_features + found[texts, steps]
        unique, first, counts = np.unique(keys, return_index=True, return_counts=True)
        order = np.argsort(first)  # text by text, each in visiting order (the firsts are distinct)
        unique, counts = unique[order], counts[order].astype(np.float32)
        owner = unique // n_features
        bounds = np.searchsorted(owner, np.arange(len(found) + 1))
        features = unique - owner * n_features
        return [(features[a:b], counts[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]

    def decide(self, idx: np.ndarray, counts: np.ndarray) -> str:
        """py3langid's argmax over the languages' scores, from one text's visited features."""
        if len(idx):
            scores = np.log1p(counts) @ self.table[idx] + self.priors  # as model._sparse_score
        else:
            scores = np.full(len(self.classes), self.floor, dtype=np.float32)
        for i, j in self.aliases:
            scores[i] = max(scores[i], scores[j])
            scores[j] = self.floor
        return self.classes[int(scores.argmax())]


def script_of(text: str) -> str | None:
    """The script most of the text's letters are written in."""
    if text.isascii():
        return "latin" if any(c.isalpha() for c in text) else None
    counts = [(len(p.findall(text)), name) for name, p in SCRIPTS.items()]
    best = max(counts)
    return best[1] if best[0] else None


def scripts_of(texts: pa.Array | pa.ChunkedArray) -> list[str | None]:
    """``script_of`` for every text of a column (None for null)."""
    ascii_letters = pc.match_substring_regex(texts, "[A-Za-z]").to_pylist()
    return [("latin" if letters else None) if letters is not None and ascii else
            None if text is None else
            ("latin" if LATIN.search(text) else None) if NOT_LATIN.search(text) is None else script_of(text)
            for text, ascii, letters in zip(texts.to_pylist(), pc.string_is_ascii(texts).to_pylist(),
                                            ascii_letters)]


def has_letters(text: str) -> bool:
    """Whether ``text`` has enough letters at its start to tell its language."""
    return sum(map(str.isalpha, text[:64])) >= MIN_LETTERS


def detect(text: str) -> str | None:
    """The language of ``text``, or None when it has too few letters to tell."""
    if not has_letters(text):
        return None
    return identifier().classify(text)[0]


def detect_all(texts: list[str | None]) -> list[str | None]:
    """``detect`` for each text (None for None), classifying them all at once."""
    judged = [i for i, text in enumerate(texts) if text and has_letters(text)]
    batch = automaton()
    if batch is None:
        found = [identifier().classify(texts[i])[0] for i in judged]
    else:
        found = batch.classify([texts[i] for i in judged])
    languages: list[str | None] = [None] * len(texts)
    for i, language in zip(judged, found):
        languages[i] = language
    return languages


@etl.hookimpl
def etl_warm_up() -> None:
    automaton()  # a first load converts the model (over a second): do it before the first batch


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
    return {"language": pa.array(detect_all(texts), type=pa.string())}


@etl.hookimpl
def etl_enrich_statements(statements: pa.Table, documents: pa.Table) -> dict[str, pa.Array]:
    doc_ids = documents.column("doc_id").to_pylist()
    doc_samples = pc.utf8_slice_codeunits(documents.column("text"), 0, DOCUMENT_SAMPLE)
    doc_languages = documents.column("language").to_pylist() if "language" in documents.column_names \
        else [None] * len(doc_ids)
    undetected = [i for i, language in enumerate(doc_languages) if language is None]
    if undetected:
        samples = doc_samples.to_pylist()
        for i, language in zip(undetected, detect_all([samples[i] for i in undetected])):
            doc_languages[i] = language
    by_doc = dict(zip(doc_ids, zip(doc_languages, scripts_of(doc_samples))))
    texts = statements.column("text")
    samples = pc.utf8_slice_codeunits(texts, 0, STATEMENT_SAMPLE)
    long_enough = pc.greater_equal(pc.utf8_length(texts), MIN_STATEMENT_CHARS).to_pylist()
    languages, foreign = [], []
    for doc_id, sample_script, long in zip(statements.column("doc_id").to_pylist(), scripts_of(samples),
                                           long_enough):
        doc_language, doc_script = by_doc.get(doc_id, (None, None))
        if long and sample_script not in (doc_script, None):
            foreign.append(len(languages))  # written in another script than its document: detected alone
        languages.append(None if long is None else doc_language)  # a null text has no language
    if foreign:
        found = detect_all(samples.take(pa.array(foreign, type=pa.int64())).to_pylist())
        for i, language in zip(foreign, found):
            languages[i] = language
    return {"language": pa.array(languages, type=pa.string())}
