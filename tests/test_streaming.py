"""Streaming: rows reach Parquet in fixed-size row groups and parts, and the speakers table is a merge of partials."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import etl.freshness
import etl.runner
from etl.memory import glibc
from etl.plugins import default_host
from etl.query import query
from etl.runner import run
from etl.speakers import MENTION_SCHEMA, merge, partial, speakers_table

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
import turns  # noqa: E402
from generate import generate  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, 250, seed=5, jobs=1)
    return folder


@pytest.fixture
def host():
    h = default_host()
    turns.register(h)
    return h


def test_small_batches_and_row_groups_give_the_same_rows(host, corpus, tmp_path):
    big = run(host, [str(corpus)], tmp_path / "big", jobs=1, cache_dir=tmp_path / "c1")
    small = run(host, [str(corpus)], tmp_path / "small", batch_size=7, row_group_rows=100, jobs=2,
                cache_dir=tmp_path / "c2")
    assert small.statements == big.statements > 1000
    for table in ("documents", "statements"):
        meta = pq.ParquetFile(tmp_path / "small" / f"{table}.parquet").metadata
        sizes = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
        assert meta.num_row_groups > 2
        assert set(sizes[:-1]) == {100} and 0 < sizes[-1] <= 100  # exact cuts, whatever the batches were
        assert pq.read_table(tmp_path / "small" / f"{table}.parquet").equals(
            pq.read_table(tmp_path / "big" / f"{table}.parquet"))
    assert pq.read_table(tmp_path / "small" / "speakers.parquet").equals(
        pq.read_table(tmp_path / "big" / "speakers.parquet"))


def test_a_large_corpus_is_split_into_parts_that_duckdb_reads_as_one_table(host, corpus, tmp_path, monkeypatch):
    one = run(host, [str(corpus)], tmp_path / "one", jobs=1, cache_dir=tmp_path / "c1")
    monkeypatch.setattr(etl.freshness, "PART_MIN", 20)
    monkeypatch.setattr(etl.freshness, "PART_SPREAD", 16)
    parted = run(host, [str(corpus)], tmp_path / "parted", jobs=2, batch_size=16, cache_dir=tmp_path / "c2")
    files = sorted(p.name for p in (tmp_path / "parted" / "statements").iterdir())
    assert len(files) > 3 and files[0] == "part-00000.parquet"
    assert not (tmp_path / "parted" / "statements.parquet").exists()
    sql = "SELECT count(*), sum(char_end - char_start), min(statement_id), max(statement_id) FROM statements"
    assert query(tmp_path / "parted", sql) == query(tmp_path / "one", sql)
    assert parted.speakers == one.speakers
    assert pq.read_table(tmp_path / "parted" / "speakers.parquet").equals(
        pq.read_table(tmp_path / "one" / "speakers.parquet"))
    # Adding a document at the end rebuilds the last part only; the others are taken over as they are.
    before = {p.name: p.stat().st_ino for p in (tmp_path / "parted" / "documents").iterdir()}
    last = sorted((corpus / "0000").iterdir())[-1]
    extra = corpus / "0000" / "zzz_extra.txt"
    extra.write_text(last.read_text(encoding="utf-8").replace("said", "stated"), encoding="utf-8")
    try:
        again = run(host, [str(corpus)], tmp_path / "parted", jobs=1, batch_size=16, cache_dir=tmp_path / "c2")
    finally:
        extra.unlink()
    assert again.computed == 1
    after = {p.name: p.stat().st_ino for p in (tmp_path / "parted" / "documents").iterdir()}
    assert sorted(after) == sorted(before)
    kept = [name for name in before if after[name] == before[name]]
    assert len(kept) == len(before) - 1


def mentions(rows: list[tuple]) -> pa.Table:
    names = MENTION_SCHEMA.names
    return pa.Table.from_pylist([dict(zip(names, r)) for r in rows], schema=MENTION_SCHEMA)


def test_speaker_partials_merge_to_the_same_table_in_any_grouping(host):
    from datetime import datetime, timezone

    d1, d2 = datetime(2021, 7, 20, tzinfo=timezone.utc), datetime(2022, 2, 22, tzinfo=timezone.utc)
    rows = [
        ("p", "Vladimir Putin", "Russian President Vladimir Putin", "President", "Russia", "a.txt", "A", d1),
        ("p", "Vladimir Putin", "President Vladimir Putin", "President", None, "a.txt", "A", d1),
        ("p", "Vladimir Putin", None, "Head of State", "Russia", "b.txt", "B", d2),
        ("a", "Ilham Aliyev", "President Ilham Aliyev", "President", "Azerbaijan", "b.txt", "B", d2),
        ("a", "Ilham Aliyev", None, None, None, "c.txt", "C", None),
    ]
    schema = host.schema()
    whole = speakers_table(schema, partial(mentions(rows)))
    # Partials per document (as batches hold whole documents), merged in another order.
    split = speakers_table(schema, merge([partial(mentions(rows[4:])), partial(mentions(rows[:2])),
                                          partial(mentions(rows[2:4]))]))
    assert whole.equals(split)
    by_id = {r["speaker_id"]: r for r in whole.to_pylist()}
    putin = by_id["p"]
    assert putin["name"] == "Vladimir Putin" and putin["role"] == "President" and putin["affiliation"] == "Russia"
    assert putin["aliases"] == ["President Vladimir Putin", "Russian President Vladimir Putin", "Vladimir Putin"]
    assert (putin["n_statements"], putin["n_documents"]) == (3, 2)
    assert (putin["first_seen"], putin["last_seen"]) == (d1, d2)
    aliyev = by_id["a"]
    assert (aliyev["n_statements"], aliyev["n_documents"], aliyev["first_seen"]) == (2, 2, d2)
    # The most frequent value wins; a tie goes to the alphabetically first.
    assert Counter(r[3] for r in rows if r[0] == "p").most_common(1)[0][0] == putin["role"]


def test_speaker_values_merge_as_a_hash_aggregation_would(tmp_path):
    import random

    from etl.speakers import VALUES_SCHEMA, merge_values

    rng = random.Random(3)
    rows = [(f"s{rng.randrange(40):02d}", rng.choice(["name", "alias", "role"]),
             rng.choice(["Ministre", "Minister", "Mínister", "President", "Speaker of Parliament", "Aide"])
             + " " * rng.randrange(2), rng.randrange(1, 5)) for _ in range(3000)]
    table = pa.Table.from_pylist([dict(zip(VALUES_SCHEMA.names, r)) for r in rows], schema=VALUES_SCHEMA)
    chunked = pa.concat_tables([table.slice(0, 1000), table.slice(1000)])
    merged = merge_values(chunked)
    expected = Counter()
    for speaker, field, value, count in rows:
        expected[(speaker, field, value)] += count
    assert [tuple(r.values()) for r in merged.to_pylist()] == [(*k, v) for k, v in sorted(
        expected.items(), key=lambda kv: tuple(x.encode() for x in kv[0]))]
    assert merge_values(VALUES_SCHEMA.empty_table()).num_rows == 0


def test_importing_etl_asks_pyarrow_for_a_pool_that_hands_memory_back(tmp_path):
    import os
    import subprocess

    probe = "import etl, pyarrow as pa; print(pa.default_memory_pool().backend_name)"
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    chosen = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    if sys.platform.startswith("linux") and "jemalloc" in pa.supported_memory_backends():
        assert chosen.stdout.strip() == "jemalloc"
    # A pool the user names wins.
    env["ARROW_DEFAULT_MEMORY_POOL"] = "system"
    theirs = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert theirs.stdout.strip() == "system"


CHURN = """
import resource

