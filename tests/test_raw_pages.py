"""Attribution on raw files as people download them: web pages whose markup carries the turns'
labels and questions, and Markdown briefings that name their speakers only in the front matter.

Every document is read by the reader that claims it, then segmented and resolved, as in a run.
"""
from __future__ import annotations

from pathlib import Path

from etl.model import Document
from etl_plugins.readers import html as html_reader
from etl_plugins.readers import text as text_reader
from etl_plugins.segmenter import etl_segment
from etl_plugins.speakers import resolve


def read(name: str, raw: str, tmp_path: Path) -> Document:
    path = tmp_path / name
    path.write_text(raw, encoding="utf-8")
    reader = html_reader if name.endswith(".html") else text_reader
    docs = reader.etl_read(str(path), path.read_bytes())
    assert docs is not None and len(docs) == 1
    return docs[0]


def turns(doc: Document) -> list[tuple[str, str | None, str]]:
    """(kind, canonical speaker or None, first words) of each statement."""
    statements = etl_segment(doc)
    refs = resolve(doc, statements)
    return [(s.kind, r.name if r is not None and not r.short else None, doc.text[s.char_start:s.char_end][:30])
            for s, r in zip(statements, refs)]


def page(body: str, title: str = "Transcript") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Office of the Governor"></head>
<body><nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
{body}
</article>
<footer><p>Copyright 2026 Office of the Governor. All rights reserved.</p></footer></body></html>"""


# -- front matter that names the speakers --------------------------------------------------------
SPEAKERS_LIST = """---
title: Harbour authority briefing
date: 2026-03-02
speakers:
  - name: Ingrid Moe
    role: Harbour Master
  - name: Tobias Lund
---
MS. MOE: Good morning. The north quay reopens on Monday after the repairs to the crane rails.

Q: Will the night shifts come back as well?

MS. MOE: Yes, from the same day. Mr. Lund has the figures.

MR. LUND: Thank you. Ninety ships are booked for March, which is more than last year.
"""


def test_front_matter_speakers_name_the_labels_that_give_a_surname(tmp_path):
    doc = read("harbour.md", SPEAKERS_LIST, tmp_path)
    assert doc.metadata["speakers"] == ["Ingrid Moe", "Tobias Lund"]
    assert turns(doc) == [
        ("speech", "Ingrid Moe", "Good morning. The north quay r"),
        ("question", None, "Will the night shifts come bac"),
        ("speech", "Ingrid Moe", "Yes, from the same day. Mr. Lu"),
        ("speech", "Tobias Lund", "Thank you. Ninety ships are bo")]


def test_front_matter_speakers_as_a_line_of_names_and_a_toml_list(tmp_path):
    yaml = read("a.md", "---\ntitle: Update\nspeakers: Ingrid Moe, Tobias Lund\n---\nMS. MOE: Hello.\n", tmp_path)
    toml = read("b.md", '+++\ntitle = "Update"\nparticipants = ["Ingrid Moe"]\n+++\nMS. MOE: Hello.\n', tmp_path)
    assert yaml.metadata["speakers"] == ["Ingrid Moe", "Tobias Lund"]
    assert toml.metadata["speakers"] == ["Ingrid Moe"]
    assert turns(toml) == [("speech", "Ingrid Moe", "Hello.")]


def test_without_a_speakers_list_a_surname_label_stays_short(tmp_path):
    doc = read("harbour.md", SPEAKERS_LIST.replace("speakers:\n  - name: Ingrid Moe\n    role: Harbour Master\n"
                                                   "  - name: Tobias Lund\n", ""), tmp_path)
    assert "speakers" not in doc.metadata
    assert [who for _, who, _ in turns(doc)] == [None, None, None, None]


# -- a byline that credits the office that published the transcript ------------------------------
OFFICE_BYLINE = """---
title: "Remarks by Governor Alma Reyes on the school budget"
author: Office of Communications
---
GOVERNOR REYES: Good afternoon. We will hire four hundred teachers this year.

Q Governor, where does the money come from?

