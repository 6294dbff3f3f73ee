"""Front matter: the YAML (``---``) or TOML (``+++``) block at the top of a Markdown or text file.

Static-site generators and press offices put a document's title, date,
author and address there. :func:`split_front_matter` cuts the block off the
body; :func:`fields_of` maps its keys to the document's fields, and the keys
it does not know go to ``metadata``. A list of the people who speak
(``speakers:``, ``participants:``) goes to ``metadata["speakers"]`` as their
names, which the speaker resolver takes as named by the document: a briefing
that names its speakers only there (`MR. ROE:` turns) still gets their names.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

# The block: the fence alone on the first line, anything, the same fence alone on a line.
BLOCK = {"---": re.compile(r"---[^\S\n]*\n(.*?\n)?---[^\S\n]*(?:\n|\Z)", re.S),
         "+++": re.compile(r"\+\+\+[^\S\n]*\n(.*?\n)?\+\+\+[^\S\n]*(?:\n|\Z)", re.S)}

TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "published_time", "published_at", "publishdate", "pubdate")
AUTHOR_KEYS = ("author", "authors", "byline")
URL_KEYS = ("source_url", "url", "permalink", "canonical_url", "canonical")
OUTLET_KEYS = ("outlet", "publisher", "site", "site_name")
SPEAKER_KEYS = ("speakers", "participants")


@dataclass
class FrontMatter:
    """What a front matter block gave: the document's fields, and the other keys."""

    title: str | None = None
    published_at: datetime | None = None
    byline: str | None = None
    url: str | None = None
    outlet: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """The front matter at the very top of ``text`` (if any) and the body after it.

    A block that does not parse leaves the text whole and returns a
    :class:`FrontMatter` whose metadata holds ``front_matter_error``: the file
    is read as plain text, never refused.
    """
    fence = text[:3]
    if fence not in BLOCK:
        return None, text
    m = BLOCK[fence].match(text)
    if m is None:
        return None, text
    source = m.group(1) or ""
    try:
        data = tomllib.loads(source) if fence == "+++" else load_yaml(source)
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        kind = "TOML" if fence == "+++" else "YAML"
        message = " ".join(str(exc).split())
        return FrontMatter(metadata={"front_matter_error": f"{kind} front matter does not parse: {message}"}), text
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return FrontMatter(metadata={"front_matter_error": "front matter is not a table of keys and values"}), text
    return fields_of(data), text[m.end():]


def load_yaml(source: str) -> Any:
    import yaml  # only files with YAML front matter pay for the import

    try:
        return yaml.safe_load(source)
    except yaml.YAMLError as exc:
        raise ValueError(str(exc).replace("\n", " ")) from None


def fields_of(data: dict[str, Any]) -> FrontMatter:
    """Map a front matter table to document fields; keys not mapped (tags too) go to metadata."""
    keys = {str(k).lower(): k for k in data}
    used: set[str] = set()

    def first(names: tuple[str, ...]) -> Any:
        for name in names:
            if name in keys and data[keys[name]] not in (None, "", []):
                used.add(keys[name])
                return data[keys[name]]
        return None

    found = FrontMatter(
        title=as_text(first(TITLE_KEYS)), published_at=as_datetime(first(DATE_KEYS)),
        byline=as_names(first(AUTHOR_KEYS)), url=as_text(first(URL_KEYS)), outlet=as_name(first(OUTLET_KEYS)),
    )
    speakers = speaker_names(first(SPEAKER_KEYS))
    found.metadata = {str(k): plain(v) for k, v in data.items() if k not in used}
    if speakers:
        found.metadata["speakers"] = speakers
    return found


def speaker_names(value: Any) -> list[str]:
    """The names in a list of speakers: names, or tables with a ``name`` (`- name: Jane Roe` / `role: ...`).
    One name alone, or a line of names, is a list of one or more: `speakers: Jane Roe, John Doe`."""
    if isinstance(value, (str, dict)):
        value = [value] if isinstance(value, dict) else value.split(";" if ";" in value else ",")
    if not isinstance(value, list):
        return []
    return [name for name in map(as_name, value) if name]


def as_text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split())
    return text or None


def as_name(value: Any) -> str | None:
    """A name, or the ``name`` of a table (`publisher: {name: X, url: ...}`)."""
    if isinstance(value, dict):
        value = value.get("name")
    return as_text(value)


def as_names(value: Any) -> str | None:
    """One author or several, joined with `, `."""
    if isinstance(value, list):
        names = [n for n in map(as_name, value) if n]
        return ", ".join(names) or None
    return as_name(value)


def as_datetime(value: Any) -> datetime | None:
    """A date as YAML, TOML or a string gives it; a time without a zone stays naive (zone unknown)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, str):
        from etl_plugins.readers.dates import parse_iso

        return parse_iso(value)
    return None


def plain(value: Any) -> Any:
    """Metadata values as JSON would hold them: dates as ISO text."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