from etl.memory import settle_allocators
from etl.plugins import default_host
from etl.runner import BatchTask


def churn():
    # What a batch does to the allocator: blocks of megabytes, written to, freed, asked for again.
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(40):
        block = bytearray(2 << 20)
        block[::4096] = b"x" * 512
        del block
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


settle_allocators()  # the main process, as `etl run` sets it up
task = BatchTask(default_host(), None)
main = churn()
task.warm_up()  # what every forked worker does first
churn()
print(main, churn())
"""


@pytest.mark.skipif(glibc() is None, reason="the allocator settings are glibc's")
def test_workers_keep_freed_blocks_for_their_next_batch_where_the_main_process_hands_them_back():
    import subprocess

    found = subprocess.run([sys.executable, "-c", CHURN], capture_output=True, text=True, check=True)
    main, worker = map(int, found.stdout.split())
    assert main >= 40 * 400  # every 2 MiB block mapped anew: a fault per page
    assert worker < main / 20  # the worker's heap hands the same pages back


def test_sources_are_listed_lazily_in_the_order_a_full_sort_gives(tmp_path):
    from etl.sources import iter_sources

    for name in ("a/x-1.txt", "a/x/y.txt", "a/x.txt", "a/é.txt", "a/e.txt", "a/.hidden", "a/.git/config",
                 "b/Z.txt", "b/a.txt", "a/x/z/deep.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text", encoding="utf-8")
    listed = iter_sources([str(tmp_path / "a"), str(tmp_path / "b" / "a.txt"), str(tmp_path / "*" / "x*")])
    assert not isinstance(listed, list)
    relative = [p[len(str(tmp_path)) + 1:] for p in listed]
    assert relative == ["a/e.txt", "a/x-1.txt", "a/x.txt", "a/x/y.txt", "a/x/z/deep.txt", "a/é.txt", "b/a.txt"]
    assert relative == sorted(relative)
    # One source alone (no merge), and folders holding files only (handed on whole).
    alone = [p[len(str(tmp_path)) + 1:] for p in iter_sources([str(tmp_path / "a")])]
    assert alone == ["a/e.txt", "a/x-1.txt", "a/x.txt", "a/x/y.txt", "a/x/z/deep.txt", "a/é.txt"]
    assert [p[len(str(tmp_path)) + 1:] for p in iter_sources([str(tmp_path / "b")])] == ["b/Z.txt", "b/a.txt"]


def test_parts_are_planned_only_a_few_ahead_of_the_one_being_written(host, corpus, tmp_path, monkeypatch):
    """However many parts are cached, the executor's window bounds the plans held in memory."""
    monkeypatch.setattr(etl.freshness, "PART_MIN", 10)
    monkeypatch.setattr(etl.freshness, "PART_SPREAD", 8)
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(host, [str(corpus)], out, jobs=2, batch_size=8, cache_dir=cache)
    last = sorted((corpus / "0000").iterdir())[-1]
    extra = corpus / "0000" / "zzz_extra.txt"
    extra.write_text(last.read_text(encoding="utf-8"), encoding="utf-8")

    import weakref

    alive, most, plans = [0], [0], [0]
    plan_parts = etl.runner.plan_parts

    def counting_plans(*args):
        for plan in plan_parts(*args):
            alive[0] += 1
            plans[0] += 1
            weakref.finalize(plan, lambda: alive.__setitem__(0, alive[0] - 1))
            most[0] = max(most[0], alive[0])
            yield plan

    monkeypatch.setattr(etl.runner, "plan_parts", counting_plans)
    try:
        again = run(host, [str(corpus)], out, jobs=2, batch_size=8, cache_dir=cache)
    finally:
        extra.unlink()
    # The new file shows in the listing, so no pass stats and looks up every part before the run does.
    assert again.computed == 1 and 12 < plans[0] < 2 * 12
    # The window holds 2 items per worker, each part sends at least one, and
    # one more part is being written.
    assert most[0] <= 2 * 2 + 2
