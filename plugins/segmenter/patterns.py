"""The regular expressions every form shares: speech verbs, mentions, quote marks.

Compiled once at import; each is used in a linear pass over a document.
"""
from __future__ import annotations

import re

from etl_plugins.speakers.coreference import NAME_RUN


def by_first_letter(words: list[str]) -> str:
    """An alternation of ``words`` grouped by first letter (`s(?:aid|ays)|n(?:oted|otes)`): at each word
    the engine tests one letter per group, not one per word. The same matches as `said|says|noted|...`:
    words with different first letters never match at the same place, and within a group the order
    of the words is kept, so the engine tries the same words in the same order."""
    groups: dict[str, list[str]] = {}
    for w in words:
        assert w[:1].isalpha() and "(" not in w and "|" not in w, w  # a plain word or phrase
        groups.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


#: Verbs that introduce or close direct speech, past and present (`by_first_letter`, for speed).
SPEECH_VERB = by_first_letter((
    r"said|says|say|added|adds|noted|notes|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|"
    r"underlined|underscored|explained|explains|continued|continues|told|tells|asked|asks|wrote|writes|"
    r"declared|declares|announced|announces|insisted|insists|argued|argues|recalled|recalls|remarked|"
    r"observed|pointed\s+out|points\s+out|commented|comments|replied|replies|responded|responds|answered|"
    r"warned|warns|urged|urges|claimed|claims|admitted|admits|acknowledged|acknowledges|concluded|"
    r"suggested|suggests|exclaimed|joked|quipped|promised|vowed|assured|confirmed|confirms|reiterated|"
    r"highlighted|mentioned|shared|summed\s+up|went\s+on|recounted|conceded|predicted|cautioned|"
    r"complained|lamented|boasted|mused|retorted|countered|interjected|shouted|tweeted|posted|wrote|"
    r"specified|clarified|elaborated|proposed|called|believes|added\s+that|stressed\s+that|"
    r"testified|testifies|demanded|demands|pledged|pledges|alleged|alleges|pleaded|agreed|agrees|texted|"
    r"emailed|laughed|sighed|whispered|yelled|screamed|wondered|reflected|estimated|recalls|noted\s+that|"
    r"scoffed|fumed|snapped|grumbled|thundered|maintained|maintains|asserted|asserts|contended|contends|"
    r"reasoned|reckoned|reckons|shot\s+back|fired\s+back|chimed\s+in"
).split("|"))
#: The verbs that announce a turn on a line of its own (`President X said:`), by first letter.
INTRO_VERB = by_first_letter((
    r"said|says|noted|stated|added|remarked|replied|answered|asked|continued|stressed|began|concluded|"
    r"responded|declared|emphasi[sz]ed|explained|pointed\s+out|announced|commented|spoke|addressed\s+\w+|"
    r"opened\s+the\s+meeting|gave\s+a\s+speech|delivered\s+a\s+speech|made\s+a\s+statement|"
    r"made\s+the\s+following\s+statement|speaks|notes|adds|recalled|underlined|underscored"
).split("|"))
PRONOUN = r"(?:he|she|they|He|She|They)"
# `the head of state`, `the minister`, `the Russian leader`: a role noun phrase.
ROLE_NP = r"(?:[Tt]he\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
MENTION = rf"(?:{PRONOUN}|{NAME_RUN.pattern}|{ROLE_NP})"

# -- lines -------------------------------------------------------------------
DASH_LINE = re.compile(r"^[ \t]*(?:[-–—―]{1,2}|‒)[ \t]*(?=\S)")
SEPARATOR = re.compile(r"^[ \t]*(?:[xX*#~=_•·-][ \t]*){3,}$")
STAGE = re.compile(r"^[ \t]*(?:…|\.\.\.)?[ \t]*[\[(][^\])\n]{1,80}[\])][ \t]*$")
# `Name: text`, `NAME (Party): text`, `Name (00:12):`, `[00:12:31] Name:`, `00:12:31 Name:`,
# `(12:31) NAME:` — the label is checked separately.
BRACKET_TIME = r"[(\[]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[)\]]"
LEAD_TIME = rf"(?:{BRACKET_TIME}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?)[ \t]*(?:[-–—|][ \t]*)?"
# Written for speed, with the same matches: the label grows one character at a time, and the
# lookahead lets it stop only before a blank, a bracket or the colon, where the rest can match;
# an optional part is `(?:X|)`, the same as `(?:X)?` for an X that cannot match empty, which the
# engine tries without the bookkeeping of a repeat.
LABEL = re.compile(
    rf"^[ \t]*(?:{LEAD_TIME}|)(?P<label>[^\W\d_][^:\n]{{0,100}}?)(?=[ \t(\[:])[ \t]*"
    rf"(?:{BRACKET_TIME}|)[ \t]*:"
    rf"[ \t\u00a0]*(?:{BRACKET_TIME}[ \t]*|)(?:(?P<text>\S.*)|)$")
