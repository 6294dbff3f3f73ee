"""Transcripts: turns opened by a speaker label, a `X said:` line or a dash.

One pass over the lines. A turn runs over as many lines and paragraphs as
follow it, until the next label, `X said:` line, dash turn or separator
(`X X X`, `* * *`), or until a paragraph that reports rather than speaks: it
names a speaker in the third person in the past tense, opens with `He said` or
`Putin added`, reports an event ending (`The visit ended on 20 July.`), or is
a dateline, with no first- or second-person word in it. Lines outside turns are
reporting prose, searched for quotations afterwards.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from etl.model import Statement
from etl_plugins.segmenter.askers import ASKER_LABELS, self_named
from etl_plugins.segmenter.attribution import checked
from etl_plugins.segmenter.interviews import Roles, is_question
from etl_plugins.segmenter.layout import Line, is_date_line
from etl_plugins.segmenter.patterns import (AFTER_EVENT, BOILERPLATE, CLOCK_LINE, DASH_LINE, DATELINE,
                                            EVENT_NARRATIVE, FIRST_SECOND, FOOTER, FOOTER_START, HEADING,
                                            INTERJECTING, INTRO_VERB, LABEL, LABEL_ROLES, LABEL_STOP, PAST_VERB,
                                            RECORD_LABEL, REMARKS_HEADING, REPORTING_START, SAID_INTRO, SEPARATOR,
                                            SPEECH_VERB, STAGE, STAGE_PREFIX, TERMINAL, THIRD_PERSON_QUOTE,
                                            TRAILING_STAGE, UNNAMED_REPORT, UNNAMED_VOICES)
from etl_plugins.segmenter.web import SHORT_LINE, interruption
from etl_plugins.speakers.coreference import Registry
from etl_plugins.speakers.names import (ABBREVIATIONS, HONORIFICS, PAREN, PARTICLES, TIMESTAMP, folded,
                                        is_given_name, parse_mention)

ABBREV_OR_INITIAL = re.compile(r"\b(?:[A-Z]\.|(?i:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Hon|Rev|St|Jr|Sr"
                               r"|Mme|Amb|Adm|Maj|Cmdr|Pres|Sec|Cllr|Cr|Smt)\.)")
LOWER_OK = frozenset({"of", "the", "for", "and", "on", "de", "da", "di", "van", "von", "der", "den", "al", "bin",
                      "ibn", "la", "le", "du", "dos", "y", "pro", "tempore"}) | PARTICLES
WORD = re.compile(r"\w+")
DIGIT = re.compile(r"\d")
Q_LINE = re.compile(r"^Q(?:\.\s*|\s{2,}|\t\s*|\s(?=[A-Z\"“]))(?=\S)")
# `A.  It will open in June.`: the answer to a `Q.` line, in a document that has one.
A_LINE = re.compile(r"^A(?:\.\s+|\s{2,}|\t\s*)(?=\S)")
# First characters a separator, a stage direction or a dash turn can open with: other lines skip the pattern.
SEPARATOR_START = frozenset("xX*#~=_•·-")
STAGE_START = frozenset("….[(")
DASH_START = frozenset("-–—―‒")
OPENING_MARKS = frozenset("\"“„«")
# `Callum Baird, chief executive of X, said`: a reporter's attribution before a quotation, not a label.
VERB_IN_LABEL = re.compile(rf"(?:^|[\s,])(?:also\s+|then\s+)?{SPEECH_VERB}(?:\s+[\w'’-]+){{0,4}}$")
# A label's first word that is an article of a role (`An Ceann Comhairle`, `The Taoiseach`).
ROLE_ARTICLES = frozenset({"the", "an"})
SQUARE_BRACKETS = re.compile(r"\[[^\[\]]*\]")
LIST_OF_NAMES = re.compile(r"^(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:\([^)]*\))?\s*[,;]\s*){3,}")
#: A name alone on a line is at most this long, and does not end as a sentence or a heading of a list does.
NAME_LINE_CHARS = 40
NAME_LINE_ENDS = frozenset(".!?,;:")
#: The fewest such lines (names or bare roles, one recurring) that make a document's names alone on a line labels.
MIN_ALONE_LABELS = 3
#: An agency's letters standing as the label of a question (`AFP:`, `RIA:`) are at most this many.
MAX_OUTLET_LETTERS = 5
# `Leah Brennan 00:01:12`, `Host (1:05)`: the time into a recording after a name alone on a line, as
# podcast and video transcripts print their speaker lines.
TRAILING_TIME = re.compile(r"\s+[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?$")
# `L.Ostrova`, `A.B.Kurtz`: an initial with its point and no blank before a capitalised surname.
GLUED_INITIAL = re.compile(r"\b([A-Z]\.)(?=[A-Z][a-z])")
LABEL_PUNCT = re.compile(r"[?!;&\"“”«»]")  # compiled here, not looked up in `re`'s cache at each label
# A colon that SAID_INTRO can end at: followed, past blanks, by the end or by a character its `text`
# may open with. Lines with no such colon (`X said: “...`) skip SAID_INTRO, which would fail on them
# only after trying every length of its head.
INTRO_COLON = re.compile(r":[ \t]*(?:[^\s\"“”«»]|\n|\Z)")
# A verb of SAID_INTRO after a blank, as SAID_INTRO has it: a line without one (`Name: text`, most
# lines with a colon) skips SAID_INTRO, which would try every length of its head before failing.
INTRO_VERB_AFTER_BLANK = re.compile(rf"\s{INTRO_VERB}")


@dataclass
class Label:
    kind: str  # speech, question or answer
    mention: str | None


class LabelChecker:
    """Decides whether the text before a colon names a speaker."""

    def __init__(self, registry: Registry, counts: Counter) -> None:
        self.registry = registry
        self.counts = counts
        self.seen: dict[str, Label | None] = {}  # a transcript repeats its labels: decide each once

    def check(self, label: str) -> Label | None:
        if label not in self.seen:
            self.seen[label] = self.decide(label)
        return self.seen[label]

    def decide(self, label: str) -> Label | None:
        if "." in label:
            label = spaced_initials(label)
        shape = label_shape(label)
        if shape is None:
            return None
        if isinstance(shape, str):  # `Q`, `Answer`: the role alone
            return Label(shape, None)
        raw, words, low, the_role, head = shape
        if low in UNNAMED_VOICES and (raw.isupper() or self.counts[raw] >= 2):
            return Label("speech", None)  # `STAFF:`, `OPERATOR:`: a turn of nobody the document names
        parsed = parse_mention(raw)
        repeated = self.counts[raw] >= 2
        if parsed is None:
            if raw.isupper() and len(raw) <= 4 and (self.registry.by_initials(raw) or repeated):
                return Label("speech", raw)
            return None
        if the_role and parsed.kind not in ("role", "person"):
            return None  # `The problem: ...`
        if parsed.kind == "person":
            return Label("speech", raw) if self.is_person(raw, parsed, words, repeated) else None
        if parsed.kind in ("address", "anonymous", "group"):
            return Label("speech", raw)
        if parsed.kind == "surname":
            shouting = raw.isupper()
            known = self.registry.by_surname(parsed.last or "", initial=parsed.first) is not None
            honorific = folded(words[0]) in HONORIFICS or folded(words[0]) in ABBREVIATIONS
            # `VICE PRESIDENT ROE:` once in a briefing: a title and a surname in capitals is a label
            titled = shouting and parsed.role is not None
            if known or repeated or titled or (shouting and low in LABEL_ROLES) or (honorific and len(words) == 2):
                return Label("speech", raw)
            return None
        if parsed.kind == "role" and len(head) <= 6:
            return Label("speech", raw)
        return None

    def is_person(self, raw: str, parsed, words: tuple[str, ...], repeated: bool) -> bool:
        """Evidence that a capitalised label names a person, not a heading (`Rail Services`,
        `FULL TRANSCRIPT`): a title or role, a known first name, a party or role beside it, the
        label recurring, or the name recurring in the document."""
        if parsed.role or parsed.affiliation or repeated or "," in raw or "(" in raw:
            return True
        first = folded(words[0])
        if first in HONORIFICS or first in ABBREVIATIONS:
            return True
        if is_given_name(parsed.first):
            return True
        person = self.registry.find(parsed)
        return person is not None and person.mentions >= 2


def name_sized(text: str) -> bool:
    """Whether a line is short enough to be a name alone, its brackets (a seat, a party, a job) aside."""
    if len(text) <= NAME_LINE_CHARS:
        return True
    return text[-1] == ")" and 0 < text.find(" (") <= NAME_LINE_CHARS and len(text) <= 2 * NAME_LINE_CHARS


def untimed(text: str) -> str:
    """`Leah Brennan 00:01:12` → `Leah Brennan`: a speaker line without the time into the recording."""
    return TRAILING_TIME.sub("", text) if text[-1:].isdigit() or text[-1:] in ")]" else text


def spaced_initials(label: str) -> str:
    """`L.Ostrova` → `L. Ostrova`: an initial printed against the surname, as some sites write labels."""
    return GLUED_INITIAL.sub(r"\1 ", label)


class LabelShape(NamedTuple):
    raw: str  # the label, blanks collapsed
    words: tuple[str, ...]  # its words outside brackets
    low: str
    the_role: bool  # `The Taoiseach`, `An Ceann Comhairle`
    head: tuple[str, ...]  # the words before its first comma


@lru_cache(maxsize=4096)
def label_shape(label: str) -> LabelShape | str | None:
    """What the text before a colon says by its own words: None when it cannot name a speaker,
    `question` or `answer` for a bare role, else its parts for the checks against the document.

    Cached: transcripts and interviews repeat the same labels across documents."""
    raw = " ".join(label.split())
    core = PAREN.sub(" ", raw) if "(" in raw else raw  # the label without its brackets
    words = core.split()
    # the blanking of times and brackets adds no digit: a label with none has none after it
    if not words or len(raw) > 120 or (DIGIT.search(raw) and DIGIT.search(PAREN.sub(" ", TIMESTAMP.sub(" ", raw)))):
        return None
    if len(words) > 9 and not person_head(raw):
        return None  # `Dr Jonas Meinhardt, Federal Minister for Housing, Urban Development and Building`
    low = folded(raw)
    if "[" in raw:  # `Question [Rhea, Hindustan News]`: a bare role with the asker's name and outlet in brackets
        low = folded(" ".join(SQUARE_BRACKETS.sub(" ", raw).split())) or low
    if low in ("q", "question", "questions", "interviewer"):
        return "question"
    if low in ("a", "answer", "interviewee"):
        return "answer"
    first = folded(words[0])
    the_role = first in ROLE_ARTICLES and len(words) > 1
    if first in LABEL_STOP and low not in LABEL_ROLES and not words[0].isupper() and not the_role:
        return None
    if LABEL_PUNCT.search(core) or ("." in core and "." in ABBREV_OR_INITIAL.sub("", core)):
        return None
    if VERB_IN_LABEL.search(core):
        return None
    head = core.split(",")[0].split()
    if any(w[:1].islower() and w not in LOWER_OK and not (i == 0 and w == "the") for i, w in enumerate(head)):
        if not head[0].lower() == "the":
            return None
        if any(w[:1].islower() and w not in LOWER_OK and folded(w) not in LABEL_ROLES for w in head[1:]):
            return None
    return LabelShape(raw, tuple(words), low, the_role, tuple(head))


def bracketed_asker(label: str) -> str | None:
    """`Question [Jane Roe, Reuters]`: the asker a question label names in its brackets, by full name only
    (`[Rhea, Hindustan News]` names no one the metric could tell apart)."""
    m = SQUARE_BRACKETS.search(label)
    if m is None:
        return None
    who = m.group()[1:-1].split(",")[0].strip()
    parsed = parse_mention(who)
    return who if parsed is not None and parsed.kind == "person" else None


def person_head(raw: str) -> bool:
    parsed = parse_mention(PAREN.sub(" ", raw).split(",")[0])
    return parsed is not None and parsed.kind == "person"


def label_at(text: str) -> re.Match | None:
    """LABEL (`Name: text`) at the start of a line."""
    return LABEL.match(text) if ":" in text else None


def speaker_label(text: str) -> re.Match | None:
    """LABEL, else a Congressional Record label (`Mr. SCHUMER. Mr. President, ...`)."""
    return label_at(text) or (RECORD_LABEL.match(text) if "." in text else None)


def line_labels(lines: list[Line]) -> list[re.Match | None]:
    """`speaker_label` of each line, by `Line.index`: read once, for the passes over a document's
    lines that each ask (counting labels, finding an interview, finding turns)."""
    return [speaker_label(line.text) for line in lines]


def colon_label(m: re.Match | None) -> re.Match | None:
    """What `label_at` gives for a line, from what `speaker_label` gave: a LABEL match, not a
    Congressional Record one (`speaker_label` tries LABEL first)."""
    return m if m is not None and m.re is LABEL else None


def label_counts(found: list[re.Match | None]) -> Counter:
    """How often each label opens a line, from `line_labels`."""
    counts: Counter = Counter()
    for m in found:
        if m:
            counts[" ".join(m.group("label").split())] += 1
    return counts


def intro_speaker(text: str, registry: Registry) -> tuple[str | None, int | None]:
    """(speaker, offset of same-line speech) for a `President X said:` line."""
    m = SAID_INTRO.match(text) if INTRO_COLON.search(text) and INTRO_VERB_AFTER_BLANK.search(text) else None
    if not m:
        return None, None
    head = m.group("head")
    # `Speaking at the meeting, the President of Russia noted:` — the subject ends the head
    parts = [p.strip() for p in head.split(",")]
    for candidate in (head, parts[-1], *reversed(parts[:-1])):
        who = checked(candidate)
        if who and len(candidate.split()) <= 12 and plausible_subject(who, registry):
            return who, (m.start("text") if m.group("text") else None)
    return None, None


def plausible_subject(who: str, registry: Registry) -> bool:
    """Whether the subject of a `X said:` line is a speaker: a pronoun, a role, a person the
    document names, or a word the document uses as a surname. `Show notes:` is a heading."""
    parsed = parse_mention(who)
    if parsed is None:
        return False
    if parsed.kind == "surname":
        first = folded(who.split()[0])
        return first in HONORIFICS or first in ABBREVIATIONS or \
            registry.by_surname(parsed.last or "", initial=parsed.first) is not None
    if parsed.kind == "person":
        return bool(parsed.role) or is_given_name(parsed.first) or registry.find(parsed) is not None \
            and registry.find(parsed).mentions >= 2
    return True


def names_only(label: Label, text: str) -> bool:
    """A role label followed by nothing but a person's name."""
    if label.mention is None or len(text.split(None, 9)) > 8 or TERMINAL.search(text.rstrip(")")):
        return False
    role = parse_mention(label.mention)
    named = parse_mention(text)
    return role is not None and role.kind == "role" and named is not None and named.kind == "person"


