"""`etl eval` implements the gold metric and agrees with the reference scorer."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, SCORER, SEEDS, SEEDS_GOLD, needs_scorer

GOLD_SETS = {
    "seeds": (SEEDS, SEEDS_GOLD),
    "development": (ROOT / "tests" / "gold" / "docs", ROOT / "tests" / "gold"),
}


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def built(request, tmp_path_factory):
    from typer.testing import CliRunner

    from etl.cli import app

    sources, gold = GOLD_SETS[request.param]
    out = tmp_path_factory.mktemp("eval") / request.param
    result = CliRunner().invoke(app, ["run", str(sources), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, gold


def reference(dataset, gold):
    proc = subprocess.run([sys.executable, str(SCORER), str(dataset), str(gold), "--json", "--by-doc"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


@needs_scorer
def test_eval_agrees_with_the_reference_scorer(cli, built):
    dataset, gold = built
    ours = json.loads(cli(["eval", dataset, gold, "--json", "--by-doc"]).output)
    theirs = reference(dataset, gold)
    for key in ("attributed_tokens", "speakers", "statements"):
        for m in "prf":
            assert round(ours[key][m], 3) == round(theirs[key][m], 3), (key, m)
    assert ours["by_doc"] == theirs["by_doc"]
    assert ours["unattributed_tokens"] == theirs["unattributed_tokens"]


@needs_scorer
def test_eval_text_report_matches_the_reference(cli, built):
    dataset, gold = built
    ours = cli(["eval", dataset, gold, "--by-doc"]).output
    theirs = subprocess.run([sys.executable, str(SCORER), str(dataset), str(gold), "--by-doc"],
                            capture_output=True, text=True, check=True).stdout
    assert ours == theirs


def test_eval_builds_and_scores_in_one_go(cli):
    sources, gold = GOLD_SETS["seeds"]
    result = cli(["eval", "--gold", gold, sources, "--json"])
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.output)) >= {"attributed_tokens", "speakers", "statements"}


def test_min_f1_sets_the_exit_status(cli, built):
    dataset, gold = built
    assert cli(["eval", dataset, gold, "--min-f1", "1.01"]).exit_code == 1
    assert cli(["eval", dataset, gold, "--min-f1", "0"]).exit_code == 0


def test_gold_folder_without_gold_is_one_line(cli, built, tmp_path):
    dataset, _ = built
    result = cli(["eval", dataset, tmp_path])
    assert result.exit_code == 1 and "no gold.jsonl" in result.output


def half_wrong(tmp_path):
    """A hand-made dataset and gold: half the words go to the wrong person."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "gold.jsonl").write_text(
        json.dumps({"doc": "a.txt", "speaker": "Jane Roe", "kind": "speech", "text": "one two"}) + "\n"
        + json.dumps({"doc": "a.txt", "speaker": "John Doe", "kind": "speech", "text": "three four"}) + "\n")
    (gold / "speakers.jsonl").write_text(json.dumps({"name": "Jane Roe", "aliases": ["Jane Q. Roe"]}) + "\n")
    ds = tmp_path / "ds"
    ds.mkdir()
    pq.write_table(pa.table({"doc_id": ["d"], "source": ["corpus/a.txt"]}), ds / "documents.parquet")
    pq.write_table(pa.table({"speaker_id": ["s1"], "name": ["Jane Q. Roe"]}), ds / "speakers.parquet")
    pq.write_table(pa.table({"doc_id": ["d", "d"], "speaker_id": ["s1", None],
                             "text": ["one two three four", "ignored words"], "kind": ["speech", "speech"]}),
                   ds / "statements.parquet")
    return ds, gold


def test_wrong_speaker_counts_against_both_precision_and_recall(tmp_path):
    from etl.evaluate import score

    result = score(*half_wrong(tmp_path))
    assert result["attributed_tokens"] == {"p": 0.5, "r": 0.5, "f": 0.5}
    assert result["speakers"] == {"p": 1.0, "r": 0.5, "f": 0.6667}
    assert result["unattributed_tokens"] == 2


@needs_scorer
def test_wrong_speaker_scores_as_the_reference_does(tmp_path):
    from etl.evaluate import score

    ds, gold = half_wrong(tmp_path)
    assert score(ds, gold) == reference(ds, gold)
