"""`THE PRESIDENT:` at a joint press conference of two presidents: the one no other label names.

A role label resolves to the person the document names in that role. When two people hold it
(`Remarks by President Jane Roe and President John Doe of France`) and the transcript labels one of
them by name (`PRESIDENT DOE:`), the role label is the other: never the one labelled by name, and
nobody when two or more holders are left.

A label that gives a person's role beside the full name (`The Chair (Ruth Roe):`, `Lord Mayor Jane
Roe`) names the holder of that role for the role labels after it (`The Chair:`).
"""
from __future__ import annotations

from etl.model import SpeakerRef, Statement
from etl_plugins.speakers.coreference import Person, Registry
from etl_plugins.speakers.names import Parsed, parse_mention


def named_turns(statements: list[Statement], refs: list[SpeakerRef | None]) -> set[str]:
    """The people the transcript's turns name by name or surname (`PRESIDENT DOE:`, `John Doe:`)."""
    named = set()
    for st, ref in zip(statements, refs):
        if ref is not None and st.kind == "speech" and st.speaker:
            parsed = parse_mention(st.speaker)
            if parsed is not None and parsed.kind in ("person", "surname") and not declares_role(st.speaker, parsed):
                named.add(ref.name)
    return named


def declares_role(label: str, parsed: Parsed) -> bool:
    """`The Chair (Ruth Roe)`, `MODERATOR (LENA PRICE)`, `Lord Mayor Paul Seddon`: a role label with its
    holder's name in brackets, or a role before a full name, which says who the bare role label (`The
    Chair:`) is, rather than naming someone beside it (`PRESIDENT DOE:`, by surname, does not)."""
    if not parsed.role:
        return False
    if "(" in label:
        return (parsed.last or "").lower() in label.split("(", 1)[1].lower()
    return parsed.kind == "person"


def role_holder(role: str, taken: str, named: set[str], registry: Registry) -> Person | None | bool:
    """Who a role label is, given that it resolved to ``taken``: True to keep ``taken``, whom no other
    label names; else the one holder of ``role`` whom no label names, or None when there is not one."""
    if taken not in named:
        return True
    others = [p for p in registry.holders(role) if p.name not in named]
    return others[0] if len(others) == 1 else None


def learn_role(registry: Registry, parsed: Parsed) -> None:
    """Record the role a turn's label gives its speaker (`The Chair (Ruth Roe)`), if the document names them."""
    person = registry.find(parsed)
    if person is not None and parsed.role not in person.roles:
        person.roles.append(parsed.role)
        registry.role_holders.clear()
