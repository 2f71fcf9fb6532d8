"""A view reported with a passive verb of judging as the sentence's predicate:

    "Program itu dinilai Menteri Budi sebagai langkah yang tepat."   (the assessor named after it)
    "... ," kata Budi. "Kehadiran bank itu pun dinilai tak banyak membantu."   (no assessor named)

With the assessor named right after the verb, the whole sentence is that person's statement. With no
assessor, news writes it for the view of the person just quoted (the sentence before is a quote), so
it goes on with that speaker; anywhere else an agentless "dinilai" is the writer's own hedge
("Aplikasi itu dinilai merugikan sekolah swasta") and no quote.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ..lexicon.words import QUOTE_CHARS, SUBORDINATORS
from ..names.mentions import Mention, mention_from_tokens
from ..nlp.analysis import Analysis, is_cap
from ..text.paragraphs import count_words
from ..text.positions import Cover
from .clauses import clean_end, clean_start
from .cues import cue_at
from .phrases import phrase_after

# passive verbs of judging or claiming ("diperkirakan", "diprediksi", "diyakini", "dianggap" are left out:
# forecasts and beliefs the writer gives as often as anybody's)
JUDGING = frozenset("dinilai disebut diklaim dipandang ditekankan".split())


def judged(an: Analysis, sent) -> Optional[int]:
    """The passive verb of judging that is the predicate of a sentence: after a subject, with no
    relative "yang", subordinator or other cue before it; its token index or None."""
    toks = an.tokens
    for i in range(sent.first + 1, min(sent.last, sent.first + 25)):
        low = toks[i].text.lower()
        before = [toks[k].text.lower() for k in range(sent.first, i)]
        if low in JUDGING:
            if "yang" in before[-3:] or any(w in SUBORDINATORS for w in before):
                return None
            return i
        if cue_at(an, i) is not None or toks[i].text in QUOTE_CHARS:
            return None
    return None


def assessor(an: Analysis, sent, i: int) -> Optional[Mention]:
    """The person or body named right after the verb ("dinilai Menteri Budi sebagai ..."), when a
    predicate goes on after the name; None for no named assessor."""
    toks = an.tokens
    j = i + 1
    if j < sent.last and toks[j].text.lower() == "oleh":
        j += 1
    if j >= sent.last or not is_cap(toks[j]):
        return None
    phrase = phrase_after(an, j, limit=12)
    if not phrase or phrase[-1] + 2 >= sent.last:
        return None
    m = mention_from_tokens(an, phrase)
    return m if m is not None and m.kind in ("person", "organization") else None


def assessed_statements(an: Analysis, claimed: Sequence[tuple[int, int]],
                        quoted: Sequence[tuple[int, int]]):
    """(start, end, cue token, assessor mention or None, sentence index) per sentence whose predicate
    is a passive verb of judging, attributed to its named assessor or, with none, to the speaker of
    the quote in the sentence before (`quoted`: the emitted quotes); `claimed` spans are left."""
    taken, said = Cover(list(claimed)), Cover(list(quoted))
    out = []
    for si, sent in enumerate(an.sentences):
        i = judged(an, sent)
        if i is None:
            continue
        start = clean_start(an.text, sent.start, sent.end)
        end = clean_end(an.text, start, sent.end)
        if count_words(an.text[start:end]) < 5 or taken.overlaps(start, end):
            continue
        m = assessor(an, sent, i)
        if m is None:
            if si == 0 or not said.overlaps(an.sentences[si - 1].start, an.sentences[si - 1].end):
                continue
            if "\n" in an.text[an.sentences[si - 1].end:sent.start]:
                continue  # the quote before stands in another paragraph
        out.append((start, end, i, m, si))
    return out
