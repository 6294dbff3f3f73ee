"""Raw forms of transcripts and interviews met on sites and in briefings: turns each in an element of
their own, a table of name and text cells, a record's headings naming a member with a seat, questions
set as headings, block-quoted and listed briefing questions, and the people a page lists by role.

Every document is read by the reader that claims it, then segmented and resolved, as in a run.
"""
from __future__ import annotations

from test_raw_pages import page, read, turns

from etl.model import Document
from etl_plugins.readers.markdown import strip_markdown
from etl_plugins.segmenter import etl_segment, lettered_turns
from etl_plugins.segmenter.layout import split_lines
from etl_plugins.speakers import resolve
from etl_plugins.speakers.coreference import Registry
from etl_plugins.speakers.names import parse_mention

# -- turns each in an element of their own ----------------------------------------------------------
SPEECH_DIVS = """<!DOCTYPE html><html><head><title>Planning Committee, 4 March</title></head><body>
<div class="header"><a href="/">Home</a> <a href="/meetings">Meetings</a></div>
<div class="record">
 <div class="contribution"><div class="who">Chair Hilde Varga</div>
  <div class="said"><p>Item four is the depot on Mill Lane. I call the officer, and then the ward members.</p></div></div>
 <div class="contribution"><div class="who">Councillor Oskar Brandt (Mill Ward)</div>
  <div class="said"><p>Thank you, Chair. The depot would bring forty lorries a day past the primary school, and
  the applicant has offered no crossing and no limit on the hours.</p><p>I ask the committee to refuse it.</p></div></div>
 <div class="contribution"><div class="who">The Chair</div><div class="said"><p>Noted.</p></div></div>
 <div class="contribution"><div class="who">Councillor Ines Okoro (Cabinet Member for Planning)</div>
  <div class="said"><p>The officers have asked for a crossing as a condition, and the hours can be limited as well,
  which I would support, since the site has been empty for eleven years.</p></div></div>
 <div class="contribution"><div class="who">The Chair</div>
  <div class="said"><p>Then we will vote on the recommendation with both conditions added to it.</p></div></div>
</div>
<div class="footer"><p>Contact the council</p></div></body></html>"""


def test_turns_in_elements_of_their_own_are_the_text_names_and_short_turns_included(tmp_path):
    doc = read("committee.html", SPEECH_DIVS, tmp_path)
    assert doc.metadata["extraction"] == "extractor"
    paragraphs = doc.text.split("\n\n")
    assert "Chair Hilde Varga" in paragraphs and "Noted." in paragraphs and "Contact the council" not in paragraphs
    assert turns(doc) == [
        ("speech", "Hilde Varga", "Item four is the depot on Mill"),
        ("speech", "Oskar Brandt", "Thank you, Chair. The depot wo"),
        ("speech", "Hilde Varga", "Noted."),
        ("speech", "Ines Okoro", "The officers have asked for a "),
        ("speech", "Hilde Varga", "Then we will vote on the recom")]


def test_one_long_block_beside_short_items_is_still_the_article(tmp_path):
    """An article in one block and a column of teasers beside it: no list of turns, the article alone."""
    teasers = "".join(f'<div class="teaser"><p>Teaser {i}: the council reports on its budget for the year.</p></div>'
                      for i in range(3))
    article = "".join(f"<p>Paragraph {i} of the story, which goes on, with commas, at some length about the budget "
                      f"and the roads, and what the mayor said about them.</p>" for i in range(8))
    raw = (f"<!DOCTYPE html><html><head><title>Budget</title></head><body><div class='wrap'>"
           f"<div class='story'>{article}</div>{teasers}</div></body></html>")
    doc = read("budget.html", raw, tmp_path)
    assert "Teaser" not in doc.text and "Paragraph 7 of the story" in doc.text


