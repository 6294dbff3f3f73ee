"""Hostile inputs cannot hang or kill a run; keys are keys; sources do not leak.

Every bad input here is real: a FIFO, a symbolic link to /dev/zero, a file
name with a byte that is not UTF-8, a folder the run cannot read (the run
drops to the user ``nobody`` in a child process, since the tests run as
root and root reads every folder), a dataset folder named with a quote,
plugins registered at run time that break the hook contract.
"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import etl
from conftest import ROOT, SEEDS
from etl.model import Document, SpeakerRef, Statement
from etl.plugins import default_host
from etl.runner import run
from etl.sources import DEFAULT_MAX_FILE_SIZE

SEED = SEEDS / "002_0e90039bceaf11c3.txt"
PIPELINE = ["text", "segmenter", "speakers"]


def etl_command(args: list, tmp_path: Path, timeout: float = 120, cwd: Path | None = None,
                memory: int | None = None) -> subprocess.CompletedProcess:
    """`python -m etl ARGS` in a child process, which a hang or a runaway read cannot take the tests down with."""
    env = {**os.environ, "ETL_CACHE_DIR": str(tmp_path / "cache"), "ETL_LOAD_PLUGINS": ",".join(PIPELINE)}

    def limit_memory() -> None:
        if memory:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run([sys.executable, "-m", "etl", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=cwd, preexec_fn=limit_memory)


def errors_of(out: Path) -> list[dict]:
    return pq.read_table(out / "errors.parquet").to_pylist()


def sources_of(out: Path) -> list[str]:
    return pq.read_table(out / "documents.parquet").column("source").to_pylist()


def corpus_with_seed(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.txt")
    return corpus


@pytest.fixture
def host():
    return default_host(only=PIPELINE)


# -- 1. special files and sizes -----------------------------------------------------------------
def test_a_fifo_named_txt_is_an_error_row_not_a_hang(tmp_path):
    corpus = corpus_with_seed(tmp_path)
    os.mkfifo(corpus / "x.txt")  # no writer will ever open it
    try:
        done = etl_command(["run", corpus, "--out", tmp_path / "ds", "-j", "1"], tmp_path, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("etl run hung on a FIFO")
    assert done.returncode == 1, done.stderr
    assert errors_of(tmp_path / "ds") == [{"source": "corpus/x.txt", "stage": "read", "plugin": "etl",
                                           "message": "not a regular file (a FIFO); only regular files are read"}]
    assert sources_of(tmp_path / "ds") == ["corpus/good.txt"]


def test_a_symlink_to_dev_zero_is_an_error_row_not_a_runaway_read(tmp_path):
    corpus = corpus_with_seed(tmp_path)
    (corpus / "zero.txt").symlink_to("/dev/zero")
    try:  # 2 GiB of address space: a read of /dev/zero to the end fails instead of filling the machine
        done = etl_command(["run", corpus, "--out", tmp_path / "ds", "-j", "1"], tmp_path, timeout=60,
                           memory=2 << 30)
    except subprocess.TimeoutExpired:
        pytest.fail("etl run kept reading /dev/zero")
    assert done.returncode == 1, done.stderr
    [error] = errors_of(tmp_path / "ds")
    assert (error["source"], error["stage"]) == ("corpus/zero.txt", "read")
    assert error["message"] == "not a regular file (a character device); only regular files are read"
    assert sources_of(tmp_path / "ds") == ["corpus/good.txt"]


def test_a_file_over_the_size_limit_is_an_error_row_and_the_limit_is_configurable(cli, tmp_path):
    corpus = corpus_with_seed(tmp_path)
    size = SEED.stat().st_size
    (corpus / "big.txt").write_text("Word. " * 1000, encoding="utf-8")  # 6,000 bytes
    assert size < 5000
    result = cli(["run", corpus, "--out", tmp_path / "ds", "--max-file-size", "5K", "-j", "1"])
    assert result.exit_code == 1, result.output
    [error] = errors_of(tmp_path / "ds")
    assert error["source"] == "corpus/big.txt" and error["stage"] == "read"
    assert error["message"].startswith("the file is 6,000 bytes, over the limit of 5,120;")
    assert sources_of(tmp_path / "ds") == ["corpus/good.txt"]
    # The project file's key, and the command line over it.
    (tmp_path / "etl.toml").write_text('max_file_size = "5K"\n', encoding="utf-8")
    result = cli(["run", corpus, "--out", tmp_path / "ds2", "--config", tmp_path / "etl.toml", "-j", "1"])
    assert result.exit_code == 1 and [e["source"] for e in errors_of(tmp_path / "ds2")] == ["corpus/big.txt"]
    result = cli(["run", corpus, "--out", tmp_path / "ds3", "--config", tmp_path / "etl.toml",
                  "--max-file-size", "1M", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert sorted(sources_of(tmp_path / "ds3")) == ["corpus/big.txt", "corpus/good.txt"]
    bad = cli(["run", corpus, "--out", tmp_path / "ds4", "--max-file-size", "lots"])
    assert bad.exit_code == 1 and "--max-file-size must be a positive size" in bad.output
    assert "Traceback" not in bad.output


def test_the_default_size_limit_admits_a_50_mb_transcript_and_is_stated(cli):
    assert DEFAULT_MAX_FILE_SIZE >= 50 * 1000 * 1000
    shown = f"{DEFAULT_MAX_FILE_SIZE // 2**20}M"
    assert shown in " ".join(cli(["run", "--help"]).output.split())
    assert f"`--max-file-size`" in (ROOT / "README.md").read_text() and shown in (ROOT / "README.md").read_text()


# -- 2. names that are not UTF-8, folders that cannot be read ---------------------------------------
def test_a_file_name_that_is_not_utf8_is_an_error_row_and_the_run_goes_on(tmp_path):
    corpus = corpus_with_seed(tmp_path)
    with open(os.path.join(os.fsencode(corpus), b"bad\xffname.txt"), "wb") as fh:
        fh.write(SEED.read_bytes())
    done = etl_command(["run", corpus, "--out", tmp_path / "ds", "-j", "1"], tmp_path)
    assert "Traceback" not in done.stderr and "UnicodeEncodeError" not in done.stderr
    assert done.returncode == 1
    [error] = errors_of(tmp_path / "ds")
    assert error["source"] == "corpus/bad\\xffname.txt"  # the byte escaped, as text
    assert error["message"] == "the file name is not UTF-8; rename the file"
    assert sources_of(tmp_path / "ds") == ["corpus/good.txt"]
    assert "corpus/bad\\xffname.txt: read (etl): the file name is not UTF-8" in " ".join(done.stderr.split())


AS_NOBODY = """
import os, sys, json
from etl.plugins import default_host
from etl.runner import run

