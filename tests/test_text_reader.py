"""The plain-text reader: cleaning, title, date, byline and outlet."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import random

import pytest

from etl.errors import InputError
from etl_plugins.readers import text as text_reader
from etl_plugins.readers.document_meta import find_byline, find_outlet, find_published_at, title_of


def read(text: str, name: str = "story.txt"):
    docs = text_reader.etl_read(source=name, data=text.encode("utf-8"))
    assert docs is not None and len(docs) == 1
    return docs[0]


def test_boilerplate_is_removed_and_the_story_kept():
    doc = read("Minister: talks go on\n\nBy City Herald\n\n- Will talks go on?\n\n- Yes.\n\n"
               "2790 views\nПоделиться:\nPrint:\nFacebook Twitter LinkedIn\n\nComments are closed.\n")
    assert doc.text == "Minister: talks go on\n\nBy City Herald\n\n- Will talks go on?\n\n- Yes."
    assert doc.title == "Minister: talks go on"
    assert doc.byline == "City Herald"
    assert doc.outlet == "City Herald"


def test_share_row_between_title_and_body_is_removed():
    doc = read("Sunday, May 26\n\nCouncil backs new budget\n\nGoogle+ Pinterest LinkedIn Tumblr +\n\nThe council met.")
    assert "Pinterest" not in doc.text
    assert doc.published_at is None, "a date without a year is never completed"


def test_other_readers_files_are_left_alone():
    assert text_reader.etl_read(source="page.html", data=b"<html></html>") is None


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(b % 255 + 1 for b in random.Random(1).randbytes(4000)), "encoding cannot be told"),
    (b"\n\n2790 views\nPrint:\n", "no text"),
])
def test_unreadable_files_raise_one_line(data, message):
    with pytest.raises(InputError, match=message):
        text_reader.etl_read(source="bad.txt", data=data)


@pytest.mark.parametrize("line, expected", [
    ("# 24 September 2021 15:06 (UTC +04:00)", datetime(2021, 9, 24, 15, 6, tzinfo=timezone(timedelta(hours=4)))),
    ("22 February 2022, 15:40", datetime(2022, 2, 22, 15, 40)),  # no zone: none assumed
    ("Published March 3, 2023 at 9:15 pm", datetime(2023, 3, 3, 21, 15)),
    ("Published March 3, 2023 at 9:15 pm GMT", datetime(2023, 3, 3, 21, 15, tzinfo=timezone.utc)),
    ("2024-05-26T10:00:00+02:00", datetime(2024, 5, 26, 10, 0, tzinfo=timezone(timedelta(hours=2)))),
    ("Posted 04.11.2022", datetime(2022, 11, 4)),
    ("Monday, 20 Jul. 2021", datetime(2021, 7, 20)),
])
def test_dates_with_a_year_are_parsed(line, expected):
    assert find_published_at(f"Some title\n{line}\n\nBody text.") == expected


@pytest.mark.parametrize("text", ["Title\nSunday, May 26\n\nBody.", "Title\n\nIt was 31 February 2021 then."])
def test_incomplete_or_impossible_dates_are_null(text):
    assert find_published_at(text) is None


def test_outlet_from_credit_and_reports():
    assert find_outlet("Title\n\n© APA | Photo\n\nText.") == "APA"
    assert find_outlet("Title\n\nThe minister said so, Trend reports.\n") == "Trend"
    assert find_outlet("Title\n\nLAGOS (Reuters) - The central bank raised rates.") == "Reuters"


def test_a_person_byline_is_not_an_outlet():
    text = "Title\nBy Jane Doe\n\nBody."
    assert find_byline(text) == "Jane Doe"
    assert find_outlet(text, "Jane Doe") is None


def test_title_is_the_first_line_without_heading_marks():
    assert title_of("\n\n# Budget passes\n\nBody") == "Budget passes"


@pytest.mark.parametrize("text, expected", [
    ("© Caspian News, 2024\n\nText.", "Caspian News"),  # a line pattern on the very first line
    ("Title\n\nText.\nSOURCE: Interfax\n", "Interfax"),
    ("Title\n\nText.\nИсточник: ТАСС", "ТАСС"),
    ("Title\n\nBAKU\n(APA) – The talks began.", "APA"),
    ("Title\n\nNobody reported it; no outlet here.", None),
])
def test_outlet_lines_anywhere_in_the_text(text, expected):
    assert find_outlet(text) == expected


def test_header_reads_past_many_blank_lines():
    text = "Title\n" + "\n" * 60 + "\n".join(f"Line {i}" for i in range(20)) + "\n24 September 2021\n"
    assert find_published_at(text) is None, "the date stands after the first twelve lines"
    text = "Title\n" + "\n" * 60 + "By Jane Doe\n22 February 2022, 15:40\n\nBody."
    assert find_byline(text) == "Jane Doe"
    assert find_published_at(text) == datetime(2022, 2, 22, 15, 40)


def test_furniture_is_dropped_on_any_line_and_never_across_two():
    raw = ("Print:\r\nCouncil backs budget\r\n\r\n\u00a02790 views\u00a0\r\nShare this article:\r\n"
           "The council met.   \r\n2790\r\nviews\r\nFacebook,\u00a0Twitter |\r\n  views\r\nComments are closed.")
    assert text_reader.clean_text(raw) == "Council backs budget\n\nThe council met.\n2790\nviews\n  views"
