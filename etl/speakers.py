"""The speakers table as a reduction: partial aggregates per batch, merged associatively.

Every attributed statement leaves one *mention* (who, under which name, alias,
role and affiliation, in which document, when). A batch's mentions are reduced
at once to a :class:`Partial` — counts per speaker and counts per (speaker,
field, value) — and partials merge by summing, in any grouping and any order,
so a run holds one small partial per distinct speaker, never a row per
statement, and workers or cluster nodes can each reduce their own share.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from etl.schema import CORE, Schema

TIMESTAMP = pa.timestamp("s", tz="UTC")

MENTION_SCHEMA = pa.schema([
    ("speaker_id", pa.string()), ("name", pa.string()), ("alias", pa.string()), ("role", pa.string()),
    ("affiliation", pa.string()), ("source", pa.string()), ("doc_id", pa.string()), ("published_at", TIMESTAMP),
])
COUNTS_SCHEMA = pa.schema([
    ("speaker_id", pa.string()), ("n_statements", pa.int64()), ("n_documents", pa.int64()),
    ("first_seen", TIMESTAMP), ("last_seen", TIMESTAMP),
])
VALUES_SCHEMA = pa.schema([
    ("speaker_id", pa.string()), ("field", pa.string()), ("value", pa.string()), ("count", pa.int64()),
])
#: The mention fields whose values are counted; the most frequent wins,
#: except ``alias``, whose values (with the names) all become ``aliases``.
FIELDS = ("name", "alias", "role", "affiliation")


@dataclass
class Partial:
    """Speaker aggregates over some of a run's mentions."""

    counts: pa.Table  # COUNTS_SCHEMA, one row per speaker
    values: pa.Table  # VALUES_SCHEMA, one row per (speaker, field, value)

    @classmethod
    def empty(cls) -> Partial:
        return cls(COUNTS_SCHEMA.empty_table(), VALUES_SCHEMA.empty_table())


def partial(mentions: pa.Table) -> Partial:
    """Reduce a table of mentions (``MENTION_SCHEMA``) to a partial."""
    by_speaker = mentions.group_by("speaker_id").aggregate([
        ([], "count_all"), ("published_at", "min"), ("published_at", "max")])
    # A document is one (source, doc_id) row of the documents table; each
    # lies wholly in one batch, so per-partial document counts add up exactly.
    docs = (mentions.select(["speaker_id", "source", "doc_id"]).group_by(["speaker_id", "source", "doc_id"])
            .aggregate([]).group_by("speaker_id").aggregate([([], "count_all")]))
    counts = by_speaker.join(docs.rename_columns(["speaker_id", "n_documents"]), "speaker_id")
    counts = pa.table({
        "speaker_id": counts["speaker_id"], "n_statements": counts["count_all"],
        "n_documents": counts["n_documents"], "first_seen": counts["published_at_min"],
        "last_seen": counts["published_at_max"],
    }, schema=COUNTS_SCHEMA)
    values = []
    for field in FIELDS:
        column = mentions[field]
        present = mentions.filter(pc.and_(pc.is_valid(column), pc.not_equal(column, "")))
        grouped = present.group_by(["speaker_id", field]).aggregate([([], "count_all")])
        values.append(pa.table({
            "speaker_id": grouped["speaker_id"], "field": pa.array([field] * grouped.num_rows, pa.string()),
            "value": grouped[field], "count": grouped["count_all"],
        }, schema=VALUES_SCHEMA))
    return Partial(counts, pa.concat_tables(values))


def merge(partials: Iterable[Partial]) -> Partial:
    """One partial equal to all of ``partials`` together, its values in (speaker, field, value) order."""
    partials = list(partials)
    if not partials:
        return Partial.empty()
    if len(partials) == 1:
        return partials[0]
    # One thread: a hash table per thread would multiply the memory; the counts are one row a speaker.
    counts = pa.concat_tables([p.counts for p in partials]).group_by("speaker_id", use_threads=False).aggregate([
        ("n_statements", "sum"), ("n_documents", "sum"), ("first_seen", "min"), ("last_seen", "max")])
    counts = (counts.rename_columns(["speaker_id", "n_statements", "n_documents", "first_seen", "last_seen"])
              .select(COUNTS_SCHEMA.names).cast(COUNTS_SCHEMA))
    return Partial(counts, merge_values(pa.concat_tables([p.values for p in partials])))


def merge_values(values: pa.Table) -> pa.Table:
    """``values`` (``VALUES_SCHEMA``) with the counts of equal (speaker, field, value) rows summed.

    The values are the one part of a run's state that grows with the corpus
    (a speaker met under many titles has many aliases), so they are reduced
    on integer codes with numpy: a hash aggregation on three string keys
    takes several times the table's own size in working memory.
    """
    coded = Coded(values)
    return coded.decode(*coded.summed(values["count"].to_numpy()))


