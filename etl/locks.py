"""One run at a time per output folder and per cache folder, and the leftovers of killed runs.

Two runs writing the same dataset or the same cache would delete each
other's files. A run takes an exclusive ``fcntl`` lock on a lock file beside
its output (``.NAME.lock``) and one in its cache folder (``.lock``); a second
run refuses at once with one line naming the run that holds it. The kernel
drops a lock when its process dies, however it dies, so a killed run never
leaves a folder locked.

Holding the lock, a run knows that every temporary file or folder there
belongs to a run that is gone, and removes it.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from etl.errors import EtlError


class Lock:
    """An exclusive lock on ``path``, taken without waiting; :meth:`release` gives it back."""

    def __init__(self, path: Path, what: str):
        import fcntl

        self.path = path
        while True:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise EtlError(f"{path}: cannot create the lock file ({exc.strerror}); "
                               f"check that {path.parent} is writable") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = read_holder(fd)
                os.close(fd)
                raise EtlError(f"another etl run{holder} is using {what}; wait for it to finish, "
                               f"or write elsewhere") from None
            # The file may have been removed by the run that held it between our open and our
            # lock: then the lock is on a file nobody else will see. Take the one at the path.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self.fd = fd

    def release(self) -> None:
        if self.fd is None:
            return
        # Removed while still held, so that no run can take a lock on it in between.
        try:
            self.path.unlink()
        except OSError:
            pass
        os.close(self.fd)
        self.fd = None


def read_holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


def lock_out(out: Path) -> Lock:
    """The lock on the output folder ``out``, beside it (the folder itself is replaced)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EtlError(f"{out.parent}: cannot create the folder for --out ({exc.strerror}); "
                       f"choose an --out where you can write") from None
    return Lock(out.parent / f".{out.name}.lock", f"--out {out}")


def lock_cache(root: Path) -> Lock:
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EtlError(f"{root}: cannot create the cache folder ({exc.strerror}); pass --cache-dir PATH") from None
    return Lock(root / ".lock", f"the cache {root}")


def clear_out_leftovers(out: Path) -> None:
    """With the output's lock held: the temporary and replaced folders of killed runs go.

    A run killed between moving the old dataset aside and the new one in leaves no
    dataset in place: the old one is put back first.
    """
    for path in sorted(out.parent.glob(f".{out.name}.old-*")):
        if not os.path.lexists(out):
            os.replace(path, out)
        else:
            shutil.rmtree(path, ignore_errors=True)
    for path in out.parent.glob(f".{out.name}.tmp-*"):
        if path.name != f".{out.name}.tmp-{os.getpid()}":
            shutil.rmtree(path, ignore_errors=True)


def clear_cache_leftovers(root: Path) -> None:
    """With the cache's lock held: the half-written files of killed runs (``.*.tmp``) go, and
    with them the spooled rows of large batches no segment took (:class:`etl.spool.Spool`)."""
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if name.startswith(".") and name.endswith(".tmp"):
                try:
                    os.unlink(os.path.join(folder, name))
                except OSError:
                    pass
