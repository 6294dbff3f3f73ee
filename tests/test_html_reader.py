"""The web page reader: main text, metadata, encodings, sniffing, and the statements that come out."""
from __future__ import annotations

import json
import re
import time
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

import pytest

from etl.errors import InputError
from etl.testing import run_pipeline
from etl_plugins.readers import html as html_reader

WEB = Path(__file__).resolve().parent / "data" / "web"
GOLD = Path(__file__).resolve().parent / "gold"
PIPELINE = "text,html,segmenter,speakers"


def read(path: Path | str, data: bytes | None = None):
    path = Path(path)
    docs = html_reader.etl_read(source=str(path), data=path.read_bytes() if data is None else data)
    assert docs is not None and len(docs) == 1
    return docs[0]


@pytest.fixture
def pipeline(monkeypatch):
    """The installed readers, segmenter and resolver, without the enrichers."""
    monkeypatch.setenv("ETL_LOAD_PLUGINS", PIPELINE)
    return lambda inputs, out: run_pipeline(inputs, out=out, installed=True)


def statements_of(tables) -> list[tuple[str, str | None, str]]:
    st = tables["statements"].sort_by([("doc_id", "ascending"), ("seq", "ascending")]).to_pylist()
    return [(s["kind"], s["speaker_mention"], s["text"]) for s in st]


# -- a news page with every kind of furniture ------------------------------
def test_news_page_text_is_the_article_alone():
    doc = read(WEB / "news-article.html")
    assert doc.text == (
        "Council approves flood defences for the river quarter\n\n"
        "The city council voted 9 to 2 on Tuesday night to spend £14 million on flood walls, pumps and raised "
        "paths along the river quarter, three months after the worst flooding in forty years.\n\n"
        "“We promised the people of the river quarter that this would never happen again, and tonight we have "
        "kept that promise,” said council leader Amira Patel.\n\n"
        "Councillor Tom Becker, who voted against the plan, said the money would be better spent on moving "
        "homes away from the river. “Walls only move the water to somebody else’s street,” he said.\n\n"
        "Work is due to begin in May and to be finished before next winter.")
    for furniture in ("cookies", "Politics", "Facebook", "Photo:", "Related", "Insurers", "Most read",
                      "newsletter", "©", "dataLayer", "Floods", "Skip to content", "Home"):
        assert furniture not in doc.text, furniture


def test_news_page_metadata():
    doc = read(WEB / "news-article.html")
    assert doc.title == "Council approves flood defences for the river quarter"
    assert doc.published_at == datetime(2024, 3, 12, 9, 30, tzinfo=timezone.utc)
    assert doc.byline == "Jane Doe"
    assert doc.outlet == "Riverside Herald"
    assert doc.url == "https://www.riversideherald.example/news/flood-defences"
    assert doc.metadata == {"language": "en-GB", "encoding": "utf-8",
                            "extraction": "structure:itemprop=articleBody"}


def test_news_page_statements(pipeline, tmp_path):
    tables = pipeline([WEB / "news-article.html"], tmp_path)
    assert tables["errors"].num_rows == 0
    doc = tables["documents"].to_pylist()[0]
    assert (doc["format"], doc["url"], doc["byline"]) == (
        "html", "https://www.riversideherald.example/news/flood-defences", "Jane Doe")
    said = statements_of(tables)
    assert ("quote", "council leader Amira Patel",
            "We promised the people of the river quarter that this would never happen again, and tonight we "
            "have kept that promise") in said
    assert ("quote", "he", "Walls only move the water to somebody else’s street") in said


