"""The default speaker resolver: each statement's mention to a canonical person.

Full mentions are parsed into name, role and affiliation (`names`); short ones
(surnames, pronouns, roles, address forms, initials) are resolved against the
people the same document names (`coreference`). A mention that cannot be
pinned to one person resolves to None rather than to a guess across documents;
a surname the document never completes (`MS. ROE`) is handed to the run as a
short name, which completes it when one person of the run bears it
(`short_names`).
"""
from __future__ import annotations

import re

import pyarrow as pa

import etl
from etl.model import Document, SpeakerRef, Statement
from etl_plugins.speakers.addresses import first_names
from etl_plugins.speakers.coreference import Person, Registry, forget_texts, listed_speakers
from etl_plugins.speakers.genders import PRONOUN_GENDER
from etl_plugins.speakers.role_labels import learn_role, named_turns, role_holder
from etl_plugins.speakers.short_names import complete_short_names
from etl_plugins.speakers.names import PARTICLES, Parsed, is_given_name, parse_mention
from etl_plugins.speakers.vocabulary import ROLE_SYNONYMS

# Statements further apart than this do not share a pronoun's antecedent.
PRONOUN_REACH = 1500


@etl.hookimpl
def etl_resolve_speakers(document: Document, statements: list[Statement]) -> list[SpeakerRef | None]:
    return resolve(document, statements)


@etl.hookimpl
def etl_complete_speakers(short: pa.Table, speakers: pa.Table) -> list[str | None]:
    return complete_short_names(short, speakers)


def resolve(document: Document, statements: list[Statement]) -> list[SpeakerRef | None]:
    # names inside reported speech are reporting prose: they count for recency
    spans = [(s.char_start, s.char_end) for s in statements if s.kind not in ("headline", "indirect")]
    registry = Registry.build(document.text, spans, byline=document.byline, title=document.title,
                              listed=listed_speakers(document.metadata))
    forget_texts()  # the document's last scan: the registry holds what it needs
    refs: list[SpeakerRef | None] = []
    last: tuple[SpeakerRef, int] | None = None
    unnamed = False  # a turn whose label names nobody the document names
    role_turns: list[int] = []  # turns of a role label (`THE PRESIDENT:`) that resolved to someone
    main: tuple[SpeakerRef, int] | None = None  # the last speaker quoted other than in passing
    passing = False  # whether the last speaker was quoted in passing (`had promised "..."`)
    text, byline = document.text, document.byline  # read once, not at each statement
    for st in statements:
        ref = resolve_one(st, registry, last, byline, text)
        kind, speaker = st.kind, st.speaker
        if passing and main is not None and continues(text, st):
            ref = continued_by(st, registry, main) or ref
        if kind == "speech" and speaker:
            unnamed = unnamed or ref is None or ref.short
            parsed = parse_mention(speaker) or Parsed("none") if ref is not None else None
            if parsed is not None and parsed.kind == "role":
                role_turns.append(len(refs))
            elif parsed is not None and parsed.role:  # `The Chair (Ruth Roe):`, then `The Chair:`
                learn_role(registry, parsed)
        refs.append(ref)
        if ref is None or ref.short:  # a short name the run may complete is no antecedent for what follows
            continue
        if speaker:
            gender = PRONOUN_GENDER.get(speaker.strip().lower())
            if gender is not None:  # only a pronoun teaches a gender
                registry.learn(ref.name, gender)
        if kind not in ("question", "headline", "indirect"):
            last = (ref, st.char_end)
            passing = kind == "quote" and in_passing(text, st)
            if not passing:
                main = last
    if role_turns:  # `THE PRESIDENT:` beside `PRESIDENT DOE:` is the other president
        named = named_turns(statements, refs)
        for i in role_turns:
            holder = role_holder(parse_mention(statements[i].speaker).role or "", refs[i].name, named, registry)
            if holder is not True:
                refs[i] = ref_for(holder, None) if holder is not None else None
    if unnamed:  # `MS. ROE` whom the turns around hers call `Jane`
        addressed = first_names(document.text, statements, registry)
        for i, st in enumerate(statements):
            if (refs[i] is None or refs[i].short) and st.speaker in addressed:
                refs[i] = addressed_ref(st.speaker, addressed[st.speaker])
    return refs


