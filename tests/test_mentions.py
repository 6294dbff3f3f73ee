"""The mentions enricher: people, countries and organisations named in statements."""
from __future__ import annotations

import re

import pyarrow as pa
import pytest

import etl_plugins.enrichers.mentions as mentions
from etl.testing import check_enricher
from etl_plugins.enrichers.mentions import find_mentions, person_name


def spans(text: str, **kwargs) -> list[tuple[str, str, str]]:
    found = find_mentions(text, **kwargs)
    for m in found:
        assert text[m["char_start"]:m["char_end"]] == m["text"]
    return [(m["text"], m["type"], m["name"]) for m in found]


def test_ministers_and_their_countries():
    text = ("The issues were discussed at a meeting in Moscow between Azerbaijani Economy Minister Mikail "
            "Jabbarov and Russian Industry and Trade Minister Denis Manturov.")
    assert spans(text) == [
        ("Azerbaijani", "country", "Azerbaijan"), ("Mikail Jabbarov", "person", "Mikail Jabbarov"),
        ("Russian", "country", "Russia"), ("Denis Manturov", "person", "Denis Manturov"),
    ]


def test_official_names_resolve_to_the_short_name_and_titles_with_places_are_skipped():
    text = ("President of the Republic of Azerbaijan Ilham Aliyev, who is on an official visit to Russia at "
            "the invitation of President of the Russian Federation Vladimir Putin, and President of Russia "
            "have held a one-on-one meeting.")
    assert spans(text) == [
        ("Republic of Azerbaijan", "country", "Azerbaijan"), ("Ilham Aliyev", "person", "Ilham Aliyev"),
        ("Russia", "country", "Russia"), ("Russian Federation", "country", "Russia"),
        ("Vladimir Putin", "person", "Vladimir Putin"), ("Russia", "country", "Russia"),
    ]


def test_organisations_by_head_word_and_by_acronym():
    text = ("A meeting of the Intergovernmental Commission on Trade, Economic, Scientific, Technical and "
            "Cultural Cooperation was held; we supported Kazakhstan within the Collective Security Treaty "
            "Organization, the CSTO, as the first Deputy Chairman of the Council of Ministers of the USSR, "
            "NATO and the EU did.")
    assert spans(text) == [
        ("Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation",
         "organisation",
         "Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation"),
        ("Kazakhstan", "country", "Kazakhstan"),
        ("Collective Security Treaty Organization", "organisation", "Collective Security Treaty Organization"),
        ("CSTO", "organisation", "Collective Security Treaty Organization"),
        ("Council of Ministers of the USSR", "organisation", "Council of Ministers of the USSR"),
        ("NATO", "organisation", "North Atlantic Treaty Organization"),
        ("EU", "organisation", "European Union"),
    ]


def test_possessives_and_language_adjectives():
    text = "Russia's role is clear: there are 340 Russian-language schools in the Soviet Union's former lands."
    assert spans(text) == [("Russia", "country", "Russia"), ("Soviet Union", "country", "Soviet Union")]


def test_speaker_names_from_mentions():
    assert person_name("Russian President Vladimir Putin") == "Vladimir Putin"
    assert person_name("President of Azerbaijan Ilham Aliyev") == "Ilham Aliyev"
    assert person_name("Mikhail Galuzin") == "Mikhail Galuzin"
    assert person_name("the head of state") is None


def test_document_speakers_found_by_surname_and_normalised():
    statements = pa.table({
        "doc_id": ["d1", "d1", "d2"],
        "speaker_mention": ["Russian President Vladimir Putin", "President of Azerbaijan Ilham Aliyev", None],
        "text": [
            "Thank you, dear Ilham Heydarovich. As President Aliyev said, Heydar Aliyev did a great deal.",
            "Putin and I agreed. Vladimir Vladimirovich Putin invited me.",
            "Putin did not speak here.",
        ],
    })
    column = mentions.etl_enrich_statements(statements)["mentions"]
    first, second, third = [[(m["text"], m["type"], m["name"]) for m in row] for row in column.to_pylist()]
    # `Heydar Aliyev` shares a surname with a speaker but is someone else.
    assert first == [("Aliyev", "person", "Ilham Aliyev")]
    assert second == [("Putin", "person", "Vladimir Putin"),
                      ("Vladimir Vladimirovich Putin", "person", "Vladimir Putin")]
    assert third == []  # not a speaker of that document, and no title before the name


