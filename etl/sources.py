"""The sources of a run, listed lazily in sorted order.

A run may cover millions of files. Sorting their paths as one list of Python
strings would hold them all at once (about 100 bytes each), so folders are
walked one at a time, each folder's entries sorted as the whole list would
sort them, and the sources given on the command line merged as sorted streams.
Only the paths of the folder being walked are held, never the whole list.

What cannot be listed as a file (a folder that cannot be read, a file name
that is not UTF-8) is listed all the same, as an *unlisted* entry: its path,
a NUL character (which no path holds) and the reason. It travels with the
others and becomes an error row when its batch reads it, so that no input is
dropped in silence and one bad name cannot stop the run.

Every source is stored in the dataset under a name relative to what the user
named (:class:`SourceNames`), never under the path as typed: a dataset does
not carry the publisher's folders, and is the same from any working folder.
The listing itself yields the real paths, which the core opens.
"""
from __future__ import annotations

import glob
import heapq
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from etl.errors import EtlError


def iter_sources(sources: Iterable[str]) -> Iterator[str]:
    """Files, folders (searched recursively) and globs → file paths, sorted, each once.

    The same paths, in the same order, as ``sorted(set(...))`` of every file
    found. Hidden files and folders are skipped. A source that matches
    nothing is an error naming it, raised before any path is yielded.
    """
    streams = [source_stream(source) for source in sources]
    if len(streams) == 1:
        return streams[0]  # one source's files are sorted and each once already
    return unique(heapq.merge(*streams))


def is_uri(source: str) -> bool:
    """``s3://bucket/key``, ``gs://…``, ``file:///…``: read through pyarrow's filesystems."""
    scheme, sep, _ = source.partition("://")
    return bool(sep) and scheme.isalnum()


def unique(paths: Iterator[str]) -> Iterator[str]:
    """A sorted stream without its repeats (a file named by two sources)."""
    previous = None
    for path in paths:
        if path != previous:
            yield path
            previous = path


def count_sources(sources: Iterable[str]) -> int:
    """How many paths :func:`iter_sources` yields (a walk without stat calls)."""
    return sum(1 for _ in iter_sources(sources))


def source_stream(source: str) -> Iterator[str]:
    """One command-line source's files in sorted order; checked now, walked lazily."""
    if is_uri(source):
        from etl.pipeline import expand_uri  # pyarrow's filesystems: imported only for a URI

        return iter(sorted(expand_uri(source)))
    path = Path(source)
    if path.is_dir():
        return walk_sorted(str(path))
    if os.path.lexists(path):  # a file, or something that is not one (an error row when read)
        return iter([listed(str(path))])
    if glob.has_magic(source):
        matches = [listed(m) for m in glob.glob(source, recursive=True) if not os.path.isdir(m)]
        if not matches:
            raise EtlError(f"{source}: the pattern matches no file")
        return iter(sorted(set(matches)))
    raise EtlError(f"{source}: no such file or folder")


# -- entries that cannot be listed as files ----------------------------------------
#: Separates an unlisted entry's path from the reason; no path can hold it.
UNLISTED = "\x00"


def unlisted(path: str, reason: str) -> str:
    """An entry of the listing that is no readable file, with why (see the module's docstring)."""
    return f"{escaped(path)}{UNLISTED}{reason}"


def why_unlisted(source: str) -> tuple[str, str] | None:
    """(path, reason) of an :func:`unlisted` entry; None for a real path."""
    if UNLISTED not in source:
        return None
    path, _, reason = source.partition(UNLISTED)
    return path, reason