GOVERNOR REYES: From the surplus of last year, and nowhere else.
"""


def test_reporters_questions_are_not_the_publishing_office(tmp_path):
    doc = read("remarks.md", OFFICE_BYLINE, tmp_path)
    assert doc.byline == "Office of Communications"
    assert turns(doc) == [
        ("speech", "Alma Reyes", "Good afternoon. We will hire f"),
        ("question", None, "Governor, where does the money"),
        ("speech", "Alma Reyes", "From the surplus of last year,")]


def test_an_interviewers_byline_still_asks_the_q_turns(tmp_path):
    doc = read("interview.md", """---
title: "Alma Reyes: the budget is balanced"
author: Nora Quist
---
In an interview, Governor Alma Reyes spoke about the budget.

Q: Is the budget balanced?

A: It is, for the first time in six years.
""", tmp_path)
    assert turns(doc)[-2:] == [("question", "Nora Quist", "Is the budget balanced?"),
                               ("answer", "Alma Reyes", "It is, for the first time in s")]


# -- labels as sites print them ------------------------------------------------------------------
GLUED_INITIALS = page("""
<p>The Governor met the Minister of Water, Oskar Brandt, and the mayor of Tell, Vera Holm.</p>
<p><b>Governor Mira Solberg:</b> Let us begin with the pipeline to Tell.</p>
<p><b>O.Brandt:</b> It is half built, and the rest will be finished by May.</p>
<p>V.Holm:</p>
<p>The town has waited ten years for it, and we are grateful.</p>
<p><b>M.Solberg:</b> Then May it is.</p>
""")


def test_an_initial_printed_against_the_surname_is_a_label(tmp_path):
    doc = read("meeting.html", GLUED_INITIALS, tmp_path)
    assert turns(doc) == [
        ("speech", "Mira Solberg", "Let us begin with the pipeline"),
        ("speech", "Oskar Brandt", "It is half built, and the rest"),
        ("speech", "Vera Holm", "The town has waited ten years "),
        ("speech", "Mira Solberg", "Then May it is.")]


LABEL_ELEMENTS = page("""
<p>The two mayors spoke to the press after signing the twinning agreement.</p>
<p class="speaker"><strong>Lena Vogt</strong></p>
<p>We have signed an agreement that our towns have talked about for a decade.</p>
<p class="speaker"><strong>Marco Bellini</strong></p>
<p>Thank you, Lena. Our schools will exchange pupils from September.</p>
<p><strong>Question</strong></p>
<p>Who pays for the exchanges?</p>
<p class="speaker"><strong>Lena Vogt</strong></p>
<p>Both towns, in equal shares.</p>
<p class="speaker"><strong>Marco Bellini</strong></p>
<p>And a grant from the region, which we applied for in May.</p>
""")


def test_a_name_in_an_element_of_its_own_heads_the_paragraphs_below_it(tmp_path):
    doc = read("twinning.html", LABEL_ELEMENTS, tmp_path)
    assert turns(doc) == [
        ("speech", "Lena Vogt", "We have signed an agreement th"),
        ("speech", "Marco Bellini", "Thank you, Lena. Our schools w"),
        ("question", None, "Who pays for the exchanges?"),
        ("speech", "Lena Vogt", "Both towns, in equal shares."),
        ("speech", "Marco Bellini", "And a grant from the region, w")]


def test_a_name_alone_on_a_line_once_or_twice_is_no_label():
    once = ("Bridge reopens\n\nThe bridge reopened on Monday after repairs.\n\nLena Vogt\n\n"
            "The mayor thanked the engineers, who had worked through the winter.\n")
    twice = once + "\nLena Vogt\n\nLena Vogt writes on local politics for the Courier.\n"
    for text in (once, twice):
        assert all(who is None for _, who, _ in turns(Document("news.txt", text)))


def test_a_role_label_with_its_holder_in_brackets_names_the_bare_role_label():
    doc = Document("evidence.txt", """Committee on Rural Affairs: oral evidence

The Chair (Ruth Calloway): Good morning, and welcome. Mr Hale, why were the routes cut?

Gordon Hale (Director, Rural Transport Board): Because the subsidy fell by a third.

The Chair: Could you not have cut the frequency instead of whole routes?

