"""The work of one document grows linearly with its length, through the whole default pipeline.

Not a timed test: the work is counted as the function calls the run makes
(every Python function, and every call from Python into C), which is the
same for the same input on any machine and under any load. A step that
rereads what came before at every statement (every person named so far,
every speaker's name, every mention already chosen) makes twice the
document cost about four times the calls. The work inside a single C call
(a regular expression, `str.find`) is not counted: `benchmarks/long_documents.py`
times whole runs up to 50 MB.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa
import pytest

from etl.plugins import default_host
from etl_plugins.enrichers import mentions
from etl.runner import run

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
from long_documents import KINDS, document  # noqa: E402

#: Large enough that a document's own work outweighs a run's fixed cost, small enough for a test.
SIZE = 100_000
#: Twice the length may cost at most this many times the calls: linear work gives 1.6 to 1.9
#: on these documents (a run's fixed calls weigh less in the longer one), and the steps that grew
#: with the square of the length, before they were fixed, gave 2.6 to 3.4.
MOST = 2.3


def calls_to_run(host, text: str, folder: Path) -> int:
    """The function calls a run of the default pipeline makes over one document of ``text``."""
    folder.mkdir()
    source = folder / "document.txt"
    source.write_text(text, encoding="utf-8")
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event == "call" or event == "c_call":
            calls += 1

    sys.setprofile(count)
    try:
        summary = run(host, [str(source)], folder / "out", jobs=1, cache_dir=folder / "cache")
    finally:
        sys.setprofile(None)
    assert summary.documents == 1 and not summary.errors
    return calls


@pytest.mark.parametrize("kind", KINDS)
def test_twice_the_document_costs_about_twice_the_work(kind, tmp_path):
    host = default_host()
    # A first document of the kind fills the caches of recurring names and labels, so that
    # both counted runs start from the same state; each counted document is new text.
    calls_to_run(host, document(kind, SIZE, seed=2), tmp_path / "warm")
    one = calls_to_run(host, document(kind, SIZE, seed=3), tmp_path / "one")
    two = calls_to_run(host, document(kind, 2 * SIZE, seed=4), tmp_path / "two")
    assert two <= MOST * one, f"{kind}: {one:,} calls for {SIZE:,} bytes, {two:,} for twice that"


def calls_to_enrich_mentions(n_speakers: int) -> int:
    """The function calls of the `mentions` enricher over one document of ``n_speakers`` speakers,
    each quoted once and naming the next by title."""
    from generate import FIRST, LAST, ROLES

    names = [f"{first} {last}" for last in LAST for first in FIRST][:n_speakers + 1]
    texts = [f"I met {ROLES[i % len(ROLES)]} {names[i + 1]} in Baku, and we agreed on the trade turnover."
             for i in range(n_speakers)]
    statements = pa.table({"doc_id": ["d"] * n_speakers, "text": texts, "speaker_mention": names[:n_speakers]})
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event == "call" or event == "c_call":
            calls += 1

    sys.setprofile(count)
    try:
        column = mentions.etl_enrich_statements(statements)["mentions"]
    finally:
        sys.setprofile(None)
    assert column.to_pylist()[0][-1]["name"] == names[1]  # the person named by title, found
    return calls


def test_mentions_work_grows_linearly_with_a_documents_speakers():
    """Each statement is tested against its document's speakers: with thousands of them (a week of
    debate), the work per statement must not grow with their number."""
    calls_to_enrich_mentions(200)  # caches filled
    one, two = calls_to_enrich_mentions(800), calls_to_enrich_mentions(1600)
    assert two <= MOST * one, f"{one:,} calls for 800 speakers, {two:,} for 1600"
