"""The default segmenter and resolver on the forms of podcasts, hearings, parliaments, broadcasts and
news articles: timestamped labels, role labels, stage qualifiers, footers, quote attributions,
pronouns with gender evidence, name particles and attributed headlines."""
from __future__ import annotations

import pytest

from test_segmenter import read, run, texts


def test_timestamped_podcast_labels_and_footers():
    found = run(read("podcast_timestamps.txt"))
    assert [(k, who) for k, who, _, _ in found] == [
        ("speech", "Marguerite Oyelaran"), ("speech", "Teodor Lindahl")] * 3
    # a turn runs over its paragraphs and stops before `Subscribe`, `Related:` and the editorial note
    assert found[3][2].endswith("the only way someone gets to work.")
    assert found[-1][2] == "Count the riders properly first. Most cities still count with a clicker on one weekday " \
                           "in March."
    # `Show notes:` is a heading, not `X notes:` introducing a speech
    assert not any("In this episode" in t for _, _, t, _ in found)


def test_hearing_timestamps_in_every_position_and_an_unnamed_chair():
    found = run(read("hearing_timestamps.txt"))
    assert [who for _, who, _, _ in found] == [None, "Priya Raghunathan", None, "Priya Raghunathan",
                                               "Gareth Penhaligon", "Priya Raghunathan", None]
    assert found[4][2] == "Chair, if I may. Ms Raghunathan, have you shared the data with the regulator?"
    assert all(not t[:1].isdigit() and not t.startswith(("(", "[")) for _, _, t, _ in found)


@pytest.mark.parametrize("line", [
    "[00:12:31] Tove Bergqvist: The vote is on Thursday.",
    "00:12:31 Tove Bergqvist: The vote is on Thursday.",
    "(12:31) TOVE BERGQVIST: The vote is on Thursday.",
    "12:31 - Tove Bergqvist: The vote is on Thursday.",
])
def test_timestamp_before_a_label(line):
    found = texts("Council live blog\n\n" + line + "\n")
    assert [(k, who, t) for k, who, t, _ in found] == [("speech", "Tove Bergqvist", "The vote is on Thursday.")]


def test_news_said_colon_is_a_quotation_and_pronouns_follow_gender_evidence():
    found = run(read("news_attribution_gender.txt"))
    direct = [(who, t) for k, who, t, _ in found if k == "quote"]
    assert direct == [
        # `Name, long title, said: "..."` in an article: the quotation only, not a turn to the end
        ("Callum Baird", "Without the ferry, the school closes, the surgery closes, and then the young families "
                         "leave. We have seen it happen on other islands."),
        # `According to X, title, "..."`, then `she said`: the woman just introduced, not the man before
        ("Ishbel Carmichael", "the numbers simply do not add up at current fares."),
        ("Ishbel Carmichael", "We have asked for a meeting with ministers before the summer recess"),
        # `he said` after `Ms Carmichael` is named: the man introduced as the subject
        ("Rodel Magbanua", "The engines are forty years old and we are keeping them running with parts from a "
                           "scrapyard"),
        # `Van der Merwe` at the start of a sentence is Pieter van der Merwe
        ("Pieter van der Merwe", "I have offered to buy a second-hand ship from Norway if the council will "
                                 "extend the contract by ten years"),
        # `she said` after `Mr van der Merwe`: the SNP's Morag Kilbride, without the party in her name
        ("Morag Kilbride", "This is a lifeline, not a luxury")]
    assert not any(k == "speech" for k, _, _, _ in found)


def test_a_single_name_label_before_a_quotation_in_an_article_is_a_quote():
    doc = ("Mayor defends budget\n\nThe council approved the budget on Monday after a long debate.\n\n"
           "Mayor Inés Calderón: \"This budget protects every library in the city.\"\n\n"
           "The opposition voted against it, saying the cuts to parks went too far.\n")
    assert [(k, who, t) for k, who, t, _ in texts(doc)] == [
        ("quote", "Inés Calderón", "This budget protects every library in the city.")]


