"""Where a person's name starts and ends inside a speaker phrase ("Ketua Partai Maju Budi
Santoso", "Co-Founder Tokodana Chris Arianto", "Danu A Pratama"): the name run that
`mentions` reads a person from."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..lexicon.words import (
    AND_WORDS,
    NAME_ABBREVIATIONS,
    NAME_LINKS,
    NOT_NAME,
    ORG_PREFIXES,
    ORG_WORDS,
    common_words,
    is_title,
    name_prefixes,
    title_at,
)
from ..nlp.analysis import Analysis, is_cap
from .leading_org import behind_venue, strip_leading_org
from .who_speaks import common_noun
from .name_words import ACRONYM, after_regional_role, drop_region, name_word, sentence_initial

_INITIAL = re.compile(r"[A-Z]{1,2}\.?")  # a middle initial, with or without its dot


def _affiliation_word(w: str) -> bool:
    low = w.lower()
    return low in ORG_WORDS or is_title(w) or bool(ACRONYM.match(w)) or low in common_words()


def name_run(an: Analysis, idx: Sequence[int]) -> Optional[tuple[int, int]]:
    """The token span of the person's name a speaker phrase ends with: its last capitalised word
    that can be a name and up to three name words before it, without an employer, a region or
    an organisation the article writes on its own; None when the phrase holds no name word."""
    toks = an.tokens
    # last capitalised, non-title token of the phrase
    end = None
    texts = [toks[k].text for k in idx]
    for n, k in reversed(list(enumerate(idx))):
        t = toks[k]
        if (is_cap(t) and not title_at(texts, n) and t.text.lower() not in NOT_NAME
                and name_word(t.text, an.lower, sentence_initial(an.text, t.start), an.midcaps)):
            end = k
            break
    if end is None:
        return None
    if end + 1 in idx and len(toks[end + 1].text) == 1 and toks[end + 1].text.isupper() and toks[end + 1].text.isalpha():
        end += 1  # "kata Wijanarko A dari ...": a last initial ("A" is no English article here)
    start = end
    k = end - 1
    while k >= idx[0] and end - k < 4:
        t = toks[k]
        low = t.text.lower()
        if t.text == "." and k - 1 >= idx[0] and toks[k - 1].end == t.start and toks[k - 1].text.lower() in NAME_ABBREVIATIONS:
            start = k - 1  # "Moh. Mahfud MD": a first name written short, with its dot
            k -= 2
            continue
        if t.text == "." and k - 2 >= idx[0] and _INITIAL.fullmatch(toks[k - 1].text) and is_cap(toks[k - 2]) \
                and not is_title(toks[k - 2].text) and toks[k - 1].end == t.start:
            k -= 2  # "Rudi P. Wibowo": a middle initial with its dot
            continue
        if low in NAME_LINKS and k - 1 >= idx[0] and is_cap(toks[k - 1]) and k < end:
            k -= 1  # "Mohammed bin Salman": a lower-case word inside the name
            continue
        if _INITIAL.fullmatch(t.text) and k > idx[0] and is_cap(toks[k - 1]) \
                and not is_title(toks[k - 1].text) and k < end:
            k -= 1  # a middle initial: "Danu A Pratama", "Juliari P Batubara"
            continue
        if not is_cap(t) or title_at(texts, idx.index(k)) or low in ORG_WORDS or low in NOT_NAME or ACRONYM.match(t.text) or not name_word(t.text, an.lower, sentence_initial(an.text, t.start), an.midcaps):
            break
        if low in common_words() and k - 1 >= idx[0] and _affiliation_word(toks[k - 1].text):
            break  # "Partai Maju Budi Santoso": a common word after an organisation word ends its name
        if low in common_words() and k >= 1 and toks[k - 1].text.lower() in AND_WORDS:
            break  # "... Riset, dan Teknologi Nadiem Makarim": the last field of a role's list
        start = k
        k -= 1
    # "DPR, Lalu Hadi Irawan": a first word of names that is also a common word ("Lalu",
    # "then") belongs to the name where it is capitalised inside a sentence
    # (two of them: "Anak Agung Gde Ngurah ...", "I Gusti Ayu ...", Balinese names' first words)
    for _ in range(2):
        if k >= idx[0] and k == start - 1 and toks[k].text[:1].isupper() and toks[k].text.lower() in name_prefixes() \
                and not sentence_initial(an.text, toks[k].start):
            start = k
            k -= 1
    # the word after an organisation marker names the organisation: "PT Armonia Lorenzo Bellucci"
    if k >= idx[0] and toks[k].text.lower() in ORG_PREFIXES and start < end:
        start += 1
    # "MKTA Abadi Mohammad Ath Thafiz": Mohammad, Siti, Teuku ... start a name
    # (not "Lalu Muhamad Iqbal": a run that starts with a prefix already keeps it)
    if toks[start].text.lower() not in name_prefixes():
        for k2 in range(start + 1, end):
            if toks[k2].text.lower() in name_prefixes():
                start = k2
                break
    # "Co-Founder Tokodana Chris Arianto": leading words the article also uses on their own,
    # away from the rest of the name, name the organisation
    at, words = [], []  # the run's words, an initial with its dot as one ("P."), and their tokens
    for k in range(start, end + 1):
        if toks[k].text == "." and words:
            words[-1] += "."
        else:
            at.append(k)
            words.append(toks[k].text)
    kept = strip_leading_org(an.text, drop_region(words, after_regional_role(an.text, toks[start].start)))
    first = len(at) - len(kept)
    if len(kept) >= 3 and common_noun(kept[0]) and at[first] - 1 >= 0 and is_title(toks[at[first] - 1].text):
        first += 1  # "Menteri Pariwisata Budi Santoso": a title's field, capitalised, is no name word
    # "Ketua Serikat Pekerja Hotel Bumi Asri Yanto" beside "karyawan Hotel Bumi Asri" and "kata
    # Yanto": the capitalised words back to a venue or an organisation word name it ("Bumi" had
    # stopped the run as a common word after "Hotel"), the name is the last word. (`behind_venue`
    # tries every word of what it is given as the venue: one call over the widest stretch)
    j = at[first]
    while j - 1 >= idx[0] and at[first] - (j - 1) <= 4 and is_cap(toks[j - 1]):
        j -= 1
    if j < at[first] and behind_venue(an.text, [toks[i].text for i in range(j, end + 1)]) is not None:
        return end, end
    return at[first], end