# -- a table of name cells and text cells ---------------------------------------------------------
TABLE_ROWS = """<!DOCTYPE html><html><head><title>Legislative Council - Debates</title></head><body>
<div id="nav"><a href="/">Home</a></div><div id="content"><table class="debate">
<tr><td>THE DEPUTY PRESIDENT</td><td>I call the Honourable Mara Quist.</td></tr>
<tr><td>HON. MARA QUIST</td><td>Thank you. The ferry to the islands has run late on nine days in ten since May, and
the contract has no penalty for it at all.</td></tr>
<tr><td></td><td>I will move that the contract be tabled in full.</td></tr>
<tr><td colspan="2">Opposition members interjecting.</td></tr>
<tr><td>HON. MARA QUIST</td><td>The minister may laugh, but the islanders do not.</td></tr>
<tr><td>HON. PIETER VOSS</td><td>The contract is commercial in confidence, and the member knows it very well.</td></tr>
</table><table class="facts"><tr><td>Sitting:</td><td>Tuesday</td></tr></table></div></body></html>"""


def test_a_table_of_name_and_text_cells_gives_a_turn_a_row(tmp_path):
    doc = read("council.html", TABLE_ROWS, tmp_path)
    paragraphs = doc.text.split("\n\n")
    assert "HON. MARA QUIST" in paragraphs and "I will move that the contract be tabled in full." in paragraphs
    assert "Sitting: Tuesday" not in doc.text  # a table of facts beside the debate is not part of it
    found = turns(doc)
    assert found == [
        ("speech", None, "I call the Honourable Mara Qui"),
        ("speech", "Mara Quist", "Thank you. The ferry to the is"),
        ("speech", "Mara Quist", "The minister may laugh, but th"),
        ("speech", "Pieter Voss", "The contract is commercial in ")]
    second = [s for s in etl_segment(doc)][1]
    assert doc.text[second.char_start:second.char_end].endswith("tabled in full.")  # the note is no one's words


# -- a record's headings: a member with a seat and a party, a minister with the name in brackets -----
HANSARD = page("""<h4>Mr Tomasz Wren (Lowfield) (Ind)</h4><p>What assessment has the Minister made of waiting times
for hip operations in the north?</p>
<h4>The Minister for Health (Dr Alma Ruiz)</h4><p>Waiting times have fallen by a fifth this year, and the new
theatre at Lowfield opens in June.</p>
<h4>Mr Tomasz Wren</h4><p>My constituents wait fourteen months. When will that change?</p>
<h4>Mr Speaker</h4><p>Order. Questions must be brief.</p>
<h4>Dr Alma Ruiz</h4><p>By the end of the year, when the theatre has run for six months.</p>""", "Hip operations")


def test_headings_naming_a_member_with_a_seat_or_a_minister_with_the_name_in_brackets(tmp_path):
    assert turns(read("hansard.html", HANSARD, tmp_path)) == [
        ("speech", "Tomasz Wren", "What assessment has the Minist"),
        ("speech", "Alma Ruiz", "Waiting times have fallen by a"),
        ("speech", "Tomasz Wren", "My constituents wait fourteen "),
        ("speech", "Alma Ruiz", "By the end of the year, when t")]


# -- questions set as headings ---------------------------------------------------------------------
HEADING_QUESTIONS = page("""<p class="byline">Interview by Petra Lind</p>
<p>Sami Haapala has run the night ferry for thirty years. We spoke to him before his last crossing.</p>
<h3>What will you miss?</h3><p>The quiet at three in the morning, when the engines are the only sound.</p>
<h3>Was it ever dangerous?</h3><p>Twice. Both times in January, both times the ice.</p>
<h3>What comes next?</h3><p>My garden, and a lot of sleep.</p>""", "The last crossing")


def test_questions_set_as_headings_are_an_interviews(tmp_path):
    doc = read("ferry.html", HEADING_QUESTIONS, tmp_path)
    assert doc.metadata["questions"] == ["What will you miss?", "Was it ever dangerous?", "What comes next?"]
    assert turns(doc)[-6:] == [
        ("question", "Petra Lind", "What will you miss?"), ("answer", "Sami Haapala", "The quiet at three in the morn"),
        ("question", "Petra Lind", "Was it ever dangerous?"), ("answer", "Sami Haapala", "Twice. Both times in January, "),
        ("question", "Petra Lind", "What comes next?"), ("answer", "Sami Haapala", "My garden, and a lot of sleep.")]


def test_question_headings_of_an_explainer_are_no_interview(tmp_path):
    explainer = HEADING_QUESTIONS.replace("We spoke to him before his last crossing.", "The route closes in May.") \
        .replace('<p class="byline">Interview by Petra Lind</p>', "")
    assert not any(kind in ("question", "answer") for kind, _, _ in turns(read("ferry.html", explainer, tmp_path)))


