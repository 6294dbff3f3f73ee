"""``SHA256SUMS``: every file of the dataset with its sha256, in ``sha256sum``'s format, sorted by path.

``sha256sum -c SHA256SUMS`` in the dataset's folder checks it; so does ``etl validate``.
"""
from __future__ import annotations

from pathlib import Path

from etl.publish.facts import file_digest

SUMS = "SHA256SUMS"


def dataset_files(folder: Path) -> list[str]:
    """Every file under ``folder`` but the sums themselves, hidden ones (the dataset marker) included."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.relative_to(folder).as_posix() != SUMS)


def write_sums(folder: Path, known: dict[str, tuple[int, str]] | None = None) -> None:
    """Write the sums; files in ``known`` (path → size, sha256) are not read again."""
    known = known or {}
    lines = []
    for name in dataset_files(folder):
        sha = known[name][1] if name in known else file_digest(folder / name)[1]
        lines.append(f"{sha}  {name}\n")
    (folder / SUMS).write_text("".join(lines), encoding="utf-8")


def read_sums(folder: Path) -> dict[str, str]:
    """path → sha256, as ``SHA256SUMS`` lists them."""
    sums = {}
    for line in (folder / SUMS).read_text(encoding="utf-8").splitlines():
        sha, sep, name = line.partition("  ")
        if sep:
            sums[name.lstrip("*")] = sha
    return sums
