"""CPU time per document of the default segmenter and speaker resolver, on a corpus read once.

    python benchmarks/generate.py /tmp/bench2k --count 2000
    python benchmarks/segment_resolve.py /tmp/bench2k [--limit 2000] [--warm 3] [--profile]

Reads every file of the corpus once with the installed readers, then times
``etl_segment`` and ``etl_resolve_speakers`` on each document with
``time.process_time``: a first pass (what a worker pays on its first batch:
caches empty, regular expressions compiled on first use), then ``--warm``
more passes, of which the best is kept. Prints µs per document for both, and
a digest of the texts read and of every statement and speaker found, so that
two trees can be shown to read the same texts and give the same results.

The hooks are called through the plugin host, never by importing a plugin
module, so that the script measures whatever tree is installed. To measure
another tree, give it its own virtual environment and run this file with
that environment's Python (a ``PYTHONPATH`` alone would mix that tree's
``etl`` with this tree's ``etl_plugins``, which the editable install maps)::

    mkdir /tmp/t258 && git archive 258d540 | tar -x -C /tmp/t258
    python3.11 -m venv --system-site-packages /tmp/t258/.venv
    /tmp/t258/.venv/bin/pip install -q --no-deps -e /tmp/t258
    /tmp/t258/.venv/bin/python benchmarks/segment_resolve.py /tmp/bench2k

Alternate the trees, a few rounds each, on the same corpus: the machine's
load moves the figures by more than a few per cent.

``--profile`` runs one more pass under cProfile and prints the 30 functions
that cost the most time of their own.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import pstats
import sys
import time

import etl
from etl.pipeline import expand_sources, read_source
from etl.plugins import default_host


def first_answer(impls, **kwargs):
    """The first implementation's answer that is not None, as the host's ``call_first`` would give it,
    without the core's contract checks around it."""
    for impl in impls:
        result = impl.function(**{name: kwargs[name] for name in impl.argnames})
        if result is not None:
            return result
    return None


def one_pass(documents, segmenters, resolvers) -> tuple[float, list]:
    """Seconds of CPU for segment + resolve on every document, and what they found."""
    found = []
    gc.collect()
    clock = time.process_time
    spent = 0.0
    for doc in documents:
        began = clock()
        statements = list(first_answer(segmenters, document=doc) or [])
        speakers = first_answer(resolvers, document=doc, statements=statements)
        spent += clock() - began
        found.append((statements, speakers))
    return spent, found


def results_digest(documents, found) -> str:
    digest = hashlib.blake2b(digest_size=8)
    for doc, (statements, speakers) in zip(documents, found):
        digest.update(doc.text.encode("utf-8", "surrogatepass"))
        for i, st in enumerate(statements):
            ref = speakers[i] if speakers is not None else None
            digest.update(repr((st.kind, st.char_start, st.char_end, st.speaker, st.rule, st.confidence,
                                None if ref is None else (ref.name, ref.alias, ref.role, ref.affiliation))
                               ).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--warm", type=int, default=3, help="warm passes, of which the best is kept")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)

    host = default_host()
    documents = [doc for source in expand_sources([args.corpus])[:args.limit] for doc in read_source(host, source)]
    if not documents:
        sys.exit(f"{args.corpus}: no documents")
    segmenters = host.implementations("etl_segment")
    resolvers = host.implementations("etl_resolve_speakers")
    texts = hashlib.blake2b("\0".join(doc.text for doc in documents).encode("utf-8", "surrogatepass"),
                            digest_size=8).hexdigest()

    first, found = one_pass(documents, segmenters, resolvers)
    warm = min(one_pass(documents, segmenters, resolvers)[0] for _ in range(args.warm))
    n = len(documents)
    statements = sum(len(st) for st, _ in found)
    print(f"tree {etl.__file__.rsplit('/etl/', 1)[0]}: {n} documents, {statements} statements, "
          f"texts {texts}, results {results_digest(documents, found)}")
    print(f"segment + resolve: first pass {1e6 * first / n:.0f} µs/doc, "
          f"warm {1e6 * warm / n:.0f} µs/doc (best of {args.warm})")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        one_pass(documents, segmenters, resolvers)
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
