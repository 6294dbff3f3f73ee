"""The plugin host: the contract checked at registration, names, loading switches, order, tracing."""
from __future__ import annotations

import pyarrow as pa
import pytest

import etl
from etl.errors import EtlError, PluginError
from etl.plugins import PluginHost, default_host, unique_entry_points


UPPER = """
import pyarrow as pa
import pyarrow.compute as pc
import etl

@etl.hookimpl
def etl_columns():
    return [etl.Column("documents", "{column}", pa.string(), "The title in capitals.")]

@etl.hookimpl
def etl_enrich_documents(documents):
    return {{"{column}": pc.utf8_upper(documents.column("title"))}}
"""


class Misspelled:
    @etl.hookimpl
    def etl_enrich_statement(self, statements):  # the hook is etl_enrich_statements
        return None


class WrongArgument:
    @etl.hookimpl
    def etl_segment(self, doc):  # the spec's argument is `document`
        return []


class TitleLength:
    def __init__(self, column: str = "title_length"):
        self.column = column

    @etl.hookimpl
    def etl_columns(self):
        return [etl.Column("documents", self.column, pa.int32(), "Characters in the title.")]


def test_unknown_hook_fails_at_registration_naming_plugin_and_hook():
    host = PluginHost()
    with pytest.raises(PluginError) as caught:
        host.register(Misspelled(), "misspelled")
    message = str(caught.value)
    assert "'misspelled'" in message and "etl_enrich_statement" in message
    assert not host.pm.has_plugin("misspelled") and "misspelled" not in host.infos


def test_hook_with_an_argument_the_spec_lacks_fails_at_registration():
    host = PluginHost()
    with pytest.raises(PluginError, match=r"'wrong-arg'.*etl_segment"):
        host.register(WrongArgument(), "wrong-arg")


def test_every_hook_name_carries_the_project_prefix():
    host = PluginHost()
    names = host.pm.hook.__dict__.keys()
    assert names and all(name.startswith("etl_") for name in names)


def test_duplicate_plugin_name_is_one_error_naming_both():
    host = PluginHost()
    host.register(TitleLength(), "lengths", version="1.0", origin="installed package etl-lengths")
    with pytest.raises(PluginError) as caught:
        host.register(TitleLength("other"), "lengths", origin="installed package etl-more-lengths")
    message = str(caught.value)
    assert "'lengths'" in message and "etl-lengths" in message and "etl-more-lengths" in message


def test_two_packages_with_the_same_entry_point_name_are_one_error_naming_both(plugin_dist):
    plugin_dist("etl-noisy", {"shout": UPPER.format(column="shout_a")})
    plugin_dist("etl-loud", {"shout": UPPER.format(column="shout_b")})
    with pytest.raises(EtlError) as caught:
        default_host(only=["shout"])
    message = str(caught.value)
    assert "'shout'" in message and "etl-noisy" in message and "etl-loud" in message


def test_one_package_found_twice_is_not_a_clash(plugin_dist):
    from importlib.metadata import entry_points

    plugin_dist("etl-noisy", {"shout": UPPER.format(column="shout")})
    [ep] = [ep for ep in entry_points(group="etl") if ep.name == "shout"]
    assert unique_entry_points([ep, ep]) == [ep]


def test_two_plugins_declaring_one_column_is_one_error_naming_both():
    host = PluginHost()
    host.register(TitleLength(), "lengths")
    host.register(TitleLength(), "more-lengths")
    with pytest.raises(PluginError) as caught:
        host.schema()
    message = str(caught.value)
    assert "documents.title_length" in message and "lengths" in message and "more-lengths" in message


def test_etl_load_plugins_loads_only_the_named_plugins(plugin_dist, monkeypatch):
    plugin_dist("etl-noisy", {"shout": UPPER.format(column="shout"), "yell": UPPER.format(column="yell")})
    monkeypatch.setenv("ETL_LOAD_PLUGINS", "text, yell")
    host = default_host()
    assert sorted(host.infos) == ["text", "yell"]
    assert host.infos["yell"].origin == "installed package etl-noisy"
    assert host.infos["yell"].version == "1.0"


def test_etl_load_plugins_naming_an_unknown_plugin_is_an_error(monkeypatch):
    monkeypatch.setenv("ETL_LOAD_PLUGINS", "text,no-such-plugin")
    with pytest.raises(EtlError, match="no plugin named 'no-such-plugin'"):
        default_host()


def test_disable_skips_a_plugin_from_the_command_line(cli, plugin_dist):
    plugin_dist("etl-noisy", {"shout": UPPER.format(column="shout"), "yell": UPPER.format(column="yell")})
    listed = cli(["plugins"])
    assert listed.exit_code == 0 and "shout" in listed.output and "yell" in listed.output
    result = cli(["plugins", "--disable", "shout"])
    assert result.exit_code == 0
    assert "yell" in result.output and "shout" not in result.output
    schema = cli(["schema", "--disable", "yell"])
    assert "shout" in schema.output and "yell" not in schema.output


def test_explicit_order_comes_before_tryfirst_and_registration_order():
    class Reader:
        def __init__(self, label):
            self.label = label

        @etl.hookimpl
        def etl_read(self, source, data):
            return [etl.Document(source=source, text=self.label)]

    class EagerReader(Reader):
        @etl.hookimpl(tryfirst=True)
        def etl_read(self, source, data):
            return [etl.Document(source=source, text=self.label)]

    host = PluginHost()
    host.register(EagerReader("eager"), "eager")
    host.register(Reader("first"), "first")
    host.register(Reader("second"), "second")
    names = [i.plugin_name for i in host.implementations("etl_read")]
    assert names == ["eager", "second", "first"]  # pluggy: tryfirst, then the last registered
    host.order = ["first"]
    assert [i.plugin_name for i in host.implementations("etl_read")] == ["first", "eager", "second"]
    plugin, docs = host.call_first("etl_read", source="a.txt", data=b"")
    assert plugin == "first" and docs[0].text == "first"


def test_trace_logs_each_hook_call_with_its_time(monkeypatch, capfd, tmp_path):
    monkeypatch.setenv("ETL_TRACE_PLUGINS", "1")
    from etl.testing import make_host
    from etl.runner import run

    host = make_host({"title-length": TitleLengthFilled()})
    source = tmp_path / "note.txt"
    source.write_text("Council meets\n\n\"We will vote on Tuesday,\" said Mayor Ana Ruiz.\n", encoding="utf-8")
    run(host, [str(source)], tmp_path / "ds")
    lines = capfd.readouterr().err.splitlines()  # batches may run in worker processes
    traced = [line for line in lines if line.startswith("[etl trace] ")]
    calls = {line.split()[2] for line in traced}
    assert {"sample-reader.etl_read", "sample-segmenter.etl_segment",
            "title-length.etl_enrich_documents"} <= calls
    assert all(line.endswith(" ms") and float(line.split()[3]) >= 0 for line in traced)


def test_no_trace_without_the_variable(monkeypatch, capsys):
    monkeypatch.delenv("ETL_TRACE_PLUGINS", raising=False)
    host = PluginHost()
    host.register(TitleLengthFilled(), "title-length")
    [impl] = host.implementations("etl_enrich_documents")
    host.call_one(impl, documents=pa.table({"title": ["Council meets"]}))
    assert "[etl trace]" not in capsys.readouterr().err


class TitleLengthFilled(TitleLength):
    @etl.hookimpl
    def etl_enrich_documents(self, documents):
        import pyarrow.compute as pc

        return {self.column: pc.utf8_length(documents.column("title")).cast(pa.int32())}
