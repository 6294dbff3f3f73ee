"""Briefings and press conferences: `MS. ROE:`-style labels, `THE PRESIDENT:`, reporters' `Q` turns,
role labels of nobody in particular, stage notes and end-of-transcript marks."""
from __future__ import annotations

import pytest

from test_segmenter import run, texts

from etl_plugins.readers.text import etl_read

NBSP = "\u00a0"

PRESS_BRIEFING = f"""Press Briefing by Press Secretary Lena Varga and Energy Secretary Tobias Whitcombe

James S. Brady Press Briefing Room

12:58 P.M. EDT

MS. VARGA:{NBSP} Good afternoon.  I'm joined today by Secretary Tobias Whitcombe, who will talk about the grid.

This morning the President signed a bill that pays for new transmission lines in twelve states.

SECRETARY WHITCOMBE:  Thanks, Lena.  The lines carry power from the plains to the cities.  (Laughter.)  Really.

(Laughter.)

SECRETARY WHITCOMBE:  They will be built by 2031.

Q    Yes, Odette Marlowe from the Prairie Record.  Who pays for the lines?

SECRETARY WHITCOMBE:  The bill does, and the utilities pay the rest.  (Laughter.)

Q    Mr. Secretary, how many jobs?

SECRETARY WHITCOMBE:  About forty thousand.

STAFF:  Last question.

QUESTION:  Lena, on the strike --

MS. VARGA:  I'll come back to that tomorrow.

END{NBSP}{NBSP}{NBSP}1:31 P.M. EDT
"""


def test_title_and_surname_labels_take_the_full_name_from_the_title_and_the_text():
    found = texts(PRESS_BRIEFING)
    assert [who for _, who, _, _ in found] == [
        "Lena Varga", "Tobias Whitcombe", "Tobias Whitcombe", "Odette Marlowe", "Tobias Whitcombe", None,
        "Tobias Whitcombe", None, None, "Lena Varga"]
    # a paragraph in the third person goes on with the press secretary's turn
    assert found[0][2].endswith("pays for new transmission lines in twelve states.")


def test_reporters_turns_are_statements_of_nobody_unless_they_give_their_name():
    found = texts(PRESS_BRIEFING)
    questions = [(who, t, rule) for k, who, t, rule in found if k == "question" or who is None]
    assert questions[0] == ("Odette Marlowe", "Yes, Odette Marlowe from the Prairie Record.  Who pays for the lines?",
                            "transcript.asker_named")
    assert [(who, t) for who, t, _ in questions[1:]] == [
        (None, "Mr. Secretary, how many jobs?"), (None, "Last question."), (None, "Lena, on the strike --")]


def test_stage_notes_alone_and_the_end_mark_are_not_speech_and_notes_inside_a_turn_stay():
    found = texts(PRESS_BRIEFING)
    spoken = [t for _, _, t, _ in found]
    # inside a turn the note stays; closing a turn it does not; alone it is nobody's
    assert spoken[1] == "Thanks, Lena.  The lines carry power from the plains to the cities.  (Laughter.)  Really."
    assert spoken[4] == "The bill does, and the utilities pay the rest."
    assert not any(t.startswith("(") or "END" in t or "1:31" in t for t in spoken)
    assert spoken[-1] == "I'll come back to that tomorrow."


JOINT_PRESS_CONFERENCE = """Remarks by President Adaeze Nwosu and Prime Minister Henrik Dahlberg of Norway in Joint Press Conference

East Room

THE PRESIDENT:  Good afternoon.  Henrik, welcome back.

THE PRIME MINISTER:  (As interpreted.)  Thank you, Madam President.

Q.  Madam President, a question on fisheries.

THE PRESIDENT:  We agreed to share the data.

Q:  Prime Minister, Jonas Feldt, Nordic Wire.  Will Norway join the fund?

THE PRIME MINISTER:  Yes, next year.

(Applause.)

END 2:02 P.M. EST
"""


def test_the_president_and_the_prime_minister_resolve_to_those_the_title_names_in_that_role():
    found = texts(JOINT_PRESS_CONFERENCE)
    assert [(who, t) for _, who, t, _ in found] == [
        ("Adaeze Nwosu", "Good afternoon.  Henrik, welcome back."),
        ("Henrik Dahlberg", "Thank you, Madam President."),
        (None, "Madam President, a question on fisheries."),
        ("Adaeze Nwosu", "We agreed to share the data."),
        ("Jonas Feldt", "Prime Minister, Jonas Feldt, Nordic Wire.  Will Norway join the fund?"),
        ("Henrik Dahlberg", "Yes, next year.")]


