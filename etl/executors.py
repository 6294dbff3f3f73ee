"""Where batches run: in this process, in a pool of worker processes, or on a Ray cluster.

An executor has one job: ``map(fn, items)`` yields ``fn(item)`` for every item,
in the items' order, with a bounded number of items in flight so that memory
stays flat however many items there are.

Every item is answered, whatever a plugin does to the process running it: a
worker that dies or hangs is replaced and the source that did it found
(:class:`Pool`); in this process, a plugin's ``sys.exit`` or endless Python
loop is caught (:class:`InProcessExecutor`). ``etl run`` turns SIGINT and
SIGTERM into :class:`Stopped`, which stops the workers.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
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


#: Seconds a document may take in a plugin before its worker is stopped (``--timeout``).
#: Generous: a document of tens of megabytes takes a minute on one core.
DEFAULT_TIMEOUT = 600.0

#: What a task may offer for containment (see :class:`BatchTask` in :mod:`etl.runner`):
#: ``split(item)`` into single-source items, ``combine(results)`` of those, and
#: ``failed(item, hook, plugin, message)``, the result of a single item that killed its process.
CONTAINED = ("split", "combine", "failed")


class Stopped(BaseException):
    """The run was told to stop (SIGINT or SIGTERM to ``etl run``); ``status`` is its exit status."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.status = 128 + signum


def stop_on_signals() -> Callable[[], None]:
    """Turn SIGINT and SIGTERM into :class:`Stopped` in this (main) thread; returns the undo.

    So a run stops cleanly on either (its workers stopped, the finished batches
    kept), and a ``KeyboardInterrupt`` is known to come from a plugin, not the user.
    """
    def handler(signum: int, frame: Any) -> None:
        raise Stopped(signum)

    if threading.current_thread() is not threading.main_thread():
        return lambda: None  # signal handlers can only be set from the main thread
    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}

    def undo() -> None:
        for sig, old in previous.items():
            signal.signal(sig, old)
    return undo


def ends_run(exc: BaseException) -> bool:
    """Whether an exception out of a task is the user stopping the run rather than a plugin exiting."""
    if isinstance(exc, Stopped):
        return True
    if isinstance(exc, KeyboardInterrupt):
        # A real Ctrl-C, unless ``etl run`` turned Ctrl-C into Stopped: then a plugin raised it.
        return signal.getsignal(signal.SIGINT) is signal.default_int_handler
    return False


class DocumentTimeout(BaseException):
    """Raised in this process's main thread when a plugin call outlives its deadline (``--jobs 1``)."""


def exit_reason(exc: BaseException) -> str:
    if isinstance(exc, DocumentTimeout):
        return str(exc)
    return f"raised {type(exc).__name__}" + (f": {exc}" if str(exc) else "")


def contained_message(hook: str, plugin: str, reason: str) -> str:
    where = f"in {hook} of plugin {plugin!r}" if plugin else "outside any plugin call"
    return f"the document stopped its worker {where}: {reason}"


def can_contain(fn: Any) -> bool:
    return all(callable(getattr(fn, name, None)) for name in CONTAINED)


def set_watch(fn: Any, tracker: Any) -> None:
    """Let the task tell ``tracker`` of each plugin call (``fn.set_watch``), when it can."""
    setter = getattr(fn, "set_watch", None)
    if setter is not None:
        setter(tracker)


class InProcessExecutor:
    """Runs every item here, one after the other.

    A plugin that raises ``SystemExit`` (or ``KeyboardInterrupt``, under ``etl
    run``), or whose call outlives ``timeout`` seconds per document while in
    Python code, fails its document alone: the batch is run again a source
    at a time and the one that does it becomes an error row. A call stuck in
    C code cannot be stopped in this process: workers (``--jobs 2`` and up) can.
    """

    name = "in-process"
    jobs = 1

    def __init__(self, timeout: float | None = DEFAULT_TIMEOUT):
        self.timeout = timeout

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        from etl.watch import RECORD, Tracker, clear, read_state

        record = bytearray(RECORD.size)
        tracker = Tracker(record, 0, self.timeout)
        clear(record, 0)
        set_watch(fn, tracker)
        alarm = Watchdog(lambda: read_state(record, 0)[0], self.timeout)
        try:
            for item in items:
                with alarm:
                    result = self.call(fn, item, tracker, record)
                yield result
        finally:
            set_watch(fn, None)

    def call(self, fn: Callable[[Any], Any], item: Any, tracker: Any, record: bytearray) -> Any:
        from etl.watch import read_state

        tracker.begin(len(item) if isinstance(item, list) else 1)
        try:
            return fn(item)
        except (SystemExit, KeyboardInterrupt, DocumentTimeout) as exc:
            if ends_run(exc) or not can_contain(fn):
                raise
            _, hook, plugin, _ = read_state(record, 0)
            singles = fn.split(item)
            if len(singles) == 1:
                return fn.failed(item, hook, plugin, contained_message(hook, plugin, exit_reason(exc)))
            return fn.combine([self.call(fn, single, tracker, record) for single in singles])
        finally:
            tracker.end()

    def close(self) -> None:
        pass


