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

from typing import Optional, Sequence

import attrs

from ..lexicon.words import DEMONSTRATIVES, is_title
from ..names.described import agrees, title_of
from ..names.mentions import NOBODY, Mention
from ..names.inventory import SPEAKING, Entry, entry_for, person_ending_like, with_roles
from ..names.outlets import with_article
from .resolve import Resolved


def picked(said: Sequence[Resolved], entries: Sequence[Entry], text: str) -> list[Resolved]:
    """Each statement's speaker as the entry it is; `text`: the article, where a picked person's
    roles are read (`inventory(..., roles=False)` leaves them unread)."""
    out = []
    roled: dict[str, Entry] = {}  # a person's roles read once, however many statements they make
    for r in said:
        sp, m = r.speaker, r.mention
        # "kata Wakil Ketua DPR itu": a description pointing back is the entry the inventory made it
        # a form of (the one with that role), whoever the passage proposed
        e = _described(entries, m, r.candidate.mention, text)
        if e is not None:
            sp = attrs.evolve(sp, name=e.name, type=e.type)
        if not sp.name:
            out.append(r)
            continue
        e = e or entry_for(entries, sp.name, m.start if m else None, m.end if m else None) or person_ending_like(entries, sp.name)
        # an entry of another name and type is another reading, unless the mention is one of its
        # forms ("KDM", read as an organisation, is the form of "Dedi Mulyadi atau yang akrab disapa KDM")
        # ("Information" is the form "The Information" of a paper cited: its name without the article)
        held = m is not None and any(f.start in (m.start, with_article(text, m.start)) and f.end == m.end
                                     for f in e.forms) if e else False
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


def _described(entries: Sequence[Entry], m, read: Optional[Mention], text: str) -> Optional[Entry]:
    """The person a title stands for, where the inventory found the one with that role: a
    description with a title and its field ("Wakil Ketua DPR itu"), or with a title alone that
    agrees with the person's role ("pelatih asal Kroasia itu" for the coach, though the captain
    was quoted last; "menteri asal Banyuwangi ini" for a "Menpar" is whom the passage proposes),
    or an organisation read with a title before it ("Menteri ESDM"). `m`: the mention as
    resolved, `read`: the speaker phrase's mention; `text`: the article."""
    if m is None or read is None:
        return None
    office = read.kind in ("organization", NOBODY) and read.role and is_title(read.role.split()[0])
    title = title_of(m.text) if " " in m.text and m.text.lower().split()[-1] in DEMONSTRATIVES else []
    if not office and not title:
        return None
    e = next((e for e in entries if e.type == "person" and any(f.start == m.start and f.end == m.end for f in e.forms)),
             None)
    if e is None or office or len(title) >= 2:
        return e
    return e if any(agrees(title, r) for r in with_roles(text, e).roles) else None
