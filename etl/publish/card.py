"""``README.md``: the dataset card, with a header the Hugging Face Hub and ``datasets`` read.

The header's ``configs`` name one configuration per table, so that
``load_dataset(DIR, "statements")`` loads that table alone (and
``load_dataset(DIR)`` the statements, the default); a table with no
rows also has its features declared, so that it loads as an empty table (the
Hub's viewer shows its columns) instead of breaking the others.
"""
from __future__ import annotations

import json
import re
from typing import Any

from etl.publish.contract import FOREIGN_KEYS, PRIMARY_KEYS, hf_dtype
from etl.publish.facts import Facts
from etl.publish.plots import INSTALL_HINT, PLOTS
from etl.publish.settings import PublishSettings

#: The summary table's rows, which `etl validate` checks against the tables: "| `documents` | 5 |".
COUNT_ROW = re.compile(r"^\| `(\w+)` \| (\d+) \|", re.M)
HF_LICENSES = {"MIT": "mit", "CC0-1.0": "cc0-1.0", "CC-BY-4.0": "cc-by-4.0", "CC-BY-SA-4.0": "cc-by-sa-4.0",
               "CC-BY-NC-4.0": "cc-by-nc-4.0", "ODC-By-1.0": "odc-by", "ODbL-1.0": "odbl", "PDDL-1.0": "pddl"}


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return name
    return "10M<n<100M"


def q(value: str) -> str:
    """A YAML scalar: JSON's quoted strings are YAML's double-quoted ones."""
    return json.dumps(value, ensure_ascii=False)


def header(facts: Facts, settings: PublishSettings, languages: list[str]) -> list[str]:
    lines = ["---", f"pretty_name: {q(settings.title)}", f"license: {HF_LICENSES.get(settings.license, 'other')}"]
    if settings.license not in HF_LICENSES:  # the Hub asks for a slug and a link for any other licence
        slug = re.sub(r"[^a-z0-9.-]+", "-", settings.license.lower()).strip("-")
        lines += [f"license_name: {q('per-source-terms' if slug in ('other', 'unknown', '') else slug)}",
                  "license_link: README.md"]
    if languages:
        lines.append("language:")
        lines += [f"- {q(lang)}" for lang in languages]
    lines += ["task_categories:", "- token-classification", "- text-classification",
              "tags:", "- quotations", "- speaker-attribution", "- news", "- transcripts",
              "size_categories:", f"- {size_category(facts.rows('statements'))}", "configs:"]
    for table, info in facts.tables.items():
        lines += [f"- config_name: {table}"] + (["  default: true"] if table == "statements" else []) + [
            "  data_files:", "  - split: train",
            f"    path: {q(info.files[0] if len(info.files) == 1 else table + '/*.parquet')}"]
    empty = [t for t, info in facts.tables.items() if info.rows == 0]
    if empty:
        lines.append("dataset_info:")
    for table in empty:
        lines += [f"- config_name: {table}", "  features:"]
        for col in facts.tables[table].columns:
            dtype = hf_dtype(col.type)
            if dtype is not None:
                lines += [f"  - name: {q(col.name)}", f"    dtype: {q(dtype)}"]
        lines += ["  splits:", "  - name: train", "    num_bytes: 0", "    num_examples: 0"]
    lines.append("---")
    return lines


def pairs_text(pairs: list[tuple[str, int]], limit: int = 12) -> str:
    shown = ", ".join(f"{k} ({n})" for k, n in pairs[:limit])
    return shown + (f", and {len(pairs) - limit} more" if len(pairs) > limit else "") if pairs else "none"


def default_citation(settings: PublishSettings, facts: Facts) -> str:
    # No year: nothing here knows when the dataset is published (the clock would break rebuilds);
    # a project file's [publish] citation gives the full one.
    return (f"@misc{{{settings.name.replace('-', '_')},\n  title = {{{settings.title}}},\n"
            f"  version = {{{settings.version}}},\n"
            + (f"  url = {{{settings.homepage}}},\n" if settings.homepage else "")
            + "  note = {Built with etl}\n}")


def card(facts: Facts, settings: PublishSettings, citation: str, plots: dict[str, bytes],
         plots_possible: bool, scores: dict[str, Any] | None) -> str:
    languages = [lang for lang, _ in facts.languages if lang != "unknown"] or list(settings.language)
    lines = header(facts, settings, languages)
    lines += ["", f"# {settings.title}", "", settings.description, ""]
    lines += summary(facts)
    lines += plots_section(plots, plots_possible)
    lines += dictionary(facts)
    lines += sources_section(facts, settings)
    lines += provenance(facts, settings)
    if scores is not None:
        lines += scores_section(scores, settings.gold)
    lines += ["## Limits", ""]
    from etl.publish.croissant import limitations

    lines += [f"- {item}" for item in limitations(facts, settings)]
    lines += [""] + loading(facts) + ["## Citation", "", "```bibtex", citation, "```", ""]
    return "\n".join(lines)


