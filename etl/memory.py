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
import os

import pyarrow as pa

M_MMAP_THRESHOLD = -3  # mallopt parameters, from glibc's malloc.h
M_ARENA_MAX = -8


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


def hand_back() -> None:
    """Return freed memory to the system now (after a large temporary structure is dropped)."""
    pa.default_memory_pool().release_unused()
    libc = glibc()
    if libc is not None:
        libc.malloc_trim(0)
