"""The last name-like run before a position (`Aliases.last_person_before`), for a pronoun that
has no quoted person to refer to. Every run of the article is found and read once (the title
before it cut, a verb a scraper glued to it split off, its words tested as names), and each
question walks back from its position over the runs read: reading the whole text before every
pronoun again made a long article cost its length times its pronouns."""
from __future__ import annotations

import bisect
import re
from typing import Callable, NamedTuple, Optional

from ..lexicon.places import cannot_speak
from ..lexicon.words import ORG_PREFIXES, is_title
from ..nlp.analysis import name_glue
from .name_words import after_regional_role, drop_region
from .who_speaks import THING, speaker_words

# two capitalised name words or more (an initial may stand among them: "Yohanes P. Wiratmoko")
RUN = re.compile(r"(?<![\w])([A-Z][a-z][\w'’-]*)(?:[ \t]+([A-Z]\.|[A-Z][a-z][\w'’-]*)){1,3}")
_INITIAL = re.compile(r"[A-Z]\.")


class Run(NamedTuple):
    """One run as `last_person_before` reads it: None in its place when it names nobody."""

    start: int  # where the name starts (after a title and its field)
    words: list[str]  # the name's words, an initial kept
    speaks: bool  # news writes its words as a speaker's, and it is no place


def quoted(text: str, pos: int) -> bool:
    """`pos` stands inside quotation marks of its paragraph (a seminar's title, a quote): the
    capitalised words there are no one the passage is about."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.rfind("“") > line.rfind("”") or line.count('"') % 2 == 1


def _read(idx, m: "re.Match") -> Optional[Run]:
    """The run a match is, or None (an organisation, a word the article writes in lower case)."""
    text = idx.text
    full = m.group(0).split()
    start = m.start()
    cut = name_glue(text, full[-1], m.start() + m.group(0).rfind(full[-1]))
    if cut:
        full[-1] = full[-1][:cut]  # "Andi Wirawanmenanggapi": a scraper glued the verb to the name
    while len(full) > 2 and is_title(full[0]) and not _INITIAL.fullmatch(full[1]):
        # "Menteri Keuangan Sri Mulyani": the title and its field before the name are no part of the run
        start = text.index(full[1], start + len(full[0]))
        full = full[1:]
        while len(full) > 2 and not idx.name_like(full[0], False) and not _INITIAL.fullmatch(full[1]):
            start = text.index(full[1], start + len(full[0]))
            full = full[1:]
    words = [w for w in full if not _INITIAL.fullmatch(w)]  # "Yohanes P. Wiratmoko"
    # "Raditya Pramana Putra": a name may hold a word the article also writes in lower case
    # ("putra sulung"), as long as two of its words are names only
    ok = [w for w in words if idx.name_like(w, False)]
    only_names = [w for w in ok if w.lower() not in idx.lower_vocab]
    before = text[max(0, start - 12):start].split()
    if before and before[-1].lower() in ORG_PREFIXES:
        return None  # "PT Sinar Laut"
    if len(only_names) < 2 or len(ok) != len(words):
        return None
    joined = " ".join(words)
    return Run(start, full, not (speaker_words(joined) < THING or cannot_speak(joined)))


class RunTable:
    """The article's runs (matches of `RUN` over the whole text), each read when first asked for."""

    def __init__(self, idx) -> None:
        self.idx = idx
        self.matches = list(RUN.finditer(idx.text))
        self.ends = [m.end() for m in self.matches]
        self.read: dict[tuple[int, int], Optional[Run]] = {}
        self._quoted: dict[int, bool] = {}

    def quoted(self, r: Run) -> bool:
        """The run stands inside quotation marks (asked only for a nickname's person: `quoted` reads
        back to the paragraph's start, the whole text in an article written as one paragraph)."""
        if r.start not in self._quoted:
            self._quoted[r.start] = quoted(self.idx.text, r.start)
        return self._quoted[r.start]

    def run(self, m: "re.Match") -> Optional[Run]:
        key = (m.start(), m.end())
        if key not in self.read:
            self.read[key] = _read(self.idx, m)
        return self.read[key]

    def backward(self, pos: int):
        """The runs (None for a match that is none) the text before `pos` holds, the last first:
        those the whole text holds that end by `pos`, and the one it cuts read as cut."""
        k = bisect.bisect_right(self.ends, pos)
        if k < len(self.matches) and self.matches[k].start() < pos:
            # a match `pos` cuts: the text before `pos` reads it (and what is left of it) as cut
            yield from map(self.run, reversed(list(RUN.finditer(self.idx.text, self.matches[k].start(), pos))))
        for j in range(k - 1, -1, -1):
            yield self.run(self.matches[j])

    def last_before(self, pos: int, keep: Callable[[Run], bool]) -> Optional[Run]:
        """The first run kept of the sentence that holds the last run kept before `pos`: "Kevin
        Andreas Halim, putra sulung aktor Rudy Halim, ... ia ..." is about Kevin."""
        runs = self.backward(pos)
        last = next((r for r in runs if r is not None and keep(r)), None)
        if last is None:
            return None
        text = self.idx.text
        cut = max(text.rfind(". ", 0, last.start), text.rfind("\n", 0, last.start))
        first = last
        for r in runs:  # (the runs start in reading order: none before the cut can start after it)
            if r is None:
                continue
            if r.start <= cut:
                break
            if keep(r):
                first = r
        return first


def last_person_before(idx, pos: int, speaking: bool = False, unquoted: bool = False) -> Optional[str]:
    """See `Aliases.last_person_before`; `idx`: the article's NameIndex."""
    key = ("person_runs", "")  # (kept with the index's text-only answers: runs read the text alone)
    if key not in idx._by_text:
        idx._by_text[key] = RunTable(idx)
    table: RunTable = idx._by_text[key]

    def keep(r: Run) -> bool:
        return not (speaking and not r.speaks) and not (unquoted and table.quoted(r))

    found = None
    if unquoted:
        # a nickname's person: among the runs, those that open with the first word of a full
        # name the article's people were read with ("Yohanes P. Wiratmoko", not a seminar's
        # "Market Outlook" nor "Hotel Maple Crest") when there are any
        firsts = {f.split()[0] for f in getattr(idx, "forms", ()) if len(f.split()) >= 2}
        found = table.last_before(pos, lambda r: keep(r) and r.words[0] in firsts)
    found = found or table.last_before(pos, keep)
    if found is None:
        return None
    return " ".join(drop_region(found.words, after_regional_role(idx.text, found.start)))
