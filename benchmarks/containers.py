"""Benchmark the container readers: a WARC of N pages against the folder of the same pages, and the
memory of reading a large JSON Lines file.

    python benchmarks/containers.py warc --pages 2000 [--work /tmp/etl-containers]
    python benchmarks/containers.py jsonl --mb 100 1000 [--work /tmp/etl-containers]
    python benchmarks/containers.py run --mb 40 200 [--jobs 1 2] [--work /tmp/etl-containers]

``warc`` writes N pages of the web-page corpus (``benchmarks/webpages.py``)
as a folder of ``.html`` files and as one ``.warc.gz`` (each page with its request record, as crawlers write
them), and times ``etl run`` over each, cold, with ``--jobs 1`` (one WARC is
one source, read by one process) and with every core.

``jsonl`` writes a JSON Lines file of the given size (a megabyte at a time,
never held whole) and reads it through the readers in a fresh process,
reporting the documents read, the time and the process's peak RSS; the
files are deleted afterwards. Peak memory that does not grow with the file
is what streaming means.

``run`` writes the same JSON Lines file and builds a dataset from it with
``etl run`` (cold: an empty cache in the work folder), once per ``--jobs``
value, sampling every 0.2 s the RSS of the main process and of each of its
workers: the peak of the main process, the peak of the largest worker, and
the wall time. The peaks that do not grow with the file are what a source
streamed end to end means.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import shutil
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from webpages import page as web_page  # noqa: E402

ETL = [sys.executable, "-m", "etl"]
SEED = 1
PEOPLE = ["Ana Ruiz", "Tom Becker", "Leonore Gewessler", "Lena Park", "Ed Moss", "Maria Santos", "Omar Haddad"]
ROLES = ["Mayor", "Councillor", "Minister", "Governor", "Senator", "spokesperson"]
TOPICS = ["the rail yard", "gas storage", "the new budget", "school meals", "river flooding", "bus fares"]


def article(i: int, rng: random.Random) -> tuple[str, list[str]]:
    """A generated news story: a title and paragraphs with quotes of named people."""
    topic = rng.choice(TOPICS)
    title = f"Council debates {topic} ({i})"
    paragraphs = [f"The council met on Tuesday to discuss {topic}, story number {i}."]
    for _ in range(rng.randint(3, 8)):
        who, role = rng.choice(PEOPLE), rng.choice(ROLES)
        n = rng.randint(2, 900)
        paragraphs.append(f"\u201cWe will spend {n} million on {topic} by {2025 + n % 5},\u201d said {role} {who}.")
        paragraphs.append(f"Residents asked about {topic} for {n % 60} minutes before the vote.")
    return title, paragraphs


def write_pages(work: Path, n: int) -> tuple[Path, Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder, crawl = work / "pages", work / "crawl.warc.gz"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with open(crawl, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(n):
            payload = web_page(SEED, i).encode()  # the web-page corpus: news, official and portal sites
            (folder / f"page-{i:06d}.html").write_bytes(payload)
            uri = f"https://news.example.com/{i:06d}.html"
            writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=(
                StatusAndHeaders(f"GET {uri} HTTP/1.1", [], is_http_request=True))))
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=(
                StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"))))
    return folder, crawl


def timed_run(source: Path, out: Path, jobs: int | None) -> float:
    shutil.rmtree(out, ignore_errors=True)
    cache = out.with_name(out.name + "-cache")
    shutil.rmtree(cache, ignore_errors=True)
    command = [*ETL, "run", str(source), "--out", str(out), "--cache-dir", str(cache)]
    if jobs:
        command += ["--jobs", str(jobs)]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def bench_warc(work: Path, n: int) -> None:
    folder, crawl = write_pages(work, n)
    size = sum(p.stat().st_size for p in folder.iterdir())
    print(f"{n} pages: folder {size / 1e6:.1f} MB, WARC.gz {crawl.stat().st_size / 1e6:.1f} MB")
    for jobs in (1, None):
        a = timed_run(folder, work / "out-folder", jobs)
        b = timed_run(crawl, work / "out-warc", jobs)
        label = f"--jobs {jobs}" if jobs else "every core"
        print(f"{label}: folder {a:.2f} s ({n / a:.0f} pages/s), WARC {b:.2f} s ({n / b:.0f} pages/s), "
              f"WARC/folder {b / a:.2f}")


def write_jsonl(path: Path, mb: int) -> int:
    rng = random.Random(11)
    target, written, n = mb * 1_000_000, 0, 0
    with open(path, "wb") as fh:
        while written < target:
            chunk = []
            for _ in range(500):
                title, paragraphs = article(n, rng)
                chunk.append(json.dumps({"id": str(n), "headline": title, "content": "\n\n".join(paragraphs),
                                         "published": "2024-03-12T09:30:00Z"}).encode() + b"\n")
                n += 1
            data = b"".join(chunk)
            fh.write(data)
            written += len(data)
    return n


READ_ONLY = """
import resource, sys, time
from etl.config import ProjectConfig, build_host
from etl.pipeline import read_source
host = build_host(ProjectConfig(load=["tables", "compressed", "text"]))
start = time.perf_counter()
n = chars = 0
for doc in read_source(host, sys.argv[1], on_error=lambda plugin, message: None):
    n += 1
    chars += len(doc.text)
