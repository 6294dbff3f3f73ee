"""The quantities enricher: money, percentages and counts in statements, with offsets."""
from __future__ import annotations

import pyarrow as pa
import pytest

import etl_plugins.enrichers.quantities as quantities
from etl.testing import check_enricher
from etl_plugins.enrichers.quantities import find_quantities

CASES = [
    ("Our trade turnover already exceeds $3 billion and has increased by 16 percent.",
     [("$3 billion", 3e9, "USD", "money", None), ("16 percent", 16.0, "percent", "percent", None)]),
    ("The trade turnover has already grown to more than four billion dollars, and Russian investments "
     "in the economy of Azerbaijan have reached six billion.",
     [("more than four billion dollars", 4e9, "USD", "money", "more than"),
      ("six billion", 6e9, None, "count", None)]),
    ("Despite the pandemic, our trade turnover increased by more than 16 percent last year.",
     [("more than 16 percent", 16.0, "percent", "percent", "more than")]),
    ("Unemployment fell to 16% in May.", [("16%", 16.0, "percent", "percent", None)]),
    ("I think 100,000 doses of the vaccine have already been delivered.",
     [("100,000 doses", 1e5, "doses", "count", None)]),
    ("There are about 340 Russian-language schools in Azerbaijan, and more than 140,000 children study in them.",
     [("about 340 Russian-language schools", 340.0, "schools", "count", "about"),
      ("more than 140,000 children", 1.4e5, "children", "count", "more than")]),
    ("The charity raised €2.5m to help 1.2 million people, while the bank lost £40bn.",
     [("€2.5m", 2.5e6, "EUR", "money", None), ("1.2 million people", 1.2e6, "people", "count", None),
      ("£40bn", 4e10, "GBP", "money", None)]),
    ("Before the pandemic, about a million Russians came to Azerbaijan every year.",
     [("about a million Russians", 1e6, "Russians", "count", "about")]),
    ("The fund will lend USD 5 million and up to 10 per cent of the cost.",
     [("USD 5 million", 5e6, "USD", "money", None), ("up to 10 per cent", 10.0, "percent", "percent", "up to")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_finds_quantities_with_value_unit_kind_and_qualifier(text, expected):
    found = find_quantities(text)
    assert [(q["text"], q["value"], q["unit"], q["kind"], q["qualifier"]) for q in found] == expected
    for q in found:
        assert text[q["char_start"]:q["char_end"]] == q["text"]


@pytest.mark.parametrize("text", [
    "The Trilateral Statement was signed in November 2020.",
    "On April 4 we marked the 30th anniversary of diplomatic relations.",
    "The meeting began at 15:06 at the Vnukovo-2 airport.",
    "Article 5 applies to every member.",
    "This is one of the most important issues, and we held a one-on-one meeting.",
    "Try 5 times before you give up.",
])
def test_years_dates_times_ordinals_labels_and_one_are_not_quantities(text):
    assert find_quantities(text) == []


def test_column_has_declared_type_and_null_text_gives_null():
    statements = pa.table({"text": ["We received more than 200,000 doses of Sputnik-V.", None, "Thank you."]})
    column = quantities.etl_enrich_statements(statements)["quantities"]
    declared = {c.name: c.type for c in quantities.etl_columns()}
    assert column.type == declared["quantities"]
    values = column.to_pylist()
    assert values[1] is None and values[2] == []
    assert [(q["text"], q["value"], q["unit"]) for q in values[0]] == [("more than 200,000 doses", 2e5, "doses")]


def test_keeps_the_enricher_contract():
    assert check_enricher(quantities, "quantities") == ["etl_enrich_statements"]


# Texts where looking only near numbers could go wrong: a qualifier or a sign far
# before its number, number words, `a million`, numbers at the very start, digits
# outside ASCII, and letters Python's IGNORECASE folds but RE2 does not.
TRICKY = [
    "In excess of   USD  5 million and approximately  €3bn were pledged; more than US$ 12 million came later.",
    "Forty-five thousand people and a million Russians; twenty-one percent; one hundred schools, one of them.",
    "5 percent rose to 7%, then 12 per  cent, at least 3,000,000 doses and up to 10,5 pounds.",
    "Nearly two hundred dollars, some six billion roubles, and about a thousand Azerbaijanis came.",
    "“We delivered 340,000 tonnes,” he said — about 16 percent more — in April 4 and Article 5 terms.",
    "Its budget is ٣ million manats and ſix percent more; the Kelvin sign K sits here with 40 people.",
    "Zero percent growth, then one percent, then ONE HUNDRED students in 2021 and 1,200.5 tonnes.",
    "Vnukovo-2 at 15:06 on the 30th; 2.5m people; £40bn; ¥300 and ₹2 crore; 3 m of cable.",
    "a million",
    "12 percent",
    "The text holds a NUL \x00 and 5 million people.",
]


@pytest.mark.parametrize("text", TRICKY, ids=range(len(TRICKY)))
def test_the_column_scan_finds_what_the_pattern_finds_at_every_position(text):
    plain = [q for q in (quantities.quantity(m, text) for m in quantities.PATTERN.finditer(text)) if q]
    assert quantities.HINT.search(text)
    found = [tuple(q.values()) for q in find_quantities(text)]
    assert found == plain
    assert found, "every tricky text holds a quantity"


def test_a_batch_gives_each_text_what_it_gives_alone():
    texts = [*TRICKY, None, "", "No numbers here at all.", "only one of them"]
    column = quantities.quantities_of(pa.chunked_array([texts[:5], texts[5:]], type=pa.string()))
    assert column.to_pylist() == [None if t is None else find_quantities(t) for t in texts]


# What stands before a number (a sign, a qualifier, a month, a label) is read
# backwards from it; these are what reading forwards found.
@pytest.mark.parametrize("text,expected", [
    ("We met on Sept. 3 people came and on may 5 others did.", []),
    ("Article" + " " * 20 + "5 dogs, Chapter 7 dogs, The 5 dogs, xArticle 5 dogs.", ["5 dogs", "5 dogs", "5 dogs"]),
    ("ARTICLE 5 dogs; Room 12 people; Mr 3 dogs; about Room 12 people", ["5 dogs"]),
    ("In excess of   USD  5 million and more than  US$ 3bn, over £ 4 m",
     ["In excess of   USD  5 million", "more than  US$ 3bn", "over £ 4"]),
])
def test_what_stands_before_a_number(text, expected):
    assert [q["text"] for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text, value, unit", [
    ("5 mıllion dollars were pledged", 5_000_000.0, "USD"),  # dotless i, which IGNORECASE takes for `i`
    ("ſome 5 people were hurt", 5.0, "people"),  # the long s
    ("İKİ GÜNDE 5 MİLLİON DOLLARS", 5_000_000.0, "USD"),  # Turkish capitals: `İ` lower-cases with a dot
    ("ſix people came", 6.0, "people"),
])
def test_letters_the_pattern_folds_onto_ascii_are_looked_up_folded(text, value, unit):
    """Each once raised KeyError, and an enricher that raises leaves its whole batch without the column."""
    found = find_quantities(text)
    assert [(q["value"], q["unit"]) for q in found] == [(value, unit)]
    column = quantities.etl_enrich_statements(pa.table({"text": [text, "about 5 million people"]}))["quantities"]
    assert [len(v) for v in column.to_pylist()] == [1, 1]
