"""Trace the resident memory of one command's main process over time.

    python benchmarks/rss_trace.py python -m etl run CORPUS --out OUT --cache-dir CACHE

Prints the command's output, then about 25 samples ``SECONDS:MiB`` and the
largest, read from ``/proc/PID/statm`` every 0.5 s: whether memory grows
with the run or levels off.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time


def main(command: list[str]) -> None:
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    began, samples = time.monotonic(), []
    page = os.sysconf("SC_PAGE_SIZE")
    while proc.poll() is None:
        try:
            with open(f"/proc/{proc.pid}/statm") as fh:
                samples.append((time.monotonic() - began, int(fh.read().split()[1]) * page // 2**20))
        except OSError:
            pass
        time.sleep(0.5)
    print(proc.stdout.read().decode()[-300:])
    if samples:
        step = max(1, len(samples) // 25)
        print(" ".join(f"{t:.0f}s:{mib}" for t, mib in samples[::step]), "max", max(m for _, m in samples))


if __name__ == "__main__":
    main(sys.argv[1:])