# -- Markdown briefings: block-quoted and listed questions, clock lines -----------------------------
BRIEFING = """---
title: Water board briefing
participants:
  - name: Lena Osei
    role: Spokesperson
---
*10:02 a.m.*

### MS. OSEI

Good morning. The reservoir stands at forty per cent, and the hosepipe ban stays.

> **Q:** Lena, how long will the ban last?

### MS. OSEI

Until the reservoir is back above sixty per cent.

- **Q:** And the leaks?
- **Q:** Are the repairs on time?

### MS. OSEI

Two crews work on them every night. Thank you.

*END 10:20 a.m.*
"""


def test_block_quoted_and_listed_questions_are_turns_and_clock_lines_no_ones_words(tmp_path):
    doc = read("briefing.md", BRIEFING, tmp_path)
    assert "\nQ: Lena, how long" in doc.text and "\nQ: And the leaks?\nQ: Are the" in doc.text
    assert turns(doc) == [
        ("speech", "Lena Osei", "Good morning. The reservoir st"), ("question", None, "Lena, how long will the ban la"),
        ("speech", "Lena Osei", "Until the reservoir is back ab"), ("question", None, "And the leaks?"),
        ("question", None, "Are the repairs on time?"), ("speech", "Lena Osei", "Two crews work on them every n")]
    last = etl_segment(doc)[-1]
    assert doc.text[last.char_start:last.char_end] == "Two crews work on them every night. Thank you."


def test_a_list_item_without_a_label_keeps_its_marker():
    assert strip_markdown("- **Budget** up by a tenth\n- **Q:** Why?\n> quoted") == "- Budget up by a tenth\nQ: Why?\nquoted"


# -- the people a page lists by role ---------------------------------------------------------------
LISTED_ROLES = """Budget hearing, day two

Broadcast 9 May. Presenter: Ruth Adeyemi.

Chair of the Panel: Sir Colin Marsh

PRESENTER: Good evening. The panel hears the finance minister today.

THE CHAIR: We begin at once. Minister, your statement.
"""


def test_a_role_a_colon_and_a_name_ending_the_line_name_the_role_labels():
    doc = Document("hearing.txt", LISTED_ROLES)
    statements = etl_segment(doc)
    assert [r.name for r in resolve(doc, statements)] == ["Ruth Adeyemi", "Colin Marsh"]


def test_a_label_in_capitals_calling_on_someone_gives_them_no_role():
    text = ("Debate transcript\n\nMODERATOR (LENA HOLM): Welcome. First question.\n\n"
            "MODERATOR: Ana Ruiz.\n\nRUIZ: Thank you. Housing first, always.\n\nMODERATOR: Thank you.\n")
    doc = Document("debate.txt", text)
    statements = etl_segment(doc)
    assert [r.name if r else None for r in resolve(doc, statements)] == ["Lena Holm", "Lena Holm", "Ana Ruiz", "Lena Holm"]
    roles = {p.name: p.roles for p in Registry.build(text).order}
    assert roles["Ana Ruiz"] == []


# -- names ------------------------------------------------------------------------------------------
def test_letters_after_a_name_and_a_month_that_is_a_given_name_after_a_title():
    assert parse_mention("Rebecca Hale KC").name == "Rebecca Hale"
    assert parse_mention("Hannah Ashdown MP").name == "Hannah Ashdown"
    assert parse_mention("SENATOR JUNE OBASI").name == "June Obasi"
    assert parse_mention("Attorney General Luis Espinoza").name == "Luis Espinoza"
    assert parse_mention("In June Obasi").kind == "surname"  # a month in a sentence stays a month


def test_a_title_ending_in_two_capitalised_words_names_no_one():
    doc = Document("bill.txt", "Water Bill 2026 - Second Reading\n\nSENATOR ANA LIND: I move the bill.\n\n"
                               "SENATOR BO HART: We oppose it.\n\nSENATOR ANA LIND: Then we vote.\n")
    statements = etl_segment(doc)
    assert [s.kind for s in statements] == ["speech", "speech", "speech"]