# A quotation inside a sentence of prose (`had promised "no closures"`, `described it as "..."`).
PASSING = re.compile(r"\b[a-z]+\s[\"“‘'«]\s?$")
# `," she added.`: a pronoun and a verb that carry on what someone was saying.
CONTINUING = re.compile(r"^[\s,.!?…]*[\"”’'»]?\s*,?\s*(?:she|he)\s+(?:also\s+)?(?:added|continued|went\s+on)\b")


def in_passing(text: str, st: Statement) -> bool:
    return st.kind == "quote" and bool(PASSING.search(text, max(0, st.char_start - 40), st.char_start))


def continues(text: str, st: Statement) -> bool:
    """Whether the statement is given to `she added` or `he continued` right after its closing mark."""
    return st.kind == "quote" and parse_mention(st.speaker or "") is not None and \
        parse_mention(st.speaker).kind == "pronoun" and bool(CONTINUING.match(text[st.char_end:st.char_end + 40]))


def continued_by(st: Statement, registry: Registry, main: tuple[SpeakerRef, int]) -> SpeakerRef | None:
    """`"...," she added` after a paragraph that quotes someone else in passing: she carries on what she
    was saying before, if she is near enough and the pronoun fits her."""
    ref, end = main
    if st.char_start - end > PRONOUN_REACH:
        return None
    holder = speaker_person(registry, ref)
    if holder is None or not registry.fits(holder, PRONOUN_GENDER.get(st.speaker.strip().lower())):
        return None
    return SpeakerRef(ref.name, alias=ref.alias, role=ref.role, affiliation=ref.affiliation)


def addressed_ref(mention: str, first: str) -> SpeakerRef:
    """`MS. ROE` whom the turns around hers call `Jane`: Jane Roe."""
    parsed = parse_mention(mention)
    return SpeakerRef(f"{first} {parsed.last}", alias=mention.strip(), role=parsed.role)


def ref_for(person: Person, alias: str | None, parsed: Parsed | None = None) -> SpeakerRef:
    role = (parsed.role if parsed else None) or person.role
    affiliation = (parsed.affiliation if parsed else None) or person.affiliation
    return SpeakerRef(person.name, alias=alias, role=role, affiliation=affiliation)


ROLE_SUBJECT = re.compile(r"\b(?P<who>[Tt]he\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:has\s+|had\s+|also\s+)?"
                          r"(?:said|says|told|added|noted|stressed|argued|warned|explained|insisted|responded|replied|"
                          r"answered|admitted|acknowledged|conceded|countered|rejected|defended|dismissed|wrote|"
                          r"tweeted|posted|called|urged|was|is|[a-z]{3,}ed)\b")


def role_named_between(text: str, registry: Registry, start: int, end: int,
                       gender: str | None = None) -> Person | None:
    """The person a role subject (`The Cabinet Secretary said`) names between two offsets."""
    if start < 0 or end - start > PRONOUN_REACH:
        return None
    found = None
    for m in ROLE_SUBJECT.finditer(text, start, end):
        parsed = parse_mention(m.group("who"))
        if parsed is not None and parsed.kind == "role" and parsed.role:
            holder = registry.by_role(parsed.role, m.start())
            if holder is not None and registry.fits(holder, gender):
                found = holder
    return found


def speaker_person(registry: Registry, ref: SpeakerRef) -> Person | None:
    parsed = parse_mention(ref.name)
    return registry.find(parsed) if parsed is not None and parsed.kind == "person" else None