# A stage note closing a turn's last line (`... in good shape.  (Laughter.)`): not words spoken.
TRAILING_STAGE = re.compile(r"(?:[ \t]*[(\[](?:[A-Z][^()\[\]\n]{0,39}|[a-z]+(?:\s[a-z]+)?)[)\]])+[ \t]*$")
# `(Speaking Polish)`, `[inaudible]` opening a turn: a note on the speech, not words spoken.
STAGE_PREFIX = re.compile(r"^(?:[(\[][^\])\n]{1,60}[\])][ \t]*)+")
# Congressional Record style: `Mr. SCHUMER. Mr. President, ...`, `Chairwoman WHITFORD. ...`
RECORD_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][a-z]+\.?\s+(?:[A-Z]\.\s+)?[A-Z][A-Z'’-]+[A-Z](?:\s+of\s+[A-Z][a-z]+)?"
    r"|The\s+(?:PRESIDING\s+OFFICER|SPEAKER(?:\s+pro\s+tempore)?|CHAIR(?:MAN|WOMAN)?|ACTING\s+PRESIDENT"
    r"(?:\s+pro\s+tempore)?|PRESIDENT(?:\s+pro\s+tempore)?))\.[ \t]+(?P<text>\S.*)$")
SAID_INTRO = re.compile(rf"^[ \t]*(?P<head>.{{2,160}}?)\s+(?:also\s+|then\s+|further\s+)?{INTRO_VERB}"
                        rf"(?P<tail>\s+[^:\n\"“”«»]{{0,80}}?)?[ \t]*:[ \t]*(?P<text>[^\s\"“”«»‘'].*)?$")
LABEL_STOP = frozenset("""
source sources photo photos picture image images video videos watch listen read tags tag note notes
update updated date time location venue subject topic theme agenda keywords keyword category related
author authors translation translated editor's editors disclaimer copyright credit credits caption
summary background context example examples warning attention important email e-mail tel phone fax
address website web twitter facebook telegram instagram youtube follow contact subscribe share
breaking exclusive opinion analysis explainer live also see more next previous published posted
file files reporting additional writing edited by in on at from to for with and but or so the a an
this that these those it its there here why what how who when where which result results bottom line
fact facts quote quotes why: price cost total score step part chapter section page table figure
transcript transcripts
""".split())
# Labels of voices a briefing does not name (`STAFF:`, `OPERATOR:`, `Remark:`): each opens a turn of
# nobody in particular, which ends the turn before it.
UNNAMED_VOICES = frozenset("staff operator aide aides remark comment participant official officials".split())
LABEL_ROLES = frozenset("""
q a question answer questions interviewer interviewee host hosts moderator moderators presenter anchor
reporter journalist correspondent speaker chair chairman chairwoman chairperson president narrator
announcer commentator panelist panellist guest audience male female man woman voice participant
staff operator aide remark
""".split())

