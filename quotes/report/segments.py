"""The article text cut into pieces at every quote, cue and speaker boundary.

Offsets in the records are Python str (code point) offsets. The text is written unchanged into a
`white-space: pre-wrap` container, one piece after another, so a quote's offsets are the code
point positions of its pieces in the container's text; the page checks this itself on load.
"""
from __future__ import annotations

import itertools
from typing import Iterable, NamedTuple, Sequence

from .records import offsets_match, span_fits


# Span and Segment are NamedTuples, not attrs classes: a 10,000-article report makes a million of
# them, and a frozen attrs instance costs four times as much to create
class Span(NamedTuple):
    role: str  # "q" (quote), "cue" or "spk" (speaker mention)
    k: int  # position of the record in its article's record list
    start: int
    end: int


class Segment(NamedTuple):
    start: int
    end: int
    q: tuple[int, ...] = ()  # covering quotes, innermost (shortest) first
    cue: tuple[int, ...] = ()
    spk: tuple[int, ...] = ()


def spans_of(records: Sequence[dict], text: str) -> tuple[list[Span], list[int]]:
    """The spans to mark, and the positions of the records whose offsets do not fit the text.

    A bad cue or speaker span only loses its mark; the quote itself is still highlighted.
    """
    spans: list[Span] = []
    bad: list[int] = []
    n = len(text)
    for k, r in enumerate(records):
        if not offsets_match(r, text):
            bad.append(k)
            continue
        spans.append(Span("q", k, r["start"], r["end"]))
        for role, a, b in (("cue", "cue_start", "cue_end"), ("spk", "speaker_start", "speaker_end")):
            if span_fits(r.get(a), r.get(b), n):
                spans.append(Span(role, k, r[a], r[b]))
    return spans, bad


def build_segments(n: int, spans: Iterable[Span]) -> list[Segment]:
    """Cut [0, n) at every span boundary; each piece lists every span covering it.

    A sweep over the boundaries keeps this linear in the number of pieces times the nesting
    depth, so an article with thousands of records does not go quadratic.
    """
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
        ends.setdefault(s.end, []).append(s)
    cuts = sorted({0, n, *starts, *ends})
    active: dict[int, Span] = {}  # by id(): insertion-ordered; equal spans of two records stay two
    out = []
    empty = ()
    for a, b in itertools.pairwise(cuts):
        for s in ends.get(a, empty):
            active.pop(id(s), None)
        for s in starts.get(a, empty):
            active[id(s)] = s
        if not active:  # most pieces: the text between quotes
            out.append(Segment(a, b))
            continue
        quotes, cue, spk = [], set(), set()
        for s in active.values():
            if s.role == "q":
                quotes.append(s)
            else:
                (cue if s.role == "cue" else spk).add(s.k)
        if len(quotes) > 1:
            quotes.sort(key=lambda s: (s.end - s.start, -s.start, s.k))
        out.append(Segment(a, b, tuple([s.k for s in quotes]), tuple(sorted(cue)), tuple(sorted(spk))))
    return out
