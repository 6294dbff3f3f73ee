"""--jobs N: batches run in worker processes, and the dataset is the same, byte for byte."""
from __future__ import annotations

import filecmp
import sys
from pathlib import Path

import pytest

from etl.executors import InProcessExecutor, ProcessPoolExecutor, make_executor
from etl.plugins import default_host
from etl.runner import run

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
import turns  # noqa: E402
from generate import generate  # noqa: E402

FILES = ("documents.parquet", "statements.parquet", "speakers.parquet", "errors.parquet")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, 300, seed=7, jobs=1)
    (folder / "0000" / "broken.txt").write_bytes(b"\x00\x01binary")  # one input that fails
    return folder


def host_with_runtime_plugins():
    host = default_host()
    turns.register(host)
    return host


def test_jobs_2_writes_the_same_bytes_as_jobs_1(corpus, tmp_path):
    host = host_with_runtime_plugins()
    one = run(host, [str(corpus)], tmp_path / "one", batch_size=16, jobs=1, cache_dir=tmp_path / "c1")
    two = run(host, [str(corpus)], tmp_path / "two", batch_size=16, jobs=2, cache_dir=tmp_path / "c2")
    assert one.documents == two.documents == 300
    # The run-time segmenter and enricher ran in the workers too.
    assert two.statements == one.statements > 1000
    assert two.computed == 301 and two.errors == one.errors and len(one.errors) == 1
    for name in FILES:
        assert filecmp.cmp(tmp_path / "one" / name, tmp_path / "two" / name, shallow=False), name


def test_the_pool_yields_results_in_order_while_bounding_work_in_flight():
    started = []

    def items():
        for i in range(40):
            started.append(i)
            yield i

    pool = ProcessPoolExecutor(2)
    results = pool.map(lambda i: i * i, items())
    first = next(results)
    assert first == 0
    assert len(started) <= 5  # a bounded window, not the whole input at once
    assert [first, *results] == [i * i for i in range(40)]


def test_a_workers_error_reaches_the_caller_as_one_line():
    from etl.errors import EtlError

    def fail(i):
        if i == 3:
            raise EtlError("source 3 cannot be read")
        return i

    with pytest.raises(EtlError, match="source 3 cannot be read"):
        list(ProcessPoolExecutor(2).map(fail, range(6)))


def test_jobs_1_runs_in_process_and_unknown_executors_are_refused():
    from etl.errors import EtlError

    assert isinstance(make_executor("local", jobs=1), InProcessExecutor)
    assert isinstance(make_executor("local", jobs=2), ProcessPoolExecutor)
    with pytest.raises(EtlError, match="unknown executor 'spark'"):
        make_executor("spark")


def test_cli_jobs_option(cli, corpus, tmp_path):
    result = cli(["run", corpus, "--out", tmp_path / "out", "--jobs", "2", "--cache-dir", tmp_path / "cache"])
    assert result.exit_code == 1, result.output  # the broken input
    said = " ".join(result.output.split())
    assert "300 documents" in said and "301 sources processed, 0 from cache" in said


def test_a_pool_moves_batches_through_wide_pipes():
    """A batch's rows are megabytes: through 64 KiB pipes they took thousands of system calls."""
    import fcntl

    from etl.executors import PIPE_BYTES, Worker
    from etl.watch import shared_slots

    memory = shared_slots(1)
    worker = Worker(0, memory, False, None)
    try:
        for connection in (worker.tasks, worker.results):
            assert fcntl.fcntl(connection.fileno(), fcntl.F_GETPIPE_SZ) == PIPE_BYTES
    finally:
        worker.stop()
    # Larger than the pipe: still whole.
    assert list(ProcessPoolExecutor(1).map(len, ["x" * (3 * PIPE_BYTES)])) == [3 * PIPE_BYTES]
