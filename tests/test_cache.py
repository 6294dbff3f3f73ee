"""Incremental runs: only new or changed sources, or changed plugins, are processed again."""
from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import etl
from etl.model import Column
from etl.plugins import default_host
from etl.runner import run

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
import turns  # noqa: E402
from generate import document, generate  # noqa: E402

FILES = ("documents.parquet", "statements.parquet", "speakers.parquet", "errors.parquet")
#: What a run writes beside the tables (etl.publish).
METADATA = ("README.md", "SHA256SUMS", "croissant.json", "datapackage.json", "plots")


def same_dataset(a: Path, b: Path) -> bool:
    return all(filecmp.cmp(a / name, b / name, shallow=False) for name in FILES)


@pytest.fixture
def host():
    h = default_host()
    turns.register(h)
    return h


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    generate(folder, 200, seed=3, jobs=1)
    return folder


def test_a_rerun_processes_only_new_and_changed_sources(host, corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = run(host, [str(corpus)], out, batch_size=32, jobs=1, cache_dir=cache)
    assert (first.computed, first.reused) == (200, 0)

    again = run(host, [str(corpus)], out, batch_size=32, jobs=1, cache_dir=cache)
    assert again.up_to_date and again.computed == 0 and again.statements == first.statements

    # Three new documents, one edited, one touched without a change, one removed.
    for i in range(200, 203):
        (corpus / "0000" / f"{i:07d}_new.txt").write_text(document(3, i), encoding="utf-8")
    edited = sorted((corpus / "0000").iterdir())[10]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nPresident Ilham Aliyev: Thank you again.\n",
                      encoding="utf-8")
    touched = sorted((corpus / "0000").iterdir())[20]
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 5_000_000_000))
    sorted((corpus / "0000").iterdir())[30].unlink()

    incremental = run(host, [str(corpus)], out, batch_size=32, jobs=1, cache_dir=cache)
    assert incremental.computed == 4  # 3 new + 1 edited; the touched file is recognised by its hash
    assert incremental.reused == 198
    assert incremental.documents == 202

    full = run(host, [str(corpus)], tmp_path / "full", batch_size=32, jobs=1, full_refresh=True,
               cache_dir=tmp_path / "other-cache")
    assert full.computed == 202
    assert same_dataset(out, tmp_path / "full")
    statements = pq.read_table(out / "statements.parquet")
    assert "Thank you again." in statements["text"].to_pylist()


