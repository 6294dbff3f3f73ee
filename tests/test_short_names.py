"""A name given once in full and used short ever after, across the documents of a run.

`MS. VARGA:` in a briefing whose title names nobody is the Lena Varga another
briefing of the run names in full; `SENATOR DOE:` is the Doe who is a
senator; a bare `MR. DOE:` when the run holds two Does, and a surname nobody
of the run bears, stay without a speaker and are counted. The decision is the
whole run's: the same with one process or two, in one part or many, and taken
again when a new document makes a surname shared.
"""
from __future__ import annotations

import filecmp
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import etl
import etl.freshness
from etl.plugins import default_host
from etl.runner import run


def read_dataset(out: Path) -> dict[str, pa.Table]:
    """Each table of a dataset, of one file or of a folder of parts."""
    return {name: pq.read_table(out / f"{name}.parquet" if (out / f"{name}.parquet").exists() else out / name)
            for name in ("documents", "statements", "speakers")}

FULL = """Press Briefing by Press Secretary Lena Varga and Senator Mary Doe

James S. Brady Press Briefing Room

MS. VARGA:  Good afternoon, everyone.  The Senator and I want to talk about the farm bill today.

SENATOR DOE:  Thank you, Lena.  The bill keeps the crop insurance program for five more years.

Q    Will the House take it up this month?

MS. VARGA:  We expect a vote before the recess, and we expect it to pass.
"""

SHORT = """Press Gaggle Aboard the Presidential Aircraft En Route to Omaha

MS. VARGA:  Good morning.  The President lands in Omaha at noon and visits the flood zone first.

Q    How long will he stay?

MS. VARGA:  About four hours, and then he flies back to Washington tonight.

SENATOR DOE:  I will join him at the levee.  The state needs the federal money this week.

MR. DOE:  And the county engineers will brief both of them there.

MR. HALE:  The press pool rides in the second van.
"""

FAIR = """Remarks by John Doe at the County Fair

MR. DOE:  Thank you all for coming out to the fair today.  It is good to be home for the harvest.
"""

NAMESAKE = """Remarks by Peter Varga at the Chamber of Commerce Lunch

MR. VARGA:  Thank you for having me.  Our members hired four hundred people this spring.
"""


