"""Markdown and text files with YAML or TOML front matter, and Markdown markup kept out of statements."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from etl.testing import run_pipeline
from etl_plugins.readers import text as text_reader
from etl_plugins.readers.markdown import strip_markdown

BRIEFING_BODY = """# Press Briefing by Press Secretary Jane Roe

<!-- transcript prepared by the Office of the Press Secretary -->

James S. Brady Press Briefing Room

1:02 P.M. EDT

**MS. ROE:** Good afternoon, everyone. The President will travel to \\_Ohio\\_ on *Thursday* to visit the
new plant, which will employ **2,000** people. You can read [the full schedule](https://example.gov/schedule).

**Q:** Thank you. Will the President meet the union leaders while he is there?

**MS. ROE:** He will meet them after the visit, and I'll have more on that __later this week__.
"""

YAML_BRIEFING = """---
title: "Press Briefing by Press Secretary Jane Roe, May 14, 2024"
date: 2024-05-14T13:02:00-04:00
author: Office of the Press Secretary
source_url: https://example.gov/briefings/2024/05/14/press-briefing
tags: [briefing, economy]
outlet: The White House
layout: post
---
""" + BRIEFING_BODY

TOML_BRIEFING = """+++
title = "Press Briefing by Press Secretary Jane Roe, May 14, 2024"
published = 2024-05-14T13:02:00-04:00
authors = ["Jane Roe", "Press Office"]
permalink = "https://example.gov/briefings/2024/05/14/press-briefing"
publisher = { name = "The White House", url = "https://example.gov" }
tags = ["briefing"]
+++
""" + BRIEFING_BODY

EXPECTED_TEXT = """Press Briefing by Press Secretary Jane Roe

James S. Brady Press Briefing Room

1:02 P.M. EDT

MS. ROE: Good afternoon, everyone. The President will travel to _Ohio_ on Thursday to visit the
new plant, which will employ 2,000 people. You can read the full schedule.

Q: Thank you. Will the President meet the union leaders while he is there?

MS. ROE: He will meet them after the visit, and I'll have more on that later this week."""

EDT = timezone(timedelta(hours=-4))


def read(text: str, name: str = "briefing.md"):
    docs = text_reader.etl_read(source=name, data=text.encode("utf-8"))
    assert docs is not None and len(docs) == 1
    return docs[0]


def test_yaml_front_matter_gives_the_fields_and_the_body_alone_is_the_text():
    doc = read(YAML_BRIEFING)
    assert doc.text == EXPECTED_TEXT
    assert doc.title == "Press Briefing by Press Secretary Jane Roe, May 14, 2024"
    assert doc.published_at == datetime(2024, 5, 14, 13, 2, tzinfo=EDT)
    assert doc.byline == "Office of the Press Secretary"
    assert doc.outlet == "The White House"
    assert doc.url == "https://example.gov/briefings/2024/05/14/press-briefing"
    assert doc.metadata == {"tags": ["briefing", "economy"], "layout": "post", "encoding": "utf-8"}


def test_toml_front_matter_gives_the_same_document():
    doc = read(TOML_BRIEFING)
    assert doc.text == EXPECTED_TEXT
    assert doc.title == "Press Briefing by Press Secretary Jane Roe, May 14, 2024"
    assert doc.published_at == datetime(2024, 5, 14, 13, 2, tzinfo=EDT)
    assert doc.byline == "Jane Roe, Press Office"
    assert doc.outlet == "The White House"
    assert doc.url == "https://example.gov/briefings/2024/05/14/press-briefing"
    assert doc.metadata == {"tags": ["briefing"], "encoding": "utf-8"}


def test_briefing_statements_hold_no_markup(monkeypatch, tmp_path):
    monkeypatch.setenv("ETL_LOAD_PLUGINS", "text,segmenter,speakers")
    path = tmp_path / "briefing.md"
    path.write_text(YAML_BRIEFING, encoding="utf-8")
    tables = run_pipeline([path], out=tmp_path / "run", installed=True)
    doc = tables["documents"].to_pylist()[0]
    assert (doc["title"], doc["url"], doc["byline"], doc["format"]) == (
        "Press Briefing by Press Secretary Jane Roe, May 14, 2024",
        "https://example.gov/briefings/2024/05/14/press-briefing", "Office of the Press Secretary", "text")
    statements = tables["statements"].to_pylist()
    assert statements, "the briefing's turns are statements"
    for st in statements:
        assert not any(mark in st["text"] for mark in ("**", "\\", "](", "<!--", "__")), st["text"]
    assert any(st["text"].startswith("Good afternoon, everyone.") for st in statements)


def test_a_date_only_front_matter_is_naive_and_a_zoneless_time_too():
    doc = read("---\ntitle: Minutes\ndate: 2024-05-14\n---\nThe meeting opened at noon.\n", "minutes.txt")
    assert doc.published_at == datetime(2024, 5, 14)
    doc = read("---\ntitle: Minutes\npublished_time: '2024-05-14 18:30'\n---\nThe meeting opened.\n", "m.txt")
    assert doc.published_at == datetime(2024, 5, 14, 18, 30)
    assert doc.text == "The meeting opened."


@pytest.mark.parametrize("front, note", [
    ("---\ntitle: [unclosed\ndate: x: y\n---\n", "YAML front matter does not parse"),
    ("+++\ntitle = \"no end\n+++\n", "TOML front matter does not parse"),
    ("---\n- just\n- a list\n---\n", "front matter is not a table"),
])
def test_front_matter_that_does_not_parse_is_read_as_text_with_a_note(front, note):
    doc = read(front + "Talks continue\n\nThe minister said the talks would continue.\n", "story.md")
    assert note in doc.metadata["front_matter_error"]
    assert "The minister said the talks would continue." in doc.text
    assert front.split("\n")[1] in doc.text.split("\n")[:2], "the block is read as text"


def test_a_file_without_front_matter_reads_as_before():
    doc = read("Talks continue\n---\nThe minister spoke.\n", "story.txt")
    assert doc.title == "Talks continue"
    assert doc.text == "Talks continue\n---\nThe minister spoke."
    assert doc.metadata == {"encoding": "utf-8"}


def test_front_matter_after_a_byte_order_mark():
    docs = text_reader.etl_read(source="b.md", data=b"\xef\xbb\xbf" + YAML_BRIEFING.encode("utf-8"))
    assert docs[0].title == "Press Briefing by Press Secretary Jane Roe, May 14, 2024"
    assert docs[0].metadata["encoding"] == "utf-8"


@pytest.mark.parametrize("markdown, plain", [
    ("**MS. ROE:** Thanks.", "MS. ROE: Thanks."),
    ("__Q__ Why?", "Q Why?"),
    ("It is *very* _important_.", "It is very important."),
    ("a snake_case_name and 2 * 3 * 4", "a snake_case_name and 2 * 3 * 4"),
    ("\\*not emphasis\\* and \\_this\\_ and C\\# ", "*not emphasis* and _this_ and C# "),
    ("See [the report](https://x.example/r) and ![a photo](p.jpg).", "See the report and ."),
    ("## Heading ##\ntext", "Heading\ntext"),
    ("- An answer\n* a bullet", "- An answer\n* a bullet"),
    ("before <!-- a\ncomment --> after", "before  after"),
    ("[1]: https://x.example\nkept", "kept"),
])
def test_markdown_markup_is_removed_and_the_words_kept(markdown, plain):
    assert strip_markdown(markdown) == plain


def test_text_files_keep_their_asterisks():
    doc = read("Results\n\nThe vote was *close*: 5 to 4.\n", "results.txt")
    assert doc.text == "Results\n\nThe vote was *close*: 5 to 4."
