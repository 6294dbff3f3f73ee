"""One run: expand the sources, process them batch by batch, write the dataset."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from etl.pipeline import (DEFAULT_BATCH_SIZE, batched, enrich, errors_table, expand_sources,
                          process_batch, reduce_speakers)
from etl.plugins import PluginHost
from etl.schema import ERROR_COLUMNS, arrow_schema
from etl.writer import DatasetWriter


@dataclass
class RunSummary:
    sources: int = 0
    documents: int = 0
    statements: int = 0
    speakers: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def failed_sources(self) -> int:
        return len({e["source"] for e in self.errors})


def run(host: PluginHost, sources: Iterable[str], out: Path, batch_size: int = DEFAULT_BATCH_SIZE,
        progress: Callable[[int], None] | None = None) -> RunSummary:
    """Build a dataset from ``sources`` into the folder ``out``."""
    files = expand_sources(sources)
    schema = host.schema()
    summary = RunSummary(sources=len(files))
    writer = DatasetWriter(out, schema, {"plugins": host.versions()})
    try:
        mentions = []
        for chunk in batched(files, batch_size):
            batch = process_batch(host, schema, chunk)
            writer.table("documents").write(batch.documents)
            writer.table("statements").write(batch.statements)
            mentions.extend(batch.mentions)
            summary.errors.extend(batch.errors)
            summary.documents += batch.documents.num_rows
            summary.statements += batch.statements.num_rows
            if progress:
                progress(len(chunk))
        speakers = reduce_speakers(schema, mentions)
        speakers = enrich(host, schema, "speakers", speakers, summary.errors)
        summary.speakers = speakers.num_rows
        writer.table("speakers").write(speakers)
        for name in ("documents", "statements"):
            writer.table(name)  # an empty table is still written, with its schema
        writer.table("errors", arrow_schema(ERROR_COLUMNS)).write(errors_table(summary.errors))
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    return summary
