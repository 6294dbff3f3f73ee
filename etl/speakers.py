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
    """One partial equal to all of ``partials`` together."""
    partials = list(partials)
    if not partials:
        return Partial.empty()
    if len(partials) == 1:
        return partials[0]
    # One thread: a hash table per thread would multiply the memory the values take.
    counts = pa.concat_tables([p.counts for p in partials]).group_by("speaker_id", use_threads=False).aggregate([
        ("n_statements", "sum"), ("n_documents", "sum"), ("first_seen", "min"), ("last_seen", "max")])
    values = pa.concat_tables([p.values for p in partials]).group_by(["speaker_id", "field", "value"],
                                                                      use_threads=False).aggregate([
        ("count", "sum")])
    return Partial(
        counts.rename_columns(["speaker_id", "n_statements", "n_documents", "first_seen", "last_seen"])
        .select(COUNTS_SCHEMA.names).cast(COUNTS_SCHEMA),
        values.rename_columns(["speaker_id", "field", "value", "count"]).select(VALUES_SCHEMA.names)
        .cast(VALUES_SCHEMA),
    )


def speakers_table(schema: Schema, total: Partial) -> pa.Table:
    """The speakers table, one row per speaker in ``speaker_id`` order.

    ``name``, ``role`` and ``affiliation`` are each the most frequent value
    (ties go to the alphabetically first); ``aliases`` is every alias and
    name, sorted.
    """
    counts = total.counts.sort_by("speaker_id")
    values = total.values.sort_by([("speaker_id", "ascending"), ("field", "ascending"),
                                   ("count", "descending"), ("value", "ascending")])
    top = values.group_by(["speaker_id", "field"], use_threads=False).aggregate([("value", "first")])
    columns = {"speaker_id": counts["speaker_id"]}
    for field in ("name", "role", "affiliation"):
        chosen = top.filter(pc.equal(top["field"], field)).select(["speaker_id", "value_first"])
        columns[field] = aligned(counts, chosen, "value_first")
    surface = values.filter(pc.is_in(values["field"], pa.array(["alias", "name"])))
    distinct = (surface.select(["speaker_id", "value"]).group_by(["speaker_id", "value"]).aggregate([])
                .sort_by([("speaker_id", "ascending"), ("value", "ascending")]))
    aliases = distinct.group_by("speaker_id", use_threads=False).aggregate([("value", "list")])
    columns["aliases"] = aligned(counts, aliases, "value_list")
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


def aligned(counts: pa.Table, table: pa.Table, column: str) -> pa.ChunkedArray:
    """``table[column]`` reordered to ``counts``' speakers (null where absent)."""
    positions = pc.index_in(counts["speaker_id"], value_set=table["speaker_id"].combine_chunks())
    return table[column].take(positions)