# -- a page that is one person's speech --------------------------------------------------------------
def speech_page(body: str, title: str = "Minister's speech at the Harbour Forum") -> str:
    return f"""<!DOCTYPE html><html><head><title>{title} - GOV.EX</title></head><body>
<nav><a href="/">Home</a></nav><main><span class="caption">Speech</span><h1>{title}</h1>
<dl class="metadata"><dt>From:</dt><dd><a href="/government/people/omar-vale">Omar Vale MP</a></dd>
<dt>Published</dt><dd>3 May 2026</dd></dl>
<div class="body">{body}</div></main><footer><p>Crown copyright</p></footer></body></html>"""


SPEECH = """<p>Thank you for having me. I want to talk about the harbour, and about the people who work in it.</p>
<h2>Jobs</h2>
<p>We will keep the dry dock open. I have signed the order this morning, and the money is in our budget.</p>
<p>Our apprentices will start in September, two hundred of them, and I will meet the first of them myself.</p>"""


def test_a_speech_page_without_labels_is_the_linked_persons_cut_at_its_headings(tmp_path):
    doc = read("speech.html", speech_page(SPEECH), tmp_path)
    assert doc.metadata["speech"] == {
        "speaker": "Omar Vale MP", "opens": "Thank you for having me. I want to talk about the harbour, and about "
                                            "the people who work in it.",
        "closes": "Our apprentices will start in September, two hundred of them, and I will meet the first of "
                  "them myself."}
    assert turns(doc) == [("speech", "Omar Vale", "Thank you for having me. I wan"),
                          ("speech", "Omar Vale", "We will keep the dry dock open")]
    last = etl_segment(doc)[-1]
    assert doc.text[last.char_start:last.char_end].endswith("I will meet the first of them myself.")


def test_a_news_story_about_a_speech_is_not_the_speakers(tmp_path):
    story = """<p>The minister promised on Tuesday to keep the dry dock open, and said the money was found.</p>
<p>Unions welcomed the news but told reporters they wanted the promise in writing.</p>
<p>"We have heard this before," said Ana Reis, who chairs the dockers' branch.</p>"""
    doc = read("story.html", speech_page(story, "Minister's speech wins over the docks"), tmp_path)
    assert "speech" not in doc.metadata
    assert not any(who == "Omar Vale" for _, who, _ in turns(doc))


def test_a_labelled_transcript_on_a_speech_page_keeps_its_labels(tmp_path):
    body = ("<p>MR VALE: We will keep the dry dock open, and I have signed the order.</p>"
            "<p>MS REIS: We welcome it, and we want it in writing.</p>"
            "<p>MR VALE: You will have it in writing this week, I promise you that.</p>")
    found = turns(read("remarks.html", speech_page(body, "Remarks at the docks"), tmp_path))
    assert [who for _, who, _ in found] == ["Omar Vale", None, "Omar Vale"]


# -- names set apart at the head of paragraphs, without a colon -------------------------------------
LEAD_NAMES = page("""<p>Radio host Tomas Berg spoke with Mayor Ines Duarte about the tram line.</p>
<p><span class="name">Tomas Berg</span> Mayor, the tram line is two years late. Why?</p>
<p><span class="name">Ines Duarte</span> Because the pipes under the road were not where the maps said.</p>
<p><span class="name">Tomas Berg</span> When will it open?</p>
<p><span class="name">Ines Duarte</span> In March, and the first month will be free.</p>""", "The tram line")


def test_names_set_apart_at_the_head_of_paragraphs_are_labels(tmp_path):
    doc = read("tram.html", LEAD_NAMES, tmp_path)
    assert "\n\nTomas Berg\n\nMayor, the tram line" in doc.text
    assert turns(doc) == [
        ("speech", "Tomas Berg", "Mayor, the tram line is two ye"), ("speech", "Ines Duarte", "Because the pipes under the ro"),
        ("speech", "Tomas Berg", "When will it open?"), ("speech", "Ines Duarte", "In March, and the first month ")]


def test_bold_names_that_open_sentences_stay_in_them(tmp_path):
    news = page("".join(f"<p><b>{who}</b> {verb} the plan on {day}, and more was said after.</p>" for who, verb, day in
                        [("Ines Duarte", "backed", "Monday"), ("Tomas Berg", "opposed", "Tuesday"),
                         ("Ines Duarte", "defended", "Friday")]), "The tram plan")
    doc = read("news.html", news, tmp_path)
    assert "Ines Duarte backed the plan on Monday" in doc.text and "\n\nInes Duarte\n\n" not in doc.text


