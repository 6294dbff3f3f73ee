"""Reader for archives of many files: ``.zip`` and ``.tar`` (``.tar.gz``, ``.tgz`` and the like are a
``.tar`` inside a compressed file, which the ``compressed`` reader opens first).

Each member is handed back through ``read`` as ``archive.zip/path/in/archive.html``
and read by the reader of its own name; a member that fails is an error row
naming it, and the others are read. Members are read in the archive's order,
one at a time, as streams; a tar is read front to back without seeking.
Hidden members (``.DS_Store``, ``__MACOSX/``) and folders are skipped.

Decompressed bytes of all members together are counted against ``max_bytes``
(option of ``[plugins.archives]``; default 64 GiB), a guard against zip bombs.
"""
from __future__ import annotations

import tarfile
import zipfile
import zlib
from typing import IO, Any, Callable, Iterator

import etl
from etl.errors import InputError
from etl.model import Document
from etl_plugins.readers.streams import DEFAULT_MAX_BYTES, Budget, guarded, max_bytes_option, seekable

SUFFIXES = (".zip", ".tar")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip with members, an empty zip
MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, tarfile.TarError, NotImplementedError)

_limit = DEFAULT_MAX_BYTES


@etl.hookimpl
def etl_configure(options: dict[str, Any]) -> None:
    global _limit
    _limit = max_bytes_option(options)


@etl.hookimpl
def etl_read_suffixes() -> list[str]:
    return list(SUFFIXES)


@etl.hookimpl(tryfirst=True)
def etl_read(source: str, head: bytes, stream: IO[bytes],
             read: Callable[[str, Any], Iterator[Document]]) -> Iterator[Document] | None:
    lower = source.lower()
    if head.startswith(ZIP_MAGIC) or (lower.endswith(".zip") and head):
        return zip_documents(source, stream, read)
    if lower.endswith(".tar") or is_tar(head):
        return tar_documents(source, stream, read)
    return None


def is_tar(head: bytes) -> bool:
    """A POSIX (ustar) tar: its magic stands at offset 257 of the first header."""
    return head[257:262] == b"ustar"


def hidden(name: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in clean_name(name).split("/"))


def clean_name(name: str) -> str:
    """A member's path as written in sources: ``./a/b.txt`` → ``a/b.txt``."""
    return "/".join(part for part in name.split("/") if part not in ("", "."))


def zip_documents(source: str, stream: IO[bytes], read: Callable[[str, Any], Iterator[Document]]) -> Iterator[Document]:
    try:
        archive = zipfile.ZipFile(seekable(stream))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise InputError(f"not a readable zip archive ({exc})") from None
    budget = Budget(_limit)
    with archive:
        for info in archive.infolist():
            if info.is_dir() or hidden(info.filename):
                continue
            name = f"{source}/{clean_name(info.filename)}"
            try:
                member = archive.open(info)
            except (*MEMBER_ERRORS, RuntimeError) as exc:  # RuntimeError: an encrypted member
                yield from read(name, FailingMember(f"cannot open it ({exc})"))
                continue
            yield from read(name, guarded(member, budget, clean_name(info.filename), "zip", MEMBER_ERRORS))


def tar_documents(source: str, stream: IO[bytes], read: Callable[[str, Any], Iterator[Document]]) -> Iterator[Document]:
    budget = Budget(_limit)
    try:
        archive = tarfile.open(fileobj=stream, mode="r|")
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise InputError(f"not a readable tar archive ({exc})") from None
    with archive:
        count = 0
        try:
            for info in archive:
                count += 1
                if not info.isfile() or hidden(info.name):
                    continue
                member = archive.extractfile(info)
                if member is None:
                    continue
                body = guarded(member, budget, clean_name(info.name), "tar", MEMBER_ERRORS)
                yield from read(f"{source}/{clean_name(info.name)}", body)
                if body.raw.failed:  # the archive ends inside this member: its error row says so
                    return
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise InputError(f"the tar archive is truncated or corrupt after {count} members ({exc})") from None


class FailingMember:
    """A member that could not be opened: reading it raises its one-line error, which ``read`` reports."""

    def __init__(self, message: str):
        self.message = message

    def read(self, n: int = -1) -> bytes:
        raise InputError(self.message)

    def close(self) -> None:
        pass
