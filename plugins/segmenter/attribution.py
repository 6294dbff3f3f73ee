"""Who a quotation is given to: the mention before or after it, as written.

Each function takes the text on one side of a quotation (within its paragraph)
and returns the speaker mention it names, checked to name a person, a role or
a pronoun; institutions (`the ministry said`) and places are not speakers.
"""
from __future__ import annotations

import re

from etl_plugins.segmenter.patterns import DATELINE, MENTION, PRONOUN, ROLE_NP, SPEECH_VERB
from etl_plugins.speakers.coreference import NAME_RUN
from etl_plugins.speakers.names import OCCUPATIONS, folded, is_given_name, parse_mention
from etl_plugins.speakers.vocabulary import ROLE_HEADS

SPEAKER_KINDS = frozenset({"person", "surname", "pronoun", "role", "address"})
# The last words of the names of bodies, which speak through statements, not as a person.
BODIES = frozenset("""watch international network fund foundation institute institution association council
commission committee ministry department agency office authority service police group party union federation
alliance bank company corporation corp inc ltd plc llc university college school hospital court tribunal news
times post herald journal telegraph gazette tribune street house hall forum initiative trust society club board
centre center coalition movement front league organisation organization programme program project campaign unit
bureau secretariat parliament assembly senate congress government administration embassy mission command force
forces army navy guard press kremlin yard""".split())
NOT_QUOTE = r"[^\"“”«»\n]"
ADVERB = r"(?:(?:also|further|then|later|once\s+again|again|has|had|was|is|recently|previously|earlier|"\
         r"repeatedly|publicly|reportedly|\w+ly)\s+)?"
ROLE_END = r"(?=\s*[,.;:!?]|\s+(?:in|at|on|during|while|when|after|before|as|who|adding|and|to|from|of\s+[A-Z])\b|\s*$)"

# `Nwosu (pictured) said`, `Beale (56) said`, `Nwosu – who took the job in July – said`: an aside between
# the speaker and the verb.
PAREN_ASIDE = r"\s*\([^()\"“”«»\n]{1,40}\)"
DASH_ASIDE = r"\s+[–—]\s[^–—\"“”«»\n]{1,140}?\s[–—]"
ASIDE = rf"(?:{PAREN_ASIDE}|{DASH_ASIDE}|)"
# After the closing mark: `," said President X`, `," the head of state noted`, `," Smith, 45, told Reuters`.
AFTER_VERB_FIRST = re.compile(
    rf"^[\s,]*(?:[-–—]\s*)?{SPEECH_VERB}\s+(?P<who>(?:[a-z][\w-]+\s+){{0,3}}?{NAME_RUN.pattern}|[Tt]he\s+[\w'’-]+(?:\s+[\w'’-]+){{0,5}}?"
    rf"{ROLE_END}|{PRONOUN})")
AFTER_WHO_FIRST = re.compile(
    rf"^[\s,]*(?:[-–—]\s*)?(?P<who>{MENTION}){ASIDE}(?:,\s*(?P<app>{NOT_QUOTE}{{1,140}}?),)?,?\s+{ADVERB}{SPEECH_VERB}\b")
# Before the opening mark: `X said:`, `X told reporters in Moscow,`, `according to X,`.
BEFORE_COLON = re.compile(
    rf"(?P<who>{MENTION}){ASIDE}(?:,\s*(?P<app>{NOT_QUOTE}{{1,140}}?),)?,?\s+{ADVERB}{SPEECH_VERB}\b"
    rf"{NOT_QUOTE}{{0,100}}?[:,]\s*$")
BEFORE_LABEL = re.compile(rf"^\s*(?P<who>{NAME_RUN.pattern})\s*:\s*$")
ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<who>{NAME_RUN.pattern}|{ROLE_NP})(?:,{NOT_QUOTE}{{1,120}}?)?,\s*$")
BEFORE_PARTIAL = re.compile(
    rf"(?P<who>{MENTION}){ASIDE}(?:,\s*(?P<app>{NOT_QUOTE}{{1,140}}?),)?,?\s+{ADVERB}(?P<verb>{SPEECH_VERB}|described\s+(?:[\w'’-]+\s+){{1,4}}?as|described\s+as|"
    rf"referred\s+to\s+\w+\s+as|branded|labelled|labeled|dismissed|hailed|praised|criticized|criticised|"
    rf"accused|condemned|slammed|pledged|welcomed|termed)"
    rf"\b{NOT_QUOTE}{{0,120}}?$")