# -- a transcript page without <article>: the general extractor ------------
def test_transcript_turns_stay_in_order_without_photo_tooltip_or_hidden_text():
    doc = read(WEB / "meeting-transcript.html")
    assert doc.metadata["extraction"] == "extractor"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Meeting with Prime Minister of Armenia Nikol Pashinyan"
    assert paragraphs[2].startswith("President of Russia Vladimir Putin: Mr Prime Minister, friends,")
    assert paragraphs[2].endswith("and the work of the EAEU.")
    assert paragraphs[4].startswith("Prime Minister of Armenia Nikol Pashinyan: Thank you, Mr President.")
    assert paragraphs[5].startswith("Our trade is indeed growing"), "the turn goes on after the photo"
    assert paragraphs[6] == "Vladimir Putin: Certainly, we will discuss everything."
    assert paragraphs[-1] == "(The conversation continued behind closed doors.)"
    for hidden in ("Eurasian Economic Union, founded", "Photo:", "editor's draft", "Screen reader", "*",
                   "See also", "Share", "Latest", "Search", "Creative Commons", "Topics"):
        assert hidden not in doc.text, hidden


def test_transcript_page_metadata_keeps_the_zone_of_the_precise_date():
    doc = read(WEB / "meeting-transcript.html")
    assert doc.title == "Meeting with Prime Minister of Armenia Nikol Pashinyan"
    assert doc.published_at == datetime(2023, 5, 25, 14, 10, tzinfo=timezone(timedelta(hours=3)))
    assert doc.metadata["language"] == "en"


def test_transcript_page_statements(pipeline, tmp_path):
    said = statements_of(pipeline([WEB / "meeting-transcript.html"], tmp_path))
    assert [(kind, who) for kind, who, _ in said] == [
        ("speech", "President of Russia Vladimir Putin"), ("speech", "Prime Minister of Armenia Nikol Pashinyan"),
        ("speech", "Vladimir Putin")]
    assert said[0][2].startswith("Mr Prime Minister, friends, I am very happy to see you.")
    assert said[2][2] == "Certainly, we will discuss everything."


def test_article_inside_a_complementary_box_is_found_by_structure():
    page = ("<html><body><div class='layout'><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            "<div role='complementary' class='sidebar-main'><article><h1>Budget passes</h1>"
            + "".join(f"<p><strong>Speaker {i}:</strong> The budget is a good one, and we support it fully, "
                      f"said the member for district {i}.</p>" for i in range(4))
            + "</article></div><div class='footer'>About us</div></div></body></html>")
    doc = read("page.html", page.encode())
    assert doc.metadata["extraction"] == "structure:article"
    assert doc.text.split("\n\n")[:2] == [
        "Budget passes", "Speaker 0: The budget is a good one, and we support it fully, said the member for district 0."]
    assert "Home" not in doc.text and "About us" not in doc.text


def test_an_old_page_with_its_transcript_in_a_table_cell_and_line_breaks():
    turns = "<br><br>\n".join(
        f"<b>{who}:</b> On the question of the {topic}, the ministry has done what it promised, and more will "
        f"follow in the spring, when the budget is adopted." for who, topic in
        [("CHAIRMAN", "bridge"), ("MR. ADEYEMI", "schools"), ("CHAIRMAN", "clinics"), ("MR. ADEYEMI", "roads")])
    page = ("<html><head><title>Hearing of the Committee on Works</title></head><body><table>"
            "<tr><td class='menu'><a href='/'>Home</a><br><a href='/h'>Hearings</a><br><a href='/m'>Members</a></td>"
            f"<td class='main'><font size=2>{turns}</font></td></tr></table>"
            "<p>Page last updated in May.</p><p><a href='/contact'>Contact the committee</a></p></body></html>")
    doc = read("hearing.htm", page.encode())
    assert doc.metadata["extraction"] == "extractor"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Hearing of the Committee on Works"
    assert [p.split(":")[0] for p in paragraphs[1:]] == ["CHAIRMAN", "MR. ADEYEMI", "CHAIRMAN", "MR. ADEYEMI"]
    assert "Home" not in doc.text and "last updated" not in doc.text


