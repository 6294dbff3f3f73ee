"""Scoring a dataset's speaker attribution against a gold set.

The gold format and the metric are described in the gold set's README: for
every document and speaker, the multiset of lower-cased word tokens the
dataset attributes to that speaker is compared with the gold multiset
(attributed-token precision, recall and F1, micro-averaged); the set of
speakers per document; and one-to-one statement matches whose token overlap is
at least half of the longer statement.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pyarrow.dataset as pads

from etl.errors import EtlError
from etl.query import table_path

#: Kinds the metric leaves out: reported speech is not direct speech.
UNSCORED_KINDS = frozenset({"indirect", "reported", "paraphrase"})
TOKEN = re.compile(r"\w+")
COUNTS = ("tok_tp", "tok_gold", "tok_pred", "spk_tp", "spk_gold", "spk_pred",
          "st_tp", "st_gold", "st_pred", "unattributed_tokens")


def fold_name(name: str | None) -> str:
    """Case-folded, accent- and punctuation-free name, for matching speakers."""
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


def tokens(text: str | None) -> Counter:
    return Counter(TOKEN.findall(unicodedata.normalize("NFKC", text or "").casefold()))


def doc_key(source: str) -> str:
    """The file name a gold line's `doc` refers to."""
    return PurePosixPath(str(source).split("?")[0].replace("\\", "/")).name


@dataclass
class Gold:
    statements: list[dict[str, str]]
    canonical: dict[str, str]  # folded name or alias -> canonical gold name

    @classmethod
    def load(cls, folder: Path) -> "Gold":
        path = Path(folder) / "gold.jsonl"
        if not path.is_file():
            raise EtlError(f"{folder}: no gold.jsonl (a gold set holds gold.jsonl and speakers.jsonl)")
        statements = read_jsonl(path)
        canonical: dict[str, str] = {}
        speakers = Path(folder) / "speakers.jsonl"
        if speakers.is_file():
            for s in read_jsonl(speakers):
                for name in [s["name"], *s.get("aliases", [])]:
                    canonical[fold_name(name)] = s["name"]
        for g in statements:
            canonical.setdefault(fold_name(g["speaker"]), g["speaker"])
        return cls(statements, canonical)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EtlError(f"{path}:{n}: not a JSON line ({exc.msg})") from None
    return rows


def read_table(dataset: Path, name: str, columns: list[str]) -> list[dict[str, Any]]:
    path = table_path(Path(dataset), name)
    if path is None:
        raise EtlError(f"{dataset}: no {name}.parquet; build the dataset with `etl run SOURCES --out {dataset}`")
    table = pads.dataset(path.replace("*.parquet", ""), format="parquet").to_table()
    missing = [c for c in columns if c not in table.column_names]
    if missing:
        raise EtlError(f"{dataset}: table {name} lacks column(s) {', '.join(missing)}")
    return table.select(columns).to_pylist()