def resolve_one(st: Statement, registry: Registry, last: tuple[SpeakerRef, int] | None,
                byline: str | None, text: str = "") -> SpeakerRef | None:
    mention = st.speaker
    if not mention:
        return None
    if byline and mention.strip() == byline.strip():
        return SpeakerRef(byline.strip(), alias=byline.strip())
    parsed = parse_mention(mention)
    if parsed is None:
        if mention.isupper() and len(mention) <= 4:
            person = registry.by_initials(mention)
            return ref_for(person, mention) if person else None
        # `the former banker`: the person the text describes so, if any
        person = registry.by_description(text, mention, st.char_start) if text else None
        return ref_for(person, None) if person else None
    pos = st.char_start
    recent = last[0] if last is not None and pos - last[1] <= PRONOUN_REACH else None
    if parsed.kind == "person":
        person = registry.find(parsed)
        if person is None and (parsed.first or "").lower() in PARTICLES:  # `Van Persie` for Robin van Persie
            person = registry.by_surname(parsed.last or "", pos)
        if person is not None:
            return ref_for(person, parsed.long_form or mention.strip(), parsed)
        return SpeakerRef(parsed.name or "", alias=parsed.long_form or mention.strip(), role=parsed.role,
                          affiliation=parsed.affiliation)
    if parsed.kind == "surname":
        person = registry.by_surname(parsed.last or "", pos, initial=parsed.first)
        if person is None and parsed.first is None and is_given_name(parsed.last):
            person = registry.by_first(parsed.last or "")  # `Maria said`, named Maria Lopez before
        if person is None:
            # `MS. ROE`, `President Roe`, whom the document never names in full: the run may. A
            # word alone (`Maria`, `Residents`) may be no surname at all, and stays unresolved.
            if len(mention.split()) < 2:
                return None
            return SpeakerRef(parsed.last or "", alias=mention.strip(), role=parsed.role, short=True)
        return ref_for(person, mention.strip(), parsed)
    if parsed.kind == "address":
        person = registry.by_first(parsed.first or "", parsed.long_form)
        return ref_for(person, parsed.long_form) if person else None
    if parsed.kind == "pronoun":
        # the nearer of: the last speaker, the last person named, the last role named (`The minister said`),
        # each only if the pronoun's gender fits what the document says of them
        gender = PRONOUN_GENDER.get(mention.strip().lower())
        if recent is not None and gender is not None:
            holder = speaker_person(registry, recent)
            if holder is not None and not registry.fits(holder, gender):
                recent = None
        named = registry.latest_at(pos, certain=True, gender=gender)
        floor = max(last[1] if recent is not None else -1, named[1] if named else -1)
        by_role = role_named_between(text, registry, floor, pos, gender)
        if by_role is not None:
            return ref_for(by_role, None)
        if named is not None and text:  # `Smith criticised Jones. "...," he said`: the subject, Smith
            named = registry.subject_at(text, named, gender, last[1] if recent is not None else -1)
        if named is not None and (recent is None or named[1] > last[1]):
            return ref_for(named[0], None)
        if recent is not None:
            return SpeakerRef(recent.name, alias=recent.alias, role=recent.role, affiliation=recent.affiliation)
        return None
    if parsed.kind == "role":
        role = parsed.role or ""
        holding = registry.holders(role)
        if text and len(holding) > 1 and len(role.split()) > 1 and role.lower() not in ROLE_SYNONYMS \
                and not any(r.lower() == role.lower() for p in holding for r in p.roles):
            # `the Labour MP` when two MPs are named: the one introduced with those words
            person = registry.by_description(text, mention, pos, qualified=True)
            # none introduced so (`the Tory MP` beside a Labour and a Conservative MP): no guess
            return ref_for(person, None) if person is not None else None
        # the last speaker who holds the role, unless the prose names another holder since
        named = registry.latest_at(pos, among=registry.holders(role))
        if recent is not None and (named is None or named[1] < last[1]):
            holder = registry.find(parse_mention(recent.name) or Parsed("none"))
            if holder is not None and holder.has_role(role):
                return ref_for(holder, None)  # `the minister` is a reference, not a name: no alias
        person = registry.by_role(role, pos) or (registry.by_description(text, mention, pos) if text else None)
        return ref_for(person, None) if person else None
    return None