# -- quotes ------------------------------------------------------------------
QUOTE_MARK_CHARS = "\"“”„«»"
# with the no-break and thin spaces of French typesetting
OPEN_CONTEXT = frozenset(" \t\n([{—–-/:\u00a0\u202f\u2009")
CLOSE_FOLLOW = frozenset(" \t\n.,;:!?)]}—–-…'’s\u00a0\u202f\u2009")
NAMING = re.compile(
    r"(?:\b(?:forum|book|books|film|movie|novel|song|album|magazine|newspaper|journal|programme|program|"
    r"project|operation|conference|festival|exhibition|exhibitions|slogan|motto|hashtag|campaign|initiative|"
    r"award|prize|company|party|movement|channel|show|series|strategy|concept|doctrine|format|platform|plan|"
    r"titled|entitled|called|named|dubbed|so-called|known\s+as|word|words|term|phrase|headline|article|"
    r"report|study|column|editorial|documentary|play|opera|poem|brand|label|band|team|station|agency|fund|"
    r"foundation|center|centre|club|society|association|alliance|coalition|bloc|treaty|agreement|"
    r"declaration|law|act|bill|resolution|code|network|portal|website|app|hotel|restaurant|ship|vessel|"
    r"plant|factory|corridor|pipeline|mission|exercise|exercises|drills|version|edition|category|contest|"
    r"competition|tournament|cup|olympiad|game|games|dialogue|summit|congress|session|marathon|rally|"
    r"fair|expo|week|year|day|concert|performance|sign|signs|banner|banners|placard|placards|motto|"
    r"nickname|status|title|titles|rubric|section|lesson|course|order|medal|decree|memorandum|"
    r"roadmap|road\s+map|the)\s*,?\s*|[A-Z][\w-]*\s)$"
)
TITLE_CASE_WORD = re.compile(r"\b[A-Z][\w'’-]*")

# -- narrative -----------------------------------------------------------------
# FIRST_SECOND and EVENT_NARRATIVE list their words by first letter (`by_first_letter`) for speed, with the
# same matches: under re.I too, as no two groups open with the same letter in another case.
FIRST_SECOND_WORDS = (r"I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll".split("|"),
                      (r"me|my|mine|myself|we|we're|we’re|we've|we’ve|we'll|we’ll|we'd|us|our|ours|ourselves|you|"
                       r"your|yours|yourself|yourselves|let's|let’s").split("|"))
FIRST_SECOND = re.compile("|".join(rf"\b{by_first_letter(words)}\b" for words in FIRST_SECOND_WORDS), re.I)
PAST_VERB = re.compile(r"\b(?:\w{3,}ed|was|were|had|met|held|said|told|left|came|went|took|gave|began|spoke|"
                       r"made|saw|sent|led|won|lost|arrived|ended|flew)\b")
EVENTS = (r"talks|meeting|meetings|negotiations|visit|conversation|session|ceremony|conference|event|"
          r"discussion|briefing|summit|interview|trip|tour|consultations|house|sitting|assembly|senate|motion|"
          r"vote|bill|amendment|hearing|debate|council|committee|subcommittee|court|programme|program|"
          r"broadcast|show|segment|sabha|town\s+hall|press\s+conference|sitting").split("|")
EVENT_ENDS = (r"ended|concluded|continued|took\s+place|was\s+held|were\s+held|lasted|closed|began|started|"
              r"is\s+over|was\s+over|adjourned|carried|was\s+conducted|was\s+recorded|"
              r"passed|adopted|rejected|approved|resumed|suspended|rose|recessed|defeated|"
              r"stands\s+adjourned").split("|")
EVENT_NARRATIVE = re.compile(rf"\b{by_first_letter(EVENTS)}\b[^.]{{0,120}}?\b{by_first_letter(EVENT_ENDS)}\b", re.I)
REPORTING_START = re.compile(rf"^(?:{NAME_RUN.pattern}|{PRONOUN}|{ROLE_NP})\s+(?:also\s+|later\s+|then\s+)?"
                             rf"(?:{SPEECH_VERB})\b")
THIRD_PERSON_QUOTE = re.compile(rf"[,.!?…][\"”»]\s+(?:{PRONOUN}|{NAME_RUN.pattern}|{ROLE_NP})\s+{SPEECH_VERB}\b"
                                rf"|[,.!?…][\"”»]\s+{SPEECH_VERB}\s+(?:{NAME_RUN.pattern}|{ROLE_NP})")
# Editorial notes and service lines that follow a transcript: never part of the last turn.
BOILERPLATE = re.compile(
    r"\b(?:has|have|was|were)\s+been\s+(?:lightly\s+)?(?:edited|condensed|translated|transcribed)\b"
    r"|\bedited\s+for\s+(?:length|clarity)|\b(?:is|are)\s+(?:available|on\s+sale)\s+(?:now\s+)?(?:on|at|from|in)\b"
    r"|(?i:\bcopyright\b|©|\ball\s+rights\s+reserved\b|\blicen[cs]ed\s+under\b)"
    r"|https?://|\bwww\.|\b[a-z0-9-]+\.(?:com|org|net|gov|edu|ca|uk|au|in|de|ng|ke|jp|br)(?:/\S*)?(?:\s|$)"
    r"|^(?:Catch|Follow\s+us|Subscribe|Sign\s+up|Click|Read\s+more|Read\s+also|Watch|Listen|Download)\b")
