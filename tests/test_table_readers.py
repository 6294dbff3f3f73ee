"""Tables of articles: JSON Lines, JSON arrays, CSV/TSV and Parquet, one document per row, read as streams."""
from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from articles import ARTICLES, as_html, as_text, body, build, errors, jsonl, said  # noqa: E402

from etl.config import ProjectConfig, build_host  # noqa: E402
from etl.pipeline import read_source  # noqa: E402
from etl_plugins.readers.records import parse_date  # noqa: E402


def documents(path, fields=None):
    """The documents the installed readers make of one file, with its error rows."""
    host = build_host(ProjectConfig(load=["text", "html", "tables", "compressed"], fields=fields or {}))
    found = []
    docs = list(read_source(host, str(path), on_error=lambda plugin, message: found.append((plugin, message))))
    return docs, found


def scraper_rows():
    """Articles as a scraper exports them, under field names no default knows."""
    return [{"story": body(a), "heading": a["title"], "when": a["date"], "permalink": a["url"], "key": a["id"],
             "writer": a["author"]} for a in ARTICLES]


def test_jsonl_with_usual_field_names_keeps_id_url_and_zone(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_bytes(jsonl([{"id": a["id"], "headline": a["title"], "maintext": body(a), "date_publish": a["date"],
                             "source_url": a["url"], "authors": [a["author"], "Desk"], "source_domain": "example.com",
                             "language": "en"} for a in ARTICLES]))
    docs, found = documents(path)
    assert found == []
    assert [d.title for d in docs] == [a["title"] for a in ARTICLES]
    assert [d.url for d in docs] == [a["url"] for a in ARTICLES]
    assert [d.metadata["id"] for d in docs] == [a["id"] for a in ARTICLES]
    assert docs[0].published_at == datetime(2024, 3, 12, 9, 30, tzinfo=timezone.utc)
    assert docs[1].published_at.utcoffset() == timedelta(hours=2)
    assert docs[0].byline == "Jane Doe, Desk" and docs[0].outlet == "example.com"
    assert docs[0].text == body(ARTICLES[0]) and docs[0].source == str(path) and docs[0].format == "tables"
    assert len({d.doc_id for d in docs}) == 2


def test_a_broken_jsonl_line_is_one_error_row_and_the_rest_is_read(tmp_path):
    rows = scraper_rows()
    path = tmp_path / "export.ndjson"
    path.write_bytes(jsonl(rows[:1]) + b'{"story": "cut off\n' + b'["a", "list"]\n' + b'{"heading": "no text"}\n'
                     + jsonl(rows[1:]))
    tables = build([path], tmp_path, fields={"text": "story", "title": "heading", "date": "when",
                                              "url": "permalink", "id": "key"})
    docs = tables["documents"].to_pylist()
    assert [d["title"] for d in docs] == [a["title"] for a in ARTICLES]
    assert [d["url"] for d in docs] == [a["url"] for a in ARTICLES]
    messages = sorted(e["message"] for e in errors(tables))
    assert messages == ["line 2: not valid JSON (Unterminated string starting at, column 11)",
                        "line 3: not an object with fields but a list",
                        "line 4: no text (looked for story; name the field with --field text=NAME)"]
    assert all(e["source"] == path.name and e["stage"] == "read" and e["plugin"] == "tables"
               for e in errors(tables))


def test_the_field_option_on_the_command_line_maps_unusual_names(cli, tmp_path):
    path = tmp_path / "scraped.jsonl"
    path.write_bytes(jsonl(scraper_rows()))
    out = tmp_path / "ds"
    result = cli(["run", path, "--out", out, "-j", "1", "--field", "text=story", "--field", "published=when",
                  "--field", "url=permalink"])
    assert result.exit_code == 0, result.output
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [d["url"] for d in docs] == [a["url"] for a in ARTICLES]
    assert docs[0]["published_at"] == datetime(2024, 3, 12, 9, 30, tzinfo=timezone.utc)
    # Without the mapping the same file has no text to read: the option is part of what the run depends on.
    again = cli(["run", path, "--out", out, "-j", "1"])
    assert again.exit_code == 1 and "no text (looked for text, content, body" in again.output


def test_a_bad_field_option_is_one_line(cli, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl(scraper_rows()))
    result = cli(["run", path, "--out", tmp_path / "ds", "--field", "story"])
    assert result.exit_code == 1 and "--field 'story': write it as FIELD=NAME" in result.output
    result = cli(["run", path, "--out", tmp_path / "ds", "--field", "colour=story"])
    assert result.exit_code == 1 and "unknown document field 'colour'" in result.output
    assert "Traceback" not in result.output


def test_the_project_file_maps_fields_for_the_tables_reader(cli, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(jsonl(scraper_rows()))
    config = tmp_path / "etl.toml"
    config.write_text('[plugins.tables]\nfields = { text = "story", title = "heading" }\n')
    result = cli(["run", path, "--out", tmp_path / "ds", "-j", "1", "--config", config])
    assert result.exit_code == 0, result.output
    docs = pq.read_table(tmp_path / "ds" / "documents.parquet").to_pylist()
    assert [d["title"] for d in docs] == [a["title"] for a in ARTICLES]


def test_csv_with_quoted_multiline_fields_and_a_row_too_long(tmp_path):
    import csv

    path = tmp_path / "articles.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Headline", "Content", "Published", "Link"])
        writer.writerow([ARTICLES[0]["title"], body(ARTICLES[0]), "Tue, 12 Mar 2024 09:30:00 +0000", ARTICLES[0]["url"]])
        writer.writerow(["Broken", "text", "2024-01-01", "https://x", "an extra cell"])
        writer.writerow([ARTICLES[1]["title"], body(ARTICLES[1]) + "\n\n" + "Long. " * 30000, "3 October 2023",
                         ARTICLES[1]["url"]])
    docs, found = documents(path)
    assert [d.title for d in docs] == [a["title"] for a in ARTICLES]
    assert docs[0].text == body(ARTICLES[0])
    assert docs[0].published_at == datetime(2024, 3, 12, 9, 30, tzinfo=timezone.utc)
    assert docs[1].published_at == datetime(2023, 10, 3) and docs[1].published_at.tzinfo is None
    assert len(docs[1].text) > 180_000  # beyond the csv module's default field size limit
    assert found == [("tables", "line 9: 5 fields where the header names 4")]


