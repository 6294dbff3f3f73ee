"""The people a document names, and how its short mentions point back to them.

A :class:`Registry` is built once per document from every run of capitalised
words in the text (plus the byline). Short mentions are resolved against it:
a bare surname (`Smith`) to the one person of that surname in the document, an
address form (`Mikhail Yuryevich`) to the person of that first name, a role
(`the head of state`) to the last person named with a matching role. Nothing
is looked up outside the document, so `Aliyev` is Ilham in one article and
Heydar in another.
"""
from __future__ import annotations

import bisect
import re
from itertools import islice
from dataclasses import dataclass, field
from functools import lru_cache

from etl_plugins.speakers.genders import PRONOUN_GENDER, name_gender, role_gender, title_gender
from etl_plugins.speakers.names import PARTICLES, Parsed, folded, is_given_name, parse_mention, role_of_phrase
from etl_plugins.speakers.vocabulary import ROLE_SYNONYMS

ABBREVIATED = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt", "Hon", "Rev",
               "St", "Jr", "Sr", "Mme", "Amb", "Adm", "Maj", "Cmdr", "Pres", "Sec", "Coun", "Cllr", "Cr")
ABBREV = rf"(?:{'|'.join(ABBREVIATED)})\."
CAPITAL_CLASS = "[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ]"
WORD = rf"(?:{ABBREV}|[A-Z]\.|{CAPITAL_CLASS}[\w'’]*(?:-[\w'’]+)*)"
# `of the`, `and`, or one or two name particles (`van der`, `de la`) between capitalised words
LINK = r"(?:\s+(?:of\s+the|of|for|and|(?:de|da|di|van|von|der|den|al|bin|ibn|la|le|du|dos|del|y|oglu)" \
       r"(?:\s+(?:de|der|den|la|le|los|las|du))?)\s+|[ \t]+)"
#: Particles that may open a run before its first capitalised word (`van der Berg`, `de la Cruz`).
LEADING_PARTICLES = ("van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "al", "el", "bin", "ibn")
#: A run of capitalised words, with the small words that join titles and names.
# The lookahead rejects, with one class test, most positions no run can start at.
NAME_RUN = re.compile(rf"(?=[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁvdlaebi])(?:(?<![\w'’])(?:{'|'.join(LEADING_PARTICLES)})\s+){{0,2}}"
                      rf"{WORD}(?:{LINK}{WORD})*")
# NAME_RUN from the capital its first word starts with, the same pattern written to open with a
# character class: the engine then skips to the next capital without trying a match at each
# position, as it must for NAME_RUN (its leading lookahead gives it no such shortcut). The
# alternatives of the first WORD come in the same order, each tested against the capital already
# read; the abbreviations only where one to three small letters and a dot follow.
FIRST_WORD_REST = (rf"(?:(?=[a-z]{{1,3}}\.)(?:{'|'.join(f'(?<={a[0]}){a[1:]}' for a in ABBREVIATED)})\."
                   r"|\.(?<=[A-Z]\.)|[\w'’]*(?:-[\w'’]+)*)")
# The later words are written the same way: after a blank, a small letter then fails at once, where
# WORD would try each abbreviation in turn.
WORD_AT_CAPITAL = rf"{CAPITAL_CLASS}{FIRST_WORD_REST}"
# Read right after a run's first capital, where a leading particle could stand before it (`de la
# Cruz`): a particle and one blank, or two blanks or more (the particle before them is checked by
# `particles_before`). The empty group then takes part in the match, which `m.lastindex` shows.
# The first lookbehind lets through only the letters particles end with, and blanks: most runs stop
# at that test, which costs less than a second pass over the text to find the particles. A particle
# is a word of its own, as `particles_before` wants it: `leader` or `general` before a name is none;
# and before two or three blanks it ends in one of those letters (`Pardo.` then a blank line: none).
PARTICLE_ENDS = "".join(sorted({p[-1] for p in LEADING_PARTICLES}))
PARTICLES_3 = "|".join(p for p in LEADING_PARTICLES if len(p) == 3)
PARTICLES_2 = "|".join(p for p in LEADING_PARTICLES if len(p) == 2)
assert {len(p) for p in LEADING_PARTICLES} == {2, 3}  # all of them in PARTICLES_3 or PARTICLES_2
NOT_AFTER_WORD = r"(?<![\w'’])"  # WORD_CHAR, as a lookbehind
PARTICLE_MAY_LEAD = (rf"(?:(?<=[{PARTICLE_ENDS}\s]\s.)"
                     rf"(?:(?<=[{PARTICLE_ENDS}]\s\s.)|(?<=[{PARTICLE_ENDS}]\s\s\s.)|(?<=\s\s\s\s.)"
                     rf"|(?<={NOT_AFTER_WORD}(?:{PARTICLES_3})\s.)"
                     rf"|(?<={NOT_AFTER_WORD}(?:{PARTICLES_2})\s.))()|)")
RUN_AT_CAPITAL = re.compile(rf"{CAPITAL_CLASS}{PARTICLE_MAY_LEAD}{FIRST_WORD_REST}(?:{LINK}{WORD_AT_CAPITAL})*")
PARTICLE_SET = frozenset(LEADING_PARTICLES)
WORD_CHAR = re.compile(r"[\w'’]")  # what may not stand right before a leading particle
SENTENCE_END = re.compile(r"[.!?…]\s")
# Where a document gives a named person's role: `Margaret Hale (Chair)`, `Chinedu Okafor, the NLC
# president,`, `NLC President, Comrade Chinedu Okafor`, `moderator Chris Wallace`.
# Each is tried right after or right before a name run.
ROLE_PAREN = re.compile(r"\s*\((?P<role>[^()\n]{2,40})\)")
ROLE_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+|our\s+|who\s+is\s+the\s+)?"
                        r"(?P<role>[^,.;:()\n\"“”]{2,60}?)(?=[,.;:])")
