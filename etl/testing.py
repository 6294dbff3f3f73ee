"""Test helpers for plugin authors; pytest loads this module by itself (entry point ``pytest11``).

Fixtures:

- ``etl_host(*plugins)``: a :class:`~etl.plugins.PluginHost` holding only the
  plugins given (a module, an object, or ``name=plugin``), unregistered when
  the test ends;
- ``etl_sample_texts``: a few short, realistic news texts with quotes;
- ``etl_documents``, ``etl_statements``, ``etl_speakers``: those texts run
  through the sample pipeline, as the Arrow tables enrichers are given.

Functions:

- :func:`run_pipeline`: run texts or files through a pipeline of your
  plugins (plus a sample reader, quote segmenter and speaker resolver that
  yours override) and get the tables back;
- :func:`check_enricher`: the enricher contract, checked on sample batches;
- :func:`check_dataset`: ``etl validate`` on a dataset folder, failing the test on any problem
  (:func:`run_pipeline` calls it on every dataset it builds).

The sample plugins are deliberately simple: they exist so that an enricher
or a reader can be tested without installing any other plugin.
"""
from __future__ import annotations

import json
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.hookspecs import hookimpl
from etl.model import Document, SpeakerRef, Statement
from etl.plugins import PluginHost, default_host
from etl.schema import CORE, Schema

TABLES = ("documents", "statements", "speakers", "errors")
ENRICH_HOOKS = {"documents": "etl_enrich_documents", "statements": "etl_enrich_statements",
                "speakers": "etl_enrich_speakers"}

# Core columns the pipeline itself may leave null; every plugin column may be null too.
NULLABLE_CORE = {
    "documents": {"title", "published_at", "published_local", "outlet", "url", "byline"},
    "statements": {"speaker_id", "speaker_mention", "segmenter"},
    "speakers": {"role", "affiliation"},
}

SAMPLE_TEXTS: tuple[str, ...] = (
    """City council approves 300 new homes on the old rail yard

Springfield, 12 March 2024. The city council voted 7 to 2 on Tuesday to approve a plan for 300 homes on the former rail yard, at a cost of $45 million.

"We will build 300 homes by 2026, and a third of them will be affordable," said Mayor Ana Ruiz.

Councillor Tom Becker voted against the plan. "The yard floods every spring, and this plan spends only $2 million on drainage," Becker said.

Residents will be able to comment on the plan until 30 April.
""",
    """Energy ministers meet in Vienna as gas prices fall

Vienna, 3 October 2023. Energy ministers from 12 countries met in Vienna on Monday to discuss gas storage before the winter.

"Prices have fallen by 40 percent since January, but households still pay twice what they paid in 2021," said Austrian Energy Minister Leonore Gewessler.

The talks are to resume in November.
""",
    """Лавров: переговоры продолжатся в следующем месяце

Москва, 5 июня 2024 года. Министр иностранных дел России Сергей Лавров провёл переговоры с коллегой из Казахстана.

«Мы договорились продолжить переговоры в июле и подготовить 15 новых соглашений», — сказал Сергей Лавров.
""",
)


# -- the sample pipeline -----------------------------------------------------
QUOTE = re.compile(r'["“«](?P<words>[^"“”«»\n]{2,}?)["”»]')
SAID_AFTER = re.compile(
    r"\s*,?\s*(?:—\s*)?(?:said|says|сказал|сказала|заявил|заявила)\s+(?P<who>[^.,;:\n\"“”«»]+)"
    r"|\s*(?P<who_first>[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){0,3})\s+(?:said|says)\b")


class SampleReader:
    """Reads ``.txt`` files: one file, one document, titled by its first line."""

    @hookimpl(trylast=True)
    def etl_read(self, source: str, data: bytes) -> list[Document] | None:
        if not source.endswith(".txt"):
            return None
        text = data.decode("utf-8").strip()
        return [Document(source=source, text=text, title=text.split("\n", 1)[0].strip() or None)]


class SampleSegmenter:
    """One statement per quoted passage; the speaker from `, said NAME` or `NAME said` after it."""

    @hookimpl(trylast=True)
    def etl_segment(self, document: Document) -> list[Statement]:
        statements = []
        for m in QUOTE.finditer(document.text):
            after = SAID_AFTER.match(document.text, m.end())
            who = (after.group("who") or after.group("who_first")).strip() if after else None
            statements.append(Statement(kind="quote", char_start=m.start("words"), char_end=m.end("words"),
                                        speaker=who if who and who[0].isupper() else None,
                                        rule="sample-quote", confidence=0.8))
        return statements


class SampleResolver:
    """Takes each speaker mention as the person's name."""

    @hookimpl(trylast=True)
    def etl_resolve_speakers(self, statements: list[Statement]) -> list[SpeakerRef | None]:
        return [SpeakerRef(name=st.speaker, alias=st.speaker) if st.speaker else None for st in statements]


SAMPLE_PLUGINS = {"sample-reader": SampleReader(), "sample-segmenter": SampleSegmenter(),
                  "sample-resolver": SampleResolver()}


