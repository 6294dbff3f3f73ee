"""Consistency checks for the gold sets in tests/gold/ and tests/heldout/.

The development set (tests/gold/) is the yardstick rules are written against;
the held-out set (tests/heldout/) measures whether they generalise to
documents nobody tuned them on. These tests only check that both are well
formed (format as in shared/gold/README.md), not what any segmenter produces.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
#: gold set -> (folder, fewest documents it must hold)
GOLD_SETS = {"development": (TESTS / "gold", 25), "heldout": (TESTS / "heldout", 15)}
KINDS = {"speech", "question", "answer", "quote", "headline"}
NAME_RE = re.compile(r"^(\d{3}_(transcript|debate|broadcast|interview|news)"
                     r"|(briefing|webtranscript)_\d{2})_[a-z0-9-]+\.txt$")
TITLES = {"mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "senator", "sen",
          "councillor", "cllr", "cr", "mayor", "shri", "shrimati", "hon", "chairwoman", "trustee",
          "gov", "governor", "deputy", "dame", "taoiseach", "rep"}


def _jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:  # pragma: no cover - reported by the assert
                pytest.fail(f"{path.name}:{n}: not JSON: {e}")
    return rows


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def gold_set(request) -> tuple[Path, int]:
    return GOLD_SETS[request.param]


@pytest.fixture(scope="module")
def gold(gold_set) -> list[dict]:
    return _jsonl(gold_set[0] / "gold.jsonl")


@pytest.fixture(scope="module")
def speakers(gold_set) -> list[dict]:
    return _jsonl(gold_set[0] / "speakers.jsonl")


@pytest.fixture(scope="module")
def docs(gold_set) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((gold_set[0] / "docs").glob("*.txt"))}


def test_enough_documents(docs, gold_set):
    folder, fewest = gold_set
    assert len(docs) >= fewest, f"only {len(docs)} documents in {folder / 'docs'}"


def test_document_names_and_encoding(docs):
    bad = [name for name in docs if not NAME_RE.match(name)]
    assert not bad, f"file names not of the form NNN_form_short-topic.txt or briefing_NN_short-topic.txt: {bad}"
    numbers = Counter(re.match(r"\d{3}|[a-z]+_\d{2}", name).group() for name in docs)
    assert all(c == 1 for c in numbers.values()), f"duplicate document numbers: {numbers}"
    for name, text in docs.items():
        assert text.strip(), f"{name} is empty"
        assert "\ufffd" not in text, f"{name} has a replacement character"


def test_every_document_has_statements(gold, docs):
    used = {g["doc"] for g in gold}
    missing = sorted(set(docs) - used)
    assert not missing, f"documents with no gold statements: {missing}"


def test_fields(gold):
    assert gold, "gold.jsonl is empty"
    for i, g in enumerate(gold, 1):
        assert set(g) == {"doc", "speaker", "kind", "text"}, f"line {i}: fields {sorted(g)}"
        assert all(isinstance(v, str) and v.strip() for v in g.values()), f"line {i}: empty field"


def test_docs_exist(gold, docs):
    missing = sorted({g["doc"] for g in gold} - set(docs))
    assert not missing, f"gold refers to missing documents: {missing}"


def test_kinds_valid(gold):
    bad = [(i, g["kind"]) for i, g in enumerate(gold, 1) if g["kind"] not in KINDS]
    assert not bad, f"invalid kinds (line, kind): {bad}"


def test_texts_are_verbatim_substrings(gold, docs):
    bad = []
    for i, g in enumerate(gold, 1):
        text = g["text"].strip()
        if g["doc"] in docs and text not in docs[g["doc"]]:
            bad.append(f"line {i} ({g['doc']}): {text[:70]!r}")
    assert not bad, "texts not found verbatim:\n" + "\n".join(bad)


def test_texts_have_no_label_dash_or_enclosing_quotes(gold):
    bad = []
    for i, g in enumerate(gold, 1):
        t = g["text"]
        if t != t.strip():
            bad.append(f"line {i}: surrounding whitespace")
        if t[:1] in "-–—" or t[:1] in "\"“”«»‘":
            bad.append(f"line {i}: starts with {t[:1]!r}")
        # a closing mark at the end is fine only when it closes a quotation
        # opened inside the text (a headline such as `X will go "because ..."`)
        if t.endswith('"') and t.count('"') % 2:
            bad.append(f"line {i}: ends with an unmatched '\"'")
        for op, cl in (("“", "”"), ("«", "»")):
            if t.endswith(cl) and t.count(op) < t.count(cl):
                bad.append(f"line {i}: ends with an unmatched {cl!r}")
    assert not bad, "\n".join(bad)


def test_no_duplicate_statements(gold):
    dup = [k for k, c in Counter((g["doc"], g["speaker"], g["kind"], g["text"]) for g in gold).items() if c > 1]
    assert not dup, f"duplicate statements: {dup}"


def test_speakers_listed(gold, speakers):
    names = {s["name"] for s in speakers}
    missing = sorted({g["speaker"] for g in gold} - names)
    assert not missing, f"speakers missing from speakers.jsonl: {missing}"


def test_speakers_file_well_formed(speakers):
    names = [s["name"] for s in speakers]
    assert len(names) == len(set(names)), "a speaker is listed twice"
    forms: dict[str, str] = {}
    for s in speakers:
        assert set(s) <= {"name", "aliases"}, s
        assert isinstance(s.get("aliases", []), list), s
        for form in [s["name"], *s.get("aliases", [])]:
            key = " ".join(form.casefold().split())
            assert forms.setdefault(key, s["name"]) == s["name"], f"{form!r} names two speakers"


def test_no_single_word_alias(speakers):
    bad = [(s["name"], a) for s in speakers for a in s.get("aliases", []) if len(a.split()) < 2]
    assert not bad, f"single-word aliases (a bare surname is never an alias): {bad}"


def test_canonical_names_have_no_titles(speakers):
    bad = []
    for s in speakers:
        first = s["name"].split()[0].rstrip(".").casefold()
        if first in TITLES or s["name"].isupper():
            bad.append(s["name"])
    assert not bad, f"canonical names with a title or in upper case: {bad}"


def test_heldout_documents_are_realistic_in_length_and_mix():
    """The held-out set mirrors the hidden evaluation: mostly news, then debates and broadcasts."""
    folder = GOLD_SETS["heldout"][0] / "docs"
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    bad = {name: len(text.split()) for name, text in docs.items() if not 250 <= len(text.split()) <= 900}
    assert not bad, f"documents outside 250-900 words: {bad}"
    forms = Counter(name.split("_")[1] for name in docs)
    assert forms["news"] >= 7, forms
    assert forms["debate"] + forms["transcript"] >= 4, forms
    assert forms["broadcast"] + forms["interview"] >= 4, forms