def write(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def attributed(out: Path, source_suffix: str) -> list[tuple[str | None, str | None]]:
    """(speaker_mention, speaker name) of each statement of one document, in order."""
    tables = read_dataset(out)
    names = dict(zip(tables["speakers"]["speaker_id"].to_pylist(), tables["speakers"]["name"].to_pylist()))
    doc_ids = {d for d, s in zip(tables["documents"]["doc_id"].to_pylist(), tables["documents"]["source"].to_pylist())
               if s.endswith(source_suffix)}
    st = tables["statements"].sort_by([("doc_id", "ascending"), ("seq", "ascending")])
    return [(m, names.get(sid) if sid else None)
            for d, m, sid in zip(st["doc_id"].to_pylist(), st["speaker_mention"].to_pylist(),
                                 st["speaker_id"].to_pylist()) if d in doc_ids]


@pytest.fixture(scope="module")
def host():
    return default_host()


def test_a_surname_is_completed_from_another_document_of_the_run(host, tmp_path):
    docs = write(tmp_path / "docs", {"a_full.txt": FULL, "b_short.txt": SHORT, "c_fair.txt": FAIR})
    summary = run(host, [str(docs)], tmp_path / "out", jobs=1, cache_dir=tmp_path / "cache")
    assert attributed(tmp_path / "out", "b_short.txt") == [
        ("MS. VARGA", "Lena Varga"), (None, None), ("MS. VARGA", "Lena Varga"),
        ("SENATOR DOE", "Mary Doe"),  # two Does in the run, one of them a senator
        ("MR. DOE", None),  # a bare surname two people of the run share: no guess
        ("MR. HALE", None),  # nobody of the run is called Hale
    ]
    assert summary.completed_names == 3 and summary.unresolved_names == 2
    assert any("Hale" in line and "Doe" in line for line in summary.info)
    speakers = read_dataset(tmp_path / "out")["speakers"].to_pylist()
    varga = next(s for s in speakers if s["name"] == "Lena Varga")
    assert varga["n_statements"] == 4 and varga["n_documents"] == 2
    assert varga["role"] == "Press Secretary" and "MS. VARGA" in varga["aliases"]
    assert "Varga" not in varga["aliases"]  # a bare surname is never an alias
    # No provisional id reaches the dataset, and no speaker is a bare surname.
    ids = read_dataset(tmp_path / "out")["statements"]["speaker_id"].to_pylist()
    assert all(i is None or not i.startswith("?") for i in ids)
    assert sorted(s["name"] for s in speakers) == ["John Doe", "Lena Varga", "Mary Doe"]


def test_the_result_is_the_same_in_one_process_two_processes_and_many_parts(host, tmp_path, monkeypatch):
    docs = {"a_full.txt": FULL, "b_short.txt": SHORT, "c_fair.txt": FAIR}
    docs.update({f"filler_{i:02d}.txt": SHORT.replace("Omaha", f"Town {i}") for i in range(12)})
    folder = write(tmp_path / "docs", docs)
    run(host, [str(folder)], tmp_path / "one", jobs=1, cache_dir=tmp_path / "c1")
    run(host, [str(folder)], tmp_path / "two", jobs=2, batch_size=2, cache_dir=tmp_path / "c2")
    for name in ("documents.parquet", "statements.parquet", "speakers.parquet"):
        assert filecmp.cmp(tmp_path / "one" / name, tmp_path / "two" / name, shallow=False), name
    monkeypatch.setattr(etl.freshness, "PART_MIN", 2)
    monkeypatch.setattr(etl.freshness, "PART_SPREAD", 2)
    run(host, [str(folder)], tmp_path / "parted", jobs=2, batch_size=2, cache_dir=tmp_path / "c3")
    assert len(list((tmp_path / "parted" / "statements").iterdir())) > 2
    one, parted = read_dataset(tmp_path / "one"), read_dataset(tmp_path / "parted")
    assert parted["statements"].equals(one["statements"])
    assert parted["speakers"].equals(one["speakers"])
    lena = [r for r in one["speakers"].to_pylist() if r["name"] == "Lena Varga"][0]
    assert lena["n_documents"] == 14


def test_a_new_namesake_makes_the_surname_shared_and_the_run_decides_again(host, tmp_path, monkeypatch):
    monkeypatch.setattr(etl.freshness, "PART_MIN", 2)
    monkeypatch.setattr(etl.freshness, "PART_SPREAD", 2)
    docs = {"a_full.txt": FULL, "b_short.txt": SHORT, "c_fair.txt": FAIR}
    docs.update({f"m_{i:02d}.txt": FAIR.replace("County Fair", f"Fair {i}") for i in range(8)})
    folder = write(tmp_path / "docs", docs)
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = run(host, [str(folder)], out, jobs=1, cache_dir=cache)
    assert ("MS. VARGA", "Lena Varga") in attributed(out, "b_short.txt")
    before = {p.name: p.read_bytes() for p in (out / "statements").iterdir()}

    (folder / "z_namesake.txt").write_text(NAMESAKE, encoding="utf-8")  # in the last part only
    again = run(host, [str(folder)], out, jobs=1, cache_dir=cache)
    assert again.reused > 0 and again.computed == 1
    assert ("MS. VARGA", None) in attributed(out, "b_short.txt")  # two Vargas now: no guess
    assert again.unresolved_names == first.unresolved_names + 2
    fresh = tmp_path / "fresh"
    run(host, [str(folder)], fresh, jobs=1, cache_dir=tmp_path / "fresh-cache")
    for part in (fresh / "statements").iterdir():
        assert filecmp.cmp(part, out / "statements" / part.name, shallow=False), part.name
    assert filecmp.cmp(fresh / "speakers.parquet", out / "speakers.parquet", shallow=False)

    (folder / "z_namesake.txt").unlink()
    run(host, [str(folder)], out, jobs=1, cache_dir=cache)
    assert ("MS. VARGA", "Lena Varga") in attributed(out, "b_short.txt")
    assert {p.name: p.read_bytes() for p in (out / "statements").iterdir()} == before


class NoGuesses:
    """A completer that answers with an id no person of the run has."""

    @etl.hookimpl
    def etl_complete_speakers(self, short, speakers):
        return ["0123456789abcdef"] * short.num_rows


def test_a_completer_that_breaks_the_contract_is_an_error_row_and_nobody_is_guessed(tmp_path):
    host = default_host()
    host.register(NoGuesses(), "no_guesses")
    docs = write(tmp_path / "docs", {"a_full.txt": FULL, "b_short.txt": SHORT})
    summary = run(host, [str(docs)], tmp_path / "out", jobs=1, cache_dir=tmp_path / "cache")
    errors = [e for e in summary.errors if e["plugin"] == "no_guesses"]
    assert len(errors) == 1 and errors[0]["stage"] == "resolve"
    assert "not the speaker_id of a person of the run" in errors[0]["message"]
    assert [name for mention, name in attributed(tmp_path / "out", "b_short.txt") if mention] == [None] * 5
    assert pq.read_table(tmp_path / "out" / "errors.parquet").num_rows == 1


UNRELATED = """Storm Coverage: Interview with the Mayor of Dunmore

KELLY:  On the line now is the mayor of Dunmore, Chris Hale.  Mayor, how is the town holding up?

HALE:  We lost power on the east side overnight, and the crews expect to have it back by tomorrow.
"""


def test_a_surname_met_only_in_an_unrelated_document_is_not_completed(host, tmp_path):
    """`MR. HALE` of the gaggle speaks beside Varga and Doe; the only Hale of the run, a mayor in a radio
    interview, speaks beside none of them: the same surname is too little to make them one person."""
    docs = write(tmp_path / "docs", {"a_full.txt": FULL, "b_short.txt": SHORT, "d_radio.txt": UNRELATED})
    summary = run(host, [str(docs)], tmp_path / "out", jobs=1, cache_dir=tmp_path / "cache")
    assert ("MR. HALE", None) in attributed(tmp_path / "out", "b_short.txt")
    assert ("MS. VARGA", "Lena Varga") in attributed(tmp_path / "out", "b_short.txt")
    assert attributed(tmp_path / "out", "d_radio.txt")[-1] == ("HALE", "Chris Hale")
    # The one Doe of this run is Mary Doe, a senator: `MR. DOE` is not her.
    assert ("MR. DOE", None) in attributed(tmp_path / "out", "b_short.txt")
    assert summary.completed_names == 3 and summary.unresolved_names == 2
