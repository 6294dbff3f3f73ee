"""Time `etl run` on single long documents: does the cost of one grow linearly with its length?

    python benchmarks/long_documents.py [--sizes 1,10,50] [--kinds transcript,oneline,news]
                                        [--work /tmp/etl-long] [--timeout 900]

Three kinds of document, each written at every size (in MB) by extending the
genres of `benchmarks/generate.py`, deterministically:

* ``transcript``: a week of parliamentary debate, one sitting a day, with a
  date line for each, tens of thousands of `Role Name:` turns among a few
  dozen members, some `X said:` lines followed by a dash turn, and narration;
* ``oneline``: the same text with every newline replaced by a blank (a single
  line, which is the document's title: no statement in it);
* ``turn``: a title line, then the same debate with its line breaks lost after
  the first label, so one turn of speech as long as the document;
* ``news``: news articles (headline, date, quotes in every form the generator
  writes) one after another in one file.

Each document is run alone, as a separate `etl run` process with the default
plugins, ``--jobs 1`` and an empty ``--cache-dir``. Printed for each: wall
seconds and seconds per MB, the CPU seconds (user and system) and the
kernel's peak RSS of the run (``wait4``). A run of a tiny document first
gives the cost of starting up (the interpreter, the plugins, the output
files): the *net* figures are above it, CPU seconds per MB and peak RSS as a
multiple of the document's size, which is what must not grow with the size.
CPU time moves far less than wall time on a machine shared with other work.
A run still going after ``--timeout`` seconds is stopped and shown as such.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))
from generate import MONTHS, NARRATION, PLACES, Person, date_line, fill, news, paragraph  # noqa: E402

KINDS = ("transcript", "oneline", "turn", "news")
MB = 1_000_000
MEMBERS = 40  # speakers in the chamber over the week
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def transcript(size: int, seed: int = 1) -> str:
    """A debate of about ``size`` bytes: sittings of `Role Name:` turns, `X said:` lines, narration."""
    rng = random.Random(f"long-transcript:{seed}")
    members = [Person(rng) for _ in range(MEMBERS)]
    chair = members[0]
    parts = [f"Verbatim record of the plenary sittings of the National Assembly\n\n{date_line(rng)}\n\n"]
    written, turns_per_day = 0, max(20, size // (len(WEEKDAYS) * 650))
    day = turn = 0
    while written < size:
        if turn % turns_per_day == 0:
            weekday = WEEKDAYS[day % len(WEEKDAYS)]
            block = [f"Sitting of {weekday}, {day % 28 + 1} {MONTHS[day // 28 % 12]} 2024", "",
                     f"{chair.role} {chair.name}: The sitting is open. {paragraph(rng, 1, 2)}", "",
                     fill(rng, rng.choice(NARRATION)), ""]
            day += 1
        else:
            who = rng.choice(members)
            form = rng.random()
            if form < 0.7:
                block = [f"{who.role} {who.name}: {paragraph(rng, 1, 5)}", ""]
            elif form < 0.85:
                block = [f"{who.styled(rng)} said:", "", f"- {paragraph(rng)}", ""]
            elif form < 0.95:
                block = [f"{who.name}: {paragraph(rng, 1, 3)}", "", paragraph(rng, 1, 4), ""]
            else:
                block = [fill(rng, rng.choice(NARRATION)), ""]
        turn += 1
        chunk = "\n".join(block) + "\n"  # each block ends with a blank line
        parts.append(chunk)
        written += len(chunk.encode("utf-8"))
    return "".join(parts).strip() + "\n"


def news_text(size: int, seed: int = 1) -> str:
    """News articles of `generate.news` one after another, about ``size`` bytes in all."""
    parts, written, i = [], 0, 0
    while written < size:
        article = news(random.Random(f"long-news:{seed}:{i}")).strip() + "\n\n"
        parts.append(article)
        written += len(article.encode("utf-8"))
        i += 1
    return "".join(parts).strip() + "\n"


def document(kind: str, size: int, seed: int = 1) -> str:
    if kind == "transcript":
        return transcript(size, seed)
    if kind == "oneline":
        return " ".join(transcript(size, seed).split("\n")).strip() + "\n"
    if kind == "turn":
        first_turn = transcript(size, seed).split("\n\n", 3)[3]  # after the title, date and sitting lines
        return "Verbatim record of the plenary sittings\n\n" + " ".join(first_turn.split("\n")).strip() + "\n"
    if kind == "news":
        return news_text(size, seed)
    raise ValueError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")


def write(folder: Path, kind: str, mb: float, seed: int = 1) -> Path:
    path = folder / f"{kind}-{mb:g}MB.txt"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(document(kind, int(mb * MB), seed), encoding="utf-8")
    return path


class Run(NamedTuple):
    seconds: float | None  # wall time, None when stopped at the timeout
    cpu: float  # user and system seconds
    peak: int  # peak RSS, bytes
    status: int


def time_run(path: Path, work: Path, timeout: float) -> Run:
    """One cold `etl run` of ``path``, timed, with its CPU time and peak RSS from ``wait4``."""
    out, cache = work / "out", work / "cache"
    for folder in (out, cache):
        shutil.rmtree(folder, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "etl", "run", str(path), "--out", str(out), "--jobs", "1",
               "--cache-dir", str(cache)]
    began = time.perf_counter()
    with open(work / "stderr.txt", "wb") as stderr:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
        deadline, timed_out = began + timeout, False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.05)
    seconds = time.perf_counter() - began
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if code != 0 and not timed_out:
        print((work / "stderr.txt").read_text(errors="replace")[-500:], file=sys.stderr)
    return Run(None if timed_out else seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, code)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,50", help="document sizes in MB, comma-separated (default 1,10,50)")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"kinds, comma-separated (default {','.join(KINDS)})")
    parser.add_argument("--work", default="/tmp/etl-long", help="folder for the documents and runs")
    parser.add_argument("--timeout", type=float, default=900, help="seconds before a run is stopped (default 900)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    work = Path(args.work)
    sizes = [float(s) for s in args.sizes.split(",")]
    kinds = args.kinds.split(",")
    tiny = write(work / "docs", "transcript", 0.002, args.seed)
    base = time_run(tiny, work / "run", max(args.timeout, 600))
    if base.seconds is None or base.status != 0:
        sys.exit(f"etl run failed on a {tiny.stat().st_size} byte document: see {work / 'run' / 'stderr.txt'}")
    print(f"start-up (a {tiny.stat().st_size / 1000:.0f} KB document): {base.seconds:.1f} s, "
          f"{base.cpu:.1f} s CPU, peak RSS {base.peak / MB:.0f} MB", flush=True)
    print(f"{'kind':<11} {'MB':>5} {'seconds':>8} {'s/MB':>6} {'CPU s':>7} {'net CPU s/MB':>12} "
          f"{'peak RSS MB':>11} {'net × size':>10}", flush=True)
    for kind in kinds:
        for mb in sizes:
            path = write(work / "docs", kind, mb, args.seed)
            size = path.stat().st_size / MB
            run = time_run(path, work / "run", args.timeout)
            if run.seconds is None:
                shown = f"{'>' + format(args.timeout, 'g'):>8} {'-':>6} {'>' + format(run.cpu, '.0f'):>7} {'-':>12}"
            else:
                shown = (f"{run.seconds:8.1f} {run.seconds / size:6.2f} {run.cpu:7.1f} "
                         f"{(run.cpu - base.cpu) / size:12.2f}")
            note = "" if run.status == 0 or run.seconds is None else f"  (exit {run.status})"
            # a run stopped at the timeout had reached this much memory, at least
            peak = f"{run.peak / MB:11.0f} {(run.peak - base.peak) / MB / size:10.1f}" if run.seconds is not None \
                else f"{'>' + format(run.peak / MB, '.0f'):>11} {'-':>10}"
            print(f"{kind:<11} {size:5.1f} {shown} {peak}{note}", flush=True)


if __name__ == "__main__":
    main()
