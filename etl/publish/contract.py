"""The dataset's keys and required columns, and how our Arrow types read in other vocabularies.

The declared schema (:mod:`etl.schema`) gives names, types and descriptions;
this adds what the metadata formats and ``etl validate`` need besides: which
column identifies a row, which refer to another table, which may not be null.
"""
from __future__ import annotations

import pyarrow as pa

PRIMARY_KEYS = {"documents": "doc_id", "statements": "statement_id", "speakers": "speaker_id"}
#: (table, column) → (referenced table, column)
FOREIGN_KEYS = {("statements", "doc_id"): ("documents", "doc_id"),
                ("statements", "speaker_id"): ("speakers", "speaker_id")}
#: Columns never null; every other column may be (a plugin's column is null where it has nothing to say).
REQUIRED = {
    "documents": ("doc_id", "source", "text", "n_statements"),
    "statements": ("statement_id", "doc_id", "seq", "kind", "text", "char_start", "char_end"),
    "speakers": ("speaker_id", "name", "n_statements", "n_documents"),
    "errors": ("source", "stage", "plugin", "message"),
}
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"


def required(table: str, column: str) -> bool:
    return column in REQUIRED.get(table, ())


def frictionless_type(t: pa.DataType) -> str:
    """A Table Schema field type."""
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "string"
    if pa.types.is_integer(t):
        return "integer"
    if pa.types.is_floating(t):
        return "number"
    if pa.types.is_boolean(t):
        return "boolean"
    if pa.types.is_timestamp(t):
        return "datetime"
    if pa.types.is_date(t):
        return "date"
    # Lists and structs are "any": readers hand them over as arrays of their own kind, which
    # Table Schema's "array" (JSON arrays) does not take; each field's arrowType says what they hold.
    return "any"


def croissant_type(t: pa.DataType) -> str:
    """A Croissant (schema.org) data type."""
    if pa.types.is_integer(t):
        return "sc:Integer"
    if pa.types.is_floating(t):
        return "sc:Float"
    if pa.types.is_boolean(t):
        return "sc:Boolean"
    if pa.types.is_timestamp(t):
        return "sc:DateTime"
    if pa.types.is_date(t):
        return "sc:Date"
    return "sc:Text"


def hf_dtype(t: pa.DataType) -> dict | str | None:
    """A Hugging Face ``datasets`` feature for the card's header, None when it has no plain one."""
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "string"
    if pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_boolean(t):
        return {"int8": "int8", "int16": "int16", "int32": "int32", "int64": "int64", "float": "float32",
                "halffloat": "float16", "double": "float64", "bool": "bool"}.get(str(t))
    if pa.types.is_timestamp(t):
        return f"timestamp[{t.unit}" + (f", tz={t.tz}]" if t.tz else "]")
    return None
