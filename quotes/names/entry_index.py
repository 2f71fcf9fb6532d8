"""The entry a speaker is, looked up in tables of the article's inventory built once: by name, by
the span of a form, by the last word of a person's name. Attribution asks for every option of
every quote; a scan of the entries for each made a long article cost its quotes times its
entries squared. The answers are those of the scans they replace, first entry first."""
from __future__ import annotations

import bisect
from typing import Optional, Sequence, TypeVar

Entry = TypeVar("Entry")  # `inventory.Entry` (which imports this module): anything with its name, type and forms


class EntryTable:
    """One inventory's entries filed by name, by form span and by a person's last word."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = entries
        self.by_name: dict[str, Entry] = {}  # lower-case name -> the first entry of that name
        self.by_span: dict[tuple[int, int], list[int]] = {}  # a form's (start, end) -> the entries written there
        self.by_last: dict[str, list[Entry]] = {}  # a person's last word (lower case) -> the person entries
        spans = []  # (start, end, entry's number) of every form, by start
        for k, e in enumerate(entries):
            self.by_name.setdefault(e.name.lower(), e)
            for f in e.forms:
                at = self.by_span.setdefault((f.start, f.end), [])
                if not at or at[-1] != k:
                    at.append(k)
                spans.append((f.start, f.end, k))
            if e.type == "person" and e.name.split():
                self.by_last.setdefault(e.name.split()[-1].lower(), []).append(e)
        spans.sort()
        self.starts = [s[0] for s in spans]
        self.spans = spans
        self.longest = max((b - a for a, b, _ in spans), default=0)

    def holding(self, start: int, end: int) -> Optional[Entry]:
        """The first entry (in the inventory's order) with a form overlapping [start, end)."""
        # only a form starting less than the longest form's length before `start` can reach it
        lo = bisect.bisect_right(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        best = min((k for a, b, k in self.spans[lo:hi] if a < end and start < b), default=None)
        return None if best is None else self.entries[best]


_LAST: list = [None, None]  # the inventory asked about last and its table (one article at a time)


def table(entries: Sequence[Entry]) -> EntryTable:
    """The tables of `entries`: an inventory's tuple's built once, while it is the one asked about;
    any other sequence's (a list may change between questions) built for the question."""
    if not isinstance(entries, tuple):
        return EntryTable(list(entries))
    last = _LAST
    if last[0] is not entries:
        last[1] = EntryTable(entries)
        last[0] = entries
    return last[1]


def entry_for(entries: Sequence[Entry], name: Optional[str], start: Optional[int] = None,
              end: Optional[int] = None) -> Optional[Entry]:
    """The entry a resolved speaker is: the one of that name, else the one holding its mention."""
    t = table(entries)
    entries = t.entries
    if name:
        e = t.by_name.get(name.lower())
        if e is not None:
            return e
    if start is not None and end is not None:
        # the entry written exactly there first ("Kantor berita asal Prancis itu", a form of the
        # agency, holds "Prancis" too)
        exact = t.by_span.get((start, end))
        if exact:
            return next((entries[k] for k in exact if entries[k].holds(start, end)), None)
        return t.holding(start, end)
    return None


def person_ending_like(entries: Sequence[Entry], name: str) -> Optional[Entry]:
    """A name read from the passage rather than from a mention ("Kevin Andreas Halim" for an
    "-nya") is the one person entry that ends with the same word; None when none or several do."""
    found = persons_ending(entries, name.split()[-1])
    return found[0] if len(found) == 1 else None


def persons_ending(entries: Sequence[Entry], word: str) -> list[Entry]:
    """The person entries whose name ends with `word` (any case), in the inventory's order."""
    return table(entries).by_last.get(word.lower(), [])
