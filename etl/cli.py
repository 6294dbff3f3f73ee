"""The `etl` command line. Each command is a thin function over the library."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from etl import __version__
from etl.errors import EtlError
from etl.plugins import PluginHost
from etl.scaffold import Kind
from etl.sources import DEFAULT_MAX_FILE_SIZE, parse_size

DEFAULT_SIZE_TEXT = f"{DEFAULT_MAX_FILE_SIZE // 2**20}M ({DEFAULT_MAX_FILE_SIZE:,} bytes)"

if TYPE_CHECKING:
    from etl.publish.settings import PublishSettings
    from etl.runner import RunSummary

app = typer.Typer(
    help="Turn raw documents into an open dataset of who said what, where and when.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    # Help is plain text: with Rich markup, `pip install 'etl[ray]'` showed as `pip install 'etl'`.
    rich_markup_mode=None,
)
plugins_app = typer.Typer(help="List installed plugins, or start a new one.",
                          context_settings={"help_option_names": ["-h", "--help"]}, rich_markup_mode=None)
app.add_typer(plugins_app, name="plugins")

out = Console()
err = Console(stderr=True)

Disable = Annotated[Optional[list[str]], typer.Option("--disable", help="Do not load the plugin NAME (repeatable).")]
Enable = Annotated[Optional[list[str]], typer.Option(
    "--enable", help="Load the opt-in plugin NAME, or `all` of them (repeatable).")]
ConfigFile = Annotated[Optional[Path], typer.Option(
    "--config", "-c", help="Project file (etl.toml, or a pyproject.toml with a tool.etl table): which "
                           "plugins load, in which order, with which options.")]


def shown(name: str) -> str:
    """A file name on one line: control characters (a newline in a name) written as escapes."""
    return name if name.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


def fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(1)


Field = Annotated[Optional[list[str]], typer.Option(
    "--field", help="FIELD=NAME: the input's records give the document field FIELD (text, title, date, url, "
                    "id, author, source, language) under NAME, e.g. --field text=body (repeatable).")]


def load_host(disable: list[str] | None = None, enable: list[str] | None = None,
              config: Path | None = None, fields: list[str] | None = None) -> PluginHost:
    """The plugin host for a command; load failures are reported once each."""
    from etl.config import ProjectConfig, build_host, load_config

    try:
        project = load_config(config) if config is not None else ProjectConfig()
        host = build_host(project.with_flags(disable or (), enable or (), fields or ()))
    except EtlError as exc:
        raise fail(str(exc))
    for failure in host.failures:
        err.print(f"[yellow]warning:[/yellow] plugin {failure.name!r} failed to load and is skipped: "
                  f"{escape(failure.message)}", highlight=False, soft_wrap=True)
    return host


class ExecutorKind(str, Enum):
    local = "local"
    ray = "ray"


@app.command()
def run(
    sources: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns to read.")],
    out_dir: Annotated[str, typer.Option("--out", "-o", help="Folder (or URI, e.g. s3://bucket/prefix) to write "
                                                            "the dataset to (replaced whole).")],
    batch_size: Annotated[int, typer.Option(help="Documents per batch.", min=1)] = 256,
    disable: Disable = None,
    enable: Enable = None,
    config: ConfigFile = None,
    field: Field = None,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help="Worker processes (default: every core); 1 runs in this process.")] = None,
    full_refresh: Annotated[bool, typer.Option(
        "--full-refresh", help="Ignore cached results and process every source again.")] = False,
    executor: Annotated[ExecutorKind, typer.Option(
        "--executor", help="Where batches run: local processes, or a Ray cluster (pip install 'etl[ray]').")
    ] = ExecutorKind.local,
    address: Annotated[Optional[str], typer.Option(
        "--address", help="The Ray cluster to join (default: start a local Ray instance).")] = None,
    cache_dir: Annotated[Optional[Path], typer.Option(
        "--cache-dir", help="Folder for cached results (default: under ~/.cache/etl, one per output).")] = None,
    max_file_size: Annotated[Optional[str], typer.Option(
        "--max-file-size", metavar="SIZE",
        help=f"Largest file to read whole, e.g. 500M or 2G (powers of 1024); a larger one is an error row "
             f"unless a reader streams it (JSON Lines, CSV, Parquet, WARC, compressed files, archives). "
             f"Default: max_file_size of the project file, else {DEFAULT_SIZE_TEXT}.")] = None,
    timeout: Annotated[Optional[float], typer.Option(
        "--timeout", min=0, help="Seconds a document may spend in the plugins before its worker is stopped and "
                                 "it becomes an error row (default: the project file's `timeout`, else 600; "
                                 "0: no limit). With --jobs 1 only a plugin stuck in Python code can be "
                                 "stopped.")] = None,
) -> None:
    """Build a dataset (documents, speakers, statements, errors) from SOURCES.

    Every input ends as a document row or an error row; the exit status is 1
    when any input failed. Results are cached per source: a re-run processes
    only new or changed sources (or everything, after a plugin changed).
    --out must be absent, empty, or a dataset etl wrote: it is replaced whole.
    SIGINT or SIGTERM stops the run (exit 130 or 143), keeping its finished
    batches in the cache for the next run.
    """
    from etl.executors import Stopped, stop_on_signals

    undo = stop_on_signals()
    try:
        run_command(sources, out_dir, batch_size, disable, enable, config, jobs, full_refresh, executor, address,
                    cache_dir, timeout, field, max_file_size)
    except Stopped as exc:
        err.print(f"stopped by {exc}: the batches finished are cached; run the same command again to go on",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(exc.status)
    finally:
        undo()


def run_command(sources: list[str], out_dir: str, batch_size: int, disable: list[str] | None,
                enable: list[str] | None, config: Path | None, jobs: int | None, full_refresh: bool,
                executor: ExecutorKind, address: str | None, cache_dir: Path | None,
                timeout: float | None, field: list[str] | None, max_file_size: str | None) -> None:
    """`etl run`, with SIGINT and SIGTERM turned into a clean stop."""
    from etl.freshness import installed_digest, summary_line
    from etl.memory import settle_allocators, settle_collector
    from etl.runner import unchanged

    settle_allocators()  # before any worker is forked, so that they inherit it
    try:
        limit = parse_size(max_file_size) if max_file_size is not None else None
    except EtlError as exc:
        raise fail(str(exc))
    installed = installed_digest(disable or (), enable or (), config, limit, sources, field or ())
    try:
        # Nothing changed since the last run: say so without loading (importing) a plugin.
        summary, listing = (None, None) if full_refresh or address else \
            unchanged(sources, out_dir, cache_dir, installed)
    except EtlError as exc:
        raise fail(str(exc))
    if summary is None:
        host = load_host(disable, enable, config, field)
        host.publish = host.publish.overridden(command=command_line(sources, disable, enable, config, field))
        settle_collector()  # the plugins are loaded: keep the collector off them, here and in forked workers
        limit = limit or host.config.get("max_file_size")
        summary = build(host, sources, out_dir, batch_size, executor, jobs, address, full_refresh, cache_dir,
                        installed, listing, limit or DEFAULT_MAX_FILE_SIZE, time_limit(timeout, config))
    for note in summary.notes:
        err.print(f"[yellow]warning:[/yellow] {escape(note)}", highlight=False, soft_wrap=True)
    for line in summary.info:
        err.print(escape(line), highlight=False, soft_wrap=True)
    for e in summary.errors:
        err.print(f"[red]error:[/red] {escape(shown(e['source']))}: {e['stage']} ({escape(e['plugin'])}): "
                  f"{escape(e['message'])}", highlight=False, soft_wrap=True)
    state = "up to date" if summary.up_to_date else f"{summary.computed} sources processed, {summary.reused} from cache"
    if summary.damaged:
        state += f"; {summary.damaged} of them processed again, their cache entries damaged or missing"
    out.print(escape(summary_line(summary.documents, summary.statements, summary.speakers, len(summary.errors),
                                  out_dir, state, summary.duplicate_texts)), highlight=False, soft_wrap=True)
    if summary.errors:
        raise typer.Exit(1)


def time_limit(timeout: float | None, config: Path | None) -> float | None:
    """Seconds a document may take: ``--timeout``, else the project file's ``timeout``, else the default;
    0 is no limit (None)."""
    from etl.config import load_config
    from etl.executors import DEFAULT_TIMEOUT

    if timeout is None and config is not None:
        try:
            timeout = load_config(config).timeout
        except EtlError as exc:
            raise fail(str(exc))
    if timeout is None:
        timeout = DEFAULT_TIMEOUT
    return timeout or None


def command_line(sources: list[str], disable: list[str] | None, enable: list[str] | None,
                 config: Path | None, field: list[str] | None) -> str:
    """The `etl run` command line that builds this dataset, as its card records it: the same bytes
    wherever the dataset is written and however its inputs are reached, as the sources it stores."""
    import shlex

    from etl.sources import is_uri

    def shown(path: str) -> str:  # a path outside the working folder by its name alone, as sources are stored
        return path if is_uri(path) or not (os.path.isabs(path) or path.startswith("..")) else \
            os.path.basename(path.rstrip("/")) or path

    words = ["etl", "run", *map(shown, sources), "--out", "DIR"]
    words += [w for name in disable or () for w in ("--disable", name)]
    words += [w for name in enable or () for w in ("--enable", name)]
    words += [w for pair in field or () for w in ("--field", pair)]
    words += ["--config", shown(str(config))] if config is not None else []
    return shlex.join(words)


def build(host: PluginHost, sources: list[str], out_dir: str, batch_size: int, executor: ExecutorKind,
          jobs: int | None, address: str | None, full_refresh: bool, cache_dir: Path | None,
          installed: str, listing: tuple[bool, int] | None = None,
          max_file_size: int = DEFAULT_MAX_FILE_SIZE, timeout: float | None = None) -> RunSummary:
    """`etl run` with its plugins loaded, with a progress bar on a terminal."""
    from etl.executors import make_executor
    from etl.runner import run as run_pipeline

    try:
        runner = make_executor(ExecutorKind(executor).value, jobs=jobs, address=address, timeout=timeout)
        try:
            with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                          MofNCompleteColumn(), TimeRemainingColumn(), console=err,
                          disable=not err.is_terminal) as bar:
                task = bar.add_task("documents", total=None)
                shown = err.is_terminal  # the bar's total costs a walk of the sources: only for a bar shown
                return run_pipeline(host, sources, out_dir, batch_size=batch_size, executor=runner,
                                    full_refresh=full_refresh, cache_dir=cache_dir,
                                    progress=(lambda n: bar.advance(task, n)) if shown else None,
                                    on_total=(lambda n: bar.update(task, total=n)) if shown else None,
                                    # a host some plugin failed to load into prints warnings each run
                                    installed=None if host.failures else installed, listing=listing,
                                    max_file_size=max_file_size, timeout=timeout)
        finally:
            runner.close()
    except EtlError as exc:
        raise fail(str(exc))


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def query(
    dataset: Annotated[Path, typer.Argument(help="A dataset folder written by `etl run`.")],
    sql: Annotated[str, typer.Argument(help="SQL over the views documents, speakers, statements, errors.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    unsafe: Annotated[bool, typer.Option(
        "--unsafe", help="Let the SQL reach files beyond the dataset: write them (COPY ... TO), read others, "
                         "attach databases, install or load extensions.")] = False,
) -> None:
    """Run SQL on a dataset with DuckDB; the tables are views named after them.

    Read-only: the SQL reads the dataset and nothing else. It cannot write
    files, read other files, attach databases or load extensions, unless
    --unsafe is given.
    """
    from etl.query import query as run_query, to_csv, to_json

    try:
        columns, rows = run_query(dataset, sql, unsafe=unsafe)
    except EtlError as exc:
        raise fail(str(exc))
    if format is Format.csv:
        sys.stdout.write(to_csv(columns, rows))
    elif format is Format.json:
        sys.stdout.write(to_json(columns, rows) + "\n")
    else:
        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        out.print(table)


@app.command()
def search(
    dataset: Annotated[Path, typer.Argument(help="A dataset folder built with an embedding column.")],
    text: Annotated[str, typer.Argument(help="What to look for, in plain words.")],
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many statements to show.", min=1)] = 10,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
) -> None:
    """Find the statements closest in meaning to TEXT, best first."""
    from etl.query import to_csv, to_json
    from etl.search import search as run_search

    try:
        columns, rows = run_search(dataset, text, limit=limit)
    except EtlError as exc:
        raise fail(str(exc))
    rows = [(round(score, 4), *rest) for score, *rest in rows]
    if format is Format.csv:
        sys.stdout.write(to_csv(columns, rows))
    elif format is Format.json:
        sys.stdout.write(to_json(columns, rows) + "\n")
    else:
        table = Table("score", "speaker", "document", "text", show_lines=True)
        for score, speaker, document, _doc_id, _statement_id, statement in rows:
            shown = statement if len(statement) <= 300 else statement[:299] + "…"  # --format json has it whole
            table.add_row(f"{score:.3f}", speaker or "", document or "", shown)
        out.print(table)


@app.command()
def schema(disable: Disable = None, enable: Enable = None, config: ConfigFile = None) -> None:
    """Print every output column: table, name, type, owner plugin and description."""
    host = load_host(disable, enable, config)
    try:
        columns = host.schema().columns
    except EtlError as exc:
        raise fail(str(exc))
    table = Table("table", "column", "type", "owner", "description")
    for col in sorted(columns, key=lambda c: ("documents", "statements", "speakers").index(c.table)):
        table.add_row(col.table, col.name, str(col.type), col.owner, col.description)
    out.print(table)


@app.command()
def publish(
    dataset: Annotated[Path, typer.Argument(help="A dataset folder written by `etl run`.")],
    title: Annotated[Optional[str], typer.Option(help="The dataset's title.")] = None,
    license: Annotated[Optional[str], typer.Option(
        "--license", help="The dataset's licence, as an SPDX id (CC-BY-4.0, MIT) or `other`.")] = None,
    description: Annotated[Optional[str], typer.Option(help="What the dataset holds, in a sentence or two.")] = None,
    homepage: Annotated[Optional[str], typer.Option(help="Where the dataset lives.")] = None,
    gold: Annotated[Optional[Path], typer.Option(
        help="A gold folder: put the attribution scores (`etl eval`) in the card.")] = None,
    config: ConfigFile = None,
) -> None:
    """Write DATASET's metadata anew: datapackage.json, croissant.json, README.md (the card), plots, SHA256SUMS.

    Defaults come from the publish table of a project file: the one given with
    --config, else the one the run that built DATASET recorded, if it is there.
    """
    from etl.publish import publish as write_metadata
    from etl.publish.settings import PublishSettings

    try:
        settings = project_publish(dataset, config) or PublishSettings()
        settings = settings.overridden(title=title, license=license, description=description, homepage=homepage,
                                       gold=str(gold) if gold is not None else None)
        written = write_metadata(dataset, settings=settings)
    except EtlError as exc:
        raise fail(str(exc))
    out.print(escape(f"{dataset}: wrote {', '.join(written)}"), highlight=False, soft_wrap=True)


def project_publish(dataset: Path, config: Path | None) -> PublishSettings | None:
    """The [publish] table of ``config``, or of the project file the dataset's run recorded (when it exists)."""
    import json

    import pyarrow.parquet as pq

    from etl.config import load_config
    from etl.publish.facts import table_files

    if config is None:
        files = table_files(dataset, "documents")
        if not files:
            raise EtlError(f"{dataset}: no documents.parquet; is this a dataset built by `etl run`?")
        metadata = pq.read_schema(dataset / files[0]).metadata or {}
        recorded = json.loads(metadata.get(b"etl.run", b"{}")).get("config", {}).get("file")
        if not recorded or not Path(recorded).is_file():
            return None
        config = Path(recorded)
    return load_config(config).publish