class Watchdog:
    """While entered, checks the deadline every second (SIGALRM) and raises :class:`DocumentTimeout`.

    Only in the main thread (where signal handlers run), and only for Python code:
    a handler runs between bytecodes, so a call blocked in C returns first."""

    def __init__(self, deadline: Callable[[], int], timeout: float | None):
        self.deadline = deadline
        self.timeout = timeout
        self.active = bool(timeout) and threading.current_thread() is threading.main_thread() \
            and hasattr(signal, "setitimer")

    def fire(self, signum: int, frame: Any) -> None:
        deadline = self.deadline()
        if deadline and time.monotonic_ns() > deadline:
            raise DocumentTimeout(f"took longer than the time limit of {self.timeout:g} s per document "
                                  f"(--timeout)")

    def __enter__(self) -> Watchdog:
        if self.active:
            self.previous = signal.signal(signal.SIGALRM, self.fire)
            signal.setitimer(signal.ITIMER_REAL, 1.0, 1.0)
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0, 0)
            signal.signal(signal.SIGALRM, self.previous)


# The function a pool's workers call. It is set before the workers are forked,
# so they inherit it (and the plugin host it closes over) instead of
# unpickling it: plugins registered at run time work as they do here.
_TASK: Callable[[Any], Any] | None = None

#: Exit status of a worker whose plugin raised SystemExit or KeyboardInterrupt.
RAISED = 70


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when the process that forked it dies (Linux), however
    it dies: a hung worker must not outlive a run killed with SIGKILL."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _worker_main(slot: int, memory: Any, tasks: Any, results: Any, warm: bool, timeout: float | None,
                 parent: int) -> None:
    """A worker's life: take (key, item) from ``tasks``, send (key, kind, payload) to ``results``."""
    from etl.watch import Tracker

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the run stops its workers itself
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    tracker = Tracker(memory, slot, timeout)
    set_watch(_TASK, tracker)
    if warm:
        warm_up = getattr(_TASK, "warm_up", None)
        if warm_up is not None:
            warm_up()
        tracker.end()
    while True:
        try:
            message = tasks.recv()
        except (EOFError, OSError):
            os._exit(0)
        if message is None:
            os._exit(0)
        key, item = message
        tracker.begin(len(item) if isinstance(item, list) else 1)
        try:
            reply = (key, "ok", _TASK(item))
        except EtlError as exc:
            # Subclasses may not survive pickling; the one-line message does.
            reply = (key, "error", str(exc))
        except Exception as exc:  # noqa: BLE001 - the parent raises it, as a pool would
            reply = (key, "raise", exc)
        except BaseException as exc:  # SystemExit, KeyboardInterrupt: a plugin ended the process
            tracker.note(exit_reason(exc))
            os._exit(RAISED)
        tracker.end()
        try:
            results.send(reply)
        except Exception as exc:  # noqa: BLE001 - a result that does not pickle
            results.send((key, "raise", RuntimeError(f"{type(exc).__name__}: {exc}")))


class Worker:
    """One forked worker process, its two pipes, and the items sent to it, oldest (running) first."""

    def __init__(self, slot: int, memory: Any, warm: bool, timeout: float | None):
        from etl.watch import clear

        context = multiprocessing.get_context("fork")
        task_reader, self.tasks = context.Pipe(duplex=False)
        self.results, result_writer = context.Pipe(duplex=False)
        widen((self.tasks, self.results))
        clear(memory, slot)
        self.slot = slot
        self.process = context.Process(target=_worker_main, daemon=True,
                                       args=(slot, memory, task_reader, result_writer, warm, timeout, os.getpid()))
        self.process.start()
        task_reader.close()
        result_writer.close()
        self.sent: deque = deque()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.tasks.close()
        self.results.close()


