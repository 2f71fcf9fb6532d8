"""Reporting cues: which token is a cue, and the cue next to a direct quote.

A token is a cue by its written form (the lexicon in data/cues.tsv) or, when Stanza has
lemmatised it, by its lemma ("menuturkan" -> "tutur" is a verb of saying even if the form is
not listed). `cue_after` / `cue_before` find the cue next to a direct quote and the speaker phrase beside it, as
token indices; what the phrase names is left to `mentions`.
"""
from __future__ import annotations

import functools
from typing import Optional

import attrs

from ..lexicon.words import QUOTE_CHARS, Cue, cue_for, cues
from ..nlp.analysis import Analysis
from .phrases import phrase_after, phrase_before, strip_adverbs


@functools.lru_cache(maxsize=None)
def _say_lemmas() -> frozenset[str]:
    return frozenset(c.lemma for c in cues().values() if c.role == "say")


def cue_at(an: Analysis, i: int) -> Optional[Cue]:
    t = an.tokens[i]
    c = cue_for(t.text)
    if c is not None:
        return c
    low = t.text.lower()
    # "ujar"/"kata"-type forms with -nya that the lexicon lists only in the bare form
    if low.endswith("nya") and len(low) > 5:
        base = cue_for(low[:-3])
        if base is not None and base.role in ("post",):
            return Cue(low, base.lemma, base.role, pronoun=True)
    if an.neural and t.upos == "VERB" and t.lemma and t.lemma.lower() in _say_lemmas():
        if low.startswith(("me", "ber")) and not t.nya:
            return Cue(low, t.lemma.lower(), "weak")
    return None


@attrs.frozen(slots=True)
class AfterCue:
    cue: int  # token index of the cue
    phrase: tuple[int, ...]  # tokens naming the speaker (empty for "ujarnya")


def cue_after(an: Analysis, close: int) -> Optional[AfterCue]:
    """A cue right after a closing mark: `"...," ujar Anas`, `"...," ujarnya`, `"..." kata dia`."""
    toks = an.tokens
    i = _first_token_at(an, close + 1)
    if i is None:
        return None
    # skip a comma or full stop the writer put outside the mark
    steps = 0
    # (and the rest of a "??" that stands for a mark the scraper could not encode, see find.marks)
    while i < len(toks) and (toks[i].text in ",.;" or an.text[close] == "?" and not toks[i].text.strip("?")) and steps < 2:
        i += 1
        steps += 1
    if i >= len(toks):
        return None
    # the cue must be close: nothing but spaces and punctuation in between
    gap = an.text[close + 1:toks[i].start]
    if any(ch.isalnum() for ch in gap) or "\n" in gap:
        return None
    c = cue_at(an, i)
    if c is None or c.role in ("menurut",):
        # "..." Anas menjelaskan. (speaker, then verb)
        ph = phrase_after(an, i, limit=5)
        if ph and ph[-1] + 1 < len(toks):
            v = ph[-1] + 1
            cv = cue_at(an, v)
            if cv is not None and cv.role in ("say", "weak", "post") and toks[i].text[:1].isupper():
                return AfterCue(v, tuple(ph))
        return None
    if c.pronoun:
        return AfterCue(i, ())
    phrase = tuple(phrase_after(an, i + 1))
    ended = "." in gap or an.text[close - 1:close] in (".", "!", "?")
    if toks[i].text[:1].isupper() and ended and not (phrase and toks[phrase[0]].text[:1].isupper()):
        # a capitalised word after the quote's full stop opens the next sentence: "Pesan berantai
        # itu menyebar" is no "pesan Budi"; a cue there names its speaker ("Kata Budi.")
        return None
    return AfterCue(i, phrase)


def _first_token_at(an: Analysis, char: int) -> Optional[int]:
    toks = an.tokens
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < char:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(toks) else None


def last_token_before(an: Analysis, char: int) -> Optional[int]:
    i = _first_token_at(an, char)
    if i is None:
        i = len(an.tokens)
    return i - 1 if i > 0 else None


@attrs.frozen(slots=True)
class BeforeCue:
    cue: Optional[int]  # token index of the cue, None for "Anas: "..."
    phrase: tuple[int, ...]


def cue_before(an: Analysis, open_: int, floor: int) -> Optional[BeforeCue]:
    """A cue that introduces a quote: `Anas mengatakan, "..."`, `Menurut Anas, "..."`, `Anas: "..."`."""
    toks = an.tokens
    j = last_token_before(an, open_)
    if j is None or toks[j].end <= floor:
        return None
    punct = None
    if toks[j].text in ",:":
        punct = toks[j].text
        j -= 1
    if j < 0 or toks[j].end <= floor:
        return None
    c = cue_at(an, j)
    if c is not None and c.role in ("say", "weak", "post") and not c.pronoun:
        subj = phrase_before(an, j)
        subj = [k for k in subj if toks[k].start >= floor]
        subj, negated = strip_adverbs(an, subj)
        if negated:
            return None
        if c.role == "post" and not subj:
            return None
        return BeforeCue(j, tuple(subj))
    if c is not None and c.pronoun and c.role in ("post", "menurut"):
        return BeforeCue(j, ())
    # "Menurut Anas, "..."" / "kata Anas, "...""
    k = j
    while k >= 0 and toks[k].start >= floor and j - k < 8:
        ck = cue_at(an, k)
        if ck is not None and ck.role in ("menurut", "post") and not ck.pronoun:
            ph = phrase_after(an, k + 1)
            if ph and ph[-1] >= j - 1:
                return BeforeCue(k, tuple(ph))
            break
        k -= 1
    if punct == ":":
        # "Anas: "..."": a bare name and a colon
        subj = phrase_before(an, j + 1)
        subj = [k for k in subj if toks[k].start >= floor]
        if subj and len(subj) <= 3 and all(toks[k].text[:1].isupper() for k in subj):
            return BeforeCue(None, tuple(subj))
    return None


def opens_next(an: Analysis, cue: int) -> bool:
    """The cue is followed by a comma or a colon and an opening quotation mark."""
    toks = an.tokens
    return (cue + 2 < len(toks) and toks[cue + 1].text in ",:" and toks[cue + 2].text in QUOTE_CHARS
            and toks[cue + 2].sent == toks[cue].sent)
