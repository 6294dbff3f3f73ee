"""Benchmark `etl run` with the default plugins on a generated corpus, against a floor.

    python benchmarks/run.py --count 100000 [--work /tmp/etl-bench] [--jobs-compare] [--repeat 3]

Steps, each timed as a separate `etl run` process (wall time, and peak memory
sampled from /proc every ``SAMPLE_S`` seconds: the main process's RSS, the
largest process's RSS, and the PSS summed over the process and its workers,
which counts pages that forked workers share with the parent once; then the
kernel's peak RSS of the largest of them, read with ``wait4``, which misses
nothing between samples):

1. cold: an empty cache and no dataset;
2. no-op: the same command again, nothing changed;
3. +1%: ``count / 100`` new documents added to the corpus, then the command again;
4. (``--jobs-compare``) cold with ``--jobs 1``, for the parallel speed-up.

The *floor* is the least any tool must do with the same files, timed in this
process: read every file, one regular-expression pass over its text, and one
Parquet file written with pyarrow (zstd, text and a match count per file).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate  # noqa: E402

ETL = [sys.executable, "-m", "etl"]
SPEECH = re.compile(r"(?:said|noted|stated)\b|^[-–—] |^[A-Z][\w .-]{2,60}:", re.M)


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.txt"))


def prepare(corpus: Path, count: int, seed: int) -> None:
    """The corpus holds documents 0 to count-1 exactly (earlier +1% steps are removed)."""
    have = {int(p.name.split("_")[0]) for p in corpus_files(corpus)} if corpus.exists() else set()
    for path in corpus_files(corpus) if have else []:
        if int(path.name.split("_")[0]) >= count:
            path.unlink()
    missing = count - len({i for i in have if i < count})
    if missing:
        shutil.rmtree(corpus, ignore_errors=True)
        generate(corpus, count, seed=seed)


def process_tree(pid: int) -> list[int]:
    """``pid`` and every process descended from it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                parent = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


