"""Which folders ``--out`` may replace, and the marker that says a folder is a dataset ``etl`` wrote.

A run replaces its output folder whole. That is only safe for a folder that
is absent, empty, or a dataset an earlier run wrote: every dataset carries
the marker file ``.etl-dataset``. Everything else — the user's inputs, the
folder they work in, their home — is refused before anything is read, with
one line saying why and what to do.
"""
from __future__ import annotations

import fnmatch
import glob
import json
import os
from pathlib import Path
from typing import Iterable

import etl
from etl.errors import EtlError
from etl.sources import is_uri

MARKER = ".etl-dataset"
#: Bump when the marker's content changes meaning.
MARKER_FORMAT = 1


def marker_bytes() -> bytes:
    """The marker's content: deterministic, so that the same inputs give the same files."""
    return (json.dumps({"etl": etl.__version__, "format": MARKER_FORMAT}, sort_keys=True) + "\n").encode()


def is_dataset(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def resolved(path: str | Path) -> Path:
    """``path`` absolute, with symbolic links and ``..`` resolved (as far as it exists)."""
    return Path(os.path.realpath(os.path.expanduser(str(path))))


def inside(path: Path, folder: Path) -> bool:
    """``path`` is ``folder`` or lies under it."""
    return path == folder or folder in path.parents


def source_root(source: str) -> Path:
    """The file or folder a command-line source reads: a glob's folder before its first pattern."""
    if glob.has_magic(source):
        parts = []
        for part in Path(source).parts:
            if glob.has_magic(part):
                break
            parts.append(part)
        return resolved(Path(*parts) if parts else ".")
    return resolved(source)


#: Paths of a dataset's files below its folder, for what a glob could match there.
DATASET_FILES = (("documents.parquet",), ("documents", "part-00000.parquet"))


def walks_into(source: str, root: Path, target: Path) -> bool:
    """Whether listing ``source`` (a folder under ``root``, or a glob from it) would reach files in ``target``."""
    if not glob.has_magic(source):
        return True  # a folder is walked whole
    pattern = Path(source).parts[next(i for i, p in enumerate(Path(source).parts) if glob.has_magic(p)):]
    if any("**" in part for part in pattern):
        return True
    below = target.relative_to(root).parts
    return any(len(pattern) == len(below) + len(file) and
               all(fnmatch.fnmatch(name, part) for name, part in zip((*below, *file), pattern))
               for file in DATASET_FILES)


def check_out(out: str | Path, sources: Iterable[str], cache_dir: str | Path | None = None) -> None:
    """Refuse an ``--out`` that replacing would lose data; raise :class:`EtlError` with one line.

    Refused: the root, the home folder, the current folder or one above it; a file; a
    folder that holds an input, or lies inside a folder given as input (the next run
    would read the dataset back as input); a folder that holds the cache; and a non-empty
    folder without the marker. A URI is checked where it is written (:mod:`etl.writer`).
    """
    if is_uri(str(out)) and not str(out).startswith("file://"):
        return
    from etl.writer import local_path

    target = resolved(local_path(out))
    shown = str(out)
    home = resolved(Path.home())
    cwd = resolved(Path.cwd())
    replace = "etl run replaces --out whole"
    if target == Path(target.anchor):
        raise EtlError(f"--out {shown} is the root folder; {replace}: name a new folder for the dataset")
    if target == home:
        raise EtlError(f"--out {shown} is your home folder; {replace}: name a new folder for the dataset")
    if inside(cwd, target):
        raise EtlError(f"--out {shown} is the current folder or holds it; {replace}: "
                       f"name a new folder for the dataset, e.g. --out {os.path.join(shown, 'dataset')}")
    if target.exists() and not target.is_dir():
        raise EtlError(f"--out {shown} is a file; name a folder for the dataset")
    for source in sources:
        if is_uri(source) and not source.startswith("file://"):
            continue
        source = str(local_path(source))
        root = source_root(source)
        if inside(root, target):
            raise EtlError(f"--out {shown} holds the input {source}, and {replace}: "
                           f"write the dataset to another folder")
        if inside(target, root) and root.is_dir() and walks_into(source, root, target):
            raise EtlError(f"--out {shown} lies inside the input folder {source}, so the next run would read "
                           f"the dataset as input: write it outside {source}")
    if cache_dir is not None and inside(resolved(cache_dir), target):
        raise EtlError(f"--cache-dir {cache_dir} lies inside --out {shown}, which is replaced whole: "
                       f"keep the cache elsewhere")
    if target.is_dir() and not is_dataset(target) and any(os.scandir(target)):
        raise EtlError(f"--out {shown} is a folder that is not empty and holds no dataset written by etl "
                       f"(no {MARKER} file); {replace}: empty it, or name a new folder")
