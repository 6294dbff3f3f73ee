"""Whether a dataset is up to date with its sources and the installed code, told with the standard library.

A run leaves a *record* (``output.json`` in its cache folder): the sources'
parts, each with a digest of its paths and one of their sizes and
modification times, the dataset's files with theirs, and a digest of what
was installed (:func:`installed_digest`). A run with nothing to do is the
most common re-run, and importing pyarrow, Typer and the plugins takes ten
times longer than the check itself; so ``etl run`` makes this check first,
before it imports any of them (:func:`answer`), and only goes on to load the
command line and the plugins when the dataset is out of date.

Nothing here imports pyarrow or a plugin: keep it that way.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from etl.errors import EtlError
from etl.sources import SourceNames, is_uri, iter_sources, parse_size

#: A part ends after a source whose name hashes to 0 modulo PART_SPREAD, once
#: it holds PART_MIN sources: parts average about 9,000 sources.
PART_SPREAD = 8192
PART_MIN = 1024
RECORD = "output.json"
#: The entry-point group every plugin, first-party or not, registers under.
ENTRY_POINT_GROUP = "etl"
#: A file modified this close to the moment its rows were cached may have
#: changed again within the clock's resolution: its size and time prove nothing.
RACY_NS = 2_000_000_000


# -- where things are kept ----------------------------------------------------------
def cache_root() -> Path:
    """``$ETL_CACHE_DIR``, else ``$XDG_CACHE_HOME/etl``, else ``~/.cache/etl``."""
    return Path(os.environ.get("ETL_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "etl"))


def default_cache_dir(out: str | Path) -> Path:
    """One folder per output under :func:`cache_root`."""
    where = str(out) if is_uri(str(out)) else os.path.abspath(out)
    name = Path(where.rstrip("/")).name or "out"
    return cache_root() / f"{name}-{hashlib.blake2b(where.encode(), digest_size=6).hexdigest()}"


# -- parts ------------------------------------------------------------------------
def split_parts(files: Iterable[str]) -> Iterator[list[str]]:
    """The sorted sources cut into parts; a boundary depends on the names around it only."""
    part: list[str] = []
    yielded = False
    for source in files:
        part.append(source)
        # The file's name alone, so that a corpus splits the same wherever it lies.
        name = source.rsplit("/", 1)[-1]
        if len(part) >= PART_MIN and zlib.crc32(name.encode()) % PART_SPREAD == 0:
            yield part
            part, yielded = [], True
    if part or not yielded:
        yield part


def names_digest(files: list[str]) -> str:
    """A part's source paths alone: what a listing, without stat calls, can check."""
    return hashlib.blake2b("\x1e".join(files).encode(), digest_size=16).hexdigest()


def stats_digest(files: list[str], sizes: list[int], mtimes: list[int], now_ns: int) -> str | None:
    """A part's paths with their sizes and modification times, or None when they cannot vouch
    for its bytes: a source could not be stat'ed, or was modified too recently (``RACY_NS``)
    for a change within the clock's resolution to show."""
    if -1 in sizes or -1 in mtimes or (mtimes and max(mtimes) > now_ns - RACY_NS):
        return None
    digest = hashlib.blake2b(digest_size=16)
    for source, size, mtime in zip(files, sizes, mtimes):
        digest.update(f"{source}\x1f{size}\x1f{mtime}\x1e".encode())
    return digest.hexdigest()


def local_stats(files: list[str]) -> tuple[list[int], list[int]]:
    """Size and modification time (ns) of each local file; -1 where it cannot be stat'ed."""
    sizes, mtimes = [], []
    for source in files:
        try:
            st = os.stat(source)
        except (OSError, ValueError):  # ValueError: an unlisted entry (etl.sources), whose name holds a NUL
            sizes.append(-1)
            mtimes.append(-1)
            continue
        sizes.append(st.st_size)
        mtimes.append(st.st_mtime_ns)
    return sizes, mtimes


