"""Short names completed over the whole run: `MS. ROE` in one document is the `Jane Roe` of another.

A resolver that meets a surname its document never completes returns it as a
short :class:`etl.model.SpeakerRef`; its statements carry a provisional
speaker id (:func:`etl.model.short_id_of`) through the batches and the cache.
Once every batch is in, the run's speaker partial holds both the people named
in full and the short names, and ``etl_complete_speakers`` decides which
person each short name is. This module splits the partial, asks the hook,
checks its answer, and folds each completed short name into its person; the
runner then rewrites the provisional ids in the statements it wrote
(:func:`remap`). The decision is made once, in one process, from the whole
run: the same with any number of jobs, batches or machines.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import pyarrow as pa
import pyarrow.compute as pc

from etl.errors import EtlError, PluginError
from etl.model import SHORT_ID_PREFIX, name_key
from etl.pipeline import error_row
from etl.plugins import PluginHost
from etl.schema import Schema
from etl.speakers import Partial, merge, speakers_table

HOOK = "etl_complete_speakers"
#: The columns of the speakers table the hook sees (the core's own), and ``companions``.
COLUMNS = ("speaker_id", "name", "aliases", "role", "affiliation", "n_statements", "n_documents")
#: Two speakers of one document (both ways round), each pair once: who is met beside whom.
COMPANIONS_SCHEMA = pa.schema([("speaker_id", pa.string()), ("companion", pa.string())])
#: How many unresolved short names a run's summary names.
NAMED_IN_SUMMARY = 5


@dataclass
class Completion:
    """What became of a run's short names."""

    partial: Partial  # the run's speakers, short names folded into their people or left out
    ids: dict[str, str | None] = field(default_factory=dict)  # provisional id → speaker id, or None
    completed: int = 0  # statements given to the person their short name is
    left: int = 0  # statements left without a speaker
    left_names: list[str] = field(default_factory=list)  # the short names left, most statements first

    def notes(self) -> list[str]:
        notes = []
        if self.completed:
            notes.append(f"{self.completed} statements whose document names the speaker only by surname were "
                         f"given to the one person of the run named so in full")
        if self.left:
            shown = ", ".join(self.left_names[:NAMED_IN_SUMMARY]) + \
                (", ..." if len(self.left_names) > NAMED_IN_SUMMARY else "")
            notes.append(f"{self.left} statements left without a speaker: the run could not tell who bears "
                         f"the surname their document gives ({shown})")
        return notes


def is_short(ids: pa.ChunkedArray | pa.Array) -> pa.Array:
    return pc.fill_null(pc.starts_with(ids, SHORT_ID_PREFIX), False)


def companion_pairs(mentions: pa.Table) -> pa.Table:
    """The pairs of speakers (provisional ids included) who speak in one document of ``mentions``."""
    speakers = mentions.select(["doc_id", "speaker_id"]).group_by(["doc_id", "speaker_id"]).aggregate([])
    joined = speakers.join(speakers.rename_columns(["doc_id", "companion"]), "doc_id")
    pairs = joined.filter(pc.not_equal(joined["speaker_id"], joined["companion"]))
    return merge_companions([pairs.select(["speaker_id", "companion"])])


def merge_companions(tables: list[pa.Table]) -> pa.Table:
    """Pairs of several parts as one table, each pair once, sorted."""
    pairs = pa.concat_tables([COMPANIONS_SCHEMA.empty_table(), *[t.cast(COMPANIONS_SCHEMA) for t in tables]])
    pairs = pairs.group_by(["speaker_id", "companion"], use_threads=False).aggregate([])
    return pairs.select(["speaker_id", "companion"]).sort_by([("speaker_id", "ascending"), ("companion", "ascending")])


def with_companions(table: pa.Table, pairs: pa.Table) -> pa.Table:
    """``table`` (one row per speaker) with ``companions``: the ids of the speakers met in its documents."""
    listed = pairs.group_by("speaker_id", use_threads=False).aggregate([("companion", "list")])
    at = pc.index_in(table["speaker_id"], value_set=listed["speaker_id"].combine_chunks())
    column = listed["companion_list"].take(at)
    column = pc.if_else(pc.is_valid(column), column, pa.scalar([], pa.list_(pa.string())))
    # The pairs are sorted and grouped in one thread: each list is in id order.
    return table.append_column(pa.field("companions", pa.list_(pa.string())), column)