def plugin_name(plugin: Any) -> str:
    """The name a plugin is registered under when the test does not give one."""
    name = getattr(plugin, "__name__", None) or type(plugin).__name__
    return name.rsplit(".", 1)[-1]


def named(plugins: Iterable[Any] | Mapping[str, Any]) -> list[tuple[str, Any]]:
    if isinstance(plugins, Mapping):
        return list(plugins.items())
    return [(plugin_name(p), p) for p in plugins]


def make_host(plugins: Iterable[Any] | Mapping[str, Any] = (), samples: bool = True,
              installed: bool = False) -> PluginHost:
    """A host with ``plugins`` and, unless ``installed``, the sample plugins they override."""
    host = default_host() if installed else PluginHost()
    if samples and not installed:
        for name, plugin in SAMPLE_PLUGINS.items():
            host.register(plugin, name)
    for name, plugin in named(plugins):
        host.register(plugin, name)
    return host


def write_inputs(inputs: Iterable[str | Path], folder: Path) -> list[str]:
    """Paths stay as they are; any other string is a document's text, written to a .txt file."""
    sources = []
    for i, item in enumerate(inputs):
        if isinstance(item, Path) or ("\n" not in item and Path(item).exists()):
            sources.append(str(item))
            continue
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"text_{i:03d}.txt"
        path.write_text(item, encoding="utf-8")
        sources.append(str(path))
    return sources


def run_pipeline(inputs: Iterable[str | Path], plugins: Iterable[Any] | Mapping[str, Any] = (),
                 out: Path | str | None = None, *, options: Mapping[str, dict[str, Any]] | None = None,
                 installed: bool = False) -> dict[str, pa.Table]:
    """Run texts or files through a pipeline and return its tables by name.

    :param inputs: texts (written to ``.txt`` files under ``out/inputs``) or
        paths of files and folders.
    :param plugins: the plugins under test, as a list (registered under
        their module or class name) or a ``{name: plugin}`` mapping.
    :param out: a folder for the inputs and the dataset (``out/dataset``); a
        temporary one when not given.
    :param options: ``{plugin name: options}``, given to ``etl_configure``.
    :param installed: run with the installed plugins (``ETL_LOAD_PLUGINS``
        limits them) instead of the sample reader, segmenter and resolver.
    :returns: ``{"documents", "statements", "speakers", "errors"}`` tables.
    """
    from etl.config import ProjectConfig, resolved
    from etl.runner import run

    if out is None:
        with tempfile.TemporaryDirectory(prefix="etl-test-") as tmp:
            return run_pipeline(inputs, plugins, tmp, options=options, installed=installed)
    out = Path(out)
    sources = write_inputs(inputs, out / "inputs")
    host = make_host(plugins, installed=installed)
    config = ProjectConfig(options={name: dict(opts) for name, opts in (options or {}).items()})
    host.configure(config.options)
    host.config = resolved(config, host)
    # In this process, so a plugin's state and exceptions stay where the test can see them; the
    # cache lives with the test's files, so nothing is reused from, or left in, the user's cache.
    run(host, sources, out / "dataset", jobs=1, cache_dir=out / "cache")
    check_dataset(out / "dataset")
    return read_dataset(out / "dataset")


def check_dataset(folder: Path | str) -> None:
    """Fail the test when ``etl validate`` finds a problem in the dataset: keys, offsets, types, checksums."""
    from etl.validate import validate

    problems = validate(folder).problems
    if problems:
        raise AssertionError(f"the dataset in {folder} is not valid:\n" + "\n".join(problems))


def read_dataset(folder: Path | str) -> dict[str, pa.Table]:
    """The tables of a dataset folder written by ``etl run``."""
    return {name: pq.read_table(Path(folder) / f"{name}.parquet") for name in TABLES}


def run_metadata(folder: Path | str, table: str = "documents") -> dict[str, Any]:
    """What a run recorded about itself (plugins, versions, configuration) in a table's metadata."""
    metadata = pq.read_schema(Path(folder) / f"{table}.parquet").metadata or {}
    return json.loads(metadata.get(b"etl.run", b"{}"))


@lru_cache(maxsize=1)
def sample_tables() -> dict[str, pa.Table]:
    """The sample texts through the sample pipeline: core columns only."""
    return run_pipeline(SAMPLE_TEXTS)


