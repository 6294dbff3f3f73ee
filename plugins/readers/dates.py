"""Machine-written dates: ISO 8601 as web pages and front matter give them.

A date with a zone is returned aware; one without, naive: the core reads a
naive time as "zone unknown", never as UTC.
"""
from __future__ import annotations

import re
from datetime import datetime

ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})"
                 r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
                 r"\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?", re.I)


def parse_iso(value: str) -> datetime | None:
    """``2024-05-26``, ``2024-05-26T10:00:00+02:00``, ``2024-05-26 10:00 Z`` and the like."""
    m = ISO.match(value)
    if m is None:
        return None
    year, month, day, hour, minute, second, zone = m.groups()
    text = f"{int(year):04d}-{int(month):02d}-{int(day):02d}T{int(hour or 0):02d}:{int(minute or 0):02d}:{int(second or 0):02d}"
    if zone:
        zone = zone.upper()
        if zone in ("Z", "UTC", "GMT"):
            text += "+00:00"
        else:
            digits = zone[1:].replace(":", "")
            text += f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def parse_date(value: str) -> datetime | None:
    """An ISO date, or one written out (`May 26, 2024 10:00`, `26 May 2024`); naive unless a zone is given."""
    stamp = parse_iso(value)
    if stamp is not None:
        return stamp
    from etl_plugins.readers.document_meta import DATE_PATTERNS, to_datetime

    for pattern in DATE_PATTERNS:
        m = pattern.search(value)
        if m:
            found = m.groupdict()
            stamp = to_datetime(found)
            if stamp is not None:
                zoned = found.get("offset") or found.get("iso_zone") or found.get("zname") or found.get("utc")
                return stamp if zoned else stamp.replace(tzinfo=None)
    return None
