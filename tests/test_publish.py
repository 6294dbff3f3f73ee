"""Every run's metadata, checked with the ecosystem's own tools: frictionless, mlcroissant, datasets."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import ROOT, SEEDS

TABLES = ("documents", "statements", "speakers", "errors")
METADATA = ("datapackage.json", "croissant.json", "README.md", "SHA256SUMS", "plots/speakers.png",
            "plots/time.png", "plots/kinds.png", "plots/outlets.png")


def build_seeds(cli, monkeypatch, out: Path) -> Path:
    """The published dataset's command (with its project file), from the repository's root."""
    monkeypatch.chdir(ROOT)
    result = cli(["run", "seeds", "--out", out, "--config", "etl.toml"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    from typer.testing import CliRunner

    from etl.cli import app

    out = tmp_path_factory.mktemp("published") / "seeds"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        result = CliRunner().invoke(app, ["run", "seeds", "--out", str(out), "--config", "etl.toml"])
    assert result.exit_code == 0, result.output
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_run_writes_the_metadata_beside_the_tables(seeds):
    for name in METADATA:
        assert (seeds / name).is_file(), name
    assert not list(seeds.parent.glob(".seeds.tmp-*")), "the metadata is written in the folder moved into place"


def test_the_data_package_is_valid_for_frictionless(seeds):
    import frictionless

    # frictionless reads Parquet through pyarrow, not as a byte stream, so it cannot count the bytes
    # it compares with each resource's `bytes` (it reports "actual is None"): that check is skipped
    # here, and sizes and hashes are compared below instead.
    report = frictionless.validate(str(seeds / "datapackage.json"), skip_errors=["byte-count"])
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])
    assert [task.name for task in report.tasks] == list(TABLES)
    package = json.loads((seeds / "datapackage.json").read_text())
    for resource in package["resources"]:
        path = seeds / resource["path"]
        assert resource["bytes"] == path.stat().st_size
        assert resource["hash"] == f"sha256:{sha256(path)}"
        assert resource["rows"] == pq.ParquetFile(path).metadata.num_rows


def test_the_data_package_declares_keys_and_the_schema(seeds):
    from etl.schema import CORE_COLUMNS

    package = json.loads((seeds / "datapackage.json").read_text())
    schemas = {r["name"]: r["schema"] for r in package["resources"]}
    assert schemas["documents"]["primaryKey"] == ["doc_id"]
    assert schemas["speakers"]["primaryKey"] == ["speaker_id"]
    assert schemas["statements"]["primaryKey"] == ["statement_id"]
    assert schemas["statements"]["foreignKeys"] == [
        {"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}},
        {"fields": ["speaker_id"], "reference": {"resource": "speakers", "fields": ["speaker_id"]}}]
    fields = {(t, f["name"]): f for t, s in schemas.items() for f in s["fields"]}
    for col in CORE_COLUMNS:  # every declared column, with its description and owner
        assert col.description in fields[(col.table, col.name)]["description"]
    assert fields[("statements", "quantities")]["description"].endswith("(added by quantities)")
    assert fields[("documents", "published_at")]["type"] == "datetime"
    assert fields[("statements", "seq")]["type"] == "integer"
    assert package["created"] == "2022-02-22T15:40:00"  # the latest document's date (zone unknown), not the clock
    assert package["licenses"][0]["name"] == "other"
    assert package["sources"][0]["title"] == "Input files read: 5 .txt"
    by_title = {s["title"]: s for s in package["sources"]}
    assert by_title["APA (Azerbaijan Press Agency), news agency"]["documents"] == 1
    assert by_title["Meeting transcripts of the President of Russia (the form of kremlin.ru)"]["documents"] == 2


def test_frictionless_checks_the_foreign_keys(seeds, tmp_path):
    import frictionless

    broken = tmp_path / "seeds"
    shutil.copytree(seeds, broken)
    statements = pq.read_table(broken / "statements.parquet")
    ids = statements["speaker_id"].to_pylist()
    ids[0] = "0000000000000000"
    pq.write_table(statements.set_column(3, "speaker_id", [ids]), broken / "statements.parquet")
    report = frictionless.validate(str(broken / "datapackage.json"), skip_errors=["byte-count", "hash-count"])
    assert not report.valid
    assert "foreign-key" in {e[0] for e in report.flatten(["type"])}


def test_croissant_is_valid_and_its_records_load(seeds):
    import mlcroissant as mlc

    command = Path(sys.executable).parent / "mlcroissant"  # the validator's own command line
    check = subprocess.run([str(command), "validate", "--jsonld", str(seeds / "croissant.json")],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Done" in check.stderr and "error" not in (check.stdout + check.stderr).lower()
    dataset = mlc.Dataset(str(seeds / "croissant.json"))
    records = {table: list(dataset.records(table)) for table in TABLES}
    for table in TABLES:
        assert len(records[table]) == pq.ParquetFile(seeds / f"{table}.parquet").metadata.num_rows, table
    texts = [r["statements/text"].decode() for r in records["statements"]]
    assert texts == rows_of(seeds, "statements")["text"]


def rows_of(folder: Path, table: str) -> dict:
    return pq.read_table(folder / f"{table}.parquet").to_pydict()


def test_croissant_names_keys_licence_and_responsible_ai_fields(seeds):
    doc = json.loads((seeds / "croissant.json").read_text())
    sets = {r["@id"]: r for r in doc["recordSet"]}
    assert sets["statements"]["key"] == {"@id": "statements/statement_id"}
    refs = {f["@id"]: f.get("references") for f in sets["statements"]["field"]}
    assert refs["statements/speaker_id"] == {"field": {"@id": "speakers/speaker_id"}}
    assert refs["statements/doc_id"] == {"field": {"@id": "documents/doc_id"}}
    assert doc["license"] == "other" and "Built with etl" in doc["citeAs"]
    assert "public figures" in doc["rai:personalSensitiveInformation"][0]
    assert "segmenter 0.1.0" in doc["rai:machineAnnotationTools"][0]
    assert any("English" in limit for limit in doc["rai:dataLimitations"])
    shas = {d["@id"]: d["sha256"] for d in doc["distribution"]}
    assert shas["statements.parquet"] == sha256(seeds / "statements.parquet")


@pytest.fixture
def hf_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    return tmp_path / "hf-cache"


@pytest.mark.parametrize("table", ["documents", "statements", "speakers"])
def test_datasets_loads_each_table_as_its_own_configuration(seeds, hf_offline, table):
    import datasets

    loaded = datasets.load_dataset(str(seeds), table, split="train", cache_dir=str(hf_offline))
    expected = pq.read_table(seeds / f"{table}.parquet")
    assert loaded.num_rows == expected.num_rows
    assert loaded.column_names == expected.column_names


def test_datasets_loads_the_statements_by_default(seeds, hf_offline):
    import datasets

    loaded = datasets.load_dataset(str(seeds), split="train", cache_dir=str(hf_offline))
    assert loaded.num_rows == 31 and "statement_id" in loaded.column_names


def test_datasets_loads_the_empty_errors_table_with_its_declared_columns(seeds, hf_offline):
    import datasets

    assert pq.read_table(seeds / "errors.parquet").num_rows == 0
    # `datasets` will not build a split of no rows into its cache ("corresponds to no data"):
    # the card declares the table's features, so that it streams as an empty table of those columns.
    errors = datasets.load_dataset(str(seeds), "errors", split="train", streaming=True, cache_dir=str(hf_offline))
    assert list(errors) == []
    assert list(errors.features) == ["source", "stage", "plugin", "message"]


def test_rebuilding_gives_byte_identical_metadata_and_plots(cli, monkeypatch, tmp_path):
    built = []
    for where in ("a", "b"):  # two checkouts: the README's command, run in each
        checkout = tmp_path / where
        checkout.mkdir()
        (checkout / "seeds").symlink_to(SEEDS)
        (checkout / "etl.toml").symlink_to(ROOT / "etl.toml")
        monkeypatch.chdir(checkout)
        monkeypatch.setenv("ETL_CACHE_DIR", str(tmp_path / f"cache-{where}"))  # computed anew, not reused
        result = cli(["run", "seeds", "--out", "datasets/seeds", "--config", "etl.toml"])
        assert result.exit_code == 0, result.output
        built.append(checkout / "datasets" / "seeds")
    first, second = built
    files = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert {*METADATA} <= set(files)


def test_the_checksums_list_every_file_sorted(seeds):
    lines = (seeds / "SHA256SUMS").read_text().splitlines()
    names = [line.split("  ", 1)[1] for line in lines]
    assert names == sorted(p.relative_to(seeds).as_posix() for p in seeds.rglob("*")
                           if p.is_file() and p.name != "SHA256SUMS")
    for line in lines:
        sha, name = line.split("  ", 1)
        assert sha == sha256(seeds / name)


def test_the_card_summarises_describes_and_tells_how_to_load(seeds):
    card = (seeds / "README.md").read_text()
    head = card.split("---\n")[1]
    assert "license: other" in head and '- "en"' in head and "- n<1K" in head
    for table in TABLES:
        assert f"- config_name: {table}\n" in head
    assert "license_name: \"per-source-terms\"\nlicense_link: README.md" in head
    assert "| `documents` | 5 |" in card and "| `statements` | 31 |" in card
    assert "- Published: 2021-07-20 to 2022-02-22 (2 documents undated)" in card
    assert "5 documents from 2 named outlet(s) (3 name none)" in card
    assert "![Statements per speaker (top 20)](plots/speakers.png)" in card
    assert "| `quantities` | " in card and "| quantities |" in card  # the data dictionary names the owner
    assert "| APA (Azerbaijan Press Agency), news agency | 1 | unknown |" in card
    assert "`etl run seeds --out" in card and "--config etl.toml`" in card
    for loader in ("DuckDB", "pandas", "polars", "load_dataset", "etl validate"):
        assert loader in card
    assert "@misc{etl_seeds," in card


def test_the_plots_are_pngs_of_the_data(seeds):
    speakers = (seeds / "plots" / "speakers.png").read_bytes()
    assert speakers.startswith(b"\x89PNG\r\n\x1a\n")
    assert b"Software" not in speakers and b"matplotlib" not in speakers.lower()


def test_without_matplotlib_the_card_says_how_to_get_the_plots(seeds, tmp_path, monkeypatch):
    from etl.publish import publish
    from etl.validate import validate

    folder = tmp_path / "seeds"
    shutil.copytree(seeds, folder)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # `import matplotlib` raises ImportError
    publish(folder, "seeds")
    card = (folder / "README.md").read_text()
    assert "The plots need matplotlib" in card and "pip install matplotlib" in card
    assert not (folder / "plots").exists()
    assert "plots/" not in (folder / "SHA256SUMS").read_text()
    assert validate(folder).problems == []


def test_publish_rewrites_the_metadata_with_options_and_scores(seeds, cli, tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    shutil.copytree(seeds, folder)
    gold = write_gold(seeds, tmp_path / "gold")
    monkeypatch.chdir(ROOT)  # the run recorded its project file as etl.toml: its [publish] is the default
    result = cli(["publish", folder, "--title", "Seeds, again", "--license", "CC-BY-4.0", "--gold", gold])
    assert result.exit_code == 0, result.output
    card = (folder / "README.md").read_text()
    assert "# Seeds, again" in card and "license: cc-by-4.0" in card
    assert "| APA (Azerbaijan Press Agency), news agency |" in card  # the project file's sources still
    assert "| attributed tokens | 1.000 | 1.000 | 1.000 |" in card
    package = json.loads((folder / "datapackage.json").read_text())
    assert package["licenses"] == [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}]
    assert cli(["validate", folder]).exit_code == 0


def write_gold(dataset: Path, gold: Path) -> Path:
    """A gold set (the format of `etl eval`) that says what the dataset says: it scores 1.0."""
    import duckdb

    gold.mkdir()
    con = duckdb.connect()
    rows = con.execute(f"SELECT d.source, p.name, s.kind, s.text FROM '{dataset}/statements.parquet' s "
                       f"JOIN '{dataset}/documents.parquet' d USING (doc_id) "
                       f"JOIN '{dataset}/speakers.parquet' p USING (speaker_id) ORDER BY d.source, s.seq").fetchall()
    with open(gold / "gold.jsonl", "w") as f:
        for source, name, kind, text in rows:
            f.write(json.dumps({"doc": Path(source).name, "speaker": name, "kind": kind, "text": text}) + "\n")
    with open(gold / "speakers.jsonl", "w") as f:
        for name in sorted({r[1] for r in rows}):
            f.write(json.dumps({"name": name, "aliases": []}) + "\n")
    return gold


def test_a_bad_publish_table_is_one_line_naming_the_key(cli, tmp_path):
    config = tmp_path / "etl.toml"
    config.write_text('[publish]\ntitle = "x"\nlicence = "MIT"\n')
    result = cli(["run", SEEDS, "--out", tmp_path / "out", "--config", config])
    assert result.exit_code == 1
    assert "[publish] has unknown key 'licence'" in result.output
    assert "Traceback" not in result.output
    config.write_text('[[publish.sources]]\nlicense = "MIT"\n')
    result = cli(["run", SEEDS, "--out", tmp_path / "out", "--config", config])
    assert result.exit_code == 1 and "needs a title" in result.output


def test_a_run_with_nothing_to_do_leaves_the_published_metadata(cli, monkeypatch, tmp_path):
    out = build_seeds(cli, monkeypatch, tmp_path / "seeds")
    assert cli(["publish", out, "--title", "Renamed"]).exit_code == 0
    card = (out / "README.md").read_bytes()
    result = cli(["run", "seeds", "--out", out, "--config", "etl.toml"])
    assert result.exit_code == 0 and "up to date" in result.output
    assert (out / "README.md").read_bytes() == card
    assert cli(["validate", out]).exit_code == 0


def test_a_dataset_of_several_parts_is_one_resource_of_several_files(tmp_path, monkeypatch, hf_offline):
    import datasets
    import frictionless

    import etl.freshness
    from etl.runner import run
    from etl.testing import make_host, write_inputs
    from etl.validate import validate

    monkeypatch.setattr(etl.freshness, "PART_MIN", 2)
    monkeypatch.setattr(etl.freshness, "PART_SPREAD", 2)
    texts = [f'"We will open {n} schools this year," said Mayor Ana Ruiz{n}.' for n in range(12)]
    folder = tmp_path / "dataset"
    run(make_host(()), write_inputs(texts, tmp_path / "inputs"), folder, jobs=1, cache_dir=tmp_path / "cache")
    parts = sorted(p.name for p in (folder / "statements").glob("*.parquet"))
    assert len(parts) > 1
    package = json.loads((folder / "datapackage.json").read_text())
    statements = next(r for r in package["resources"] if r["name"] == "statements")
    assert statements["path"] == [f"statements/{p}" for p in parts]
    assert [p["hash"] for p in statements["parts"]] == [f"sha256:{sha256(folder / 'statements' / p)}" for p in parts]
    assert validate(folder).problems == []
    loaded = datasets.load_dataset(str(folder), "statements", split="train", cache_dir=str(hf_offline))
    assert loaded.num_rows == 12
    import mlcroissant as mlc

    records = list(mlc.Dataset(str(folder / "croissant.json")).records("statements"))
    assert len(records) == 12


def test_a_dataset_of_failed_inputs_only_is_published_and_valid(cli, tmp_path, hf_offline):
    import datasets

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    result = cli(["run", tmp_path / "in", "--out", tmp_path / "out"])
    assert result.exit_code == 1 and "1 errors" in result.output
    out = tmp_path / "out"
    card = (out / "README.md").read_text()
    assert "| `documents` | 0 |" in card and "| `errors` | 1 |" in card
    assert "None: the tables hold nothing to plot." in card and not (out / "plots").exists()
    assert cli(["validate", out]).exit_code == 0
    errors = datasets.load_dataset(str(out), "errors", split="train", cache_dir=str(hf_offline))
    assert errors["source"] == ["in/binary.txt"]
    assert list(datasets.load_dataset(str(out), "documents", split="train", streaming=True,
                                      cache_dir=str(hf_offline))) == []


def test_publish_takes_its_defaults_from_the_project_file_given(seeds, cli, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(seeds, folder)
    config = tmp_path / "other.toml"
    config.write_text('[publish]\ntitle = "From another file"\nlicense = "CC0-1.0"\nhomepage = "https://example.org/d"\n'
                      '[[publish.sources]]\ntitle = "Everything"\nfiles = ["*.txt"]\nlicense = "CC0-1.0"\n')
    result = cli(["publish", folder, "--config", config])
    assert result.exit_code == 0, result.output
    card = (folder / "README.md").read_text()
    assert "# From another file" in card and "license: cc0-1.0" in card
    assert "| [Everything](https://example.org/d) |" not in card and "| Everything | 5 | CC0-1.0 |" in card
    croissant = json.loads((folder / "croissant.json").read_text())
    assert croissant["url"] == "https://example.org/d"
    assert croissant["license"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert cli(["validate", folder]).exit_code == 0
