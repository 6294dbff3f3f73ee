"""``croissant.json``: the dataset as MLCommons Croissant 1.0 JSON-LD, generated from the declared schema."""
from __future__ import annotations

from typing import Any

import pyarrow as pa

from etl.publish.contract import FOREIGN_KEYS, PRIMARY_KEYS, croissant_type
from etl.publish.facts import UNNAMED, Facts
from etl.publish.package import LICENSE_URLS
from etl.publish.settings import PublishSettings

#: The type Croissant's loaders know Parquet by.
PARQUET = "application/x-parquet"
CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


def distribution(facts: Facts, digests: dict[str, tuple[int, str]]) -> list[dict[str, Any]]:
    """A FileObject per file; a table of several part files is also a FileSet of them."""
    entries: list[dict[str, Any]] = []
    for table, info in facts.tables.items():
        for f in info.files:
            size, sha = digests[f]
            entries.append({"@type": "cr:FileObject", "@id": f, "name": f, "contentUrl": f,
                            "contentSize": f"{size} B", "encodingFormat": PARQUET, "sha256": sha})
        if len(info.files) > 1:
            entries.append({"@type": "cr:FileSet", "@id": f"{table}-parts", "name": f"{table}-parts",
                            "description": f"The part files of the {table} table.",
                            "encodingFormat": PARQUET, "includes": f"{table}/*.parquet"})
    return entries


def record_set(facts: Facts, table: str) -> dict[str, Any]:
    info = facts.tables[table]
    source_ref = {"fileObject": {"@id": info.files[0]}} if len(info.files) == 1 else \
        {"fileSet": {"@id": f"{table}-parts"}}
    fields = []
    nested = [col.name for col in info.columns if has_struct(col.type)]
    for col in info.columns:
        if col.name in nested:
            continue
        field: dict[str, Any] = {
            "@type": "cr:Field", "@id": f"{table}/{col.name}", "name": f"{table}/{col.name}",
            "description": f"{col.description} (added by {col.owner})",
            "dataType": croissant_type(col.type),
            "source": {**source_ref, "extract": {"column": col.name}},
        }
        if is_list(col.type):
            field["repeated"] = True
        target = FOREIGN_KEYS.get((table, col.name))
        if target:
            field["references"] = {"field": {"@id": f"{target[0]}/{target[1]}"}}
        fields.append(field)
    description = f"The {table} table ({info.rows} rows)."
    if nested:  # records of records: in the Parquet files and datapackage.json, not described here
        description += f" Its nested columns ({', '.join(nested)}) are in the Parquet files, described in " \
                       f"datapackage.json and the card."
    entry: dict[str, Any] = {"@type": "cr:RecordSet", "@id": table, "name": table,
                             "description": description, "field": fields}
    if table in PRIMARY_KEYS:
        entry["key"] = {"@id": f"{table}/{PRIMARY_KEYS[table]}"}
    return entry


def is_list(t: pa.DataType) -> bool:
    return pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t)


def has_struct(t: pa.DataType) -> bool:
    return pa.types.is_struct(t) or (is_list(t) and has_struct(t.value_type))


def croissant(facts: Facts, settings: PublishSettings, digests: dict[str, tuple[int, str]],
              citation: str) -> dict[str, Any]:
    plugins = facts.run.get("plugins", {})
    tools = [f"{name} {version}" for name, version in sorted(plugins.items())]
    languages = [lang for lang, _ in facts.languages if lang != "unknown"] or list(settings.language)
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": settings.name,
        "description": settings.description,
        "license": LICENSE_URLS.get(settings.license, settings.license),
        "version": settings.version,
        "citeAs": citation,
        "inLanguage": languages,
        "keywords": ["statements", "quotations", "speaker attribution"],
    }
    if settings.homepage:
        doc["url"] = settings.homepage
    if facts.date_range[1]:
        doc["datePublished"] = facts.date_range[1]
    doc.update({
        "rai:dataCollection": collection(facts, settings),
        "rai:dataCollectionType": ["Secondary data: published news, interviews and official transcripts"],
        "rai:dataPreprocessingProtocol": [
            "Readers clean the text (page furniture, bylines, share buttons) and read title, date and outlet; "
            "a rule-based segmenter cuts statements; a resolver maps speaker mentions to canonical names; "
            "enricher plugins add columns. Offsets satisfy documents.text[char_start:char_end] == statements.text."],
        "rai:machineAnnotationTools": [f"etl plugins: {', '.join(tools)}" if tools else "etl"],
        "rai:dataLimitations": limitations(facts, settings),
        "rai:personalSensitiveInformation": [
            "Speakers are public figures (heads of state, officials, interviewees) named as in their "
            "documents; the dataset holds their published words, names, roles and affiliations, nothing else."],
        "rai:dataUseCases": ["Studying who said what, where and when; evaluating quotation attribution."],
        "distribution": distribution(facts, digests),
        "recordSet": [record_set(facts, t) for t in facts.tables],
    })
    return doc


def collection(facts: Facts, settings: PublishSettings) -> str:
    read = ", ".join(f"{n} .{ext}" for ext, n in facts.formats) or "no files"
    text = f"Built by `etl run` from {read} ({facts.rows('documents')} documents read, {facts.rows('errors')} failed)."
    if settings.sources:
        text += " Sources: " + "; ".join(f"{n.title} (licence: {n.license})" for n in settings.sources) + "."
    return text


def limitations(facts: Facts, settings: PublishSettings) -> list[str]:
    """What the dataset does not cover, from its own figures and the project's notes."""
    found = list(settings.limits)
    languages = ", ".join(lang for lang, _ in facts.languages) or "not detected"
    found.append(f"Languages: {languages}; rules and speaker names are written for English text.")
    named = [outlet for outlet, _ in facts.outlets if outlet != UNNAMED]
    unnamed = dict(facts.outlets).get(UNNAMED, 0)
    found.append(f"{facts.rows('documents')} documents from {len(named)} named outlet(s)"
                 + (f" ({unnamed} name none)" if unnamed else "") + "; topics are those of these documents only.")
    found.append("Attribution is rule-based: a statement may be missed, cut, or given the wrong speaker; "
                 "each row's rule and confidence say how it was found.")
    return found