def escaped(path: str) -> str:
    """``path`` with the bytes that are not UTF-8 written as ``\\xff``: a name that can be stored and shown."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def listed(path: str) -> str:
    """A path found on disk, or an unlisted entry when its name is not UTF-8 (and so cannot be stored)."""
    if path.isascii():
        return path
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return unlisted(path, "the file name is not UTF-8; rename the file")
    return path


def walk_sorted(top: str) -> Iterator[str]:
    """The files under ``top`` in the order their full paths sort in.

    A folder ``d`` sorts as ``d/`` among its siblings: every path under it
    starts with that, so comparing ``d/`` with a sibling's name decides as
    comparing the full paths would (``a/x-1.txt`` < ``a/x/y.txt``, since
    ``-`` < ``/``). Symbolic links to folders are not followed, as ``os.walk``
    does not follow them.
    """
    try:
        with os.scandir(top) as it:
            entries = []
            folders = False
            for entry in it:
                if entry.name.startswith("."):
                    continue
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    if not entry.is_symlink():
                        entries.append((entry.name + "/", entry.path, True))
                        folders = True
                else:
                    entries.append((entry.name, listed(entry.path), False))
    except OSError as exc:
        # Listed where its files would be: the folder becomes an error row, not a silent gap.
        yield unlisted(os.path.join(top, ""), f"cannot read the folder: {exc.strerror or exc}")
        return
    entries.sort()
    if not folders:  # a folder of files, as most are: handed on in one step, not one yield each
        yield from [path for _, path, _ in entries]
        return
    for _, path, is_dir in entries:
        if is_dir:
            yield from walk_sorted(path)
        else:
            yield path


# -- reading -------------------------------------------------------------------------
#: The largest file a run reads, unless ``--max-file-size`` or ``max_file_size`` says otherwise.
DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024
SIZE_UNITS = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3, "t": 1024 ** 4}


def parse_size(text: str | int, what: str = "--max-file-size") -> int:
    """``"100M"``, ``"1.5G"``, ``"64KiB"`` or a number of bytes → bytes (units are powers of 1024)."""
    if isinstance(text, int) and not isinstance(text, bool):
        value, unit = float(text), ""
    else:
        raw = str(text).strip().lower().replace(" ", "")
        for suffix in ("ib", "b"):
            if raw.endswith(suffix) and raw[:-len(suffix)][-1:].isalpha():
                raw = raw[:-len(suffix)]
                break
        if raw.endswith("b"):
            raw = raw[:-1]
        unit = raw[-1:] if raw[-1:].isalpha() else ""
        try:
            value = float(raw[:len(raw) - len(unit)])
        except ValueError:
            value = -1.0
        if unit not in SIZE_UNITS:
            value = -1.0
    if not value > 0:
        raise EtlError(f"{what} must be a positive size such as 100M, 2G or 500000 (bytes), not {text!r}")
    return int(value * SIZE_UNITS[unit])


def too_large(size: int, limit: int) -> str:
    return (f"the file is {size:,} bytes, over the limit of {limit:,}; "
            f"raise it with --max-file-size (or max_file_size in the project file)")


def file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a file"


# -- the names sources are stored under ------------------------------------------------
@dataclass(frozen=True)
class Root:
    """One source of the command line: how the paths found through it start, and the name they are stored under."""

    kind: str  # "file", "folder" (a folder, or a glob's fixed leading folder) or "uri"
    base: str  # the path as listed paths start with it
    absolute: str  # the same, absolute: what tells two roots apart
    prefix: str = ""  # the stored name of the root (a file) or of the folder its paths are under


class SourceNames:
    """How the sources of a run are stored: relative to what the user named.

    A folder ``X`` (given as ``X`` or ``/home/me/data/X``): ``X/sub/file.txt``,
    the folder's own name and the path under it. A file given directly: its
    name. A glob: the path under the glob's fixed leading folder, prefixed by
    that folder's name. A URI: as given. A path found through several sources
    takes the name the first of them gives.

    Two sources whose names would clash (two folders called ``X``, two files
    called ``a.txt`` in different folders) are told apart by as many of their
    parent folders as it takes: ``2023/X/…`` and ``2024/X/…``. So every stored
    name is unique, and depends on the sources named, not on where the run is
    started.
    """

    def __init__(self, sources: Iterable[str]):
        roots = []
        for source in dict.fromkeys(sources):
            if is_uri(source):
                continue
            if os.path.isdir(source):
                base, kind = str(Path(source)), "folder"
            elif glob.has_magic(source) and not os.path.lexists(source):
                base, kind = fixed_folder(source), "folder"
            else:
                base, kind = str(Path(source)), "file"
            roots.append(Root(kind, base, os.path.abspath(base or ".")))
        self.roots = name_roots(roots)
        # By base, the first root given wins: a shell-expanded glob may name thousands of files.
        self.files: dict[str, str] = {}
        self.folders: dict[str, tuple[int, str]] = {}
        for i, root in enumerate(self.roots):
            if root.kind == "file":
                self.files.setdefault(root.base, root.prefix)
            else:
                self.folders.setdefault(root.base, (i, root.prefix))

    def name(self, path: str) -> str:
        """The name ``path`` (a path the listing yielded) is stored under."""
        if is_uri(path):
            return path
        named = self.files.get(path)
        if named is not None:
            return named
        best: tuple[int, str, str] | None = None  # the first root given whose folder holds the path
        for folder, rest in folders_holding(path):
            found = self.folders.get(folder)
            if found is not None and (best is None or found[0] < best[0]):
                best = (found[0], found[1], rest)
        if best is None:
            return os.path.basename(path.rstrip("/")) or path
        _, prefix, rest = best
        return f"{prefix}/{rest}" if prefix else rest

    def recipe(self) -> list[list[str]]:
        """What the names depend on, for the cache's fingerprint."""
        return [[r.kind, r.base, r.prefix] for r in self.roots]