# `," the union's president, Jane Doe, said`: a role, then the person between commas.
AFTER_ROLE_NAME = re.compile(
    rf"^[\s,]*(?:[-–—]\s*)?[^,\"“”«»\n]{{1,60}},\s+(?P<who>{NAME_RUN.pattern}),\s+"
    rf"(?:{NOT_QUOTE}{{1,60}}?,\s+)?"
    rf"{ADVERB}{SPEECH_VERB}\b")
# `," said one of the organisers, Maria Lopez.`: the verb, a description, then the person it names.
AFTER_VERB_ROLE_NAME = re.compile(
    rf"^[\s,]*(?:[-–—]\s*)?{SPEECH_VERB}\s+[^,\"“”«»\n]{{1,60}},\s+(?P<who>{NAME_RUN.pattern})(?=\s*(?:[.;]|,\s|$))")
# `," according to Senator Kellerman`, `," according to a spokesman`: the source follows the quotation.
ACCORDING_AFTER = re.compile(rf"^[\s,]*(?:[-–—]\s*)?according\s+to\s+"
                             rf"(?P<who>{NAME_RUN.pattern}|[^,.;:!?\"“”«»\n]{{1,60}})")
# `"..." - Okonjo-Iweala.`, `"..." — Jane Doe, a nurse`: a dash and the name close the paragraph.
AFTER_DASH = re.compile(rf"^[ \t]*[-–—][ \t]*(?P<who>{NAME_RUN.pattern})(?:,[^\"“”«»\n.]{{1,80}})?\.?[ \t]*$")
# `According to Lee, the talks had "opened a new chapter"`: the source of the sentence speaks its quotation.
ACCORDING_PARTIAL = re.compile(rf"^[Aa]ccording\s+to\s+(?P<who>{NAME_RUN.pattern}|{ROLE_NP}),{NOT_QUOTE}{{1,160}}$")
#: What `after` and `before` give for a source the text names that is no person: a body, a document.
NOBODY = ""
# `X rejected the calls, saying the country could not "afford ..."`: the subject of the sentence
# speaks the words its participle introduces.
PARTICIPLE = re.compile(
    rf"^(?P<who>{MENTION})\s+{NOT_QUOTE}{{0,200}}?,\s+(?:saying|adding|arguing|warning|insisting|noting|stressing|"
    rf"declaring|calling|describing|accusing|promising|vowing)\b{NOT_QUOTE}{{0,160}}$")
# `Vieira's message was clear:`, `His verdict on the talks:`, `For Vieira, the answer is simple:`: the
# words of a person, named by whose they are, before a colon.
SPEECH_NOUN = (r"(?:message|verdict|answer|reply|response|advice|warning|view|explanation|argument|promise|words|"
               r"reaction|assessment|conclusion|take|plea|appeal|demand|retort|prediction|diagnosis|instruction)")
OWN_WORDS = re.compile(
    rf"(?:^|[.!?]\s+)(?:(?P<who>{NAME_RUN.pattern})['’]s|(?P<pronoun>[Hh]is|[Hh]er))\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"{SPEECH_NOUN}\b{NOT_QUOTE}{{0,60}}:\s*$"
    rf"|^(?:For|To)\s+(?P<for>{NAME_RUN.pattern}),\s+the\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*\s+(?:is|was|remains)\b"
    rf"{NOT_QUOTE}{{0,60}}:\s*$")
POSSESSIVE_PRONOUN = {"his": "he", "her": "she"}
# `called the plan "a disaster for the country"`: the quotation is what the plan is called, not
# its name (`a plan called "Vision 2030"` has no words between the verb and the mark).
COMPLEMENT = re.compile(r"\b(?:called|calling|described|describing|branded|labell?ed|termed)\s+"
                        r"(?:[\w'’-]+\s+){1,6}(?:as\s+)?$")
