"""Records of a table of articles (a JSON object, a CSV row, a Parquet row) as documents.

The usual field names of news exports, scrapers and news datasets are
recognised without configuration; the run's ``fields`` mapping (``--field
text=body``, the project file's ``fields`` table, or this plugin's own
``fields`` option) names any others.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Iterator

from etl.model import Document
from etl_plugins.readers.document_meta import DATE_PATTERNS, to_datetime

#: Each document field and the record fields that give it, first found wins (compared without case).
KNOWN_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "maintext", "full_text", "article_text"),
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "date_publish", "publish_date", "pubdate", "datetime"),
    "url": ("url", "link", "source_url"),
    "id": ("id", "_id", "guid", "uuid"),
    "author": ("author", "authors", "byline"),
    "outlet": ("source", "outlet", "source_domain", "publisher", "site_name"),
    "language": ("language", "lang"),
}
#: Names a mapping may use for a document field.
FIELD_ALIASES = {"published_at": "date", "published": "date", "source": "outlet", "byline": "author",
                 "authors": "author", "link": "url", "body": "text", "headline": "title", "lang": "language"}
#: `Tue, 12 Mar 2024 09:30:00 +0000`, as feeds and mail headers write dates.
RFC_2822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|[A-Z]{1,5})$")
HTML_TAG = re.compile(r"<(?:!doctype|html|head|body|p|div|article|br|h[1-6]|span|a|section|main)\b[^>]*>", re.I)


def check_mapping(mapping: Any, where: str) -> dict[str, str]:
    """A ``fields`` mapping with its document fields named canonically; a bad one is a ValueError."""
    if not isinstance(mapping, dict) or not all(isinstance(v, str) and v for v in mapping.values()):
        raise ValueError(f"{where} maps document fields to field names, like fields = {{ text = \"body\" }}")
    checked = {}
    for name, value in mapping.items():
        field = FIELD_ALIASES.get(name.lower(), name.lower())
        if field not in KNOWN_FIELDS:
            raise ValueError(f"{where}: unknown document field {name!r} (known: {', '.join(KNOWN_FIELDS)})")
        checked[field] = value
    return checked


class FieldFinder:
    """Where each document field is in records with a given set of keys (found once per key set)."""

    def __init__(self, mapping: dict[str, str]):
        self.mapping = mapping
        self.seen: dict[tuple[str, ...], dict[str, str]] = {}

    def locate(self, keys: tuple[str, ...]) -> dict[str, str]:
        found = self.seen.get(keys)
        if found is None:
            by_lower = {}
            for key in keys:
                by_lower.setdefault(str(key).lower(), key)
            found = {}
            for field, names in KNOWN_FIELDS.items():
                wanted = self.mapping.get(field)
                candidates = (wanted,) if wanted else names
                for name in candidates:
                    key = by_lower.get(name.lower())
                    if key is not None:
                        found[field] = key
                        break
            if len(self.seen) < 64:  # records of one table share their keys; odd ones are not kept
                self.seen[keys] = found
        return found

    def wanted_columns(self, names: list[str]) -> list[str]:
        """The columns of a table with these column names that documents are made from."""
        located = self.locate(tuple(names))
        return [name for name in names if name in located.values()]


def record_documents(record: Any, source: str, where: str, finder: FieldFinder,
                     read: Callable[[str, bytes], Iterator[Document]],
                     error: Callable[[str], None]) -> Iterator[Document]:
    """The document of one record (none, and an error row, for a record without text)."""
    if not isinstance(record, dict):
        error(f"{where}: not an object with fields but {type_name(record)}")
        return
    located = finder.locate(tuple(record))

    def value(field: str) -> Any:
        key = located.get(field)
        return record.get(key) if key is not None else None

    text = as_text(value("text"))
    if not text or not text.strip():
        looked = finder.mapping.get("text") or ", ".join(KNOWN_FIELDS["text"])
        error(f"{where}: no text (looked for {looked}; name the field with --field text=NAME)")
        return
    title, url, ident = as_text(value("title")), as_text(value("url")), as_text(value("id"))
    raw_date = value("date")
    published = parse_date(raw_date)
    metadata: dict[str, Any] = {"record": where}
    for name, val in (("id", ident), ("language", as_text(value("language")))):
        if val:
            metadata[name] = val
    if raw_date is not None and published is None:
        metadata["date"] = str(raw_date)
    author, outlet = as_text(value("author")), as_text(value("outlet"))
    if looks_like_html(text):
        # A field holding a web page: read as one, by whichever reader reads web pages.
        pages = read(f"{source}/{member_of(where)}.html", text.encode("utf-8"))
        for page in pages:
            page.source = source
            page.title = title or page.title
            page.published_at = published or page.published_at
            page.outlet = outlet or page.outlet
            page.byline = author or page.byline
            page.url = url or page.url
            page.metadata = {**page.metadata, **metadata}
            yield page
        return
    yield Document(source=source, text=text.strip(), title=title, published_at=published, outlet=outlet,
                   byline=author, url=url, metadata=metadata)


def member_of(where: str) -> str:
    """``line 12`` → ``line-12``: a record's place as a member name."""
    return where.replace(" ", "-")


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    return {str: "a string", int: "a number", float: "a number", bool: "true/false",
            list: "a list"}.get(type(value), type(value).__name__)


def as_text(value: Any) -> str | None:
    """A field as text: lists (several authors) joined, other values as written."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (list, tuple)):
        parts = [as_text(v) for v in value]
        return ", ".join(p for p in parts if p) or None
    if isinstance(value, dict):  # {"name": "Jane Doe"} as news APIs give authors and sources
        for key in ("name", "title", "id"):
            if key in value:
                return as_text(value[key])
        return None
    return str(value)


def looks_like_html(text: str) -> bool:
    """A web page rather than plain text: starts with ``<`` and holds HTML tags."""
    return text.lstrip()[:1] == "<" and HTML_TAG.search(text, 0, 4096) is not None


def parse_date(value: Any) -> datetime | None:
    """ISO 8601, RFC 2822, `12 March 2024`, `March 12, 2024`, `12.03.2024` or a Unix time.

    A time given without a zone stays naive (zone unknown); a number is a
    Unix time in seconds (or milliseconds, when it is that large), in UTC.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, (int, float)):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    if text.isdigit():
        return parse_date(int(text))
    if RFC_2822.match(text):
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            pass
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if m:
            g = m.groupdict()
            stamp = to_datetime(g)
            if stamp is not None and not (g.get("utc") or g.get("zname") or g.get("offset") or g.get("iso_zone")):
                stamp = stamp.replace(tzinfo=None)
            return stamp
    try:  # RFC 2822 with a named zone (`EST`) the patterns above do not know
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