# Service lines that close a page, a broadcast or a podcast: they end a turn and are never speech.
FOOTER = re.compile(
    r"^(?:(?i:copyright\b|©|\(c\)\s+\d{4}|all\s+rights\s+reserved)"
    r"|(?i:to\s+order\s+(?:a\s+)?(?:video|tape|transcript|copy)\b)"
    r"|(?i:link\s+to\s+this\s*:)"
    r"|(?i:this\s+(?:transcript|interview|conversation|episode|podcast)\s+(?:has\s+been|was|is)\s+"
    r"(?:lightly\s+)?(?:edited|condensed|produced|transcribed|generated|machine|automatically))"
    r"|(?i:(?:automatic\s+|machine[-\s]generated\s+)?transcript\s+(?:was\s+|has\s+been\s+|is\s+)?"
    r"(?:automatically\s+|machine[-\s])?(?:generated|produced|created|made)\s+(?:automatically|by)\b)"
    r"|(?i:show\s+notes\b|subscribe\b|related\s*:|follow\s+us\b|sign\s+up\b|listen\s+(?:to|on)\s+"
    r"(?:the|more|all|our)\b|produced\s+by\s*:|(?:full\s+)?episode\s+(?:list|archive)\b|more\s+episodes\b))")
# Every character FOOTER can open with (`ſ` is a long `s`, which matches `s` regardless of case), found by
# trying all of Unicode: lines opening with another skip the pattern. Keep in step with FOOTER.
FOOTER_START = frozenset("(©ACEFLMPRSTaceflmprstſ")
# `Following the talks, ...`, `After the meeting the two leaders ...`: the event is reported, not spoken.
AFTER_EVENT = re.compile(
    r"^(?:Following|After|At\s+the\s+end\s+of|Before|During|Later)\s+(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:talks|meeting|meetings|negotiations|visit|session|ceremony|conference|summit|"
    r"debate|hearing|briefing|sitting|event|discussion|consultations|interview|town\s+hall)\b[^.]*?\b"
    r"(?:\w+ed|was|were|had|met|held|signed|left|took|gave|spoke|made|went)\b")
# `A Downing Street spokesperson later said ...`: an unnamed voice reported in the third person.
UNNAMED_REPORT = re.compile(
    r"^(?:An?|The)\s+(?:[\w'’-]+\s+){0,4}?(?:spokesperson|spokesman|spokeswoman|official|officials|source|"
    r"sources|aide|aides|statement|readout)\s+(?:\w+\s+)?(?:said|says|told|added|confirmed|stated)\b")
DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][\w. ]{1,30})?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s")
# `Honourable senators interjecting.`, `Opposition members interjecting—`: a record's note of voices from the
# floor, out of brackets; the turn goes on after it.
INTERJECTING = re.compile(r"^[A-Z][\w.'’ -]{0,60}\sinterjecting\s*[.—–-]?$")
# `Remarks by Mayor Celia Ortiz`, `Opening statement by Jane Roe at the hearing`: a heading over the speech
# below it, which names no one in a label.
REMARKS_HEADING = re.compile(r"^(?:(?:Opening|Closing|Prepared|Introductory|Welcome)\s+)?(?:[Rr]emarks|[Ss]tatement|"
                             r"[Ss]peech|[Aa]ddress)\s+(?:by|of|from)\s+(?P<who>[^.!?:;,()]{3,80}?)"
                             r"(?:\s+(?:at|on|to|in|before|during|for)\s+[^.!?:;]{2,80})?$")
# `11:31 a.m.`, `END 2:38 P.M. EST`: a briefing's clock time on a line of its own, never words spoken.
CLOCK_LINE = re.compile(r"^(?:END\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\.?$")
HEADING = re.compile(r"^[^a-z]*[A-Z]{2,}[^a-z]*$")
TERMINAL = re.compile(r"[.!?…:;\"”»)\]]\s*$")
