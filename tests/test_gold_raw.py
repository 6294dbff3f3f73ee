"""The raw-files gold set (tests/gold_raw/): web pages and Markdown briefings as people download them.

Checks that the set is well formed (format as in shared/gold/README.md, texts as the files hold
them, the mix of forms its README promises), then runs it and holds attribution to a bar a little
under today's figure, scored by `etl eval` as the reference scorer scores it.
"""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import SCORER, needs_scorer

GOLD = Path(__file__).parent / "gold_raw"
KINDS = {"speech", "question", "answer", "quote", "headline"}
NAME_RE = re.compile(r"^(?:(webtranscript|interview|broadcast|debate|news)_\d{2}_[a-z0-9-]+\.html|briefing_\d{2}_[a-z0-9-]+\.md)$")
#: The attributed-token F1 the set must keep (a regression guard a little under today's 1.000).
BAR = 0.995


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return jsonl(GOLD / "gold.jsonl")


@pytest.fixture(scope="module")
def speakers() -> list[dict]:
    return jsonl(GOLD / "speakers.jsonl")


@pytest.fixture(scope="module")
def raw() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((GOLD / "docs").iterdir())}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    from typer.testing import CliRunner

    from etl.cli import app

    out = tmp_path_factory.mktemp("gold_raw") / "dataset"
    result = CliRunner().invoke(app, ["run", str(GOLD / "docs"), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out


def words_of(markup: str) -> str:
    """A file's words as a reader shows them: tags gone, entities decoded, blanks collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def test_names_and_mix_of_forms(raw):
    bad = [name for name in raw if not NAME_RE.match(name)]
    assert not bad, f"file names not of the form form_NN_short-topic.html / briefing_NN_short-topic.md: {bad}"
    forms = Counter(name.split("_")[0] for name in raw)
    assert forms["webtranscript"] >= 12 and forms["interview"] + forms["broadcast"] >= 6, forms
    assert forms["debate"] >= 2 and forms["news"] >= 3, forms
    briefings = [text for name, text in raw.items() if name.endswith(".md")]
    assert len(briefings) >= 7 and sum(t.startswith("+++\n") for t in briefings) >= 1, "briefings, one TOML"
    assert any((GOLD / "docs" / name).read_bytes().startswith(b"\xef\xbb\xbf---\r\n") for name in raw
               if name.endswith(".md")), "a briefing with a byte order mark and Windows line ends"
    assert sum(t.startswith("---\n") for t in briefings) >= 4, "briefings with YAML front matter"


def test_pages_are_raw_pages(raw):
    """Pages keep what sites put around the text: scripts, JSON-LD, navigation, a footer, og: tags."""
    for name, text in raw.items():
        if name.endswith(".html"):
            for part in ("<!DOCTYPE html>", "application/ld+json", "og:title", "<footer", "<time"):
                assert part in text, f"{name} has no {part}"
            assert re.search(r'<nav|class="[^"]*(?:nav|menu)', text), f"{name} has no navigation"


def test_documents_are_250_to_900_words_of_content(built):
    import pyarrow.parquet as pq

    docs = pq.read_table(built / "documents.parquet", columns=["source", "text"]).to_pylist()
    bad = {d["source"]: len(d["text"].split()) for d in docs if not 250 <= len(d["text"].split()) <= 900}
    assert len(docs) == 35 and not bad, f"documents outside 250-900 words: {bad}"


def test_fields_kinds_and_documents(gold, raw):
    for i, g in enumerate(gold, 1):
        assert set(g) == {"doc", "speaker", "kind", "text"}, f"line {i}: fields {sorted(g)}"
        assert g["kind"] in KINDS, f"line {i}: kind {g['kind']}"
        assert g["doc"] in raw, f"line {i}: no document {g['doc']}"
    assert {g["doc"] for g in gold} == set(raw), "every document has statements"


def test_texts_stand_in_the_files(gold, raw):
    """Each paragraph of a statement is in its file, as written (a page's paragraphs are elements)."""
    bad = []
    for i, g in enumerate(gold, 1):
        text = raw[g["doc"]]
        held = words_of(text) if g["doc"].endswith(".html") else " ".join(text.split())
        for para in g["text"].split("\n\n"):
            if " ".join(para.split()) not in held:
                bad.append(f"line {i} ({g['doc']}): {para[:60]!r}")
        if g["text"] != g["text"].strip() or g["text"][:1] in "-–—\"“”«»‘'":
            bad.append(f"line {i}: a label, dash, quotation mark or blank at the edge")
    assert not bad, "\n".join(bad)


def test_speakers(gold, speakers):
    names = [s["name"] for s in speakers]
    assert len(names) == len(set(names))
    assert {g["speaker"] for g in gold} <= set(names)
    assert not [a for s in speakers for a in s["aliases"] if len(a.split()) < 2], "a bare surname is no alias"
    assert not [n for n in names if n.isupper() or n.split()[0].rstrip(".") in ("Mr", "Ms", "Dr", "President")]


def test_attribution_meets_the_bar(built):
    from etl.evaluate import score

    result = score(built, GOLD)
    assert result["attributed_tokens"]["f"] >= BAR, result["attributed_tokens"]
    assert result["speakers"]["f"] >= BAR, result["speakers"]


@needs_scorer
def test_eval_agrees_with_the_reference_scorer(cli, built):
    ours = json.loads(cli(["eval", built, GOLD, "--json", "--by-doc"]).output)
    theirs = json.loads(subprocess.run([sys.executable, str(SCORER), str(built), str(GOLD), "--json", "--by-doc"],
                                       capture_output=True, text=True, check=True).stdout)
    for key in ("attributed_tokens", "speakers", "statements"):
        for m in "prf":
            assert round(ours[key][m], 3) == round(theirs[key][m], 3), (key, m)
    assert ours["by_doc"] == theirs["by_doc"]
