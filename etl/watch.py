"""What a process running batches is doing: the hook and plugin it is in, and until when it may take.

Every plugin call goes through :meth:`etl.plugins.PluginHost.call_one`, which
tells the host's ``watch`` (a :class:`Tracker`) before it calls. The tracker
writes the hook, the plugin and a deadline into a small record: in a worker,
one slot of a shared memory map the parent reads; in the process itself, a
private one. So when a worker dies, hangs or a plugin exits, the run knows
which stage and which plugin did it, and when a document has taken too long.

A document may take ``timeout`` seconds from its ``etl_read`` to its last
``etl_segment``/``etl_resolve_speakers`` call; an enricher, which sees a
whole batch, ``timeout`` seconds per document of the batch; a plugin's
``etl_warm_up``, ten times ``timeout``. A plugin that loads a model lazily on
its first call spends that time within the first document's or batch's limit.
"""
from __future__ import annotations

import mmap
import struct
import time
from typing import Any

#: deadline (monotonic ns; 0: idle), hook, plugin, a note (what a plugin raised as it exited)
RECORD = struct.Struct("<q32s64s160s")
IDLE = 0

#: A plugin's warm-up (loading its models) may take as long as this many documents.
WARM_UP_DOCUMENTS = 10

#: The stage an error row names for each hook.
STAGES = {"etl_read": "read", "etl_segment": "segment", "etl_resolve_speakers": "segment",
          "etl_enrich_documents": "enrich", "etl_enrich_statements": "enrich", "etl_enrich_speakers": "enrich"}


def stage_of(hook: str) -> str:
    return STAGES.get(hook, "read")


def shared_slots(n: int) -> mmap.mmap:
    """``n`` records in memory shared with the processes forked after it."""
    return mmap.mmap(-1, max(1, n) * RECORD.size)


class Tracker:
    """Writes one process's record; called by the plugin host before every plugin call."""

    def __init__(self, memory: Any, slot: int, timeout_s: float | None):
        self.memory = memory
        self.offset = slot * RECORD.size
        self.limit_ns = int(timeout_s * 1e9) if timeout_s else 0
        self.hook = b""
        self.plugin = b""

    def __call__(self, impl: Any, kwargs: dict[str, Any]) -> None:
        hook = impl.opts.get("specname") or impl.function.__name__
        deadline = None
        if hook == "etl_read":
            deadline = self.after(1)  # a new document
        elif hook == "etl_warm_up":
            deadline = self.after(WARM_UP_DOCUMENTS)
        elif hook.startswith("etl_enrich_"):
            table = kwargs.get("documents")
            deadline = self.after(table.num_rows if table is not None else 1)
        self.write(hook.encode()[:32], impl.plugin_name.encode()[:64], deadline)

    def after(self, documents: int) -> int:
        return time.monotonic_ns() + self.limit_ns * max(1, documents) if self.limit_ns else IDLE

    def begin(self, documents: int) -> None:
        """A batch of ``documents`` starts: the time it may take until its first plugin call."""
        self.write(b"", b"", self.after(documents))

    def end(self) -> None:
        self.write(b"", b"", IDLE)

    def note(self, text: str) -> None:
        """Keep ``text`` (why the process is about to end) for the parent."""
        deadline, hook, plugin, _ = RECORD.unpack_from(self.memory, self.offset)
        RECORD.pack_into(self.memory, self.offset, deadline, hook, plugin, text.encode()[:160])

    def write(self, hook: bytes, plugin: bytes, deadline: int | None) -> None:
        if deadline is None:  # the document's deadline holds
            deadline = struct.unpack_from("<q", self.memory, self.offset)[0]
        RECORD.pack_into(self.memory, self.offset, deadline, hook, plugin, b"")


def read_state(memory: Any, slot: int) -> tuple[int, str, str, str]:
    """(deadline, hook, plugin, note) of a record."""
    deadline, hook, plugin, note = RECORD.unpack_from(memory, slot * RECORD.size)
    text = [b.rstrip(b"\0").decode(errors="replace") for b in (hook, plugin, note)]
    return deadline, text[0], text[1], text[2]


def clear(memory: Any, slot: int) -> None:
    RECORD.pack_into(memory, slot * RECORD.size, IDLE, b"", b"", b"")
