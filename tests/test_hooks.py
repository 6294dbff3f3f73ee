"""One test (at least) per hook of the contract, named for it; and a test that keeps it so."""
from __future__ import annotations

import ast
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet  # noqa: F401 - pa.parquet
import pytest

import etl
from etl.docs import hookspec_functions
from etl.errors import PluginError
from etl.plugins import PluginHost
from etl.testing import run_pipeline

TESTS = Path(__file__).parent

ARTICLE = """Council approves rail yard homes

"We will build 300 homes by 2026," said Mayor Ana Ruiz. "The yard floods every spring," said Councillor Tom Becker.
"""


class Threshold:
    """Flags statements with at least `min_words` words; the threshold comes from etl_configure."""

    def __init__(self, column: str = "long"):
        self.column = column
        self.min_words = 1
        self.seen: list[dict] = []

    @etl.hookimpl
    def etl_configure(self, options):
        self.seen.append(options)
        unknown = set(options) - {"min_words"}
        if unknown:
            raise ValueError(f"unknown option {sorted(unknown)[0]!r}")
        self.min_words = options.get("min_words", 1)

    @etl.hookimpl
    def etl_columns(self):
        return [etl.Column("statements", self.column, pa.bool_(), "At least min_words words.")]

    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        words = pc.list_value_length(pc.utf8_split_whitespace(statements.column("text")))
        return {self.column: pc.greater_equal(words, self.min_words)}


def test_etl_configure_gives_each_plugin_its_own_options(tmp_path):
    strict, lax = Threshold("long_strict"), Threshold("long_lax")
    tables = run_pipeline([ARTICLE], {"strict": strict, "lax": lax}, tmp_path,
                          options={"strict": {"min_words": 6}})
    assert strict.seen == [{"min_words": 6}] and lax.seen == [{}]
    statements = tables["statements"]
    assert statements.column("long_strict").to_pylist() == [True, False]
    assert statements.column("long_lax").to_pylist() == [True, True]


def test_etl_configure_rejection_names_the_plugin(etl_host):
    host = etl_host(strict=Threshold())
    with pytest.raises(PluginError, match=r"plugin 'strict': rejects its options: unknown option 'max'"):
        host.configure({"strict": {"max": 3}})


def test_etl_columns_reach_the_schema_with_their_owner(etl_host):
    host = etl_host(threshold=Threshold())
    column = host.schema().column("statements", "long")
    assert column.type == pa.bool_() and column.owner == "threshold"
    field = host.schema().arrow("statements").field("long")
    assert field.metadata == {b"description": b"At least min_words words.", b"owner": b"threshold"}


def test_etl_read_first_reader_to_claim_wins_and_none_passes(tmp_path):
    class Declines:
        @etl.hookimpl(tryfirst=True)
        def etl_read(self, source):
            return None

    class TwoPerFile:
        @etl.hookimpl
        def etl_read(self, source, data):
            first, second = data.decode().split("\n---\n")
            return [etl.Document(source=source, text=first), etl.Document(source=source, text=second)]

    source = tmp_path / "pair.txt"
    source.write_text('"Rates stay at 4 percent," said Governor Lena Park.\n---\n"Not for long," said Ed Moss.')
    tables = run_pipeline([source], {"declines": Declines(), "pairs": TwoPerFile()}, tmp_path / "out")
    docs = tables["documents"]
    assert docs.num_rows == 2 and docs.column("source").to_pylist() == ["pair.txt"] * 2
    assert len(set(docs.column("doc_id").to_pylist())) == 2
    assert tables["statements"].column("speaker_mention").to_pylist() == ["Governor Lena Park", "Ed Moss"]