def summary(facts: Facts) -> list[str]:
    low, high = facts.date_range
    lines = ["## Summary", "", "| table | rows |", "| --- | --- |"]
    lines += [f"| `{t}` | {info.rows} |" for t, info in facts.tables.items()]
    lines += ["",
              f"- Published: {low[:10] + ' to ' + high[:10] if low and high else 'no document is dated'}"
              + (f" ({facts.undated} documents undated)" if low and facts.undated else ""),
              f"- Outlets: {pairs_text(facts.outlets)}",
              f"- Languages: {pairs_text(facts.languages)}",
              f"- Kinds of statement: {pairs_text(facts.kinds)}",
              f"- Source files by format: {pairs_text([('.' + k, n) for k, n in facts.formats])}", ""]
    return lines


def plots_section(plots: dict[str, bytes], possible: bool) -> list[str]:
    lines = ["## Plots", ""]
    if not possible:
        return lines + [f"The plots need matplotlib, which was not installed when this card was written: "
                        f"{INSTALL_HINT}.", ""]
    for name, (title, _) in PLOTS.items():
        if name in plots:
            lines += [f"![{title}]({name})", ""]
    return lines if plots else lines + ["None: the tables hold nothing to plot.", ""]


def dictionary(facts: Facts) -> list[str]:
    lines = ["## Data dictionary", ""]
    for table, info in facts.tables.items():
        keys = []
        if table in PRIMARY_KEYS:
            keys.append(f"key `{PRIMARY_KEYS[table]}`")
        keys += [f"`{c}` → `{t}.{tc}`" for (s, c), (t, tc) in FOREIGN_KEYS.items() if s == table]
        files = info.files[0] if len(info.files) == 1 else f"{table}/ ({len(info.files)} part files)"
        lines += [f"### `{table}`", "", f"{info.rows} rows in `{files}`" + (f"; {', '.join(keys)}" if keys else "")
                  + ".", "", "| column | type | added by | description |", "| --- | --- | --- | --- |"]
        lines += [f"| `{c.name}` | `{c.type}` | {c.owner} | {c.description.replace('|', '/')} |" for c in info.columns]
        lines.append("")
    return lines


def sources_section(facts: Facts, settings: PublishSettings) -> list[str]:
    lines = ["## Sources and licences", "",
             f"The dataset as a whole: **{settings.license}**. The documents' text belongs to its publishers; "
             f"each source's terms, as far as they are known:", ""]
    if not settings.sources:
        return lines + ["- No source is described: the terms of the documents' text are unknown.", ""]
    lines += ["| source | documents | licence | note |", "| --- | --- | --- | --- |"]
    for note, count in zip(settings.sources, facts.source_counts):
        title = f"[{note.title}]({note.homepage})" if note.homepage else note.title
        lines.append(f"| {title} | {count} | {note.license} | {note.note.replace('|', '/')} |")
    return lines + [""]


def provenance(facts: Facts, settings: PublishSettings) -> list[str]:
    plugins = facts.run.get("plugins", {})
    config = facts.run.get("config", {})
    lines = ["## Provenance", "",
             f"Built by etl from {pairs_text([('.' + k, n) for k, n in facts.formats])} "
             f"source files" + (f" with `{settings.command}`" if settings.command else "") + ".", "",
             "| plugin | version |", "| --- | --- |"]
    lines += [f"| `{name}` | {version} |" for name, version in sorted(plugins.items())]
    lines += ["", "Configuration (also in every Parquet file's metadata, under `etl.run`):", "", "```json",
              json.dumps(config, indent=2, sort_keys=True, ensure_ascii=False), "```", ""]
    return lines


def scores_section(scores: dict[str, Any], gold: str) -> list[str]:
    lines = ["## Attribution quality", "",
             f"Scored with `etl eval` against the gold set `{gold}` ({scores['documents']} documents):", "",
             "| measure | precision | recall | F1 |", "| --- | --- | --- | --- |"]
    for key, label in (("attributed_tokens", "attributed tokens"), ("speakers", "speakers"),
                       ("statements", "statements")):
        m = scores[key]
        lines.append(f"| {label} | {m['p']:.3f} | {m['r']:.3f} | {m['f']:.3f} |")
    return lines + [""]


def loading(facts: Facts) -> list[str]:
    def path(table: str) -> str:
        info = facts.tables[table]
        return info.files[0] if len(info.files) == 1 else f"{table}/*.parquet"

    return ["## Loading", "", "Check the folder first: `etl validate .` compares every file with its checksum, "
            "the tables with their declared schema, keys and offsets.", "",
            "DuckDB:", "", "```sql",
            f"SELECT s.text, p.name FROM '{path('statements')}' s JOIN '{path('speakers')}' p USING (speaker_id);",
            "```", "", "pandas and polars:", "", "```python", "import pandas as pd",
            f"statements = pd.read_parquet(\"{path('statements').split('/')[0]}\")", "", "import polars as pl",
            f"speakers = pl.read_parquet(\"{path('speakers')}\")", "```", "",
            "Hugging Face `datasets` (one configuration per table; a table with no rows loads with "
            "`streaming=True`):", "", "```python", "from datasets import load_dataset",
            "statements = load_dataset(\"PATH/TO/THIS/FOLDER\", \"statements\", split=\"train\")", "```", ""]


def card_counts(text: str) -> dict[str, int]:
    """The summary table's row counts, as the card states them."""
    return {table: int(n) for table, n in COUNT_ROW.findall(text)}