def test_tsv(tmp_path):
    path = tmp_path / "a.tsv"
    path.write_text("title\ttext\n" + "".join(f"{a['title']}\t{a['paragraphs'][1]}\n" for a in ARTICLES),
                    encoding="utf-8")
    docs, found = documents(path)
    assert found == [] and [d.text for d in docs] == [a["paragraphs"][1] for a in ARTICLES]


def test_parquet_read_a_row_group_at_a_time_with_a_row_without_text(tmp_path):
    rows = [dict(row) for row in scraper_rows() * 3]
    rows[4]["story"] = None
    table = pa.Table.from_pylist(rows)
    path = tmp_path / "news.parquet"
    pq.write_table(table, path, row_group_size=2)
    assert pq.ParquetFile(path).num_row_groups == 3
    docs, found = documents(path, fields={"text": "story", "title": "heading", "url": "permalink"})
    assert len(docs) == 5 and [d.title for d in docs[:2]] == [a["title"] for a in ARTICLES]
    assert found == [("tables", "row 5: no text (looked for story; name the field with --field text=NAME)")]


def test_json_array_is_read_an_item_at_a_time_and_a_cut_off_end_is_an_error(tmp_path):
    items = [{"title": a["title"], "text": body(a)} for a in ARTICLES]
    whole = tmp_path / "a.json"
    whole.write_text(json.dumps(items, indent=2), encoding="utf-8")
    docs, found = documents(whole)
    assert found == [] and [d.title for d in docs] == [a["title"] for a in ARTICLES]

    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps(items, indent=2)[:-40], encoding="utf-8")
    tables = build([cut], tmp_path / "cut")
    assert tables["documents"]["title"].to_pylist() == [ARTICLES[0]["title"]]
    [error] = errors(tables)
    assert error["message"].startswith("item 2: not valid JSON") and error["plugin"] == "tables"