# Who is quoted without being named: `a spokesman`, `one resident`, `officials`, `it` (a body).
UNNAMED_NP = (r"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Aa]nother|[Oo]ther)\s+"
              r"(?:[\w'’.-]+\s+){0,5}?[\w'’-]+|[Ii]t|[Oo]fficials|[Ss]ources|[Aa]nalysts|[Rr]esidents|[Cc]ritics|"
              r"[Pp]olice|[Ww]itnesses|[Oo]rgani[sz]ers|[Ee]xperts|[Dd]iplomats|[Ee]conomists|[Tt]raders|"
              r"[Pp]rosecutors|[Ii]nvestigators|[Ww]orkers|[Pp]arents|[Tt]eachers|[Dd]octors|[Ll]awyers|"
              r"[Ss]upporters|[Oo]pponents|[Pp]rotesters|[Ff]armers|[Ss]tudents|[Vv]oters|[Aa]uthorities|"
              rf"(?:{NAME_RUN.pattern})['’]s\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)")  # `Smith's spokesman`
UNNAMED_WHOLE = re.compile(UNNAMED_NP)
UNNAMED_AFTER = re.compile(
    rf"^[\s,]*(?:[-–—]\s*)?(?:{UNNAMED_NP}(?:,\s*{NOT_QUOTE}{{1,140}}?,)?\s+{ADVERB}{SPEECH_VERB}\b"
    rf"|{SPEECH_VERB}\s+{UNNAMED_NP}\b)")
UNNAMED_BEFORE = re.compile(
    rf"(?:^|[.!?]\s+|,\s+)(?:{UNNAMED_NP})(?:,\s*{NOT_QUOTE}{{1,140}}?,)?\s+{ADVERB}{SPEECH_VERB}\b"
    rf"{NOT_QUOTE}{{0,100}}?[:,]\s*$")
# `the statement`, `the former banker`, `the union leader`: a description in lower case after `the`, given to
# the resolver, which finds the person the document describes so, or nobody (a statement, a letter).
PARTY_DESCRIPTION = re.compile(r"^[Tt]he\s+(?:[\w'’-]+\s+){0,2}[A-Z][a-z]+$")
# Capitalised nouns for one person: a party's member, a nation's citizen (`the Democrat`, `the Briton`).
PERSON_NOUNS = frozenset("""democrat republican conservative tory liberal socialist communist independent
briton american nigerian kenyan ghanaian indian pakistani australian canadian frenchman frenchwoman
german italian spaniard russian ukrainian brazilian mexican chinese japanese south african""".split())
DESCRIPTION = re.compile(r"^[Tt]he\s+[a-z0-9][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}$")
QUESTION_BEFORE = re.compile(r"\b(?:question|questions|asked(?:\s+(?:him|her|them))?|asking)\s*[,:]?\s*$", re.I)
INTERVIEWER_AFTER = re.compile(r"\binterview(?:ed)?\s+(?:\w+\s+){0,2}?(?:to|with|for|by|given\s+to)\b"
                               r"(?P<rest>[^.!?]{0,300})")


OBJECT_OF = re.compile(r"\b(?:for|of|to|with|by|from|about|against|on\s+behalf\s+of|like|than)\s*$", re.I)


# `Speaking at a rally in Mombasa, Grace Mutua said:`: a place before the speaker, never the speaker.
PLACE_OF = re.compile(r"\b(?:in|at|near|outside|inside|across|around)\s*$", re.I)


def placed(text: str, m: re.Match) -> bool:
    return bool(PLACE_OF.search(text, max(0, m.start("who") - 12), m.start("who")))


def governed(text: str, m: re.Match) -> bool:
    return bool(OBJECT_OF.search(text, max(0, m.start("who") - 20), m.start("who")))


#: Words that open a role, not a name (`The local MSP`, `Its chair`).
ROLE_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})


def subject(text: str, m: re.Match, check=None) -> str | None:
    """The mention a match found, unless a preposition governs it (`a spokesman for Marsh said`)."""
    if governed(text, m):
        return None
    who = (check or checked)(m.group("who"))
    if who is None:
        return apposed(m)
    # `The local MSP, Douglas Innes, called it ...`: the person between the commas, not the role
    # (an article before it: `MSP` is no surname there)
    if "app" not in m.re.groupindex or not m.group("app"):
        return who
    parsed = parse_mention(who)
    role = parsed is not None and parsed.kind == "role" or who.split(None, 1)[0].lower() in ROLE_DETERMINERS
    return (apposed(m) or who) if role else who