def test_an_edit_that_leaves_the_listing_as_it_was_is_found(host, corpus, tmp_path):
    """The listing alone shows added and removed files; an edited one is found by its stat and bytes."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(host, [str(corpus)], out, batch_size=32, jobs=1, cache_dir=cache)
    edited = sorted((corpus / "0000").iterdir())[150]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nPresident Ilham Aliyev: Thank you again.\n",
                      encoding="utf-8")
    again = run(host, [str(corpus)], out, batch_size=32, jobs=1, cache_dir=cache)
    assert (again.up_to_date, again.computed, again.reused) == (False, 1, 199)
    assert run(host, [str(corpus)], out, batch_size=32, jobs=1, cache_dir=cache).up_to_date


def test_changing_a_plugin_reprocesses_everything(host, corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(host, [str(corpus)], out, jobs=1, cache_dir=cache)

    class Shouting:
        @etl.hookimpl
        def etl_columns(self):
            return [Column("statements", "shouted", etl.model.pa.string(), "The statement in capitals.")]

        @etl.hookimpl
        def etl_enrich_statements(self, statements):
            import pyarrow.compute as pc
            return {"shouted": pc.utf8_upper(statements["text"]).combine_chunks()}

    host.register(Shouting(), "shouting")
    changed = run(host, [str(corpus)], out, jobs=1, cache_dir=cache)
    assert changed.computed == 200 and changed.reused == 0
    assert "shouted" in pq.read_schema(out / "statements.parquet").names
    # And the cache of the former pipeline is gone: one fingerprint's results are kept.
    assert len(list(cache.glob("results-*"))) == 1


def test_full_refresh_ignores_the_cache(host, corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(host, [str(corpus)], out, jobs=1, cache_dir=cache)
    before = (out / "statements.parquet").read_bytes()
    again = run(host, [str(corpus)], out, jobs=1, cache_dir=cache, full_refresh=True)
    assert (again.computed, again.reused, again.up_to_date) == (200, 0, False)
    assert (out / "statements.parquet").read_bytes() == before


def test_a_damaged_dataset_is_rebuilt_from_the_cache(host, corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(host, [str(corpus)], out, jobs=1, cache_dir=cache)
    expected = (out / "documents.parquet").read_bytes()
    (out / "documents.parquet").write_bytes(b"not parquet")
    again = run(host, [str(corpus)], out, jobs=1, cache_dir=cache)
    assert not again.up_to_date and again.computed == 0 and again.reused == 200
    assert (out / "documents.parquet").read_bytes() == expected


def test_the_default_cache_lives_outside_the_dataset(host, corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("ETL_CACHE_DIR", raising=False)
    out = tmp_path / "datasets" / "corpus"
    run(host, [str(corpus)], out, jobs=1)
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILES, *METADATA, ".etl-dataset"])
    assert sorted(p.name for p in out.parent.iterdir()) == ["corpus"]
    caches = list((tmp_path / "xdg" / "etl").iterdir())
    assert len(caches) == 1 and caches[0].name.startswith("corpus-")


class FailsOnBatchesWithAnUnsignedPage:
    """An enricher that, like a model given one bad input, fails on a whole batch at once."""

    @etl.hookimpl
    def etl_columns(self):
        return [Column("documents", "words", etl.model.pa.int64(), "Words in the text.")]

    @etl.hookimpl
    def etl_enrich_documents(self, documents):
        texts = documents["text"].to_pylist()
        if any("UNSIGNED PAGE" in t for t in texts):
            raise ValueError("cannot score a page without a byline")
        return {"words": etl.model.pa.array([len(t.split()) for t in texts], etl.model.pa.int64())}


def test_a_batch_an_enricher_failed_on_is_not_cached(host, corpus, tmp_path):
    """Its other sources may not fail in another grouping: a later run must process them again."""
    host.register(FailsOnBatchesWithAnUnsignedPage(), "words")
    out, cache = tmp_path / "out", tmp_path / "cache"
    names = sorted((corpus / "0000").iterdir())
    bad = corpus / "0000" / (names[50].name.replace(".txt", "_bad.txt"))  # sorts right after the 51st
    bad.write_text("UNSIGNED PAGE\n\n" + names[50].read_text(encoding="utf-8"), encoding="utf-8")
    first = run(host, [str(corpus)], out, batch_size=16, jobs=1, cache_dir=cache)
    failed = {e["source"] for e in first.errors}
    assert len(failed) == 16 and f"{corpus.name}/0000/{bad.name}" in failed
    assert {e["stage"] for e in first.errors} == {"enrich"}

    bad.unlink()
    second = run(host, [str(corpus)], out, batch_size=16, jobs=1, cache_dir=cache)
    assert second.errors == []
    assert second.computed == 15  # the failed batch's other sources; the rest comes from the cache
    words = pq.read_table(out / "documents.parquet")["words"]
    assert words.null_count == 0

    full = run(host, [str(corpus)], tmp_path / "full", batch_size=7, jobs=1, cache_dir=tmp_path / "c2")
    assert full.computed == 200
    assert same_dataset(out, tmp_path / "full")


def test_per_source_errors_are_cached(host, corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    (corpus / "0000" / "9999999_broken.txt").write_bytes(b"\x89PNG not text \x00\x81")
    first = run(host, [str(corpus)], out, batch_size=32, jobs=1, cache_dir=cache)
    assert [(e["source"].rsplit("/", 1)[-1], e["stage"]) for e in first.errors] == [("9999999_broken.txt", "read")]
    (corpus / "0000" / "9999999_new.txt").write_text(document(3, 9999), encoding="utf-8")
    second = run(host, [str(corpus)], out, batch_size=32, jobs=1, cache_dir=cache)
    assert second.computed == 1  # the new file; the unreadable one's error comes from the cache
    assert second.errors == first.errors


LOUDNESS = '''\
import pyarrow as pa

import etl
from etl.model import Column
from loudness import rules


@etl.hookimpl
def etl_columns():
    return [Column("statements", "loudness", pa.int64(), "How loud a statement is.")]


@etl.hookimpl
def etl_enrich_statements(statements):
    return {"loudness": pa.array([rules.score(t) for t in statements["text"].to_pylist()], pa.int64())}
'''


def test_editing_a_helper_module_of_a_plugin_package_invalidates_the_cache(host, corpus, tmp_path, monkeypatch):
    """An editable install keeps its version while its code changes; every file of the package counts."""
    import importlib

    package = tmp_path / "site" / "loudness"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(LOUDNESS, encoding="utf-8")
    (package / "rules.py").write_text("def score(text):\n    return text.count('!')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    try:
        loudness = importlib.import_module("loudness")
        host.register(loudness, "loudness", version="1.0")
        out, cache = tmp_path / "out", tmp_path / "cache"
        assert run(host, [str(corpus)], out, jobs=1, cache_dir=cache).computed == 200
        assert run(host, [str(corpus)], out, jobs=1, cache_dir=cache).up_to_date

        (package / "rules.py").write_text("def score(text):\n    return len(text)\n", encoding="utf-8")
        importlib.reload(loudness.rules)
        changed = run(host, [str(corpus)], out, jobs=1, cache_dir=cache)
        assert (changed.computed, changed.reused) == (200, 0)
        statements = pq.read_table(out / "statements.parquet")
        assert statements["loudness"].to_pylist() == [len(t) for t in statements["text"].to_pylist()]
    finally:
        sys.modules.pop("loudness", None)
        sys.modules.pop("loudness.rules", None)


# -- a run with nothing to do ----------------------------------------------------
REPORT_MODULES = """
import sys
from etl.__main__ import main
status = 0
try:
    main()
