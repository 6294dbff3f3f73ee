"""The enricher contract: `check_enricher` on every first-party enricher, and on broken ones."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from textwrap import dedent

import pyarrow as pa
import pyarrow.compute as pc
import pytest

import etl
from etl.plugins import CORE_DISTRIBUTION, ENTRY_POINT_GROUP
from etl.testing import check_enricher, run_pipeline

ENRICH_HOOKS = ("etl_enrich_documents", "etl_enrich_statements", "etl_enrich_speakers")


def first_party_enrichers() -> list:
    """Entry points of this distribution whose plugin implements an enrich hook.

    One that fails to import is kept, so that its test reports the failure.
    """
    found = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if not ep.dist or ep.dist.name != CORE_DISTRIBUTION:
            continue
        try:
            plugin = ep.load()
        except Exception:
            found[ep.name] = ep
            continue
        if any(hasattr(plugin, hook) for hook in ENRICH_HOOKS):
            found[ep.name] = ep
    return [found[name] for name in sorted(found)]


ENRICHERS = first_party_enrichers()


def load(ep):
    try:
        return ep.load()
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] not in ("etl", "etl_plugins"):
            pytest.fail(f"plugin {ep.name!r} needs {exc.name!r}: the suite runs with every extra, "
                        f"pip install -e '.[all,test]'")
        raise


def test_first_party_enrichers_are_found():
    assert ENRICHERS, "no first-party enricher is registered in the `etl` entry-point group"


@pytest.mark.parametrize("ep", ENRICHERS, ids=[ep.name for ep in ENRICHERS])
def test_first_party_enricher_keeps_the_contract(ep):
    plugin = load(ep)
    # The others are present (and null, as when they fail) for enrichers that read their columns.
    others = {}
    for other in ENRICHERS:
        if other.name != ep.name:
            try:
                others[other.name] = other.load()
            except ImportError:
                continue
    checked = check_enricher(plugin, ep.name, alongside=others)
    assert checked


class Good:
    """Counts the quotes' digits: declares one column, fills it columnar."""

    column = "digits"

    @etl.hookimpl
    def etl_columns(self):
        return [etl.Column("statements", self.column, pa.int32(), "Digits in the statement.")]

    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        digits = pc.count_substring_regex(statements.column("text"), r"\d")
        return {self.column: digits.cast(pa.int32())}


class Undeclared(Good):
    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        return {**Good.etl_enrich_statements(self, statements), "letters": pa.array([1] * statements.num_rows)}


class StealsCore(Good):
    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        return {"text": pc.utf8_upper(statements.column("text"))}


class WrongType(Good):
    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        return {"digits": pc.count_substring_regex(statements.column("text"), r"\d").cast(pa.int64())}


class OneShort(Good):
    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        return {"digits": pa.array([0] * max(statements.num_rows - 1, 0), type=pa.int32())}


class NullUnsafe(Good):
    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        speakers = statements.column("speaker_mention").to_pylist()
        return {"digits": pa.array([len(s) for s in speakers], type=pa.int32())}


class EmptyUnsafe(Good):
    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        texts = statements.column("text").to_pylist()
        longest = max(len(t) for t in texts)
        return {"digits": pa.array([longest] * len(texts), type=pa.int32())}


class Counter(Good):
    """Not deterministic: each call numbers its rows on from the last."""

    def __init__(self):
        self.calls = 0

    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        self.calls += 1
        return {"digits": pa.array([self.calls] * statements.num_rows, type=pa.int32())}


class Silent(Good):
    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        return None


class DeclaresNothing:
    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        return None


def test_a_good_enricher_passes(etl_statements):
    assert check_enricher(Good(), "digits") == ["etl_enrich_statements"]
    assert etl_statements.num_rows >= 3


@pytest.mark.parametrize(("plugin", "breach"), [
    (Undeclared(), "returned column statements.letters, which it did not declare in etl_columns"),
    (StealsCore(), "returned column statements.text, which it did not declare"),
    (WrongType(), "column statements.digits is int64, declared int32"),
    (OneShort(), "column statements.digits has 3 values for 4 rows"),
    (NullUnsafe(), "etl_enrich_statements on a batch of nulls: TypeError"),
    (EmptyUnsafe(), "etl_enrich_statements on an empty batch: ValueError"),
    (Counter(), "etl_enrich_statements on the sample batch is not deterministic"),
    (Silent(), "etl_enrich_statements on the sample batch does not fill digits"),
    (DeclaresNothing(), "declares no column in etl_columns"),
], ids=lambda p: type(p).__name__ if not isinstance(p, str) else "")
def test_check_enricher_names_each_breach(plugin, breach):
    with pytest.raises(AssertionError) as caught:
        check_enricher(plugin, "broken")
    message = str(caught.value)
    assert message.startswith("enricher 'broken' breaks the contract:")
    assert breach in message


def test_run_pipeline_returns_every_table(tmp_path, etl_sample_texts):
    tables = run_pipeline(etl_sample_texts, {"digits": Good()}, tmp_path)
    assert sorted(tables) == ["documents", "errors", "speakers", "statements"]
    assert tables["documents"].num_rows == len(etl_sample_texts)
    statements = tables["statements"].to_pylist()
    assert [s["digits"] for s in statements] == [sum(c.isdigit() for c in s["text"]) for s in statements]
    assert (tmp_path / "dataset" / "statements.parquet").exists()


def test_etl_host_holds_only_the_plugins_given(etl_host):
    host = etl_host(digits=Good())
    assert sorted(host.infos) == ["digits"]
    assert [c.name for c in host.schema().table("statements") if c.owner != "etl"] == ["digits"]
    with_samples = etl_host(Good(), samples=True)
    assert sorted(with_samples.infos) == ["Good", "sample-reader", "sample-resolver", "sample-segmenter"]


def test_etl_host_unregisters_when_the_test_ends(tmp_path):
    """Through pytest itself, which finds the fixtures by the `pytest11` entry point."""
    (tmp_path / "test_host.py").write_text(dedent("""
        import etl, pyarrow as pa

        class Plugin:
            @etl.hookimpl
            def etl_columns(self):
                return [etl.Column("documents", "x", pa.int32(), "x")]

        hosts = []

        def test_registers(etl_host):
            hosts.append(etl_host(x=Plugin()))
            assert "x" in hosts[0].infos

        def test_unregistered_afterwards():
            assert hosts[0].infos == {} and not hosts[0].pm.has_plugin("x")
    """))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_host.py"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "2 passed" in result.stdout, result.stdout + result.stderr


def test_sample_fixtures_are_consistent(etl_documents, etl_statements, etl_speakers):
    assert set(etl_statements.column("doc_id").to_pylist()) <= set(etl_documents.column("doc_id").to_pylist())
    for row in etl_statements.to_pylist():
        doc = etl_documents.filter(pc.equal(etl_documents.column("doc_id"), row["doc_id"])).to_pylist()[0]
        assert doc["text"][row["char_start"]:row["char_end"]] == row["text"]
    mentioned = {s for s in etl_statements.column("speaker_id").to_pylist() if s}
    assert mentioned == set(etl_speakers.column("speaker_id").to_pylist())
