"""The default speaker resolver: names, roles, affiliations, coreference."""
from __future__ import annotations

import pytest

from etl.model import Document, Statement
from etl_plugins.speakers import resolve
from etl_plugins.speakers.coreference import Registry
from etl_plugins.speakers.names import parse_mention


@pytest.mark.parametrize("mention, name, role, affiliation", [
    ("Russian President Vladimir Putin", "Vladimir Putin", "President", "Russia"),
    ("President of the Republic of Azerbaijan Ilham Aliyev", "Ilham Aliyev", "President", "Azerbaijan"),
    ("Russian Industry and Trade Minister Denis Manturov", "Denis Manturov", "Minister of Industry and Trade",
     "Russia"),
    ("Deputy Foreign Minister of the Russian Federation Andrey Rudenko", "Andrey Rudenko",
     "Deputy Minister of Foreign Affairs", "Russia"),
    ("SEN. BERNIE SANDERS (I-VT)", "Bernie Sanders", "Senator", "I-VT"),
    ("The Prime Minister (Boris Johnson)", "Boris Johnson", "Prime Minister", None),
    ("the foreign minister, Sergei Lavrov", "Sergei Lavrov", "Minister of Foreign Affairs", None),
    ("Mr. McCONNELL", None, None, None),
])
def test_mentions_split_into_name_role_affiliation(mention, name, role, affiliation):
    parsed = parse_mention(mention)
    assert (parsed.name, parsed.role, parsed.affiliation) == (name, role, affiliation)


def test_patronymic_forms_are_aliases_not_canonical_names():
    full = parse_mention("Vladimir Vladimirovich Putin")
    assert (full.name, full.long_form) == ("Vladimir Putin", "Vladimir Vladimirovich Putin")
    assert parse_mention("Vladimir Vladimirovich").kind == "address"
    assert parse_mention("Ilham Heydar oglu Aliyev").name == "Ilham Aliyev"


def test_upper_case_surnames_are_properly_cased():
    assert parse_mention("O'ROURKE").last == "O'Rourke"
    assert parse_mention("MCCAIN").last == "McCain"


def resolve_all(text: str, mentions: list[tuple[str, str]], byline: str | None = None) -> list[str | None]:
    """Resolve each (mention, quoted text) where the quoted text stands in `text`."""
    statements = []
    for mention, quoted in mentions:
        start = text.index(quoted)
        statements.append(Statement("quote", start, start + len(quoted), mention))
    return [r.name if r else None for r in resolve(Document("t.txt", text, byline=byline), statements)]


def test_surname_pronoun_role_and_address_resolve_within_the_document():
    text = ("Azerbaijani President Ilham Aliyev met Russian President Vladimir Putin in Moscow. "
            "\"We are allies,\" Aliyev said. \"Our trade has doubled,\" he added. "
            "\"Thank you, Vladimir Vladimirovich,\" he said. \"Welcome,\" the Russian leader replied.")
    assert resolve_all(text, [("Aliyev", "We are allies"), ("he", "Our trade has doubled"),
                              ("Vladimir Vladimirovich", "Thank you, Vladimir Vladimirovich"),
                              ("the head of state", "Welcome")]) == \
        ["Ilham Aliyev", "Ilham Aliyev", "Vladimir Putin", "Vladimir Putin"]


def test_shared_surnames_are_never_merged_across_people():
    text = ("Heydar Aliyev founded the party. His son Ilham Aliyev leads it today. "
            "\"We continue his work,\" Ilham Aliyev said.")
    assert resolve_all(text, [("Aliyev", "We continue his work")]) == ["Ilham Aliyev"]
    # a surname the document never spells out in full resolves to nobody
    assert resolve_all("\"No comment,\" Smith said.", [("Smith", "No comment")]) == [None]


def test_same_person_gets_the_same_id_in_every_document():
    one = resolve(Document("a.txt", "Russian President Vladimir Putin spoke."),
                  [Statement("speech", 0, 5, "Russian President Vladimir Putin")])[0]
    two = resolve(Document("b.txt", "President Vladimir Vladimirovich Putin spoke."),
                  [Statement("speech", 0, 5, "President Vladimir Vladimirovich Putin")])[0]
    assert one.speaker_id == two.speaker_id
    assert (two.alias, two.role) == ("Vladimir Vladimirovich Putin", "President")


def test_registry_reads_roles_from_apposition_and_parentheses():
    reg = Registry.build("Present: Councillor Margaret Hale (Chair), Councillor Daniel Price (Vice-Chair). "
                         "NLC President, Comrade Chinedu Okafor, spoke first.")
    assert reg.by_role("Chair", None).name == "Margaret Hale"
    assert reg.by_role("NLC President", None).name == "Chinedu Okafor"


def test_a_role_reference_resolves_but_is_not_recorded_as_an_alias():
    from etl.model import Document
    from etl_plugins import segmenter, speakers

    text = ("Minister backs plan\n\nForeign Minister Ana Ruiz spoke in Lima on Monday.\n\n"
            "\"We will sign the treaty this year,\" the minister noted.")
    doc = Document(source="a.txt", text=text, doc_id="d")
    statements = segmenter.etl_segment(document=doc)
    refs = speakers.etl_resolve_speakers(document=doc, statements=statements)
    quote = [(st, ref) for st, ref in zip(statements, refs) if st.kind == "quote"]
    assert len(quote) == 1
    st, ref = quote[0]
    assert text[st.char_start:st.char_end] == "We will sign the treaty this year"
    assert ref.name == "Ana Ruiz" and ref.alias is None