ROLE_BEFORE = re.compile(r"(?P<role>\b[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,6}),\s+$")
# `Chair of the Inquiry: Sir Alan Mercer`, `... 07:40. Presenter: Nadia Brook.`: a role, a colon and the name ending
# its line (LINE_END after it), as a page lists who takes part; a turn's address (`MODERATOR: Jane, ...`) is not,
# nor a label in capitals calling on someone (`MODERATOR: Jane Roe.`).
ROLE_COLON = re.compile(r"(?:^|\n|[.!?][ \t]+)[ \t]*(?P<role>[A-Z][^\n:]{1,60}?)[ \t]*:[ \t]*$")
LINE_END = re.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t]*\.?[ \t]*(?:\n|$)")
# `moderated by Cabinet Secretary Yuko Ishida`, `hosted by ...`: the verb gives the role.
ROLE_AGENT = re.compile(r"\b(?P<verb>moderated|chaired|hosted|presented|anchored)\s+by\s+(?:[^\s.,;:]+\s+){0,6}$",
                        re.I)
AGENT_ROLES = {"moderated": "Moderator", "chaired": "Chair", "hosted": "Host", "presented": "Presenter",
               "anchored": "Anchor"}
# Possessive `*+`: a word is always taken whole, as a blank must follow it; giving letters back could
# never lead to a match, but the engine would try every split of every word before failing.
ROLE_LOWER = re.compile(r"\b(?P<role>[a-z][\w-]*+(?:\s+[a-z][\w-]*+){0,2})\s+$")


# Evidence read around a mention: the honorific that opens it, the speech verb it is the subject of,
# `according to` before it, and the first third-person pronoun after it in the same clause.
TITLE_AT = re.compile(r"(?P<title>Mr|Mrs|Ms|Miss|Mme|Mlle|Madam|Madame|Sir|Dame|Lady|Lord|Herr|Frau|"
                      r"Señora|Señor|Signora|Signor|Shri|Shrimati|Smt|Alhaji|Alhaja|Hajiya)\.?\s")
TITLE_INITIALS = frozenset("MSLDHFA")
SUBJECT_AFTER = re.compile(r"(?:,[^,.;\"“”«»\n]{1,120},)?\s+(?:(?:also|then|later|has|had|\w+ly)\s+)?"
                           r"(?:said|says|told|tells|added|adds|explained|warned|insisted|argued|stressed|noted|"
                           r"replied|wrote|writes|acknowledged|admitted|claimed|recalled|asked|answered|"
                           r"responded|declared|announced|urged)\b")
ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+\Z")
# The first of: a pronoun, the end of the clause, another capitalised word (another name).
PRONOUN_AFTER = re.compile(r"\b(?P<pronoun>[Ss]he|[Hh]er|[Hh]e|[Hh]is)\b|[.!?;\"“”«»\n]|\b[A-Z][a-z]")
# `told her`, `thanked him`: the pronoun is the object, someone else.
OBJECT_VERB = re.compile(r"\b(?:told|asked|thanked|gave|sent|met|called|urged|joined|invited|praised|critici[sz]ed|"
                         r"accused|named|appointed|hired|fired|replaced|for|to|with|by|about)\s+$")
# `answered her`, `interrupted her`: after any verb in the past, `her` is an object, not a possessive.
OBJECT_HER = re.compile(r"\b\w+ed\s+$")


