"""The default segmenter on realistic documents (tests/docs/) and on short forms."""
from __future__ import annotations

from pathlib import Path

import pytest

from etl.model import Document
from etl_plugins.segmenter import segment
from etl_plugins.speakers import resolve
from etl_plugins.readers.text import etl_read

DOCS = Path(__file__).parent / "docs"


def read(name: str) -> Document:
    path = DOCS / name
    return etl_read(str(path), path.read_bytes())[0]


def run(doc: Document) -> list[tuple[str, str | None, str, str]]:
    """(kind, canonical speaker, text, rule) for every statement of a document.

    A short name (`MS. PARDO`, whom the document never names in full) is None
    here: only the run, which sees the other documents, may complete it."""
    statements = segment(doc.text, doc.title, doc.byline)
    refs = resolve(doc, statements)
    return [(s.kind, r.name if r and not r.short else None, doc.text[s.char_start:s.char_end], s.rule)
            for s, r in zip(statements, refs)]


def texts(doc: str) -> list[tuple[str, str | None, str, str]]:
    return run(Document("inline.txt", doc))


def test_upper_case_labels_resolve_to_full_names_and_stage_directions_cut_turns():
    found = run(read("debate_transcript.txt"))
    assert [(k, who) for k, who, _, _ in found] == [
        ("speech", "Chris Okonjo"), ("speech", "Ruth Abernathy"), ("speech", "Peter Lindqvist"),
        ("speech", "Ruth Abernathy"), ("speech", "Chris Okonjo")]
    # a turn runs over paragraphs; `(APPLAUSE)` and the closing narrative belong to nobody
    assert found[1][2].endswith("We will pay for them by selling land we do not use.")
    assert all("APPLAUSE" not in t and "debate continued" not in t for _, _, t, _ in found)
    # `MODERATOR: Chris Okonjo (Channel 9)` names the moderator, it is not a turn
    assert not any("Channel 9" in t for _, _, t, _ in found)


def test_said_lines_dash_turns_separator_and_split_label():
    found = run(read("meeting_said.txt"))
    assert [(k, who, r) for k, who, _, r in found] == [
        ("speech", "Daniel Okafor", "transcript.said"), ("speech", "Kwame Mensah", "transcript.said"),
        ("speech", "Kwame Mensah", "transcript.label_split")]
    assert found[0][2] == ("Mr President, welcome to Abuja. Our countries share a long history and a common "
                           "future.\n\nI hope that today we will agree on the new trade corridor.")
    assert found[2][2] == "We also want to discuss energy."


def test_interview_dash_turns_alternate_between_byline_and_interviewee():
    found = run(read("interview_dash.txt"))
    assert [(k, who) for k, who, _, _ in found] == [
        ("headline", "Sofia Marchetti"), ("question", "Northern Industry Review"), ("answer", "Sofia Marchetti"),
        ("question", "Northern Industry Review"), ("answer", "Sofia Marchetti")]
    assert found[0][2] == "Our factories can be carbon-free by 2035"
    # the continuation paragraph is part of the answer, the closing note is not
    assert found[2][2].endswith("installed in Brescia next spring.")
    assert "conducted in Milan" not in found[4][2]


def test_news_quotes_attribution_before_after_inside_and_continued():
    found = run(read("news_quotes.txt"))
    by_text = {t: (k, who) for k, who, t, _ in found}
    assert by_text["We will not accept a deal at any price"] in {("headline", "Ingrid Halvorsen"),
                                                                  ("quote", "Ingrid Halvorsen")}
    assert by_text["Our fishermen have already given up enough."] == ("quote", "Ingrid Halvorsen")
    assert by_text["difficult but not hopeless"] == ("quote", "Lars Eide")
    assert by_text["the next round will decide everything"] == ("quote", "Lars Eide")
    assert by_text["That is not a question I need to answer today."] == ("quote", "Ingrid Halvorsen")
    continued = [t for t in by_text if t.startswith("The scientists have been clear.")]
    assert continued and continued[0].endswith("That is why we are holding the line")
    assert by_text[continued[0]] == ("quote", "Ingrid Halvorsen")
    # a campaign's name in quotation marks is not a statement
    assert "Fair Share for the Coast" not in by_text


