"""`etl plugins new`: a package that installs, lists, runs and passes its own test at once."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import SEEDS


BIN = Path(sys.executable).parent
ETL, PIP = str(BIN / "etl"), str(BIN / "pip")

TRANSCRIPT = """Council meeting, 12 March 2024

CHAIR: The next item is the rail yard housing plan.
RUIZ: We will build 300 homes by 2026.
"""
CSV = 'title,outlet,text\nHomes approved,Springfield Herald,"""We will build 300 homes,"" said Mayor Ana Ruiz."\n'


def sh(*args, env=None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300)


def test_new_writes_a_package_registering_its_entry_point(cli, tmp_path):
    result = cli(["plugins", "new", "word-tally", "--dir", tmp_path])
    assert result.exit_code == 0, result.output
    package = tmp_path / "word-tally"
    assert sorted(str(p.relative_to(package)) for p in package.rglob("*") if p.is_file()) == [
        "README.md", "etl_word_tally.py", "pyproject.toml", "tests/test_etl_word_tally.py"]
    project = tomllib.loads((package / "pyproject.toml").read_text())
    assert project["project"]["name"] == "etl-word-tally"
    assert project["project"]["entry-points"]["etl"] == {"word-tally": "etl_word_tally"}
    assert project["tool"]["setuptools"]["py-modules"] == ["etl_word_tally"]
    assert "statements.word_tally" in (package / "README.md").read_text()


@pytest.mark.parametrize("args, message", [
    (["Word Tally"], "'Word Tally' is not a plugin name: use lowercase letters, digits, - and _"),
    (["text"], "a plugin named 'text' is already installed"),
    (["tally", "--kind", "writer"], "Invalid value for '--kind'"),
])
def test_new_rejects_bad_names_in_one_line(cli, tmp_path, args, message):
    result = cli(["plugins", "new", *args, "--dir", tmp_path])
    assert result.exit_code != 0 and message in result.output
    assert list(tmp_path.iterdir()) == []


def test_new_never_overwrites_a_folder(cli, tmp_path):
    (tmp_path / "tally").mkdir()
    (tmp_path / "tally" / "notes.txt").write_text("mine")
    result = cli(["plugins", "new", "tally", "--dir", tmp_path])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {tmp_path / 'tally'} already exists and is not empty; " \
                                    f"choose another name or --dir"
    assert [p.name for p in (tmp_path / "tally").iterdir()] == ["notes.txt"]


@pytest.mark.parametrize("kind", ["enricher", "reader", "segmenter"])
def test_generated_test_passes(cli, tmp_path, kind):
    assert cli(["plugins", "new", f"my-{kind}", "--kind", kind, "--dir", tmp_path]).exit_code == 0
    package = tmp_path / f"my-{kind}"
    env = {**os.environ, "PYTHONPATH": str(package)}
    result = sh(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", package, env=env, cwd=package)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout and "failed" not in result.stdout


def installed(package: Path):
    """pip install -e the package into this venv; the caller uninstalls it."""
    result = sh(PIP, "install", "-q", "--no-deps", "--no-build-isolation", "-e", package)
    assert result.returncode == 0, result.stderr


def test_new_enricher_installs_lists_and_adds_its_column(tmp_path):
    assert sh(ETL, "plugins", "new", "word-tally", "--kind", "enricher", "--dir", tmp_path).returncode == 0
    try:
        installed(tmp_path / "word-tally")
        listed = sh(ETL, "plugins")
        row = [line for line in listed.stdout.splitlines() if "word-tally" in line]
        assert row and "0.1.0" in row[0] and "etl_enrich_statements" in listed.stdout, listed.stdout
        sh(ETL, "run", SEEDS, "--out", tmp_path / "ds")
        errors = pq.read_table(tmp_path / "ds" / "errors.parquet").to_pylist()
        assert [e for e in errors if e["plugin"] == "word-tally"] == []
        statements = pq.read_table(tmp_path / "ds" / "statements.parquet")
        assert statements.schema.field("word_tally").metadata[b"owner"] == b"word-tally"
        assert statements.num_rows > 0
        counts = statements.column("word_tally").to_pylist()
        assert counts == [len(text.split()) for text in statements.column("text").to_pylist()]
        own_test = sh(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", tmp_path / "word-tally",
                      cwd=tmp_path / "word-tally")
        assert own_test.returncode == 0 and "2 passed" in own_test.stdout, own_test.stdout
    finally:
        sh(PIP, "uninstall", "-y", "-q", "etl-word-tally")
    assert "word-tally" not in sh(ETL, "plugins").stdout


def test_new_reader_and_segmenter_install_and_run(tmp_path):
    for kind in ("reader", "segmenter"):
        assert sh(ETL, "plugins", "new", f"tiny-{kind}", "--kind", kind, "--dir", tmp_path).returncode == 0
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "articles.csv").write_text(CSV, encoding="utf-8")
    (tmp_path / "in" / "meeting.txt").write_text(TRANSCRIPT, encoding="utf-8")
    try:
        for kind in ("reader", "segmenter"):
            installed(tmp_path / f"tiny-{kind}")
        env = {**os.environ, "ETL_LOAD_PLUGINS": "text,tiny-reader,tiny-segmenter"}
        result = sh(ETL, "run", tmp_path / "in", "--out", tmp_path / "ds", env=env)
        assert result.returncode == 0, result.stderr
        docs = pq.read_table(tmp_path / "ds" / "documents.parquet").to_pylist()
        by_title = {d["title"]: d for d in docs}
        assert by_title["Homes approved"]["outlet"] == "Springfield Herald"
        statements = pq.read_table(tmp_path / "ds" / "statements.parquet").to_pylist()
        assert [(s["segmenter"], s["speaker_mention"]) for s in statements] == [
            ("tiny-segmenter", "CHAIR"), ("tiny-segmenter", "RUIZ")]
    finally:
        sh(PIP, "uninstall", "-y", "-q", "etl-tiny-reader", "etl-tiny-segmenter")
