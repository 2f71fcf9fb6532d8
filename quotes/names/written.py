"""Where a person's name is written in the article: each occurrence as (start, end), scraper glue
on either side allowed ("MPR RIHendra Nur Salam", "Budi Santosomerespons"). The roles are read
around these places (`roles`)."""
from __future__ import annotations

import functools
import re
from typing import Iterable, Optional

from ..nlp.analysis import known_word
from ..text.wordindex import phrase_end, words_end

_LOWER_DIGIT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


@functools.lru_cache(maxsize=1024)  # the same person's roles are read by the inventory and by attribution
def written(text: str, name: str) -> tuple[tuple[int, int], ...]:
    """`occurrences`, found once per text and name (each search reads the whole text)."""
    return tuple(occurrences(text, name))


def occurrences(text: str, name: str) -> Iterable[tuple[int, int]]:
    # a capital right after another word's letters is scraper glue ("MPR RIHendra Nur Salam"):
    # only a lower-case letter, a digit or "_" before the name rules a place out. (Read by hand with
    # str.find, as the regex (?<![a-z0-9_])w1[ \t]+w2...(?!\w) would: a regex compiled per name cost
    # more than the rest of the roles.)
    words = name.split()
    if not words:
        return
    i = text.find(words[0])
    while i >= 0:
        end = None
        if not (i and text[i - 1] in _LOWER_DIGIT):
            end = phrase_end(text, i, words)
            if end is None and len(words) > 1:
                end = _glued_end(text, i, words)
        if end is not None and text[max(0, i - 1):i] != "(":  # "(HNS)": the definition of a short form
            yield i, end
        i = text.find(words[0], end if end is not None else i + 1)


def _glued_end(text: str, i: int, words: list[str]) -> Optional[int]:
    """Where a name of two words or more ends when a scraper glued the next word to it ("Budi
    Santosomerespons", "Hendra Wijayamarah"): the glued rest must be a known lower-case word of four
    letters or more (a longer name word, "Santosa" of "Santo", is none)."""
    j = words_end(text, i, words)
    m = _GLUED_REST.match(text, j) if j is not None else None
    return j if m is not None and known_word(m.group(0)) else None


_GLUED_REST = re.compile(r"[a-z]{4,}(?!\w)")
