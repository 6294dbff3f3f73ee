"""A page that is one person's speech, with no labels: its paragraphs are that person's, as the reader says.

The HTML reader records who gave the speech and its first and last
paragraphs (``metadata["speech"]``). The speech runs from the one to the
other; a heading between its paragraphs (a short line that does not end as
a sentence) is the page's, not the speaker's, and cuts the speech in two.
"""
from __future__ import annotations

from etl.model import Statement
from etl_plugins.segmenter.layout import Line
from etl_plugins.segmenter.patterns import TERMINAL

#: A line of at most this many words that does not end as a sentence is a heading inside the speech.
MAX_HEADING_WORDS = 8
#: The opening and closing paragraphs are looked for by this many of their first and last characters.
PROBE = 60


def speech_meta(metadata: dict) -> tuple[str, str, str] | None:
    """(speaker, first paragraph, last paragraph) from ``metadata["speech"]``, if a reader gave them."""
    found = metadata.get("speech")
    if not isinstance(found, dict):
        return None
    parts = tuple(found.get(key) for key in ("speaker", "opens", "closes"))
    return parts if all(isinstance(p, str) and p for p in parts) else None  # type: ignore[return-value]


def speech_span(text: str, opens: str, closes: str) -> tuple[int, int] | None:
    """Where the speech stands in the text: from its first paragraph to the end of its last."""
    start = text.find(opens[:PROBE])
    if start < 0:
        return None
    end = text.find(closes[-PROBE:], start)
    return (start, end + len(closes[-PROBE:])) if end >= 0 else None


def speech_statements(lines: list[Line], speaker: str, span: tuple[int, int]) -> list[Statement]:
    """The speech's statements: its lines within ``span``, cut at the headings between them."""
    statements: list[Statement] = []
    start = end = None
    for line in lines:
        if line.start < span[0] or line.end > span[1]:
            continue
        if len(line.text.split(None, MAX_HEADING_WORDS)) <= MAX_HEADING_WORDS and not TERMINAL.search(line.text):
            if start is not None:
                statements.append(Statement("speech", start, end, speaker, "page.speech", 0.8))
            start = None
            continue
        if start is None:
            start = line.start
        end = line.end
    if start is not None:
        statements.append(Statement("speech", start, end, speaker, "page.speech", 0.8))
    return statements