def test_a_field_holding_html_is_read_as_a_web_page(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_bytes(jsonl([{"id": a["id"], "html": as_html(a), "url": a["url"], "published": a["date"]}
                            for a in ARTICLES]))
    docs, found = documents(path, fields={"text": "html"})
    assert found == []
    assert [d.format for d in docs] == ["html", "html"]
    assert [d.title for d in docs] == [a["title"] for a in ARTICLES]
    assert [d.url for d in docs] == [a["url"] for a in ARTICLES] and docs[0].source == str(path)
    assert "<p>" not in docs[0].text and ARTICLES[0]["paragraphs"][1] in docs[0].text
    assert "Home" not in docs[0].text


def test_a_file_without_suffix_is_recognised_by_its_first_bytes(tmp_path):
    path = tmp_path / "articles"
    path.write_bytes(jsonl([{"text": body(a)} for a in ARTICLES]))
    docs, found = documents(path)
    assert len(docs) == 2 and found == []


def test_jsonl_and_txt_give_the_same_statements(tmp_path):
    folder = tmp_path / "txt"
    folder.mkdir()
    for a in ARTICLES:
        (folder / f"{a['id']}.txt").write_text(as_text(a), encoding="utf-8")
    lines = tmp_path / "news.jsonl"
    lines.write_bytes(jsonl([{"title": a["title"], "text": as_text(a)} for a in ARTICLES]))
    from_text = said(build([folder], tmp_path / "a"))
    assert ("quote", "We will build 300 homes by 2026, and a third of them will be affordable", "Ana Ruiz") \
        in from_text and len(from_text) == 3
    assert said(build([lines], tmp_path / "b")) == from_text


@pytest.mark.parametrize("value, expected", [
    ("2024-03-12T09:30:00Z", datetime(2024, 3, 12, 9, 30, tzinfo=timezone.utc)),
    ("2024-03-12 09:30:00", datetime(2024, 3, 12, 9, 30)),
    ("2024-03-12", datetime(2024, 3, 12)),
    ("Tue, 12 Mar 2024 09:30:00 GMT", datetime(2024, 3, 12, 9, 30, tzinfo=timezone.utc)),
    ("12 March 2024", datetime(2024, 3, 12)),
    ("March 12, 2024 3:06 pm", datetime(2024, 3, 12, 15, 6)),
    ("12.03.2024", datetime(2024, 3, 12)),
    (1710235800, datetime(2024, 3, 12, 9, 30, tzinfo=timezone.utc)),
    (1710235800000, datetime(2024, 3, 12, 9, 30, tzinfo=timezone.utc)),
    ("sometime in spring", None),
])
def test_dates_are_parsed_and_a_date_without_zone_stays_naive(value, expected):
    parsed = parse_date(value)
    assert parsed == expected
    if expected is not None:
        assert (parsed.tzinfo is None) == (expected.tzinfo is None)


def test_etl_read_suffixes_lists_each_reader_with_what_it_reads(cli):
    reads = build_host(ProjectConfig()).read_suffixes()
    assert {".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet"} == set(reads["tables"])
    assert {".zip", ".tar"} <= set(reads["archives"]) and {".gz", ".bz2", ".xz", ".zst"} <= set(reads["compressed"])
    assert ".warc.gz" in reads["warc"] and reads["pdf"] == [".pdf"]
    result = cli(["plugins"])
    assert result.exit_code == 0 and ".parquet" in result.output


def test_a_corrupt_parquet_file_is_one_error_row(tmp_path):
    good = tmp_path / "good.parquet"
    pq.write_table(pa.Table.from_pylist([{"text": body(a), "title": a["title"]} for a in ARTICLES]), good)
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(good.read_bytes()[:200] + b"PAR1")
    tables = build([bad, good], tmp_path)
    [error] = errors(tables)
    assert error["source"] == bad.name and error["plugin"] == "tables"
    assert error["message"].startswith("not a readable Parquet file")
    assert tables["documents"]["title"].to_pylist() == [a["title"] for a in ARTICLES]


def test_a_json_array_item_longer_than_the_reading_window_is_read(tmp_path, monkeypatch):
    import etl_plugins.readers.tables as tables_reader

    monkeypatch.setattr(tables_reader, "JSON_CHUNK", 256)
    long_text = body(ARTICLES[0]) + "\n\n" + "The plan was read aloud. " * 400
    path = tmp_path / "long.json"
    path.write_text(json.dumps([{"text": long_text}, {"text": body(ARTICLES[1])}]), encoding="utf-8")
    docs, found = documents(path)
    assert found == [] and [d.text for d in docs] == [long_text.strip(), body(ARTICLES[1])]


def test_the_field_mapping_travels_with_a_batch_sent_to_another_process(tmp_path):
    import pickle

    from etl.runner import BatchTask

    path = tmp_path / "scraped.jsonl"
    path.write_bytes(jsonl(scraper_rows()))
    host = build_host(ProjectConfig(load=["tables", "segmenter", "speakers"], fields={"text": "story"}))
    task = pickle.loads(pickle.dumps(BatchTask(host, host.schema())))  # as Ray ships it: a recipe, not the host
    batch = task([str(path)])
    assert batch.errors == [] and batch.documents["text"].to_pylist() == [body(a) for a in ARTICLES]