def apposed(m: re.Match) -> str | None:
    """`Its secretary-general, Mr Yusuf Danladi, said`: the person named between the commas."""
    app = m.group("app") if "app" in m.re.groupindex else None
    if not app:
        return None
    parsed = parse_mention(app)
    return app.strip() if parsed is not None and parsed.kind == "person" else None


def checked(who: str | None) -> str | None:
    """The mention if it names a person, a role or a pronoun."""
    if not who:
        return None
    who = who.strip(" ,")
    if " of " in who:  # `Mayor Ana Ruiz of San Luis`: the person, not the place
        left = who.split(" of ", 1)[0]
        parsed = parse_mention(left)
        if parsed is not None and parsed.kind == "person":
            return left
    parsed = parse_mention(who)
    if parsed is None or parsed.kind not in SPEAKER_KINDS:
        return None
    if parsed.kind == "person" and folded(parsed.last or "") in BODIES and not is_given_name(parsed.first):
        return None  # `Human Rights Watch`, `Downing Street`: a body, not a person
    if parsed.kind == "role" and not who[:1].islower() and not who.lower().startswith("the "):
        return None
    return who


def subjects(pattern: re.Pattern, head: str, tries: int = 4):
    """The matches of ``pattern`` in ``head``, each found after the start of the last one's subject:
    `When asked about it, Harrow said:` is tried at `When`, then at `Harrow`."""
    pos = 0
    for _ in range(tries):
        m = pattern.search(head, pos)
        if m is None:
            return
        yield m
        pos = m.end("who")


def names_something(who: str) -> bool:
    """Whether a rejected subject names a thing (`The ministry`, `Human Rights Watch`), not a word
    that only opens the sentence (`When asked ...`, `Asked ...`)."""
    who = who.strip()
    return who[:4].lower() in ("the ", "its ") or " " in who


def described(who: str | None) -> str | None:
    """The mention if it names a speaker, or describes one in lower case (`the former banker`) or by
    party or nation (`the Oregon Democrat`); `they` is a group (officials, a company) far more often
    than one person, and names nobody here."""
    if who and who.strip(" ,") in ("they", "They"):
        return None
    found = checked(who)
    who = (who or "").strip(" ,")
    if found is None and who and (DESCRIPTION.match(who) or (
            PARTY_DESCRIPTION.match(who) and folded(who.split()[-1]) in PERSON_NOUNS)):
        return who
    return found


def after(tail: str) -> str | None:
    """The speaker named right after a closing mark; NOBODY when the words name a source that is no
    person (`," the ministry said`, `," according to a spokesman`)."""
    m = ACCORDING_AFTER.match(tail)
    if m:
        return NOBODY if UNNAMED_WHOLE.fullmatch(m.group("who").strip()) else checked(m.group("who")) or NOBODY
    found = None
    for pattern in (AFTER_VERB_FIRST, AFTER_WHO_FIRST, AFTER_ROLE_NAME, AFTER_VERB_ROLE_NAME):
        m = pattern.match(tail)
        if m:
            who = described(m.group("who")) or apposed(m)
            if who:
                return who
            found = NOBODY
    if found is None:
        m = AFTER_DASH.match(tail)
        who = m and checked(m.group("who"))
        if who and parse_mention(who).kind in ("person", "surname"):
            return who
    return found


def unnamed_after(tail: str) -> bool:
    """Whether the words after a closing mark give it to someone unnamed (`," a spokesman said`)."""
    return bool(UNNAMED_AFTER.match(tail))


def unnamed_before(head: str) -> bool:
    """Whether the sentence before an opening mark gives it to someone unnamed (`Officials said:`)."""
    return head.rstrip().endswith((":", ",")) and bool(UNNAMED_BEFORE.search(head))


def complement(head: str) -> bool:
    """Whether the quotation completes `called the plan ...`: words said of a thing, not its name."""
    return bool(COMPLEMENT.search(head))


def later_speaker(head: str, pos: int) -> str | None:
    """A person who speaks in a later clause, after the verb at ``pos``: `Marsh said the offer was final,
    while Patel described it as "..."`, `She noted that Blake had promised "..."` are Patel's and Blake's."""
    m = BEFORE_PARTIAL.search(head, pos)
    if m is None or governed(head, m):
        return None
    who = checked(m.group("who")) or apposed(m)  # `the minister, Andrew Pike, had promised "..."`
    return who if who and parse_mention(who).kind in ("person", "surname", "role") else None


