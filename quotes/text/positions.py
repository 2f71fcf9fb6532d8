"""Position look-ups by binary search, so that a question about one place of an article does not
read the whole article: which paragraph holds a character, which tokens or sentences lie inside a
span, whether a character is inside a quotation. Each answer is the one a scan from the start
gives: tokens, sentences and paragraphs come in reading order, each starting after the one before
ends (as `Analysis.sentence_of` also relies on).
"""
from __future__ import annotations

import bisect
from typing import Sequence


def _start(piece) -> int:
    return piece.start


def tokens_within(tokens: Sequence, start: int, end: int) -> list:
    """The tokens t with start <= t.start and t.end <= end, in order."""
    out = []
    for k in range(bisect.bisect_left(tokens, start, key=_start), len(tokens)):
        t = tokens[k]
        if t.end > end:
            break  # in reading order, every later token ends later still
        out.append(t)
    return out


def sentences_within(sentences: Sequence, lo: int, hi: int) -> list:
    """The sentences s with lo <= s.start and s.end <= hi, in order."""
    return tokens_within(sentences, lo, hi)


def paragraph_at(paras: Sequence, pos: int):
    """The paragraph p with p.start <= pos <= p.end (its end counts), or None."""
    k = bisect.bisect_right(paras, pos, key=_start) - 1
    if k >= 0 and pos <= paras[k].end:
        return paras[k]
    return None


class Cover:
    """Closed intervals [lo, hi], in any order, overlapping or not."""

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        ivs = sorted(intervals)
        self._los = [lo for lo, _ in ivs]
        self._reach = []  # the furthest hi of the intervals up to each one
        far = None
        for _, hi in ivs:
            far = hi if far is None else max(far, hi)
            self._reach.append(far)

    def holds(self, pos: int) -> bool:
        """Whether an interval holds pos."""
        k = bisect.bisect_right(self._los, pos) - 1
        return k >= 0 and self._reach[k] >= pos

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether an interval [a, b] has a < hi and lo < b (shares more than an end point)."""
        k = bisect.bisect_left(self._los, hi) - 1
        return k >= 0 and self._reach[k] > lo


def shortest_apart(items: Sequence) -> list:
    """Of items with `start` and `end` that overlap, the shortest: the ones kept lie apart. Kept by
    bisection (testing every kept span made a list of many items cost its square)."""
    kept: list = []
    starts: list[int] = []  # the kept spans, apart, in text order (so their ends are in order too)
    ends: list[int] = []
    for c in sorted(items, key=lambda c: (c.end - c.start, c.start)):
        k = bisect.bisect_left(starts, c.end)  # the kept spans before k start before c ends
        if k and ends[k - 1] > c.start:
            continue
        starts.insert(k, c.start)
        ends.insert(k, c.end)
        kept.append(c)
    return kept