def test_null_text_gives_null_and_type_is_declared():
    statements = pa.table({"doc_id": ["d", "d"], "speaker_mention": [None, None],
                           "text": [None, "NATO met."]})
    column = mentions.etl_enrich_statements(statements)["mentions"]
    assert column.type == mentions.etl_columns()[0].type
    assert column.to_pylist()[0] is None
    assert column.to_pylist()[1][0]["name"] == "North Atlantic Treaty Organization"


def test_keeps_the_enricher_contract():
    assert check_enricher(mentions, "mentions") == ["etl_enrich_statements"]


# Names at the very start, after a hyphen or a letter, `St. Petersburg`, `the Kremlin`, titles in runs.
HARD = [
    "Russia and the Kremlin agreed; anti-Russian and pro-NATO voices, xNATO and NATO-led forces remained.",
    "Governor of St. Petersburg Alexander Beglov met Industry and Trade Minister Denis Manturov in Kazan.",
    "Deputy Prime Minister Alexei Overchuk and Foreign Minister Sergey Lavrov of the Russian Federation met.",
    "The Ministry of Foreign Affairs of the Republic of Azerbaijan, the Central Bank of Russia and the Council "
    "of Ministers of the USSR, NATO, issued statements.",
    "President of the Russian Federation Vladimir Putin, Mr. Smith, Dr Jones and Secretary-General Guterres.",
    "UN Security Council; the State Duma; Shanghai Cooperation Organisation; U.S. and UK officials.",
]


@pytest.mark.parametrize("text", HARD, ids=range(len(HARD)))
def test_patterns_written_by_first_letter_match_their_plain_rules(text):
    for fast, rule in [(mentions.KNOWN_PATTERN, mentions.KNOWN_RULE), (mentions.ORG_PATTERN, mentions.ORG_RULE),
                       (mentions.PERSON_PATTERN, mentions.PERSON_RULE)]:
        plain = re.compile(rule)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.groupdict() for m in fast.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]


def test_the_fast_patterns_find_names_after_hyphens_only_as_the_rules_do():
    assert [m.group() for m in mentions.KNOWN_PATTERN.finditer(HARD[0])] == ["Russia", "the Kremlin"]
    assert [m.group() for m in mentions.ORG_PATTERN.finditer(HARD[3])] == [
        "The Ministry of Foreign Affairs of the Republic", "Central Bank of Russia",
        "Council of Ministers of the USSR, NATO"]


def test_a_batch_gives_each_statement_what_it_gives_alone():
    statements = pa.table({
        "doc_id": ["d1", "d1", "d2", "d2", "d3"],
        "speaker_mention": ["Russian President Vladimir Putin", "Foreign Minister Sergey Lavrov", "Ilham Aliyev",
                            None, None],
        "text": [HARD[0], "Lavrov and Putin spoke; Vladimir Vladimirovich Putin agreed.", HARD[4],
                 "Aliyev met Lavrov.", None],
    })
    column = mentions.etl_enrich_statements(statements)["mentions"].to_pylist()
    speakers = mentions.speakers_by_doc(statements)
    docs, texts = statements.column("doc_id").to_pylist(), statements.column("text").to_pylist()
    expected = [None if text is None else find_mentions(
                    text, speakers.get(doc),
                    mentions.speaker_pattern(mentions.speaker_words(speakers[doc])) if doc in speakers else None)
                for doc, text in zip(docs, texts)]
    assert column == expected
    assert [m["name"] for m in column[1]] == ["Sergey Lavrov", "Vladimir Putin", "Vladimir Putin"]
    assert [m["text"] for m in column[3]] == ["Aliyev"]  # the document's speaker, by surname


def test_another_documents_speakers_do_not_change_what_is_found():
    """Batching must not matter: `Maria Jose` of one document cannot hide `Jose Ramos` of another."""
    alone = pa.table({"doc_id": ["a"], "speaker_mention": ["Jose Ramos"],
                      "text": ["We thanked Maria Jose Ramos for the figures."]})
    other = pa.table({"doc_id": ["b"], "speaker_mention": ["Maria Jose"], "text": ["We will vote."]})
    by_itself = mentions.etl_enrich_statements(alone)["mentions"].to_pylist()
    in_a_batch = mentions.etl_enrich_statements(pa.concat_tables([alone, other]))["mentions"].to_pylist()
    assert "Jose Ramos" in [m["name"] for m in by_itself[0]]
    assert in_a_batch[0] == by_itself[0]
