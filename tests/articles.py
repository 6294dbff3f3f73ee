"""Real-shaped news articles written as the formats the readers read: text, JSON Lines, HTML pages."""
from __future__ import annotations

import html
import io
import json

ARTICLES = [
    {
        "id": "rail-yard-2024-03-12",
        "title": "Council approves 300 homes on the old rail yard",
        "date": "2024-03-12T09:30:00Z",
        "url": "https://news.example.com/2024/03/12/rail-yard",
        "author": "Jane Doe",
        "paragraphs": [
            "The city council voted 7 to 2 on Tuesday to approve a plan for 300 homes on the former rail yard.",
            "\u201cWe will build 300 homes by 2026, and a third of them will be affordable,\u201d said Mayor Ana Ruiz.",
            "Councillor Tom Becker voted against the plan. \u201cThe yard floods every spring, and this plan spends "
            "only $2 million on drainage,\u201d Becker said.",
            "Residents may comment on the plan until 30 April.",
        ],
    },
    {
        "id": "gas-talks-2023-10-03",
        "title": "Energy ministers meet in Vienna as gas prices fall",
        "date": "2023-10-03T14:00:00+02:00",
        "url": "https://news.example.com/2023/10/03/gas-talks",
        "author": "John Roe",
        "paragraphs": [
            "Energy ministers from 12 countries met in Vienna on Monday to discuss gas storage before the winter.",
            "\u201cPrices have fallen by 40 percent since January, but households still pay twice what they paid "
            "in 2021,\u201d said Austrian Energy Minister Leonore Gewessler.",
            "The talks are to resume in November.",
        ],
    },
]


def body(article: dict) -> str:
    return "\n\n".join(article["paragraphs"])


def as_text(article: dict) -> str:
    """The article as a .txt file: title, blank line, paragraphs."""
    return f"{article['title']}\n\n{body(article)}\n"


def as_html(article: dict) -> str:
    paragraphs = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in article["paragraphs"])
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{article['title']}</title>"
            f"</head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n<article>"
            f"<h1>{article['title']}</h1>\n{paragraphs}</article>\n<footer>© News Example</footer></body></html>\n")


def jsonl(records: list[dict]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def warc(pages: list[tuple[str, str, bytes, str | None]], gzip: bool = True) -> bytes:
    """A WARC file of (uri, content type, body, WARC-Date) responses, each with its request, as crawlers write."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for uri, content_type, payload, date in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                            http_headers=StatusAndHeaders(f"GET {uri} HTTP/1.1", [],
                                                                          is_http_request=True))
        writer.write_record(request)
        warc_headers = {"WARC-Date": date} if date else None
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers,
                                           warc_headers_dict=warc_headers)
        writer.write_record(record)
    return out.getvalue()


READERS = ["text", "html", "tables", "compressed", "archives", "warc", "pdf"]


def build(sources: list, folder, options: dict | None = None, fields: dict | None = None, jobs: int = 1,
          enrichers: tuple[str, ...] = ()):
    """The dataset's tables for ``sources``, read by the installed readers, segmented, resolved (and enriched)."""
    from etl.config import ProjectConfig, build_host
    from etl.runner import run
    from etl.testing import read_dataset

    host = build_host(ProjectConfig(load=[*READERS, "segmenter", "speakers", *enrichers], options=options or {},
                                    fields=fields or {}))
    run(host, [str(s) for s in sources], folder / "dataset", jobs=jobs, cache_dir=folder / "cache")
    return read_dataset(folder / "dataset")


def said(tables) -> list[tuple[str, str, str | None]]:
    """Each statement as (kind, text, speaker's name), in document and statement order."""
    speakers = dict(zip(tables["speakers"]["speaker_id"].to_pylist(), tables["speakers"]["name"].to_pylist()))
    rows = tables["statements"].to_pylist()
    titles = dict(zip(tables["documents"]["doc_id"].to_pylist(), tables["documents"]["title"].to_pylist()))
    rows.sort(key=lambda r: (titles[r["doc_id"]] or "", r["seq"]))
    return [(r["kind"], r["text"], speakers.get(r["speaker_id"])) for r in rows]


def errors(tables) -> list[dict]:
    return tables["errors"].to_pylist()