# -- the record -------------------------------------------------------------------
def read_record(root: Path, out: str | Path) -> dict[str, Any]:
    """The record of the last dataset written to ``out``, whatever its layout, or {}."""
    try:
        record = json.loads((root / RECORD).read_text())
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) and record.get("out") == str(out) else {}


def write_record(root: Path, record: dict[str, Any]) -> None:
    tmp = root / f".{RECORD}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(record, sort_keys=True))
    os.replace(tmp, root / RECORD)


def file_matches(path: Path, stat: list[int]) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    return [st.st_size, st.st_mtime_ns] == stat


def now_ns() -> int:
    return time.time_ns()


# -- the check --------------------------------------------------------------------
@dataclass
class Verdict:
    """What :func:`check` found of a dataset's sources against its record."""

    record: dict[str, Any]
    n_sources: int
    same_names: bool  # the sources are listed (named, in parts) as when the dataset was built
    up_to_date: bool  # …and their sizes and times vouch that their bytes are the same, and the dataset is untouched


def check(sources: list[str], out: str, cache_dir: str | Path | None, installed: str,
          stat: Callable[[list[str]], tuple[list[int], list[int]]] | None = None) -> Verdict | None:
    """The record's verdict on a run over ``sources`` into the local folder ``out``.

    None when there is nothing to compare with: no record of ``out`` made under the same
    ``installed`` digest, or ``out`` is a URI. ``stat`` gives the sizes and times of a list of
    sources; by default of local files only, and then a URI source (whose listing needs
    pyarrow) makes the verdict None too. A source that matches nothing raises
    :class:`etl.errors.EtlError`.

    The listing is walked once for the part names, to the end (a run with files to add
    learns it without a stat call), and, when all match, once more for sizes and times.
    """
    if is_uri(out) or (stat is None and any(is_uri(s) for s in sources)):
        return None
    root = Path(cache_dir) if cache_dir else default_cache_dir(out)
    record = read_record(root, out)
    if not record or record.get("installed") != installed or not record.get("fingerprint"):
        return None
    same, n_sources = same_listing(record, iter_sources(sources))  # a source matching nothing fails here
    verdict = Verdict(record, n_sources, same, False)
    if same and dataset_untouched(record, Path(out)):
        stat = stat or local_stats
        verdict.up_to_date = all(
            part.get("sources") is not None and part["sources"] == stats_digest(files, *stat(files), now_ns())
            for part, files in zip(record["parts"], split_parts(iter_sources(sources))))
    return verdict


def same_listing(record: dict[str, Any], files: Iterable[str]) -> tuple[bool, int]:
    """Whether the sorted ``files`` split into the parts the record names, and how many there are."""
    parts = record.get("parts", [])
    same, n_parts, n_sources = True, 0, 0
    for part in split_parts(files):
        if same and (n_parts >= len(parts) or parts[n_parts].get("names") != names_digest(part)):
            same = False
        n_parts += 1
        n_sources += len(part)
    return same and n_parts == len(parts), n_sources


def dataset_untouched(record: dict[str, Any], out: Path) -> bool:
    """The dataset's files are those the record lists, with the sizes and times it noted."""
    for part in record.get("parts", []):
        for table, file in part["files"].items():
            if not file_matches(out / file, part["stat"][table]):
                return False
    return all(file_matches(out / name, stat) for name, stat in record.get("others", {}).items())


def summary_line(documents: int, statements: int, speakers: int, errors: int, out: str, state: str,
                 duplicate_texts: int = 0) -> str:
    """What ``etl run`` prints last: the dataset's counts, where it is, and what the run did."""
    return (f"{documents} documents, {statements} statements, {speakers} speakers, {errors} errors, "
            f"{duplicate_texts} duplicate texts → {out} ({state})")


