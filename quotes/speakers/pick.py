"""The inventory entry each resolved speaker is: a record's speaker, type and role are the entry's.

`resolve` decides who speaks (a name, a pronoun's referent); here that decision is tied to one
entry of the article's inventory (`names.inventory`), found by its canonical name or by the
mention it was written as. An entry that cannot speak (a place, a date, a document) is refused:
the quote keeps no named speaker rather than a thing. A speaker the inventory does not hold
(a name read from the passage for a pronoun) is the one person entry ending with the same
word; where there is none (12 of 1,653 named speakers over the gold articles) resolve's reading
stands.
"""
from __future__ import annotations

from typing import Sequence

import attrs

from ..names.inventory import SPEAKING, Entry, entry_for, person_ending_like, with_roles
from .resolve import Resolved


def picked(said: Sequence[Resolved], entries: Sequence[Entry], text: str) -> list[Resolved]:
    """Each statement's speaker as the entry it is; `text`: the article, where a picked person's
    roles are read (`inventory(..., roles=False)` leaves them unread)."""
    out = []
    roled: dict[str, Entry] = {}  # a person's roles read once, however many statements they make
    for r in said:
        sp, m = r.speaker, r.mention
        if not sp.name:
            out.append(r)
            continue
        e = entry_for(entries, sp.name, m.start if m else None, m.end if m else None) or person_ending_like(entries, sp.name)
        # an entry of another name and type is another reading, unless the mention is one of its
        # forms ("KDM", read as an organisation, is the form of "Dedi Mulyadi atau yang akrab disapa KDM")
        held = m is not None and any(f.start == m.start and f.end == m.end for f in e.forms) if e else False
        if e is None or e.name.lower() != sp.name.lower() and e.type != sp.type and not held:
            out.append(r)
            continue
        if e.type not in SPEAKING:
            out.append(attrs.evolve(r, speaker=attrs.evolve(sp, name=None, type=None, role=None)))
            continue
        kind = e.type if sp.type in SPEAKING or sp.type is None else sp.type
        if kind == "person":
            if e.name not in roled:
                roled[e.name] = with_roles(text, e)
            e = roled[e.name]
        out.append(attrs.evolve(r, speaker=attrs.evolve(
            sp, name=e.name, type=kind, role=(e.role or sp.role) if kind == "person" else None)))
    return out