# -- a question label with the asker and outlet in square brackets ---------------------------------
def test_a_question_label_with_the_asker_in_square_brackets():
    text = ("Weekly media briefing\n\n"
            "Official Spokesperson, Shri Arvind Mehra: Good afternoon. Two flights left today.\n\n"
            "Question [Sidhant, Metro TV]: Sir, how many are still waiting?\n\n"
            "Official Spokesperson, Shri Arvind Mehra: About four hundred.\n\n"
            "Question [Rhea Kapoor, Hindustan News]: When does the next flight leave?\n\n"
            "Official Spokesperson, Shri Arvind Mehra: Tomorrow morning.\n")
    doc = Document("briefing.txt", text)
    statements = etl_segment(doc)
    assert [(s.kind, r.name if r else None) for s, r in zip(statements, resolve(doc, statements))] == [
        ("speech", "Arvind Mehra"), ("question", None), ("speech", "Arvind Mehra"),
        ("question", "Rhea Kapoor"), ("speech", "Arvind Mehra")]


def test_questions_set_as_block_quotes_are_an_interviews(tmp_path):
    quoted = HEADING_QUESTIONS.replace("<h3>", "<blockquote><p>").replace("</h3>", "</p></blockquote>")
    doc = read("ferry.html", quoted, tmp_path)
    assert doc.metadata["questions"] == ["What will you miss?", "Was it ever dangerous?", "What comes next?"]
    assert [(kind, who) for kind, who, _ in turns(doc)][-4:] == [
        ("question", "Petra Lind"), ("answer", "Sami Haapala"), ("question", "Petra Lind"), ("answer", "Sami Haapala")]


def test_one_pull_quote_that_asks_is_no_interview(tmp_path):
    story = page("""<p>We spoke to the ferry's captain, Sami Haapala, before the last crossing of the night.</p>
<blockquote><p>Who will run the night ferry now?</p></blockquote>
<p>The operator has not said. The route closes in May unless a buyer is found for the boat.</p>""", "Last crossing")
    doc = read("story.html", story, tmp_path)
    assert "questions" not in doc.metadata


def test_a_speech_page_that_names_its_speaker_only_in_the_title(tmp_path):
    raw = """<!DOCTYPE html><html><head><title>English rendering of Prime Minister Shri Arun Dev's address at
the Port Summit</title></head><body><nav><a href="/">Home</a></nav><div class="release">
<h2>English rendering of Prime Minister Shri Arun Dev's address at the Port Summit</h2>
<p>Posted On: 12 MAR 2026 4:10PM by Press Bureau</p>
<p>My colleagues in the Cabinet, friends from the shipping industry, ladies and gentlemen!</p>
<p>I am delighted to be among you. Our ports handled more cargo last year than ever, and we will double them.</p>
<p>We have cut the time a ship waits at berth from four days to one. I want us to cut it to half a day.</p>
</div><footer>Press Bureau</footer></body></html>"""
    doc = read("address.html", raw, tmp_path)
    assert doc.metadata["speech"]["speaker"] == "Prime Minister Shri Arun Dev"
    assert turns(doc) == [("speech", "Arun Dev", "My colleagues in the Cabinet, ")]


def test_a_news_story_whose_title_names_a_speech_is_not_the_speakers(tmp_path):
    raw = page("""<p>Farmers walked out as the minister spoke in the capital on Tuesday.</p>
<p>Her plan would cut the water allowance by a third over five years.</p>
<p>Union leaders told reporters the plan would ruin small farms in the valley.</p>""", "Minister Jane Roe's speech angers farmers")
    doc = read("news.html", raw, tmp_path)
    assert "speech" not in doc.metadata


# -- an interview lettering its turns `Q.` and `A.` ---------------------------------------------------
def test_q_and_a_lines_of_an_interview_give_the_answers_to_the_interviewee(tmp_path):
    raw = page("""<p>Admiral Sofie Lind took command of the coast guard this month. She spoke to us about patrols.</p>
<p><b>Q.</b> How many ships do you have at sea on a normal day?</p>
<p><b>A.</b> Eleven, out of twenty-six. The rest are in port or in the yard.</p>
<p><b>Q.</b> Is that enough?</p>
<p><b>A.</b> No. I would like fifteen at sea, and for that I need more crews.</p>""", "The new chief of the coast guard")
    doc = read("qa.html", raw.replace("<title>", '<meta name="author" content="Nils Aaberg"><title>'), tmp_path)
    assert turns(doc) == [
        ("question", "Nils Aaberg", "How many ships do you have at "), ("answer", "Sofie Lind", "Eleven, out of twenty-six. The"),
        ("question", "Nils Aaberg", "Is that enough?"), ("answer", "Sofie Lind", "No. I would like fifteen at se")]