@app.command()
def validate(dataset: Annotated[Path, typer.Argument(help="A dataset folder written by `etl run`.")]) -> None:
    """Check DATASET: checksums, declared columns and types, keys, offsets, the card's counts.

    Prints one line per problem (file, column, row) and exits 1; or one line, and 0, when it is valid.
    """
    from etl.validate import validate as check

    try:
        report = check(dataset)
    except EtlError as exc:
        raise fail(str(exc))
    for line in report.problems:
        out.print(escape(line), highlight=False, soft_wrap=True)
    if report.problems:
        err.print(f"{dataset}: {len(report.problems)} problems", highlight=False)
        raise typer.Exit(1)
    out.print(escape(report.summary(dataset)), highlight=False, soft_wrap=True)


@app.command("eval")
def evaluate(
    paths: Annotated[list[str], typer.Argument(
        help="DATASET GOLD: a dataset folder and a gold folder; or, with --gold, the SOURCES to build and score.")],
    gold: Annotated[Optional[Path], typer.Option(
        help="Gold folder: build a dataset from the SOURCES given as arguments, then score it.")] = None,
    by_doc: Annotated[bool, typer.Option("--by-doc", help="Print a row per document.")] = False,
    by_rule: Annotated[bool, typer.Option(
        "--by-rule", help="Print a row per segmenter rule (statements.rule): its statements, how many "
                          "name a speaker, how many of those are wrong (speaker or words), and the precision "
                          "of its attributed words.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    min_f1: Annotated[Optional[float], typer.Option(help="Exit 1 when attributed-token F1 is lower.")] = None,
    disable: Disable = None,
    enable: Enable = None,
) -> None:
    """Score speaker attribution against a gold set (gold.jsonl + speakers.jsonl).

    Attributed-token precision, recall and F1 (the headline, printed last),
    speakers per document, and statements matched one to one. --by-rule adds
    the precision of each segmenter rule, to filter statements by trust.
    """
    import json
    import tempfile

    from etl.evaluate import format_report, format_rules, rule_precision, score

    def scored(dataset: Path, gold_dir: Path) -> dict:
        result = score(dataset, gold_dir)
        if by_rule:
            result["by_rule"] = rule_precision(dataset, gold_dir)
        return result

    try:
        if gold is None:
            if len(paths) != 2:
                raise EtlError("give DATASET GOLD, or --gold GOLD and the SOURCES to build")
            result = scored(Path(paths[0]), Path(paths[1]))
        else:
            from etl.runner import run as run_pipeline

            host = load_host(disable, enable)
            with tempfile.TemporaryDirectory(prefix="etl-eval-") as tmp:
                run_pipeline(host, paths, Path(tmp) / "dataset")
                result = scored(Path(tmp) / "dataset", gold)
    except EtlError as exc:
        raise fail(str(exc))
    if as_json:
        shown = result if by_doc else {k: v for k, v in result.items() if k != "by_doc"}
        sys.stdout.write(json.dumps(shown, indent=2, ensure_ascii=False) + "\n")
    else:
        if by_rule:
            sys.stdout.write(format_rules(result["by_rule"]) + "\n")
        sys.stdout.write(format_report(result, by_doc) + "\n")
    if min_f1 is not None and result["attributed_tokens"]["f"] < min_f1:
        raise typer.Exit(1)


@plugins_app.callback(invoke_without_command=True)
def plugins(ctx: typer.Context, disable: Disable = None) -> None:
    """List every registered plugin: name, version, origin, the file suffixes a reader reads, and hooks."""
    if ctx.invoked_subcommand is not None:
        return
    host = load_host(disable)
    reads = host.read_suffixes()
    table = Table("plugin", "version", "origin", "reads", "hooks")
    for info in sorted([*host.infos.values(), *host.opt_in.values()], key=lambda i: i.name):
        table.add_row(info.name, info.version, info.origin, " ".join(reads.get(info.name, [])),
                      ", ".join(info.hooks))
    # Piped or captured, the table keeps every hook name whole rather than the 80 columns of no terminal.
    (out if out.is_terminal else Console(width=160)).print(table)


@plugins_app.command("new")
def plugins_new(
    name: Annotated[str, typer.Argument(help="The plugin's name: lowercase letters, digits, - and _.")],
    kind: Annotated[Kind, typer.Option(help="What the plugin does.")] = Kind.enricher,
    dir: Annotated[Path, typer.Option("--dir", help="Folder to create the package NAME/ in.")] = Path("."),
) -> None:
    """Write a ready-to-install plugin package NAME/: pyproject.toml, module, test, README."""
    from etl.scaffold import new_plugin

    try:
        package = new_plugin(name, kind, dir)
    except EtlError as exc:
        raise fail(str(exc))
    out.print(f"wrote {package}; next: pip install -e {package} && etl plugins", highlight=False)


def version_callback(value: bool) -> None:
    if value:
        out.print(f"etl {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn raw documents into an open dataset of who said what, where and when."""


def main() -> None:
    app(prog_name="etl")
