"""A small segmenter, resolver and enricher registered at run time by the run-engine tests.

They make the tests independent of which first-party plugins are installed,
and prove that plugins registered at run time reach worker processes.
"""
from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

import etl
from etl.model import Column, SpeakerRef, Statement

# `President Ilham Aliyev: Thank you.` / `Russian President Vladimir Putin said:` then `- text`
LABEL = re.compile(r"^(?P<who>(?:[A-Z][\w-]*\s){0,4}[A-Z][\w-]+)(?: said)?:[ \t]*(?P<text>.*)$", re.M)
DASH = re.compile(r"^[-–—][ \t]+(?P<text>\S.*)$", re.M)
TITLE_WORDS = {"President", "Prime", "Minister", "Foreign", "Deputy", "Russian", "Azerbaijani", "Trade",
               "Economy", "Energy", "Defence", "Ambassador", "Speaker", "of", "Parliament"}


class TurnSegmenter:
    """`Name: text` turns, and dash turns after a `Name said:` line."""

    @etl.hookimpl
    def etl_segment(self, document):
        statements, current = [], None
        for line in re.finditer(r"^.*$", document.text, re.M):
            label = LABEL.match(line.group())
            dash = DASH.match(line.group())
            if label and not dash:
                current = label.group("who")
                if label.group("text"):
                    start = line.start() + label.start("text")
                    statements.append(Statement("speech", start, line.end(), current, "label", 0.9))
            elif dash:
                start = line.start() + dash.start("text")
                statements.append(Statement("answer" if current else "speech", start, line.end(), current,
                                            "dash", 0.8))
        return statements

    @etl.hookimpl
    def etl_resolve_speakers(self, document, statements):
        refs = []
        for st in statements:
            if not st.speaker:
                refs.append(None)
                continue
            words = st.speaker.split()
            name = " ".join(w for w in words if w not in TITLE_WORDS) or st.speaker
            role = " ".join(w for w in words if w in TITLE_WORDS) or None
            refs.append(SpeakerRef(name=name, alias=st.speaker, role=role))
        return refs


class LengthEnricher:
    """A throwaway enricher: each statement's length in characters, computed columnwise."""

    @etl.hookimpl
    def etl_columns(self):
        return [Column("statements", "n_chars", pa.int32(), "Characters in the statement.")]

    @etl.hookimpl
    def etl_enrich_statements(self, statements):
        return {"n_chars": pc.utf8_length(statements["text"]).cast(pa.int32()).combine_chunks()}


def register(host) -> None:
    host.register(TurnSegmenter(), "turns")
    host.register(LengthEnricher(), "lengths")
