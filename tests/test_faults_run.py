"""`etl run` under real faults: what it may replace, a damaged cache, dying and hanging workers,
signals, concurrent runs, full and read-only disks. Nothing the user has is lost, and every
failure is one line.

Faults are real: plugins that segfault, call ``os._exit``, are killed with SIGKILL or loop
forever in forked workers; bytes flipped in the cache files; runs started side by side; small
tmpfs mounts that fill up. Runs that might hang are separate processes with a time limit.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
from generate import generate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MARK = "FAULT-HERE"
TABLES = ("documents.parquet", "statements.parquet", "speakers.parquet", "errors.parquet")

FAULTY = '''
import ctypes, os, pathlib, signal, sys, time

import etl

FAULT = os.environ.get("FAULT", "")


class Faulty:
    """A segmenter that misbehaves on the document holding the mark, and passes on the others."""

    @etl.hookimpl
    def etl_segment(self, document):
        if os.environ.get("SLOW"):
            time.sleep(float(os.environ["SLOW"]))
        if "FAULT-HERE" not in document.text:
            return None
        if os.environ.get("HANG_FILE"):
            pathlib.Path(os.environ["HANG_FILE"]).write_text(str(os.getpid()))
        if FAULT == "os._exit":
            os._exit(3)
        if FAULT == "segfault":
            ctypes.string_at(0)
        if FAULT == "sys.exit":
            sys.exit(0)
        if FAULT == "KeyboardInterrupt":
            raise KeyboardInterrupt
        if FAULT == "SIGKILL":  # as the OOM killer does it
            os.kill(os.getpid(), signal.SIGKILL)
        if FAULT == "loop":
            while True:
                pass
        return None
'''

DRIVER = '''
import sys

sys.path.insert(0, sys.argv.pop(1))
import etl.cli
from faulty import Faulty

loaded = etl.cli.load_host


def load_host(*args, **kwargs):
    host = loaded(*args, **kwargs)
    host.register(Faulty(), "faulty")
    return host


etl.cli.load_host = load_host
sys.argv[0] = "etl"
etl.cli.main()
'''


@pytest.fixture
def driver(tmp_path) -> list[str]:
    """The command line of `etl` with the misbehaving plugin registered (FAULT=... chooses how)."""
    folder = tmp_path / "driver"
    folder.mkdir()
    (folder / "faulty.py").write_text(FAULTY)
    (folder / "drive.py").write_text(DRIVER)
    return [sys.executable, str(folder / "drive.py"), str(folder)]


def env(**extra: str) -> dict[str, str]:
    return {**os.environ, "COLUMNS": "300", **extra}


def etl(driver: list[str], *args: object, timeout: float = 90, **variables: str) -> subprocess.CompletedProcess:
    return subprocess.run([*driver, "run", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env(**variables))


def make_corpus(folder: Path, count: int = 24, marked: int | None = 9) -> Path | None:
    generate(folder, count, seed=3, jobs=1)
    files = sorted(folder.rglob("*.txt"))
    if marked is None:
        return None
    with open(files[marked], "a") as fh:
        fh.write(f"\n{MARK}\n")
    return files[marked]


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


# -- 1. what --out may replace -----------------------------------------------------------------
def test_an_out_that_holds_the_inputs_is_refused_and_they_stay(cli, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("ETL_CACHE_DIR", str(cache))
    project = tmp_path / "p"
    (project / "corpus").mkdir(parents=True)
    for seed in SEEDS.glob("*.txt"):
        (project / "corpus" / seed.name).write_bytes(seed.read_bytes())
    (project / "README").write_text("keep\n")
    result = cli(["run", project / "corpus", "--out", project])
    assert result.exit_code == 1
    assert "holds the input" in one_line(result.output)
    assert (project / "README").read_text() == "keep\n"
    assert len(list((project / "corpus").glob("*.txt"))) == 5
    assert not cache.exists()  # refused before anything was read or cached


def test_a_folder_that_is_not_a_dataset_is_refused_and_an_etl_dataset_is_replaced(cli, tmp_path):
    out = tmp_path / "notes"
    out.mkdir()
    (out / "mine.txt").write_text("mine")
    result = cli(["run", SEEDS, "--out", out])
    assert result.exit_code == 1
    assert "not empty and holds no dataset written by etl (no .etl-dataset file)" in one_line(result.output)
    assert (out / "mine.txt").read_text() == "mine"

    built = tmp_path / "built"
    assert cli(["run", SEEDS, "--out", built]).exit_code == 0
    marker = (built / ".etl-dataset").read_bytes()
    assert marker.startswith(b'{"etl": "') and marker.endswith(b'"format": 1}\n')
    assert cli(["run", SEEDS / "000_ac5fb59a6c7b55f9.txt", "--out", built]).exit_code == 0  # replaced
    assert pq.read_table(built / "documents.parquet").num_rows == 1
    assert (built / ".etl-dataset").read_bytes() == marker  # the same bytes each time


def test_root_home_the_current_folder_and_an_out_inside_an_input_are_refused(tmp_path):
    home = tmp_path / "home"
    (home / "work" / "here").mkdir(parents=True)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes((SEEDS / "000_ac5fb59a6c7b55f9.txt").read_bytes())
    cases = {
        "/": "is the root folder",
        str(home): "is your home folder",
        ".": "is the current folder",
        "..": "is the current folder or holds it",
        str(corpus / "dataset"): "lies inside the input folder",
    }
    for out, said in cases.items():
        result = subprocess.run([sys.executable, "-m", "etl", "run", str(corpus), "--out", out, "--jobs", "1"],
                                capture_output=True, text=True, cwd=home / "work" / "here", timeout=60,
                                env=env(HOME=str(home), ETL_CACHE_DIR=str(tmp_path / "cache")))
        assert result.returncode == 1, (out, result.stdout, result.stderr)
        assert said in one_line(result.stderr), out
        assert not (tmp_path / "cache").exists(), out
    assert (corpus / "a.txt").exists() and not (corpus / "dataset").exists()


def test_an_out_inside_an_input_folder_is_allowed_when_the_input_is_a_glob_that_cannot_reach_it(cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    for _ in range(2):  # the second run does not read the first one's dataset as input
        result = cli(["run", f"{corpus}/*.txt", "--out", corpus / "dataset", "--cache-dir", tmp_path / "cache"])
        assert result.exit_code == 0, result.output
        assert "2 documents" in result.output and "0 errors" in result.output
    result = cli(["run", f"{corpus}/**/*.parquet", "--out", corpus / "dataset"])
    assert result.exit_code == 1 and "lies inside the input folder" in one_line(result.output)


# -- 2. a damaged cache ------------------------------------------------------------------------
def flip_byte(path: Path, at: float = 0.5) -> None:
    data = bytearray(path.read_bytes())
    data[int(len(data) * at)] ^= 0x01
    path.write_bytes(bytes(data))


def dataset_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name in TABLES}


def test_a_damaged_or_missing_cache_entry_is_recomputed_never_served(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 40, marked=None)
    cache = tmp_path / "cache"
    args = [sys.executable, "-m", "etl", "run", corpus, "--cache-dir", cache, "--jobs", "1", "--batch-size", "8"]

    def run(out: Path) -> subprocess.CompletedProcess:
        return subprocess.run([*map(str, args), "--out", str(out)], capture_output=True, text=True, env=env(),
                              timeout=120)

    assert run(tmp_path / "clean").returncode == 0
    segments = sorted(cache.glob("results-*/segments/*.statements.arrow"))
    assert len(segments) == 5
    flip_byte(segments[1])
    Path(str(segments[3]).replace(".statements.", ".documents.")).unlink()  # and another entry is gone
    again = run(tmp_path / "again")
    assert again.returncode == 0, again.stderr
    said = " ".join(again.stdout.split())
    assert "16 sources processed, 24 from cache; 16 of them processed again" in said, said
    assert dataset_bytes(tmp_path / "again") == dataset_bytes(tmp_path / "clean")
    third = run(tmp_path / "third")  # the damaged entries were written anew
    assert "0 sources processed, 40 from cache" in " ".join(third.stdout.split()), third.stdout


def test_full_refresh_rewrites_every_cache_entry(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 16, marked=None)
    cache = tmp_path / "cache"
    args = ["run", corpus, "--out", tmp_path / "out", "--cache-dir", cache, "--jobs", "1", "--batch-size", "8"]
    assert subprocess.run([sys.executable, "-m", "etl", *map(str, args)], env=env(), timeout=120).returncode == 0
    segment = sorted(cache.glob("results-*/segments/*.statements.arrow"))[0]
    flip_byte(segment)
    damaged = segment.read_bytes()
    refreshed = subprocess.run([sys.executable, "-m", "etl", *map(str, args), "--full-refresh"], env=env(),
                               capture_output=True, text=True, timeout=120)
    assert refreshed.returncode == 0, refreshed.stderr
    assert segment.read_bytes() != damaged
    from etl.cache import read_ipc

    for path in cache.glob("results-*/segments/*.arrow"):
        read_ipc(path)  # every entry is whole again


def test_a_garbled_cache_index_is_one_line_and_rebuilt(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 16, marked=None)
    cache = tmp_path / "cache"
    args = [sys.executable, "-m", "etl", "run", str(corpus), "--cache-dir", str(cache), "--jobs", "1",
            "--batch-size", "8"]
    assert subprocess.run([*args, "--out", str(tmp_path / "one")], env=env(), timeout=120).returncode == 0
    index = next(cache.glob("results-*/index.arrow"))
    data = bytearray(index.read_bytes())
    for at in range(len(data) // 3, len(data) // 3 + 16):  # a record batch's body: it opens, then fails
        data[at] ^= 0xFF
    index.write_bytes(bytes(data))
    again = subprocess.run([*args, "--out", str(tmp_path / "two")], capture_output=True, text=True, env=env(),
                           timeout=120)
    assert again.returncode == 0, again.stderr
    assert "the cache index" in one_line(again.stderr) and "rebuilt" in again.stderr
    assert "0 sources processed, 16 from cache" in " ".join(again.stdout.split())
    assert dataset_bytes(tmp_path / "two") == dataset_bytes(tmp_path / "one")
    third = subprocess.run([*args, "--out", str(tmp_path / "three")], capture_output=True, text=True, env=env(),
                           timeout=120)
    assert third.returncode == 0 and third.stderr == ""


# -- 3. workers that die or hang ---------------------------------------------------------------
def time_limit(fault: str) -> list[str]:
    """A short time limit for the endless loop; the default (600 s) for the others."""
    return ["--timeout", "3"] if fault == "loop" else []


@pytest.mark.parametrize("fault, reason", [
    ("os._exit", "exited with status 3"),
    ("segfault", "killed by SIGSEGV"),
    ("sys.exit", "raised SystemExit"),
    ("KeyboardInterrupt", "raised KeyboardInterrupt"),
    ("SIGKILL", "killed by SIGKILL"),
    ("loop", "time limit of 3 s"),
])
def test_a_worker_that_dies_or_hangs_fails_its_document_alone(driver, tmp_path, fault, reason):
    corpus = tmp_path / "corpus"
    marked = make_corpus(corpus)
    out = tmp_path / "out"
    result = etl(driver, corpus, "--out", out, "--cache-dir", tmp_path / "cache", "--jobs", "2",
                 "--batch-size", "4", "--disable", "language", *time_limit(fault), FAULT=fault)
    assert result.returncode == 1, result.stderr  # one input failed; the run went on
    assert "Traceback" not in result.stderr
    assert "23 documents" in result.stdout and "1 errors" in result.stdout, result.stderr
    errors = pq.read_table(out / "errors.parquet").to_pylist()
    assert [(e["source"], e["stage"], e["plugin"]) for e in errors] == [(marked.relative_to(corpus.parent).as_posix(), "segment", "faulty")]
    assert "in etl_segment of plugin 'faulty'" in errors[0]["message"] and reason in errors[0]["message"]


@pytest.mark.parametrize("fault", ["sys.exit", "KeyboardInterrupt", "loop"])
def test_with_jobs_1_a_plugin_that_exits_or_loops_fails_its_document_alone(driver, tmp_path, fault):
    corpus = tmp_path / "corpus"
    marked = make_corpus(corpus, 12, marked=5)
    out = tmp_path / "out"
    result = etl(driver, corpus, "--out", out, "--cache-dir", tmp_path / "cache", "--jobs", "1",
                 "--batch-size", "4", "--disable", "language", *time_limit(fault), FAULT=fault)
    assert result.returncode == 1, result.stderr
    assert "11 documents" in result.stdout and "1 errors" in result.stdout
    errors = pq.read_table(out / "errors.parquet").to_pylist()
    assert [(e["source"], e["stage"], e["plugin"]) for e in errors] == [(marked.relative_to(corpus.parent).as_posix(), "segment", "faulty")]


def test_the_time_limit_comes_from_the_project_file_too(driver, tmp_path):
    corpus = tmp_path / "corpus"
    marked = make_corpus(corpus, 8, marked=2)
    project = tmp_path / "etl.toml"
    project.write_text('disable = ["language"]\ntimeout = 1.5\n')
    result = etl(driver, corpus, "--out", tmp_path / "out", "--cache-dir", tmp_path / "cache", "--jobs", "2",
                 "--batch-size", "4", "--config", project, FAULT="loop")
    assert result.returncode == 1, result.stderr
    errors = pq.read_table(tmp_path / "out" / "errors.parquet").to_pylist()
    assert [e["source"] for e in errors] == [marked.relative_to(corpus.parent).as_posix()] and "time limit of 1.5 s" in errors[0]["message"]
    project.write_text('timeout = "soon"\n')
    refused = etl(driver, corpus, "--out", tmp_path / "out", "--config", project)
    assert refused.returncode == 1
    assert one_line(refused.stderr) == (f"error: {project}: timeout must be a number of seconds, like "
                                        f"timeout = 600 (0: no limit)")


def process_gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in state  # a zombie has stopped running


def test_a_hung_worker_dies_with_a_killed_run(driver, tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    hang = tmp_path / "hanging"
    run = subprocess.Popen([*driver, "run", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "2",
                            "--cache-dir", str(tmp_path / "cache")],
                           env=env(FAULT="loop", HANG_FILE=str(hang)), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not hang.exists() or not hang.read_text():
            assert time.monotonic() < deadline and run.poll() is None
            time.sleep(0.05)
        worker = int(hang.read_text())
        assert worker != run.pid and not process_gone(worker)
    finally:
        run.kill()
        run.wait()
    deadline = time.monotonic() + 10
    while not process_gone(worker):
        if time.monotonic() > deadline:
            os.kill(worker, signal.SIGKILL)
            pytest.fail("the hung worker outlived the run that was killed")
        time.sleep(0.05)


@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_stops_the_run_in_one_line_and_keeps_its_finished_batches(driver, tmp_path, signum, status):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 80, marked=None)
    cache = tmp_path / "cache"
    args = [*driver, "run", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "2", "--batch-size", "4",
            "--cache-dir", str(cache)]
    run = subprocess.Popen(args, env=env(SLOW="0.05"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(list(cache.glob("results-*/segments/*.index.arrow"))) < 2:
        assert time.monotonic() < deadline and run.poll() is None
        time.sleep(0.02)
    run.send_signal(signum)
    stdout, stderr = run.communicate(timeout=20)
    assert run.returncode == status, stderr
    assert one_line(stderr) == (f"stopped by {signal.Signals(signum).name}: the batches finished are cached; "
                                f"run the same command again to go on")
    assert not (tmp_path / "out").exists()
    again = subprocess.run(args, env=env(), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    reused = re.search(r"(\d+) from cache", " ".join(again.stdout.split()))
    assert reused and int(reused.group(1)) >= 8, again.stdout


# -- 4. concurrent runs ------------------------------------------------------------------------
def test_a_second_run_on_the_same_out_or_cache_refuses_in_one_line(driver, tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 40, marked=None)
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = subprocess.Popen([*driver, "run", str(corpus), "--out", str(out), "--cache-dir", str(cache),
                              "--jobs", "1", "--batch-size", "4"], env=env(SLOW="0.5"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not list(cache.glob("results-*/segments/*.index.arrow")):
            assert time.monotonic() < deadline and first.poll() is None, first.communicate()
            time.sleep(0.02)
        same_out = etl(driver, corpus, "--out", out, "--cache-dir", tmp_path / "other-cache", "--jobs", "1")
        same_cache = etl(driver, corpus, "--out", tmp_path / "other", "--cache-dir", cache, "--jobs", "1")
        assert first.poll() is None, "the first run must still be going for this test to mean anything"
    finally:
        first.terminate()
        first.communicate(timeout=30)
    assert same_out.returncode == 1 and f"is using --out {out}" in one_line(same_out.stderr)
    assert same_cache.returncode == 1 and f"is using the cache {cache}" in one_line(same_cache.stderr)
    assert f"another etl run (process {first.pid})" in same_cache.stderr
    finished = etl(driver, corpus, "--out", out, "--cache-dir", cache, "--jobs", "1")
    assert finished.returncode == 0, finished.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_leftovers_of_killed_runs_are_cleared_and_a_dataset_moved_aside_is_put_back(cli, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert cli(["run", SEEDS, "--out", out, "--cache-dir", cache]).exit_code == 0
    kept = dataset_bytes(out)
    # A run killed between moving the old dataset aside and the new one in, another half-way.
    os.replace(out, tmp_path / ".out.old-4194300")
    (tmp_path / ".out.tmp-4194301").mkdir()
    (tmp_path / ".out.tmp-4194301" / "documents.parquet").write_bytes(b"half")
    leftover = next(cache.glob("results-*/segments")) / ".abc.documents.arrow.4194302.tmp"
    leftover.write_bytes(b"half")
    result = cli(["run", SEEDS, "--out", out, "--cache-dir", cache])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output  # the dataset put back is the one the record knows
    assert dataset_bytes(out) == kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "out"]
    assert not leftover.exists()


# -- 5. full and read-only disks, failures after the save ---------------------------------------
@pytest.fixture
def small_disk(tmp_path):
    """A 64 KiB tmpfs (or one mounted read-only), unmounted afterwards."""
    mounted = []

    def mount(name: str, options: str = "size=64k") -> Path:
        point = tmp_path / name
        point.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.decode().strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", str(point)], check=False)


def leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.name.endswith(".tmp") or ".tmp-" in p.name or ".old-" in p.name)


def test_a_full_disk_under_out_is_one_line_and_leaves_no_temporary_files(tmp_path, small_disk):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 60, marked=None)
    disk = small_disk("disk")
    result = subprocess.run([sys.executable, "-m", "etl", "run", str(corpus), "--out", str(disk / "ds"),
                             "--cache-dir", str(tmp_path / "cache"), "--jobs", "1"],
                            capture_output=True, text=True, env=env(), timeout=120)
    assert result.returncode == 1
    assert one_line(result.stderr) == (f"error: {disk / 'ds'}: cannot write the dataset (No space left on device); "
                                       f"free some space there or choose another --out")
    assert leftovers(disk) == [] and not (disk / "ds").exists()


def test_a_full_disk_under_the_cache_is_one_line_and_leaves_no_temporary_files(tmp_path, small_disk):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 60, marked=None)
    disk = small_disk("disk")
    result = subprocess.run([sys.executable, "-m", "etl", "run", str(corpus), "--out", str(tmp_path / "ds"),
                             "--cache-dir", str(disk / "cache"), "--jobs", "1"],
                            capture_output=True, text=True, env=env(), timeout=120)
    assert result.returncode == 1
    assert one_line(result.stderr) == (f"error: {disk / 'cache'}: cannot write the cache (No space left on device); "
                                       f"free some space there or pass --cache-dir PATH")
    assert leftovers(disk) == [] and leftovers(tmp_path) == []


def test_a_read_only_out_is_refused_before_the_work(tmp_path, small_disk):
    disk = small_disk("readonly", "ro,size=64k")
    result = subprocess.run([sys.executable, "-m", "etl", "run", str(SEEDS), "--out", str(disk / "ds"),
                             "--cache-dir", str(tmp_path / "cache"), "--jobs", "1"],
                            capture_output=True, text=True, env=env(), timeout=120)
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert str(disk) in line and "Read-only file system" in line
    assert not (tmp_path / "cache").exists()  # before any work


def test_a_failure_after_the_save_is_one_line_and_the_dataset_is_in_place(cli, tmp_path):
    cache = tmp_path / "cache"
    (cache / "output.json").mkdir(parents=True)  # where the run's record goes: it cannot be written
    result = cli(["run", SEEDS, "--out", tmp_path / "ds", "--cache-dir", cache])
    assert result.exit_code == 1
    line = one_line(result.output)
    assert line.startswith(f"error: the dataset is complete in {tmp_path / 'ds'}, but {cache}: cannot write")
    assert pq.read_table(tmp_path / "ds" / "documents.parquet").num_rows == 5