# -- before the command line is loaded ----------------------------------------------------
#: ``etl run``'s options that take a value, by every name they answer to, and the flags that
#: need the full command (a rebuild, a cluster, help). Any other option does too: the check is
#: only made for a command line it reads exactly as ``etl run`` reads it.
VALUE_OPTIONS = {"--out": "out", "-o": "out", "--batch-size": "batch_size", "--disable": "disable",
                 "--enable": "enable", "--config": "config", "-c": "config", "--jobs": "jobs", "-j": "jobs",
                 "--executor": "executor", "--cache-dir": "cache_dir", "--max-file-size": "max_file_size",
                 "--field": "field", "--timeout": "timeout"}
EXECUTORS = ("local", "ray")


@dataclass
class RunArguments:
    sources: list[str]
    out: str
    disable: list[str]
    enable: list[str]
    config: str | None
    cache_dir: str | None
    max_file_size: int | None = None
    fields: list[str] = field(default_factory=list)  # --field FIELD=NAME, each as given


def parse_run(argv: list[str]) -> RunArguments | None:
    """``etl run``'s arguments from ``argv``, or None unless it is a plain ``etl run`` that
    may have nothing to do (no ``--full-refresh``, no ``--address``, nothing unusual)."""
    if not argv or argv[0] != "run":
        return None
    values: dict[str, list[str]] = {}
    sources: list[str] = []
    args = iter(argv[1:])
    for arg in args:
        if not arg.startswith("-") or arg == "-":
            sources.append(arg)
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name not in VALUE_OPTIONS:
            return None
        if not eq:
            value = next(args, None)
            if value is None:
                return None
        values.setdefault(VALUE_OPTIONS[name], []).append(value)
    single = {k: v for k, v in values.items() if k not in ("disable", "enable", "field")}
    if not sources or "out" not in values or any(len(v) > 1 for v in single.values()):
        return None
    for number in ("batch_size", "jobs"):
        if number in values and not (values[number][0].isdigit() and int(values[number][0]) >= 1):
            return None
    if values.get("executor", ["local"])[0] not in EXECUTORS:
        return None
    if "timeout" in values:
        try:
            if not float(values["timeout"][0]) >= 0:
                return None
        except ValueError:
            return None
    config = values.get("config", [None])[0]
    cache_dir = values.get("cache_dir", [None])[0]
    limit = None
    if "max_file_size" in values:
        try:
            limit = parse_size(values["max_file_size"][0])
        except EtlError:
            return None
    return RunArguments(sources, values["out"][0], values.get("disable", []), values.get("enable", []),
                        config, cache_dir, limit, values.get("field", []))


_verdicts: dict[tuple[Any, ...], Verdict | None] = {}


def handed_over(sources: list[str], out: str, cache_dir: str | Path | None, installed: str) -> tuple[bool, Verdict | None]:
    """(True, verdict) when :func:`answer` made this very check in this process before the
    command line was loaded, so that the run does not walk its sources again; else (False, None)."""
    key = verdict_key(sources, out, cache_dir, installed)
    if key in _verdicts:
        return True, _verdicts.pop(key)
    return False, None


def verdict_key(sources: list[str], out: str | Path, cache_dir: str | Path | None, installed: str) -> tuple[Any, ...]:
    return tuple(sources), str(out), str(Path(cache_dir)) if cache_dir is not None else None, installed


def answer(argv: list[str]) -> int | None:
    """Answer ``etl run`` when its dataset is up to date and error-free: print its summary and
    return the exit status, without importing pyarrow, the command line or a plugin.

    Otherwise return None, for the full command line to run; what was found on the way is
    kept for it (:func:`handed_over`). A source that matches nothing, a bad option and
    the like are left to the full command line too, which reports them.
    """
    args = parse_run(argv)
    if args is None:
        return None
    installed = installed_digest(args.disable, args.enable, args.config, args.max_file_size, args.sources, args.fields)
    try:
        verdict = check(args.sources, args.out, args.cache_dir, installed)
    except EtlError:
        return None
    _verdicts[verdict_key(args.sources, args.out, args.cache_dir, installed)] = verdict
    if verdict is None or not verdict.up_to_date or verdict.record.get("summary", {}).get("errors") != 0:
        return None
    counts = verdict.record["summary"]
    print(summary_line(counts["documents"], counts["statements"], counts["speakers"], 0, args.out, "up to date",
                       counts.get("duplicate_texts", 0)))
    return 0