print(n, chars, time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def bench_jsonl(work: Path, sizes: list[int]) -> None:
    for mb in sizes:
        for compressed in (False, True):
            path = work / f"articles-{mb}mb.jsonl"
            rows = write_jsonl(path, mb)
            if compressed:
                with open(path, "rb") as src, gzip.open(str(path) + ".gz", "wb", compresslevel=1) as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                path.unlink()
                path = Path(str(path) + ".gz")
            out = subprocess.run([sys.executable, "-c", READ_ONLY, str(path)], check=True, capture_output=True,
                                 text=True).stdout.split()
            n, chars, seconds, peak_kb = int(out[0]), int(out[1]), float(out[2]), int(out[3])
            assert n == rows, (n, rows)
            print(f"{path.name}: {path.stat().st_size / 1e6:.0f} MB on disk, {n} documents, {chars / 1e6:.0f} M chars, "
                  f"{seconds:.1f} s ({n / seconds:.0f} docs/s), peak RSS {peak_kb / 1024:.0f} MiB")
            path.unlink()


def tree_rss(pid: int) -> tuple[int, int]:
    """The RSS (MiB) of process ``pid`` and of the largest of its children, from /proc (0 when gone)."""
    page = os.sysconf("SC_PAGE_SIZE")

    def rss(p: int | str) -> int:
        try:
            with open(f"/proc/{p}/statm") as fh:
                return int(fh.read().split()[1]) * page // 2**20
        except (OSError, IndexError, ValueError):
            return 0

    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            children = fh.read().split()
    except OSError:
        children = []
    return rss(pid), max((rss(c) for c in children), default=0)


def traced_run(source: Path, out: Path, jobs: int) -> tuple[float, int, int]:
    """Wall time, peak main RSS and peak worker RSS (MiB) of a cold ``etl run --jobs N``."""
    cache = out.with_name(out.name + "-cache")
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    command = [*ETL, "run", str(source), "--out", str(out), "--cache-dir", str(cache), "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    main_peak = worker_peak = 0
    while proc.poll() is None:
        main, worker = tree_rss(proc.pid)
        main_peak, worker_peak = max(main_peak, main), max(worker_peak, worker)
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"etl run failed: {proc.stderr.read().decode()[-500:]}")
    return seconds, main_peak, worker_peak


def bench_run(work: Path, sizes: list[int], jobs: list[int]) -> None:
    for mb in sizes:
        path = work / f"articles-{mb}mb.jsonl"
        rows = write_jsonl(path, mb)
        for n in jobs:
            seconds, main, worker = traced_run(path, work / "out", n)
            print(f"{path.name}: {path.stat().st_size / 1e6:.0f} MB, {rows} documents, --jobs {n}: {seconds:.0f} s, "
                  f"peak RSS main {main} MiB, largest worker {worker or '-'} MiB", flush=True)
        path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["warc", "jsonl", "run"])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--mb", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--work", type=Path, default=Path("/tmp/etl-containers"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    try:
        if args.what == "warc":
            bench_warc(args.work, args.pages)
        elif args.what == "jsonl":
            bench_jsonl(args.work, args.mb)
        else:
            bench_run(args.work, args.mb, args.jobs)
    finally:
        shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