def test_a_page_drawn_by_scripts_is_read_from_its_json_ld_article_body():
    body = ("Minister Ana Ruiz: The new line will open in June, and tickets will cost the same as on the buses.\n"
            "Q: Why did it take six years?\n"
            "Minister Ana Ruiz: Because we had to move the water mains first, and that took three of them.")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tram line opens in June",
                     "datePublished": "2024-02-01T08:00:00Z", "articleBody": body})
    page = ("<!doctype html><html><head><title>Tram line opens in June - Metro Daily</title>"
            f"<script type='application/ld+json'>{ld}</script></head><body><nav><a href='/'>Home</a></nav>"
            "<div id='app'><p>Loading…</p></div><script src='/bundle.js'></script></body></html>")
    doc = read("tram.html", page.encode())
    assert doc.metadata["extraction"] == "json-ld:articleBody"
    assert doc.title == "Tram line opens in June"
    assert doc.published_at == datetime(2024, 2, 1, 8, 0, tzinfo=timezone.utc)
    assert doc.text == "Tram line opens in June\n\n" + body.replace("\n", "\n\n")


def test_a_page_of_divs_and_line_breaks_keeps_its_lines():
    page = ("<!DOCTYPE html><html><head><title>Q&amp;A with the mayor - City Voice</title></head><body>"
            "<div id='menu'><a href='/a'>Front page</a> | <a href='/b'>Archive</a></div>"
            "<div class='post'><p>MAYOR: We will open the bridge in June.<br>Q: Why so late?<br>"
            "MAYOR: Because the steel came late, and the contractor needed three more months.</p>"
            "<ul><li>First point, with enough words to be a paragraph of its own.</li></ul>"
            "<h2>Next steps</h2><table><tr><td>Opening:</td><td>June</td></tr></table></div></body></html>")
    doc = read("qa.htm", page.encode())
    assert doc.title == "Q&A with the mayor"
    assert doc.text == ("Q&A with the mayor\n\nMAYOR: We will open the bridge in June.\nQ: Why so late?\n"
                        "MAYOR: Because the steel came late, and the contractor needed three more months.\n\n"
                        "First point, with enough words to be a paragraph of its own.\n\nNext steps\n\n"
                        "Opening: June")


# -- encodings, sniffing, size, broken pages --------------------------------
def test_windows_1251_page_declared_by_meta_charset():
    page = ("<html><head><meta charset=\"windows-1251\"><title>Заявление для прессы</title></head><body><article>"
            "<p><b>Президент России Владимир Путин:</b> Уважаемые дамы и господа! Переговоры прошли в деловой "
            "и конструктивной атмосфере.</p><p>Мы обсудили торговлю, энергетику и транспорт, и договорились "
            "продолжить работу.</p></article></body></html>")
    doc = read("statement.html", page.encode("cp1251"))
    assert doc.metadata["encoding"] == "cp1251"
    assert doc.title == "Заявление для прессы"
    assert "Президент России Владимир Путин: Уважаемые дамы и господа!" in doc.text


def test_web_page_with_a_wrong_or_missing_suffix_is_sniffed(pipeline, tmp_path):
    page = (WEB / "news-article.html").read_bytes()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "saved.txt").write_bytes(page)
    (tmp_path / "in" / "saved").write_bytes(b"\xef\xbb\xbf\n  " + page)
    tables = pipeline([tmp_path / "in"], tmp_path / "run")
    documents = tables["documents"].to_pylist()
    assert [d["format"] for d in documents] == ["html", "html"]
    assert {d["title"] for d in documents} == {"Council approves flood defences for the river quarter"}
    assert html_reader.etl_read(source="notes.txt", data=b"Minutes of the meeting\n\n<b>not a page</b>") is None
    fragment = b"<!-- saved -->\n<meta charset='utf-8'><title>Talks</title><p>" + b"The talks went on. " * 20
    assert html_reader.etl_read(source="https://example.org/talks", data=fragment)[0].title == "Talks"


