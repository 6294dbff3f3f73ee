"""The output tables' columns: the core's own, plus every plugin's declared ones.

The schema is declared, not discovered: it is built from this module and the
plugins' ``etl_columns`` before the run reads anything, and every Parquet
field carries its description and owner in its metadata.
"""
from __future__ import annotations

import pyarrow as pa

from etl.errors import PluginError
from etl.model import Column

TABLES = ("documents", "speakers", "statements")
CORE = "etl"


def _core(table: str, name: str, type_: pa.DataType, description: str) -> Column:
    return Column(table, name, type_, description, owner=CORE)


CORE_COLUMNS: list[Column] = [
    _core("documents", "doc_id", pa.string(),
          "Unique, stable id derived from the source and the document's position in that file."),
    _core("documents", "source", pa.string(),
          "The input file, relative to the folder, file or glob named on the command line (a URI as given)."),
    _core("documents", "title", pa.string(), "The document's title, where it has one."),
    _core("documents", "published_at", pa.timestamp("s", tz="UTC"),
          "When the document was published, in UTC; null unless the text gives the date with its time zone."),
    _core("documents", "published_local", pa.timestamp("s"),
          "The publication date and time as the document prints them, local to where it was published "
          "(no time zone); null when the text gives no date."),
    _core("documents", "outlet", pa.string(), "The outlet that published the document, where the text names it."),
    _core("documents", "url", pa.string(),
          "The document's address: a page's canonical URL, or the URL its reader was given; null when none."),
    _core("documents", "byline", pa.string(), "The author or authors as the document credits them, where it does."),
    _core("documents", "format", pa.string(), "The reader plugin that read the document (text, html, ...)."),
    _core("documents", "text", pa.string(), "The cleaned body; statement offsets refer to it."),
    _core("documents", "text_hash", pa.string(),
          "Hash of the text (BLAKE2b, 128 bits, hex): equal for documents with identical texts."),
    _core("documents", "n_statements", pa.int32(), "How many statements the document holds."),
    _core("statements", "statement_id", pa.string(), "Stable id: the document's id and the statement's position."),
    _core("statements", "doc_id", pa.string(), "The document the statement is in."),
    _core("statements", "seq", pa.int32(), "Position of the statement in its document, from 0."),
    _core("statements", "speaker_id", pa.string(), "Who speaks; null when the document does not say."),
    _core("statements", "kind", pa.string(),
          "speech, question, answer, quote, headline, or indirect (reported speech)."),
    _core("statements", "text", pa.string(), "The words spoken, verbatim: documents.text[char_start:char_end]."),
    _core("statements", "char_start", pa.int32(), "Offset of the first character in documents.text."),
    _core("statements", "char_end", pa.int32(), "Offset just past the last character in documents.text."),
    _core("statements", "speaker_mention", pa.string(), "The speaker as the document names them at this statement."),
    _core("statements", "segmenter", pa.string(), "The plugin that found the statement."),
    _core("statements", "rule", pa.string(), "The pattern or step of the segmenter that found it."),
    _core("statements", "confidence", pa.float32(), "How much the segmenter trusts the statement, 0 to 1."),
    _core("speakers", "speaker_id", pa.string(), "Stable id derived from the canonical name."),
    _core("speakers", "name", pa.string(), "The person's name alone, without titles."),
    _core("speakers", "aliases", pa.list_(pa.string()), "Every surface form the documents used for the person."),
    _core("speakers", "role", pa.string(), "The person's role as the documents give it (President, Minister)."),
    _core("speakers", "affiliation", pa.string(), "The country or organisation the person speaks for."),
    _core("speakers", "n_statements", pa.int32(), "How many statements the person makes."),
    _core("speakers", "n_documents", pa.int32(), "In how many documents the person speaks."),
    _core("speakers", "first_seen", pa.timestamp("s", tz="UTC"),
          "Earliest published_at among the documents the person speaks in; null when none has one "
          "(a date without a time zone is no moment)."),
    _core("speakers", "last_seen", pa.timestamp("s", tz="UTC"),
          "Latest published_at among the documents the person speaks in; null when none has one."),
]

ERROR_COLUMNS: list[Column] = [
    _core("errors", "source", pa.string(), "The input the error is about."),
    _core("errors", "stage", pa.string(), "read, segment, resolve, enrich or write."),
    _core("errors", "plugin", pa.string(), "The plugin at fault, or etl for the core."),
    _core("errors", "message", pa.string(), "What went wrong, in one line."),
]


class Schema:
    """Every output column, core and declared, table by table."""

    def __init__(self, columns: list[Column]):
        self.columns = list(columns)
        seen: dict[tuple[str, str], Column] = {}
        for col in self.columns:
            if col.table not in TABLES:
                raise PluginError(col.owner, f"declares column {col.name!r} for unknown table {col.table!r} "
                                             f"(tables: {', '.join(TABLES)})")
            key = (col.table, col.name)
            if key in seen:
                raise PluginError(col.owner, f"declares {col.table}.{col.name}, which "
                                             f"{seen[key].owner!r} already declares")
            seen[key] = col
        self._by_key = seen

    def table(self, table: str) -> list[Column]:
        return [c for c in self.columns if c.table == table]

    def column(self, table: str, name: str) -> Column | None:
        return self._by_key.get((table, name))

    def owned_by(self, owner: str, table: str) -> dict[str, Column]:
        return {c.name: c for c in self.table(table) if c.owner == owner}

    def arrow(self, table: str) -> pa.Schema:
        return arrow_schema(self.table(table))


def arrow_schema(columns: list[Column]) -> pa.Schema:
    """An Arrow schema whose fields carry each column's description and owner."""
    return pa.schema([
        pa.field(c.name, c.type, metadata={"description": c.description, "owner": c.owner})
        for c in columns
    ])
