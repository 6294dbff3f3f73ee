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

import pyarrow as pa
import pyarrow.compute as pc

import etl
from etl.model import Column
from etl_plugins.gazetteer import trie_pattern

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
MONTH_BEFORE = re.compile(r"\b(?:" + MONTHS + r")\.?\s+$", re.IGNORECASE)
# Capitalised nouns a number may count: `a million Russians`, `500 Azerbaijanis`.
PEOPLES = re.compile(r"[A-Z][a-z]+(?:ans|is|ese)$")
# `Article 5 applies`, `Gate 3 opens`: a number after a capitalised noun is a label.
LABEL_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+)\s+$")
SENTENCE_WORDS = frozenset("""
    A About After All Almost Also Another Around As At Before But By Each Every For From Here In Its Just
    Last Less More My Nearly Next Now Of On Only Our Over Some Than That The Their There These They This
    Those To Under Until Up We With Your
    """.split())


def number_value(raw: str) -> float:
    """`1,200.5`, `four`, `forty-five`, `two hundred`, `a` → a float."""
    raw = raw.lower()
    if raw[0].isdigit():
        return float(raw.replace(",", ""))
    if raw == "a":
        return 1.0
    words = raw.replace("-", " ").split()
    hundred = words[-1] == "hundred"
    value = sum(TENS.get(w, SMALL.get(w, 0)) for w in (words[:-1] if hundred else words))
    return float(value * 100 if hundred else value)


def is_label(text: str, start: int) -> bool:
    before = LABEL_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group("word") not in SENTENCE_WORDS


def month_before(text: str, start: int) -> bool:
    """Whether a month name (`April`, `Sept.`) stands right before ``start``."""
    i = start
    while i and text[i - 1].isspace():
        i -= 1
    # The month and its dot end where the blank before the number begins.
    return i < start and MONTH_BEFORE.search(text, max(0, i - LONGEST_MONTH - 2), start) is not None


def quantity(m: re.Match, text: str) -> tuple | None:
    """The quantity one match stands for as (text, value, unit, kind, qualifier, start, end), or None
    when the match counts nothing."""
    qual, sign, num, scale, scale_word, pct, cur, noun = m.groups()
    scale_key = (scale or scale_word or "").strip().lower()
    value = number_value(num) * SCALES.get(scale_key, 1.0)
    start, end = m.span()
    if sign is not None:
        end = m.end(4) if scale else m.end(5) if scale_word else m.end(3)
        unit, kind = SIGNS.get(sign.strip().lower(), sign.strip()), "money"
    elif pct is not None:
        unit, kind = "percent", "percent"
    elif cur is not None:
        unit, kind = CURRENCY_WORDS.get(cur.lower(), cur), "money"
    else:
        if noun is not None and (noun in NOT_UNITS or not (noun.islower() or PEOPLES.match(noun))):
            noun = None
        if noun is None:
            if not scale_key:
                return None  # a bare number (`Article 5`, `15:06`) counts nothing we can name
            end = m.end(4) if scale else m.end(5)
        elif month_before(text, m.start(3)):
            return None  # `April 4 we marked`: a day of the month
        elif not qual and is_label(text, m.start(3)):
            return None
        if not scale_key and num.lower() == "one":
            return None  # `one of the`, `one-on-one`
        if not scale_key and len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2100:
            return None  # a year
        unit, kind = noun, "count"
    return text[start:end], value, unit, kind, QUALIFIERS[qual.lower()] if qual else None, start, end


# -- scanning a column -------------------------------------------------------
# Python's `re` tries PATTERN at every character of a text, which is most of
# the cost. RE2 (through Arrow) marks, across the whole column at C speed,
# every place where a match's number can start: a run of digits, a number
# word, or `a` before a scale word. PATTERN is then searched for only from
# just before each mark, which finds exactly the matches `finditer` would.
# The marks may be too many (RE2's `\b` is ASCII), never too few, except in
# texts holding a character that Python's IGNORECASE folds onto an ASCII
# letter and RE2 does not (`ſ`, `ı`, `İ`, the Kelvin sign), or the mark
# itself: those take the plain `finditer`.
MARK = "\x00"
UNMARKABLE = (MARK, "\u017f", "\u0131", "\u0130", "\u212a")
NUMBER_STARTS = (r"\p{Nd}+|(?i:\b(?:" + "|".join(sorted([*SMALL, *TENS], key=len, reverse=True))
                 + r")|\ba[^\p{L}\p{N}_]+(?:" + "|".join(k for k in SCALES if len(k) > 3) + r"))")
# What may stand before a match's number: a sign (`US$`, `USD`) and a qualifier (`approximately`).
LONGEST_SIGN = max(len(w) for w in (*SIGNS, *ISO_CODES))
LONGEST_QUALIFIER = max(map(len, QUALIFIERS))
LONGEST_MONTH = max(map(len, MONTHS.split("|")))
SIGN_CHARS = frozenset(w[-1] for w in SIGNS)


def earliest_start(text: str, number: int) -> int:
    """The first place a match whose number starts at ``number`` may begin."""
    i = number
    while i and text[i - 1].isspace():
        i -= 1
    if i == number and (not i or text[i - 1] not in SIGN_CHARS):
        return number  # nothing but a blank or a sign can end what stands before the number
    i -= LONGEST_SIGN
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return max(0, i - LONGEST_QUALIFIER)


def marked_matches(text: str, marked: str) -> Iterator[re.Match]:
    """``PATTERN.finditer(text)``, given ``text`` with MARK before every place a number may start.

    No match starts between the end of the previous match and the earliest
    start of the next marked number: what stands before a number (a sign, a
    qualifier) holds no number itself.
    """
    search, find = PATTERN.search, marked.find
    pos = 0
    seen = 0  # marks before the current one: its place in ``marked`` less this is its place in ``text``
    at = find(MARK)
    while at >= 0:
        number = at - seen
        seen += 1
        at = find(MARK, at + 1)
        if number < pos:
            continue  # inside the previous match
        m = search(text, max(pos, earliest_start(text, number)))
        if m is None:
            return
        yield m
        pos = m.end()


def quantities_of(texts: pa.Array | pa.ChunkedArray) -> pa.ListArray:
    """The quantities of every text of a string column, as a list<QUANTITY> column."""
    marked = pc.replace_substring_regex(texts, NUMBER_STARTS, MARK + r"\0").to_pylist()
    fields: tuple[list, ...] = ([], [], [], [], [], [], [])
    appenders = [f.append for f in fields]
    offsets, nulls, count = [0], [], 0
    for text, marks in zip(texts.to_pylist(), marked):
        nulls.append(text is None)
        if text is not None and MARK in marks:
            if not text.isascii() and any(c in text for c in UNMARKABLE) or MARK in text:
                matches = PATTERN.finditer(text)
            elif not marks[marks.index(MARK) + 1].isdigit() and HINT.search(text) is None:
                matches = ()  # only `one` or `zero`: no quantity
            else:
                matches = marked_matches(text, marks)
            for m in matches:
                found = quantity(m, text)
                if found is not None:
                    for append, value in zip(appenders, found):
                        append(value)
                    count += 1
        offsets.append(count)
    items = pa.StructArray.from_arrays(
        [pa.array(values, type=f.type) for values, f in zip(fields, QUANTITY)], fields=list(QUANTITY))
    return pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), items, type=pa.list_(QUANTITY),
                                    mask=pa.array(nulls, type=pa.bool_()))


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
