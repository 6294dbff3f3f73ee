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
