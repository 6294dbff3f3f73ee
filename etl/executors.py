"""Where batches run: in this process, in a pool of worker processes, or on a Ray cluster.

An executor has one job: ``map(fn, items)`` yields ``fn(item)`` for every item,
in the items' order, with a bounded number of items in flight so that memory
stays flat however many items there are.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from typing import Any, Callable, Iterable, Iterator

from etl.errors import EtlError

#: Bytes a pool's pipes hold. A batch's rows are megabytes; through the default 64 KiB
#: pipe they went in thousands of small reads and writes, each a system call and a wake-up,
#: which cost the main process about twice the CPU of the transfer itself.
PIPE_BYTES = 1 << 20

#: Items in flight per worker: enough to keep every worker busy while the
#: parent writes, few enough that pending results stay small.
IN_FLIGHT_PER_WORKER = 2


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class InProcessExecutor:
    """Runs every item here, one after the other."""

    name = "in-process"
    jobs = 1

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            yield fn(item)

    def close(self) -> None:
        pass


# The function a pool's workers call. It is set before the workers are forked,
# so they inherit it (and the plugin host it closes over) instead of
# unpickling it: plugins registered at run time work as they do here.
_TASK: Callable[[Any], Any] | None = None


def _warm_up() -> None:
    """Each worker's first act: let the task load what it needs, if it can (``fn.warm_up``)."""
    warm_up = getattr(_TASK, "warm_up", None)
    if warm_up is not None:
        warm_up()


def _call_task(item: Any) -> Any:
    try:
        return _TASK(item)
    except EtlError as exc:
        # Subclasses may not survive pickling; the one-line message does.
        raise EtlError(str(exc)) from None


class ProcessPoolExecutor:
    """Runs items in ``jobs`` forked worker processes, yielding results in order.

    A worker calls ``fn.warm_up()``, when ``fn`` has one, as it starts: while
    the caller is still preparing the first items.
    """

    name = "process pool"

    def __init__(self, jobs: int):
        if "fork" not in multiprocessing.get_all_start_methods():
            raise EtlError("--jobs above 1 needs the fork start method, which this platform lacks; use --jobs 1")
        self.jobs = jobs

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        global _TASK
        _TASK = fn
        pool = multiprocessing.get_context("fork").Pool(self.jobs, initializer=_warm_up)
        widen_pipes(pool)
        try:
            pending: deque = deque()
            items = iter(items)
            for item in items:
                pending.append(pool.apply_async(_call_task, (item,)))
                if len(pending) >= self.jobs * IN_FLIGHT_PER_WORKER:
                    break
            while pending:
                result = pending.popleft().get()
                for item in items:
                    pending.append(pool.apply_async(_call_task, (item,)))
                    break
                yield result
            pool.close()
        finally:
            pool.terminate()
            pool.join()
            _TASK = None

    def close(self) -> None:
        pass


def widen_pipes(pool: Any) -> None:
    """Give a pool's task and result pipes ``PIPE_BYTES`` where the system allows it (Linux)."""
    try:
        import fcntl

        set_size = fcntl.F_SETPIPE_SZ
        # Pool keeps them private, under these names since Python 3.4; without them nothing changes.
        connections = (pool._outqueue._reader, pool._inqueue._writer)
    except (ImportError, AttributeError):
        return
    for connection in connections:
        try:
            fcntl.fcntl(connection.fileno(), set_size, PIPE_BYTES)
        except OSError:  # above /proc/sys/fs/pipe-max-size
            pass


class RayExecutor:
    """Runs items as Ray tasks on a cluster (or a local Ray instance), yielding results in order.

    ``fn`` travels to the workers by pickling, so it must rebuild whatever it
    needs there (the pipeline ships a recipe for its plugin host, not the host).
    """

    name = "ray"

    def __init__(self, address: str | None = None, jobs: int | None = None):
        try:
            import ray
        except ImportError:
            raise EtlError("the ray executor needs Ray: pip install 'etl[ray]'") from None
        self.ray = ray
        self.started = False
        if not ray.is_initialized():
            if address:
                ray.init(address=address, include_dashboard=False, log_to_driver=False)
            else:
                ray.init(num_cpus=jobs or default_jobs(), include_dashboard=False, log_to_driver=False)
            self.started = True
        self.jobs = int(ray.cluster_resources().get("CPU", 1))

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        ray = self.ray
        task = ray.remote(_ray_call)
        fn_ref = ray.put(fn)
        pending: deque = deque()
        items = iter(items)
        for item in items:
            pending.append(task.remote(fn_ref, item))
            if len(pending) >= self.jobs * IN_FLIGHT_PER_WORKER:
                break
        while pending:
            result = ray.get(pending.popleft())
            for item in items:
                pending.append(task.remote(fn_ref, item))
                break
            yield result

    def close(self) -> None:
        if self.started:
            self.ray.shutdown()


def _ray_call(fn: Callable[[Any], Any], item: Any) -> Any:
    return _call_task_with(fn, item)


def _call_task_with(fn: Callable[[Any], Any], item: Any) -> Any:
    try:
        return fn(item)
    except EtlError as exc:
        raise EtlError(str(exc)) from None


def make_executor(kind: str = "local", jobs: int | None = None, address: str | None = None):
    """The executor for ``--executor KIND --jobs N [--address ADDR]``."""
    if kind == "ray":
        return RayExecutor(address=address, jobs=jobs)
    if kind != "local":
        raise EtlError(f"unknown executor {kind!r}; use local or ray")
    if address:
        raise EtlError("--address is for --executor ray")
    jobs = jobs or default_jobs()
    return InProcessExecutor() if jobs <= 1 else ProcessPoolExecutor(jobs)
