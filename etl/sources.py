"""The sources of a run, listed lazily in sorted order.

A run may cover millions of files. Sorting their paths as one list of Python
strings would hold them all at once (about 100 bytes each), so folders are
walked one at a time, each folder's entries sorted as the whole list would
sort them, and the sources given on the command line merged as sorted streams.
Only the paths of the folder being walked are held, never the whole list.
"""
from __future__ import annotations

import glob
import heapq
import os
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
    if path.is_file():
        return iter([str(path)])
    if path.is_dir():
        return walk_sorted(str(path))
    if glob.has_magic(source):
        matches = [m for m in glob.glob(source, recursive=True) if os.path.isfile(m)]
        if not matches:
            raise EtlError(f"{source}: the pattern matches no file")
        return iter(sorted(set(matches)))
    raise EtlError(f"{source}: no such file or folder")


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
                    entries.append((entry.name, entry.path, False))
    except OSError:
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
