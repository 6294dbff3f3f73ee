"""``datapackage.json``: the dataset as a Frictionless Data Package, generated from the declared schema."""
from __future__ import annotations

from typing import Any

from etl.publish.contract import FOREIGN_KEYS, PARQUET_MEDIATYPE, PRIMARY_KEYS, frictionless_type, required
from etl.publish.facts import Facts
from etl.publish.settings import PublishSettings

#: SPDX ids the card and the metadata can link to; any other licence is named as given.
LICENSE_URLS = {
    "MIT": "https://opensource.org/licenses/MIT",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC-BY-NC-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "ODC-By-1.0": "https://opendatacommons.org/licenses/by/1-0/",
    "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/",
    "PDDL-1.0": "https://opendatacommons.org/licenses/pddl/1-0/",
}


def license_entry(name: str) -> dict[str, str]:
    entry = {"name": name}
    if name in LICENSE_URLS:
        entry["path"] = LICENSE_URLS[name]
    elif name in ("other", "unknown"):
        entry["title"] = "See the dataset card (README.md) for the terms of each source"
    return entry


def table_schema(facts: Facts, table: str) -> dict[str, Any]:
    info = facts.tables[table]
    fields = []
    for col in info.columns:
        field: dict[str, Any] = {"name": col.name, "type": frictionless_type(col.type),
                                 "description": f"{col.description} (added by {col.owner})",
                                 "arrowType": str(col.type)}
        if required(table, col.name):
            field["constraints"] = {"required": True}
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields}
    if table in PRIMARY_KEYS:
        schema["primaryKey"] = [PRIMARY_KEYS[table]]
    keys = [{"fields": [column], "reference": {"resource": target, "fields": [target_column]}}
            for (source, column), (target, target_column) in FOREIGN_KEYS.items() if source == table]
    if keys:
        schema["foreignKeys"] = keys
    return schema


def resource(facts: Facts, table: str, digests: dict[str, tuple[int, str]]) -> dict[str, Any]:
    info = facts.tables[table]
    entry: dict[str, Any] = {"name": table, "type": "table", "title": table,
                             "path": info.files[0] if len(info.files) == 1 else list(info.files),
                             "format": "parquet", "mediatype": PARQUET_MEDIATYPE}
    if len(info.files) == 1:
        size, sha = digests[info.files[0]]
        entry["bytes"] = size
        entry["hash"] = f"sha256:{sha}"
        entry["rows"] = info.rows
    else:  # a Data Package gives one size, hash and row count per file: each part's are listed beside
        entry["bytes"] = sum(digests[f][0] for f in info.files)
        entry["parts"] = [{"path": f, "bytes": digests[f][0], "hash": f"sha256:{digests[f][1]}", "rows": rows}
                          for f, rows in zip(info.files, info.part_rows)]
    entry["schema"] = table_schema(facts, table)
    return entry


def sources(facts: Facts, settings: PublishSettings) -> list[dict[str, Any]]:
    read = ", ".join(f"{n} .{ext}" if ext != "(none)" else f"{n} without extension" for ext, n in facts.formats)
    entries: list[dict[str, Any]] = [{"title": f"Input files read: {read or 'none'}",
                                      "documents": facts.rows("documents"), "failed": facts.rows("errors")}]
    for note, count in zip(settings.sources, facts.source_counts):
        entry: dict[str, Any] = {"title": note.title, "documents": count, "license": note.license}
        if note.homepage:
            entry["path"] = note.homepage
        if note.note:
            entry["description"] = note.note
        entries.append(entry)
    return entries


def datapackage(facts: Facts, settings: PublishSettings, digests: dict[str, tuple[int, str]]) -> dict[str, Any]:
    package: dict[str, Any] = {
        "name": settings.name,
        "title": settings.title,
        "description": settings.description,
        "version": settings.version,
        "licenses": [license_entry(settings.license)],
        "sources": sources(facts, settings),
    }
    if settings.homepage:
        package["homepage"] = settings.homepage
    if facts.date_range[1]:
        package["created"] = facts.date_range[1]  # the latest document's date: rebuilds stay byte-identical
    package["keywords"] = ["statements", "quotations", "speaker attribution", "news", "transcripts"]
    package["resources"] = [resource(facts, t, digests) for t in facts.tables]
    return package
