"""The records that flow between plugins: documents, statements, speakers, columns.

Readers produce `Document`s, segmenters produce `Statement`s for one document,
speaker resolvers turn each statement's speaker mention into a `SpeakerRef`.
Enrichers do not see these records: they work on whole Arrow columns.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

import pyarrow as pa

#: The statement kinds the core knows. `indirect` is reported speech, kept in
#: the table but left out of the attribution metric.
STATEMENT_KINDS = ("speech", "question", "answer", "quote", "headline", "indirect")


def stable_id(*parts: str) -> str:
    """A short, stable hex id derived from the given strings."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]


@lru_cache(maxsize=1 << 16)  # a batch names the same few hundred people thousands of times
def speaker_id_of(name: str) -> str:
    """The stable id of the person whose canonical name is ``name``."""
    return stable_id("speaker", name_key(name))


def name_key(name: str) -> str:
    """Case-, accent- and punctuation-folded form of a person's name.

    Two mentions with the same key are the same canonical name; speaker ids are
    derived from it so the same person gets the same id in every document.
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


@dataclass
class Document:
    """One input document, as a reader returns it.

    `text` is the cleaned body: every statement's offsets refer to it.
    `published_at` is aware (has `tzinfo`) when the document gives its time
    zone, naive when it does not: the core never assumes one. `doc_id` is set
    by the core from the stored source and the document's position in its
    file, so that it is unique in a dataset; a reader's own value is replaced.
    `format` is filled in by the core with the name of the reader plugin that
    read it. `url` is the document's address (a page's canonical URL, a row's
    URL field). `metadata` holds what else the reader found (the encoding, a
    page's language, front matter keys); later hooks see it, the tables do not.
    """

    source: str
    text: str
    title: str | None = None
    published_at: datetime | None = None
    outlet: str | None = None
    byline: str | None = None
    doc_id: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    url: str | None = None
    format: str = ""


@dataclass
class Statement:
    """One statement found by a segmenter.

    `speaker` is the mention as the document gives it (`Russian President
    Vladimir Putin`, `the head of state`, `SMITH`), or None when the document
    does not say who speaks. `rule` names the pattern or step that found the
    statement; `confidence` is how much the segmenter trusts it (0 to 1).
    """

    kind: str
    char_start: int
    char_end: int
    speaker: str | None = None
    rule: str = ""
    confidence: float = 1.0


@dataclass
class SpeakerRef:
    """A speaker mention resolved to a person.

    `name` is the canonical name alone (`Vladimir Putin`); `alias` the surface
    form the document used; `role` and `affiliation` what the mention or its
    context says about the person (`President`, `Russia`).

    `short` marks a name the document gives only in part (`MS. ROE`,
    `President Roe`: `name` is then the surname, `Roe`) and never completes.
    The run completes it once every document is read, from the people the
    other documents name in full (``etl_complete_speakers``); until then its
    statements carry a provisional speaker id, never written to a dataset.
    """

    name: str
    alias: str | None = None
    role: str | None = None
    affiliation: str | None = None
    short: bool = False

    @property
    def speaker_id(self) -> str:
        if self.short:
            return short_id_of(self.name, self.role)
        return speaker_id_of(self.name)


#: How a provisional speaker id begins (a short name the run completes); real ids are hex.
SHORT_ID_PREFIX = "?"


def short_id_of(name: str, role: str | None) -> str:
    """The provisional id of a short name (a surname, with the role it was given): the same in every document."""
    return SHORT_ID_PREFIX + stable_id("short", name_key(name), name_key(role or ""))[1:]


def is_short_id(speaker_id: str | None) -> bool:
    return bool(speaker_id) and speaker_id.startswith(SHORT_ID_PREFIX)


@dataclass(frozen=True)
class Column:
    """A column a plugin adds to one of the output tables.

    Declared before the run (`etl_columns`), so the schema is known up front;
    the core checks every array an enricher returns against it.
    """

    table: str
    name: str
    type: pa.DataType
    description: str
    owner: str = ""