def test_q_lines_without_a_lines_are_a_briefings_not_an_interviews():
    briefing = ("Press briefing\n\nMS. VANCE: Good afternoon. The bill passed last night.\n\n"
                "Q.  Will the President sign it this week?\n\nMS. VANCE: On Friday, at the White House.\n")
    lines = split_lines(briefing)
    assert lettered_turns(lines, set()) == set()
    interview = briefing.replace("MS. VANCE: On Friday", "A.  On Friday")
    assert lettered_turns(split_lines(interview), set()) == {2, 3}


# -- a heading that names the speaker of the paragraphs below it -------------------------------------
def test_a_remarks_heading_names_the_speaker_of_the_paragraphs_below(tmp_path):
    doc = read("update.md", "---\ntitle: Weekly update\n---\n\n## Remarks by Mayor Celia Ortiz at the Flood Briefing\n\n"
                            "Good morning. The river is falling, and the bridge reopens at noon.\n\n"
                            "We thank the volunteers, who filled sandbags all night.\n\n## Questions\n\n"
                            "**Reporter (Channel 4):** When will the schools reopen?\n\n"
                            "**Mayor Ortiz:** Monday, all of them.\n", tmp_path)
    found = turns(doc)
    assert found == [("speech", "Celia Ortiz", "Good morning. The river is fal"), ("speech", None, "When will the schools reopen?"),
                     ("speech", "Celia Ortiz", "Monday, all of them.")]
    first = etl_segment(doc)[0]
    assert doc.text[first.char_start:first.char_end].endswith("filled sandbags all night.")


def test_a_remarks_heading_naming_no_one_opens_no_turn():
    text = "City news\n\nStatement by the council\n\nThe council met on Monday and agreed the budget.\n"
    assert [s.speaker for s in etl_segment(Document("news.txt", text))] == []


def test_names_in_a_span_beside_the_words_in_list_items_are_labels(tmp_path):
    items = "".join(f'<li><span class="speaker">{who}</span><span class="text">{said}</span></li>' for who, said in [
        ("Ruth Okafor-Lane", "Welcome, everyone. Please keep questions short."),
        ("Piet Brandt", "The bypass will open in October, three months late."),
        ("Ruth Okafor-Lane", "And the cost?"), ("Piet Brandt", "Four million more than planned.")])
    doc = read("townhall.html", page(f"<ul class='transcript'>{items}</ul>", "Town hall on the bypass"), tmp_path)
    assert "Ruth Okafor-LaneWelcome" not in doc.text
    assert [(who, said) for _, who, said in turns(doc)] == [
        ("Ruth Okafor-Lane", "Welcome, everyone. Please keep"), ("Piet Brandt", "The bypass will open in Octobe"),
        ("Ruth Okafor-Lane", "And the cost?"), ("Piet Brandt", "Four million more than planned")]


# -- third round: forms met on pages not tuned for -------------------------------------------------
def test_a_name_and_the_time_into_the_recording_on_a_line_of_its_own_is_a_label(tmp_path):
    """`Tariq Bell 00:02:10` above each paragraph, as podcast and video transcripts print speakers."""
    said = [("Mira Solberg", "00:00:02", "Hello and welcome to Night Shift. My guest is the baker Tariq Bell."),
            ("Tariq Bell", "00:00:09", "Thanks for having me. I start work at two in the morning."),
            ("Mira Solberg", "00:00:15", "Why so early?"),
            ("Tariq Bell", "(00:00:17)", "Bread needs six hours before the shop opens at eight.")]
    body = "".join(f'<div class="seg"><p class="who">{who} <span>{ts}</span></p><p>{text}</p></div>'
                   for who, ts, text in said)
    doc = read("night-shift.html", page(body, "Night Shift, episode 40"), tmp_path)
    assert [(who, text) for _, who, text in turns(doc)] == [
        ("Mira Solberg", "Hello and welcome to Night Shi"), ("Tariq Bell", "Thanks for having me. I start "),
        ("Mira Solberg", "Why so early?"), ("Tariq Bell", "Bread needs six hours before t")]


