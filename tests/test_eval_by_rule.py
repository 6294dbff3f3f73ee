"""`etl eval --by-rule`: the precision of each segmenter rule against a gold set."""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import ROOT


def write_gold(folder, rows, speakers=()):
    folder.mkdir()
    (folder / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (folder / "speakers.jsonl").write_text("".join(json.dumps(s) + "\n" for s in speakers), encoding="utf-8")


@pytest.fixture
def hand_made(tmp_path):
    """Three rules: one right, one giving a turn to the wrong person, one leaving its words unattributed."""
    gold = tmp_path / "gold"
    write_gold(gold, [
        {"doc": "a.txt", "speaker": "Jane Roe", "kind": "speech", "text": "one two three four"},
        {"doc": "a.txt", "speaker": "John Doe", "kind": "speech", "text": "five six"},
    ], [{"name": "Jane Roe", "aliases": ["Jane Q. Roe"]}])
    ds = tmp_path / "ds"
    ds.mkdir()
    pq.write_table(pa.table({"doc_id": ["d", "e"], "source": ["corpus/a.txt", "corpus/not-in-gold.txt"]}),
                   ds / "documents.parquet")
    pq.write_table(pa.table({"speaker_id": ["s1", "s2"], "name": ["Jane Q. Roe", "Richard Roe"]}),
                   ds / "speakers.parquet")
    pq.write_table(pa.table({
        "doc_id": ["d", "d", "d", "d", "e"],
        "seq": [0, 1, 2, 3, 0],
        "speaker_id": ["s1", "s2", None, "s1", "s1"],
        "text": ["one two three", "five six", "seven eight", "four nine ten eleven", "not scored"],
        "kind": ["speech", "speech", "question", "speech", "speech"],
        "rule": ["transcript.label", "transcript.said", "interview.q_line", "transcript.label", "transcript.label"],
    }), ds / "statements.parquet")
    return ds, gold


def test_each_rule_counts_its_statements_wrong_ones_and_word_precision(hand_made):
    from etl.evaluate import rule_precision

    ds, gold = hand_made
    rows = {r["rule"]: r for r in rule_precision(ds, gold)}
    assert sorted(rows) == ["interview.q_line", "transcript.label", "transcript.said"]
    # `one two three` is right; `four nine ten eleven` has one of four words right: wrong
    assert rows["transcript.label"] == {"rule": "transcript.label", "statements": 2, "attributed": 2, "wrong": 1,
                                        "tok_tp": 4, "tok_pred": 7, "p": round(4 / 7, 4)}
    # Richard Roe says nothing in the gold of a.txt: a wrong speaker, whatever the words
    assert rows["transcript.said"] == {"rule": "transcript.said", "statements": 1, "attributed": 1, "wrong": 1,
                                       "tok_tp": 0, "tok_pred": 2, "p": 0.0}
    assert rows["interview.q_line"] == {"rule": "interview.q_line", "statements": 1, "attributed": 0, "wrong": 0,
                                        "tok_tp": 0, "tok_pred": 0, "p": None}


def test_the_rules_true_positives_add_up_to_the_headline(cli, tmp_path):
    out = tmp_path / "ds"
    assert cli(["run", ROOT / "tests" / "gold" / "docs", "--out", out, "--jobs", "1"]).exit_code == 0
    result = json.loads(cli(["eval", out, ROOT / "tests" / "gold", "--by-rule", "--json", "--by-doc"]).output)
    rows = result["by_rule"]
    assert sum(r["tok_tp"] for r in rows) == sum(d["tok_tp"] for d in result["by_doc"])
    assert sum(r["tok_pred"] for r in rows) == sum(d["tok_pred"] for d in result["by_doc"])
    assert {"transcript.label", "transcript.asker_named"} <= {r["rule"] for r in rows}


def test_cli_prints_the_rule_table_before_the_report(cli, hand_made):
    ds, gold = hand_made
    result = cli(["eval", ds, gold, "--by-rule"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["rule", "statements", "attributed", "wrong", "tokP"]
    assert lines[1].split() == ["interview.q_line", "1", "0", "0", "-"]
    assert lines[3].split() == ["transcript.said", "1", "1", "1", "0.000"]
    assert lines[-1].startswith("attributed-token P=")
    assert "by_rule" not in json.loads(cli(["eval", ds, gold, "--json"]).output)


def test_a_dataset_without_rules_is_one_line(cli, hand_made):
    ds, gold = hand_made
    table = pq.read_table(ds / "statements.parquet").drop_columns(["rule"])
    pq.write_table(table, ds / "statements.parquet")
    result = cli(["eval", ds, gold, "--by-rule"])
    assert result.exit_code == 1
    assert "lacks column(s) rule" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
