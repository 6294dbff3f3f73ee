"""What a dataset says about itself beyond its rows: title, licence, sources, citation.

Given by a project file's ``[publish]`` table, and by ``etl publish``'s options,
which take precedence::

    [publish]
    name = "seeds"
    title = "Who said what: the seed documents"
    description = "Statements from five news and transcript documents."
    license = "CC-BY-4.0"            # the licence of the dataset as a whole (SPDX id, or "other")
    homepage = "https://example.org/etl"
    version = "1.0.0"
    citation = "..."
    gold = "gold/"                   # score the dataset against this gold set in its card
    language = ["en"]                # default: the languages the tables hold
    limits = ["Five documents about relations between Russia and Azerbaijan."]

    [[publish.sources]]              # one per source of documents, with what is known of its terms
    title = "APA (Azerbaijan news agency)"
    files = ["seeds/000_*"]          # glob patterns over documents.source
    license = "unknown"              # an SPDX id, "unknown", or "other"
    note = "Copyright APA; no licence stated."
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from etl.errors import EtlError

TEXT_KEYS = ("name", "title", "description", "license", "homepage", "version", "citation", "gold")
LIST_KEYS = ("language", "limits")
SOURCE_KEYS = ("title", "files", "license", "note", "homepage")


@dataclass(frozen=True)
class SourceNote:
    """One source of documents and what is known of its terms of use."""

    title: str
    files: tuple[str, ...] = ()
    license: str = "unknown"
    note: str = ""
    homepage: str = ""


@dataclass(frozen=True)
class PublishSettings:
    name: str = ""
    title: str = ""
    description: str = ""
    license: str = "other"
    homepage: str = ""
    version: str = ""
    citation: str = ""
    language: tuple[str, ...] = ()
    limits: tuple[str, ...] = ()
    sources: tuple[SourceNote, ...] = ()
    gold: str = ""  # a gold folder to score the dataset against (`etl eval`)
    command: str = ""  # the command that built the dataset, for the card's provenance

    def overridden(self, **values: Any) -> PublishSettings:
        """These settings with the given values (those not None) put in."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def parse_publish(data: Any, where: str) -> PublishSettings:
    """A project file's ``[publish]`` table, checked; errors name the key and the fix."""
    if not isinstance(data, dict):
        raise EtlError(f"{where}: [publish] must be a table, like [publish] title = \"...\"")
    known = (*TEXT_KEYS, *LIST_KEYS, "sources")
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise EtlError(f"{where}: [publish] has unknown key {unknown[0]!r} (known: {', '.join(known)})")
    values: dict[str, Any] = {}
    for key in TEXT_KEYS:
        if key in data:
            if not isinstance(data[key], str):
                raise EtlError(f"{where}: [publish] {key} must be a string, like {key} = \"...\"")
            values[key] = data[key]
    for key in LIST_KEYS:
        if key in data:
            if not isinstance(data[key], list) or not all(isinstance(v, str) for v in data[key]):
                raise EtlError(f"{where}: [publish] {key} must be a list of strings, like {key} = [\"...\"]")
            values[key] = tuple(data[key])
    sources = data.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        raise EtlError(f"{where}: [publish] sources go in [[publish.sources]] tables")
    notes = []
    for i, source in enumerate(sources):
        unknown = sorted(set(source) - set(SOURCE_KEYS))
        if unknown:
            raise EtlError(f"{where}: [[publish.sources]] number {i + 1} has unknown key {unknown[0]!r} "
                           f"(known: {', '.join(SOURCE_KEYS)})")
        if not isinstance(source.get("title"), str):
            raise EtlError(f"{where}: [[publish.sources]] number {i + 1} needs a title = \"...\"")
        files = source.get("files", [])
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise EtlError(f"{where}: [[publish.sources]] number {i + 1}: files must be a list of patterns")
        notes.append(SourceNote(title=source["title"], files=tuple(files),
                                license=str(source.get("license", "unknown")), note=str(source.get("note", "")),
                                homepage=str(source.get("homepage", ""))))
    values["sources"] = tuple(notes)
    return PublishSettings(**values)
