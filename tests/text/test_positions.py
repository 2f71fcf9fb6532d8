"""Binary-search look-ups give what a scan from the start gives."""
import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.text.positions import Cover, paragraph_at, sentences_within, tokens_within


@attrs.frozen
class Piece:
    start: int
    end: int


def _pieces(gaps_and_lengths):
    out, pos = [], 0
    for gap, length in gaps_and_lengths:
        pos += gap
        out.append(Piece(pos, pos + length))
        pos += length
    return tuple(out)


_LAYOUT = st.lists(st.tuples(st.integers(0, 3), st.integers(1, 5)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_LAYOUT, st.integers(0, 120), st.integers(0, 60))
def test_tokens_within_a_span(layout, start, width):
    toks = _pieces(layout)
    end = start + width
    assert tokens_within(toks, start, end) == [t for t in toks if t.start >= start and t.end <= end]
    assert sentences_within(toks, start, end) == [t for t in toks if t.start >= start and t.end <= end]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 3), st.integers(0, 5)), max_size=20), st.integers(0, 120))
def test_paragraph_at(layout, pos):
    paras = list(_pieces(layout))  # a zero-length paragraph never occurs, but must not matter
    expected = next((p for p in paras if p.start <= pos < p.end or pos == p.end), None)
    assert paragraph_at(paras, pos) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=15), st.integers(0, 90),
       st.integers(0, 90))
def test_cover_holds_and_overlaps(intervals, a, b):
    ivs = [(lo, lo + n) for lo, n in intervals]  # may overlap and nest: quotes may too
    cover = Cover(ivs)
    assert cover.holds(a) == any(lo <= a <= hi for lo, hi in ivs)
    lo_, hi_ = min(a, b), max(a, b)
    assert cover.overlaps(lo_, hi_) == any(lo < hi_ and lo_ < hi for lo, hi in ivs)


def test_of_overlapping_spans_the_shortest_are_kept_apart():
    from types import SimpleNamespace as S

    from quotes.text.positions import shortest_apart

    a, b, c = S(start=0, end=50), S(start=40, end=60), S(start=70, end=80)
    assert shortest_apart([a, b, c]) == [c, b]
