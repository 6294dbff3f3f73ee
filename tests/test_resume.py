"""A run killed with SIGKILL half-way is finished by the next run, without redoing its finished batches."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
from generate import generate  # noqa: E402

FILES = ("documents.parquet", "statements.parquet", "speakers.parquet", "errors.parquet")
COUNT = 800


def etl_run(corpus: Path, out: Path, cache: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "etl", "run", str(corpus), "--out", str(out), "--cache-dir", str(cache),
         "--batch-size", "10", "--jobs", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "COLUMNS": "200"})


def cached_sources(cache: Path) -> int:
    from etl.cache import read_ipc

    return sum(read_ipc(path).num_rows for path in cache.glob("results-*/segments/*.index.arrow"))


def test_a_killed_run_resumes_where_it_stopped(tmp_path):
    corpus = tmp_path / "corpus"
    generate(corpus, COUNT, seed=11, jobs=1)
    out, cache = tmp_path / "out", tmp_path / "cache"

    victim = etl_run(corpus, out, cache)
    deadline = time.monotonic() + 120
    while len(list(cache.glob("results-*/segments/*.index.arrow"))) < 5:
        assert victim.poll() is None, "the run finished before it could be killed; use a larger corpus"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    assert not out.exists()  # nothing half-written in place
    done_before = cached_sources(cache)
    assert 0 < done_before < COUNT

    resumed = etl_run(corpus, out, cache)
    said = " ".join(resumed.communicate()[0].split())
    assert resumed.returncode == 0, said
    counts = re.search(r"(\d+) sources processed, (\d+) from cache", said)
    assert counts, said
    assert int(counts.group(2)) == done_before
    assert int(counts.group(1)) == COUNT - done_before
    assert not list(tmp_path.glob(".out.tmp-*"))  # the killed run's temporary folder is cleared away

    whole = etl_run(corpus, tmp_path / "whole", tmp_path / "whole-cache")
    assert whole.wait() == 0
    assert dataset_bytes(out) == dataset_bytes(tmp_path / "whole")
    assert sorted(dataset_bytes(out)) == sorted(FILES)


def dataset_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.parquet"))}
