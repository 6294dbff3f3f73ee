"""A dataset's metadata, written beside its tables: what data portals and loaders read.

``publish(folder, name, settings)`` writes, from the tables and their declared
schema:

- ``datapackage.json``, a Frictionless Data Package (:mod:`etl.publish.package`);
- ``croissant.json``, MLCommons Croissant JSON-LD (:mod:`etl.publish.croissant`);
- ``README.md``, the dataset card, and ``plots/*.png`` (:mod:`etl.publish.card`, :mod:`etl.publish.plots`);
- ``SHA256SUMS``, every file's checksum (:mod:`etl.publish.checksums`).

``etl run`` calls it on the folder it is writing, before the folder is moved
into place; ``etl publish DIR`` calls it on a finished dataset. Nothing in it
reads a clock: the same tables and settings give the same bytes.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from etl.publish.settings import PublishSettings

#: Every file and folder this package writes: removed before they are written anew.
METADATA = ("datapackage.json", "croissant.json", "README.md", "SHA256SUMS", "plots")


def with_defaults(settings: PublishSettings | None, name: str) -> PublishSettings:
    settings = settings or PublishSettings()
    slug = re.sub(r"[^a-z0-9._-]+", "-", (settings.name or name).lower()).strip("-._") or "dataset"
    title = settings.title or f"{slug}: who said what, where and when"
    description = settings.description or ("Statements found in documents (news, transcripts, interviews): "
                                           "who said what, where and when, with the speakers resolved to people.")
    return settings.overridden(name=slug, title=title, description=description, version=settings.version or "1.0.0")


def publish(folder: Path | str, name: str | None = None, settings: PublishSettings | None = None) -> list[str]:
    """Write the metadata files of the dataset in ``folder`` (named ``name``, default the folder's name).

    Returns the files written, relative to ``folder``.
    """
    from etl.publish import card, checksums, croissant, package, plots
    from etl.publish.facts import file_digest, gather

    folder = Path(folder)
    settings = with_defaults(settings, name or folder.name)
    for entry in METADATA:
        target = folder / entry
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    facts = gather(folder, settings)
    digests = {f: file_digest(folder / f) for info in facts.tables.values() for f in info.files}
    citation = settings.citation or card.default_citation(settings, facts)
    pngs = plots.render(facts)
    written = []
    for file, data in pngs.items():
        write(folder / file, data)
        written.append(file)
    scores = gold_scores(folder, settings.gold) if settings.gold else None
    write(folder / "datapackage.json", dumps(package.datapackage(facts, settings, digests)))
    write(folder / "croissant.json", dumps(croissant.croissant(facts, settings, digests, citation)))
    write(folder / "README.md", card.card(facts, settings, citation, pngs, plots.available(), scores).encode())
    written += ["datapackage.json", "croissant.json", "README.md"]
    checksums.write_sums(folder, known=digests)
    return [*written, "SHA256SUMS"]


def publish_run(writer: Any, host: Any, out: str | Path) -> None:
    """The metadata of the dataset a run is writing, into its temporary folder before it is moved in place.

    ``writer`` is the run's :class:`etl.writer.DatasetWriter`; its files are closed first, so
    that they can be read. The settings are the host's (``[publish]`` of its project file).
    """
    for file, table in writer.tables.items():
        if not table.closed:
            writer.close_file(file)
    name = str(out).rstrip("/").rsplit("/", 1)[-1]
    publish(writer.tmp, name, getattr(host, "publish", None))


def gold_scores(folder: Path, gold: str) -> dict[str, Any]:
    from etl.evaluate import score

    return score(folder, Path(gold))


def dumps(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
