"""Cold `etl run` over the same documents as text files and as web pages, in one run of this script.

    python benchmarks/web_vs_text.py --count 10000 [--work /tmp/etl-web-bench] [--repeat 1]

The text corpus is ``generate.py``'s, the pages are ``webpages.py``'s
wrapping of the same documents. Each step is a separate `etl run` process
with the default plugins, an empty cache and no dataset, timed by wall
clock; the two kinds alternate round by round, so that drift in the
machine's speed falls on both. Prints each time, the statements each run
found, and the ratio of page time to text time (target: 2.0 at most).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate  # noqa: E402
from webpages import generate_pages  # noqa: E402

ETL = [sys.executable, "-m", "etl"]


def corpus(folder: Path, count: int, seed: int, write, suffix: str) -> int:
    """The corpus in ``folder``, written unless it already holds ``count`` files; its size in bytes."""
    files = list(folder.rglob(f"*{suffix}")) if folder.exists() else []
    if len(files) != count:
        shutil.rmtree(folder, ignore_errors=True)
        write(folder, count, seed=seed)
        files = list(folder.rglob(f"*{suffix}"))
    return sum(p.stat().st_size for p in files)


def cold(source: Path, work: Path) -> tuple[float, str]:
    """One cold run: its wall time and its summary line."""
    out, cache = work / "dataset", work / "cache"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    began = time.perf_counter()
    done = subprocess.run([*ETL, "run", str(source), "--out", str(out), "--cache-dir", str(cache)],
                          capture_output=True, text=True, env={**os.environ, "COLUMNS": "300"})
    wall = time.perf_counter() - began
    if done.returncode not in (0, 1):
        raise SystemExit(f"etl run {source} failed:\n{done.stderr[-2000:]}")
    return wall, " ".join(done.stdout.split())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="documents in each corpus (default 10000)")
    parser.add_argument("--work", default="/tmp/etl-web-bench", help="folder for the corpora and the runs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="rounds; with more than one, the median ratio")
    args = parser.parse_args(argv)
    work = Path(args.work)
    texts, pages = work / f"text-{args.count}", work / f"pages-{args.count}"
    text_bytes = corpus(texts, args.count, args.seed, generate, ".txt")
    page_bytes = corpus(pages, args.count, args.seed, generate_pages, ".html")
    print(f"{args.count:,} documents: {text_bytes / 1e6:.1f} MB as text, {page_bytes / 1e6:.1f} MB as pages; "
          f"{os.cpu_count()} cores, python {sys.version.split()[0]}")
    ratios = []
    for _ in range(args.repeat):
        text_s, text_said = cold(texts, work)
        page_s, page_said = cold(pages, work)
        ratios.append(page_s / text_s)
        print(f"cold text  {text_s:8.2f} s {args.count / text_s:8,.0f} docs/s   {text_said[-110:]}")
        print(f"cold pages {page_s:8.2f} s {args.count / page_s:8,.0f} docs/s   {page_said[-110:]}")
        print(f"cold pages / cold text: {page_s / text_s:.2f} (target 2.0 at most)")
    if args.repeat > 1:
        print(f"median over {args.repeat} rounds: {statistics.median(ratios):.2f} "
              f"(range {min(ratios):.2f} to {max(ratios):.2f})")


if __name__ == "__main__":
    main()