# -- the enricher contract -----------------------------------------------------
def check_enricher(plugin: Any, name: str | None = None, *, options: dict[str, Any] | None = None,
                   alongside: Mapping[str, Any] | None = None,
                   tables: Mapping[str, pa.Table] | None = None) -> list[str]:
    """Check that ``plugin`` keeps the enricher contract; raise ``AssertionError`` listing every breach.

    The plugin must declare at least one column and implement the enrich
    hook of each table it declares columns for. On a sample batch, a batch
    whose nullable columns are all null, and an empty batch, each hook must
    return only columns the plugin declared, with the declared types and one
    value per row, and fill every declared column (an empty batch may return
    ``None``); two calls on the same batch must return equal columns.

    :param name: the name to register the plugin under (its entry-point name).
    :param options: given to the plugin's ``etl_configure`` first.
    :param alongside: ``{name: plugin}`` of plugins whose columns this one
        reads; their columns are present (and null) but they are not called.
    :param tables: batches to use instead of the samples, by table name
        (``documents`` is also the context of ``etl_enrich_statements``).
    :returns: the enrich hooks checked.
    """
    name = name or plugin_name(plugin)
    host = make_host({**dict(alongside or {}), name: plugin}, samples=False)
    problems: list[str] = []
    checked: list[str] = []
    try:
        host.configure({name: options or {}})
        schema = host.schema()
    except Exception as exc:
        raise AssertionError(f"enricher {name!r}: {exc}") from None
    declared = {t: schema.owned_by(name, t) for t in ENRICH_HOOKS}
    if not any(declared.values()):
        problems.append("declares no column in etl_columns")
    samples = {**sample_tables(), **dict(tables or {})}
    for table, hook in ENRICH_HOOKS.items():
        impls = [i for i in host.implementations(hook) if i.plugin_name == name]
        if not impls:
            if declared[table]:
                problems.append(f"declares {table} columns but does not implement {hook}")
            continue
        if not declared[table]:
            problems.append(f"implements {hook} but declares no {table} column")
            continue
        checked.append(hook)
        problems.extend(check_hook(host, schema, name, impls[0], table, samples))
    if problems:
        raise AssertionError(f"enricher {name!r} breaks the contract:\n- " + "\n- ".join(problems))
    return checked


def check_hook(host: PluginHost, schema: Schema, name: str, impl: Any, table: str,
               samples: Mapping[str, pa.Table]) -> Iterator[str]:
    """The breaches of one enrich hook, on the sample, null and empty batches."""
    from etl.pipeline import apply_columns

    hook = ENRICH_HOOKS[table]
    sample = conform(schema, table, samples[table])
    context = conform(schema, "documents", samples["documents"])
    batches = {"the sample batch": sample, "a batch of nulls": with_nulls(schema, table, sample),
               "an empty batch": sample.slice(0, 0)}
    for label, batch in batches.items():
        kwargs = {table: batch, "documents": context if table != "documents" else batch}
        results = []
        for _ in range(2):
            try:
                result = host.call_one(impl, **kwargs)
                if result is None:  # adds nothing: fine for an empty batch only
                    if label == "an empty batch":
                        results.append(batch)
                        continue
                    result = {}
                results.append(apply_columns(schema, table, name, batch, result))
                missing = sorted(set(schema.owned_by(name, table)) - set(result))
                if missing:
                    yield f"{hook} on {label} does not fill {', '.join(missing)}"
                    break
            except Exception as exc:
                yield f"{hook} on {label}: {type(exc).__name__}: {exc}"
                break
        if len(results) == 2 and not results[0].equals(results[1]):
            yield f"{hook} on {label} is not deterministic: two calls returned different columns"


def conform(schema: Schema, table: str, data: pa.Table) -> pa.Table:
    """``data`` with every column of ``table`` in the schema; plugin columns start null, as in a run."""
    arrays = [data.column(c.name) if c.name in data.column_names else pa.nulls(data.num_rows, c.type)
              for c in schema.table(table)]
    return pa.Table.from_arrays(arrays, schema=schema.arrow(table))


def with_nulls(schema: Schema, table: str, data: pa.Table) -> pa.Table:
    """``data`` with every nullable column null and the first text (where there is one) empty."""
    arrays = []
    for col in schema.table(table):
        values = data.column(col.name)
        if col.owner != CORE or col.name in NULLABLE_CORE[table]:
            values = pa.nulls(data.num_rows, col.type)
        elif col.name == "text" and data.num_rows:
            values = pa.array([""] + values.to_pylist()[1:], type=col.type)
        arrays.append(values)
    return pa.Table.from_arrays(arrays, schema=schema.arrow(table))


# -- fixtures ------------------------------------------------------------------
@pytest.fixture
def etl_host() -> Iterator[Any]:
    """Make a host holding only the plugins given: ``etl_host(plugin, name=plugin, samples=False)``.

    With ``samples=True`` the sample reader, segmenter and resolver are
    registered too. Every plugin is unregistered when the test ends.
    """
    hosts: list[PluginHost] = []

    def make(*plugins: Any, samples: bool = False, **by_name: Any) -> PluginHost:
        host = make_host(dict([*named(plugins), *by_name.items()]), samples=samples)
        hosts.append(host)
        return host

    try:
        yield make
    finally:
        for host in hosts:
            for name in list(host.infos):
                host.unregister(name)


@pytest.fixture
def etl_sample_texts() -> list[str]:
    """A few short news texts with quotes, numbers and names, in English and Russian."""
    return list(SAMPLE_TEXTS)


@pytest.fixture
def etl_documents() -> pa.Table:
    """The sample texts as a batch of the documents table (core columns)."""
    return sample_tables()["documents"]


@pytest.fixture
def etl_statements() -> pa.Table:
    """The sample texts' quotes as a batch of the statements table (core columns)."""
    return sample_tables()["statements"]


@pytest.fixture
def etl_speakers() -> pa.Table:
    """The people the sample texts quote, as the speakers table (core columns)."""
    return sample_tables()["speakers"]