@pytest.mark.parametrize("mark_open, mark_close", [("\"", "\""), ("“", "”"), ("«", "»"), ("‘", "’")])
def test_quote_marks_of_every_style(mark_open, mark_close):
    doc = (f"Mayor Anna Berg opened the bridge on Monday.\n\n"
           f"{mark_open}This bridge took ten years and it was worth every day{mark_close}, Berg said.")
    assert texts(doc) == [("quote", "Anna Berg", "This bridge took ten years and it was worth every day",
                           "news.quote_after")]


def test_scare_quotes_and_titles_are_not_statements():
    doc = ("Finance Minister Tomas Varga presented the book “A Budget for Everyone” in Budapest.\n\n"
           "He criticised the “so-called experts” and the \"hidden\" costs of the plan.")
    assert texts(doc) == []


def test_question_quoted_in_news_goes_to_the_interviewer():
    doc = ('Marsh speaks to the press\n\n"We are ready to talk," said President Elena Marsh while responding to the question "Will you meet '
           'the opposition leader before the election?" in her interview to the well-known journalist '
           'Oliver Grant.')
    found = texts(doc)
    assert ("question", "Oliver Grant") == found[1][:2]
    assert found[0][:2] == ("quote", "Elena Marsh")


def test_name_party_labels_and_label_on_its_own_line():
    doc = ("Debate on the Water Bill\n\n"
           "Sarah Mitchell (Green): The bill does nothing for rivers.\n\n"
           "JAMES ORTON\nIt does a great deal, and the member knows it.\n")
    assert [(k, w, t) for k, w, t, _ in texts(doc)] == [
        ("speech", "Sarah Mitchell", "The bill does nothing for rivers."),
        ("speech", "James Orton", "It does a great deal, and the member knows it.")]


def test_role_label_resolves_to_the_named_holder_or_to_nobody():
    named = ("Council meeting\n\nPresent: Councillor Jane Porter (Chair), Councillor Ian Bell.\n\n"
             "THE CHAIR: The meeting is open.\n\nCLLR BELL: Thank you, Chair.\n")
    assert [(w, t) for _, w, t, _ in texts(named)] == [("Jane Porter", "The meeting is open."),
                                                      ("Ian Bell", "Thank you, Chair.")]
    unnamed = "Council meeting\n\nTHE CHAIR: The meeting is open.\n"
    assert [w for _, w, _, _ in texts(unnamed)] == [None]


def test_title_line_colons_that_are_not_speakers():
    assert texts("Breaking: floods close the motorway\n\nThe road will reopen on Monday.") == []
    assert texts("Russia: the road ahead\n\nAnalysts expect growth.") == []


def test_every_statement_offset_is_inside_the_text():
    for path in sorted(DOCS.glob("*.txt")):
        doc = read(path.name)
        for st in segment(doc.text, doc.title, doc.byline):
            assert 0 <= st.char_start < st.char_end <= len(doc.text)
            assert doc.text[st.char_start:st.char_end] == doc.text[st.char_start:st.char_end].strip()
            assert st.rule and 0 < st.confidence <= 1


def test_hansard_role_labels_resolve_to_the_named_holder_and_notices_end_turns():
    found = run(read("hansard_urgent_question.txt"))
    assert [(k, who) for k, who, _, _ in found] == [
        ("speech", "Duncan Fraser"), ("speech", "Eleanor Marsh"), ("speech", "Duncan Fraser"), ("speech", None),
        ("speech", "Alan Morrow"), ("speech", "Eleanor Marsh"), ("speech", "Alan Morrow")]
    # `Ferry Services: Western Isles` is a heading, not a speaker with a claim
    assert not any(k == "headline" for k, _, _, _ in found)
    assert found[-1][2] == "We now come to the ten-minute rule motion."


def test_broadcast_transcript_names_roles_clips_and_anonymous_voices():
    found = run(read("broadcast_cnn_style.txt"))
    assert [(k, who) for k, who, _, _ in found] == [
        ("speech", "Maria Lopez"), ("speech", "Derek Holt"), ("speech", None), ("speech", "Derek Holt"),
        ("speech", "Maria Lopez")]
    assert found[-1][2] == "Derek, thank you. Stay safe out there."
    assert all("VIDEO CLIP" not in t for _, _, t, _ in found)


