"""Transcripts from web pages, as an HTML reader gives them: turns interrupted by a photo credit, a
caption or a box of links; labels that carry a title; questions from the floor labelled by outlet."""
from __future__ import annotations

from test_segmenter import texts

from etl.model import Document
from etl_plugins.segmenter import segment
from etl_plugins.speakers import resolve

JOINT_STATEMENTS = """Press statements following talks with President of Corvania Ilse Marek

President of Nordmark Piet Hallström and President of Corvania Ilse Marek made statements for the press.

2 June 2026, 14:20

President of Nordmark Piet Hallström: Madam President, ladies and gentlemen,

Our talks were frank and useful. We signed a treaty on the shared railway.

Photo: Presidential Press Office

The first trains will run in 2029, and the journey will take three hours.

President of Corvania Ilse Marek: Thank you, Mr President.

I agree with everything my colleague has said.

See also
Hallström and Marek open trade fair
Railway treaty: the main points

The treaty also covers freight, which matters most to our farmers.

Rosa Lindqvist, Corvanian Radio: A question for both presidents. Who pays for the tunnel?

Piet Hallström: We share the cost equally.

At the signing ceremony in the Winter Palace.

The tunnel is the hardest part, and our engineers have started the surveys.

Question: Mr President, when will you visit Corvania?

Piet Hallström: In the autumn, I hope.

The press conference ended at 15:05.
"""


def statements_of(text: str):
    doc = Document("page.txt", text)
    statements = segment(doc.text)
    return statements, resolve(doc, statements)


def test_a_turn_goes_on_after_a_photo_credit_a_caption_and_a_box_of_links():
    found = texts(JOINT_STATEMENTS)
    assert [who for _, who, _, _ in found] == [
        "Piet Hallström", "Piet Hallström", "Ilse Marek", "Ilse Marek", "Rosa Lindqvist", "Piet Hallström",
        "Piet Hallström", None, "Piet Hallström"]
    spoken = [t for _, _, t, _ in found]
    assert spoken[1] == "The first trains will run in 2029, and the journey will take three hours."
    assert spoken[3] == "The treaty also covers freight, which matters most to our farmers."
    assert spoken[6] == "The tunnel is the hardest part, and our engineers have started the surveys."
    # the credit, the caption, the box and the closing line are nobody's words
    for line in ("Photo:", "Winter Palace", "See also", "open trade fair", "Railway treaty", "ended at 15:05"):
        assert not any(line in t for t in spoken), line


def test_a_label_with_a_title_gives_the_name_alone_and_the_role_to_its_column():
    statements, refs = statements_of(JOINT_STATEMENTS)
    first = refs[0]
    assert (first.name, first.role) == ("Piet Hallström", "President of Nordmark")
    marek = next(r for r in refs if r is not None and r.name == "Ilse Marek")
    assert marek.role == "President of Corvania"


def test_a_question_from_the_floor_labelled_by_outlet_names_the_asker():
    found = texts(JOINT_STATEMENTS)
    asker = [(who, t) for _, who, t, _ in found if t.startswith("A question for both")]
    assert asker == [("Rosa Lindqvist", "A question for both presidents. Who pays for the tunnel?")]


def test_an_interview_credited_at_the_end_gives_its_questions_to_the_interviewer():
    page = ("Interview of Minister of Finance Tomas Varga to the Danube Review\n\n"
            "Question: Minister, will taxes rise next year?\n\n"
            "Minister of Finance Tomas Varga: No. The budget balances without new taxes.\n\n"
            "The Minister in his office.\n\n"
            "Photo: Ministry of Finance\n\n"
            "Question: And the deficit?\n\n"
            "Tomas Varga: It falls to two percent of output.\n\n"
            "Interview by Greta Holm.\n")
    found = texts(page)
    assert [(who, t) for _, who, t, _ in found] == [
        ("Greta Holm", "Minister, will taxes rise next year?"),
        ("Tomas Varga", "No. The budget balances without new taxes."),
        ("Greta Holm", "And the deficit?"),
        ("Tomas Varga", "It falls to two percent of output.")]


def test_a_caption_like_paragraph_with_a_verb_or_a_speaker_stays_speech():
    page = ("Meeting on the harvest\n\n"
            "Prime Minister Oona Sallinen: Good afternoon, colleagues.\n\n"
            "At the meeting we will discuss the harvest.\n\n"
            "With the rain of the last weeks, the harvest is late.\n\n"
            "At the meeting with the farmers' unions.\n\n"
            "Minister of Agriculture Vesa Laine: Thank you.\n")
    found = texts(page)
    assert [(who, t) for _, who, t, _ in found] == [
        ("Oona Sallinen", "Good afternoon, colleagues.\n\nAt the meeting we will discuss the harvest.\n\n"
                          "With the rain of the last weeks, the harvest is late."),
        ("Vesa Laine", "Thank you.")]