@pytest.mark.parametrize("title, label, name", [
    ("General", "GENERAL", "Amos Teller"), ("Ambassador", "AMBASSADOR", "Amos Teller"),
    ("Senator", "SENATOR", "Amos Teller"), ("Governor", "GOVERNOR", "Amos Teller"),
    ("Admiral", "ADMIRAL", "Amos Teller"), ("Administrator", "ADMINISTRATOR", "Amos Teller"),
    ("Director", "DIRECTOR", "Amos Teller"), ("Dr.", "DR.", "Amos Teller"), ("Secretary", "SECRETARY", "Amos Teller"),
])
def test_every_title_before_a_surname_is_a_label(title, label, name):
    doc = (f"{title} {name} Holds a Press Conference on the Harbour\n\n"
           f"{label} TELLER:  Good morning.  The harbour reopens on Monday.\n\n"
           f"REPORTER:  {title.rstrip('.')}, what about the ferries?\n\n"
           f"{label} TELLER:  They run from Tuesday.\n")
    found = texts(doc)
    assert [(who, t) for _, who, t, _ in found] == [
        (name, "Good morning.  The harbour reopens on Monday."),
        (None, f"{title.rstrip('.')}, what about the ferries?"),
        (name, "They run from Tuesday.")]


def test_role_labels_of_nobody_end_the_turn_before_them():
    doc = ("Background Press Call on the Summit\n\n"
           "MODERATOR:  Thanks for joining.  This call is on background.\n\n"
           "SENIOR ADMINISTRATION OFFICIAL:  The leaders meet on Friday.\n\n"
           "OPERATOR:  To ask a question, press star one.\n\n"
           "AIDE:  We have time for one more.\n\n"
           "Q    Hi, Marta Quell with the Coastal Times.  Where do they meet?\n\n"
           "SENIOR ADMINISTRATION OFFICIAL:  In Lisbon.\n")
    found = texts(doc)
    assert [(who, t) for _, who, t, _ in found] == [
        (None, "Thanks for joining.  This call is on background."),
        (None, "The leaders meet on Friday."),
        (None, "To ask a question, press star one."),
        (None, "We have time for one more."),
        ("Marta Quell", "Hi, Marta Quell with the Coastal Times.  Where do they meet?"),
        (None, "In Lisbon.")]


def test_an_address_is_never_taken_for_the_reporter():
    doc = ("Senators Hold Press Conference on Rail Safety\n\n"
           "SENATOR ABARA:  I'm Senator Chidi Abara.  Thank you for coming.\n\n"
           "Q:  Senator Abara, Karen, do you have the votes?\n\n"
           "REPORTER:  Mr. Secretary, Thomas Reid said yesterday the bill is dead.  Is it?\n\n"
           "SENATOR ABARA:  No.\n")
    found = texts(doc)
    assert [who for _, who, _, _ in found] == ["Chidi Abara", None, None, "Chidi Abara"]


def test_flattened_bold_labels_of_a_markdown_briefing(tmp_path):
    """A Markdown briefing once the reader has stripped the emphasis of `**MS. ROE:**`."""
    path = tmp_path / "briefing.md"
    path.write_text("# Press Briefing by Press Secretary Nadia Ferrante\n\n"
                    "MS. FERRANTE: Good afternoon, everybody.\n\n"
                    "Q Thanks, Nadia. Is the President travelling?\n\n"
                    "MS. FERRANTE: Not this week.\n", encoding="utf-8")
    doc = etl_read(str(path), path.read_bytes())[0]
    assert [(who, t) for _, who, t, _ in run(doc)] == [
        ("Nadia Ferrante", "Good afternoon, everybody."), (None, "Thanks, Nadia. Is the President travelling?"),
        ("Nadia Ferrante", "Not this week.")]


NO_FRONT_MATTER = """MS. HALVORSEN:  Good afternoon.  One thing at the top, then I'll hand over.  Over to you, Tariq.

MR. QUAYLE:  Thanks, Ingrid.  The talks resume in Geneva on Monday.

Q    Thanks, Tariq.  Who leads the delegation?

MR. QUAYLE:  The deputy secretary.

Q    Ingrid, on the strike?

MS. HALVORSEN:  Nothing new today.

Q    Thanks, Ingrid.  And on the weather?

MS. HALVORSEN:  FEMA is on the ground.

Q    Thank you.  One more?

MS. PARDO:  I'll take that one.
"""


def test_a_surname_label_takes_the_first_name_the_turns_around_it_agree_on():
    """The front matter cut off: the full names are nowhere, but the speakers call each other by first name."""
    found = texts(NO_FRONT_MATTER)
    assert [who for _, who, _, _ in found] == [
        "Ingrid Halvorsen", "Tariq Quayle", None, "Tariq Quayle", None, "Ingrid Halvorsen", None, "Ingrid Halvorsen",
        None, None]  # nobody calls MS. PARDO by name: she stays unresolved


def test_a_first_name_of_the_wrong_gender_or_said_once_is_not_taken():
    once = "MS. HALVORSEN:  Good afternoon.\n\nQ    Thanks, Ingrid.  A question?\n\nMS. HALVORSEN:  Yes.\n"
    assert [who for _, who, _, _ in texts(once)] == [None, None, None]
    wrong = NO_FRONT_MATTER.replace("Ingrid", "Robert")
    assert [who for _, who, _, _ in texts(wrong)][0] is None