def own_words(head: str) -> str | None:
    """Whose words follow `Vieira's message was clear:` or `His verdict:`, as a name or a pronoun."""
    m = OWN_WORDS.search(head.strip()) if ":" in head else None
    if m is None:
        return None
    if m.group("pronoun"):
        return POSSESSIVE_PRONOUN[m.group("pronoun").lower()]
    who = checked(m.group("who") or m.group("for"))
    return who if who and parse_mention(who).kind in ("person", "surname") else None


def before(head: str) -> tuple[str | None, str]:
    """(speaker, rule) named right before an opening mark, the rule saying how; NOBODY when the
    subject of the speech verb is no person (`The ministry said:`)."""
    if head.rstrip().endswith((":", ",")):
        found = None
        for pattern, rule in ((BEFORE_COLON, "news.quote_before"), (ACCORDING, "news.according_to"),
                              (BEFORE_LABEL, "news.quote_label")):
            for m in subjects(pattern, head):
                if placed(head, m):
                    continue
                who = checked(m.group("who")) if pattern is ACCORDING else subject(head, m, described)
                if who:
                    return who, rule
                if pattern is BEFORE_COLON and names_something(m.group("who")):
                    found = NOBODY
        if found is None:
            found = own_words(head)
        return found, "news.quote_before" if found is not None else ""
    for m in subjects(BEFORE_PARTIAL, head):
        if placed(head, m):
            continue
        who = subject(head, m, described)
        if who or names_something(m.group("who")) or governed(head, m):  # `a spokesman for Marsh said`
            return later_speaker(head, m.end("verb")) or who or NOBODY, "news.quote_partial"
    m = PARTICIPLE.match(DATELINE.sub("", head.lstrip())) if "ing" in head else None
    if m:
        return checked(m.group("who")), "news.quote_partial"
    m = ACCORDING_PARTIAL.match(head.lstrip()) if "ccording" in head else None
    who = m and checked(m.group("who"))
    if who:
        return who, "news.quote_partial"
    return None, ""


SENTENCE_BREAK = re.compile(r"[.!?…][\"”»]?\s+(?=[A-Z\"“«(])")
# `X, who chairs the committee, said`, `X, 45, a former minister who ..., said on Tuesday that`: an
# appositive or a relative clause between the subject and its verb, without commas of its own (bar an
# age), so that a list (`met X, the chair, and Y said`) does not give Y's words to X.
APPOSITIVE = rf"(?:,\s*(?:\d{{1,3}},\s*)?[^,\"“”«»\n]{{1,140}}?,|{PAREN_ASIDE}|{DASH_ASIDE})"
PARAGRAPH_SUBJECT = re.compile(rf"^(?:[A-Z][^,.\"“”«»]{{0,80}},\s+)?"
                               rf"(?:(?:[A-Z][\w'’-]*\s+){{1,3}}(?:[a-z][\w'’-]*\s+){{0,3}}?(?P<job>[a-z][\w'’-]*)\s+(?=[A-Z]))?"
                               rf"(?P<who>{NAME_RUN.pattern}|{PRONOUN})"
                               rf"(?P<aside>{APPOSITIVE}(?=\s+(?!(?:and|or|but|nor|while|which|whose)\b)[a-z]))?\s+[a-z]")
# The last word of a job in lower case before a name opening a sentence (`Opposition health critic Daniel
# Mercier`, `Nurses' union president Mike Sandhu`).
JOBS = ROLE_HEADS | OCCUPATIONS | {"critic", "boss", "chief", "veteran", "star", "striker", "midfielder"}
# Endings of nouns for people (`negotiator`, `campaigner`, `economist`, `historian`, `resident`), and the
# words with those endings that are none.
JOB_ENDING = re.compile(r"(?:or|er|ist|ian|ent|ant)$")
NOT_JOBS = frozenset("""after under over never ever either neither whether rather later other for nor or per upon
than major minor prior sooner together further hereafter thereafter meanwhile recent urgent silent different
constant important frequent current consistent apparent sent spent went meant""".split())