@dataclass
class Bags:
    """Per document: speaker -> token multiset, and the statements in order."""

    by_speaker: dict[str, dict[str, Counter]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Counter)))
    statements: dict[str, list[tuple[str, Counter]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, doc: str, speaker: str, bag: Counter) -> None:
        self.by_speaker[doc][speaker] += bag
        self.statements[doc].append((speaker, bag))


def gold_bags(gold: Gold) -> Bags:
    bags = Bags()
    for g in gold.statements:
        bags.add(g["doc"], g["speaker"], tokens(g["text"]))
    return bags


def predicted_bags(dataset: Path, gold: Gold, docs_in_gold: set[str]) -> tuple[Bags, Counter, set[str]]:
    docs = read_table(dataset, "documents", ["doc_id", "source"])
    stmts = read_table(dataset, "statements", ["doc_id", "speaker_id", "text", "kind"])
    speakers = read_table(dataset, "speakers", ["speaker_id", "name"])
    name_of = {s["speaker_id"]: s["name"] for s in speakers}
    doc_of = {d["doc_id"]: doc_key(d["source"]) for d in docs}
    bags, unattributed = Bags(), Counter()
    for s in stmts:
        doc = doc_of.get(s["doc_id"])
        if doc not in docs_in_gold or (s["kind"] or "") in UNSCORED_KINDS:
            continue
        bag = tokens(s["text"])
        if s["speaker_id"] is None or s["speaker_id"] not in name_of:
            unattributed[doc] += sum(bag.values())
            continue
        name = name_of[s["speaker_id"]]
        bags.add(doc, gold.canonical.get(fold_name(name), "?" + (name or "")), bag)
    return bags, unattributed, set(doc_of.values())


def matched_statements(gold: list[tuple[str, Counter]], pred: list[tuple[str, Counter]]) -> int:
    """One-to-one matches of the same speaker overlapping at least half the longer statement."""
    used: set[int] = set()
    matched = 0
    for g_speaker, g_bag in gold:
        best, best_i = 0.0, None
        for i, (p_speaker, p_bag) in enumerate(pred):
            if i in used or p_speaker != g_speaker:
                continue
            overlap = sum((g_bag & p_bag).values()) / max(sum(g_bag.values()), sum(p_bag.values()), 1)
            if overlap > best:
                best, best_i = overlap, i
        if best_i is not None and best >= 0.5:
            used.add(best_i)
            matched += 1
    return matched


def prf(tp: int, gold_n: int, pred_n: int) -> dict[str, float]:
    p = tp / pred_n if pred_n else 0.0
    r = tp / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)}


def score(dataset: Path, gold_dir: Path) -> dict[str, Any]:
    """Score ``dataset`` against the gold set in ``gold_dir``; the result mirrors the scorer's JSON."""
    gold = Gold.load(gold_dir)
    g = gold_bags(gold)
    gold_docs = sorted({s["doc"] for s in gold.statements})
    p, unattributed, found_docs = predicted_bags(dataset, gold, set(gold_docs))
    rows, total = [], Counter()
    for doc in gold_docs:
        g_spk, p_spk = g.by_speaker[doc], p.by_speaker.get(doc, {})
        predicted = {k for k, bag in p_spk.items() if bag}
        row = {
            "doc": doc, "found": doc in p.by_speaker or doc in found_docs,
            "tok_tp": sum(sum((g_spk[k] & p_spk[k]).values()) for k in g_spk if k in p_spk),
            "tok_gold": sum(sum(b.values()) for b in g_spk.values()),
            "tok_pred": sum(sum(b.values()) for b in p_spk.values()),
            "spk_tp": len(set(g_spk) & predicted), "spk_gold": len(g_spk), "spk_pred": len(predicted),
            "st_tp": matched_statements(g.statements[doc], p.statements.get(doc, [])),
            "st_gold": len(g.statements[doc]), "st_pred": len(p.statements.get(doc, [])),
            "unattributed_tokens": unattributed[doc],
            "wrong_speakers": sorted(predicted - set(g_spk)),
        }
        rows.append(row)
        total.update({k: row[k] for k in COUNTS})
    return {
        "documents": len(gold_docs),
        "documents_missing": [r["doc"] for r in rows if not r["found"]],
        "attributed_tokens": prf(total["tok_tp"], total["tok_gold"], total["tok_pred"]),
        "speakers": prf(total["spk_tp"], total["spk_gold"], total["spk_pred"]),
        "statements": prf(total["st_tp"], total["st_gold"], total["st_pred"]),
        "unattributed_tokens": total["unattributed_tokens"],
        "by_doc": rows,
    }


