"""Reported speech attributed afterwards: the content comes first, then a sentence that points back
to it with a passive cue and names who said it.

    "Pemerintah akan menambah kuota pupuk tahun depan.

    Hal itu disampaikan Menteri Pertanian Budi Santoso dalam rapat kerja, Senin (2/6/2025)."

The words pointed back to are the sentences of the same paragraph before the pointing sentence, or,
when it opens its paragraph, the whole paragraph before (a news lead, without its dateline). They
are a statement only when nothing else claims them: a quote in marks or a reported clause before
"Hal itu disampaikan ..." is that statement already, and the pointing sentence only dates it.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..lexicon.words import ADVERBS, DEMONSTRATIVES, QUOTE_CHARS
from ..names.mentions import NOBODY, Mention, mention_from_tokens
from ..nlp.analysis import Analysis
from ..text.paragraphs import Paragraph, count_words
from ..text.positions import Cover, paragraph_at
from .clauses import clean_end, clean_start
from .cues import cue_at
from .phrases import phrase_after

# nouns that point back to what was said ("Hal itu", "Pernyataan tersebut", "Langkah ini")
POINTING_NOUNS = frozenset(
    "hal pernyataan penjelasan keterangan informasi langkah penegasan paparan ungkapan".split())

# "Bisnis.com, JAKARTA – ", "KOMPAS.com - ", "BANDUNG–": the dateline that opens a news lead
_DATELINE = re.compile(r"[^\n.!?]{0,60}?(?:\.com|\.co\.id|\.id|\b[A-Z]{3,}\b)[^\n.!?]{0,30}?(?:\s*[–—]+|\s+-+)\s*")


def pointing_cue(an: Analysis, sent) -> Optional[int]:
    """The passive cue of a sentence that opens by pointing back ("Hal itu disampaikan ...",
    "Demikian diungkapkan ..."), as a token index, or None."""
    toks = an.tokens
    i = sent.first
    if i >= sent.last:
        return None
    low = toks[i].text.lower()
    if low in POINTING_NOUNS and i + 1 < sent.last and toks[i + 1].text.lower() in DEMONSTRATIVES:
        i += 2
    elif low == "demikian":
        i += 1
    else:
        return None
    while i < sent.last and toks[i].text.lower() in ADVERBS:
        i += 1  # "Hal itu juga disampaikan ..."
    if i >= sent.last:
        return None
    c = cue_at(an, i)
    return i if c is not None and c.role == "passive" else None


def agent(an: Analysis, sent, cue: int) -> Optional[Mention]:
    """Whom the pointing sentence names after its cue: "disampaikan (oleh) Budi", "diungkapkan,
    Bupati Sukabumi, Darman Hakimi, Kamis ..."; None when it names nobody ("disampaikan dalam
    rapat")."""
    toks = an.tokens
    j = cue + 1
    if j < sent.last and toks[j].text == ",":
        j += 1
    if j < sent.last and toks[j].text.lower() == "oleh":
        j += 1
    if j >= sent.last:
        return None
    m = mention_from_tokens(an, phrase_after(an, j, limit=16))
    if m is None or m.kind == NOBODY:
        return None
    return m


def pointed_back(an: Analysis, paras: list[Paragraph], si: int) -> Optional[tuple[int, int]]:
    """The stretch a pointing sentence refers to: the paragraph's sentences before it, or, for the
    first sentence of a paragraph, the paragraph before (a lead without its dateline)."""
    sent = an.sentences[si]
    para = paragraph_at(paras, sent.start)
    if para is None:
        return None
    if an.text[para.start:sent.start].strip():
        start, end = para.start, sent.start
    else:
        k = paras.index(para)
        if k == 0 or paras[k - 1].noise:
            return None
        prev = paras[k - 1]
        start, end = prev.start, prev.end
        m = _DATELINE.match(an.text, start, end)
        if m is not None and start == prev.start and _first_paragraph(paras, k - 1):
            start = m.end()
    start = clean_start(an.text, start, end)
    end = clean_end(an.text, start, end)
    return (start, end) if end > start else None


def _first_paragraph(paras: list[Paragraph], k: int) -> bool:
    """The lead: no story paragraph before it (the headline is noise)."""
    return all(p.noise for p in paras[:k])


def backref_statements(an: Analysis, paras: list[Paragraph], claimed: Sequence[tuple[int, int]]):
    """(start, end, cue token, mention, sentence index) per stretch that a later sentence attributes
    with a passive cue and that no other candidate (`claimed`) holds."""
    taken = Cover(list(claimed))
    out = []
    for si, sent in enumerate(an.sentences):
        cue = pointing_cue(an, sent)
        if cue is None:
            continue
        m = agent(an, sent, cue)
        if m is None:
            continue
        span = pointed_back(an, paras, si)
        if span is None:
            continue
        start, end = span
        if taken.overlaps(start, end):
            # "A dinilai Menteri Budi .... Selain itu, B.": only the sentences after the last statement
            within = [s for s in an.sentences[:si] if s.end > start and s.start < end]
            after = []
            while within and not taken.overlaps(within[-1].start, within[-1].end):
                after.insert(0, within.pop())
            if not after:
                continue
            start = clean_start(an.text, max(start, after[0].start), end)
        body = an.text[start:end]
        if count_words(body) < 5 or any(ch in QUOTE_CHARS for ch in body):
            continue
        out.append((start, end, cue, m, si))
    return out
