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

import pyarrow as pa

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


def quantity(m: re.Match, text: str) -> dict | None:
    """The quantity one match stands for, or None when the match counts nothing."""
    g = m.groupdict()
    num = g["num"]
    scale_key = (g["scale"] or g["scale_word"] or "").strip().lower()
    value = number_value(num) * SCALES.get(scale_key, 1.0)
    end = m.end()
    if g["sign"] is not None:
        end = m.end("scale") if g["scale"] else m.end("scale_word") if g["scale_word"] else m.end("num")
        unit, kind = SIGNS.get(g["sign"].strip().lower(), g["sign"].strip()), "money"
    elif g["pct"] is not None:
        unit, kind = "percent", "percent"
    elif g["cur"] is not None:
        unit, kind = CURRENCY_WORDS.get(g["cur"].lower(), g["cur"]), "money"
    else:
        noun = g["noun"]
        if noun is not None and (noun in NOT_UNITS or not (noun.islower() or PEOPLES.match(noun))):
            noun = None
        if noun is None:
            if not scale_key:
                return None  # a bare number (`Article 5`, `15:06`) counts nothing we can name
            end = m.end("scale") if g["scale"] else m.end("scale_word")
        elif MONTH_BEFORE.search(text, 0, m.start("num")):
            return None  # `April 4 we marked`: a day of the month
        elif not g["qual"] and is_label(text, m.start("num")):
            return None
        if num.lower() == "one" and not scale_key:
            return None  # `one of the`, `one-on-one`
        if num.isdigit() and len(num) == 4 and 1800 <= int(num) <= 2100 and not scale_key:
            return None  # a year
        unit, kind = noun, "count"
    return {
        "text": text[m.start():end], "value": value, "unit": unit, "kind": kind,
        "qualifier": QUALIFIERS[g["qual"].lower()] if g["qual"] else None,
        "char_start": m.start(), "char_end": end,
    }


def find_quantities(text: str) -> list[dict]:
    """Every quantity in ``text``, in order of appearance."""
    found = []
    if HINT.search(text) is None:
        return found
    for m in PATTERN.finditer(text):
        q = quantity(m, text)
        if q is not None:
            found.append(q)
    return found


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
    texts = statements.column("text").to_pylist()
    offsets, values, nulls = [0], [], []
    for text in texts:
        nulls.append(text is None)
        if text is not None:
            values.extend(find_quantities(text))
        offsets.append(len(values))
    items = pa.array(values, type=QUANTITY)
    column = pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), items, type=pa.list_(QUANTITY),
                                      mask=pa.array(nulls, type=pa.bool_()))
    return {"quantities": column}