class Digest:
    """A reader of `.digest` files, a press office's daily digest: items separated by lines of `%%`.

    Its items can be found from any point (the line after the next `%%`), so it answers
    etl_next_record and a large digest is read in pieces."""

    def __init__(self, cut_to=None):
        self.cut_to = cut_to  # an answer that breaks the contract, for the test that checks it

    @etl.hookimpl
    def etl_read(self, source, data):
        if not source.endswith(".digest"):
            return None
        items = [item.strip() for item in data.decode().split("%%\n")]
        return [etl.Document(source=source, text=item, title=item.split("\n")[0]) for item in items if item]

    @etl.hookimpl
    def etl_next_record(self, source, stream, offset):
        if not source.endswith(".digest"):
            return None
        if self.cut_to is not None:
            return self.cut_to
        stream.seek(offset)
        rest = stream.read()
        at = rest.find(b"%%\n")
        return offset + at + 3 if at >= 0 else offset + len(rest)


def digest(n: int) -> str:
    return "".join(f"Item {i}\n\n\"Rates stay at {i} percent,\" said Governor Lena Park.\n%%\n" for i in range(n))


def test_etl_next_record_lets_a_large_file_be_read_in_pieces(tmp_path, monkeypatch):
    import etl.pieces

    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "daily.digest"
    source.write_text(digest(200))
    whole = run_pipeline([source], {"digest": Digest()}, tmp_path / "whole")
    monkeypatch.setattr(etl.pieces, "PIECE_BYTES", 1000)
    cut = run_pipeline([source], {"digest": Digest()}, tmp_path / "cut")
    assert cut["documents"]["title"].to_pylist() == [f"Item {i}" for i in range(200)]
    assert cut["documents"]["title"].equals(whole["documents"]["title"])
    assert cut["statements"]["text"].equals(whole["statements"]["text"])
    assert cut["documents"]["doc_id"][0] == whole["documents"]["doc_id"][0]
    assert cut["documents"]["doc_id"][199] != whole["documents"]["doc_id"][199]  # counted from its piece
    assert cut["errors"].num_rows == 0


def test_etl_next_record_an_offset_outside_the_file_is_an_error_row_naming_the_plugin(tmp_path, monkeypatch):
    import etl.pieces

    source = tmp_path / "daily.digest"
    source.write_text(digest(100))
    monkeypatch.setattr(etl.pieces, "PIECE_BYTES", 1000)
    tables = run_pipeline([source], {"digest": Digest(cut_to=10**9)}, tmp_path / "out")
    errors = tables["errors"].to_pylist()
    assert errors and {(e["source"], e["stage"], e["plugin"]) for e in errors} == {("daily.digest", "read", "digest")}
    assert "etl_next_record returned 1000000000 for offset 1,000 of a file of" in errors[0]["message"]
    assert errors[0]["message"].endswith("return an offset from 1,000 to {:,}, or None".format(source.stat().st_size))


def test_etl_segment_first_answer_wins_with_offsets_into_the_text(tmp_path):
    class Headline:
        @etl.hookimpl
        def etl_segment(self, document):
            end = document.text.index("\n")
            return [etl.Statement(kind="headline", char_start=0, char_end=end, rule="first-line")]

    tables = run_pipeline([ARTICLE], {"headline": Headline()}, tmp_path)
    [row] = tables["statements"].to_pylist()
    assert row["text"] == "Council approves rail yard homes" and row["kind"] == "headline"
    assert row["segmenter"] == "headline" and row["rule"] == "first-line"


def test_etl_segment_offsets_outside_the_text_are_an_error_row(tmp_path):
    class Overshoots:
        @etl.hookimpl
        def etl_segment(self, document):
            return [etl.Statement(kind="speech", char_start=0, char_end=len(document.text) + 5)]

    tables = run_pipeline([ARTICLE], {"overshoots": Overshoots()}, tmp_path)
    assert tables["statements"].num_rows == 0 and tables["documents"].num_rows == 1
    [error] = tables["errors"].to_pylist()
    assert error["plugin"] == "overshoots" and error["stage"] == "segment" and "outside the text" in error["message"]