class ProcessPoolExecutor:
    """Runs items in ``jobs`` forked worker processes, yielding results in order.

    A worker calls ``fn.warm_up()``, when ``fn`` has one, as it starts: while
    the caller is still preparing the first items.

    A worker that dies (a signal, ``os._exit``, a plugin's ``SystemExit``) or
    whose document outlives ``timeout`` seconds (it is killed) is replaced by
    a fresh one, and the item it was running is run again a source at a time
    (``fn.split``), so that the source that does it is found; that one's
    result is ``fn.failed(...)``, naming the hook and plugin the worker was in
    (:mod:`etl.watch`). A task without those methods fails the run with one line.
    """

    name = "process pool"

    def __init__(self, jobs: int, timeout: float | None = DEFAULT_TIMEOUT):
        if "fork" not in multiprocessing.get_all_start_methods():
            raise EtlError("--jobs above 1 needs the fork start method, which this platform lacks; use --jobs 1")
        self.jobs = jobs
        self.timeout = timeout

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        global _TASK
        from etl.watch import shared_slots

        _TASK = fn
        memory = shared_slots(self.jobs)
        pool = Pool(fn, self.jobs, memory, self.timeout)
        try:
            yield from pool.run(iter(items))
        finally:
            pool.stop()
            memory.close()
            _TASK = None

    def close(self) -> None:
        pass


class Pool:
    """The workers of one ``map``, and the bookkeeping that keeps every item accounted for."""

    def __init__(self, fn: Callable[[Any], Any], jobs: int, memory: Any, timeout: float | None):
        self.fn = fn
        self.memory = memory
        self.timeout = timeout
        self.jobs = jobs
        # Workers start as work needs them: a run of one batch (one large file, a few small ones)
        # forks and warms one process, not one per core that would load the models for nothing.
        self.workers = [Worker(0, memory, True, timeout)]
        self.window = jobs * IN_FLIGHT_PER_WORKER
        self.items: dict[Any, Any] = {}  # key → item, for every item not yet answered
        self.waiting: deque = deque()  # keys to send
        self.done: dict[Any, tuple[str, Any]] = {}  # key → (kind, payload)
        self.split: dict[int, list[Any]] = {}  # an item run again a source at a time → its singles' results

    def run(self, items: Iterator[Any]) -> Iterator[Any]:
        seq = next_out = 0
        more = True
        while True:
            while more and sum(1 for k in self.items if not isinstance(k, tuple)) < self.window:
                item = next(items, _END)
                if item is _END:
                    more = False
                    break
                self.items[seq] = item
                self.waiting.append(seq)
                seq += 1
            self.dispatch()
            while next_out in self.done:
                kind, payload = self.done.pop(next_out)
                del self.items[next_out]
                next_out += 1
                if kind == "error":
                    raise EtlError(payload)
                if kind == "raise":
                    raise payload
                yield payload
                if more:
                    break  # take the next item in before waiting again
            else:
                if not more and next_out == seq:
                    return
                self.wait()

    def dispatch(self) -> None:
        while self.waiting:
            worker = min(self.workers, key=lambda w: len(w.sent))
            if worker.sent and len(self.workers) < self.jobs:  # every worker is busy: one more
                worker = Worker(len(self.workers), self.memory, True, self.timeout)
                self.workers.append(worker)
            if len(worker.sent) >= IN_FLIGHT_PER_WORKER:
                return
            key = self.waiting.popleft()
            try:
                worker.tasks.send((key, self.items[key]))
            except (OSError, EOFError):  # the worker is gone: found by wait()
                self.waiting.appendleft(key)
                return
            worker.sent.append(key)

    def wait(self) -> None:
        from multiprocessing.connection import wait

        from etl.watch import read_state

        now = time.monotonic_ns()
        deadlines = [read_state(self.memory, w.slot)[0] for w in self.workers if w.sent]
        soonest = min((d for d in deadlines if d), default=0)
        timeout = 1.0 if not soonest else min(1.0, max(0.0, (soonest - now) / 1e9) + 0.01)
        by_handle = {}
        for worker in self.workers:
            by_handle[worker.results] = worker
            by_handle[worker.process.sentinel] = worker
        for ready in wait(list(by_handle), timeout):
            worker = by_handle[ready]
            if worker not in self.workers:
                continue  # replaced already
            if ready is worker.results:
                self.receive(worker)
            elif not worker.results.poll():  # it ended, and every answer it sent is read
                worker.process.join()
                self.lost(worker, died(worker.process.exitcode))
        now = time.monotonic_ns()
        for worker in list(self.workers):
            deadline = read_state(self.memory, worker.slot)[0]
            if worker.sent and deadline and now > deadline:
                self.lost(worker, f"took longer than the time limit of {self.timeout:g} s per document "
                                  f"(--timeout), and was stopped")

    def receive(self, worker: Worker) -> None:
        try:
            key, kind, payload = worker.results.recv()
        except (EOFError, OSError):
            worker.process.join()
            self.lost(worker, died(worker.process.exitcode))
            return
        sent = worker.sent.popleft()
        assert sent == key, "a worker answers its items in the order they were sent"
        self.answer(key, kind, payload)

    def answer(self, key: Any, kind: str, payload: Any) -> None:
        if not isinstance(key, tuple):
            self.done[key] = (kind, payload)
            return
        parent, i = key
        del self.items[key]
        results = self.split[parent]
        if kind != "ok":
            self.done[parent] = (kind, payload)
            return
        results[i] = payload
        if all(r is not _END for r in results):
            del self.split[parent]
            if parent not in self.done:
                self.done[parent] = ("ok", self.fn.combine(results))

    def lost(self, worker: Worker, reason: str) -> None:
        """A worker died or hung: replace it; run its item again a source at a time; resend the rest."""
        from etl.watch import read_state

        _, hook, plugin, note = read_state(self.memory, worker.slot)
        worker.stop()
        index = self.workers.index(worker)
        self.workers[index] = Worker(worker.slot, self.memory, True, self.timeout)
        if not worker.sent:
            return
        running, *unstarted = worker.sent
        self.waiting.extendleft(reversed(unstarted))
        item = self.items[running]
        message = contained_message(hook, plugin, note or reason)
        if not can_contain(self.fn):
            raise EtlError(f"a worker process stopped: {message}")
        singles = self.fn.split(item) if not isinstance(running, tuple) else [item]
        if not singles:  # an empty item (a part whose sources are all cached): nothing in it to blame
            self.waiting.appendleft(running)
            return
        if len(singles) == 1:
            self.answer(running, "ok", self.fn.failed(item, hook, plugin, message))
            return
        self.split[running] = [_END] * len(singles)
        keys = [(running, i) for i in range(len(singles))]
        for key, single in zip(keys, singles):
            self.items[key] = single
        self.waiting.extendleft(reversed(keys))

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()


