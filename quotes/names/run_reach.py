"""Whether a name of two words or more can stand inside a longer capitalised run of its article.

`NameIndex._canonical` reads the capitalised runs around a name's first and last word
(`NameIndex._runs_with`) to find a fuller form of it. A run replaces a name of n words only when
it holds the name's words one after the other and more than n words (a form of n words or fewer
never scores higher than the name itself). Most names of two words or more stand nowhere with a
capitalised word right before or after them ("kata Budi Santoso, ..."), and reading their runs was
a third of `_canonical`'s time: `may_extend` tells, from the text alone, where no run can.

Why its False is safe: the words of a run are the text's own words, in the text's order, with
only spaces, tabs and a newline between two of them (`_runs_with` steps forward over `[ \\t]+`,
back over `capital_before`'s `[ \\t]+` and a final newline), and `_run_tail` only drops words from
its front. Each word of a run is the word it was found from (the name's first or last word), a
word that starts with a capital A-Z (the forward and backward patterns) or an initial "X."
(also a capital). So a run that holds the name's words and one word more shows, in the text, the
name's words (lower-cased: `_canonical` compares lower-cased words) with only spaces, tabs and
newlines between them, and right before them (spaces, tabs or newlines between) a word that
holds a capital A-Z or ends with the name's first or last word, or right after them one that
starts with a capital A-Z or with the name's first or last word. `may_extend` looks for exactly
that, everywhere the lower-cased text holds the name's first word, and answers True wherever it
cannot read the text's lower case position by position.
"""
from __future__ import annotations

import functools
from typing import Optional

_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SPACE = frozenset(" \t\n")


@functools.lru_cache(maxsize=4)
def lower_text(text: str) -> Optional[str]:
    """`text.lower()` where each character's lower case is one character that reads no neighbour
    (then a slice of it is the lower case of the same slice of `text`), None where not: a
    character whose lower case is longer ("İ") makes the lengths differ, and the capital sigma's
    lower case depends on the letters after it."""
    if "\u03a3" in text:
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def find_words(words: tuple[str, ...], target: tuple[str, ...]) -> Optional[int]:
    """Where the words `target` first stand in `words`."""
    n = len(target)
    for k in range(len(words) - n + 1):
        if words[k:k + n] == target:
            return k
    return None


def may_extend(text: str, target: tuple[str, ...], ends: tuple[str, ...]) -> bool:
    """False only where no capitalised run around the words `ends` (the name's first and last
    word, as written) can hold the lower-cased words `target` and one word more."""
    low = lower_text(text)
    if low is None:
        return True
    first = target[0]
    a = low.find(first)
    while a >= 0:
        b = _phrase_end(low, a, target)
        if b is not None and (_word_before(text, a, ends) or _word_after(text, b, ends)):
            return True
        a = low.find(first, a + 1)
    return False


def _phrase_end(low: str, a: int, target: tuple[str, ...]) -> Optional[int]:
    """Where `target` ends when its words stand from `a` in `low`, spaces, tabs or newlines
    between them, None where they do not."""
    pos = a + len(target[0])
    n = len(low)
    for word in target[1:]:
        j = pos
        while j < n and low[j] in _SPACE:
            j += 1
        if j == pos or not low.startswith(word, j):
            return None
        pos = j + len(word)
    return pos


def _word_before(text: str, a: int, ends: tuple[str, ...]) -> bool:
    """Spaces, tabs or newlines before `a`, and before them the end of a word a run can hold: one
    of `ends`, an initial ("X."), or word characters, apostrophes and hyphens back to a capital A-Z
    (`[A-Z][\\w'’-]*`; `\\w` is str.isalnum or "_" on every code point)."""
    e = a
    while e > 0 and text[e - 1] in _SPACE:
        e -= 1
    if e == a or e == 0:
        return False
    if any(text.endswith(w, 0, e) for w in ends):
        return True
    if text[e - 1] == ".":
        return e >= 2 and text[e - 2] in _UPPER
    s = e
    while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_'’-"):
        s -= 1
        if text[s] in _UPPER:
            return True
    return False


def _word_after(text: str, b: int, ends: tuple[str, ...]) -> bool:
    """Spaces, tabs or newlines after `b`, and after them a capital A-Z or one of `ends`."""
    f = b
    n = len(text)
    while f < n and text[f] in _SPACE:
        f += 1
    if f == b or f == n:
        return False
    return text[f] in _UPPER or any(text.startswith(w, f) for w in ends)