class Coded:
    """A values table's three key columns as codes into their sorted distinct values.

    ``key`` orders the rows as (speaker_id, field, value) do, so sorting the
    key sorts the rows, and equal keys are equal rows.
    """

    def __init__(self, values: pa.Table) -> None:
        self.speakers, speaker = codes(values["speaker_id"])
        self.fields, field = codes(values["field"])
        self.values, value = codes(values["value"])
        self.key = (speaker * len(self.fields) + field) * len(self.values) + value

    def field_code(self, name: str) -> int:
        """The code of the field ``name``, or -1 when no row has it."""
        fields = self.fields.to_pylist()
        return fields.index(name) if name in fields else -1

    def summed(self, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The distinct keys, sorted, and the sum of ``counts`` (one per row) for each."""
        order = np.argsort(self.key, kind="stable")
        key = self.key[order]
        starts = run_starts(key)
        return key[starts], np.add.reduceat(counts[order], starts) if key.size else counts

    def split(self, key: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The speaker, field and value codes of ``key``."""
        rest, value = np.divmod(key, max(len(self.values), 1))
        speaker, field = np.divmod(rest, max(len(self.fields), 1))
        return speaker, field, value

    def decode(self, key: np.ndarray, counts: np.ndarray) -> pa.Table:
        speaker, field, value = self.split(key)
        return pa.table({"speaker_id": self.speakers.take(speaker), "field": self.fields.take(field),
                         "value": self.values.take(value), "count": pa.array(counts, pa.int64())},
                        schema=VALUES_SCHEMA)


def codes(column: pa.ChunkedArray) -> tuple[pa.Array, np.ndarray]:
    """The sorted distinct values of a non-null string column, and each row's index among them (int64).

    One hash pass (``dictionary_encode``), then the dictionary sorted and each row's index
    mapped to its rank: hashing the column again to look each row up (``index_in``) took twice as long.
    """
    encoded = pc.dictionary_encode(column)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks() if encoded.num_chunks else pa.array([], pa.dictionary(pa.int32(), column.type))
    order = pc.sort_indices(encoded.dictionary).to_numpy()
    rank = np.empty(len(order), np.int64)
    rank[order] = np.arange(len(order))
    return encoded.dictionary.take(pa.array(order)), rank[encoded.indices.to_numpy(zero_copy_only=False)]


def speakers_table(schema: Schema, total: Partial) -> pa.Table:
    """The speakers table, one row per speaker in ``speaker_id`` order.

    ``name``, ``role`` and ``affiliation`` are each the most frequent value
    (ties go to the alphabetically first); ``aliases`` is every alias and
    name, sorted.
    """
    counts = total.counts.sort_by("speaker_id")
    columns = {"speaker_id": counts["speaker_id"]}
    coded = Coded(total.values)
    key, tally = coded.summed(total.values["count"].to_numpy())
    speaker, field, value = coded.split(key)
    for name in ("name", "role", "affiliation"):
        rows = np.flatnonzero(field == coded.field_code(name))
        # By speaker, then count descending, then value: each speaker's first row is the winner.
        rows = rows[np.lexsort((value[rows], -tally[rows], speaker[rows]))]
        first = rows[run_starts(speaker[rows])]
        chosen = pa.table({"speaker_id": coded.speakers.take(speaker[first]),
                           "value": coded.values.take(value[first])})
        columns[name] = aligned(counts, chosen, "value")
    columns["aliases"] = aligned(counts, aliases(coded, speaker, field, value), "aliases")
    columns["n_statements"] = counts["n_statements"]
    columns["n_documents"] = counts["n_documents"]
    columns["first_seen"] = counts["first_seen"]
    columns["last_seen"] = counts["last_seen"]
    arrays = []
    for col in schema.table("speakers"):
        if col.owner == CORE and col.name in columns:
            arrays.append(columns[col.name].cast(col.type))
        else:
            arrays.append(pa.nulls(counts.num_rows, type=col.type))
    return pa.Table.from_arrays(arrays, schema=schema.arrow("speakers"))


def aliases(coded: Coded, speaker: np.ndarray, field: np.ndarray, value: np.ndarray) -> pa.Table:
    """Each speaker's distinct alias and name values, sorted, as a list column ``aliases``."""
    rows = np.flatnonzero(np.isin(field, [coded.field_code("alias"), coded.field_code("name")]))
    pairs = np.unique(speaker[rows] * len(coded.values) + value[rows])  # sorted (speaker, value), distinct
    owner, names = np.divmod(pairs, max(len(coded.values), 1))
    starts = run_starts(owner)
    offsets = pa.array(np.concatenate((starts, [owner.size])), pa.int32())
    return pa.table({"speaker_id": coded.speakers.take(owner[starts]),
                     "aliases": pa.ListArray.from_arrays(offsets, coded.values.take(names))})


def run_starts(sorted_codes: np.ndarray) -> np.ndarray:
    """The positions where a new run of equal values begins in a sorted array."""
    if not sorted_codes.size:
        return np.empty(0, np.int64)
    return np.flatnonzero(np.concatenate(([True], sorted_codes[1:] != sorted_codes[:-1])))


def aligned(counts: pa.Table, table: pa.Table, column: str) -> pa.ChunkedArray:
    """``table[column]`` reordered to ``counts``' speakers (null where absent)."""
    positions = pc.index_in(counts["speaker_id"], value_set=table["speaker_id"].combine_chunks())
    return table[column].take(positions)