# Lines at least this long have their words counted only as far as a test needs: a document that
# lost its line breaks is one line, and the list of all its words would take ten times its size.
# (`text.split(None, n)` does the same for the counts up to a few: it stops after n words.)
LONG_LINE = 10_000


def words_up_to(text: str, limit: int) -> int:
    """The number of words (`\\w+`) in ``text``, or ``limit`` if there are at least that many."""
    n = 0
    for _ in WORD.finditer(text):
        n += 1
        if n == limit:
            break
    return n


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` with a word boundary at both ends: the same as
    `re.search(rf"\\b{re.escape(word)}\\b", text)`, without compiling a pattern for each word."""
    i = text.find(word)
    while i >= 0:
        if at_boundary(text, i) and at_boundary(text, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


def at_boundary(text: str, i: int) -> bool:
    """`\\b` at offset ``i``: a word character on one side only. `\\w` in a str pattern is what
    `isalnum()` or `_` is, for every character of Unicode."""
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    after = i < len(text) and (text[i].isalnum() or text[i] == "_")
    return before != after


@lru_cache(maxsize=4096)
def words_naming(speaker: str) -> tuple[str, ...]:
    """The lowercase words that name ``speaker`` in the prose (surname, name, first name of an address
    form), which `narrative` looks for. Cached: a transcript opens many turns for each speaker."""
    parsed = parse_mention(speaker)
    if parsed is None:
        return ()
    return tuple(w.lower() for w in (parsed.last, parsed.name, parsed.first if parsed.kind == "address" else None)
                 if w)


@dataclass
class Turn:
    kind: str
    start: int
    end: int
    speaker: str | None
    rule: str
    confidence: float

    def statement(self) -> Statement:
        return Statement(self.kind, self.start, self.end, self.speaker, self.rule, self.confidence)


@dataclass
class TurnFinder:
    """The line pass; `turns` and `prose` (line spans outside turns) are its results."""

    lines: list[Line]
    labels: LabelChecker
    roles: Roles
    skip: set[int]
    interview: bool
    found: list[re.Match | None]  # `line_labels(lines)`
    turns: list[Turn] = field(default_factory=list)
    prose: list[list[Line]] = field(default_factory=list)
    current: Turn | None = None
    pending: tuple[str | None, str, str] | None = None  # (speaker, kind, rule) for the next lines
    speaker_words: set[str] = field(default_factory=set)
    resuming: bool = False  # the pending speaker is the one a stage direction interrupted
    label_lines: int | None = None  # how many lines open with a speaker label, counted when first needed
    capital_labels: int | None = None  # how many lines open with a label in capitals, counted when first needed
    line_counts: Counter | None = None  # how often each short line stands alone, counted when first needed
    asking: bool = False  # a `Q` line has been seen: `A.` lines answer it
    alone_labels: int = 0  # lines that are a name or a bare role alone, where one of them recurs
    in_box: bool = False  # inside a web page's box of links (`See also` and its headlines)
    text: str = ""  # the document, for what closes a turn's last line
    asked: set[int] = field(default_factory=set)  # lines the markup set apart as questions (`asked_lines`)
    quote_ends: set[int] = field(default_factory=set)  # lines that close a block quote in the markup

    def run(self) -> None:
        lines = self.lines
        colon_next = {i - 1 for i, line in enumerate(lines) if i and line.text.startswith(":")}
        skip, structural = self.skip, self.structural  # looked up once, not at each line
        for i, line in enumerate(lines):
            if i in skip:  # the title and its repeats: neither speech nor reporting prose
                self.close()
                self.break_prose()
                continue
            if self.in_box:  # the headlines of a box of links, up to a blank line
                if not line.blank_before:
                    continue
                self.in_box = False
            if structural(i, line, colon_next):
                continue
            if self.pending is not None and self.resuming and self.narrative(line.text):
                self.pending = None
            if self.pending is not None:
                speaker, kind, rule = self.pending
                self.pending = None
                self.open(kind, line.start, line.end, speaker, rule, 0.9)
                self.quote_closed(i)
                continue
            if self.current is not None and not self.narrative(line.text):
                self.current.end = line.end
                self.quote_closed(i)
                continue
            self.close()
            self.prose_line(line)
        self.close()

    def structural(self, i: int, line: Line, colon_next: set[int]) -> bool:
        """Handle a line that opens, closes or announces a turn; False for plain lines."""
        text = line.text
        first = text[0]
        if self.asked and i in self.asked:  # a question in bold: the plain lines below answer it
            self.close()
            self.open("question", line.start, line.end, self.roles.interviewer, "interview.marked", 0.85)
            self.close()
            self.pending = (self.roles.interviewee, "answer", "interview.marked")
            self.resuming = False
            return True
        # `Copyright ...`, `Subscribe ...`: closes the turn, says nothing
        if first in FOOTER_START and FOOTER.match(text):
            self.close()
            self.pending = None
            self.break_prose()
            return True
        if first in SEPARATOR_START and SEPARATOR.match(text):
            self.close()
            self.pending = None
            self.break_prose()
            return True
        if first in STAGE_START and STAGE.match(text) or "interjecting" in text[-14:] and INTERJECTING.match(text):
            resume = self.current
            self.close()
            if resume is not None:
                self.pending = (resume.speaker, resume.kind, resume.rule)
                self.resuming = True
            return True
        # HEADING holds no small letter: a line whose second character is one skips the pattern
        if not "a" <= text[1:2] <= "z" and HEADING.match(text) and len(text.split(None, 8)) <= 7 \
                and not TERMINAL.search(text):
            # `NADIA FERREIRA` on a line of its own, the speech on the lines below
            label = self.labels.check(text)
            if label is not None and i + 1 < len(self.lines):
                self.close()
                self.pending = (label.mention, label.kind, "transcript.label_line")
                self.resuming = False
                return True
        if first.isupper() and "a" <= text[1:2] <= "z" and name_sized(text) and i + 1 < len(self.lines) \
                and text[-1] not in NAME_LINE_ENDS and i not in colon_next:
            label = self.name_line(untimed(text))
            if label is not None:  # `Helena Sarto` on a line of its own, a web page's label element
                self.close()
                self.pending = (label.mention, label.kind, "transcript.name_line")
                self.resuming = False
                return True
        if first in "ROSPWCIA" and i + 1 < len(self.lines) and not TERMINAL.search(text):
            m = REMARKS_HEADING.match(text)
            who = checked(m.group("who")) if m else None
            if who is not None:  # `Remarks by Mayor Celia Ortiz`, the speech in the paragraphs below
                self.close()
                self.pending = (who, "speech", "transcript.remarks_heading")
                self.resuming = False
                return True
        if i in colon_next or (text.startswith(":") and i - 1 in colon_next):
            return self.split_label(i, line)
        colon = ":" in text
        who, same_line = intro_speaker(text, self.labels.registry) if colon else (None, None)
        if who is not None and same_line is None and i + 1 < len(self.lines) \
                and self.lines[i + 1].text[:1] in OPENING_MARKS:
            return False  # `He said:` and a quotation below: reporting prose, for the quote finder
        if who is not None:
            self.close()
            if same_line is not None:
                self.open("speech", line.start + same_line, line.end, who, "transcript.said", 0.85)
            else:
                self.pending = (who, "speech", "transcript.said")
                self.resuming = False
            return True
        q = Q_LINE.match(text) if first == "Q" else None
        if q is not None:  # `Q    Thanks, Karen. Does the President ...`: an unnamed reporter unless an interview
            asker = self.roles.interviewer
            named = self_named(text[q.end():]) if asker is None else None
            if named is not None:  # `Q    Yes, Jane Doe from the Daily News. ...`
                self.open("question", line.start + q.end(), line.end, named, "transcript.asker_named", 0.85)
            else:
                self.open("question", line.start + q.end(), line.end, asker, "interview.q_line", 0.85)
            self.asking = True
            return True
        a = A_LINE.match(text) if first == "A" and self.asking else None
        if a is not None:  # `A.  It will.` after `Q.  When?`: the answer, not the question going on
            self.close()
            self.open("answer", line.start + a.end(), line.end, self.roles.interviewee, "interview.a_line", 0.85)
            return True
        m = self.found[i]
        label = self.labels.check(m.group("label")) if m else None
        if label is None and m is not None and self.outlet_asking(m):
            self.close()  # `AFP: Will the ministers ...?` in a briefing: a reporter the record does not name
            self.open("question", line.start + m.start("text"), line.end, None, "transcript.outlet_question", 0.8)
            return True
        if label is not None:
            self.close()
            kind, speaker = label.kind, label.mention
            if kind == "question":
                speaker = self.roles.interviewer
            elif kind == "answer":
                speaker = self.roles.interviewee
            rule = "interview.qa" if kind != "speech" else "transcript.label"
            said = m.group("text")
            if said and (speaker is None and kind != "answer" or folded(m.group("label")) in ASKER_LABELS):
                named = self_named(said)  # `QUESTION: Martin, Laura Fitch with Global Dispatch. ...`
                if named is not None:
                    speaker, rule = named, "transcript.asker_named"
            if kind == "question" and speaker is None and "[" in m.group("label"):
                named = bracketed_asker(m.group("label"))  # `Question [Jane Roe, Reuters]`
                if named is not None:
                    speaker, rule = named, "transcript.asker_named"
            if said and LIST_OF_NAMES.match(said):
                return False  # `Rovers: Fenwick, Ward, Olsen, ...` is a line-up, not a turn
            if said and names_only(label, said):
                return False  # `MODERATOR: Chris Okonjo (Channel 9)` introduces, it does not speak
            if said and said[0] in OPENING_MARKS and not self.transcript_shaped():
                return False  # `Name: "..."` once in an article: a quotation the quote finder attributes
            if said:
                stage = STAGE_PREFIX.match(said)
                start = m.start("text") + (stage.end() if stage else 0)
                if start >= len(text):  # `UNIDENTIFIED MALE: (Speaking Polish)`: a turn with no words
                    self.close()
                    return True
                self.open(kind, line.start + start, line.end, speaker, rule, 0.95)
            else:
                self.pending = (speaker, kind, rule + "_line")
                self.resuming = False
            return True
        d = DASH_LINE.match(text) if first in DASH_START else None
        if d is not None:
            return self.dash(line, line.start + d.end())
        # a photo credit has its colon near the start; a caption or a box's heading is short
        if (self.current is not None or (self.pending is not None and self.resuming)) and \
                (len(text) < SHORT_LINE or text.find(":", 0, 20) >= 0):
            return self.interrupted(text)
        return False

    def name_line(self, text: str) -> Label | None:
        """A person's name alone on a line, in ordinary case, as a label: only in a document that sets
        names (or a bare `Question`, or a role such as `The Chair`) alone on a line three times or more,
        one of them at least twice, or one person twice in two forms (`Mr Tomasz Wren (Lowfield)`, then
        `Mr Tomasz Wren`): a web page printing each label in an element of its own."""
        if self.line_counts is None:
            self.line_counts = Counter(untimed(line.text) for line in self.lines if name_sized(line.text))
            alone = {t: n for t, n in self.line_counts.items()
                     if self.is_name(t) or self.is_bare_role(t) or self.is_role(t)}
            people = Counter(parse_mention(t).last for t in alone if self.is_name(t))
            if any(n >= 2 for n in alone.values()) or any(n >= 2 for n in people.values()):
                self.alone_labels = sum(alone.values())
        if self.alone_labels < MIN_ALONE_LABELS:
            return None
        label = self.labels.check(text)
        if label is None:
            return None
        if label.mention is None:
            return label if label.kind != "speech" else None
        return label if self.is_name(text) or self.is_role(text) else None

    def is_bare_role(self, text: str) -> bool:
        """`Question`, `Answer`: a role label that names nobody."""
        label = self.labels.check(text)
        return label is not None and label.mention is None and label.kind != "speech"

    def is_name(self, text: str) -> bool:
        """Whether a line is a person's name and nothing else (`Helena Sarto`, `Dr Ruiz`), or with the
        job or seat a record sets beside it (`Councillor Marta Ilves (Harbour Ward)`, `Lord Mayor Paul
        Seddon`, `The Minister for Housing (Grace Tolland)`): a full name, then, not a surname."""
        core = PAREN.sub(" ", text) if "(" in text else text
        if len(core.split()) > 4 or not text[:1].isupper() or text[-1] in NAME_LINE_ENDS:
            return False
        label = self.labels.check(text)
        parsed = parse_mention(text) if label is not None and label.mention is not None else None
        return parsed is not None and (parsed.kind == "person" or parsed.kind == "surname" and not parsed.role)

    def is_role(self, text: str) -> bool:
        """`The Lord Mayor`, `The Chair`: a role alone on a line, in a document that sets names so, is the
        label of whoever holds it."""
        if not text.startswith("The ") or len(text.split()) > 4:
            return False
        parsed = parse_mention(text)
        return parsed is not None and parsed.kind == "role"

    def interrupted(self, text: str) -> bool:
        """A photo credit, a caption or a box of links inside a turn: the turn goes on after it."""
        kind = interruption(text)
        if kind is None:
            return False
        resume = self.current or Turn(self.pending[1], 0, 0, self.pending[0], self.pending[2], 0.9)
        self.close()
        self.pending = (resume.speaker, resume.kind, resume.rule)
        self.resuming = True
        self.in_box = kind == "box"
        return True

    def transcript_shaped(self) -> bool:
        """Whether the document is a transcript: three or more labelled turns."""
        if self.label_lines is None:
            counts = self.labels.counts
            self.label_lines = sum(n for label, n in counts.items() if self.labels.check(label) is not None)
        return self.label_lines >= 3

    def split_label(self, i: int, line: Line) -> bool:
        """`Name` on one line and `: text` on the next."""
        if not line.text.startswith(":"):
            label = self.labels.check(line.text)
            if label is None:
                return False
            self.close()
            self.pending = (label.mention, label.kind, "transcript.label_split")
            return True
        if self.pending is None:
            return False
        speaker, kind, rule = self.pending
        self.pending = None
        body = line.text[1:]
        start = line.start + 1 + (len(body) - len(body.lstrip()))
        if start < line.end:
            self.open(kind, start, line.end, speaker, rule, 0.9)
        return True

    def dash(self, line: Line, start: int) -> bool:
        text = line.text
        if self.pending is not None:
            speaker, kind, rule = self.pending
            self.pending = None
            self.close()
            self.open(kind, start, line.end, speaker, rule, 0.9)
            return True
        if not self.interview:
            return False
        self.close()
        if is_question(text):
            self.open("question", start, line.end, self.roles.interviewer, "interview.dash", 0.85)
        else:
            self.open("answer", start, line.end, self.roles.interviewee, "interview.dash", 0.85)
        return True

    # -- turns -----------------------------------------------------------
    def open(self, kind: str, start: int, end: int, speaker: str | None, rule: str, confidence: float) -> None:
        self.close()
        self.pending = None
        self.break_prose()
        self.current = Turn(kind, start, end, speaker, rule, confidence)
        if speaker:
            self.speaker_words.update(words_naming(speaker))

    def outlet_asking(self, m: re.Match) -> bool:
        """`AFP:`, `NHK:` before words that ask, in a record labelled in capitals: a news agency's letters,
        naming no one, as foreign ministries print the asker of a question."""
        raw, said = m.group("label"), m.group("text")
        return bool(said) and "?" in said and 2 <= len(raw) <= MAX_OUTLET_LETTERS \
            and raw.isalpha() and raw.isupper() and self.verbatim()

    def quote_closed(self, i: int) -> None:
        """`Name said:` and the words in a block quote: the quotation ends with the block."""
        if self.quote_ends and i in self.quote_ends and self.current.rule == "transcript.said":
            self.close()

    def close(self) -> None:
        turn = self.current
        if turn is None:  # most calls: no turn is open
            return
        text = self.text
        if turn.end > turn.start and text[turn.end - 1:turn.end] in (")", "]"):
            # `... in good shape.  (Laughter.)`: the note closing the turn is not said; searched on its last line
            line_start = max(turn.start, text.rfind("\n", turn.start, turn.end) + 1)
            m = TRAILING_STAGE.search(text, line_start, turn.end)
            if m is not None:
                turn.end = max(turn.start, m.start())
        if turn.end > turn.start:
            self.turns.append(turn)
        self.current = None

    def prose_line(self, line: Line) -> None:
        if not self.prose or self.prose[-1] is None:
            self.prose.append([line])
        else:
            self.prose[-1].append(line)

    def break_prose(self) -> None:
        if self.prose and self.prose[-1] is not None:
            self.prose.append(None)  # type: ignore[arg-type]

    def verbatim(self) -> bool:
        """Whether the document is a verbatim record labelled in capitals (`MS. ROE:`, `THE PRESIDENT:`,
        `Q`): a briefing or broadcast transcript, where every paragraph is someone's words and one in
        the third person (`This morning the President signed ...`) goes on with the turn."""
        if self.capital_labels is None:
            self.capital_labels = sum(n for label, n in self.labels.counts.items()
                                      if label.isupper() and self.labels.check(label) is not None)
        return self.capital_labels >= 3

    def narrative(self, text: str) -> bool:
        """Whether a paragraph after a turn reports rather than continues the speech."""
        if FIRST_SECOND.search(text):
            return False
        if DATELINE.match(text) or is_date_line(text) or BOILERPLATE.search(text):
            return True
        if (text[0].isdigit() or text.startswith("END")) and CLOCK_LINE.match(text):
            return True  # `11:31 a.m.` closing a briefing
        if AFTER_EVENT.match(text) or UNNAMED_REPORT.match(text):
            return True
        m = LABEL.match(text)
        if m and folded(m.group("label").split()[0]) in LABEL_STOP:
            return True  # `Image: ...`, `Tags: ...`, `Photo: ...` close the turn
        n_words = len(WORD.findall(text)) if len(text) < LONG_LINE else words_up_to(text, 41)
        if n_words >= 2 and HEADING.match(text) and not TERMINAL.search(text):
            return True
        if n_words <= 40 and EVENT_NARRATIVE.search(text):
            return True
        if n_words >= 8 and self.verbatim():
            return False
        m = REPORTING_START.match(text)
        if m and checked(text[:m.end()].rsplit(None, 1)[0]):
            return True
        if THIRD_PERSON_QUOTE.search(text):
            return True
        if self.speaker_words and PAST_VERB.search(text):
            low = text.lower()
            if any(has_word(low, w) for w in self.speaker_words):
                return True
        return n_words < 8 and not TERMINAL.search(text)
