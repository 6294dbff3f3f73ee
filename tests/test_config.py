"""Project files: which plugins load, their order, their options; recorded in the dataset."""
from __future__ import annotations

import pytest

from conftest import SEEDS
from etl.config import ProjectConfig, build_host, load_config
from etl.errors import EtlError
from etl.testing import run_metadata


# A reader for .txt files whose document title and options come from etl_configure.
LABELLED_READER = """
import etl

LABEL = "{label}"

@etl.hookimpl
def etl_configure(options):
    global LABEL
    unknown = set(options) - {{"label", "since"}}
    if unknown:
        raise ValueError(f"unknown option {{sorted(unknown)[0]!r}}; known: label, since")
    LABEL = options.get("label", "{label}")

@etl.hookimpl
def etl_read(source, data):
    if not source.endswith(".txt"):
        return None
    return [etl.Document(source=source, text=data.decode("utf-8"), title=LABEL)]
"""


@pytest.fixture
def readers(plugin_dist):
    plugin_dist("etl-labels", {"alpha": LABELLED_READER.format(label="alpha"),
                               "beta": LABELLED_READER.format(label="beta")}, version="2.3.1")


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def titles(folder):
    import pyarrow.parquet as pq

    return set(pq.read_table(folder / "documents.parquet").column("title").to_pylist())


def test_etl_toml_is_read_whole(tmp_path):
    path = write(tmp_path / "etl.toml", 'load = ["text"]\norder = ["text"]\ndisable = []\n'
                                        '[plugins.text]\nmax_bytes = 1000\n')
    config = load_config(path)
    assert config == ProjectConfig(path=str(path), load=["text"], order=["text"],
                                   options={"text": {"max_bytes": 1000}})


def test_pyproject_is_read_from_tool_etl(tmp_path):
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "news"\n\n[tool.etl]\ndisable = ["language"]\n'
                                              '[tool.etl.plugins.quantities]\nunits = ["km"]\n')
    config = load_config(path)
    assert config.load is None and config.disable == ["language"]
    assert config.options == {"quantities": {"units": ["km"]}}


@pytest.mark.parametrize(("name", "text", "message"), [
    ("etl.toml", 'plugin = ["text"]\n', "unknown key 'plugin'"),
    ("etl.toml", 'load = "text"\n', 'load must be a list of plugin names, like load = ["text"]'),
    ("etl.toml", "plugins = 3\n", "plugin options go in tables, like [plugins.NAME] key = value"),
    ("etl.toml", "load = [\n", "not valid TOML"),
    ("pyproject.toml", '[project]\nname = "news"\n', "has no [tool.etl] table"),
])
def test_a_bad_project_file_is_one_line_and_exit_1(cli, tmp_path, name, text, message):
    path = write(tmp_path / name, text)
    result = cli(["run", SEEDS, "--out", tmp_path / "ds", "--config", path])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {path}") and message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "ds").exists()


def test_a_missing_project_file_is_one_line(cli, tmp_path):
    result = cli(["run", SEEDS, "--out", tmp_path / "ds", "--config", tmp_path / "etl.toml"])
    assert result.exit_code == 1 and result.output.strip() == f"error: {tmp_path / 'etl.toml'}: no such project file"


def test_options_for_a_plugin_that_is_not_installed_are_an_error(tmp_path):
    config = load_config(write(tmp_path / "etl.toml", '[plugins.quantites]\nunits = ["km"]\n'))
    with pytest.raises(EtlError, match=r"\[plugins.NAME\] names 'quantites', which is not installed"):
        build_host(config)


def test_order_decides_which_reader_wins(readers, tmp_path):
    for first, other in (("alpha", "beta"), ("beta", "alpha")):
        config = load_config(write(tmp_path / "etl.toml", f'load = ["alpha", "beta"]\norder = ["{first}"]\n'))
        host = build_host(config)
        assert [i.plugin_name for i in host.implementations("etl_read")][0] == first
        plugin, docs = host.call_first("etl_read", source="note.txt", data=b"Hello")
        assert plugin == first and docs[0].title == first


def test_run_with_config_applies_options_and_records_the_resolved_configuration(cli, readers, tmp_path):
    path = write(tmp_path / "etl.toml", 'load = ["alpha", "beta"]\norder = ["beta", "alpha"]\n'
                                        '[plugins.beta]\nlabel = "Beta wire"\nsince = 2024-03-12\n')
    result = cli(["run", SEEDS, "--out", tmp_path / "ds", "--config", path])
    assert result.exit_code == 0, result.output
    assert titles(tmp_path / "ds") == {"Beta wire"}
    for table in ("documents", "statements", "speakers", "errors"):
        meta = run_metadata(tmp_path / "ds", table)
        assert meta["plugins"] == {"alpha": "2.3.1", "beta": "2.3.1"}
        assert meta["config"] == {
            "file": "etl.toml", "load": ["alpha", "beta"], "disable": [], "enable": [],
            "order": ["beta", "alpha"], "options": {"beta": {"label": "Beta wire", "since": "2024-03-12"}},
        }


def test_command_line_flags_add_to_the_file(cli, readers, tmp_path):
    path = write(tmp_path / "pyproject.toml", '[tool.etl]\nload = ["alpha", "beta"]\n'
                                              '[tool.etl.plugins.alpha]\nlabel = "Alpha desk"\n')
    result = cli(["run", SEEDS, "--out", tmp_path / "ds", "--config", path, "--disable", "beta"])
    assert result.exit_code == 0, result.output
    assert titles(tmp_path / "ds") == {"Alpha desk"}
    config = run_metadata(tmp_path / "ds")["config"]
    assert config["load"] == ["alpha"] and config["disable"] == ["beta"]


def test_a_plugin_rejecting_its_options_stops_the_run_before_reading(cli, readers, tmp_path):
    path = write(tmp_path / "etl.toml", 'load = ["alpha"]\n[plugins.alpha]\ncolour = "red"\n')
    result = cli(["run", SEEDS, "--out", tmp_path / "ds", "--config", path])
    assert result.exit_code == 1
    assert result.output.strip() == "error: plugin 'alpha': rejects its options: unknown option 'colour'; known: label, since"
    assert not (tmp_path / "ds").exists()


def test_a_run_without_config_records_what_loaded(cli, readers, tmp_path, monkeypatch):
    monkeypatch.setenv("ETL_LOAD_PLUGINS", "alpha")
    result = cli(["run", SEEDS, "--out", tmp_path / "ds"])
    assert result.exit_code == 0, result.output
    meta = run_metadata(tmp_path / "ds")
    assert meta["plugins"] == {"alpha": "2.3.1"}
    assert meta["config"] == {"file": None, "load": ["alpha"], "disable": [], "enable": [], "order": [],
                              "options": {}}


def test_schema_follows_the_project_file(cli, tmp_path):
    path = write(tmp_path / "etl.toml", 'load = ["text", "quantities"]\n')
    result = cli(["schema", "--config", path])
    assert result.exit_code == 0, result.output
    owners = {line.split("│")[4].strip() for line in result.output.splitlines() if line.count("│") >= 5}
    assert owners - {""} == {"etl", "quantities"}
