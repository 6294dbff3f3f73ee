"""Metadata that stands in a document's text: title, date, byline, outlet.

Shared by the readers. Dates are only returned when the text gives the year:
a date is never invented, and neither is a time zone: a date and time the
text prints without one is returned naive (as printed), with one aware.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from functools import lru_cache

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
TIME = r"(?:(?:,|\s+at|\s+-|\s+–)?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?"
ZONE = (r"(?:\s*\(?\s*(?:(?P<utc>UTC|GMT)\s*(?P<offset>[+-−]\s*\d{1,2}(?::?\d{2})?)?"
        r"|(?P<zname>UTC|GMT|Z))\s*\)?)?")

DATE_PATTERNS = [
    # 24 September 2021 15:06 (UTC +04:00); Monday, 20 July 2021, 19:40
    re.compile(r"\b(?P<day>\d{1,2})\s+" + MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b" + TIME + ZONE, re.I),
    # September 24, 2021 3:06 pm
    re.compile(r"\b" + MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b" + TIME + ZONE, re.I),
    # 2021-09-24T15:06:00+04:00
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})"
               r"(?:[T\s](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
               r"(?P<iso_zone>Z|[+-]\d{2}:?\d{2})?\b"),
    # 24.09.2021 15:06
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b" + TIME + ZONE),
]

HEADER_LINES = 12
DIGIT = re.compile(r"\d")
OUTLET_WORDS = re.compile(
    r"\b(?:news|press|agency|times|post|herald|tribune|gazette|journal|daily|telegraph|guardian|"
    r"reuters|afp|ap|bloomberg|tass|interfax|xinhua|vestnik|media|tv|radio|bbc|cnn|"
    r"observer|chronicle|express|independent|staff|wire|report|review|today|online)\b",
    re.I,
)


# A line that is only a date (`Sunday, May 26`, `22 February 2022, 15:40`): never a title.
DATE_ONLY = re.compile(
    r"^[#\s]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    r"(?:\d{1,2}\s+" + MONTH.replace("?P<month>", "?:") + r"|" + MONTH.replace("?P<month>", "?:")
    + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:,?\s+\d{4})?(?:(?:,|\s+at|\s+-|\s+–)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?"
    r"(?:\s*\(?\s*(?:UTC|GMT)\s*(?:[+-−]\s*\d{1,2}(?::?\d{2})?)?\s*\)?)?\s*$",
    re.I,
)


def lines_of(text: str) -> Iterator[str]:
    """The text's lines, one by one: readers look at the first few, not at a whole story."""
    start = 0
    end = text.find("\n")
    while end >= 0:
        yield text[start:end]
        start = end + 1
        end = text.find("\n", start)
    yield text[start:]


def title_of(text: str) -> str | None:
    """The first line that is not a date."""
    for line in lines_of(text):
        line = line.strip().lstrip("#").strip()
        if line and not DATE_ONLY.match(line):
            return line
    return None


@lru_cache(maxsize=4)  # asked for the date and then the byline of the same text
def header(text: str) -> tuple[str, ...]:
    """The first few non-empty lines, where dates and bylines stand."""
    lines = text.split("\n", 4 * HEADER_LINES)
    rest = lines.pop() if len(lines) > 4 * HEADER_LINES else None  # the text after the first lines
    found = [line for line in map(str.strip, lines) if line][:HEADER_LINES]
    if len(found) < HEADER_LINES and rest is not None:  # blank lines filled the first ones
        found = [line for line in map(str.strip, lines_of(text)) if line][:HEADER_LINES]
    return tuple(found)


def find_published_at(text: str) -> datetime | None:
    """The first full date (with year) among the header lines: aware when the text gives its zone, else naive."""
    for line in header(text):
        if len(line) > 120 or DIGIT.search(line) is None:  # a paragraph, or no date: every date has digits
            continue
        for pattern in DATE_PATTERNS:
            m = pattern.search(line)
            if m:
                stamp = to_datetime(m.groupdict())
                if stamp is not None:
                    return stamp
    return None


def to_datetime(g: dict[str, str | None]) -> datetime | None:
    month = g["month"]
    month_no = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    hour, minute, second = int(g.get("hour") or 0), int(g.get("minute") or 0), int(g.get("second") or 0)
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        stamp = datetime(int(g["year"]), month_no, int(g["day"]), hour, minute, second)
    except (TypeError, ValueError):
        return None
    return stamp.replace(tzinfo=zone_of(g))


def zone_of(g: dict[str, str | None]) -> timezone | None:
    """The zone the text gives (`UTC+4`, `GMT`, `Z`, `+04:00`), or None when it gives none."""
    offset = g.get("offset") or g.get("iso_zone")
    if not offset:
        return timezone.utc if g.get("utc") or g.get("zname") else None
    if offset == "Z":
        return timezone.utc
    offset = offset.replace("−", "-").replace(" ", "").replace(":", "")
    sign = -1 if offset.startswith("-") else 1
    digits = offset.lstrip("+-")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


BYLINE = re.compile(r"^(?:by|автор:?)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|da|di|and|&))*)\s*$",
                    re.I)


def find_byline(text: str) -> str | None:
    """`By Jane Doe` or `By Vestnik Kavkaza` in the header lines."""
    for line in header(text)[1:]:
        m = BYLINE.match(line)
        if m and m.group("name")[0].isupper():
            return m.group("name").strip()
    return None


class LinePattern:
    """A multiline pattern that starts with `^`, searched for as fast as one that starts with `\\n`.

    Python's `re` tries a pattern at every position of a text unless it
    begins with plain characters, which it then jumps between at C speed;
    `^` is either the text's start or just after a newline.
    """

    def __init__(self, after_caret: str, flags: int = 0):
        self.at_start = re.compile(after_caret, re.M | flags)
        self.after_newline = re.compile("\n" + after_caret, re.M | flags)

    def search(self, text: str) -> re.Match | None:
        return self.at_start.match(text) or self.after_newline.search(text)


class NeedsWord:
    """A pattern whose every match holds ``word``: a text without it is not searched."""

    def __init__(self, word: str, pattern: str, flags: int = 0):
        self.word, self.pattern = word, re.compile(pattern, flags)

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text) if self.word in text else None


OUTLET_PATTERNS = [
    LinePattern(r"©\s*(?P<name>[^|,\n]{2,40}?)\s*(?:\||,|$)"),
    NeedsWord("report", r",?\s(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})\s+(?:reports|reported)\.\s*$", re.M),
    LinePattern(r"[A-Z][A-Za-z .'-]{1,30}\s*\((?P<name>[A-Z][\w ]{1,20})\)\s*[-–—]"),
    LinePattern(r"(?:source|источник):\s*(?P<name>[^\n]{2,40})$", re.I),
]


def find_outlet(text: str, byline: str | None = None) -> str | None:
    """The outlet the text names: a © credit, `X reports`, a `(X) –` dateline, `Source: X`.

    A byline is taken as the outlet only when it reads like one (`Vestnik
    Kavkaza`, `Reuters staff`), not a person's name.
    """
    for pattern in OUTLET_PATTERNS:
        m = pattern.search(text)
        if m:
            return m.group("name").strip()
    if byline and OUTLET_WORDS.search(byline):
        return byline
    return None