except SystemExit as exc:
    status = exc.code
print("plugin modules:", sorted(m for m in sys.modules if m.startswith("etl_plugins")))
print("imported:", sorted(m for m in ("pyarrow", "typer", "rich") if m in sys.modules))
print("status:", status)
"""


def etl_command(args: list[str]) -> subprocess.CompletedProcess:
    """``etl ARGS`` as the installed command runs it, reporting what it imported and its exit status."""
    return subprocess.run([sys.executable, "-c", REPORT_MODULES, *map(str, args)], capture_output=True, text=True,
                          check=True)


def aged_copy(folder: Path, into: Path) -> Path:
    """A copy of ``folder`` whose files were last modified an hour ago (sizes and times then vouch for them)."""
    shutil.copytree(folder, into)
    an_hour_ago = time.time() - 3600
    for path in into.rglob("*"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    return into


def test_a_run_with_nothing_to_do_imports_no_plugin_nor_pyarrow(tmp_path):
    """Importing pyarrow, Typer and the plugins (and compiling their patterns) was most of a no-op run's time."""
    from conftest import SEEDS

    seeds = aged_copy(SEEDS, tmp_path / "seeds")
    args = ["run", seeds, "--out", tmp_path / "out", "--cache-dir", tmp_path / "cache", "--jobs", "1"]
    first = etl_command(args)
    assert "sources processed" in first.stdout and "etl_plugins.segmenter" in first.stdout
    again = etl_command(args)
    assert "(up to date)" in again.stdout
    assert "plugin modules: []" in again.stdout and "imported: []" in again.stdout
    assert first.stdout.split("→")[0] == again.stdout.split("→")[0]  # the same counts

    # The same run written another way (`--out=`, the options moved) is the same run.
    same = etl_command(["run", "--jobs", "1", f"--cache-dir={tmp_path / 'cache'}", seeds, "-o", tmp_path / "out"])
    assert "(up to date)" in same.stdout and "imported: []" in same.stdout

    # A new file: the run goes on to the plugins, and processes that file alone.
    (seeds / "added.txt").write_text("The mayor said: \"We will open the bridge in May.\"\n", encoding="utf-8")
    added = etl_command(args)
    assert "(1 sources processed, 5 from cache)" in added.stdout

    # A file rewritten to the same size, an hour later than before: its new bytes are read.
    seed = sorted(seeds.glob("*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("a", "e", 1), encoding="utf-8")
    os.utime(seed, (time.time() - 60, time.time() - 60))
    changed = etl_command(args)
    assert "(1 sources processed, 5 from cache)" in changed.stdout
    assert "(up to date)" in etl_command(args).stdout

    # --full-refresh always rebuilds.
    refresh = etl_command([*args, "--full-refresh"])
    assert "(6 sources processed, 0 from cache)" in refresh.stdout


def test_sources_modified_just_before_a_run_are_checked_by_their_bytes(tmp_path):
    """A file written within the clock's resolution of being read may change again unseen by its
    size and time: such a part is checked by the cache, which hashes the file, not by the record."""
    from conftest import SEEDS

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    # A minute ahead: too recent to vouch for whenever the run gets to it, however slow its start.
    now = time.time() + 60
    for path in seeds.iterdir():
        os.utime(path, (now, now))
    args = ["run", seeds, "--out", tmp_path / "out", "--cache-dir", tmp_path / "cache", "--jobs", "1"]
    etl_command(args)
    record = json.loads((tmp_path / "cache" / "output.json").read_text())
    assert [part["sources"] for part in record["parts"]] == [None]
    seed = sorted(seeds.glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8").replace("a", "e", 1), encoding="utf-8")
    os.utime(seed, (now, now))  # the same size and time as when it was read
    changed = etl_command(args)
    assert "(1 sources processed, 4 from cache)" in changed.stdout, changed.stdout
    again = etl_command(args)
    assert "(up to date)" in again.stdout and "plugin modules: []" in again.stdout

    # Once the sources are old enough, the run that finds them unchanged notes their sizes and
    # times, and the next is answered from the record alone.
    an_hour_ago = time.time() - 3600
    for path in seeds.iterdir():
        os.utime(path, (an_hour_ago, an_hour_ago))
    assert "(up to date)" in etl_command(args).stdout
    record = json.loads((tmp_path / "cache" / "output.json").read_text())
    assert [part["sources"] is not None for part in record["parts"]] == [True]
    fast = etl_command(args)
    assert "(up to date)" in fast.stdout and "imported: []" in fast.stdout


def test_a_run_with_nothing_to_do_reports_its_errors_again(tmp_path):
    from conftest import BAD, SEEDS

    sources = tmp_path / "sources"
    shutil.copytree(SEEDS, sources)
    shutil.copy(BAD / "photo.txt", sources / "photo.txt")
    aged_copy(sources, tmp_path / "aged")
    args = ["run", tmp_path / "aged", "--out", tmp_path / "out", "--cache-dir", tmp_path / "cache", "--jobs", "1"]
    first = etl_command(args)
    again = etl_command(args)
    assert "(up to date)" in again.stdout and "plugin modules: []" in again.stdout
    assert "status: 1" in first.stdout and "status: 1" in again.stdout
    assert "photo.txt: read" in first.stderr and "photo.txt: read" in again.stderr


def test_the_no_op_check_reads_etl_run_options_as_the_command_line_does():
    """The check made before the command line is loaded knows every option of `etl run` that takes
    a value, and leaves any other (a flag, an option it does not know) to the command line."""
    import typer.main

    from etl.cli import app
    from etl.freshness import VALUE_OPTIONS, parse_run

    command = typer.main.get_command(app).commands["run"]
    takes_value = {name for p in command.params if p.param_type_name == "option" and not p.is_flag
                   for name in p.opts + p.secondary_opts}
    assert set(VALUE_OPTIONS) == takes_value - {"--address"}

    parsed = parse_run(["run", "a", "--out=o", "b", "--disable", "x", "--disable=y", "-j", "2", "-c", "etl.toml"])
    assert (parsed.sources, parsed.out, parsed.disable, parsed.config) == (["a", "b"], "o", ["x", "y"], "etl.toml")
    for declined in (["run", "a", "-o", "o", "--full-refresh"], ["run", "a", "-o", "o", "--address", "ray://h"],
                     ["run", "a", "-o", "o", "-j2"], ["run", "a", "-o", "o", "--jobs", "0"], ["run", "a"],
                     ["run", "-o", "o"], ["run", "a", "-o", "o", "--executor", "dask"], ["run", "a", "-o", "o", "-h"],
                     ["run", "a", "-o", "o", "-o", "p"], ["run", "a", "-o"], ["schema"], []):
        assert parse_run(declined) is None, declined


ECHO_PLUGIN = '''
import pyarrow as pa
import etl
from etl.model import Column

@etl.hookimpl
def etl_columns():
    return [Column("statements", "echo", pa.int64(), "The statement's length.")]

@etl.hookimpl
def etl_enrich_statements(statements):
    return {"echo": pa.array([len(t) for t in statements["text"].to_pylist()], pa.int64())}
'''


def test_the_no_op_shortcut_is_not_taken_after_a_plugin_file_or_the_project_file_changes(
        cli, plugin_dist, corpus, tmp_path):
    def said(args):
        return " ".join(cli(args).output.split())  # as one line, however the console wrapped it

    modules = plugin_dist("etl-echo", {"echo": ECHO_PLUGIN})
    config = tmp_path / "etl.toml"
    config.write_text('disable = ["mentions"]\n', encoding="utf-8")
    args = ["run", corpus, "--out", tmp_path / "out", "--cache-dir", tmp_path / "cache", "--jobs", "1",
            "--config", config]
    assert "200 sources processed" in said(args)
    assert "(up to date)" in said(args)

    site = Path(sys.path[0])
    module_file = site / f"{modules['echo']}.py"
    assert module_file.is_file()
    module_file.write_text(ECHO_PLUGIN + "\n# a comment is a change of code\n", encoding="utf-8")
    assert "200 sources processed" in said(args)
    assert "(up to date)" in said(args)

    config.write_text('disable = ["mentions", "quantities"]\n', encoding="utf-8")
    assert "200 sources processed" in said(args)
    assert "quantities" not in pq.read_schema(tmp_path / "out" / "statements.parquet").names


def test_the_installed_digest_follows_installs_and_plugin_choices(plugin_dist):
    from etl.freshness import installed_digest

    before = installed_digest()
    assert installed_digest() == before
    assert installed_digest(disable=["language"]) != before
    assert installed_digest(enable=["all"]) != before
    plugin_dist("etl-nothing-to-load", {})  # a distribution with no plugin: a plugin's dependency, say
    assert installed_digest() != before
