"""`THE PRESIDENT:` at a joint press conference of two presidents: the one no other label names.

A role label resolves to the person the document names in that role. When two people hold it
(`Remarks by President Jane Roe and President John Doe of France`) and the transcript labels one of
them by name (`PRESIDENT DOE:`), the role label is the other: never the one labelled by name, and
nobody when two or more holders are left.
"""
from __future__ import annotations

from etl.model import SpeakerRef, Statement
from etl_plugins.speakers.coreference import Person, Registry
from etl_plugins.speakers.names import parse_mention


def named_turns(statements: list[Statement], refs: list[SpeakerRef | None]) -> set[str]:
    """The people the transcript's turns name by name or surname (`PRESIDENT DOE:`, `John Doe:`)."""
    named = set()
    for st, ref in zip(statements, refs):
        if ref is not None and st.kind == "speech" and st.speaker:
            parsed = parse_mention(st.speaker)
            if parsed is not None and parsed.kind in ("person", "surname"):
                named.add(ref.name)
    return named


def role_holder(role: str, taken: str, named: set[str], registry: Registry) -> Person | None | bool:
    """Who a role label is, given that it resolved to ``taken``: True to keep ``taken``, whom no other
    label names; else the one holder of ``role`` whom no label names, or None when there is not one."""
    if taken not in named:
        return True
    others = [p for p in registry.holders(role) if p.name not in named]
    return others[0] if len(others) == 1 else None