def folders_holding(path: str) -> Iterator[tuple[str, str]]:
    """(folder, the path under it) for each folder ``path`` lies in, as listed paths start with it."""
    cut = path.rfind("/")
    while cut > 0:
        yield path[:cut], path[cut + 1:]
        cut = path.rfind("/", 0, cut)
    if path.startswith("/"):
        yield "/", path[1:]
    else:
        yield "", path  # a glob with no fixed folder lists paths relative to the working folder


def fixed_folder(pattern: str) -> str:
    """A glob's leading folders up to its first wildcard, as the matches start with them ('' for none)."""
    parts = pattern.split("/")
    fixed = []
    for part in parts[:-1]:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return "/".join(fixed) if fixed != [""] else "/"


def name_roots(roots: list[Root]) -> list[Root]:
    """Each root with its stored prefix: its last path component, or more while that clashes with another's.

    Two prefixes clash when they are equal or one is a folder of the other
    (``X`` and ``X/Y``): their stored names could then meet. Each round adds a
    parent folder to every clashing root that has one left, in time linear in
    the number of roots.
    """
    parts = {r.absolute: [p for p in r.absolute.split("/") if p] for r in roots}
    depth = dict.fromkeys(parts, 1)

    def prefix(absolute: str) -> str:
        return "/".join(parts[absolute][-depth[absolute]:]) if parts[absolute] else ""

    names = {absolute: prefix(absolute) for absolute in parts}
    while True:
        owners: dict[str, set[str]] = {}
        for absolute, name in names.items():
            owners.setdefault(name, set()).add(absolute)
        clashing: set[str] = set()
        for name, holders in owners.items():
            if len(holders) > 1:
                clashing |= holders
            segments = name.split("/") if name else []
            for k in range(len(segments)):  # "" (the root folder), then each folder of the name
                above = owners.get("/".join(segments[:k]))
                if above is not None:
                    clashing |= holders | above
        grown = [a for a in clashing if depth[a] < len(parts[a])]
        if not grown:
            break
        for absolute in grown:
            depth[absolute] += 1
            names[absolute] = prefix(absolute)
    return [Root(r.kind, r.base, r.absolute, names[r.absolute]) for r in roots]
