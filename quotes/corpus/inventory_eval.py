"""Measure the inventory of people on its own, against the gold quotes' speakers.

- name accuracy: for every gold quote whose `speaker_mention` is a written name (not a pronoun,
  not "-nya", not null), the occurrence of that mention nearest the quote; the inventory entry
  holding it must carry the gold `speaker` as its name;
- type accuracy: for the same mentions, the entry's type is the gold `speaker_type`;
- role accuracy: per gold person with a role (one per speaker and article), the entry of that
  name has a role that matches it (`evaluate.same_role`).
A mention no entry holds counts as wrong for name and type.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

import attrs

from .matching import same_role, same_speaker

# written speaker mentions that are no names: pronouns and the -nya of "ujarnya"
PRONOUNS = frozenset("ia dia beliau mereka kami kita saya aku kamu anda -nya nya ujarnya katanya "
                     "tuturnya ungkapnya jelasnya imbuhnya tegasnya paparnya".split())


@attrs.define
class InventoryCounts:
    names: int = 0
    name_ok: int = 0
    type_ok: int = 0
    roles: int = 0
    role_ok: int = 0
    unheld: int = 0  # mentions no entry holds

    def add(self, other: "InventoryCounts") -> None:
        for f in attrs.fields(InventoryCounts):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def row(self) -> dict:
        def share(a, b):
            return round(a / b, 4) if b else None

        return {"mentions": self.names, "name_acc": share(self.name_ok, self.names),
                "type_acc": share(self.type_ok, self.names), "unheld": self.unheld,
                "roles": self.roles, "role_acc": share(self.role_ok, self.roles)}


def written_name(mention: Optional[str]) -> bool:
    if not mention or not mention.strip():
        return False
    low = mention.strip().lower()
    return low not in PRONOUNS and not low.startswith("-") and any(ch.isupper() for ch in mention)


def nearest(text: str, mention: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The occurrence of `mention` nearest the quote [start, end), outside it if possible."""
    best = None
    for m in re.finditer(re.escape(mention), text):
        inside = start <= m.start() < end
        dist = start - m.end() if m.end() <= start else max(0, m.start() - end)
        key = (inside, dist)
        if best is None or key < best[0]:
            best = (key, (m.start(), m.end()))
    return best[1] if best else None


def holder(entries: Sequence, start: int, end: int):
    """The entry one of whose forms covers most of [start, end)."""
    best, cover = None, 0
    for e in entries:
        for f in e.forms:
            c = min(f.end, end) - max(f.start, start)
            if c > cover:
                best, cover = e, c
    return best


def score_inventory(text: str, gold_quotes: list[dict], entries: Sequence, lenient: bool = False,
                    errors: Optional[list] = None) -> InventoryCounts:
    c = InventoryCounts()
    for g in gold_quotes:
        if not written_name(g.get("speaker_mention")) or not g.get("speaker"):
            continue
        at = nearest(text, g["speaker_mention"], g["start"], g["end"])
        if at is None:
            continue  # a mention not written as such in the text (an annotator's normalisation)
        c.names += 1
        e = holder(entries, *at)
        if e is None:
            c.unheld += 1
            if errors is not None:
                errors.append(("inventory_unheld", g["speaker_mention"], g["speaker"], None))
            continue
        if same_speaker(e.name, g["speaker"], lenient):
            c.name_ok += 1
        elif errors is not None:
            errors.append(("inventory_name", g["speaker_mention"], g["speaker"], e.name))
        if e.type == g.get("speaker_type"):
            c.type_ok += 1
        elif errors is not None:
            errors.append(("inventory_type", g["speaker_mention"], g.get("speaker_type"), e.type))
    seen = set()
    for g in gold_quotes:
        if g.get("speaker_type") != "person" or not g.get("speaker_role") or g.get("speaker") in seen:
            continue
        seen.add(g["speaker"])
        c.roles += 1
        e = next((e for e in entries if e.type == "person" and same_speaker(e.name, g["speaker"], lenient)), None)
        if e is not None and same_role(e.role, g["speaker_role"]):
            c.role_ok += 1
        elif errors is not None:
            errors.append(("inventory_role", g["speaker"], g["speaker_role"], e.role if e else None))
    return c
