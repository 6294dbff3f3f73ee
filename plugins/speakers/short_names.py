"""Which person of a run a short name (`MS. ROE`, `President Roe`) is: ``etl_complete_speakers``.

A short name is the person of the run whose full name ends with its surname,
when there is exactly one such person, and the run says it is the same one:

- given with a role (`SECRETARY ROE`), the person holds that role (and is the
  only bearer of the surname who does);
- given with an honorific alone (`MS. ROE`), the person speaks beside someone
  the short name speaks beside too (Jane Roe briefs with Senator Doe in one
  document, `MS. ROE` with `SENATOR DOE` in another): a surname met once in a
  run of unrelated documents is too little to go on.

A surname two people of the run share is left unresolved, however likely one
of them is: a wrong speaker is worse than none. An honorific rules out a
person whose given name says otherwise (`MR. ROE` is not Jane Roe); it never
picks one.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from etl.model import name_key
from etl_plugins.speakers.genders import name_gender, title_gender


@dataclass(frozen=True)
class Person:
    speaker_id: str
    key: str  # the folded full name: `jane roe`
    role: str  # folded, '' when unknown
    aliases: tuple[str, ...]  # folded
    gender: str | None
    companions: frozenset[str]  # the surnames of those who speak in the same documents


def complete_short_names(short: pa.Table, speakers: pa.Table) -> list[str | None]:
    """For each row of ``short``, the ``speaker_id`` of the one person of ``speakers`` it is, or None."""
    surname = {i: (name_key(n or "").split() or [""])[-1] for table in (speakers, short)
               for i, n in zip(table["speaker_id"].to_pylist(), table["name"].to_pylist())}

    def met(companions: list[str] | None) -> frozenset[str]:
        return frozenset(surname.get(i, "") for i in companions or ()) - {""}

    by_surname: dict[str, list[Person]] = {}
    for speaker_id, name, role, aliases, companions in zip(*(speakers[c].to_pylist() for c in
                                                             ("speaker_id", "name", "role", "aliases", "companions"))):
        key = name_key(name or "")
        words = key.split()
        if len(words) < 2:  # a full name has a given name and a surname
            continue
        person = Person(speaker_id, key, name_key(role or ""), tuple(name_key(a) for a in aliases or ()),
                        name_gender(name.split()[0]), met(companions))
        for start in range(1, len(words)):  # `Ocasio-Cortez` and `Cortez` both end `Alexandria Ocasio-Cortez`
            by_surname.setdefault(" ".join(words[start:]), []).append(person)
    answers = []
    for name, role, aliases, companions in zip(*(short[c].to_pylist() for c in
                                                 ("name", "role", "aliases", "companions"))):
        answers.append(person_of(by_surname.get(name_key(name or ""), []), name_key(role or ""), aliases or [],
                                 met(companions)))
    return answers


def person_of(bearers: list[Person], role: str, aliases: list[str], companions: frozenset[str]) -> str | None:
    """The one bearer of the surname the short name is, or None."""
    bearers = list({p.speaker_id: p for p in bearers}.values())
    if role:  # `SENATOR DOE`: the one Doe of the run who is a senator
        bearers = [p for p in bearers if holds(p, role)]
    if len(bearers) != 1:  # nobody, or a surname two people share
        return None
    person = bearers[0]
    if not role and not companions & person.companions:
        return None
    genders = {title_gender(alias.split()[0]) for alias in aliases if alias.split()} - {None}
    if len(genders) > 1 or (genders and person.gender is not None and person.gender not in genders):
        return None  # `MR. ROE` is not Jane Roe; `MS. ROE` and `MR. ROE` under one name are two people
    return person.speaker_id


def holds(person: Person, role: str) -> bool:
    """Whether the person is known in ``role`` (folded): as their role, or as a word of how they were called."""
    if f" {role} " in f" {person.role} ":  # `press secretary` holds `secretary`
        return True
    return any(f"{role} " in f" {alias} " and alias.endswith(person.key) for alias in person.aliases)
