"""Where a date expression can start, found in one pass, so that each of `dates`' patterns is tried
only there and not at every character of the article: nine `finditer` over the whole text were two
thirds of the date model's time (issue 21).

Exact by construction: `finditer(rx, text, starts)` returns what `rx.finditer(text)` does (the same
spans, groups and order, non-overlapping), given that `starts` holds, sorted, every position where a
match of `rx` can start. `anchors` gives those positions by kind, each kind a superset of where one
shape of pattern begins: a word boundary before a digit ("digit"), a word boundary before a weekday
or relative word ("word"), and the run of spaces and commas before a "(" with the bracket itself
("paren", where a dateline without its weekday starts: " (21/8)").
"""
from __future__ import annotations

import re
from typing import Iterator

# Compiled with the patterns' own flag (re.I), so that it folds case as they do ("ſenin", "K" of
# Kelvin); "jum" stands for Jumat / Jum'at / Jum’at, "minggu" and "pekan" for "minggu lalu" and
# "pekan lalu" as well as the weekday. A match never holds another word boundary (it is all word
# characters), so the non-overlapping scan misses no start. The lookahead on the first characters
# lets most word starts fail at once (the scan cost almost twice as much without it).
_ANCHOR = re.compile(r"\b(?=[\dsrkjmahpt])(?:(?P<digit>\d+)|senin|selasa|rabu|kamis|jum|sabtu|minggu|ahad"
                     r"|kemarin|hari|pagi|siang|sore|semalam|malam|tadi|pekan)", re.I)


def anchors(text: str) -> dict[str, list[int]]:
    """The positions where a date pattern's match can start, by kind ("digit", "word", "paren"),
    each list sorted."""
    digit: list[int] = []
    word: list[int] = []
    for m in _ANCHOR.finditer(text):
        (digit if m.lastgroup == "digit" else word).append(m.start())
    paren: list[int] = []
    c = text.find("(")
    while c >= 0:
        # `\s*,?\s*\(`: every start from the first space or comma of the run before the bracket
        # (str.isspace is the class `\s` of a str pattern)
        r = c
        while r > 0 and (text[r - 1].isspace() or text[r - 1] == ","):
            r -= 1
        paren.extend(range(max(r, paren[-1] + 1 if paren else 0), c + 1))
        c = text.find("(", c + 1)
    return {"digit": digit, "word": word, "paren": paren}


def starts(found: dict[str, list[int]], kinds: tuple[str, ...]) -> list[int]:
    """The sorted positions of the given kinds."""
    if len(kinds) == 1:
        return found[kinds[0]]
    return sorted(p for k in kinds for p in found[k])


def finditer(rx: re.Pattern, text: str, at: list[int]) -> Iterator[re.Match]:
    """`rx.finditer(text)` tried only at the positions `at` (sorted, holding every start a match
    can have). `rx.match(text, s)` sees the text before `s` as the scan does (`\\b`, lookbehinds),
    and no pattern matches the empty string, so the next match starts at or after the last end."""
    pos = 0
    for s in at:
        if s < pos:
            continue
        m = rx.match(text, s)
        if m is not None:
            yield m
            pos = m.end()
