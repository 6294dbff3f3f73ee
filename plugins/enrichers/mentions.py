"""Enricher: the people, countries and organisations each statement mentions.

Rule-based and deterministic. In `a meeting in Moscow between Azerbaijani
Economy Minister Mikail Jabbarov and Russian Industry and Trade Minister Denis
Manturov` it finds the countries `Azerbaijan` and `Russia` (from the
demonyms) and the people `Mikail Jabbarov` and `Denis Manturov` (from the
title before each name).

- Countries come from the gazetteer (`etl_plugins.enrichers.gazetteer`): short names,
  official names and demonyms all resolve to the short name, so `Russian
  Federation`, `Russia's` and `Russian` are all `Russia`. A demonym is taken
  as a mention of its country (`Russian President`, `the Russian side`),
  except when it only qualifies a language or a kind (`Russian-language`).
- Organisations are the gazetteer's (`NATO`, `CSTO`, `State Duma`), or a run
  of capitalised words ending in a head word (`Ministry`, `Commission`,
  `Council`, `Union`, `Bank`...) with an optional `of ...`/`on ...` tail:
  `Intergovernmental Commission on Trade, Economic, Scientific, Technical and
  Cultural Cooperation`.
- People are capitalised names after a title (`President`, `Minister`,
  `Governor of St. Petersburg`, `Mr`, `Dr`...) and the names of the speakers
  of the statement's document, in full or by surname. A name that shares the
  surname of one of the document's speakers is normalised to that speaker's
  full name (`President Putin` → `Vladimir Putin`).

Spans never overlap: the longer wins, so `Russian Trade Mission` is one
organisation, not also a mention of Russia. Offsets are into the statement's
text, and a possessive `'s` is left out of the span.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache

import pyarrow as pa
import pyarrow.compute as pc

import etl
from etl.model import Column
from etl_plugins.enrichers.gazetteer import country_names, organisation_names, trie_pattern

MENTION = pa.struct([
    pa.field("text", pa.string()),
    pa.field("type", pa.string()),
    pa.field("name", pa.string()),
    pa.field("char_start", pa.int32()),
    pa.field("char_end", pa.int32()),
])


COUNTRIES = country_names()
ORGANISATIONS = organisation_names()
KNOWN = {**{n: ("country", c) for n, c in COUNTRIES.items()},
         **{n: ("organisation", o) for n, o in ORGANISATIONS.items()}}
# Python's `re` searches fast only for a pattern that begins with a plain
# character: it then skips, at C speed, every position holding none of the
# characters a match can begin with. Every pattern here begins with a name,
# so each is written as one branch per first character, and what it asks of
# the character before the name (`(?<![\w-])`, `\b`) is checked by a
# lookbehind right after that first character. `tests/test_mentions.py`
# checks that each finds what its plain form (`*_RULE`) finds.
NOT_AFTER_WORD_OR_HYPHEN = r"(?<![\w-].)"  # `(?<![\w-])`, one character later
NOT_AFTER_WORD = r"(?<!\w.)"  # `\b` before a word character, one character later


def by_first_letter(after: dict[str, str], check: str) -> str:
    """One branch per first letter: the letter, ``check``, then what may follow it."""
    return "(?:" + "|".join(re.escape(c) + check + rest for c, rest in sorted(after.items())) + ")"


def tails(alternation: str, letter: str) -> list[str]:
    """What follows ``letter`` in those words of ``alternation`` (`A|B|...`) that start with it, in order."""
    return [w[1:] for w in alternation.split("|") if w[0] == letter]


# A name must stand as a whole word; `Russian-language` qualifies a language.
KNOWN_RULE = r"(?<![\w-])(?:" + trie_pattern(sorted(KNOWN)) + r")(?![\w]|-[a-z])"
KNOWN_PATTERN = re.compile(
    r"(?:" + trie_pattern(sorted(KNOWN), after_first=NOT_AFTER_WORD_OR_HYPHEN) + r")(?![\w]|-[a-z])")
# KNOWN_PATTERN has a branch for `t` (`the Kremlin`, the one name in lower case), so each `t` of a
# text starts a try. A branch matches only where one of its names stands as written, and the trie
# splits by first letter, so dropping a branch changes no other: a text holding none of the names
# not starting with a capital is searched, faster, without their branches.
UNCAPITALISED = tuple(sorted(n for n in KNOWN if not n[:1].isupper()))
CAPITALISED_KNOWN_PATTERN = re.compile(
    r"(?:" + trie_pattern(sorted(n for n in KNOWN if n[:1].isupper()), after_first=NOT_AFTER_WORD_OR_HYPHEN)
    + r")(?![\w]|-[a-z])")

CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
WORD_REST = r"[\w’'-]*"
# A capitalised word or acronym; `St. Petersburg` is one.
WORD = r"(?:St\.\s+[A-Z]" + WORD_REST + "|[A-Z]" + WORD_REST + ")"
HEADS = ("Ministry|Organization|Organisation|Union|Council|Commission|Committee|Bank|University|Party|"
         "Assembly|Parliament|Agency|Fund|Forum|Mission|Library|Institute|Academy|Court|Service|"
         "Corporation|Company|Government|Center|Centre|Foundation|Association|Alliance|Office|Department|"
         "Cabinet|Chamber|Board|Authority")
ORG_TAIL = r"(?:\s+(?:of|for|on)\s+(?:the\s+)?" + WORD + r"(?:(?:\s+|,\s+|\s+and\s+)" + WORD + r")*){0,2}"
ORG_RULE = r"(?<![\w-])(?:" + WORD + r"\s+){0,5}(?:" + HEADS + r")\b" + ORG_TAIL


def org_after(letter: str) -> str:
    r"""``(?:WORD\s+){0,5}(?:HEADS)`` once its first letter is read: more words, or the head word."""
    word = r"(?:t\.\s+[A-Z]" + WORD_REST + "|" + WORD_REST + ")" if letter == "S" else WORD_REST
    branches = [word + r"\s+(?:" + WORD + r"\s+){0,4}(?:" + HEADS + ")", *tails(HEADS, letter)]
    return "(?:" + "|".join(branches) + ")"


ORG_PATTERN = re.compile(
    by_first_letter({c: org_after(c) for c in CAPITALS}, NOT_AFTER_WORD_OR_HYPHEN) + r"\b" + ORG_TAIL)
ORG_LEADING = frozenset("""
    The A An In At On For Also But And During As After Before Since With From To By Of Under Our Your
    Their His Her Its This That These Those Both Then So If When While Yesterday Today
    """.split())

TITLES = ("President|Vice-President|Minister|Premier|Chancellor|King|Queen|Prince|Princess|Emir|Sheikh|"
          "Sultan|Governor|Mayor|Ambassador|Secretary|Secretary-General|Senator|Congressman|Congresswoman|"
          "Chairman|Chairwoman|Chairperson|Speaker|Spokesman|Spokeswoman|Spokesperson|Director|General|"
          "Colonel|Commissioner|Patriarch|Pope|Envoy|Deputy|Judge|Professor|Prof|Mr|Mrs|Ms|Dr|Sir|Lord|Lady")
# A name word is capitalised, or an initial, and is not itself a title.
NAME_WORD = r"(?:(?!(?:" + TITLES + r")\b)[A-Z][a-z][\w’'-]*|[A-Z]\.)"
NAME = NAME_WORD + r"(?:\s+" + NAME_WORD + r"){0,3}"
PERSON_TAIL = (
    r"\b\.?(?:"
    # `President of the Russian Federation Vladimir Putin`: a known place, then the name
    r"\s+of\s+(?:the\s+)?(?:" + trie_pattern(sorted(KNOWN)) + r")\s+(?P<name_after_known>" + NAME + r")"
    # `Governor of New York Andrew Cuomo`: the last two capitalised words are the name
    r"|\s+of\s+(?:the\s+)?" + WORD + r"(?:\s+(?:of\s+(?:the\s+)?)?" + WORD + r")*?"
    r"\s+(?P<name_after_place>" + NAME_WORD + r"\s+" + NAME_WORD + r")(?![ \t]+[A-Z])"
    r"|\s+(?P<name>" + NAME + r"))"
)
# the whole title: `President`, `Deputy Foreign Minister`, `Industry and Trade Minister`
PERSON_RULE = r"\b(?:[A-Z][a-z]+\s+(?:and\s+)?){0,3}(?:" + TITLES + r")" + PERSON_TAIL


def title_after(letter: str) -> str:
    r"""``(?:[A-Z][a-z]+\s+(?:and\s+)?){0,3}(?:TITLES)`` once its first letter is read."""
    branches = [r"[a-z]+\s+(?:and\s+)?(?:[A-Z][a-z]+\s+(?:and\s+)?){0,2}(?:" + TITLES + ")",
                *tails(TITLES, letter)]
    return "(?:" + "|".join(branches) + ")"


PERSON_PATTERN = re.compile(by_first_letter({c: title_after(c) for c in CAPITALS}, NOT_AFTER_WORD) + PERSON_TAIL)
NOT_NAMES = frozenset("""
    The This That These Those And But Or Of In On At To For By It We I He She They You Our Their His Her
    Thank Thanks Said Says
    """.split())
NAME_WORD_PATTERN = re.compile(NAME_WORD)
POSSESSIVE = re.compile(r"['’]s$")
CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,2}$")


@lru_cache(maxsize=4096)  # a document repeats its speakers' mentions
def person_name(mention: str) -> str | None:
    """The name in a speaker mention: `Russian President Vladimir Putin` → `Vladimir Putin`."""
    m = PERSON_PATTERN.search(mention)
    if m:
        return clean_name(name_group(m)[0])
    words = mention.split()
    if 2 <= len(words) <= 4 and all(NAME_WORD_PATTERN.fullmatch(w) for w in words) and words[0] not in NOT_NAMES:
        return mention.strip()
    return None


def name_group(m: re.Match) -> tuple[str, int]:
    """The name a person match found, and where it starts."""
    for group in ("name", "name_after_known", "name_after_place"):
        if m.group(group):
            return m.group(group), m.start(group)
    raise ValueError("a person match holds no name")


def clean_name(name: str) -> str | None:
    words = POSSESSIVE.sub("", name).split()
    while words and (words[-1] in KNOWN or words[-1] in NOT_NAMES):
        words.pop()
    if not words or words[0] in NOT_NAMES or words[0] in KNOWN:
        return None
    return " ".join(words)


class Speakers:
    """The speakers of a document, to find and normalise person names by."""

    def __init__(self, names: list[str]):
        self.names = sorted(set(names))
        by_surname = defaultdict(list)
        # The first full name of each (first word, last word): what a longer form normalises to,
        # looked up at once rather than by reading every name of a long document's speakers.
        self.by_ends: dict[tuple[str, str], str] = {}
        for name in self.names:
            parts = name.split()
            by_surname[parts[-1]].append(name)
            if len(parts) > 1:
                self.by_ends.setdefault((parts[0], parts[-1]), name)
        # A surname shared by two speakers (two Aliyevs) identifies neither.
        self.by_surname = {s: ns[0] for s, ns in by_surname.items() if len(ns) == 1}

    def normalise(self, name: str) -> str:
        words = name.split()
        if len(words) == 1:
            return self.by_surname.get(words[0], name)
        # `Vladimir Vladimirovich Putin` → `Vladimir Putin`
        return self.by_ends.get((words[0], words[-1]), name)


def speakers_by_doc(statements: pa.Table, doc_ids: list | None = None) -> dict[str, Speakers]:
    """The speakers of each document of ``statements``; ``doc_ids``, its `doc_id` column as a list,
    is worked out when not given."""
    names = defaultdict(list)
    if doc_ids is None:
        doc_ids = statements.column("doc_id").to_pylist()
    for doc_id, mention in zip(doc_ids, statements.column("speaker_mention").to_pylist()):
        name = person_name(mention) if mention else None
        if name:
            names[doc_id].append(name)
    return {doc_id: Speakers(ns) for doc_id, ns in names.items()}


def speaker_words(speakers: Speakers) -> tuple[str, ...]:
    """A document's speaker names and unambiguous surnames."""
    return tuple(sorted(set(speakers.names) | {n for n in speakers.by_surname if len(n) > 2}))