def complete(host: PluginHost, schema: Schema, total: Partial, pairs_of: Callable[[pa.Array], pa.Table],
             errors: list[dict[str, str]]) -> Completion:
    """The run's partial with its short names completed by ``etl_complete_speakers``."""
    short_counts = is_short(total.counts["speaker_id"])
    if not pc.any(short_counts).as_py():
        return Completion(total)
    full = Partial(total.counts.filter(pc.invert(short_counts)),
                   total.values.filter(pc.invert(is_short(total.values["speaker_id"]))))
    short = Partial(total.counts.filter(short_counts), total.values.filter(is_short(total.values["speaker_id"])))
    short_table = speakers_table(schema, short).select(list(COLUMNS))
    people = speakers_table(schema, full).select(list(COLUMNS))
    pairs = pairs_of(pa.concat_arrays([short_table["speaker_id"].combine_chunks(), bearers(people, short_table)]))
    short_table, people = with_companions(short_table, pairs), with_companions(people, pairs)
    answers = ask(host, short_table, people, errors)
    ids = dict(zip(short_table["speaker_id"].to_pylist(), answers))
    completion = Completion(merge([full, folded(short, ids)]), ids)
    left: list[tuple[int, str]] = []
    for name, n, answer in zip(short_table["name"].to_pylist(), short_table["n_statements"].to_pylist(), answers):
        if answer is None:
            completion.left += n
            left.append((-n, name))
        else:
            completion.completed += n
    completion.left_names = [name for _, name in sorted(left)]
    return completion


def bearers(people: pa.Table, short: pa.Table) -> pa.Array:
    """The ids of the people whose name ends with a short name's surname: the only ones whose
    companions the hook needs (``Jane Roe`` for ``Roe``, ``Alexandria Ocasio-Cortez`` for ``Cortez``)."""
    surnames = {name_key(name) for name in short["name"].to_pylist()}
    ids = []
    for speaker_id, name in zip(people["speaker_id"].to_pylist(), people["name"].to_pylist()):
        words = name_key(name).split()
        if any(" ".join(words[k:]) in surnames for k in range(1, len(words))):
            ids.append(speaker_id)
    return pa.array(ids, pa.string())


def ask(host: PluginHost, short: pa.Table, people: pa.Table, errors: list[dict[str, str]]) -> list[str | None]:
    """The hook's answer, checked; every short name unanswered when it fails or there is no implementation."""
    unanswered: list[str | None] = [None] * short.num_rows
    try:
        plugin, answer = host.call_first(HOOK, short=short, speakers=people)
    except EtlError as exc:
        errors.append(error_row("speakers table", "resolve", exc.plugin or "?", str(exc)))
        return unanswered
    if answer is None:
        return unanswered
    try:
        return checked(plugin, answer, short.num_rows, set(people["speaker_id"].to_pylist()))
    except PluginError as exc:
        errors.append(error_row("speakers table", "resolve", plugin, f"{exc} (short names left without a speaker)"))
        return unanswered


def checked(plugin: str, answer: object, n: int, known: set[str]) -> list[str | None]:
    if isinstance(answer, (str, bytes, dict)) or not hasattr(answer, "__iter__"):
        raise PluginError(plugin, f"{HOOK} returned {type(answer).__name__}, not a list of speaker ids")
    answer = list(answer)
    if len(answer) != n:
        raise PluginError(plugin, f"{HOOK} returned {len(answer)} answers for {n} short names")
    for value in answer:
        if value is not None and value not in known:
            raise PluginError(plugin, f"{HOOK} returned {value!r}, not the speaker_id of a person of the run")
    return answer


def folded(short: Partial, ids: dict[str, str | None]) -> Partial:
    """The short names' counts and values under the ids of the people they are; the others dropped.

    A short name's ``name`` (the bare surname) is not one of its person's
    names: only its aliases (`MS. ROE`), role and affiliation join theirs.
    """
    def remapped(table: pa.Table) -> pa.Table:
        column = remap(table["speaker_id"], ids)
        table = table.set_column(0, "speaker_id", column)
        return table.filter(pc.is_valid(column))

    values = short.values.filter(pc.not_equal(short.values["field"], "name"))
    return Partial(remapped(short.counts), remapped(values))


def remap(column: pa.ChunkedArray | pa.Array, ids: dict[str, str | None]) -> pa.ChunkedArray:
    """``column`` of speaker ids with each provisional id replaced by its person's id (or null)."""
    keys = pa.array(list(ids), pa.string())
    targets = pa.array(list(ids.values()), pa.string())
    column = column if isinstance(column, pa.ChunkedArray) else pa.chunked_array([column], pa.string())
    position = pc.index_in(column, value_set=keys)
    replaced = pc.take(targets, position) if len(keys) else pa.nulls(len(column), pa.string())
    return pc.if_else(is_short(column), replaced, column)
