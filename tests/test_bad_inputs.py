"""Every bad input becomes an error row naming the file, the stage and the plugin."""
from __future__ import annotations

import shutil

import pyarrow.parquet as pq

from conftest import BAD, SEEDS


def build(cli, tmp_path, *sources):
    out = tmp_path / "ds"
    result = cli(["run", *sources, "--out", out])
    return result, out


def errors_by_file(out):
    rows = pq.read_table(out / "errors.parquet").to_pylist()
    return {row["source"].rsplit("/", 1)[-1]: row for row in rows}


def test_each_bad_file_gets_one_error_row_and_the_run_goes_on(cli, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(BAD, corpus)
    shutil.copy(SEEDS / "002_0e90039bceaf11c3.txt", corpus)
    (corpus / "slides.pptx").write_bytes(b"\xd0\xcf\x11\xe0 an office file no reader reads")
    result, out = build(cli, tmp_path, corpus)

    assert result.exit_code == 1
    errors = errors_by_file(out)
    assert set(errors) == {"empty.txt", "photo.txt", "whitespace.txt", "report.pdf", "slides.pptx"}
    assert "empty" in errors["empty.txt"]["message"]
    assert "binary" in errors["photo.txt"]["message"]
    assert "no reader" in errors["slides.pptx"]["message"]
    assert "cannot open the PDF" in errors["report.pdf"]["message"]
    assert all(e["stage"] == "read" for e in errors.values())
    assert errors["photo.txt"]["plugin"] == "text"
    assert errors["slides.pptx"]["plugin"] == "etl"
    assert errors["report.pdf"]["plugin"] == "pdf"
    # the good documents still made it the Latin-1 one decoded as what it is
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [d["source"].rsplit("/", 1)[-1] for d in docs] == ["002_0e90039bceaf11c3.txt", "latin1.txt"]
    assert docs[1]["text"] == "Le président a déclaré : « Nous avançons. »"


def test_each_error_is_one_line_naming_file_stage_and_plugin(cli, tmp_path):
    result, _ = build(cli, tmp_path, BAD / "photo.txt")
    lines = [line for line in result.output.splitlines() if "photo.txt" in line]
    assert len(lines) == 1
    assert "read (text)" in lines[0] and "binary" in lines[0]
    assert "Traceback" not in result.output


def test_missing_source_is_one_clear_line(cli, tmp_path):
    result, out = build(cli, tmp_path, tmp_path / "nope")
    assert result.exit_code == 1
    assert "no such file or folder" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_glob_that_matches_nothing(cli, tmp_path):
    result, _ = build(cli, tmp_path, str(tmp_path / "*.txt"))
    assert result.exit_code == 1
    assert "matches no file" in result.output
