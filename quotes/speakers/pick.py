"""The inventory entry each resolved speaker is: a record's speaker, type and role are the entry's.

`resolve` decides who speaks (a name, a pronoun's referent); here that decision is tied to one
entry of the article's inventory (`names.inventory`), found by its canonical name or by the
mention it was written as. An entry that cannot speak (a place, a date, a document) is refused:
the quote keeps no named speaker rather than a thing. A speaker the inventory does not hold
(a nickname, a title's holder read from elsewhere) keeps resolve's reading.
"""
from __future__ import annotations

from typing import Sequence

import attrs

from ..names.inventory import SPEAKING, Entry, entry_for
from .resolve import Resolved


def picked(said: Sequence[Resolved], entries: Sequence[Entry]) -> list[Resolved]:
    out = []
    for r in said:
        sp, m = r.speaker, r.mention
        if not sp.name:
            out.append(r)
            continue
        e = entry_for(entries, sp.name, m.start if m else None, m.end if m else None)
        if e is None or e.name.lower() != sp.name.lower() and e.type != sp.type:
            out.append(r)
            continue
        if e.type not in SPEAKING:
            out.append(attrs.evolve(r, speaker=attrs.evolve(sp, name=None, type=None, role=None)))
            continue
        out.append(r)
    return out
