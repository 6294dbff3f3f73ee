"""Incremental runs: only new or changed sources, or changed plugins, are processed again."""
from __future__ import annotations

import filecmp
import os
import sys
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
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
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
    assert len(failed) == 16 and str(bad) in failed and {e["stage"] for e in first.errors} == {"enrich"}

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
    (corpus / "0000" / "9999999_broken.txt").write_bytes(b"\xff\xfe not text \x00\x81")
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
from etl.cli import main
try:
    main()
except SystemExit:
    pass
print("plugin modules:", sorted(m for m in sys.modules if m.startswith("etl_plugins")))
"""


def test_a_run_with_nothing_to_do_loads_no_plugin(tmp_path):
    """Importing the plugins (and compiling their patterns) was most of a no-op run's time."""
    import subprocess

    from conftest import SEEDS

    args = ["run", str(SEEDS), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"), "--jobs", "1"]
    env = {**os.environ, "COLUMNS": "400"}  # one line of summary
    first = subprocess.run([sys.executable, "-c", REPORT_MODULES, *args], capture_output=True, text=True, check=True,
                           env=env)
    assert "sources processed" in first.stdout and "etl_plugins.segmenter" in first.stdout
    again = subprocess.run([sys.executable, "-c", REPORT_MODULES, *args], capture_output=True, text=True, check=True,
                           env=env)
    assert "(up to date)" in again.stdout
    assert "plugin modules: []" in again.stdout
    assert first.stdout.split("→")[0] == again.stdout.split("→")[0]  # the same counts


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
    from etl.cache import installed_digest

    before = installed_digest()
    assert installed_digest() == before
    assert installed_digest(disable=["language"]) != before
    assert installed_digest(enable=["all"]) != before
    plugin_dist("etl-nothing-to-load", {})  # a distribution with no plugin: a plugin's dependency, say
    assert installed_digest() != before
