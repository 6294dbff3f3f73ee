"""Which person of a run a short name (`MS. ROE`, `President Roe`) is: ``etl_complete_speakers``.

A short name is the person of the run whose full name ends with its surname,
when there is exactly one such person, or, for a short name given with a role
(`SECRETARY ROE`), exactly one such person holding that role. A surname two
people of the run share is left unresolved, however likely one of them is: a
wrong speaker is worse than none. An honorific (`MS.`, `MR.`) rules out a
person whose given name says otherwise; it never picks one.
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


def complete_short_names(short: pa.Table, speakers: pa.Table) -> list[str | None]:
    """For each row of ``short``, the ``speaker_id`` of the one person of ``speakers`` it is, or None."""
    by_surname: dict[str, list[Person]] = {}
    for speaker_id, name, role, aliases in zip(*(speakers[c].to_pylist() for c in
                                                 ("speaker_id", "name", "role", "aliases"))):
        key = name_key(name or "")
        words = key.split()
        if len(words) < 2:  # a full name has a given name and a surname
            continue
        person = Person(speaker_id, key, name_key(role or ""), tuple(name_key(a) for a in aliases or ()),
                        name_gender(name.split()[0]))
        for start in range(1, len(words)):  # `Ocasio-Cortez` and `Cortez` both end `Alexandria Ocasio-Cortez`
            by_surname.setdefault(" ".join(words[start:]), []).append(person)
    answers = []
    for name, role, aliases in zip(*(short[c].to_pylist() for c in ("name", "role", "aliases"))):
        answers.append(person_of(by_surname.get(name_key(name or ""), []), name_key(role or ""), aliases or []))
    return answers


def person_of(bearers: list[Person], role: str, aliases: list[str]) -> str | None:
    """The one bearer of the surname the short name is, or None."""
    bearers = list({p.speaker_id: p for p in bearers}.values())
    if not bearers:
        return None
    if role:
        holders = [p for p in bearers if holds(p, role)]
        if len(holders) == 1:
            bearers = holders
        elif holders or any(p.role for p in bearers):  # two holders, or none while the bearers have roles
            return None
    if len(bearers) != 1:
        return None
    person = bearers[0]
    genders = {title_gender(alias.split()[0]) for alias in aliases if alias.split()} - {None}
    if len(genders) > 1 or (genders and person.gender is not None and person.gender not in genders):
        return None  # `MR. ROE` is not Jane Roe; `MS. ROE` and `MR. ROE` under one name are two people
    return person.speaker_id


def holds(person: Person, role: str) -> bool:
    """Whether the person is known in ``role`` (folded): as their role, or as a word of how they were called."""
    if f" {role} " in f" {person.role} ":  # `press secretary` holds `secretary`
        return True
    return any(f"{role} " in f" {alias} " and alias.endswith(person.key) for alias in person.aliases)