def memory_of(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in bytes; PSS splits each page shared by n processes n ways."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for row in fh:
                if row.startswith("Rss:"):
                    rss = int(row.split()[1]) * 1024
                elif row.startswith("Pss:"):
                    pss = int(row.split()[1]) * 1024
                    break
    except (OSError, ValueError, IndexError):
        pass
    return rss, pss


def tree_memory(launcher: int) -> dict[str, int]:
    """Memory of the run ``launcher`` started and of its workers: the run's own RSS, the largest
    RSS, and the PSS summed over all of them (what the run costs the machine: forked workers'
    shared pages counted once). The launcher itself is left out."""
    tree = process_tree(launcher)[1:]
    sizes = {p: memory_of(p) for p in tree}
    return {"main": sizes[tree[0]][0] if tree else 0, "max": max((r for r, _ in sizes.values()), default=0),
            "pss": sum(p for _, p in sizes.values())}


# Starts the command and reports, on its last stderr line, the kernel's peak RSS of the largest
# process of the run (``wait4``: the run and every worker it waited for). A small process of its
# own, because a process's peak counts the memory of the one that forked it, as it was then: run
# straight from this script, the run would be charged with this script's file list.
LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
child.returncode = os.waitstatus_to_exitcode(status)
print(f"peak-rss-kib {usage.ru_maxrss}", file=sys.stderr)
sys.exit(child.returncode if child.returncode >= 0 else 1)
"""


#: Seconds between memory samples: one sample of a run and its workers costs about 10 ms
#: of CPU, so every 0.1 s would take about 5% of this 2-core machine from the run timed.
SAMPLE_S = 0.5


def timed(command: list[str]) -> dict[str, float]:
    """Run ``command``; its wall time, memory and stdout.

    Memory is sampled every ``SAMPLE_S`` seconds (see ``tree_memory``), and read once more as the
    kernel's high-water mark at the end (see ``LAUNCHER``), which misses no peak
    between samples.
    """
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, *command], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "COLUMNS": "300"})
    peak = {"main": 0, "max": 0, "pss": 0}

    def sample() -> None:
        while proc.poll() is None:
            for name, value in tree_memory(proc.pid).items():
                peak[name] = max(peak[name], value)
            time.sleep(SAMPLE_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - began
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{err[-2000:]}")
    said = " ".join(out.split())
    statements = re.search(r"(\d+) statements", said)
    kernel = re.search(r"peak-rss-kib (\d+)", err)
    return {"wall": wall, "rss_main": peak["main"], "rss_max": peak["max"], "pss_sum": peak["pss"],
            "rss_peak": int(kernel.group(1)) * 1024 if kernel else 0, "out": said,
            "statements": int(statements.group(1)) if statements else 0}


def floor(files: list[Path], out: Path) -> float:
    """Read every file, one regex pass, one Parquet file: the least a run must do."""
    began = time.perf_counter()
    schema = pa.schema([("source", pa.string()), ("text", pa.string()), ("matches", pa.int32())])
    with pq.ParquetWriter(str(out), schema, compression="zstd") as writer:
        for i in range(0, len(files), 4096):
            sources, texts, matches = [], [], []
            for path in files[i:i + 4096]:
                text = path.read_bytes().decode("utf-8")
                sources.append(str(path))
                texts.append(text)
                matches.append(len(SPEECH.findall(text)))
            writer.write_table(pa.table([sources, texts, matches], schema=schema))
    return time.perf_counter() - began


def line(label: str, r: dict[str, float], docs: int, megabytes: float, floor_s: float | None = None) -> str:
    sampled = (f"RSS main {r['rss_main'] / 2**20:>5.0f}, max {r['rss_max'] / 2**20:>5.0f}; "
               f"PSS all {r['pss_sum'] / 2**20:>6.0f} MiB") if r["rss_main"] else \
        f"{'(over before the first sample)':<43}"
    text = (f"{label:<14} {r['wall']:>9.2f} s {docs / r['wall']:>10,.0f} docs/s {megabytes / r['wall']:>7.2f} MB/s "
            f"{r['statements'] / r['wall']:>10,.0f} st/s  {sampled}; peak RSS {r['rss_peak'] / 2**20:>5.0f} MiB")
    if floor_s:
        text += f"  {r['wall'] / floor_s:.2f}x floor"
    return text


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="documents in the corpus (default 10000)")
    parser.add_argument("--work", default="/tmp/etl-bench", help="folder for the corpus, dataset and cache")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs-compare", action="store_true", help="also time a cold run with --jobs 1")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds of every step; with more than one, the median and range of each figure")
    args = parser.parse_args(argv)

    work = Path(args.work)
    corpus, out, cache = work / f"corpus-{args.count}", work / "dataset", work / "cache"
    prepare(corpus, args.count, args.seed)
    files = corpus_files(corpus)
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    print(f"corpus: {len(files):,} documents, {megabytes:,.1f} MB, {os.cpu_count()} cores, "
          f"python {sys.version.split()[0]}, pyarrow {pa.__version__}")
    from etl.plugins import default_host

    print("plugins:", ", ".join(sorted(default_host().infos)), "(opt-in plugins are not loaded)")

    command = [*ETL, "run", str(corpus), "--out", str(out), "--cache-dir", str(cache)]
    rounds = [one_round(args, corpus, files, megabytes, work, out, cache, command) for _ in range(args.repeat)]
    if args.repeat > 1:
        summarise(rounds, len(files))


def one_round(args: argparse.Namespace, corpus: Path, files: list[Path], megabytes: float, work: Path, out: Path,
              cache: Path, command: list[str]) -> dict[str, float]:
    """floor, cold, no-op and +1% (and cold --jobs 1), printed; the ratios the targets are about."""
    floor_s = floor(files, work / "floor.parquet")
    print(f"{'floor':<14} {floor_s:>9.2f} s {len(files) / floor_s:>10,.0f} docs/s "
          f"{megabytes / floor_s:>7.2f} MB/s  (read, one regex pass, one Parquet file; 1 process)")
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    cold = timed(command)
    print(line("cold", cold, len(files), megabytes, floor_s))
    print("   ", cold["out"][-160:])
    noop = timed(command)
    print(line("no-op re-run", noop, len(files), megabytes) + f"  cold/no-op {cold['wall'] / noop['wall']:.1f}x")
    added = max(1, args.count // 100)
    generate(corpus, added, start=args.count, seed=args.seed)
    plus = timed(command)
    print(line("+1% re-run", plus, len(files) + added, megabytes * 1.01)
          + f"  {100 * plus['wall'] / cold['wall']:.1f}% of cold")
    print("   ", plus["out"][-160:])
    for path in corpus_files(corpus):
        if int(path.name.split("_")[0]) >= args.count:
            path.unlink()
    found = {"cold": cold["wall"], "floor": floor_s, "noop": noop["wall"], "plus": plus["wall"],
             "peak": cold["rss_peak"]}
    if args.jobs_compare:
        shutil.rmtree(cache, ignore_errors=True)
        one = timed([*command, "--jobs", "1"])
        print(line("cold --jobs 1", one, len(files), megabytes, floor_s)
              + f"  jobs 2 speed-up {one['wall'] / cold['wall']:.2f}x")
        found["jobs1"] = one["wall"]
    return found


def summarise(rounds: list[dict[str, float]], docs: int) -> None:
    """The median of each figure over the rounds, with its range: this machine's speed drifts."""
    def figure(label: str, values: list[float], fmt: str) -> None:
        values = sorted(values)
        print(f"  {label:<24} median {fmt.format(statistics.median(values))}   "
              f"range {fmt.format(values[0])} to {fmt.format(values[-1])}")

    print(f"over {len(rounds)} rounds:")
    figure("cold docs/s", [docs / r["cold"] for r in rounds], "{:,.0f}")
    figure("cold / floor", [r["cold"] / r["floor"] for r in rounds], "{:.2f}x")
    figure("cold / no-op", [r["cold"] / r["noop"] for r in rounds], "{:.1f}x")
    figure("+1% / cold", [100 * r["plus"] / r["cold"] for r in rounds], "{:.1f}%")
    figure("peak RSS (MiB)", [r["peak"] / 2**20 for r in rounds], "{:,.0f}")
    if "jobs1" in rounds[0]:
        figure("--jobs 2 speed-up", [r["jobs1"] / r["cold"] for r in rounds], "{:.2f}x")

if __name__ == "__main__":
    main()