# -- what is installed ----------------------------------------------------------------
def installed_digest(disable: list[str] | tuple[str, ...] = (), enable: list[str] | tuple[str, ...] = (),
                     config: str | Path | None = None, max_file_size: int | None = None,
                     sources: list[str] | None = None, fields: list[str] | tuple[str, ...] = ()) -> str:
    """A hash of what :func:`etl.cache.fingerprint` is computed from, read off the installed
    files without importing a plugin: so that a run with nothing to do can say so without
    loading the plugins.

    It is stricter than the fingerprint, never looser: every installed distribution and its
    version (a plugin whose dependency was installed may load now), the ``etl`` entry points, the
    ``.py`` files of each one's top-level package and of the core, the command-line plugin
    choices (``--max-file-size`` and ``--field`` among them), the project file's bytes and ``ETL_LOAD_PLUGINS``;
    and, given the ``sources`` of the command line, the names they are stored under
    (:class:`etl.sources.SourceNames`), which the same files may change by being named otherwise.
    """
    from importlib.metadata import entry_points

    tops: dict[str, str] = {}
    plugins = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        top = ep.value.split(":")[0].strip().split(".")[0]
        if top not in tops:
            tops[top] = top_level_digest(top)
        plugins.append([ep.name, ep.value, ep.dist.name if ep.dist else "?", tops[top]])
    config_bytes = None
    if config is not None:
        try:
            config_bytes = hashlib.blake2b(Path(config).read_bytes(), digest_size=16).hexdigest()
        except OSError:
            config_bytes = "?"
    parts = {
        "python": sys.version,
        "etl": folder_digest([Path(__file__).parent]),
        "distributions": installed_metadata(),
        "plugins": sorted(plugins),
        "choices": [sorted(disable), sorted(enable), os.environ.get("ETL_LOAD_PLUGINS", ""),
                    *([list(fields)] if fields else [])],
        "config": [str(Path(config).resolve()) if config is not None else None, config_bytes],
    }
    if max_file_size is not None:
        parts["max_file_size"] = max_file_size
    if sources is not None:
        parts["names"] = SourceNames(sources).recipe()
    return hashlib.blake2b(json.dumps(parts, sort_keys=True).encode(), digest_size=16).hexdigest()


def installed_metadata() -> list[str]:
    """The ``.dist-info`` and ``.egg-info`` entries on ``sys.path``: named for each installed
    distribution and its version, they change when one is installed, removed or upgraded.
    (Listing the folders costs a millisecond; reading each distribution's metadata, a hundred.)"""
    found = []
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found.extend(f"{entry}/{name}" for name in names if name.endswith((".dist-info", ".egg-info")))
    return sorted(found)


def top_level_digest(name: str) -> str:
    """A hash of the ``.py`` files of the top-level module or package ``name``, found, not imported."""
    from importlib.util import find_spec

    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        return "?"
    if spec is None:
        return "?"
    if spec.submodule_search_locations:
        return folder_digest([Path(folder) for folder in spec.submodule_search_locations])
    return file_digest(Path(spec.origin)) if spec.origin else "?"


def file_digest(path: Path) -> str:
    """A hash of one file's bytes; ``?`` when it cannot be read."""
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=8).hexdigest()
    except OSError:
        return "?"


def folder_digest(folders: list[Path]) -> str:
    """A hash of every ``.py`` file under ``folders``, with their relative paths."""
    digest = hashlib.blake2b(digest_size=8)
    for folder in sorted(folders):
        for path in sorted(python_files(folder)):
            digest.update(f"{path.relative_to(folder)}\x1f".encode())
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"?")
            digest.update(b"\x1e")
    return digest.hexdigest()


def python_files(folder: Path) -> list[Path]:
    """The ``.py`` files under ``folder``, skipping hidden folders and ``__pycache__``."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        found.extend(Path(root) / f for f in files if f.endswith(".py"))
    return found
