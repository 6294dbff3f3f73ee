"""Enricher: the money, percentages and counts each statement gives.

`our trade turnover already exceeds $3 billion and has increased by 16
percent` holds two quantities: 3,000,000,000 USD (money) and 16 percent.
`about 340 Russian-language schools` is a count of 340 `schools`, qualified
`about`. Each quantity keeps its offsets into the statement's text.

One precompiled pattern finds every quantity; the parts it captures (a
currency sign or word, a number in digits or words, a scale such as
`billion` or `bn`, a unit) are turned into a value and a unit by small
lookup tables. What is left out on purpose: years (`in 2020`), days of a
month (`April 4`), ordinals (`30th`), numbers inside names (`Vnukovo-2`) and
bare numbers that count nothing (`Article 5`); `one` alone is not a count.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

import etl
from etl.model import Column
from etl_plugins.enrichers.gazetteer import trie_pattern

QUANTITY = pa.struct([
    pa.field("text", pa.string()),
    pa.field("value", pa.float64()),
    pa.field("unit", pa.string()),
    pa.field("kind", pa.string()),
    pa.field("qualifier", pa.string()),
    pa.field("char_start", pa.int32()),
    pa.field("char_end", pa.int32()),
])

# -- vocabulary --------------------------------------------------------------
SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: (i + 2) * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}
SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₼": "AZN", "¥": "JPY", "₹": "INR", "₺": "TRY"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "ruble": "RUB", "rubles": "RUB",
    "rouble": "RUB", "roubles": "RUB", "manat": "AZN", "manats": "AZN", "yuan": "CNY", "yen": "JPY",
    "rupees": "INR", "lira": "TRY", "lari": "GEL", "drams": "AMD", "tenge": "KZT", "hryvnias": "UAH",
    "francs": "CHF",
}
ISO_CODES = ("USD", "EUR", "GBP", "RUB", "AZN", "CNY", "JPY", "INR", "TRY", "GEL", "AMD", "KZT", "UAH", "CHF")
QUALIFIERS = {
    "more than": "more than", "over": "more than", "above": "more than", "in excess of": "more than",
    "upwards of": "more than", "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than", "about": "about", "around": "about", "approximately": "about",
    "roughly": "about", "some": "about", "nearly": "almost", "almost": "almost", "close to": "almost",
    "at least": "at least", "at most": "at most", "up to": "up to",
}
# Words after a number that are not what it counts.
NOT_UNITS = frozenset("""
    a an the and or but nor of in on at to for by with from into than that which who whom whose
    this these those is are was were be been being has have had do does did will would shall should
    can could may might must not no so as if per percent times ago more less same other
    i me we us you he him she her it its they them my our your his their
    """.split())
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")


def alternation(words) -> str:
    """A regex matching any of ``words`` (the longest where several fit)."""
    return trie_pattern(sorted(set(words)))


SCALE_WORDS = alternation(k for k in SCALES if len(k) > 3)
WORD_NUMBER = (r"(?:(?:" + alternation(TENS) + r")(?:[-\s](?:" + alternation(k for k in SMALL if k != "zero")
               + r"))?|" + alternation(SMALL) + r")(?:\s+hundred)?")
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER = r"(?P<num>" + DIGITS + r"|a(?=\s+(?:" + SCALE_WORDS + r")\b)|" + WORD_NUMBER + r")"
# `2.5m` and `40bn` are written attached; `5 bn` may stand apart, `5 m` may not (metres).
SCALE = (r"(?:(?P<scale>" + alternation(k for k in SCALES if len(k) <= 3) + r"|\s(?:bn|mn|mln|tn|trn))\b"
         r"|\s+(?P<scale_word>" + SCALE_WORDS + r")\b)?")
ISO = r"(?-i:" + "|".join(ISO_CODES) + r")"
QUALIFIER = r"(?:(?P<qual>" + alternation(QUALIFIERS) + r")\s+)?"

PATTERN = re.compile(
    r"(?<![\w.,$€£₽₼¥₹₺-])" + QUALIFIER
    # $3 billion, €2.5m, £40bn, US$ 12 million, USD 5 million
    + r"(?:(?P<sign>" + alternation(SIGNS) + r"|" + ISO + r"\s)\s?)?" + NUMBER + SCALE + r"(?:"
    # 16%, 16 percent, 16 per cent
    + r"\s?(?P<pct>%|\s(?:percent|per\s+cent)\b)"
    # four billion dollars, 100 million rubles, 5 million USD
    + r"|\s+(?P<cur>" + alternation(CURRENCY_WORDS) + r"|" + ISO + r")\b"
    # 100,000 doses, about 340 Russian-language schools, 1.2 million people
    + r"|\s+(?:[A-Z][\w’']*-[a-z]+\s+|[a-z]+-[a-z]+\s+){0,2}(?P<noun>[a-z][a-z-]*[a-z])\b"
    + r"|(?![\w-]))",
    re.IGNORECASE,
)
# Every quantity holds a digit, a number word, or a scale word (`a million`): a
# text with none of them is skipped without running the full pattern.
HINT = re.compile(r"\d|\b(?:" + alternation([*(w for w in SMALL if w not in ("zero", "one")), *TENS,
                                               *(k for k in SCALES if len(k) > 3)]) + r")\b", re.IGNORECASE)
# Capitalised nouns a number may count: `a million Russians`, `500 Azerbaijanis`.
PEOPLES = re.compile(r"[A-Z][a-z]+(?:ans|is|ese)$")
# What stands before a number, read backwards from it in the reversed text
# (one anchored match, at C speed): blanks, then a month name and its dot
# (`April 4`, `Sept. 3`: a day of the month), or a capitalised noun (`Article
# 5 applies`, `Gate 3 opens`: a label). Each is a whole word (`(?!\w)`, which
# is `\b` before the word read forwards).
MONTH_OR_LABEL_BEFORE = re.compile(
    r"\s+(?:(?i:\.?(?:" + "|".join(m[::-1] for m in MONTHS.split("|")) + r"))|(?P<label>[a-z]+[A-Z]))(?!\w)")
# A label is a word starting at most this far before its number.
LABEL_REACH = 24
SENTENCE_WORDS = frozenset("""
    A About After All Almost Also Another Around As At Before But By Each Every For From Here In Its Just
    Last Less More My Nearly Next Now Of On Only Our Over Some Than That The Their There These They This
    Those To Under Until Up We With Your
    """.split())


# Python's IGNORECASE matches `ı`, `ſ` and `İ` where the patterns have `i` and `s` (`5 MİLLİON`,
# Turkish capitals); lower-casing leaves them, or a combining dot, in the word looked up.
FOLD_TO_ASCII = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def fold(word: str) -> str:
    """``word`` lower-cased, as the tables below spell their keys."""
    low = word.lower()
    return low if low.isascii() else low.translate(FOLD_TO_ASCII)


@lru_cache(maxsize=4096)  # number words repeat (`six roadmaps`), and spelling one out is costly
def number_value(raw: str) -> float:
    """`1,200.5`, `four`, `forty-five`, `two hundred`, `a` → a float."""
    raw = fold(raw)
    if raw[0].isdigit():
        return float(raw.replace(",", ""))
    if raw == "a":
        return 1.0
    words = raw.replace("-", " ").split()
    hundred = words[-1] == "hundred"
    value = sum(TENS.get(w, SMALL.get(w, 0)) for w in (words[:-1] if hundred else words))
    return float(value * 100 if hundred else value)


def day_or_label(text: str, backwards: str, number: int, qual: str | None) -> bool:
    """Whether the number at ``number`` is a day of a month (`April 4 we marked`) or, unqualified,
    a label (`Article 5 applies`); ``backwards`` is ``text`` reversed."""
    before = MONTH_OR_LABEL_BEFORE.match(backwards, len(text) - number)
    if before is None:
        return False
    if before.start("label") < 0:
        return True  # a month
    if qual:
        return False
    word_start, word_end = len(text) - before.end("label"), len(text) - before.start("label")
    return number - word_start <= LABEL_REACH and text[word_start:word_end] not in SENTENCE_WORDS


def quantity(m: re.Match, text: str, backwards: str | None = None) -> tuple | None:
    """The quantity one match stands for, as (text, value, unit, kind, qualifier, start, end), or
    None when the match counts nothing. ``backwards``, ``text`` reversed, is worked out when not given."""
    qual, sign, num, scale, scale_word, pct, cur, noun = m.groups()
    start, end = m.span()
    scaled = scale is not None or scale_word is not None
    if sign is not None:
        end = m.end(4) if scale else m.end(5) if scale_word else m.end(3)
        unit, kind = SIGNS.get(fold(sign.strip()), sign.strip()), "money"
    elif pct is not None:
        unit, kind = "percent", "percent"
    elif cur is not None:
        unit, kind = CURRENCY_WORDS.get(fold(cur), cur), "money"
    else:
        # The cheap refusals first: every refusal below gives the same None, whatever its order.
        if not scaled and (fold(num) == "one" or len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2100):
            return None  # `one of the`, `one-on-one`; or a year
        if noun is not None and (noun in NOT_UNITS or not (noun.islower() or PEOPLES.match(noun))):
            noun = None
        if noun is None:
            if not scaled:
                return None  # a bare number (`Article 5`, `15:06`) counts nothing we can name
            end = m.end(4) if scale else m.end(5)
        elif day_or_label(text, text[::-1] if backwards is None else backwards, m.start(3), qual):
            return None
        unit, kind = noun, "count"
    value = float(num.replace(",", "")) if num[0].isdigit() else number_value(num)
    if scaled:
        value *= SCALES[fold((scale or scale_word).strip())]
    return text[start:end], value, unit, kind, QUALIFIERS[fold(qual)] if qual else None, start, end


# -- scanning a column -------------------------------------------------------
# Python's `re` tries PATTERN at every character of a text, which is most of
# the cost. Yet every match holds a number, which starts with a digit or a
# number word, so PATTERN is searched for only from just before each place a
# number may start. Those places are found for the whole column at once: runs
# of digits with numpy over the column's UTF-8 bytes, number words (rare) by
# RE2 through Arrow. RE2's marks may be too many (its `\b` is ASCII), never too
# few, except in texts holding the mark itself, a digit outside ASCII, or a
# character that Python's IGNORECASE folds onto an ASCII letter and RE2 does
# not (`ſ`, `ı`, `İ`, the Kelvin sign): those take the plain `finditer`.
MARK = "\x00"
UNMARKABLE = r"[\x00\x{17f}\x{131}\x{130}\x{212a}]|[^\P{Nd}0-9]"
NUMBER_WORD = (r"(?i:\b(?:" + "|".join(sorted([*SMALL, *TENS], key=len, reverse=True))
               + r")|\ba\W+(?:" + "|".join(k for k in SCALES if len(k) > 3) + r"))")
# HINT for RE2, without `\d`: it is asked only of texts without digits. In an
# ASCII text it finds what HINT finds; elsewhere it may find more (its `\b`
# is ASCII), never less, so a text it finds something in is asked HINT itself.
HINT_WORDS = r"(?i)\b(?:" + "|".join([*(w for w in SMALL if w not in ("zero", "one")), *TENS,
                                       *(k for k in SCALES if len(k) > 3)]) + r")\b"


def digit_runs(texts: pa.StringArray) -> tuple[list[int], list[int], bool]:
    """Where each run of ASCII digits starts, in characters from the start of its text, for all texts
    in order; how many runs each text holds; and whether any text holds more than ASCII."""
    n = len(texts)
    offsets = np.frombuffer(texts.buffers()[1], dtype=np.int32, count=n + 1, offset=4 * texts.offset)
    data = texts.buffers()[2]
    data = np.frombuffer(data, dtype=np.uint8)[offsets[0]:offsets[-1]] if data else np.zeros(0, np.uint8)
    offsets = offsets - offsets[0]
    digit = (data >= ord("0")) & (data <= ord("9"))
    first = digit.copy()
    first[1:] &= ~digit[:-1]
    text_starts = offsets[:-1][offsets[:-1] < len(data)]
    first[text_starts] = digit[text_starts]  # a run never spans two texts
    at = np.flatnonzero(first)
    which = np.searchsorted(offsets, at, side="right") - 1
    starts = offsets[which]
    unicode = bool(len(data)) and data.max() >= 0x80
    if unicode:
        # Bytes to characters: leave out the bytes that continue a character.
        inner = np.flatnonzero((data & 0xC0) == 0x80)
        at = at - np.searchsorted(inner, at) + np.searchsorted(inner, starts)
    return (at - starts).tolist(), np.bincount(which, minlength=n).tolist(), unicode


def marks(marked: str) -> list[int]:
    """Where MARK stands in ``marked``, as places in the text without the marks."""
    found = []
    at = marked.find(MARK)
    while at >= 0:
        found.append(at - len(found))
        at = marked.find(MARK, at + 1)
    return found


# What may stand before a number in a match (a qualifier, blanks, a sign,
# blanks) read backwards from the number: matched, at C speed, against the
# reversed text, it tells where the match may start. It may reach further
# back than the match (its blanks and signs are looser), never less far, so
# searching from there finds the match.
PREFIX_REVERSED = re.compile(
    r"\s*(?:" + alternation(w[::-1] for w in SIGNS) + r"|(?-i:" + "|".join(w[::-1] for w in ISO_CODES) + r"))?"
    + r"\s*(?:" + alternation(q[::-1] for q in QUALIFIERS) + r")?",
    re.IGNORECASE,
)


def quantity_matches(text: str, numbers: list[int], backwards: str) -> Iterator[re.Match]:
    """``PATTERN.finditer(text)``, given (in order) the places in ``text`` where a number may start,
    and ``backwards``, ``text`` reversed.

    No match starts between the end of the previous match and the earliest
    start of the next number: what stands before a number (a sign, a
    qualifier, blanks) holds no number itself.
    """
    search, prefix = PATTERN.search, PREFIX_REVERSED.match
    length = len(text)
    pos = 0
    for number in numbers:
        if number < pos:
            continue  # inside the previous match
        # The earliest start of a match whose number begins here.
        start = length - prefix(backwards, length - number).end()
        m = search(text, start if start > pos else pos)
        if m is None:
            return
        yield m
        pos = m.end()


def hints(texts: pa.StringArray, has_words: pa.BooleanArray, unmarkable: pa.BooleanArray,
          run_counts: list[int]) -> Iterator[bool]:
    """Whether HINT finds something, for each text (in order) with number words, no digits and
    nothing unmarkable: the texts whose only number words may be `one` or `zero`."""
    asked = pc.and_(pc.and_not(has_words, unmarkable), pa.array(np.asarray(run_counts) == 0))
    asked_texts = texts.filter(asked)
    for text, found in zip(asked_texts.to_pylist(), pc.match_substring_regex(asked_texts, HINT_WORDS).to_pylist()):
        yield found and (text.isascii() or HINT.search(text) is not None)


def quantities_of(texts: pa.Array | pa.ChunkedArray) -> pa.ListArray:
    """The quantities of every text of a string column, as a list<QUANTITY> column."""
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks() if texts.num_chunks else pa.array([], pa.string())
    runs, run_counts, unicode = digit_runs(texts)
    unmarkable = pc.fill_null(pc.match_substring_regex(texts, UNMARKABLE if unicode else MARK), False)
    has_words = pc.fill_null(pc.match_substring_regex(texts, NUMBER_WORD), False)
    marked = iter(pc.replace_substring_regex(texts.filter(has_words), NUMBER_WORD, MARK + r"\0").to_pylist())
    hinted = hints(texts, has_words, unmarkable, run_counts)
    rows: list[tuple] = []
    add = rows.append
    offsets = [0]
    first_run = 0
    for text, words, odd, count in zip(texts.to_pylist(), has_words.to_pylist(), unmarkable.to_pylist(),
                                       run_counts):
        if text is None or not (count or words or odd):
            offsets.append(len(rows))
            continue
        numbers = runs[first_run:first_run + count]
        first_run += count
        if words:
            numbers = sorted(numbers + marks(next(marked)))
        if odd:
            searched = HINT.search(text) is not None
        else:  # without digits, numbers only in `one` or `zero` count nothing alone: not searched
            searched = count or next(hinted)
        if searched:
            backwards = text[::-1]  # what stands before a number is read backwards from it
            for m in PATTERN.finditer(text) if odd else quantity_matches(text, numbers, backwards):
                found = quantity(m, text, backwards)
                if found is not None:
                    add(found)
        offsets.append(len(rows))
    columns = list(zip(*rows)) if rows else [()] * len(QUANTITY)
    items = pa.StructArray.from_arrays(
        [pa.array(values, type=f.type) for values, f in zip(columns, QUANTITY)], fields=list(QUANTITY))
    return pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), items, type=pa.list_(QUANTITY),
                                    mask=texts.is_null())


def find_quantities(text: str) -> list[dict]:
    """Every quantity in ``text``, in order of appearance."""
    return quantities_of(pa.array([text], type=pa.string()))[0].as_py()


@etl.hookimpl
def etl_columns() -> list[Column]:
    return [
        Column("statements", "quantities", pa.list_(QUANTITY),
               "Money, percentages and counts in the statement: text, value, unit (USD, percent, or the "
               "counted noun), kind (money|percent|count), qualifier (more than, about...), offsets into "
               "the statement's text."),
    ]


@etl.hookimpl
def etl_enrich_statements(statements: pa.Table) -> dict[str, pa.Array]:
    return {"quantities": quantities_of(statements.column("text"))}
