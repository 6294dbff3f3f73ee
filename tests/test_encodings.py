"""Bytes to text for every reader, and the one normal form every document's text is put in."""
from __future__ import annotations

import pytest

from etl.errors import InputError
from etl.normalise import normalise_text
from etl.testing import run_pipeline
from etl_plugins.readers import html as html_reader
from etl_plugins.readers import text as text_reader
from etl_plugins.readers.encoding import decode

TRANSCRIPT = ("Committee hearing on the water bill\n\n"
              "CHAIR: The committee will come to order.\n\n"
              "MS. OKAFOR: Thank you, Chair. The bill gives every district clean water by 2030.\n")
RUSSIAN = ("Заявление для прессы\n\n"
           "Президент России Владимир Путин: Уважаемые дамы и господа! Переговоры прошли в деловой "
           "и конструктивной атмосфере, мы обсудили торговлю и энергетику.\n")


def read_text(data: bytes, name: str = "hearing.txt"):
    docs = text_reader.etl_read(source=name, data=data)
    assert docs is not None and len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("codec, label", [
    ("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("utf-32", "utf-32-le"),
])
def test_unicode_files_with_a_byte_order_mark(codec, label):
    data = TRANSCRIPT.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = read_text(data)
    assert doc.text == TRANSCRIPT.strip()
    assert doc.metadata["encoding"] == label
    assert doc.title == "Committee hearing on the water bill"


def test_utf16_without_a_mark_is_recognised():
    doc = read_text(TRANSCRIPT.encode("utf-16-le"))
    assert doc.text == TRANSCRIPT.strip() and doc.metadata["encoding"] == "utf-16-le"


def test_a_utf16_file_goes_through_the_pipeline(monkeypatch, tmp_path):
    monkeypatch.setenv("ETL_LOAD_PLUGINS", "text,html,segmenter,speakers")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hearing.txt").write_bytes(TRANSCRIPT.encode("utf-16"))
    tables = run_pipeline([tmp_path / "in"], out=tmp_path / "run", installed=True)
    assert tables["errors"].num_rows == 0
    said = [(s["speaker_mention"], s["text"]) for s in tables["statements"].to_pylist()]
    assert said == [("CHAIR", "The committee will come to order."),
                    ("MS. OKAFOR", "Thank you, Chair. The bill gives every district clean water by 2030.")]


def test_a_legacy_single_byte_file_is_detected():
    doc = read_text(RUSSIAN.encode("cp1251"), "statement.txt")
    assert doc.text == RUSSIAN.strip()
    assert doc.metadata["encoding"] == "cp1251"


def test_a_page_declared_latin1_is_read_as_windows_1252():
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'></head><body>"
            "<article><p>“Nous avons déclaré la séance ouverte,” said the mayor of Orléans, and the council "
            "agreed to meet again in the spring to vote on the budget for the new schools.</p></article>"
            "</body></html>")
    doc = html_reader.etl_read(source="p.html", data=page.encode("cp1252"))[0]
    assert doc.metadata["encoding"] == "cp1252"
    assert doc.text.startswith("“Nous avons déclaré la séance ouverte,” said the mayor of Orléans")


def test_valid_utf8_wins_over_a_stale_declaration():
    """A page re-saved as UTF-8 often keeps its old `<meta charset>`: bytes that are valid UTF-8 are UTF-8."""
    page = ("<html><head><meta charset='windows-1251'></head><body><main><p>Café “Déjà vu” reopened, "
            "said the owner, who had closed it for the winter to repair the roof and the kitchen.</p></main>"
            "</body></html>").encode("utf-8")
    doc = html_reader.etl_read(source="p.html", data=page)[0]
    assert doc.metadata["encoding"] == "utf-8"
    assert doc.text.startswith("Café “Déjà vu” reopened")


def test_nul_bytes_after_the_first_8_kib_do_not_reach_the_text():
    data = ("Minutes\n\n" + "The council met and discussed the budget. " * 300).encode() + b"\x00\x00tail\x00.\n"
    assert b"\x00" not in data[:8192]
    doc = read_text(data, "minutes.txt")
    assert "\x00" not in doc.text
    assert doc.text.endswith("budget. tail.")


def test_nul_bytes_at_the_start_are_a_binary_file():
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"x" * 100)


def test_binary_data_behind_a_byte_order_mark_is_still_binary():
    with pytest.raises(InputError, match="binary, not text \\(it holds control characters\\)"):
        decode(b"\xff\xfe" + "".join(chr(c % 31 + 1) for c in range(400)).encode("utf-16-le"))


@pytest.mark.parametrize("raw, expected", [
    ("MS.\u00a0ROE:\u00a0Thanks.", "MS. ROE: Thanks."),
    ("Mr\u2009Smith said:\u202f“Yes.”", "Mr Smith said: “Yes.”"),
    ("Spe\u200baker:\u200d text\ufeff", "Speaker: text"),
    ("line one\r\nline two\rline three", "line one\nline two\nline three"),
    ("para\u2029next\u2028line", "para\n\nnext\nline"),
    ("co\u00adoperation", "cooperation"),
    ("plain ascii\n", "plain ascii\n"),
])
def test_normal_form(raw, expected):
    assert normalise_text(raw) == expected
    assert normalise_text(expected) == expected


def test_every_unicode_space_separator_is_a_space():
    import sys
    import unicodedata

    from etl.normalise import SPACES

    separators = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs"} - {" "}
    assert set(SPACES) == separators
    assert normalise_text("".join(sorted(separators))) == " " * len(separators)


def test_unicode_spaces_and_windows_line_ends_do_not_stop_a_rule(monkeypatch, tmp_path):
    """The same transcript with no-break spaces, thin spaces, zero-width characters and CRLF gives the same statements."""
    monkeypatch.setenv("ETL_LOAD_PLUGINS", "text,segmenter,speakers")
    odd = (TRANSCRIPT.replace("MS. OKAFOR: ", "MS.\u00a0OKAFOR:\u00a0").replace("CHAIR: ", "CHAIR:\u202f")
           .replace("clean water", "clean\u200b water").replace("\n", "\r\n"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "plain.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "b" / "odd.txt").write_bytes(odd.encode("utf-8"))
    plain = run_pipeline([tmp_path / "a"], out=tmp_path / "ra", installed=True)
    other = run_pipeline([tmp_path / "b"], out=tmp_path / "rb", installed=True)
    said = lambda t: [(s["speaker_mention"], s["text"]) for s in t["statements"].to_pylist()]  # noqa: E731
    assert said(other) == said(plain) and len(said(plain)) == 2
    assert other["documents"].column("text").to_pylist() == plain["documents"].column("text").to_pylist()