# Up to this many words, `least_words` tests every pair: quicker than the set, for so few.
PAIRWISE_WORDS = 32


def least_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Those of ``words`` that hold none of the others: a text holds one of ``words`` exactly when it
    holds one of these (`Vladimir Putin` holds `Putin`), and testing fewer words is cheaper.

    A few words are tested pair by pair; many (a long document's speakers) by looking each word's
    pieces of the others' lengths up in a set, as pairs would grow with the square of their number."""
    if len(words) <= PAIRWISE_WORDS:
        return tuple(w for w in words if not any(other != w and other in w for other in words))
    present = set(words)
    lengths = sorted({len(w) for w in present})
    return tuple(w for w in words
                 if not any(w[i:i + n] in present for n in lengths if n < len(w) for i in range(len(w) - n + 1)))


# Above this many words, `holds_any` searches once for all of them instead of once for each.
FEW_WORDS = 16


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` as written. A few substring tests are the cheapest
    way; a long document's many speakers are searched for with one pattern, so that the work per
    statement does not grow with the number of the document's speakers."""
    if len(words) <= FEW_WORDS:
        return any(map(text.__contains__, words))
    return any_word_pattern(words).search(text) is not None


@lru_cache(maxsize=64)
def any_word_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(trie_pattern(list(words)))


@lru_cache(maxsize=1024)
def speaker_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for a document's speaker names and unambiguous surnames.

    Built per document, never per batch: another document's names must not
    change what is found here, so the output does not depend on batching.
    """
    if not words:
        return None
    return re.compile(r"(?:" + trie_pattern(list(words), after_first=NOT_AFTER_WORD_OR_HYPHEN) + r")(?![\w-])")


def candidates(text: str, speakers: Speakers | None, names: re.Pattern | None, known: bool = True,
               organisations: bool = True, people: bool = True) -> list[tuple]:
    """Every possible mention as (start, end, priority, type, name); overlaps resolved later.

    ``known``, ``organisations`` and ``people`` set to False skip looking for
    gazetteer names, organisations by head word and people by title, in a
    text known to hold none.
    """
    found = []
    if known:
        pattern = KNOWN_PATTERN if any(map(text.__contains__, UNCAPITALISED)) else CAPITALISED_KNOWN_PATTERN
        for m in pattern.finditer(text):
            kind, name = KNOWN[m.group()]
            found.append((m.start(), m.end(), 0, kind, name))
    for m in ORG_PATTERN.finditer(text) if organisations else ():
        words = m.group().split(" ")
        skip = 0
        while skip < len(words) - 1 and words[skip] in ORG_LEADING:
            skip += 1
        if len(words) - skip < 2:
            continue  # `the Commission` alone names no organisation in particular
        start = m.start() + len(" ".join(words[:skip])) + (1 if skip else 0)
        end = m.end()
        last_comma = text.rfind(", ", start, end)
        if last_comma >= 0 and " and " not in text[last_comma:end]:
            end = last_comma  # `Council of Ministers of the USSR, NATO`: a list, not one name
        org = " ".join(text[start:end].split())
        found.append((start, end, 1, "organisation", ORGANISATIONS.get(org, org)))
    for m in PERSON_PATTERN.finditer(text) if people else ():
        raw, start = name_group(m)
        name = clean_name(raw)
        if name:
            end = start + len(name) if text.startswith(name, start) else start + len(raw)
            found.append((start, end, 2, "person", speakers.normalise(name) if speakers else name))
    if names is not None and speakers is not None:
        for m in names.finditer(text):
            word = m.group()
            if word in speakers.names:
                found.append((m.start(), m.end(), 2, "person", word))
            elif word in speakers.by_surname:
                full = speakers.by_surname[word]
                before = CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start())
                if before is None:  # `Putin` alone
                    found.append((m.start(), m.end(), 2, "person", full))
                elif before.group().split()[0] == full.split()[0]:  # `Vladimir Vladimirovich Putin`
                    found.append((before.start(), m.end(), 2, "person", full))
                # else another person of the same surname: the `Aliyev` of `Heydar Aliyev`
    return found


PAIRWISE_SPANS = 8


def choose(text: str, found: list[tuple]) -> list[tuple]:
    """The candidates that stand, as (text, type, name, start, end) in order: the longest span wins."""
    if len(found) == 1:  # most often: one candidate, which stands
        (s, e, _, kind, name), = found
        return [(text[s:e], kind, name, s, e)]
    chosen: list[tuple] = []
    ranked = sorted(found, key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    # A few candidates are tested pair by pair, as are spans among which one is empty (the chosen
    # spans' ends may then not be in order).
    if len(found) <= PAIRWISE_SPANS or any(c[0] >= c[1] for c in found):
        for cand in ranked:
            if all(cand[1] <= c[0] or cand[0] >= c[1] for c in chosen):
                chosen.append(cand)
    else:
        # The chosen spans never overlap, so in order of start their ends are in order too: a
        # candidate overlaps one of them exactly when it overlaps the last to start before its end.
        # Found by bisection, not by testing every chosen span: a long statement has many.
        starts: list[int] = []
        ends: list[int] = []
        for cand in ranked:
            start, end = cand[0], cand[1]
            k = bisect.bisect_left(starts, end)
            if k and ends[k - 1] > start:
                continue
            starts.insert(k, start)
            ends.insert(k, end)
            chosen.append(cand)
    return [(text[s:e], kind, name, s, e) for s, e, _, kind, name in sorted(chosen)]


def find_mentions(text: str, speakers: Speakers | None = None, names: re.Pattern | None = None) -> list[dict]:
    """The mentions in ``text``, in order, without overlaps (the longest span wins)."""
    return [dict(zip(MENTION.names, mention)) for mention in choose(text, candidates(text, speakers, names))]


def literally(words) -> str:
    """An RE2 pattern for any of ``words`` as plain text."""
    return "|".join("".join(c if c.isalnum() else f"\\x{{{ord(c):x}}}" for c in w) for w in words)


# Each pattern's matches hold one of these words: a text holding none of them
# is not searched (RE2, through Arrow, tells for the whole column at once).
KNOWN_WORDS = literally(sorted(KNOWN))
HEAD_WORDS = literally(HEADS.split("|"))
TITLE_WORDS = literally(TITLES.split("|"))
# Head words and titles are rare: one pass over the column for either is
# cheaper than one for each, and a text holding one is searched for both.
HEAD_OR_TITLE_WORDS = HEAD_WORDS + "|" + TITLE_WORDS


def may_hold(texts: pa.ChunkedArray, words: str) -> list[bool]:
    return pc.fill_null(pc.match_substring_regex(texts, words), False).to_pylist()


@etl.hookimpl
def etl_columns() -> list[Column]:
    return [
        Column("statements", "mentions", pa.list_(MENTION),
               "People, countries and organisations the statement mentions: text as written, type "
               "(person|country|organisation), normalised name (Russia for Russian Federation, Russian, "
               "Russia's), offsets into the statement's text."),
    ]


@etl.hookimpl
def etl_enrich_statements(statements: pa.Table) -> dict[str, pa.Array]:
    doc_ids, texts = statements.column("doc_id").to_pylist(), statements.column("text")
    speakers = speakers_by_doc(statements, doc_ids)
    # A document's speaker words, worked out once per document, not once per statement.
    words = {doc_id: speaker_words(doc) for doc_id, doc in speakers.items()}
    # Whether a text holds one of its document's speaker words is asked of the least of them only.
    tested = {doc_id: least_words(doc_words) for doc_id, doc_words in words.items()}
    known, heads_or_titles = (may_hold(texts, w) for w in (KNOWN_WORDS, HEAD_OR_TITLE_WORDS))
    offsets, rows = [0], []
    for doc_id, text, has_known, has_head_or_title in zip(doc_ids, texts.to_pylist(), known, heads_or_titles):
        if text is not None:
            # The document's pattern can match only where one of its words stands as written; a
            # few substring tests are far cheaper than one RE2 pass over the column for all of them.
            doc_words = tested.get(doc_id, ())
            names = speaker_pattern(words[doc_id]) if holds_any(text, doc_words) else None
            if has_known or has_head_or_title or names is not None:
                found = candidates(text, speakers.get(doc_id), names, has_known, has_head_or_title,
                                   has_head_or_title)
                if found:
                    rows.extend(choose(text, found))
        offsets.append(len(rows))
    columns = list(zip(*rows)) if rows else [()] * len(MENTION)
    items = pa.StructArray.from_arrays([pa.array(values, type=f.type) for values, f in zip(columns, MENTION)],
                                       fields=list(MENTION))
    column = pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), items,
                                      type=pa.list_(MENTION), mask=texts.is_null().combine_chunks())
    return {"mentions": column}