def test_a_name_and_a_time_once_is_no_label(tmp_path):
    """A caption line `Harbour Road 10:45` once: names alone on a line are labels only where they recur."""
    body = ("<p>Harbour Road 10:45</p><p>The queue for the ferry reached the roundabout by mid-morning, and "
            "drivers waited for two hours in the heat while the port handled the backlog.</p>")
    doc = read("queue.html", page(body, "Ferry queues"), tmp_path)
    assert [who for _, who, _ in turns(doc)] == [None] * len(turns(doc))


def test_a_quotation_in_a_block_quote_after_said_ends_with_the_block(tmp_path):
    """`Name said:` and the words in a `<blockquote>`: the paragraphs after the block are reporting."""
    body = ("<p>The harbour board voted on Tuesday to close the old fish market. Its chair, Ingrid Holm, said:</p>"
            "<blockquote><p>We kept the market open for as long as we could.</p>"
            "<p>The roof is failing, and the traders deserve a building that works.</p></blockquote>"
            "<p>Traders have been offered stalls in a new hall on the quay, which opens in the spring.</p>"
            "<p>The building is more than a century old and was listed in 1998.</p>")
    doc = read("market.html", page(body, "Old fish market to close"), tmp_path)
    assert doc.metadata["quote_ends"] == ["The roof is failing, and the traders deserve a building that works."]
    statements = etl_segment(doc)
    said = [doc.text[s.char_start:s.char_end] for s in statements if s.rule == "transcript.said"]
    assert said == ["We kept the market open for as long as we could.\n\n"
                    "The roof is failing, and the traders deserve a building that works."]
    assert [r.name for r in resolve(doc, [s for s in statements if s.rule == "transcript.said"])] == ["Ingrid Holm"]


AGENCY_ASKS = """Press conference of the Ministry of Trade

MS. ARVIDSSON: Good morning. The minister travels to Oslo on Monday for the fisheries talks.

Q: Will the quota for cod be on the agenda?

MS. ARVIDSSON: It will be the first item. We expect an agreement by the end of the month.

NHK: Will the minister meet her Japanese counterpart there? Reports say a meeting is planned.

MS. ARVIDSSON: No meeting is planned at this stage.

NATO: the alliance was not mentioned in the statement of the ministry, and the minister did not speak of it.
"""


def test_an_agencys_letters_before_a_question_are_an_unnamed_askers_turn():
    """`NHK: Will ...?` in a record labelled in capitals: a question nobody is named for, not the
    spokeswoman's answer going on; letters before words that do not ask open no question."""
    doc = Document("trade.txt", AGENCY_ASKS)
    statements = etl_segment(doc)
    refs = resolve(doc, statements)
    assert [(s.kind, r.name if r is not None else None, doc.text[s.char_start:s.char_end][:24])
            for s, r in zip(statements, refs)] == [
        ("speech", "Arvidsson", "Good morning. The minist"), ("question", None, "Will the quota for cod b"),
        ("speech", "Arvidsson", "It will be the first ite"), ("question", None, "Will the minister meet h"),
        ("speech", "Arvidsson", "No meeting is planned at")]
    assert "NATO: the alliance" in doc.text[statements[-1].char_start:statements[-1].char_end]


def test_a_note_that_a_machine_made_the_transcript_ends_the_last_turn(tmp_path):
    said = [("Ola Brandvik", "Welcome to the Dock Road podcast. Today, the new ferry timetable."),
            ("Jonas Weir", "Thanks. The first boat now leaves at six, an hour earlier than before."),
            ("Ola Brandvik", "And the last one?"), ("Jonas Weir", "Still at eleven, every night of the week.")]
    body = "".join(f"<p>{who}</p><p>{text}</p>" for who, text in said) + \
        "<p>Transcript generated automatically by our captioning service.</p>"
    doc = read("dock-road.html", page(body, "Dock Road, episode 3"), tmp_path)
    last = etl_segment(doc)[-1]
    assert doc.text[last.char_start:last.char_end] == "Still at eleven, every night of the week."