# A preposition before a mention (`to Jones`, `with Jones`): the person is not the subject. `According to
# Smith` is the source, as a subject is.
GOVERNED = re.compile(r"(?<!according )\b(?:to|with|by|for|from|against|about|of|at|on|over|and|than)\s+\Z", re.I)
# The dots that end an abbreviation or an initial, not a sentence.
ABBREVIATION_DOT = re.compile(rf"(?:\b(?:{'|'.join(ABBREVIATED)})|\b[A-Z])\Z")
SENTENCE_REACH = 600


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding offset ``pos`` starts: after the last `.`, `!`, `?` followed by a blank,
    or the last line break, before it (looked for in the SENTENCE_REACH characters before)."""
    lower = max(0, pos - SENTENCE_REACH)
    start = max(text.rfind("\n", lower, pos) + 1, lower)
    for m in SENTENCE_END.finditer(text, start, pos):
        if text[m.start()] != "." or not ABBREVIATION_DOT.search(text, max(0, m.start() - 5), m.start()):
            start = m.end()
    return start


# How far back a description (`the former banker`) looks for the words that introduced it.
DESCRIPTION_REACH = 20000
# Between a description and the name it introduces: blanks, or `of the regulator,` and the like.
DESCRIPTION_GAP = re.compile(r"\s+|\s+of\s+(?:the\s+)?[^.;:!?\"“”«»\n]{1,40}?,\s+|,\s+")
# Nouns for writings and bodies: `the statement said`, `the ministry said` describe no person.
NOT_DESCRIBING = frozenset("""statement letter report bulletin testimony communique communiqué note opinion document
memo post tweet filing ruling judgment judgement decision release readout transcript study survey paper notice
ministry department agency office company firm group association union body board council committee government
authority regulator court bank party commission institute organisation organization alliance federation website
police army service embassy coalition network channel newspaper agency consortium society club team""".split())
# `Adeyemi, a former banker,` / `Errázuriz, the head of ... and a former minister`: the name and the words
# of the description up to it, in one clause.
APPOSITION = re.compile(rf"(?P<name>{NAME_RUN.pattern}),\s+(?:who\s+is\s+)?(?:a|an|the)\s+"
                        r"[^,.;:!?\"“”«»\n]{0,60}$")


# `the 58-year-old`: the age given beside a name (`Harrow, 58,`, `58-year-old John Harrow`).
AGE = re.compile(r"(?P<years>\d{1,3})-year-old")
NAMED_BEFORE = re.compile(rf"(?P<name>{NAME_RUN.pattern}),\s+$")


CLAUSE_CUT = re.compile(r".*(?:,|\band\b|[.;:!?])", re.S)


def words_beside(text: str, start: int, end: int) -> set[str]:
    """The words around a description's head within its phrase: back to the last comma or `and`
    (`Labour MP Sarah Dunn and Conservative MP`: only `Conservative`), on to the next comma."""
    before = text[max(0, start - 40):start]
    m = CLAUSE_CUT.match(before)
    before = before[m.end():] if m else before
    after = text[end:end + 30].split(",", 1)[0]
    return set((before + " " + after).lower().split())


@lru_cache(maxsize=256)
def described_word(head: str) -> re.Pattern:
    """The word a description ends with, in any case; `doctor` is also the title `Dr`, an age
    (`58-year-old`) is also the bare number between commas."""
    if head == "doctor":
        return re.compile(r"\b(?:[Dd]octor|DOCTOR|Dr)\b\.?")
    age = AGE.fullmatch(head)
    if age:
        return re.compile(rf"\b{age.group('years')}(?:-year-old\b|(?=,))")
    return re.compile(rf"\b{re.escape(head)}\b", re.I)


FORMER = ("former ", "ex-")
DEPUTY_WORDS = frozenset({"vice", "deputy", "co", "assistant", "acting", "former", "ranking"})
# How many mentions `Registry.latest_at` reads back one by one before it looks up each candidate's
# own mentions instead: the one it wants is nearly always among the last few.
RECENT_MENTIONS = 64


@lru_cache(maxsize=65536)
def fold(s: str | None) -> str:
    return folded(s or "")  # cached: called for every capitalised word of a text


@dataclass
class Person:
    name: str
    first: str
    last: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    mentions: int = 0
    # A known first name or a title says this is a person; `Standing Amazon` or `Mato Grosso` may
    # parse as a name too, but their bare last word (`Amazon`) is no person's surname.
    certain: bool = False
    # (honorifics, role words, given name, pronouns after a mention): each a tally of `f` and `m`
    evidence: dict[str, int] = field(default_factory=dict)

    @property
    def gender(self) -> str | None:
        """`f`, `m` or None: the strongest evidence the document gives, if it is one-sided."""
        for kind in ("title", "role", "name", "pronoun"):
            f, m = self.evidence.get(kind + ":f", 0), self.evidence.get(kind + ":m", 0)
            if f or m:
                return "f" if f > m else "m" if m > f else None
        return None

    def tally(self, kind: str, gender: str | None) -> None:
        if gender:
            key = f"{kind}:{gender}"
            self.evidence[key] = self.evidence.get(key, 0) + 1

    def compatible(self, gender: str | None) -> bool:
        """Whether a pronoun of ``gender`` can point to this person."""
        own = self.gender
        return gender is None or own is None or own == gender

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None

    @property
    def affiliation(self) -> str | None:
        return self.affiliations[0] if self.affiliations else None

    def has_role(self, role: str) -> bool:
        want = role.lower()
        if want.startswith(FORMER) and not any(r.lower().startswith(FORMER) for r in self.roles):
            return False  # `the former minister` is not the minister in office
        want = ROLE_SYNONYMS.get(want, want)
        heads = [w for w in want.split() if w not in ("of", "the", "and")]
        head = heads[0] if want.startswith("head") else (heads[-1] if heads else want)
        for r in self.roles:
            words = r.lower().replace("-", " ").split()
            if r.lower() == want or (head in words and not (
                    words[0] in DEPUTY_WORDS and want.split()[0] not in DEPUTY_WORDS)):
                return True
        return False


class People(list):
    """A list of people that also holds their ids, to test whether one is in it at once."""

    def __init__(self, people=()):
        super().__init__(people)
        self.ids = frozenset(map(id, self))


class Registry:
    """Every person a document names, with where it names them."""

    def __init__(self) -> None:
        self.people: dict[tuple[str, str], Person] = {}
        self.order: list[Person] = []
        self.surnames: dict[str, list[Person]] = {}
        # (position, person) for mentions in reporting prose, for recency.
        self.positions: list[int] = []
        self.at: list[Person] = []
        # gender a resolved pronoun has shown (`"...," she said` about X): evidence for later pronouns
        self.learned: dict[str, str] = {}
        # Derived for look-ups, built on first use: the holders of each role asked for, the people
        # by first name and by initials, and each person's indices into `at`. A long document asks
        # for the same roles, names and recent people at every statement; reading every person or
        # mention each time costs as much as the document is long.
        self.role_holders: dict[str, People] = {}
        self.indexes: dict[str, dict[str, list[Person]]] = {}
        self.indices_of: dict[int, list[int]] | None = None
        # looked up once per document: the offsets of a description's word
        self.described_at: dict[str, list[tuple[int, int]]] = {}

    @classmethod
    def build(cls, text: str, quoted: list[tuple[int, int]] = (), byline: str | None = None,
              title: str | None = None, listed: tuple[str, ...] = ()) -> "Registry":
        """Scan ``text``; mentions inside ``quoted`` spans count for names but not for recency.
        A ``title`` the text does not hold (a reader took it from front matter) names people too
        (`Press Briefing by Press Secretary Jane Roe`), at no position, and so do the names
        ``listed`` beside the text (a front matter's `speakers:`, see :func:`listed_speakers`).

        The people are found once per text (the segmenter and the resolver share them);
        only the recency positions depend on ``quoted``."""
        outside = [title] if title and title not in text else []
        outside += [name for name in listed if name not in text]
        base = people_of(text, byline, "\n".join(outside) or None)
        reg = cls()
        reg.people, reg.order, reg.surnames = base.people, base.order, base.surnames
        if not quoted:  # every mention counts: the lists copied whole
            reg.positions, reg.at = list(base.positions), list(base.at)
            return reg
        spans = sorted(quoted)
        starts = [s for s, _ in spans]
        for pos, person in zip(base.positions, base.at):
            if not inside(starts, spans, pos):
                reg.positions.append(pos)
                reg.at.append(person)
        return reg

    def add(self, parsed: Parsed, pos: int, countable: bool = True) -> Person:
        if self.role_holders or self.indexes:  # a new person or role: the holders of a role may change
            self.role_holders.clear()
            self.indexes.clear()
        key = (fold(parsed.first), fold(parsed.last))
        person = self.people.get(key)
        if person is None:
            person = Person(parsed.name or "", parsed.first or "", parsed.last or "")
            self.people[key] = person
            self.order.append(person)
            self.surnames.setdefault(key[1], []).append(person)
        person.mentions += 1
        person.certain = person.certain or bool(parsed.role) or is_given_name(parsed.first)
        if person.mentions == 1:
            person.tally("name", name_gender(parsed.first))
        if parsed.role:
            person.tally("role", role_gender(parsed.role))
        if parsed.long_form:
            person.aliases.add(parsed.long_form)
        if parsed.role and parsed.role not in person.roles:
            person.roles.append(parsed.role)
        if parsed.affiliation and parsed.affiliation not in person.affiliations:
            person.affiliations.append(parsed.affiliation)
        if countable and pos >= 0:
            self.note(person, pos)
        return person

    def note(self, person: Person, pos: int) -> None:
        i = bisect.bisect_right(self.positions, pos)
        self.positions.insert(i, pos)
        self.at.insert(i, person)
        self.indices_of = None

    # -- look-ups --------------------------------------------------------
    def find(self, parsed: Parsed) -> Person | None:
        return self.people.get((fold(parsed.first), fold(parsed.last)))

    def by_surname(self, last: str, pos: int | None = None, initial: str | None = None) -> Person | None:
        """The person of that surname; when several share it, the last named before ``pos``."""
        found = self.surnames.get(fold(last), [])
        if initial:
            found = [p for p in found if p.first[:1].lower() == initial[:1].lower()]
        if len(found) <= 1:
            return found[0] if found else None
        person = self.latest(pos, among=found) if pos is not None else None
        if person is None:  # named before any mention (a headline): the one the text names most
            found.sort(key=lambda p: -p.mentions)
            person = found[0] if found[0].mentions > found[1].mentions else None
        return person

    def by_first(self, first: str, long_form: str | None = None) -> Person | None:
        """The person an address form (`Vladimir Vladimirovich`) names."""
        found = list(self.index_of("first").get(fold(first), ()))
        if long_form and len(found) > 1:
            with_form = [p for p in found if any(a.lower().startswith(long_form.lower()) for a in p.aliases)]
            found = with_form or found
        if len(found) > 1:
            found.sort(key=lambda p: -p.mentions)
            if found[0].mentions == found[1].mentions:
                return None
        return found[0] if found else None

    def by_initials(self, letters: str) -> Person | None:
        """`AM` for Andrew Marr, in transcripts that label turns with initials."""
        found = self.index_of("initials").get(letters.upper(), ())
        return found[0] if len(found) == 1 else None

    def index_of(self, key: str) -> dict[str, list[Person]]:
        """The people by folded first name (``first``) or by initials (``initials``), in the order
        the document names them: built once, not by reading every person at each statement."""
        index = self.indexes.get(key)
        if index is None:
            index = self.indexes[key] = {}
            for p in self.order:
                index.setdefault(fold(p.first) if key == "first" else (p.first[:1] + p.last[:1]).upper(),
                                 []).append(p)
        return index

    def fits(self, person: Person, gender: str | None) -> bool:
        """Whether a pronoun of ``gender`` can point to ``person``, given the text and the
        pronouns already resolved to them."""
        learned = self.learned.get(person.name)
        if person.gender is None and learned is not None and gender is not None:
            return learned == gender
        return person.compatible(gender)

    def learn(self, name: str, gender: str | None) -> None:
        if gender and name not in self.learned:
            self.learned[name] = gender

    def holders(self, role: str) -> list[Person]:
        """The people the document gives ``role``, in the order it names them (those who hold it exactly,
        when some do: `Labour MP` is not every MP): a list kept for the next call, not to be changed."""
        found = self.role_holders.get(role)
        if found is None:  # the people and their roles are all known once the registry is built
            holders = [p for p in self.order if p.has_role(role)]
            exact = [p for p in holders if any(r.lower() == role.lower() for r in p.roles)]
            found = self.role_holders[role] = People(exact or holders)
        return found

    def by_role(self, role: str, pos: int | None) -> Person | None:
        found = self.holders(role)
        if len(found) <= 1:
            return found[0] if found else None
        return self.latest(pos, among=found) or found[0]

    def by_description(self, text: str, description: str, pos: int, qualified: bool = False) -> Person | None:
        """The person the text describes with the words of ``description`` before ``pos``, the nearest
        first: `the former banker` for `Adeyemi, a former banker,`, `the lawyer` for `Lawyer Esther
        Njeri`, `the chief executive` for `The chief executive of the regulator, Helen Marsh`."""
        words = [w for w in description.lower().split() if w not in ("the", "a", "an")]
        if not words:
            return None
        head, others = words[-1], words[:-1]
        if head in NOT_DESCRIBING or (qualified and not others):
            return None
        if len(text) <= 2 * DESCRIPTION_REACH:  # an article: the text before the mention is short
            spans = [m.span() for m in described_word(head).finditer(text, 0, pos)]
        else:  # a long text: the word found once in the whole of it, not again for every mention
            spans = self.described_at.get(head)
            if spans is None:
                spans = self.described_at[head] = [m.span() for m in described_word(head).finditer(text)]
        k = bisect.bisect_left(spans, (pos, pos))
        while k > 0 and spans[k - 1][0] >= pos - DESCRIPTION_REACH:
            k -= 1
            start, end = spans[k]
            if end > pos:
                continue
            if others and not all(w in words_beside(text, start, end) for w in others):
                continue
            person = self.named_after(text, end) or self.named_before(text, start, AGE.fullmatch(head))
            if person is not None:
                return person
        return None

    def named_after(self, text: str, end: int) -> Person | None:
        """The person named right after a description (`Lawyer Esther Njeri`, `The chief executive of
        the regulator, Helen Marsh`), within the clause."""
        m = NAME_RUN.search(text, end, end + 60)
        if m is None or not DESCRIPTION_GAP.fullmatch(text, end, m.start()):
            return None
        return self.person_named(m.group())

    def named_before(self, text: str, start: int, age: bool = False) -> Person | None:
        """The person a description follows as an apposition (`Adeyemi, a former banker`, `Harrow, 58,`)."""
        m = (NAMED_BEFORE if age else APPOSITION).search(text, max(0, start - 120), start)
        return self.person_named(m.group("name")) if m else None

    def person_named(self, mention: str) -> Person | None:
        parsed = parse_mention(mention)
        if parsed is None:
            return None
        if parsed.kind == "person":
            return self.find(parsed)
        if parsed.kind == "surname":
            return self.by_surname(parsed.last or "", initial=parsed.first)
        return None

    def subject_at(self, text: str, named: tuple[Person, int], gender: str | None,
                   floor: int = -1) -> tuple[Person, int]:
        """The person a pronoun after the sentence of mention ``named`` points to: the first person
        that sentence names, its subject (`Smith criticised Jones. "...," he said`), unless a
        preposition governs that mention (`In a letter to Jones, Smith wrote`); else ``named``."""
        k = bisect.bisect_left(self.positions, named[1])
        if k == 0 or self.positions[k - 1] <= max(floor, named[1] - SENTENCE_REACH):
            return named  # nobody named just before: no sentence to read
        start = max(sentence_start(text, named[1]), floor + 1)
        i = bisect.bisect_left(self.positions, start)
        while i < len(self.positions) and self.positions[i] < named[1]:
            person, at = self.at[i], self.positions[i]
            if person is not named[0] and person.certain and self.fits(person, gender) \
                    and not GOVERNED.search(text, max(0, at - 16), at):
                return person, at
            if person is named[0]:
                break
            i += 1
        return named

    def latest(self, pos: int | None, among: list[Person] | None = None) -> Person | None:
        """The person last named in reporting prose before ``pos``."""
        found = self.latest_at(pos, among)
        return found[0] if found else None

    def latest_at(self, pos: int | None, among: list[Person] | None = None,
                  certain: bool = False, gender: str | None = None) -> tuple[Person, int] | None:
        """(person, position) of the last mention in reporting prose before ``pos``; with
        ``certain``, of the last one known to be a person, else of the last one at all; with
        ``gender``, of one a pronoun of that gender can point to."""
        if pos is None:
            return None
        i = bisect.bisect_left(self.positions, pos)
        wanted = None if among is None else among.ids if isinstance(among, People) else {id(p) for p in among}
        fallback = None
        stop = max(0, i - RECENT_MENTIONS)
        while i > stop:
            i -= 1
            person = self.at[i]
            if (wanted is None or id(person) in wanted) and (gender is None or self.fits(person, gender)):
                if not certain or person.certain:
                    return person, self.positions[i]
                fallback = fallback or (person, self.positions[i])
        if i == 0:
            return fallback
        # Further back, each candidate's own last mention before index i, not every mention in
        # turn: otherwise a role whose holder was named only at the start of a long document
        # reads back over the whole text at each statement.
        found = self.last_mention_before(i, self.order if among is None else among, certain, gender)
        if found is None or (certain and not self.at[found].certain):
            return fallback or (None if found is None else (self.at[found], self.positions[found]))
        return self.at[found], self.positions[found]

    def last_mention_before(self, i: int, candidates: list[Person], certain: bool,
                            gender: str | None) -> int | None:
        """The index into `at` of the last mention before ``i`` of one of ``candidates`` a pronoun
        of ``gender`` fits; with ``certain``, of one known to be a person if there is one."""
        if self.indices_of is None:
            self.indices_of = {}
            for k, person in enumerate(self.at):
                self.indices_of.setdefault(id(person), []).append(k)
        best = best_certain = -1
        for person in candidates:
            indices = self.indices_of.get(id(person))
            if not indices or indices[0] >= i or (gender is not None and not self.fits(person, gender)):
                continue
            k = indices[bisect.bisect_left(indices, i) - 1]
            best = max(best, k)
            if person.certain:
                best_certain = max(best_certain, k)
        if certain and best_certain >= 0:
            return best_certain
        return best if best >= 0 else None


def forget_texts() -> None:
    """Drop what `people_of` and `scan` keep of the texts they were last given.

    They keep it so that the segmenter and the resolver scan a document once between them; once
    the resolver has its registry, no one asks again, and what they keep (several times the
    text's size, and the text itself) would otherwise stay while the run writes its files."""
    people_of.cache_clear()
    scan.cache_clear()


def listed_speakers(metadata: dict) -> tuple[str, ...]:
    """The names a reader listed as the document's speakers (``metadata["speakers"]``)."""
    listed = metadata.get("speakers") if metadata else None
    if not isinstance(listed, list):
        return ()
    return tuple(name for name in listed if isinstance(name, str) and name.strip())


@lru_cache(maxsize=8)
def people_of(text: str, byline: str | None, title: str | None = None) -> Registry:
    """Every person ``text`` names, with the positions of all their mentions (quoted or not), and those
    a ``title`` outside the text names."""
    reg = Registry()
    if title:
        title_persons, _, title_roles = scan(title)
        for _, parsed, _ in title_persons:
            reg.add(parsed, -1, countable=False)
        for parsed, role in title_roles:
            person = reg.find(parsed)
            if person is not None and role not in person.roles:
                person.roles.append(role)
    persons, surnames, roles = scan(text)
    # The surnames named with a first name, built only when a particle leads a name (`Le Maire`): rare.
    longer: set[str] | None = None
    particled: list[SurnameMention] = []
    for pos, parsed, end in persons:
        if fold(parsed.first) in PARTICLES:
            if longer is None:
                longer = {fold(p.last) for _, p, _ in persons if fold(p.first) not in PARTICLES}
            if particle_surname(parsed, longer):
                particled.append((pos, parsed.last, None, end))
                continue
        person = reg.add(parsed, pos, countable=False)
        reg.positions.append(pos)
        reg.at.append(person)
        if read_context(text, pos, end, person):
            person.certain = True
    if byline:
        parsed = parse_mention(byline)
        if parsed and parsed.kind == "person":
            reg.add(parsed, -1, False)
    for parsed, role in roles:
        person = reg.find(parsed)
        if person is not None and role not in person.roles:
            person.roles.append(role)
            person.tally("role", role_gender(role))
    known = reg.surnames
    # most capitalised words are nobody's surname: dropped first, in one comprehension
    for pos, last, initial, end in [s for s in surnames if fold(s[1]) in known] + particled:
        person = reg.by_surname(last or "", initial=initial)
        if person is None:
            continue
        introduced = read_context(text, pos, end, person)
        if person.certain or person.mentions >= 2 or introduced:
            person.certain = person.certain or introduced
            reg.positions.append(pos)
            reg.at.append(person)
    notes = sorted(zip(reg.positions, range(len(reg.at))))
    reg.at = [reg.at[i] for _, i in notes]
    reg.positions = [pos for pos, _ in notes]
    return reg


def read_context(text: str, pos: int, end: int, person: Person) -> bool:
    """Tally the gender evidence of the mention at ``text[pos:end]``; True when it introduces
    a speaker (`X, the mayor, said`, `according to X`). An honorific is part of the name run
    (`Ms Carmichael`); the pronoun after a name counts only while nothing stronger is known."""
    title = TITLE_AT.match(text, pos) if text[pos] in TITLE_INITIALS else None
    if title:
        person.tally("title", title_gender(title.group("title")))
    introduced = not person.certain and (bool(SUBJECT_AFTER.match(text, end, end + 160))
                                         or bool(ACCORDING_BEFORE.search(text, max(0, pos - 16), pos)))
    if not person.evidence:
        nxt = PRONOUN_AFTER.search(text, end, end + 160)
        if nxt is not None and nxt.group("pronoun") and \
                not OBJECT_VERB.search(text, max(end, nxt.start() - 12), nxt.start()) and \
                not (nxt.group("pronoun") in ("her", "Her") and OBJECT_HER.search(text, max(end, nxt.start() - 16),
                                                                                      nxt.start())):
            person.tally("pronoun", PRONOUN_GENDER[nxt.group("pronoun").lower()])
    return introduced


Mention = tuple[int, Parsed, int]  # start, what it names, end
SurnameMention = tuple[int, str, "str | None", int]  # start, surname, initial, end


@lru_cache(maxsize=8)
def scan(text: str) -> tuple[list[Mention], list[SurnameMention], list[tuple[Parsed, str]]]:
    """Every name in ``text``: the full names of people, the surnames (resolved once all full names
    are known), each in text order, and the roles given beside the full names.

    Cached: the segmenter and the resolver scan the same text one after the other.
    """
    persons: list[Mention] = []
    surnames: list[SurnameMention] = []
    roles: list[tuple[Parsed, str]] = []
    for start, end in name_runs(text):
        run = text[start:end]
        if " " not in run and "." not in run:  # a single word: only a surname
            surnames.append((start, run, None, end))
            continue
        for offset, parsed, length in run_parts(run):
            if parsed.kind == "person":
                persons.append((start + offset, parsed, start + offset + length))
                if offset == 0:
                    beside = roles_beside(text, start, end)
                    if beside:  # most names have none
                        roles.extend((parsed, role) for role in beside)
            else:
                surnames.append((start + offset, parsed.last, parsed.first, start + offset + length))
    return persons, surnames, roles


def particle_surname(parsed: Parsed, lasts: set[str]) -> bool:
    """`Le Maire` where the text also names Hélène Le Maire: a surname with its particle, not a first
    name and a surname (`Al Gore`, `Ben Carson`, named so in full)."""
    first = parsed.first or ""
    return fold(first) in PARTICLES and parsed.name == f"{first} {parsed.last}" and fold(parsed.last) in lasts


def name_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each match of ``NAME_RUN.finditer(text)``, found without trying the pattern
    at every position.

    A run's first word starts at a capital, where RUN_AT_CAPITAL matches just as NAME_RUN does,
    and its optional particles stand right before that word: they move the start, not the end.
    Only where RUN_AT_CAPITAL marks that one may stand there (PARTICLE_MAY_LEAD) are they looked for.
    """
    spans: list[tuple[int, int]] = []
    previous_end = 0
    runs = RUN_AT_CAPITAL.finditer(text)
    # A few thousand matches at a time: listed together they are read fastest, and a long
    # document's matches, all listed at once, would take several times its own size.
    while matches := list(islice(runs, 4096)):
        found = [m.span() for m in matches]
        for i, m in enumerate(matches):
            if m.lastindex:  # a particle may stand before it
                start, end = found[i]
                found[i] = (particles_before(text, found[i - 1][1] if i else previous_end, start), end)
        previous_end = found[-1][1]
        spans += found
    return spans


def particles_before(text: str, pos: int, q: int) -> int:
    """Where a run whose first capitalised word is at ``q`` starts: at up to two leading particles
    before it (`de la Cruz`), each after a blank or the text's start, none before ``pos``."""
    start = q
    for _ in range(2):
        k = start
        while k > pos and text[k - 1].isspace():
            k -= 1
        if k == start:
            break
        for i in (k - 3, k - 2):  # the three-letter particles first: `der` before `de`
            if i >= pos and text[i:k] in PARTICLE_SET and not (i > 0 and WORD_CHAR.match(text, i - 1)):
                start = i
                break
        else:
            break
    return start


@lru_cache(maxsize=16384)
def run_parts(run: str) -> tuple[tuple[int, Parsed, int], ...]:
    """(offset, parsed, length) of each part of a run that names a person or a surname.

    Cached: the same runs (`United States`, a person's full name) recur across documents."""
    parts = []
    for offset, part in split_run(run):
        parsed = parse_mention(part)
        if parsed is not None and parsed.kind in ("person", "surname"):
            parts.append((offset, parsed, len(part)))
    return tuple(parts)


def roles_beside(text: str, start: int, end: int) -> list[str]:
    """Roles given next to the name at ``text[start:end]``: `(Chair)`, `, the NLC president,`,
    `NLC President, ...`, `moderator ...`."""
    lo = max(0, start - 80)  # the 80 characters before the name are read, no more
    # each pattern only where its first or last character stands: most names have no role beside them,
    # and the text before one is copied out only for a pattern that reads it
    k = start
    while k > lo and text[k - 1] in " \t":
        k -= 1
    last = text[k - 1] if k > lo else ""  # the last character before the name and its blanks
    nxt = text[end:end + 2]
    matches = []
    if "(" in nxt:
        matches.append(ROLE_PAREN.match(text, end))
    if nxt[:1] == ",":
        matches.append(ROLE_AFTER.match(text, end))
    if last == ",":
        matches.append(ROLE_BEFORE.search(text[lo:start]))
    if last.islower():
        matches.append(lower_role(text[max(0, start - 40):start]))
    if last == ":" and LINE_END.match(text, end):  # `Presenter: Nadia Brook.` on a line of its own
        m = ROLE_COLON.search(text, lo, k)
        if m is not None and not m.group("role").isupper():  # `MODERATOR: Jane Roe.` calls on a speaker
            matches.append(m)
    found = []
    for m in matches:
        if m is None:
            continue
        named = parse_mention(m.group("role"))
        if named is not None and named.kind in ("person", "group"):
            continue
        role = role_of_phrase(m.group("role"))
        if role:
            found.append(role)
    m = ROLE_AGENT.search(text[lo:start]) if text.find(" by ", lo, start) >= 0 else None
    if m:
        found.append(AGENT_ROLES[m.group("verb").lower()])
    return found


def lower_role(before: str) -> re.Match | None:
    """`ROLE_LOWER.search(before)`, from the third word before the end: a match is at most three words
    and the blanks after them, so it starts in one of the last three; the words before are not tried."""
    parts = before.rsplit(None, 3)
    return ROLE_LOWER.search(before, len(parts[0]) if len(parts) == 4 else 0)


def inside(starts: list[int], spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# Title-case verbs of a transcript's title (`Governor Jane Roe Holds Press Conference`): a name ends before them.
HEADLINE_VERB = re.compile(r"\s(?:Holds?|Deliver|Delivers|Gives?|Meets?|Announces?|Speaks?|Visits?|Signs?|Says|"
                           r"Answers?|Address(?:es)?|Briefs?|Joins?|Hosts?|Participates?|Takes?|Tours?)\b")


def split_run(run: str) -> list[tuple[int, str]]:
    """A run naming two people (`Vladimir Putin and Ilham Aliyev`) as two parts, or a person
    and a body (`Takeshi Morikawa of Hokkaido University`) as the person alone."""
    verb = HEADLINE_VERB.search(run)
    if verb is not None:
        run = run[:verb.start()]
    if " of " in run:
        left = run.split(" of ", 1)[0]
        parsed = parse_mention(left)
        # `Director Jane Roe of the Department of Health`: the person, unless the whole run names one
        if parsed is not None and parsed.kind == "person" and (
                not parsed.role or (parse_mention(run) or Parsed("none")).kind != "person"):
            return [(0, left)]
    if " and " not in run:
        return [(0, run)]
    parts, offset = [], 0
    for piece in run.split(" and "):
        parts.append((offset, piece))
        offset += len(piece) + 5
    left = parse_mention(parts[0][1])
    if left is None or left.kind != "person":
        return [(0, run)]
    return parts
