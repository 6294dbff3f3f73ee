"""The CLI, driven in-process through Typer's test runner."""
from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from conftest import SEEDS


@pytest.fixture(scope="module")
def seeds_dataset(tmp_path_factory):
    from typer.testing import CliRunner

    from etl.cli import app

    out = tmp_path_factory.mktemp("cli") / "seeds"
    result = CliRunner().invoke(app, ["run", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["run", "--help"], ["query", "--help"],
                                  ["schema", "--help"], ["plugins", "--help"], ["eval", "--help"]])
def test_help_explains_each_command(cli, args):
    result = cli(args)
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_help_lists_the_commands(cli):
    output = cli(["--help"]).output
    for command in ("run", "query", "schema", "plugins", "eval"):
        assert command in output


def test_run_prints_a_summary(cli, tmp_path):
    result = cli(["run", SEEDS, "--out", tmp_path / "ds"])
    assert result.exit_code == 0, result.output
    assert "5 documents" in result.output and "0 errors" in result.output
    assert {p.name for p in (tmp_path / "ds").iterdir()} == {
        "documents.parquet", "speakers.parquet", "statements.parquet", "errors.parquet", ".etl-dataset",
        "datapackage.json", "croissant.json", "README.md", "plots", "SHA256SUMS"}


def test_run_replaces_the_output_folder_whole(cli, tmp_path):
    out = tmp_path / "ds"
    assert cli(["run", SEEDS / "001_8f18d61c1b926c5b.txt", "--out", out]).exit_code == 0
    (out / "stale.parquet").write_bytes(b"old")  # a dataset etl wrote may be replaced whole
    assert cli(["run", SEEDS / "002_0e90039bceaf11c3.txt", "--out", out]).exit_code == 0
    assert not (out / "stale.parquet").exists()
    assert not list(tmp_path.glob(".ds.*")), "no temporary folder is left behind"


def test_tables_carry_column_descriptions(seeds_dataset):
    schema = pq.read_schema(seeds_dataset / "statements.parquet")
    field = schema.field("char_start")
    assert field.metadata[b"owner"] == b"etl"
    assert b"documents.text" in field.metadata[b"description"]
    assert pq.ParquetFile(seeds_dataset / "documents.parquet").metadata.row_group(0).column(0).compression == "ZSTD"


def test_query_table_csv_json(cli, seeds_dataset):
    sql = "SELECT count(*) AS n FROM documents"
    assert "5" in cli(["query", seeds_dataset, sql]).output
    assert cli(["query", seeds_dataset, sql, "--format", "csv"]).output == "n\n5\n"
    assert json.loads(cli(["query", seeds_dataset, sql, "--format", "json"]).output) == [{"n": 5}]


def test_query_joins_the_three_views(cli, seeds_dataset):
    sql = ("SELECT count(*) AS n FROM statements s JOIN documents d USING (doc_id) "
           "LEFT JOIN speakers p USING (speaker_id)")
    result = cli(["query", seeds_dataset, sql, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["n"] == pq.read_metadata(seeds_dataset / "statements.parquet").num_rows


def test_query_errors_are_one_line(cli, seeds_dataset, tmp_path):
    bad_sql = cli(["query", seeds_dataset, "SELECT nope FROM documents"])
    assert bad_sql.exit_code == 1 and "query failed" in bad_sql.output and "Traceback" not in bad_sql.output
    no_dataset = cli(["query", tmp_path / "missing", "SELECT 1"])
    assert no_dataset.exit_code == 1 and "no such dataset folder" in no_dataset.output


def test_schema_shows_every_column_with_its_owner(cli):
    result = cli(["schema"])
    assert result.exit_code == 0
    from etl.plugins import default_host

    for column in default_host().schema().columns:
        assert column.name in result.output
        assert column.owner in result.output


def test_plugins_lists_first_party_plugins_as_entry_points(cli):
    result = cli(["plugins"])
    assert result.exit_code == 0
    assert "text" in result.output and "built-in" in result.output and "etl_read" in result.output


def test_unknown_plugin_name_is_one_line(cli):
    result = cli(["plugins", "--disable", "no-such-plugin"])
    assert result.exit_code == 1
    assert "no plugin named 'no-such-plugin'" in result.output


def test_python_dash_m_etl(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "etl", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("etl ")


def test_plugins_shows_the_hooks_of_opt_in_plugins_too(cli):
    from etl.plugins import default_host

    host = default_host()
    assert host.opt_in, "the first-party shelf has opt-in plugins"
    output = cli(["plugins"]).output
    for info in host.opt_in.values():
        assert info.hooks and "opt-in" in info.origin
        assert "etl_columns" in info.hooks
        assert info.name in output


def test_a_python_without_the_dependencies_gets_one_line_saying_so():
    """`python -m etl` from a checkout runs in whatever Python is at hand; the standard-library
    check answers before the dependencies are imported, so their absence must be told plainly."""
    import subprocess
    import sys

    code = ("import sys; sys.modules['typer'] = None; sys.argv = ['etl', 'schema']\n"
            "from etl.__main__ import main; main()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"error: etl needs the package 'typer', which this Python ({sys.executable}) lacks: install etl into it "
        "(`pip install -e .` in a checkout) or run the Python it was installed in"]