host = default_host(only=["text", "segmenter", "speakers"])
corpus, out, cache, warm = sys.argv[1:5]
# The Python and its packages live under /root, which nobody may enter: a first run, as root,
# imports every module a run needs.
run(host, [warm], out + "-warm", jobs=1, cache_dir=cache + "-warm")
os.setgid(65534)
os.setuid(65534)  # from here on, folders closed to others are closed to this process
summary = run(host, [corpus], out, jobs=1, cache_dir=cache)
print(json.dumps({"documents": summary.documents, "errors": summary.errors}))
"""


def test_an_unreadable_subfolder_is_an_error_row_not_a_silent_gap(tmp_path):
    if os.getuid() != 0:
        pytest.skip("needs root to drop to the user nobody")  # pragma: no cover - the suite runs as root
    # Outside tmp_path, whose parent only root may enter.
    base = Path(tempfile.mkdtemp(prefix="etl-unreadable-", dir="/tmp"))
    try:
        corpus = base / "corpus"
        (corpus / "closed").mkdir(parents=True)
        shutil.copy(SEED, corpus / "good.txt")
        shutil.copy(SEED, corpus / "closed" / "hidden.txt")
        for path in (base, corpus):
            path.chmod(0o755)
        (corpus / "good.txt").chmod(0o644)
        (corpus / "closed").chmod(0o000)  # nobody may list it
        (base / "work").mkdir(mode=0o777)
        (base / "work").chmod(0o777)
        done = subprocess.run([sys.executable, "-c", AS_NOBODY, str(corpus), str(base / "work" / "ds"),
                               str(base / "work" / "cache"), str(SEEDS)], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        import json

        result = json.loads(done.stdout)
        assert result["documents"] == 1
        assert result["errors"] == [{"source": "corpus/closed/", "stage": "read", "plugin": "etl",
                                     "message": "cannot read the folder: Permission denied"}]
    finally:
        (base / "corpus" / "closed").chmod(0o755)
        shutil.rmtree(base)


# -- 3. plugins that breach the contract -------------------------------------------------------------
class ReaderReturningAnInt:
    @etl.hookimpl(tryfirst=True)
    def etl_read(self, source, data):
        return 42 if source.endswith("broken.txt") else None


class SegmenterReturningAnInt:
    @etl.hookimpl(tryfirst=True)
    def etl_segment(self, document):
        return 7 if "broken" in document.source else None


class SegmenterWithBadFields:
    @etl.hookimpl(tryfirst=True)
    def etl_segment(self, document):
        return [Statement("speech", 0, 5, speaker=["not", "text"])] if "broken" in document.source else None


class ResolverReturningStrings:
    @etl.hookimpl(tryfirst=True)
    def etl_resolve_speakers(self, document, statements):
        return ["Jane Doe"] * len(statements) if "broken" in document.source else None


class ResolverMiscounting:
    @etl.hookimpl(tryfirst=True)
    def etl_resolve_speakers(self, document, statements):
        return [SpeakerRef("Jane Doe")] * (len(statements) + 1) if "broken" in document.source else None


class ResolverWithAnEmptyName:
    @etl.hookimpl(tryfirst=True)
    def etl_resolve_speakers(self, document, statements):
        return [SpeakerRef(None)] * len(statements) if "broken" in document.source else None


BREACHES = {
    "int-reader": (ReaderReturningAnInt(), "read",
                   "plugin 'int-reader': etl_read returned int, not a list of etl.model.Document"),
    "int-segmenter": (SegmenterReturningAnInt(), "segment",
                      "plugin 'int-segmenter': etl_segment returned int, not a list of etl.model.Statement"),
    "field-segmenter": (SegmenterWithBadFields(), "segment",
                        "plugin 'field-segmenter': statement at 0:5 has a kind, rule or speaker that is not text "
                        "('speech', '', ['not', 'text'])"),
    "string-resolver": (ResolverReturningStrings(), "resolve",
                        "plugin 'string-resolver': etl_resolve_speakers returned str, not etl.model.SpeakerRef "
                        "or None (the statements are kept without speakers)"),
    "miscounting-resolver": (ResolverMiscounting(), "resolve", "plugin 'miscounting-resolver': etl_resolve_speakers "
                             "returned {m} speakers for {n} statements (the statements are kept without speakers)"),
    "nameless-resolver": (ResolverWithAnEmptyName(), "resolve", "plugin 'nameless-resolver': etl_resolve_speakers "
                          "returned a SpeakerRef whose name is None, not a name (the statements are kept without "
                          "speakers)"),
}


@pytest.mark.parametrize("name", BREACHES)
def test_a_hook_result_that_breaks_the_contract_is_an_error_row_naming_plugin_and_hook(host, tmp_path, name):
    plugin, stage, message = BREACHES[name]
    corpus = corpus_with_seed(tmp_path)
    shutil.copy(SEED, corpus / "broken.txt")
    host.register(plugin, name)
    summary = run(host, [str(corpus)], tmp_path / "ds", jobs=1)
    docs = pq.read_table(tmp_path / "ds" / "documents.parquet").to_pylist()
    statements = pq.read_table(tmp_path / "ds" / "statements.parquet")
    n = sum(d["n_statements"] for d in docs if d["source"] == "corpus/good.txt")
    assert n > 0
    assert summary.errors == errors_of(tmp_path / "ds") == [
        {"source": "corpus/broken.txt", "stage": stage, "plugin": name,
         "message": message.format(m=n + 1, n=n)}]
    # The good file is whole; the broken one keeps what the breach left.
    good = next(d for d in docs if d["source"] == "corpus/good.txt")
    assert statements.filter(pq.ParquetFile(tmp_path / "ds" / "statements.parquet").read()
                             .column("doc_id").to_numpy() == good["doc_id"]).column("speaker_id").null_count < n
    if stage == "read":
        assert [d["source"] for d in docs] == ["corpus/good.txt"]
    elif stage == "segment":
        assert next(d for d in docs if d["source"] == "corpus/broken.txt")["n_statements"] == 0
    else:
        broken = next(d for d in docs if d["source"] == "corpus/broken.txt")
        assert broken["n_statements"] == n
        rows = statements.to_pylist()
        assert all(r["speaker_id"] is None for r in rows if r["doc_id"] == broken["doc_id"])


# -- 4. etl query reads the dataset and nothing else -----------------------------------------------------
@pytest.fixture
def quoted_dataset(tmp_path, host):
    out = tmp_path / "it's data"
    run(host, [str(SEEDS)], out, jobs=1)
    return out


def test_query_works_on_a_dataset_folder_named_with_a_quote(cli, quoted_dataset):
    result = cli(["query", quoted_dataset, "SELECT count(*) AS n FROM documents", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output == "n\n5\n"


def test_a_crafted_folder_name_cannot_run_sql(cli, tmp_path, host, monkeypatch):
    # Pasted into `read_parquet('…')`, this name closed the string and the statement, and ran its own.
    crafted = tmp_path / "x'); COPY (SELECT 42) TO 'pwned.csv'; CREATE VIEW t AS SELECT * FROM read_parquet('x"
    run(host, [str(SEEDS)], crafted, jobs=1)
    shutil.copy(crafted / "documents.parquet", tmp_path / "x")  # so that the first statement reads a file
    monkeypatch.chdir(tmp_path)
    result = cli(["query", crafted, "SELECT count(*) AS n FROM speakers", "--format", "csv"])
    assert not (tmp_path / "pwned.csv").exists()
    assert (result.exit_code, result.output) == (0, "n\n6\n")


@pytest.mark.parametrize("sql", [
    "COPY (SELECT * FROM documents) TO '{tmp}/out.csv'",
    "COPY documents TO '{dataset}/documents.parquet'",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM '{dataset}/statements.parquet'",
    "SET enable_external_access = true",
])
def test_query_is_read_only_unless_unsafe(cli, quoted_dataset, tmp_path, sql):
    before = {p: p.read_bytes() for p in quoted_dataset.rglob("*") if p.is_file()}
    sql = sql.format(tmp=tmp_path, dataset=quoted_dataset)
    result = cli(["query", quoted_dataset, sql])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("error: query ") and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "other.duckdb").exists()
    assert {p: p.read_bytes() for p in quoted_dataset.rglob("*") if p.is_file()} == before


def test_query_unsafe_lifts_the_restriction(cli, quoted_dataset, tmp_path):
    target = tmp_path / "export.csv"
    result = cli(["query", quoted_dataset, f"COPY (SELECT name FROM speakers ORDER BY name) TO '{target}'",
                  "--unsafe"])
    assert result.exit_code == 0, result.output
    assert target.read_text().splitlines()[0] == "name"
    assert "--unsafe" in cli(["query", "--help"]).output


# -- 5. keys that are keys --------------------------------------------------------------------------
def test_ids_are_unique_in_every_table_when_files_repeat_a_text(cli, tmp_path):
    corpus = tmp_path / "corpus"
    for copy in ("a", "b", "c"):
        shutil.copytree(SEEDS, corpus / copy)
    # Two canonical names that fold to one key: one speaker row, one id.
    (corpus / "d").mkdir()
    (corpus / "d" / "1.txt").write_text('Talks resume\n\n"We will meet again," said Jean-Luc Picard.\n')
    (corpus / "d" / "2.txt").write_text('Talks end\n\n"We are done," said Jean Luc Picard.\n')
    result = cli(["run", corpus, "--out", tmp_path / "ds", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "17 documents" in result.output and "10 duplicate texts" in result.output
    docs = pq.read_table(tmp_path / "ds" / "documents.parquet").to_pylist()
    statements = pq.read_table(tmp_path / "ds" / "statements.parquet").to_pylist()
    speakers = pq.read_table(tmp_path / "ds" / "speakers.parquet").to_pylist()
    assert len({d["doc_id"] for d in docs}) == len(docs) == 17
    assert len({s["statement_id"] for s in statements}) == len(statements) == 3 * 31 + 2
    assert len({s["speaker_id"] for s in speakers}) == len(speakers)
    picard = [s for s in speakers if "Picard" in s["name"]]
    assert len(picard) == 1 and picard[0]["n_documents"] == 2
    assert sorted(d["source"] for d in docs) == sorted(
        [f"corpus/{c}/{p.name}" for c in "abc" for p in SEEDS.iterdir()] + ["corpus/d/1.txt", "corpus/d/2.txt"])
    # Each seed text three times: the same text_hash, and the README's join is one row per statement.
    assert len({d["text_hash"] for d in docs}) == 7
    joined = cli(["query", tmp_path / "ds", "SELECT count(*) AS n FROM statements JOIN documents USING (doc_id)",
                  "--format", "csv"])
    assert joined.output == f"n\n{len(statements)}\n"


def test_a_reader_returning_identical_documents_gets_distinct_ids(tmp_path, host):
    class Twice:
        @etl.hookimpl(tryfirst=True)
        def etl_read(self, source, data):
            text = data.decode()
            return [Document(source=source, text=text, doc_id="mine"), Document(source=source, text=text)]

    host.register(Twice(), "twice")
    corpus = corpus_with_seed(tmp_path)
    run(host, [str(corpus)], tmp_path / "ds", jobs=1)
    docs = pq.read_table(tmp_path / "ds" / "documents.parquet").to_pylist()
    assert len(docs) == 2 and docs[0]["doc_id"] != docs[1]["doc_id"] and "mine" not in {d["doc_id"] for d in docs}
    assert docs[0]["text_hash"] == docs[1]["text_hash"]


def test_cached_rows_of_identical_bytes_are_not_reused_under_another_doc_id(tmp_path, host):
    corpus = corpus_with_seed(tmp_path)
    run(host, [str(corpus)], tmp_path / "ds", jobs=1)
    first = pq.read_table(tmp_path / "ds" / "documents.parquet").to_pylist()
    shutil.copy(SEED, corpus / "same.txt")  # the same bytes as a cached source
    summary = run(host, [str(corpus)], tmp_path / "ds", jobs=1)
    assert summary.reused == 1 and summary.computed == 1 and summary.duplicate_texts == 1
    docs = pq.read_table(tmp_path / "ds" / "documents.parquet").to_pylist()
    assert [d["source"] for d in docs] == ["corpus/good.txt", "corpus/same.txt"]
    assert docs[0]["doc_id"] == first[0]["doc_id"] != docs[1]["doc_id"]
    statements = pq.read_table(tmp_path / "ds" / "statements.parquet").to_pylist()
    assert len({s["statement_id"] for s in statements}) == len(statements)
    assert {s["doc_id"] for s in statements} == {d["doc_id"] for d in docs}


# -- 6. sources are stored relative to what the user named --------------------------------------------
def test_sources_do_not_depend_on_how_or_where_the_folder_is_named(tmp_path):
    data = tmp_path / "home" / "me" / "data"
    shutil.copytree(SEEDS, data / "X" / "sub")
    absolute = etl_command(["run", data / "X", "--out", tmp_path / "abs", "-j", "1"], tmp_path)
    relative = etl_command(["run", "X", "--out", tmp_path / "rel", "-j", "1"], tmp_path, cwd=data)
    assert absolute.returncode == relative.returncode == 0, absolute.stderr + relative.stderr
    expected = [f"X/sub/{p.name}" for p in sorted(SEEDS.iterdir())]
    assert sources_of(tmp_path / "abs") == expected
    assert str(tmp_path) not in (tmp_path / "abs" / "documents.parquet").read_bytes().decode("latin-1")
    for table in ("documents", "statements", "speakers", "errors"):
        assert (tmp_path / "abs" / f"{table}.parquet").read_bytes() == \
            (tmp_path / "rel" / f"{table}.parquet").read_bytes(), table


def test_a_file_is_stored_by_its_name_and_a_glob_under_its_fixed_folder(tmp_path, host):
    shutil.copytree(SEEDS, tmp_path / "in" / "news" / "2024")
    first, second = sorted((tmp_path / "in" / "news" / "2024").iterdir())[:2]
    run(host, [str(first)], tmp_path / "one", jobs=1)
    assert sources_of(tmp_path / "one") == [first.name]
    run(host, [str(tmp_path / "in" / "news" / "*" / "00[01]_*.txt")], tmp_path / "glob", jobs=1)
    assert sources_of(tmp_path / "glob") == [f"news/2024/{first.name}", f"news/2024/{second.name}"]


def test_two_sources_that_would_store_the_same_name_are_told_apart(tmp_path, host):
    for year in ("2023", "2024"):
        shutil.copytree(SEEDS, tmp_path / year / "X")
    run(host, [str(tmp_path / "2023" / "X"), str(tmp_path / "2024" / "X")], tmp_path / "ds", jobs=1)
    names = sorted(p.name for p in SEEDS.iterdir())
    assert sources_of(tmp_path / "ds") == [f"{y}/X/{n}" for y in ("2023", "2024") for n in names]
    run(host, [str(tmp_path / "2023" / "X" / names[0]), str(tmp_path / "2024" / "X" / names[0])],
        tmp_path / "files", jobs=1)
    assert sources_of(tmp_path / "files") == [f"2023/X/{names[0]}", f"2024/X/{names[0]}"]


def test_readers_get_the_stored_name_and_the_core_opens_the_real_path(tmp_path, host):
    seen = []

    class Spy:
        @etl.hookimpl(tryfirst=True)
        def etl_read(self, source, data):
            seen.append((source, len(data)))

    host.register(Spy(), "spy")
    corpus = corpus_with_seed(tmp_path)
    run(host, [str(corpus)], tmp_path / "ds", jobs=1)
    assert seen == [("corpus/good.txt", SEED.stat().st_size)]


# -- 7. dates, options, help -------------------------------------------------------------------------
def test_a_date_without_a_zone_is_not_stored_as_utc(tmp_path, host):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = '\n\n"We will talk again," said Jane Doe.\n'
    (corpus / "local.txt").write_text("Talks in Kyiv\n22 February 2022, 15:40" + body, encoding="utf-8")
    (corpus / "zoned.txt").write_text("Talks in Baku\n24 September 2021 15:06 (UTC +04:00)" + body,
                                      encoding="utf-8")
    run(host, [str(corpus)], tmp_path / "ds", jobs=1)
    docs = {d["source"]: d for d in pq.read_table(tmp_path / "ds" / "documents.parquet").to_pylist()}
    local, zoned = docs["corpus/local.txt"], docs["corpus/zoned.txt"]
    assert local["published_at"] is None
    assert str(local["published_local"]) == "2022-02-22 15:40:00"
    assert str(zoned["published_at"]) == "2021-09-24 11:06:00+00:00"
    assert str(zoned["published_local"]) == "2021-09-24 15:06:00"
    field = pq.read_schema(tmp_path / "ds" / "documents.parquet").field("published_local")
    assert field.type.tz is None and b"local to where it was published" in field.metadata[b"description"]


def test_options_for_a_plugin_that_takes_none_are_rejected(cli, tmp_path):
    (tmp_path / "etl.toml").write_text("[plugins.text]\nencodng = \"latin-1\"\n", encoding="utf-8")
    result = cli(["run", SEEDS, "--out", tmp_path / "ds", "--config", tmp_path / "etl.toml"])
    assert result.exit_code == 1
    assert result.output.strip() == ("error: plugin 'text': takes no options (it implements no etl_configure), "
                                     "but is given encodng; remove them")
    assert not (tmp_path / "ds").exists()


def test_help_shows_brackets_as_written(cli):
    assert "pip install 'etl[ray]'" in " ".join(cli(["run", "--help"]).output.split())


def test_naming_the_same_files_otherwise_renames_them_on_the_next_run(tmp_path):
    """The no-op check made before the plugins load knows that the names follow the command line."""
    folder = tmp_path / "X"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    out = tmp_path / "ds"
    assert etl_command(["run", folder / "a.txt", "--out", out, "-j", "1"], tmp_path).returncode == 0
    assert sources_of(out) == ["a.txt"]
    again = etl_command(["run", folder, "--out", out, "-j", "1"], tmp_path)
    assert again.returncode == 0 and "up to date" not in again.stdout
    assert sources_of(out) == ["X/a.txt"]
    third = etl_command(["run", folder, "--out", out, "-j", "1"], tmp_path)
    assert "up to date" in third.stdout and sources_of(out) == ["X/a.txt"]


def test_a_query_vector_that_is_not_numbers_is_one_line_naming_the_plugin(cli, tmp_path, monkeypatch):
    import numpy as np

    import etl_plugins.enrichers.embeddings as embeddings
    from etl.testing import run_pipeline

    # Vectors without the model: the dataset needs an embedding column, not a meaningful one.
    monkeypatch.setattr(embeddings, "embed", lambda texts: np.ones((len(texts), 384), np.float32))
    run_pipeline([SEED.read_text(encoding="utf-8")], {"embeddings": embeddings}, tmp_path)

    class NotAVector:
        def tolist(self):
            return 7

    monkeypatch.setattr(embeddings, "embed", lambda texts: [NotAVector()])
    result = cli(["search", tmp_path / "dataset", "trade"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip() == ("error: plugin 'embeddings': etl_embed_query returned int, "
                                     "not a list of numbers")


def test_hostile_file_names_are_shown_as_they_are_on_one_line(tmp_path):
    corpus = corpus_with_seed(tmp_path)
    (corpus / "[").mkdir()
    (corpus / "[" / "red]note.txt").write_bytes(b"")  # stored as corpus/[/red]note.txt: Rich markup
    (corpus / "[bold]loud.txt").write_bytes(b"")
    (corpus / "two\nlines.txt").write_bytes(b"")
    done = etl_command(["run", corpus, "--out", tmp_path / "ds", "-j", "1"], tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert "error: corpus/[/red]note.txt: read (text): the file is empty" in lines
    assert "error: corpus/[bold]loud.txt: read (text): the file is empty" in lines
    assert "error: corpus/two\\nlines.txt: read (text): the file is empty" in lines
    assert sorted(e["source"] for e in errors_of(tmp_path / "ds")) == [
        "corpus/[/red]note.txt", "corpus/[bold]loud.txt", "corpus/two\nlines.txt"]
