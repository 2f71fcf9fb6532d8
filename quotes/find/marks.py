"""Direct quotations: pair quotation marks into spans. Pure text, no model.

Straight and curly marks are treated alike; a mixed pair (curly open, straight close) is a pair.
A quote may run over several paragraphs when the next paragraph opens with a mark again (or, when
the writer left it out, closes one without opening it). An unpaired mark never runs past its
paragraph, and a quote never grows past MAX_QUOTE_CHARS.
"""
from __future__ import annotations

from typing import Optional

import attrs

from ..lexicon.words import CLOSERS, OPENERS, STRAIGHT
from ..text.paragraphs import Paragraph

MAX_QUOTE_CHARS = 6000
MAX_PARAGRAPHS = 15


@attrs.frozen(slots=True)
class Span:
    """Text between an opening mark and its closing mark (or the end of its paragraph)."""

    open: int  # position of the opening mark
    close: Optional[int]  # position of the closing mark, None if it was never closed
    start: int
    end: int
    paragraphs: int = 1

    @property
    def closed(self) -> bool:
        return self.close is not None


def _role(text: str, i: int) -> str:
    """'open', 'close' or 'both' for the mark at i, from the characters around it."""
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left_space = prev.isspace() or prev in "([{—–-/:"
    right_space = nxt.isspace() or nxt in ".,;:!?)]}—–-…"
    if c in OPENERS:
        return "open"
    if c in CLOSERS:
        # scrapes often use ” for both marks: a ” after a space, before a letter, opens; so does
        # one glued to the end of the previous sentence ("itu.”Kami ...") when no quote is open
        if not right_space and (left_space or prev in ".!?"):
            return "both"
        return "close"
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    return "both"


def _marks(text: str, p: Paragraph) -> list[tuple[int, str]]:
    out = []
    for i in range(p.start, p.end):
        c = text[i]
        if c in OPENERS or c in CLOSERS or c in STRAIGHT:
            out.append((i, _role(text, i)))
        elif c == "?" and i > p.start and text[i - 1] == ",":
            # a curly mark the scraper could not encode comes out as "?" ("perhotelan,?? ujar X"); no
            # question follows a comma, so after one it can only close a quote
            out.append((i, "close"))
    return out


def find_spans(text: str, paras: list[Paragraph]) -> list[Span]:
    spans: list[Span] = []
    body = [p for p in paras]
    k = 0
    while k < len(body):
        p = body[k]
        if p.noise and not _marks(text, p):
            k += 1
            continue
        marks = _marks(text, p)
        open_at: Optional[int] = None
        j = 0
        while j < len(marks):
            pos, role = marks[j]
            if open_at is None:
                if role in ("open", "both"):
                    open_at = pos
            else:
                if role in ("close", "both") and pos > open_at + 1:
                    spans.append(Span(open_at, pos, open_at + 1, pos))
                    open_at = None
                elif role == "open":
                    # a new opener while one is open: the first was never closed
                    spans.append(_unclosed(text, open_at, pos))
                    open_at = pos
            j += 1
        if open_at is not None:
            span, k = _continue(text, body, k, open_at)
            if span is not None:
                spans.append(span)
        k += 1
    return [s for s in spans if s.end > s.start and any(ch.isalnum() for ch in text[s.start:s.end])]


def _unclosed(text: str, open_at: int, limit: int) -> Span:
    end = limit
    while end > open_at + 1 and text[end - 1].isspace():
        end -= 1
    end = min(end, open_at + 1 + MAX_QUOTE_CHARS)
    return Span(open_at, None, open_at + 1, end)


def _first_mark(text: str, p: Paragraph) -> Optional[tuple[int, str]]:
    m = _marks(text, p)
    return m[0] if m else None


def _continue(text: str, body: list[Paragraph], k: int, open_at: int) -> tuple[Optional[Span], int]:
    """The quote opened at open_at did not close in paragraph k: look for its end further on."""
    n_par = 1
    kk = k
    while n_par < MAX_PARAGRAPHS:
        nxt = kk + 1
        # skip noise (a related headline dropped between paragraphs of one quote)
        while nxt < len(body) and body[nxt].noise and _first_mark(text, body[nxt]) is None:
            nxt += 1
        if nxt >= len(body):
            break
        q = body[nxt]
        first = _first_mark(text, q)
        if first is None:
            break
        pos, role = first
        starts_with_mark = pos == q.start
        if starts_with_mark and role in ("open", "both"):
            # the quote goes on; find where this paragraph closes, if it does
            marks = _marks(text, q)[1:]
            close = next((m for m, r in marks if r in ("close", "both")), None)
            n_par += 1
            kk = nxt
            if close is not None:
                # anything after the close in this paragraph is left to a later pass (cue etc.)
                return _bounded(text, open_at, close, n_par), kk
            continue
        if not starts_with_mark and role == "close":
            # the writer dropped the opening mark of this paragraph
            n_par += 1
            return _bounded(text, open_at, pos, n_par), nxt
        break
    return _unclosed_multi(text, open_at, body[k].end, n_par), kk


def _bounded(text: str, open_at: int, close: int, n_par: int) -> Span:
    if close - open_at - 1 > MAX_QUOTE_CHARS:
        return _unclosed(text, open_at, open_at + 1 + MAX_QUOTE_CHARS)
    return Span(open_at, close, open_at + 1, close, paragraphs=n_par)


def _unclosed_multi(text: str, open_at: int, para_end: int, n_par: int) -> Span:
    # an opener that never closes stays inside its own paragraph
    return _unclosed(text, open_at, para_end)