def is_job(word: str) -> bool:
    return word in JOBS or (bool(JOB_ENDING.search(word)) and word not in NOT_JOBS)


# A later sentence about the same person: `He laughed.`, `Asked whether ..., she smiled.`
LATER_SUBJECT = re.compile(rf"(?:[A-Z][^,.\"“”«»]{{0,80}},\s+)?(?P<pronoun>{PRONOUN})\s+[a-z]")

def paragraph_subject(before: str) -> str | None:
    """The person a paragraph is about, when it opens with them (`Morikawa said his group ...`) and the
    quotation follows that sentence or one more about them (`He fired back.`); not `Smith's lawyers`."""
    m = PARAGRAPH_SUBJECT.match(before)
    if not m or m.group("who").endswith(("'s", "’s")) or (m.group("job") and not is_job(m.group("job"))):
        return None  # `Police arrested John Smith`: the name after a verb is no subject
    end = len(before.rstrip())
    starts = [b.end() for b in SENTENCE_BREAK.finditer(before, m.end()) if b.end() < end]
    if starts and not LATER_SUBJECT.match(before, starts[-1]):
        return None  # the sentence before the quotation is about something else (`Polls show ...`)
    who = checked(m.group("who"))
    if who is None:
        return None
    kind = parse_mention(who).kind
    return who if kind in ("person", "surname", "pronoun") else None


LEAD_IN_WORDS = 12


def lead_in(paragraph: str) -> str | None:
    """The person a short paragraph of one sentence is about (`Councillor Walsh disagreed.`, `Mr Grant
    was unconvinced.`), introducing the quotation that opens the next paragraph."""
    if not paragraph.endswith(".") or SENTENCE_BREAK.search(paragraph.rstrip(" .")) or "\"" in paragraph \
            or "“" in paragraph:
        return None
    m = PARAGRAPH_SUBJECT.match(paragraph)
    aside = m.group("aside") if m and m.group("aside") else ""  # `, who sits on the committee,` is not counted
    if len(paragraph.split()) - len(aside.split()) > LEAD_IN_WORDS:
        return None
    return paragraph_subject(paragraph)


def last_subject(paragraph: str) -> str | None:
    """The pronoun that opens the last of the sentences of a paragraph about one person (`Grace Mutua said
    the bill was rushed. She pointed to the 2019 review.`), introducing the quotation that opens the next
    paragraph; the resolver gives it to her."""
    starts = [b.end() for b in SENTENCE_BREAK.finditer(paragraph)]
    if not starts or paragraph_subject(paragraph) is None:
        return None
    m = LATER_SUBJECT.match(paragraph, starts[-1])
    return m.group("pronoun") if m else None


REPORTER = re.compile(rf"(?P<who>{NAME_RUN.pattern}|{PRONOUN})(?:{APPOSITIVE}|,)?\s+{ADVERB}{SPEECH_VERB}\b")


def reporter(sentence: str) -> str | None:
    """The subject of a sentence of reported speech (`Senator X, of Y, said the ...`)."""
    found = None
    for m in REPORTER.finditer(sentence):
        found = checked(m.group("who")) or found
    if found and parse_mention(found).kind in ("person", "surname", "pronoun"):
        return found
    return None


# `Kellerman asked:`: a named person asks, in reporting; `was asked:` and a bare `asked:` are an interview.
ASKER = re.compile(rf"(?<!\bwas\s)(?<!\bwere\s)\b(?:{NAME_RUN.pattern}|{PRONOUN})\s+(?:also\s+|then\s+|later\s+)?"
                   r"asked(?:\s+(?:him|her|them))?\s*[,:]?\s*$")


def asks(head: str) -> bool:
    m = QUESTION_BEFORE.search(head)
    return m is not None and not ASKER.search(head, max(0, m.start() - 80))


def interviewer_in(sentence_rest: str) -> str | None:
    """`... in his interview to [the editor of X,] Igor Korotchenko`: the asker."""
    m = INTERVIEWER_AFTER.search(sentence_rest)
    if not m:
        return None
    rest = re.sub(r"[\"“„«][^\"“”«»]*[\"”»]", lambda q: " " * len(q.group()), m.group("rest"))
    for run in NAME_RUN.finditer(rest):
        parsed = parse_mention(run.group())
        if parsed is not None and parsed.kind == "person":
            return run.group()
    return None