def test_names_in_a_title_from_front_matter_that_the_text_does_not_hold():
    """A reader that takes the title from YAML front matter leaves it out of the text: it still names people."""
    from etl.model import Document

    doc = Document("briefing.md", "MS. ABARA:  Good afternoon.\n\nQ    Thanks.  Is the President travelling?\n\n"
                                  "THE PRESIDENT:  Not this week.\n\nMS. ABARA:  That's all.\n",
                   title="Press Briefing by Press Secretary Ngozi Abara and President Tomas Lindgren")
    assert [(who, t) for _, who, t, _ in run(doc)] == [
        ("Ngozi Abara", "Good afternoon."), (None, "Thanks.  Is the President travelling?"),
        ("Tomas Lindgren", "Not this week."), ("Ngozi Abara", "That's all.")]


def test_a_title_and_surname_in_capitals_ends_the_turn_before_it_even_once_and_unnamed():
    doc = ("Press Briefing by Press Secretary Corinne Saint-Aubin and NEC Director Leland McGrath\n\n"
           "MS. SAINT-AUBIN:  Hi, everyone.  I have Leland with me today.\n\n"
           "MR. MCGRATH:  Thanks, Corinne.  Inflation fell again.\n\n"
           "VICE PRESIDENT OKAFOR:  I just want to add one thing.\n\n"
           "AMBASSADOR THOMAS-GREER:  And me.\n")
    assert [(who, t) for _, who, t, _ in texts(doc)] == [
        ("Corinne Saint-Aubin", "Hi, everyone.  I have Leland with me today."),
        ("Leland McGrath", "Thanks, Corinne.  Inflation fell again."),
        (None, "I just want to add one thing."), (None, "And me.")]


@pytest.mark.parametrize("question, asker", [
    ("Hi, I'm Dana Okoye with the Coastal Times.  Where do they meet?", "Dana Okoye"),
    ("Thank you, Madam President.  Karen Lund, Baltic Wire.  Is it binding?", "Karen Lund"),
    ("Thanks.  Thomas Reid, the Senate leader, said the bill is dead.  Is it?", None),
    ("Thanks.  Thomas Reid from the Treasury told us it is dead.  Is it?", None),
    ("Senator Abara, Karen Lund asked you yesterday.  Why not?", None),
])
def test_a_reporter_names_herself_only_with_her_outlet_closing_the_sentence(question, asker):
    doc = ("Press Conference on the Budget\n\nSENATOR ABARA:  Good morning.\n\n"
           f"Q    {question}\n\nSENATOR ABARA:  Next week.\n")
    assert [who for _, who, _, _ in texts(doc)][1] == asker


def test_the_president_beside_a_president_labelled_by_name_is_the_other_one():
    doc = ("Remarks by President Helen Marsh and President Emmanuel Roux of France in Joint Press Conference\n\n"
           "THE PRESIDENT:  Good afternoon.  Emmanuel, welcome.\n\n"
           "PRESIDENT ROUX:  (As interpreted.)  Thank you, Helen.\n\n"
           "Q    Thank you.  For both presidents.\n\n"
           "PRESIDENT ROUX:  Yes.\n\n"
           "THE PRESIDENT:  No.\n")
    assert [who for _, who, _, _ in texts(doc)] == ["Helen Marsh", "Emmanuel Roux", None, "Emmanuel Roux",
                                                    "Helen Marsh"]
    # three presidents, one labelled by name: the role label is never that one
    three = doc.replace("Marsh and President Emmanuel Roux of France", "Marsh, President Emmanuel Roux of France "
                                                                       "and President Ana Sousa of Portugal")
    found = [who for _, who, _, _ in texts(three)]
    assert found[1:4] == ["Emmanuel Roux", None, "Emmanuel Roux"] and "Emmanuel Roux" not in (found[0], found[4])


def test_a_title_of_topic_and_subtitle_is_no_headline_quote():
    """`Lake Maria Cleanup: Volunteers Wanted` reads like `Name: claim` (`Maria Cleanup`), but nobody of
    that name is named again in the text; the same title form over a text that names its speaker is
    a claim."""
    body = """

MAYOR PIKE:  Good morning.  The lake is the cleanest it has been in ten years, and we want to keep it so.

Q    When do the crews start?

MAYOR PIKE:  On Saturday, at the north beach.  State health officer Nneka Okafor will join us there.
"""
    for title in ("Lake Maria Cleanup: Volunteers Wanted", "Tropical Storm Nadia Recovery: Evening Update"):
        assert [kind for kind, _, _, _ in texts(title + body)] == ["speech", "question", "speech"], title
    for title, who in (("Okafor: The lake is safe to swim in again", "Nneka Okafor"),
                       ("Nneka Okafor: The Lake Is Safe to Swim In Again", "Nneka Okafor")):
        assert texts(title + body)[0][:2] == ("headline", who), title
