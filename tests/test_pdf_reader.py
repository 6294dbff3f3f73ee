"""PDF: the text of every page in reading order, without running headers, footers and page numbers."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from articles import build, errors, said  # noqa: E402

MINUTES = [
    ["City Council of Springfield", "Minutes of the meeting of 12 March 2024", "",
     "The Mayor opened the meeting at 7 pm and welcomed the residents of the rail yard district.",
     "MAYOR ANA RUIZ: We will build 300 homes by 2026, and a third of them will be affordable.",
     "COUNCILLOR TOM BECKER: The yard floods every spring, and this plan spends only two million",
     "on drainage."],
    ["MAYOR ANA RUIZ: The drainage budget will be reviewed in April.",
     "COUNCILLOR TOM BECKER: Then I will vote for the plan in April, not tonight."],
    ["The council voted 7 to 2 to approve the plan.", "The meeting closed at 9 pm."],
]


def write_pdf(path: Path, pages: list[list[str]], header: str | None = "SPRINGFIELD COUNCIL MINUTES",
              footer: str | None = "Page {page} of {pages}") -> None:
    """A PDF as a council prints its minutes: a running header, the text, a footer with the page number."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for number, lines in enumerate(pages, 1):
        if header:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(72, height - 40, header)
        pdf.setFont("Helvetica", 11)
        y = height - 90
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        if footer:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(width / 2 - 30, 30, footer.format(page=number, pages=len(pages)))
        pdf.setFont("Helvetica", 8)
        pdf.drawString(width - 60, 30, str(number))
        pdf.showPage()
    pdf.save()


def test_pages_in_reading_order_without_running_headers_footers_and_page_numbers(tmp_path):
    path = tmp_path / "minutes.pdf"
    write_pdf(path, MINUTES)
    tables = build([path], tmp_path)
    assert errors(tables) == []
    [doc] = tables["documents"].to_pylist()
    text = doc["text"]
    assert "SPRINGFIELD COUNCIL MINUTES" not in text and "Page 2 of 3" not in text
    assert not any(line.strip().isdigit() for line in text.split("\n"))
    expected = ["\n".join(line for line in page if line) for page in MINUTES]
    assert text == "\n\n".join(expected)
    assert doc["title"] == "City Council of Springfield" and doc["format"] == "pdf"
    speakers = {name for _, _, name in said(tables)}
    assert {"Ana Ruiz", "Tom Becker"} <= {" ".join(n.split()[-2:]) for n in speakers if n}


def test_a_line_printed_once_at_the_top_is_kept(tmp_path):
    path = tmp_path / "one.pdf"
    write_pdf(path, MINUTES[:1], header=None, footer=None)
    [doc] = build([path], tmp_path)["documents"].to_pylist()
    assert doc["text"].startswith("City Council of Springfield\nMinutes of the meeting of 12 March 2024")


def test_a_pdf_without_text_and_a_damaged_pdf_are_one_error_row_each(tmp_path):
    blank = tmp_path / "scan.pdf"
    write_pdf(blank, [[], []], header=None, footer=None)
    damaged = tmp_path / "damaged.pdf"
    write_pdf(damaged, MINUTES)
    damaged.write_bytes(damaged.read_bytes()[:300])
    fake = tmp_path / "fake.pdf"
    fake.write_text("This is a text file with the wrong name.")
    tables = build([blank, damaged, fake], tmp_path)
    by_file = {Path(e["source"]).name: e for e in errors(tables)}
    assert set(by_file) == {"scan.pdf", "damaged.pdf", "fake.pdf"}
    assert all(e["plugin"] == "pdf" and e["stage"] == "read" for e in by_file.values())
    assert "holds no text" in by_file["scan.pdf"]["message"]
    assert "cannot open the PDF" in by_file["damaged.pdf"]["message"]
    assert "does not start as a PDF does" in by_file["fake.pdf"]["message"]


def test_a_pdf_inside_a_zip_is_read(tmp_path):
    import zipfile

    pdf = tmp_path / "minutes.pdf"
    write_pdf(pdf, MINUTES)
    bundle = tmp_path / "council.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.write(pdf, "2024/minutes.pdf")
    tables = build([bundle], tmp_path / "zip")
    assert tables["documents"]["source"].to_pylist() == [f"{bundle.name}/2024/minutes.pdf"]
    assert tables["documents"]["text"].to_pylist() == build([pdf], tmp_path / "pdf")["documents"]["text"].to_pylist()