Gordon Hale: We looked at that, and it saved too little.
""")
    assert [who for _, who, _ in turns(doc)] == ["Ruth Calloway", "Gordon Hale", "Ruth Calloway", "Gordon Hale"]


# -- what a page sets between turns --------------------------------------------------------------
EMBEDS = page("""
<p><b>Mayor Tom Aldous:</b> The ferry runs again from today.</p>
<blockquote class="twitter-tweet"><p>Ferry service resumes at noon today. Timetables on our site.</p>
&mdash; Port Ferries (@portferries)</blockquote>
<p><b>Deputy Mayor Ines Kuhl:</b> Every crossing is booked until Friday.</p>
<div class="article__author-box"><p>Pia Lorenz reports on transport for the Coast Courier.</p></div>
<div class="block-feedback"><p>Was this page useful?</p></div>
""")


def test_embedded_posts_an_author_box_and_a_feedback_box_are_no_ones_words(tmp_path):
    doc = read("ferry.html", EMBEDS, tmp_path)
    assert "Timetables" not in doc.text and "reports on transport" not in doc.text
    assert "Was this page useful" not in doc.text
    assert turns(doc) == [("speech", "Tom Aldous", "The ferry runs again from toda"),
                          ("speech", "Ines Kuhl", "Every crossing is booked until")]


# -- interviews whose questions are set in bold --------------------------------------------------
BOLD_QUESTIONS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Anna Berg on the new library</title>
<meta name="author" content="Jon Park"></head>
<body><article><h1>Anna Berg on the new library</h1>
<p class="byline">By Jon Park</p>
<p>The architect Anna Berg designed the new city library. We spoke to her before the opening.</p>
<p><strong>Why did you put the reading room on the roof?</strong></p>
<p>Because it has the best light in the building, and readers deserve the light.</p>
<p><b>Was the council happy with that?</b></p>
<p>Not at first. They worried about the lifts.</p>
<p>We added a third one, and they came round.</p>
<p><strong>What would you change?</strong></p>
<p>Nothing, for once.</p>
</article></body></html>"""


def test_questions_in_bold_and_answers_in_plain_type_are_an_interview(tmp_path):
    doc = read("library.html", BOLD_QUESTIONS, tmp_path)
    assert doc.metadata["questions"] == ["Why did you put the reading room on the roof?",
                                         "Was the council happy with that?", "What would you change?"]
    assert turns(doc)[-6:] == [
        ("question", "Jon Park", "Why did you put the reading ro"),
        ("answer", "Anna Berg", "Because it has the best light "),
        ("question", "Jon Park", "Was the council happy with tha"),
        ("answer", "Anna Berg", "Not at first. They worried abo"),
        ("question", "Jon Park", "What would you change?"),
        ("answer", "Anna Berg", "Nothing, for once.")]


def test_bold_questions_in_an_explainer_are_not_an_interview(tmp_path):
    explainer = BOLD_QUESTIONS.replace("We spoke to her before the opening.", "It opens on Monday.")
    doc = read("library.html", explainer, tmp_path)
    assert len(doc.metadata["questions"]) == 3
    assert not any(kind in ("question", "answer") for kind, _, _ in turns(doc))


def test_one_bold_question_is_not_listed(tmp_path):
    doc = read("library.html", BOLD_QUESTIONS.replace("<b>Was the council happy with that?</b>", "Was it?")
               .replace("<strong>What would you change?</strong>", "What next?"), tmp_path)
    assert "questions" not in doc.metadata


def test_on_an_interview_page_a_bold_sentence_asks_too_but_a_short_bold_heading_does_not(tmp_path):
    doc = read("library.html", BOLD_QUESTIONS.replace(
        "<p><strong>What would you change?</strong></p>",
        "<p><strong>Tell us about the lifts.</strong></p><p>There are three now.</p>"
        "<p><b>The opening.</b></p><p><strong>What would you change?</strong></p>"), tmp_path)
    assert doc.metadata["questions"] == ["Why did you put the reading room on the roof?",
                                         "Was the council happy with that?", "Tell us about the lifts.",
                                         "What would you change?"]
    assert [(kind, who) for kind, who, _ in turns(doc)[-4:]] == [
        ("question", "Jon Park"), ("answer", "Anna Berg"), ("question", "Jon Park"), ("answer", "Anna Berg")]


