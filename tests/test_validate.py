"""`etl validate` finds every corruption, names its file, column and row, and passes good datasets."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from typer.testing import CliRunner

    from etl.cli import app

    out = tmp_path_factory.mktemp("validate") / "seeds"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        result = CliRunner().invoke(app, ["run", "seeds", "--out", str(out), "--config", "etl.toml"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def dataset(built, tmp_path):
    """A copy of the built dataset, for a test to break."""
    copy = tmp_path / "seeds"
    shutil.copytree(built, copy)
    return copy


def rewrite(path: Path, table: pa.Table) -> None:
    """Write ``table`` over ``path`` as the writer does, keeping the file's schema and metadata."""
    pq.write_table(table, path, compression="zstd")


def problems(cli, folder: Path) -> list[str]:
    result = cli(["validate", folder])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return result.output.splitlines()


def test_a_valid_dataset_passes_with_one_line(cli, built):
    result = cli(["validate", built])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines() == [
        f"{built}: valid (5 documents, 31 statements, 6 speakers, 0 errors; 12 files match their checksums)"]


def test_a_dropped_documents_row(cli, dataset):
    documents = pq.read_table(dataset / "documents.parquet")
    dropped = documents["doc_id"][1].as_py()
    rewrite(dataset / "documents.parquet", pa.concat_tables([documents.slice(0, 1), documents.slice(2)]))
    statements = pq.read_table(dataset / "statements.parquet")
    first = statements["doc_id"].to_pylist().index(dropped)
    lines = problems(cli, dataset)
    assert "documents.parquet: sha256 differs from SHA256SUMS: the file changed after the dataset was written" in lines
    assert f"statements.parquet: column doc_id: row {first}: {dropped!r} is not in documents.doc_id" in lines
    assert "documents.parquet: table documents: 4 rows, datapackage.json says 5" in lines
    assert "README.md: says documents has 5 rows; it has 4" in lines


def test_a_duplicated_key(cli, dataset):
    speakers = pq.read_table(dataset / "speakers.parquet")
    rewrite(dataset / "speakers.parquet", pa.concat_tables([speakers, speakers.slice(2, 1)]))
    key = speakers["speaker_id"][2].as_py()
    lines = problems(cli, dataset)
    assert f"speakers.parquet: column speaker_id: row 2: {key!r} is not unique" in lines
    assert f"speakers.parquet: column speaker_id: row 6: {key!r} is not unique" in lines


def test_a_broken_offset(cli, dataset):
    statements = pq.read_table(dataset / "statements.parquet")
    ends = statements["char_end"].to_pylist()
    ends[4] -= 1
    rewrite(dataset / "statements.parquet", statements.set_column(
        statements.schema.get_field_index("char_end"), statements.schema.field("char_end"),
        pa.array(ends, pa.int32())))
    start = statements["char_start"][4].as_py()
    lines = problems(cli, dataset)
    assert f"statements.parquet: column text: row 4: is not documents.text[{start}:{ends[4]}]" in lines


def test_an_orphan_speaker_id(cli, dataset):
    statements = pq.read_table(dataset / "statements.parquet")
    ids = statements["speaker_id"].to_pylist()
    row = next(i for i, v in enumerate(ids) if v is not None)
    ids[row] = "0123456789abcdef"
    index = statements.schema.get_field_index("speaker_id")
    rewrite(dataset / "statements.parquet", statements.set_column(index, statements.schema.field(index),
                                                                  pa.array(ids, pa.string())))
    lines = problems(cli, dataset)
    orphan = f"statements.parquet: column speaker_id: row {row}: '0123456789abcdef' is not in speakers.speaker_id"
    assert orphan in lines


def test_a_changed_byte_in_a_parquet_file(cli, dataset):
    path = dataset / "statements.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    lines = problems(cli, dataset)
    assert "statements.parquet: sha256 differs from SHA256SUMS: the file changed after the dataset was written" in lines
    assert "statements.parquet: table statements: sha256 differs from datapackage.json" in lines


def test_a_wrong_type(cli, dataset):
    statements = pq.read_table(dataset / "statements.parquet")
    index = statements.schema.get_field_index("seq")
    field = statements.schema.field(index)
    rewrite(dataset / "statements.parquet", statements.set_column(
        index, pa.field("seq", pa.int64(), metadata=field.metadata), statements["seq"].cast(pa.int64())))
    lines = problems(cli, dataset)
    assert "statements.parquet: column seq: type int64, declared int32" in lines


def test_a_null_in_a_required_column(cli, dataset):
    statements = pq.read_table(dataset / "statements.parquet")
    kinds = statements["kind"].to_pylist()
    kinds[7] = None
    index = statements.schema.get_field_index("kind")
    rewrite(dataset / "statements.parquet", statements.set_column(index, statements.schema.field(index),
                                                                  pa.array(kinds, pa.string())))
    assert "statements.parquet: column kind: row 7: null, but required" in problems(cli, dataset)


def test_a_missing_or_unlisted_file(cli, dataset):
    (dataset / "plots" / "kinds.png").unlink()
    (dataset / "notes.txt").write_text("added after publishing\n")
    lines = problems(cli, dataset)
    assert "plots/kinds.png: listed in SHA256SUMS but missing" in lines
    assert "notes.txt: not listed in SHA256SUMS" in lines


def test_a_file_that_is_not_parquet(cli, dataset):
    (dataset / "speakers.parquet").write_bytes(b"not parquet at all")
    lines = problems(cli, dataset)
    assert any(line.startswith("speakers.parquet: not a readable Parquet file: ") for line in lines)


def test_a_folder_that_is_not_a_dataset_is_one_line(cli, tmp_path):
    result = cli(["validate", tmp_path])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {tmp_path}: no documents.parquet; is this a dataset built by `etl run`?"


def test_without_its_metadata_a_dataset_is_checked_against_the_core_contract(cli, dataset):
    (dataset / "datapackage.json").unlink()
    lines = problems(cli, dataset)
    assert f"datapackage.json: missing (write it with `etl publish {dataset}`)" in lines
    assert "datapackage.json: listed in SHA256SUMS but missing" in lines
    assert not [line for line in lines if "not declared" in line], lines  # the plugins' columns are not known
    assert cli(["publish", dataset]).exit_code == 0
    assert cli(["validate", dataset]).exit_code == 0