_END = object()


def died(status: int | None) -> str:
    """How a worker process ended, from its exit status."""
    if status is None:
        return "the worker process died"
    if status < 0:
        try:
            name = signal.Signals(-status).name
        except ValueError:
            name = f"signal {-status}"
        extra = " (the system may have run out of memory)" if -status == signal.SIGKILL else ""
        return f"the worker process was killed by {name}{extra}"
    return f"the worker process exited with status {status}"


def widen(connections: Iterable[Any]) -> None:
    """Give pipes ``PIPE_BYTES`` where the system allows it (Linux)."""
    try:
        import fcntl

        set_size = fcntl.F_SETPIPE_SZ
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

    A task whose worker dies is retried by Ray itself (its ``max_retries``);
    when every try dies, the run stops with one line. The per-document time
    limit and the search for the source that kills a worker are the local
    pool's (:class:`ProcessPoolExecutor`), not Ray's.

    A batch's rows come back in memory, through Ray's object store: its
    workers may be on other machines, which cannot spool to the run's cache
    folder as the local executors do (:data:`etl.pipeline.SPOOL_BYTES`). A
    source whose rows do not fit in a worker's and the driver's memory is for
    the local executors, or split before the run.
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
            try:
                result = ray.get(pending.popleft())
            except ray.exceptions.RayTaskError:
                raise  # the task raised: its own exception, as a local run would
            except ray.exceptions.RayError as exc:
                # A worker that died, or its node: Ray has retried the task already (max_retries).
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise EtlError(f"a Ray worker died running a batch, and again on each of Ray's retries: "
                               f"{first}") from None
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


def make_executor(kind: str = "local", jobs: int | None = None, address: str | None = None,
                  timeout: float | None = DEFAULT_TIMEOUT):
    """The executor for ``--executor KIND --jobs N [--address ADDR] [--timeout S]``."""
    if kind == "ray":
        return RayExecutor(address=address, jobs=jobs)
    if kind != "local":
        raise EtlError(f"unknown executor {kind!r}; use local or ray")
    if address:
        raise EtlError("--address is for --executor ray")
    jobs = jobs or default_jobs()
    return InProcessExecutor(timeout) if jobs <= 1 else ProcessPoolExecutor(jobs, timeout)