DEFINITION_LIST = page("""
<p>Governor Anna Kessler and Commissioner Paul Nyman spoke to reporters about the rail line.</p>
<dl><dt>Anna Kessler</dt><dd>We will open the line in June.</dd>
<dt>Paul Nyman</dt><dd>The trains are ready.</dd>
<dt>Anna Kessler</dt><dd>Thank you.</dd></dl>
""")


def test_names_in_a_definition_list_and_in_markdown_headings_head_the_turns(tmp_path):
    markdown = ("---\ntitle: Rail line\n---\nGovernor Anna Kessler and Commissioner Paul Nyman spoke.\n\n"
                "### Anna Kessler\n\nWe will open the line in June.\n\n### Paul Nyman\n\nThe trains are ready.\n\n"
                "### Anna Kessler\n\nThank you.\n")
    for doc in (read("rail.html", DEFINITION_LIST, tmp_path), read("rail.md", markdown, tmp_path)):
        assert turns(doc) == [("speech", "Anna Kessler", "We will open the line in June."),
                              ("speech", "Paul Nyman", "The trains are ready."),
                              ("speech", "Anna Kessler", "Thank you.")]


def test_an_a_line_answers_the_q_line_before_it(tmp_path):
    doc = read("rail.html", page("""
<p>By Nora Quist</p>
<p><strong>Q.</strong> When does the line open?</p>
<p><strong>A.</strong> In June, and the fares stay at two dollars.</p>
<p><strong>Q.</strong> Are the trains ready?</p>
<p><strong>A.</strong> They are.</p>"""), tmp_path)
    found = turns(doc)
    assert [(kind, text) for kind, _, text in found] == [
        ("question", "When does the line open?"), ("answer", "In June, and the fares stay at"),
        ("question", "Are the trains ready?"), ("answer", "They are.")]
    assert all(who != "Nora Quist" for kind, who, _ in found if kind == "answer")


def test_a_byline_naming_a_labelled_speaker_does_not_ask_the_reporters_questions(tmp_path):
    doc = read("briefing.md", """---
title: "Press Briefing, May 4"
author: Olivia Vance
---
MS. VANCE: Good afternoon. The President signs the broadband bill today.

Q Olivia, when will the money reach the states?

MS. VANCE: In January, as the bill says.
""", tmp_path)
    assert turns(doc) == [("speech", "Olivia Vance", "Good afternoon. The President "),
                          ("question", None, "Olivia, when will the money re"),
                          ("speech", "Olivia Vance", "In January, as the bill says.")]


def test_italic_questions_and_bold_editors_notes(tmp_path):
    italic = (BOLD_QUESTIONS.replace("<strong>", "<em>").replace("</strong>", "</em>")
              .replace("<b>", "<i>").replace("</b>", "</i>"))
    noted = BOLD_QUESTIONS.replace(
        "<p>The architect", "<p><strong>This interview has been edited for length.</strong></p><p>The architect"
    ).replace("</article>", "<p><strong>This interview has been condensed and edited.</strong></p></article>")
    for raw in (italic, noted):
        doc = read("library.html", raw, tmp_path)
        assert [(kind, who) for kind, who, _ in turns(doc)][-6:] == [
            ("question", "Jon Park"), ("answer", "Anna Berg")] * 3
        assert not any("edited" in text for _, _, text in turns(doc))
        assert turns(doc)[-1][2] == "Nothing, for once."


def test_a_press_service_credited_over_a_dash_interview_still_asks(tmp_path):
    """Over an interview of unlabelled turns, the byline is the one credit the questions have, even when
    it names a press service: the questions are never the interviewee's."""
    doc = read("interview.txt", """Lena Marsh: the port will reopen in spring

By Harbour Press Service

Lena Marsh spoke to Harbour Press Service about the port.

– Lena, when will the port reopen?

– In the spring, once the new cranes are tested and the dredging is done.

– What does it cost?

– About forty million, most of it from the state.
""", tmp_path)
    assert [(kind, who) for kind, who, _ in turns(doc)] == [
        ("headline", "Lena Marsh"), ("question", "Harbour Press Service"), ("answer", "Lena Marsh"),
        ("question", "Harbour Press Service"), ("answer", "Lena Marsh")]