def test_etl_resolve_speakers_names_one_person_across_surface_forms(tmp_path):
    class Surnames:
        @etl.hookimpl
        def etl_resolve_speakers(self, statements):
            return [etl.SpeakerRef(name=st.speaker.split()[-1], alias=st.speaker) for st in statements]

    tables = run_pipeline([ARTICLE, '"Drainage comes first," said Tom Becker.'], {"surnames": Surnames()}, tmp_path)
    speakers = {row["name"]: row for row in tables["speakers"].to_pylist()}
    assert sorted(speakers) == ["Becker", "Ruiz"]
    assert speakers["Becker"]["n_statements"] == 2 and speakers["Becker"]["n_documents"] == 2
    assert sorted(speakers["Becker"]["aliases"]) == ["Becker", "Councillor Tom Becker", "Tom Becker"]


def test_etl_warm_up_runs_in_each_worker_before_its_first_batch(tmp_path, etl_host):
    """Every batch a worker runs finds the model its warm-up loaded in that process."""
    import os

    from etl.runner import run

    class Model:
        loaded_in: int | None = None  # the process that loaded it: forked workers start with None

        @etl.hookimpl
        def etl_warm_up(self):
            Model.loaded_in = os.getpid()
            with open(tmp_path / "warm-ups", "a") as fh:
                fh.write(f"{os.getpid()}\n")

        @etl.hookimpl
        def etl_columns(self):
            return [etl.Column("documents", "warm", pa.bool_(), "Whether this process had warmed up.")]

        @etl.hookimpl
        def etl_enrich_documents(self, documents):
            return {"warm": pa.array([Model.loaded_in == os.getpid()] * documents.num_rows, pa.bool_())}

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(12):
        (corpus / f"{i:02d}.txt").write_text(f'"Rates stay at {i} percent," said Governor Lena Park.\n')
    host = etl_host(Model(), name="model", samples=True)
    run(host, [str(corpus)], tmp_path / "out", jobs=2, batch_size=2, cache_dir=tmp_path / "cache")
    warm = pa.parquet.read_table(tmp_path / "out" / "documents.parquet").column("warm").to_pylist()
    assert warm == [True] * 12
    pids = (tmp_path / "warm-ups").read_text().split()
    assert len(pids) == 2 and len(set(pids)) == 2 and str(os.getpid()) not in pids


def test_etl_warm_up_failure_is_left_to_the_batch(tmp_path, etl_host):
    from etl.runner import run

    class Broken:
        @etl.hookimpl
        def etl_warm_up(self):
            raise OSError("model file missing")

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text('"Rates stay," said Governor Lena Park.\n')
    host = etl_host(Broken(), name="broken", samples=True)
    summary = run(host, [str(corpus)], tmp_path / "out", jobs=2, cache_dir=tmp_path / "cache")
    assert summary.documents == 1 and summary.errors == []


def test_etl_enrich_documents_fills_a_declared_column(tmp_path):
    class TitleWords:
        @etl.hookimpl
        def etl_columns(self):
            return [etl.Column("documents", "title_words", pa.int32(), "Words in the title.")]

        @etl.hookimpl
        def etl_enrich_documents(self, documents):
            words = pc.utf8_split_whitespace(documents.column("title"))
            return {"title_words": pc.list_value_length(words).cast(pa.int32())}

    tables = run_pipeline([ARTICLE], {"title-words": TitleWords()}, tmp_path)
    assert tables["documents"].column("title_words").to_pylist() == [5]


def test_etl_enrich_statements_sees_the_batch_documents(tmp_path):
    class DocTitle:
        @etl.hookimpl
        def etl_columns(self):
            return [etl.Column("statements", "doc_title", pa.string(), "The title of the statement's document.")]

        @etl.hookimpl
        def etl_enrich_statements(self, statements, documents):
            index = pc.index_in(statements.column("doc_id"), documents.column("doc_id"))
            return {"doc_title": pc.take(documents.column("title"), index)}

    tables = run_pipeline([ARTICLE], {"doc-title": DocTitle(), "threshold": Threshold()}, tmp_path,
                          options={"threshold": {"min_words": 6}})
    statements = tables["statements"]
    assert statements.column("doc_title").to_pylist() == ["Council approves rail yard homes"] * 2
    assert statements.column("long").to_pylist() == [True, False]


