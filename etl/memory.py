"""Keeping a long run's resident memory at what it holds, not at what it once held.

A run allocates and frees the same few megabytes per batch for hours. Left
to their defaults, the allocators keep what is freed for reuse: glibc gives
threads arenas of their own and raises its mmap threshold after each large
free, and pyarrow's mimalloc pool keeps freed segments. Over a million
documents that retention, not live data, grew the main process by hundreds
of MiB. These settings trade a little allocator reuse for a flat footprint.
``etl run`` applies them; a program that calls :func:`etl.runner.run` may
call :func:`settle_allocators` itself.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import os

import pyarrow as pa

M_TRIM_THRESHOLD = -1  # mallopt parameters, from glibc's malloc.h
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8

#: What a worker's heap keeps for its next batch: blocks up to this size come from the heap, and
#: up to twice this is left free at its top (glibc's own upper bound for its dynamic threshold).
WORKER_KEEP = 32 * 1024 * 1024


@functools.cache
def glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (which has ``mallopt`` and ``malloc_trim``), else None."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        return libc if libc is not None and hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


def settle_allocators() -> None:
    """Make this process, and the workers it forks later, hand freed memory back.

    pyarrow's pool is chosen before this runs (``etl/__init__.py`` asks for
    jemalloc); a jemalloc pool is told to return freed pages at once. Under
    glibc, blocks from 256 KiB up (a batch's pickled rows) are mapped and
    unmapped on their own, and threads share two arenas.
    """
    if pa.default_memory_pool().backend_name == "jemalloc":
        pa.jemalloc_set_decay_ms(0)
    libc = glibc()
    if libc is not None:
        libc.mallopt(M_MMAP_THRESHOLD, 256 * 1024)
        libc.mallopt(M_ARENA_MAX, 2)


def settle_worker_allocators() -> None:
    """In a forked worker: let glibc keep what one batch frees for the next.

    A worker inherits the settings :func:`settle_allocators` gave the main
    process, which map every block from 256 KiB up on its own and trim the
    heap's top as soon as it is free. A worker holds one batch at a time, so
    those pages were mapped, faulted in and handed back again for every
    batch: about 25 page faults a document, most of the workers' system
    time. What a worker keeps is bounded by its largest batch, not by the
    corpus, so its memory stays flat without them.
    """
    libc = glibc()
    if libc is not None:
        libc.mallopt(M_MMAP_THRESHOLD, WORKER_KEEP)
        libc.mallopt(M_TRIM_THRESHOLD, 2 * WORKER_KEEP)


def hand_back() -> None:
    """Return freed memory to the system now (after a large temporary structure is dropped)."""
    pa.default_memory_pool().release_unused()
    libc = glibc()
    if libc is not None:
        libc.malloc_trim(0)


#: Allocations between collections of the youngest generation (Python's default is 700).
YOUNG_THRESHOLD = 50_000
_settled_in: int | None = None  # the process whose collector is settled


def settle_collector() -> None:
    """Keep the cyclic garbage collector off what a run's processes hold for good.

    Loaded plugins hold hundreds of thousands of long-lived objects (patterns,
    name tables, models); every full collection walked them all again, about
    5% of a worker's time. They are frozen out of the collector's reach
    (``gc.freeze``), and the youngest generation is collected less often: a
    batch's objects are freed by reference counting as it goes, and the few
    cycles wait a little longer. Once per process: ``etl run`` calls it once its
    plugins are loaded, each worker after its warm-up; a program that calls
    :func:`etl.runner.run` may call it itself. (Not collected first: a
    worker forked from a process with threads may inherit objects another
    thread was changing, which a collection must not walk.)
    """
    global _settled_in
    if _settled_in == os.getpid():
        return
    _settled_in = os.getpid()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, oldest)
