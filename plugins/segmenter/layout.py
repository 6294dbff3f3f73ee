"""A document as lines and paragraphs, with the offsets statements refer to."""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl_plugins.readers.document_meta import DATE_ONLY


@dataclass
class Line:
    """One non-blank line: `start`/`end` bound its text without surrounding blanks."""

    index: int
    start: int
    end: int
    text: str
    blank_before: bool  # a blank line (or the start of the text) precedes it


LINE = re.compile(r"[^\n]*")


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    append = lines.append
    pos, blank = 0, True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            # the blanks before it: its first character is the first non-blank one of the line
            start = pos + raw.find(stripped[0])
            append(Line(len(lines), start, start + len(stripped), stripped, blank))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def offsets_of(text: str, chars: str, start: int, end: int) -> list[int]:
    """The offsets in ``text[start:end]`` of any of ``chars``, in order. Found with `str.find`, which
    skips to the next one far faster than a regex class tests each character: a text has few marks."""
    found = []
    for ch in chars:
        i = text.find(ch, start, end)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1, end)
    found.sort()
    return found


def is_date_line(text: str) -> bool:
    return bool(DATE_ONLY.match(text))


def paragraphs(lines: list[Line]) -> list[tuple[int, int]]:
    """Paragraph spans: a line, or lines wrapped mid-sentence, up to a blank or a finished sentence."""
    spans: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if i == 0 or line.blank_before or lines[i - 1].text[-1] in PARAGRAPH_END:
            spans.append((line.start, line.end))
        else:
            spans[-1] = (spans[-1][0], line.end)
    return spans


PARAGRAPH_END = frozenset(".!?…:;\"”»)]")