def test_parliamentary_role_labels_resolve_to_the_named_holder_and_end_turns():
    found = run(read("dail_leaders_questions.txt"))
    assert [who for _, who, _, _ in found] == [
        "Róisín Tierney", "Declan Ó Ceallaigh", None, "Róisín Tierney", "Aoife Brannigan", None,
        "Pádraig Mac Giolla", None]
    # the chair's label ends the Minister's turn instead of being merged into it
    assert found[4][2].endswith("it cannot be spent on anything else.")
    assert found[5][2] == "I call Deputy Pádraig Mac Giolla."


def test_westminster_role_labels():
    doc = ("Prime Minister's Questions\n\nThe Prime Minister, Gwendolyn Ashcroft, answered questions.\n\n"
           "Madam Speaker: Questions to the Prime Minister.\n\n"
           "Mr Tobias Renwick (Bath) (LD): Will the Prime Minister fund the new hospital?\n\n"
           "The Prime Minister: The funding was confirmed in the spending review.\n\n"
           "Madam Speaker: Order.\n")
    assert [who for _, who, _, _ in texts(doc)] == [None, "Tobias Renwick", "Gwendolyn Ashcroft", None]


def test_broadcast_stage_qualifiers_anonymous_voices_and_order_footer():
    found = run(read("broadcast_videotape.txt"))
    assert [who for _, who, _, _ in found] == [
        "Kofi Asante-Boateng", "Halina Wróbel", "Halina Wróbel", "Tomasz Krawczyk", "Halina Wróbel", None,
        "Kofi Asante-Boateng", "Halina Wróbel", None, "Kofi Asante-Boateng"]
    said = [t for _, _, t, _ in found]
    # `(Speaking Polish)` and `(LAUGHTER)` are notes, the order line is a footer
    assert not any("Speaking Polish" in t or "LAUGHTER" in t or "ORDER" in t for t in said)
    assert said[-1] == "Halina Wróbel at the border, thank you."


@pytest.mark.parametrize("label", ["UNIDENTIFIED MALE", "UNIDENTIFIED PERSON", "CROWD", "VOICE"])
def test_anonymous_labels_end_the_turn_with_no_speaker(label):
    doc = ("Evening news\n\nNOOR HADDAD, ANCHOR: The rally went on past midnight.\n\n"
           f"{label}: We are not going home.\n\nHADDAD: Back to the studio.\n")
    assert [(who, t) for _, who, t, _ in texts(doc)] == [
        ("Noor Haddad", "The rally went on past midnight."), (None, "We are not going home."),
        ("Noor Haddad", "Back to the studio.")]


@pytest.mark.parametrize("footer", [
    "Copyright © 2025 NPR. All rights reserved.",
    "Link to this: Individually | In context",
    "This transcript has been edited for clarity.",
    "Subscribe to our newsletter for more.",
    "Related: The port strike, day one",
])
def test_footers_end_a_turn_and_are_never_speech(footer):
    doc = ("Port strike\n\nLINA OKORO: The port has been closed for a week.\n\n"
           f"We want the talks to start again.\n\n{footer}\n")
    found = texts(doc)
    assert [(who, t) for _, who, t, _ in found] == [
        ("Lina Okoro", "The port has been closed for a week.\n\nWe want the talks to start again.")]


@pytest.mark.parametrize("title, rule", [
    ("Schools will reopen by March, says Mokoena", "headline.attributed"),
    ("Schools will reopen by March, says Governor Mokoena", "headline.attributed"),
    ("Schools will reopen by March, governor says", "headline.attributed"),
    ('Province governor: "Schools will reopen by March"', "headline.label"),
])
def test_attributed_headlines(title, rule):
    doc = (f"{title}\n\nBy Lerato Dube\n\nKATLEHO — Governor Naledi Mokoena toured the flooded district on "
           "Tuesday and met teachers.\n")
    assert texts(doc)[0] == ("headline", "Naledi Mokoena", "Schools will reopen by March", rule)


@pytest.mark.parametrize("title", ["Rain, wind and snow, says forecast", "Floods: what we know so far",
                                   "Schools will reopen by March, she says"])
def test_titles_that_attribute_nothing(title):
    doc = f"{title}\n\nThe storm reached the coast on Tuesday and closed two schools.\n"
    assert not [t for t in texts(doc) if t[0] == "headline"]