def test_a_50_megabyte_page_is_read_quickly(tmp_path):
    turn = ("<p><b>Member {i}:</b> The committee has examined the estimates for the year, and we find that "
            "the spending on roads, schools and clinics is in line with the plan we adopted in the spring.</p>\n")
    furniture = "<div class='related'><a href='/x'>Other story</a></div><script>var a = 1;</script>\n"
    chunks = ["<!doctype html><html><head><title>Committee hearing</title></head><body><main>"]
    size, i = 0, 0
    while size < 50 * 2**20:
        chunk = turn.format(i=i) + (furniture if i % 10 == 0 else "")
        chunks.append(chunk)
        size += len(chunk)
        i += 1
    chunks.append("</main></body></html>")
    path = tmp_path / "hearing.html"
    path.write_text("".join(chunks), encoding="utf-8")
    began = time.perf_counter()
    doc = read(path)
    elapsed = time.perf_counter() - began
    assert elapsed < 60, f"{elapsed:.1f} s for 50 MB"
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == i + 1  # the title, then every turn
    assert paragraphs[-1].startswith(f"Member {i - 1}: The committee")
    assert "Other story" not in doc.text


def test_truncated_page_keeps_what_it_has_and_garbage_is_an_error_row(pipeline, tmp_path):
    page = (WEB / "news-article.html").read_bytes()
    cut = page.index(b"against the plan, said") + len(b"against the plan, said")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cut.html").write_bytes(page[:cut])
    (tmp_path / "in" / "garbage.html").write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 40)
    tables = pipeline([tmp_path / "in"], tmp_path / "run")
    doc = tables["documents"].to_pylist()[0]
    assert doc["source"].endswith("cut.html")
    assert doc["text"].endswith("Councillor Tom Becker, who voted against the plan, said")
    assert doc["title"] == "Council approves flood defences for the river quarter"
    errors = tables["errors"].to_pylist()
    assert [(e["source"].rsplit("/", 1)[-1], e["stage"], e["plugin"]) for e in errors] == [
        ("garbage.html", "read", "html")]
    assert errors[0]["message"] == "the file is binary, not text (it holds NUL bytes)"


def test_a_page_without_text_is_one_line_error():
    with pytest.raises(InputError, match="the page holds no text"):
        read("empty.html", b"<html><head><title>Home | Site</title></head><body><nav><a href='/'>Home</a></nav>"
                           b"<script>var a = 1;</script><p hidden>Loading</p></body></html>")


# -- the same article as text and as a web page -----------------------------
TRANSCRIPT = """Talks on energy cooperation continue in Baku

The delegations met in the Presidential Palace.

President of Azerbaijan Ilham Aliyev: Dear Mr President, welcome to Azerbaijan. Our trade has grown by 20 percent, and we are ready to do more.

President of Kazakhstan Kassym-Jomart Tokayev: Thank you for the invitation. We have six roadmaps, covering transport, energy and culture.

"We will continue the work on the corridor," Aliyev said after the talks."""


def as_web_page(text: str) -> str:
    """The text as a site would publish it: title in <h1>, turns in <p> with bold labels, furniture around."""
    title, *paragraphs = text.split("\n\n")
    body = []
    for para in paragraphs:
        label, sep, rest = para.partition(": ")
        if sep and len(label) < 60 and not label.startswith('"'):
            para = f"<b>{label}:</b> {rest}"
        body.append(f"<p>{para}</p>")
    body.insert(2, "<figure><img src='a.jpg'><figcaption>The talks. Photo: Press Office</figcaption></figure>")
    return ("<!doctype html><html lang='en'><head><title>" + title + " | Caspian News</title>"
            "<script>track('page');</script></head><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
            "<div class='share-row'><a>Facebook</a><a>Twitter</a></div><main><h1>" + title + "</h1>"
            + "".join(body) + "</main><div class='related'><h3>See also</h3><a href='/z'>Older talks</a></div>"
            "<footer>© Caspian News</footer></body></html>")


