"""Broken plugins cannot take a run down: import errors, raising, wrong length, wrong type.

The broken plugins are real installed distributions (a temporary folder on
sys.path with a ``.dist-info``), found through the ``etl`` entry-point group
as any third-party plugin is.
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import SEEDS
from etl.plugins import default_host
from etl.runner import run


GOOD = """
import pyarrow as pa
import pyarrow.compute as pc
import etl

@etl.hookimpl
def etl_columns():
    return [etl.Column("documents", "text_chars", pa.int64(), "Characters in the text.")]

@etl.hookimpl
def etl_enrich_documents(documents):
    return {"text_chars": pc.utf8_length(documents.column("text")).cast(pa.int64())}
"""

BROKEN_IMPORT = """
import etl
from etl_no_such_dependency import model  # a dependency the package forgot to declare
"""


def enricher(column: str, body: str) -> str:
    return f"""
import pyarrow as pa
import etl

@etl.hookimpl
def etl_columns():
    return [etl.Column("documents", "{column}", pa.int32(), "A broken column.")]

@etl.hookimpl
def etl_enrich_documents(documents):
    n = documents.num_rows
    {body}
"""


BROKEN = {
    "raising": enricher("raised", 'raise KeyError("no column named lang")'),
    "short": enricher("short", 'return {"short": pa.array(range(n - 1), type=pa.int32())}'),
    "stringy": enricher("stringy", 'return {"stringy": pa.array(["7"] * n)}'),
    "not-a-dict": enricher("listy", "return [1] * n"),
}
EXPECTED = {
    "raising": "etl_enrich_documents raised KeyError: 'no column named lang'",
    "short": "column documents.short has {n} values for {rows} rows",
    "stringy": "column documents.stringy is string, declared int32",
    "not-a-dict": "returned list, not a dict of column name to array",
}


@pytest.fixture
def broken(plugin_dist, monkeypatch):
    """Install the good plugin, one that fails to import, and the four broken enrichers."""
    plugin_dist("etl-good", {"good": GOOD})
    plugin_dist("etl-broken", {"broken-import": BROKEN_IMPORT, **BROKEN})
    monkeypatch.setenv("ETL_LOAD_PLUGINS", ",".join(["text", "good", "broken-import", *BROKEN]))


def check_dataset(folder, n_sources):
    """Every table reads back; broken columns are all null, the good one is filled."""
    docs = pq.read_table(folder / "documents.parquet")
    assert docs.num_rows == n_sources
    assert docs.column("text_chars").null_count == 0
    assert docs.column("text_chars").to_pylist() == [len(t) for t in docs.column("text").to_pylist()]
    for column, type_ in (("raised", pa.int32()), ("short", pa.int32()), ("stringy", pa.int32()),
                          ("listy", pa.int32())):
        assert docs.schema.field(column).type == type_
        assert docs.column(column).null_count == n_sources
    for name in ("statements", "speakers", "errors"):
        pq.read_table(folder / f"{name}.parquet")
    return docs


def test_a_plugin_that_fails_to_import_is_reported_once_and_the_others_load(broken):
    host = default_host()
    assert [(f.name, f.message) for f in host.failures] == [
        ("broken-import", "ModuleNotFoundError: No module named 'etl_no_such_dependency'")]
    assert {"text", "good", *BROKEN} <= set(host.infos)


def test_the_cli_warns_once_per_import_failure_and_lists_the_rest(cli, broken):
    result = cli(["plugins"])
    assert result.exit_code == 0
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert warnings == ["warning: plugin 'broken-import' failed to load and is skipped: "
                        "ModuleNotFoundError: No module named 'etl_no_such_dependency'"]
    assert "good" in result.output and "etl-broken" in result.output


def test_runner_turns_every_broken_batch_into_error_rows(broken, tmp_path):
    host = default_host()
    summary = run(host, [str(SEEDS)], tmp_path / "ds")
    sources = sorted(f"seeds/{p.name}" for p in SEEDS.iterdir())  # stored under the folder's name
    docs = check_dataset(tmp_path / "ds", len(sources))
    rows = pq.read_table(tmp_path / "ds" / "errors.parquet").to_pylist()
    assert rows == sorted(summary.errors, key=lambda r: (r["source"], r["stage"], r["plugin"], r["message"]))
    by_plugin: dict[str, list[dict]] = {}
    for row in rows:
        by_plugin.setdefault(row["plugin"], []).append(row)
    assert sorted(by_plugin) == sorted(BROKEN)  # nothing from the good plugin or the core
    n = docs.num_rows
    for plugin, expected in EXPECTED.items():
        errors = by_plugin[plugin]
        assert sorted(e["source"] for e in errors) == sources, plugin  # one row per document it was given
        assert all(e["stage"] == "enrich" for e in errors)
        assert all(e["message"] == f"plugin {plugin!r}: " + expected.format(n=n - 1, rows=n) for e in errors)


def test_cli_run_reports_broken_plugins_and_still_writes_a_valid_dataset(cli, broken, tmp_path):
    result = cli(["run", SEEDS, "--out", tmp_path / "ds"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert sum("failed to load" in line for line in lines) == 1
    for plugin in BROKEN:
        reported = [line for line in lines if f": enrich ({plugin}): plugin {plugin!r}: " in line]
        assert len(reported) == len(list(SEEDS.iterdir())), plugin
    assert "Traceback" not in result.output
    check_dataset(tmp_path / "ds", len(list(SEEDS.iterdir())))


def test_disable_leaves_a_broken_plugin_out_of_the_run(cli, broken, tmp_path):
    args = ["run", SEEDS, "--out", tmp_path / "ds"]
    for plugin in BROKEN:
        args += ["--disable", plugin]
    result = cli(args)
    assert result.exit_code == 0, result.output
    docs = pq.read_table(tmp_path / "ds" / "documents.parquet")
    assert "raised" not in docs.column_names and docs.column("text_chars").null_count == 0
    assert pq.read_table(tmp_path / "ds" / "errors.parquet").num_rows == 0