def test_news_attribution_forms_and_reported_speech():
    found = run(read("news_reported_speech.txt"))
    direct = {t: who for k, who, t, _ in found if k != "indirect"}
    assert direct == {
        "We are signing a cheque we cannot read": "Ravi Menon",  # the councillor last named, not the mayor
        "The ground is better than we feared. The tunnel can be built on time.": "Laura Benning",
        "The harbour has waited thirty years for this": "Paul Ostrowski",
        "pleased with the vote.": None,
    }  # `A spokesman for Cartwright said ... "pleased with the vote."` is not Cartwright's: nobody named
    indirect = [(who, t, r) for k, who, t, r in found if k == "indirect"]
    assert indirect == [
        ("Helen Cartwright", "the tunnel would cut journey times across the harbour by half", "reported.said_that"),
        ("Helen Cartwright", "the first section will open in 2029", "reported.according_to"),
        ("Ravi Menon", "the council had not costed the maintenance of the tunnel", "reported.said_that")]


@pytest.mark.parametrize("sentence, speaker, clause", [
    ("Senator Ana Ruiz said on Monday that the bill would fail in the House.", "Ana Ruiz",
     "the bill would fail in the House"),
    ("On Friday, Governor Mark Ellis told reporters that the budget was balanced for the first time.", "Mark Ellis",
     "the budget was balanced for the first time"),
    ("Foreign Minister Ilona Varga called the agreement a historic step for the region.", "Ilona Varga",
     "called the agreement a historic step for the region"),
])
def test_reported_speech_is_indirect_with_its_speaker(sentence, speaker, clause):
    found = texts("Council news\n\n" + sentence)
    assert [(k, who, t) for k, who, t, _ in found] == [("indirect", speaker, clause)]
    assert found[0][3].startswith("reported.")


@pytest.mark.parametrize("sentence", [
    "The ministry said that the plan would be published in May.",  # an institution, not a person
    "Critics said the plan was too expensive for the region.",
    "A spokesman for Governor Mark Ellis said that no decision had been taken yet.",
    "She said \"we will not wait\" and left the room.",  # a quotation: direct speech, found elsewhere
])
def test_reported_speech_needs_a_person_as_subject_and_no_quotation(sentence):
    assert not [t for t in texts("Council news\n\n" + sentence) if t[0] == "indirect"]


def test_headings_before_a_colon_are_not_speakers_without_evidence_of_a_person():
    assert texts("Rail Services: North of England\n\nTrains were cancelled again.") == []
    assert texts("FULL TRANSCRIPT: Town hall on the new bus routes\n\nThe meeting began at six.") == []
    assert texts("1:52 P.M. EDT\n\nThe briefing began late.") == []


def test_q_lines_and_party_words_in_labels():
    doc = ("Press briefing\n\nMS. RIVERA: Good afternoon.\n\n"
           "Q    Thanks. Will the President sign the bill?\n\nMS. RIVERA: He will, on Friday.\n\n"
           "The briefing was led by press secretary Ana Rivera.")
    found = texts(doc)
    assert [(k, who) for k, who, _, _ in found] == [("speech", "Ana Rivera"), ("question", None),
                                                   ("speech", "Ana Rivera")]
    assert found[1][2] == "Thanks. Will the President sign the bill?"
    debate = ("Senate debate\n\nDemocrat Rachel Moore and Republican Tom Reyes met on Monday.\n\n"
              "MOORE: I will protect the plant.\n\nREYES: So will I.\n")
    assert [who for _, who, _, _ in texts(debate)] == ["Rachel Moore", "Tom Reyes"]


def test_interviewer_named_by_the_introduction_asks_the_dash_questions():
    doc = ("The fusion record explained\n\nProfessor Sabine Kraus leads the stellarator group in Greifswald. "
           "Our science correspondent Jonas Weber asked her what the record means.\n\n"
           "– Professor Kraus, why is eight minutes a record?\n\n"
           "– Because no machine has held a plasma that hot for that long. It shows the design works.\n")
    assert [(k, who) for k, who, _, _ in texts(doc)] == [("question", "Jonas Weber"), ("answer", "Sabine Kraus")]
