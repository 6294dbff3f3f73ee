"""Parsing one speaker mention into a person's name, role and affiliation.

`Russian Industry and Trade Minister Denis Manturov` → name `Denis Manturov`,
role `Minister of Industry and Trade`, affiliation `Russia`. Mentions that name
no person are classified too: pronouns (`he`), roles (`the head of state`),
bare surnames (`SMITH`), patronymic address forms (`Vladimir Vladimirovich`),
anonymous voices (`UNIDENTIFIED MALE`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from etl_plugins.speakers.given_names import GIVEN_NAMES
from etl_plugins.speakers.vocabulary import (ANONYMOUS, COUNTRIES, DEMONYMS, NOT_NAMES, PRONOUNS,
                                             ROLE_HEADS, ROLE_WORDS)

PARTICLES = frozenset("de da di del della dello van von der den la le al el bin ibn ben du dos das ter y "
                      "abu bint op te ten zu".split())
# Honorifics carry no role: `Mr. Smith` is Smith.
HONORIFICS = frozenset("mr mrs ms miss dr sir dame madam madame mme mlle hon honourable honorable "
                       "mister monsieur herr frau señor senor signor excellency shri shrimati smt kumari "
                       "comrade chief alhaji alhaja hajiya hajia haji".split())
ABBREVIATIONS = {"sen": "Senator", "rep": "Representative", "gov": "Governor", "gen": "General",
                 "col": "Colonel", "capt": "Captain", "lt": "Lieutenant", "sgt": "Sergeant", "prof": "Professor",
                 "rev": "Reverend", "amb": "Ambassador", "pres": "President", "sec": "Secretary",
                 "adm": "Admiral", "maj": "Major", "cmdr": "Commander", "mp": "MP", "mep": "MEP", "ceo": "CEO", "pm": "Prime Minister",
                 "cllr": "Councillor", "cr": "Councillor", "coun": "Councillor"}
# Letters after a name: honours, degrees and seats (`KC`, `MP`), never part of it.
POST_NOMINALS = frozenset("kc qc sc mp mep msp mla mpp td obe mbe cbe kbe dbe frs phd".split())
PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ievich|ich|ovna|evna|yevna|ichna|inichna)$", re.I)
TURKIC_PATRONYMIC = frozenset({"oglu", "oğlu", "ogly", "qizi", "qızı", "kyzy", "uly", "uulu"})
TIMESTAMP = re.compile(r"[(\[]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[)\]]")
PAREN = re.compile(r"\(([^()]*)\)")
PARTY_CODE = re.compile(r"^[A-Z]{1,3}\s*[-–]\s*[A-Z]{2}\.?$")
OF_PHRASE = re.compile(r"\b(?:of|for)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*)*)")
CONNECTORS = frozenset({"of", "and", "for", "the", "on", "in", "to"})
POSSESSIVE = re.compile(r"['’]s?$")
OWNER = re.compile(r"(?:\w['’]s|s['’])$")
LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.)?")
AFTER_APOSTROPHE = re.compile(r"(?<=['’])([a-z])")
MAC = re.compile(r"^Ma?c[a-z]{3,}")
STATE_OF = re.compile(r"^(?:republic|kingdom|state|federal republic|islamic republic|people's republic) of ")
FIELD_MINISTER = re.compile(r"(?P<pre>(?:(?:Deputy|First|Acting|Former|Vice)\s+)*)(?P<field>.+?)\s+Minister")
NUMBERED_VOICE = re.compile(r"(?i)speaker\s*\d+|voice\s*\d*")
AND = re.compile(r"\s+(?:and|&)\s+")
# Occupations that open a sentence before a name (`Lawyer Esther Njeri`) and are given names as well.
OCCUPATIONS = frozenset("""lawyer attorney barrister solicitor advocate campaigner activist economist analyst
researcher scientist teacher farmer trader resident student consultant entrepreneur author writer novelist
historian engineer developer organiser organizer protester worker volunteer pastor priest imam rabbi coach
nurse driver journalist columnist lecturer expert landlord tenant shopkeeper fisherman doctor surgeon
businessman businesswoman""".split())


@dataclass(frozen=True)
class Parsed:
    """What a mention says. `name` is the canonical name when `kind` is `person`."""

    kind: str  # person, surname, address, pronoun, role, anonymous, group
    name: str | None = None
    first: str | None = None
    last: str | None = None
    long_form: str | None = None  # with patronymic or middle initials, kept as an alias
    role: str | None = None
    affiliation: str | None = None


def proper_case(word: str) -> str:
    """`MCCAIN` → `McCain`, `O'ROURKE` → `O'Rourke`, `OCASIO-CORTEZ` → `Ocasio-Cortez`."""
    if not (word.isupper() or (len(word) > 4 and word[2:].isupper())):
        return word
    if len(word) <= 2 and not word.endswith("."):
        return word
    out = "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
    out = AFTER_APOSTROPHE.sub(lambda m: m.group(1).upper(), out)
    if MAC.match(out) and not out.lower().startswith(("mack", "mace", "macha")):
        i = 2 if out.startswith("Mc") else 3
        out = out[:i] + out[i].upper() + out[i + 1:]
    return out


@lru_cache(maxsize=65536)
def folded(word: str) -> str:
    return word.lower().strip(".,;:'’")  # cached: every word of every mention is folded, often more than once


@lru_cache(maxsize=16384)
def is_name_word(word: str) -> bool:
    f = folded(word)
    if not f or not word[0].isupper() or any(map(str.isdigit, word)):
        return False
    if f.endswith("s") and f[:-1] in ROLE_HEADS:  # `Representatives Whitford`, `Senators`
        return False
    return not (f in ROLE_HEADS or f in ROLE_WORDS or f in NOT_NAMES or f in COUNTRIES or f in DEMONYMS
                or f in HONORIFICS or f in ABBREVIATIONS)


@lru_cache(maxsize=16384)
def is_given_name(word: str | None) -> bool:
    """Whether ``word`` is a known first name (`Rachel`, `Luíza`, `Chinedu`)."""
    if not word:
        return False
    f = folded(word)
    if f in GIVEN_NAMES:
        return True
    bare = "".join(c for c in unicodedata.normalize("NFKD", f) if not unicodedata.combining(c))
    return bare in GIVEN_NAMES


def is_initial(word: str) -> bool:
    return word[1:2] == "." and bool(INITIALS.fullmatch(word))  # the pattern only where its first dot stands


def split_name(words: list[str]) -> tuple[list[str], list[str]]:
    """(role words, name words): the name is the trailing run of name-like words.

    A word right after `of`/`for`/`the` names a place or a body, not a person
    (`President of Russia Vladimir Putin`).
    """
    i = len(words)
    while i > 0:
        w, prev = words[i - 1], (words[i - 2].lower() if i >= 2 else "")
        if prev in ("of", "for", "the") and not is_initial(w):
            break
        if is_name_word(w) or is_initial(w) or (
                (w.lower() in PARTICLES or w.lower() in TURKIC_PATRONYMIC) and i < len(words) and i > 1):
            i -= 1
            continue
        break
    if 1 < i < len(words) and folded(words[i - 1]) in NOT_NAMES and folded(words[i - 1]) not in ROLE_HEADS \
            and folded(words[i - 1]) not in ROLE_WORDS and is_given_name(words[i - 1]) \
            and (folded(words[i - 2]) in ROLE_HEADS or folded(words[i - 2]) in HONORIFICS):
        i -= 1  # `Senator June Obasi`, `Ms April Reyes`: a given name that is also a month, after a title
    if 0 < i < len(words) - 1 and words[i].lower() in PARTICLES and words[i][:1].islower() \
            and is_given_name(words[i - 1]):
        i -= 1  # `Dean van der Merwe`: a given name that is also a role word, before the particles
    name = words[i:]
    while name and name[0].lower() in PARTICLES and not given_name_first(name):
        i += 1
        name = name[1:]
    if len(name) >= 3 and is_given_name(name[1]) and not is_initial(name[0]) and (
            name[0].lower() in OCCUPATIONS or not is_given_name(name[0])):
        i += 1  # `Lawyer Esther Njeri`, `Goalkeeper Anton Reyes`: a job opening the sentence
        name = name[1:]
    return words[:i], name


def given_name_first(name: list[str]) -> bool:
    """`Al Gore`, `Ben Carson`: a capitalised particle that is a first name, before a surname alone;
    `Van der Merwe` and `de Souza` stay surnames."""
    return len(name) == 2 and name[0][:1].isupper() and name[1].lower() not in PARTICLES \
        and is_given_name(name[0])


def country_of(phrase: str) -> str | None:
    p = LEADING_THE.sub("", phrase.strip()).lower()
    p = STATE_OF.sub("", p)
    if p in COUNTRIES:
        return COUNTRIES[p]
    if p in DEMONYMS:
        return DEMONYMS[p]
    return None


def normalise_role(words: list[str]) -> str | None:
    """`Industry and Trade Minister` → `Minister of Industry and Trade`; honorifics dropped."""
    kept = []
    for w in words:
        f = folded(w)
        if f in HONORIFICS or f == "the":
            continue
        kept.append(ABBREVIATIONS.get(f, w.lower() if f in CONNECTORS else w))
    if not kept:
        return None
    kept = [w if (w.isupper() and len(w) <= 4) or w.lower() in CONNECTORS else w[:1].upper() + w[1:]
            for w in kept]
    text = " ".join(kept)
    m = FIELD_MINISTER.fullmatch(text)
    if m and m.group("field") not in ("Prime", "Deputy Prime", "First Deputy Prime", "Deputy", "First", "Acting",
                                      "Former", "Vice", "Chief", "Senior", "Junior", "State"):
        field = "Foreign Affairs" if m.group("field") == "Foreign" else m.group("field")
        pre = m.group("pre")
        text = f"{pre}Minister of {field}"
    return text


def parse_role_phrase(words: list[str]) -> tuple[str | None, str | None]:
    """(role, affiliation) from the words before a name or after its comma."""
    return role_phrase(" ".join(words))


@lru_cache(maxsize=16384)
def role_phrase(text: str) -> tuple[str | None, str | None]:
    """`parse_role_phrase` of the words joined; cached, as the same role recurs in many mentions
    (`Speaker of Parliament of Brazil`, before a name, before `said`)."""
    text = text.strip(" ,")
    affiliation = None
    for m in OF_PHRASE.finditer(text) if "of" in text or "for" in text else ():
        country = country_of(m.group(1))
        if country:
            affiliation = country
            text = (text[:m.start()] + text[m.end():]).strip()
            break
    kept = []
    for w in text.split():
        f = folded(w)
        if f in DEMONYMS and affiliation is None:
            affiliation = DEMONYMS[f]
            continue
        if f in DEMONYMS or (f in COUNTRIES and not kept):
            affiliation = affiliation or COUNTRIES.get(f) or DEMONYMS.get(f)
            continue
        kept.append(w)
    while kept and kept[-1].lower() in CONNECTORS:
        kept.pop()
    while kept and (folded(kept[0]) in NOT_NAMES or folded(kept[0]) in CONNECTORS) and folded(kept[0]) not in ROLE_HEADS:
        kept.pop(0)
    if not any(folded(w) in ROLE_HEADS or folded(w) in ABBREVIATIONS for w in kept):
        return None, affiliation
    return normalise_role(kept), affiliation


@lru_cache(maxsize=16384)
def role_of_phrase(phrase: str) -> str | None:
    """The role ``phrase`` gives, if any; cached, as the phrases beside names recur."""
    return parse_role_phrase(phrase.split())[0]


def is_patronymic(word: str) -> bool:
    """Whether PATRONYMIC ends ``word``; the search only where it can, as every form ends in `ch` or `na`."""
    return word.rstrip("\n")[-2:].lower() in ("ch", "na") and bool(PATRONYMIC.search(word))


def person_from(name_words: list[str]) -> Parsed:
    """A Parsed person (or address form, or surname) from its name words."""
    words = [proper_case(w) for w in name_words]
    # the possessive only where its apostrophe stands: few names have one
    words = [POSSESSIVE.sub("", w) if "'" in w or "’" in w else w for w in words]
    long_form = " ".join(words)
    core = [w for w in words if not is_patronymic(w) or w is words[0]]
    # Turkic `Heydar oglu`: the father's name and the marker both go.
    for j, w in enumerate(words):
        if w.lower() in TURKIC_PATRONYMIC and j >= 2:
            core = words[:j - 1] + words[j + 1:]
            break
    if len(words) == 2 and is_patronymic(words[1]) and len(words[1]) > 5:
        return Parsed("address", first=words[0], long_form=long_form)
    if len(core) >= 3:
        inner = [w for w in core[1:-1] if not is_initial(w)]
        core = [core[0], *inner, core[-1]]
    if len(core) == 1 or (len(core) == 2 and is_initial(core[0])):
        return Parsed("surname", first=core[0] if len(core) == 2 else None, last=core[-1], long_form=long_form)
    name = " ".join(core)
    return Parsed("person", name=name, first=core[0], last=core[-1],
                  long_form=long_form if long_form != name else None)


def clean_mention(raw: str) -> str:
    s = TIMESTAMP.sub(" ", raw)
    s = s.strip().strip("\"“”«»'‘’:;-–— \t")
    return " ".join(s.split())


def is_shouting(s: str) -> bool:
    """More than three letters, all capitals (`SENATOR DAWKINS`); most mentions fail at their second letter."""
    letters = 0
    for c in s:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters > 3


def parse_mention(raw: str | None) -> Parsed | None:
    """Classify a mention and pull out the person, role and affiliation it gives."""
    if not raw:
        return None
    return parse_cached(raw)


@lru_cache(maxsize=16384)
def parse_cached(raw: str) -> Parsed | None:
    # the same names recur across the documents of a run: parse each once
    s = clean_mention(raw)
    if not s:
        return None
    low = s.lower()
    if low in PRONOUNS:
        return Parsed("pronoun")
    shouting = is_shouting(s)
    parens = [p.strip() for p in PAREN.findall(s)] if "(" in s else []
    s = " ".join(PAREN.sub(" ", s).split()) if parens else " ".join(s.split())
    head, _, tail = s.partition(",")
    head, tail = head.strip(), tail.strip()
    words = [proper_case(w) for w in head.split()] if shouting else head.split()
    words = [w for w in words if w.lower() not in ("the",)] if words and words[0].lower() == "the" else words
    owner = None
    for j in range(len(words) - 2, -1, -1) if "'" in head or "’" in head else ():  # OWNER needs an apostrophe
        if OWNER.search(words[j]):
            # `The SNP's Morag Kilbride`, `Reuters' Ana Ruiz`: the owner is an affiliation, not a name
            owner = " ".join(words[:j + 1])
            owner = POSSESSIVE.sub("", owner)
            words = words[j + 1:]
            break
    if not ANONYMOUS.isdisjoint(map(folded, words)) or NUMBERED_VOICE.fullmatch(head):
        return Parsed("anonymous")
    if " and " in f" {head.lower()} " or "&" in head:
        left = AND.split(head, maxsplit=1)[0]
        if split_name(left.split())[1] and not split_name(left.split())[0]:
            return Parsed("group")
    if len(words) >= 3 and folded(words[-1]) in POST_NOMINALS:
        words = words[:-1]  # `Rebecca Hale KC`, `Hannah Ashdown MP`: letters after the name are not the name
    role_words, name_words = split_name(words)
    if not name_words and " of " in f" {' '.join(words)} ":  # `Senator Brett Dawkins of Pennsylvania`
        left_role, left_name = split_name(" ".join(words).rsplit(" of ", 1)[0].split())
        if left_name:
            role_words, name_words = left_role, left_name
    tail_role, tail_aff = (None, None)
    if tail:
        tail_words = [proper_case(w) for w in tail.split()] if shouting else tail.split()
        t_role, t_name = split_name(tail_words)
        if not name_words and len(t_name) >= 2:  # `the foreign minister, Sergei Lavrov`
            role_words, name_words = words, t_name
            tail_role, tail_aff = parse_role_phrase(t_role) if t_role else (None, None)
        else:
            tail_role, tail_aff = parse_role_phrase(tail_words[:len(tail.split(",")[0].split())])
    if len(name_words) < 2 and parens and (not name_words or role_words):
        # `The Prime Minister (Boris Johnson)`, `THE MINISTER OF X (SHRI Y Z)`
        p_words = [proper_case(w) for w in parens[0].split()] if shouting else parens[0].split()
        p_role, p_name = split_name(p_words)
        if len(p_name) >= 2 and all(folded(w) in HONORIFICS or folded(w) in ABBREVIATIONS for w in p_role):
            role_words, name_words, parens = words, p_name, parens[1:]
    role, affiliation = parse_role_phrase(role_words)
    role = role or tail_role
    affiliation = affiliation or tail_aff or (country_of(owner) or owner if owner else None)
    if parens and not affiliation:
        p = parens[-1]
        affiliation = p if (PARTY_CODE.match(p) or len(p) <= 40) else None
    if not name_words:
        if role:
            return Parsed("role", role=role, affiliation=affiliation)
        return None
    person = person_from(name_words)
    if role is None and affiliation is None:
        return person  # nothing to add: not made a second time (a frozen dataclass is slow to make)
    # with the role and affiliation (not `dataclasses.replace`: slow)
    return Parsed(person.kind, person.name, person.first, person.last, person.long_form, role, affiliation)