def test_etl_enrich_speakers_runs_once_on_the_whole_table(tmp_path):
    class Initials:
        def __init__(self):
            self.calls = 0

        @etl.hookimpl
        def etl_columns(self):
            return [etl.Column("speakers", "initials", pa.string(), "The name's initials.")]

        @etl.hookimpl
        def etl_enrich_speakers(self, speakers):
            self.calls += 1
            names = speakers.column("name").to_pylist()
            return {"initials": pa.array(["".join(w[0] for w in n.split()) for n in names])}

    plugin = Initials()
    tables = run_pipeline([ARTICLE, '"Drainage comes first," said Tom Becker.'], {"initials": plugin}, tmp_path)
    rows = {r["name"]: r["initials"] for r in tables["speakers"].to_pylist()}
    assert rows == {"Mayor Ana Ruiz": "MAR", "Councillor Tom Becker": "CTB", "Tom Becker": "TB"}
    assert plugin.calls == 1


def test_etl_complete_speakers_sees_the_short_names_and_the_people_of_the_run(tmp_path):
    class Surnames:
        """Gives a one-word mention (`Becker`) as a short name, and completes it by the last word of a full name."""

        def __init__(self):
            self.seen = []

        @etl.hookimpl(tryfirst=True)
        def etl_resolve_speakers(self, document, statements):
            refs = []
            for st in statements:
                name = " ".join(w for w in (st.speaker or "").split() if w not in ("Mayor", "Councillor"))
                refs.append(None if not name else
                            etl.SpeakerRef(name, alias=st.speaker, short=len(name.split()) == 1))
            return refs

        @etl.hookimpl
        def etl_complete_speakers(self, short, speakers):
            self.seen.append((short.to_pylist(), speakers["name"].to_pylist()))
            by_last = {n.split()[-1]: i for n, i in zip(speakers["name"].to_pylist(),
                                                         speakers["speaker_id"].to_pylist())}
            return [by_last.get(name) for name in short["name"].to_pylist()]

    plugin = Surnames()
    tables = run_pipeline([ARTICLE, '"Drainage comes first," said Becker. "Then roads," said Smith.'],
                          {"surnames": plugin}, tmp_path)
    (short, people), = plugin.seen  # called once, with the whole run
    assert sorted((r["name"], r["aliases"], r["n_statements"], r["speaker_id"][0]) for r in short) == [
        ("Becker", ["Becker"], 1, "?"), ("Smith", ["Smith"], 1, "?")]  # provisional ids
    assert sorted(people) == ["Ana Ruiz", "Tom Becker"]
    names = dict(zip(tables["speakers"]["speaker_id"].to_pylist(), tables["speakers"]["name"].to_pylist()))
    said = {text: names.get(sid) for text, sid in zip(tables["statements"]["text"].to_pylist(),
                                                      tables["statements"]["speaker_id"].to_pylist())}
    assert said["Drainage comes first,"] == "Tom Becker" and said["Then roads,"] is None
    becker = [r for r in tables["speakers"].to_pylist() if r["name"] == "Tom Becker"][0]
    assert becker["n_statements"] == 2 and becker["n_documents"] == 2


def test_every_hook_has_a_test_named_for_it():
    names = set()
    for path in TESTS.glob("test_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names |= {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    hooks = [f.__name__ for f in hookspec_functions()]
    assert sorted(hooks) == sorted(PluginHost().pm.hook.__dict__)
    untested = [h for h in hooks if not any(n.startswith(f"test_{h}_") for n in names)]
    assert untested == [], f"hooks with no test named test_<hook>_...: {untested}"
