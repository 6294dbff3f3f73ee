"""Where a run's time goes: each plugin's hooks, and the core around them.

    python benchmarks/plugin_costs.py CORPUS [--limit 2000] [--cprofile]

Runs the default pipeline in this process (``--jobs 1``) over the first
``--limit`` files of CORPUS, timing every plugin call, and prints seconds and
share per plugin and hook. ``--cprofile`` also prints the 25 most costly
functions.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from etl.pipeline import expand_sources
from etl.plugins import default_host
from etl.runner import run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--cprofile", action="store_true")
    args = parser.parse_args(argv)

    files = expand_sources([args.corpus])[:args.limit]
    host = default_host()
    spent: dict[tuple[str, str], float] = defaultdict(float)
    call_one = host.call_one

    def timed_call(impl, **kwargs):
        began = time.perf_counter()
        try:
            return call_one(impl, **kwargs)
        finally:
            spent[(impl.plugin_name, impl.function.__name__)] += time.perf_counter() - began

    host.call_one = timed_call
    profiler = cProfile.Profile() if args.cprofile else None
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        if profiler:
            profiler.enable()
        summary = run(host, files, Path(tmp) / "out", jobs=1, cache_dir=Path(tmp) / "cache")
        if profiler:
            profiler.disable()
        total = time.perf_counter() - began
    plugins = sum(spent.values())
    print(f"{summary.documents} documents, {summary.statements} statements in {total:.2f} s "
          f"({summary.documents / total:,.0f} docs/s in one process)")
    print(f"{'plugin.hook':<48} {'seconds':>8} {'share':>6} {'µs/doc':>8}")
    for (plugin, hook), seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"{plugin + '.' + hook:<48} {seconds:>8.2f} {100 * seconds / total:>5.1f}% "
              f"{1e6 * seconds / max(1, summary.documents):>8.0f}")
    print(f"{'core (read, rows, Arrow, cache, Parquet)':<48} {total - plugins:>8.2f} "
          f"{100 * (total - plugins) / total:>5.1f}% {1e6 * (total - plugins) / max(1, summary.documents):>8.0f}")
    if profiler:
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