def test_the_same_article_gives_the_same_statements_as_text_and_as_a_web_page(pipeline, tmp_path):
    (tmp_path / "txt").mkdir()
    (tmp_path / "web").mkdir()
    (tmp_path / "txt" / "talks.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "web" / "talks.html").write_text(as_web_page(TRANSCRIPT), encoding="utf-8")
    as_text = pipeline([tmp_path / "txt"], tmp_path / "a")
    as_page = pipeline([tmp_path / "web"], tmp_path / "b")
    assert as_page["documents"].column("text").to_pylist() == [TRANSCRIPT]
    said = statements_of(as_text)
    assert [who for _, who, _ in said] == ["President of Azerbaijan Ilham Aliyev",
                                           "President of Kazakhstan Kassym-Jomart Tokayev"]
    assert statements_of(as_page) == said


def test_no_break_spaces_show_as_written_and_a_split_heading_titles_by_its_first_line():
    page = ("<html><body><article><h1>Press Briefing<br>April 4, 2023</h1>"
            "<p>Q&nbsp;&nbsp;&nbsp; Thank you, Karen. When will the first loans go out to the banks?</p>"
            "<p>MS. DELGADO:&nbsp; On Monday, and the Treasury will publish every loan it makes.</p></article>"
            "</body></html>")
    doc = read("briefing.html", page.encode())
    assert doc.title == "Press Briefing"
    assert doc.text == ("Press Briefing\nApril 4, 2023\n\n"
                        "Q    Thank you, Karen. When will the first loans go out to the banks?\n\n"
                        "MS. DELGADO:  On Monday, and the Treasury will publish every loan it makes.")


LABEL = re.compile(r"^([A-Z][\w .'’()-]{1,60}?):(\s)")


def development_set_as_pages(folder: Path) -> None:
    """Each document of the development gold set as a page: paragraphs in <p>, lines split by <br>,
    labels in <b>, a photo after the third paragraph, navigation, share row, related box, footer. The
    files keep their names, `.txt` included, so the gold finds them: the reader must sniff them."""
    for path in sorted((GOLD / "docs").glob("*.txt")):
        title, *paragraphs = path.read_text(encoding="utf-8").strip().split("\n\n")
        body = ["<p>" + "<br>\n".join(LABEL.sub(r"<b>\1:</b>\2", escape(line)) for line in para.split("\n")) + "</p>"
                for para in paragraphs]
        body.insert(3, "<figure><img src='p.jpg'><figcaption>Photo: agency</figcaption></figure>")
        heading = "<br>".join(map(escape, title.split("\n")))
        (folder / path.name).write_text(
            f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title.split(chr(10))[0])}"
            f" | Site</title><script>var page = 1;</script></head><body><nav><a href='/'>Home</a></nav>"
            f"<div class='share'><a>Facebook</a> <a>Twitter</a></div><article><h1>{heading}</h1>{''.join(body)}"
            f"<aside class='related'><h3>Related</h3><a href='/r'>Other story</a></aside></article>"
            f"<footer>© Site</footer></body></html>", encoding="utf-8")


def test_the_development_gold_set_as_web_pages_scores_as_its_text_does(pipeline, tmp_path):
    from etl.evaluate import score

    (tmp_path / "pages").mkdir()
    development_set_as_pages(tmp_path / "pages")
    pipeline([GOLD / "docs"], tmp_path / "text")
    pipeline([tmp_path / "pages"], tmp_path / "web")
    as_text = score(tmp_path / "text" / "dataset", GOLD)["attributed_tokens"]["f"]
    as_pages = score(tmp_path / "web" / "dataset", GOLD)["attributed_tokens"]["f"]
    assert as_text > 0.98
    assert as_pages >= as_text - 0.005, (as_pages, as_text)


# -- what `etl plugins` says -------------------------------------------------
def test_etl_read_suffixes_are_listed_by_etl_plugins(cli):
    from etl.plugins import default_host

    reads = default_host().read_suffixes()
    assert reads["html"] == [".html", ".htm", ".xhtml"]
    assert reads["text"] == [".txt", ".text", ".md", ".markdown"]
    assert set(reads) == {"html", "text", "tables", "compressed", "archives", "warc", "pdf"}, \
        "only readers name suffixes"
    result = cli(["plugins"])
    assert result.exit_code == 0
    assert "reads" in result.output
    for suffix in (".xhtml", ".markdown"):
        assert suffix in result.output