def rule_precision(dataset: Path, gold_dir: Path) -> list[dict[str, Any]]:
    """Per segmenter rule (`statements.rule`): how many statements it found, how many of them name a
    speaker, how many of those are wrong, and the precision of their attributed words.

    A statement is wrong when its speaker says nothing in that document's gold, or when fewer than
    half its words are words the gold gives that speaker there. Its words are checked against what
    the gold gives its speaker and the statements before it have not already claimed, in document
    order, so the rules' true positives add up to the headline's."""
    gold = Gold.load(gold_dir)
    g = gold_bags(gold)
    remaining = {doc: {k: Counter(bag) for k, bag in spk.items()} for doc, spk in g.by_speaker.items()}
    docs = read_table(dataset, "documents", ["doc_id", "source"])
    stmts = read_table(dataset, "statements", ["doc_id", "seq", "speaker_id", "text", "kind", "rule"])
    speakers = read_table(dataset, "speakers", ["speaker_id", "name"])
    name_of = {s["speaker_id"]: s["name"] for s in speakers}
    doc_of = {d["doc_id"]: doc_key(d["source"]) for d in docs}
    rows: dict[str, Counter] = defaultdict(Counter)
    for s in sorted(stmts, key=lambda s: (doc_of.get(s["doc_id"]) or "", s["doc_id"], s["seq"])):
        doc = doc_of.get(s["doc_id"])
        if doc not in remaining or (s["kind"] or "") in UNSCORED_KINDS:
            continue
        row = rows[s["rule"] or "(none)"]
        row["statements"] += 1
        if s["speaker_id"] is None or s["speaker_id"] not in name_of:
            continue
        bag = tokens(s["text"])
        n = sum(bag.values())
        speaker = gold.canonical.get(fold_name(name_of[s["speaker_id"]]))
        left = remaining[doc].get(speaker) if speaker else None
        hit = bag & left if left is not None else Counter()
        if left is not None:
            left.subtract(hit)
        tp = sum(hit.values())
        row["attributed"] += 1
        row["wrong"] += int(left is None or 2 * tp < n)
        row["tok_tp"] += tp
        row["tok_pred"] += n
    return [{"rule": rule, **{k: row[k] for k in ("statements", "attributed", "wrong", "tok_tp", "tok_pred")},
             "p": round(row["tok_tp"] / row["tok_pred"], 4) if row["tok_pred"] else None}
            for rule, row in sorted(rows.items())]


def format_rules(rows: list[dict[str, Any]]) -> str:
    """The per-rule table of `rule_precision`."""
    lines = [f"{'rule':32} {'statements':>10} {'attributed':>10} {'wrong':>6} {'tokP':>6}"]
    for r in rows:
        p = f"{r['p']:6.3f}" if r["p"] is not None else f"{'-':>6}"
        lines.append(f"{r['rule'][:32]:32} {r['statements']:10d} {r['attributed']:10d} {r['wrong']:6d} {p}")
    return "\n".join(lines)


def format_report(result: dict[str, Any], by_doc: bool = False) -> str:
    """The scorer's plain-text report; the last line is the headline."""
    lines = []
    if by_doc:
        lines.append(f"{'doc':40} {'tokP':>6} {'tokR':>6} {'spkP':>5} {'spkR':>5} {'stP':>5} {'stR':>5}  wrong speakers")
        for r in result["by_doc"]:
            t, s, st = (prf(r[f"{k}_tp"], r[f"{k}_gold"], r[f"{k}_pred"]) for k in ("tok", "spk", "st"))
            lines.append(f"{r['doc'][:40]:40} {t['p']:6.3f} {t['r']:6.3f} {s['p']:5.2f} {s['r']:5.2f} "
                         f"{st['p']:5.2f} {st['r']:5.2f}  {', '.join(r['wrong_speakers'])[:60]}")
    for k in ("speakers", "statements"):
        v = result[k]
        lines.append(f"{k:18} P={v['p']:.3f} R={v['r']:.3f} F1={v['f']:.3f}")
    lines.append(f"unattributed tokens {result['unattributed_tokens']}; documents missing "
                 f"{len(result['documents_missing'])} of {result['documents']}")
    v = result["attributed_tokens"]
    lines.append(f"attributed-token P={v['p']:.3f} R={v['r']:.3f} F1={v['f']:.3f}")
    return "\n".join(lines)
