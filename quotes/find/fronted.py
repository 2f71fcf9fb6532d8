"""Reported speech whose cue comes first without the usual comma around it, and the extent of a
clause a cue interrupts.

    "Selain itu lanjut Rina, stok beras masih aman."   "Kata dia, jalan tol itu rampung tahun ini."
    "Sehingga kata Budi ada kerja sama antardaerah."   "Menurut Budi kebijakan itu tidak membebani."
    "Tahun depan, kata Budi akan ada 20 bus baru."     "Program itu, menurut Budi, sudah berjalan."

A cue of the "ujar"/"kata" kind opening a sentence (or after a connector such as "Selain itu") reports
the clause after its speaker; a speaker and a clause with no comma between them are told apart by
the clause's first word (lower case, not a preposition) and its predicate. A cue that interrupts a
clause ("Program itu, menurut Budi, sudah berjalan") reports the whole clause, the part before it
too, unless that part is only a connector or an adjunct ("Namun, ...", "Terkait harga emas, ...").
"""
from __future__ import annotations

from typing import Optional

from ..lexicon.words import (CLAUSE_OPENERS, CONNECTORS, CUE_TAIL, DEMONSTRATIVES, PREDICATE_WORDS, STOP, SUBORDINATORS,
                             cue_for)
from ..names.mentions import Mention, mention_from_tokens
from ..nlp.analysis import Analysis, is_cap
from ..text.paragraphs import count_words
from .clauses import clause_from, clean_start, content_end, has_predicate
from .cues import cue_at
from .phrases import phrase_after

# words that may stand before a fronted cue: "Selain itu lanjut Rina, ...", "Apalagi sebut dia, ..."
LEAD_WORDS = CONNECTORS | SUBORDINATORS | CLAUSE_OPENERS | frozenset(
    "apalagi selain itu ini dalam artian hal lebih lanjut selanjutnya sehingga oleh karena sebab".split())
# words that open an adjunct, not a subject: "Terkait harga emas, menurut Budi ..." reports only
# what follows the cue
ADJUNCT_OPENERS = frozenset(
    "terkait soal mengenai tentang dalam di dari pada untuk dengan selain bagi atas sejak hingga".split())
SPEAKING = ("person", "organization", "pronoun")


def lead_is_connector(an: Analysis, sent, i: int) -> bool:
    """Only connector words stand between the sentence's start and token i ("Selain itu", none)."""
    toks = an.tokens
    words = [toks[k].text.lower() for k in range(sent.first, i)]
    return len(words) <= 3 and all(w in LEAD_WORDS for w in words)


def fronted(an: Analysis, sent, i: int, spans) -> Optional[tuple[int, int, Mention]]:
    """"(Selain itu) lanjut Rina, <clause>" / "Sehingga kata Budi <clause>": the clause's span and the
    speaker's mention, for a post cue at token i that opens the sentence; None otherwise."""
    toks = an.tokens
    if not lead_is_connector(an, sent, i) or (i > sent.first and toks[i - 1].text == ","):
        return None
    phrase = phrase_after(an, i + 1, limit=8)
    if not phrase:
        return None
    m = mention_from_tokens(an, phrase)
    if m is None or m.kind not in SPEAKING:
        return None
    j = phrase[-1] + 1
    if j >= sent.last:
        return None
    comma = toks[j].text == ","
    if comma:
        start = clean_start(an.text, toks[j].end, sent.end)
    elif bare_clause(an, sent, j):
        start = toks[j].start
    else:
        return None
    end = content_end(an, sent, start, spans)
    if count_words(an.text[start:end]) < 4:
        return None
    # with no comma, the clause must show its predicate ("kata Budi ada kerja sama ...")
    if not comma and not has_predicate(an, start, end) and toks[j].text.lower() not in PREDICATE_WORDS:
        return None
    return start, end, m


def interposed(an: Analysis, sent, i: int, spans) -> Optional[tuple[int, int, Mention]]:
    """"Jembatan gantung ini jelas Rudi merupakan satu-satunya akses warga": a post cue and its
    speaker set between a short subject (closed by "ini" / "itu" / "tersebut") and its predicate with
    no comma at all; the whole clause is reported, cue and speaker within it, as with commas. The
    demonstrative before and a predicate word right after the speaker tell it from the cue word's
    other senses ("Lampu itu terang sekali", "Hal ini jelas merupakan ...")."""
    toks = an.tokens
    if i - sent.first < 2 or i - sent.first > 7 or toks[i - 1].text.lower() not in DEMONSTRATIVES:
        return None
    if any(not toks[k].text[:1].isalnum() or cue_at(an, k) is not None for k in range(sent.first, i)):
        return None
    if toks[sent.first].text.lower() in LEAD_WORDS | ADJUNCT_OPENERS or toks[sent.first].text.lower() == "hal":
        return None
    phrase = phrase_after(an, i + 1, limit=6)
    if not phrase or not is_cap(toks[phrase[0]]):
        return None
    m = mention_from_tokens(an, phrase)
    if m is None or m.kind not in ("person", "organization") or not predicate_next(an, sent, phrase[-1] + 1):
        return None
    start = clean_start(an.text, sent.start, sent.end)
    end = content_end(an, sent, start, spans)
    if count_words(an.text[start:end]) < 6:
        return None
    return start, end, m


def passive_opening(an: Analysis, sent, i: int, spans) -> Optional[tuple[int, int, None, int]]:
    """"Ditambahkan, pihaknya belum menyita aset ..." / "Diungkapkannya persoalan ini ...": a passive
    cue opening the sentence reports the clause after it, in the words of the person quoted before
    (the cue names nobody, as "ujarnya" does not): the clause's span, no mention, the cue token."""
    toks = an.tokens
    if i != sent.first or i + 1 >= sent.last:
        return None
    low = toks[i].text.lower()
    base = cue_for(low) or (cue_for(low[:-3]) if low.endswith("nya") else None)
    if base is None or base.role != "passive":
        return None
    j = i + 1
    if toks[j].text == ",":
        j += 1
    elif not low.endswith("nya"):
        return None
    if j >= sent.last:
        return None
    clause = clause_from(an, sent, toks[j].start, spans)
    return None if clause is None else (*clause, None, i)


def source_last(an: Analysis, sent, i: int, phrase: list[int]) -> Optional[int]:
    """"<clause>, menurut sebuah studi terbaru.": "menurut" and its source end the sentence; the
    start of the clause before the comma, or None."""
    toks = an.tokens
    j = phrase[-1] + 1 if phrase else i + 1
    if i <= sent.first or toks[i - 1].text != "," or (j < sent.last and toks[j].text not in ".!?"):
        return None
    start = clean_start(an.text, sent.start, toks[i - 1].start)
    return start if count_words(an.text[start:toks[i - 1].start]) >= 4 else None


def bare_clause(an: Analysis, sent, j: int) -> bool:
    """Token j opens a clause right after a speaker phrase with no comma between ("kata Budi ada
    kerja sama ..."): a lower-case word that is no preposition or tail of place and time."""
    t = an.tokens[j]
    low = t.text.lower()
    return (j < sent.last and t.text[:1].isalpha() and not is_cap(t) and low not in STOP
            and low not in CUE_TAIL and low not in ADJUNCT_OPENERS)


def interrupted(an: Analysis, sent, i: int) -> Optional[int]:
    """The start of the whole clause that a cue at token i interrupts after a comma ("Program itu,
    menurut Budi, ..."); None when what precedes the comma is a connector or an adjunct."""
    toks = an.tokens
    if i <= sent.first or toks[i - 1].text != ",":
        return None
    start = clean_start(an.text, sent.start, toks[i - 1].start)
    lead = an.text[start:toks[i - 1].start].strip()
    words = lead.lower().split()
    if len(words) < 2 or lead.lower() in CONNECTORS or words[0] in ADJUNCT_OPENERS | LEAD_WORDS:
        return None
    return start


def predicate_next(an: Analysis, sent, j: int) -> bool:
    """"..., kata Budi akan ada 20 bus baru": the speaker phrase runs straight into the predicate."""
    return j < sent.last and an.tokens[j].text.lower() in PREDICATE_WORDS


def bagi(an: Analysis, sent, i: int, spans) -> Optional[tuple[int, int, Optional[Mention], int]]:
    """"Bagi Budi, kenaikan tarif itu memberatkan warga." / "Baginya, ...": at the head of a sentence
    "bagi" + a person + a comma reads as "menurut" (the person's view); the clause's span, the
    person's mention (None for "baginya") and the cue token. Elsewhere "bagi" is "for" ("penting bagi
    warga"), and a group or a thing after it ("Bagi warga, ...") is whom something serves, not who
    speaks."""
    toks = an.tokens
    low = toks[i].text.lower()
    if low not in ("bagi", "baginya") or not lead_is_connector(an, sent, i):
        return None
    if i > sent.first and toks[i - 1].text == ",":
        return None
    m = None
    if low == "bagi":
        phrase = phrase_after(an, i + 1, limit=8)
        if not phrase:
            return None
        m = mention_from_tokens(an, phrase)
        if m is None or m.kind != "person":
            return None
        j = phrase[-1] + 1
    else:
        j = i + 1
    if j >= sent.last or toks[j].text != ",":
        return None
    clause = clause_from(an, sent, toks[j].end, spans)
    return None if clause is None else (*clause, m, i)


# nouns of a view or an account: "Dalam penilaiannya, ...", "Dalam pandangan Budi, ..."
_VIEW_NOUNS = frozenset("penilaian pandangan analisis keterangan penjelasan paparan pengamatan".split())


def in_view(an: Analysis, sent, i: int, spans) -> Optional[tuple[int, int, Optional[Mention], int]]:
    """"Dalam penilaiannya, <clause>" / "Dalam pandangan Budi, <clause>" at the head of a sentence:
    the clause is that person's view, as after "Menurut Budi,", when it has no cue of its own
    ("Dalam keterangannya, Budi mengatakan ..." is that cue's); its span, the person's mention (None
    for the -nya form) and the view noun as the cue token."""
    toks = an.tokens
    if i != sent.first or toks[i].text.lower() != "dalam" or i + 2 >= sent.last:
        return None
    noun = toks[i + 1].text.lower()
    m = None
    if noun.endswith("nya") and noun[:-3] in _VIEW_NOUNS:
        comma = i + 2
    elif noun in _VIEW_NOUNS:
        phrase = phrase_after(an, i + 2, limit=8)
        if not phrase:
            return None
        m = mention_from_tokens(an, phrase)
        if m is None or m.kind not in ("person", "organization"):
            return None
        comma = phrase[-1] + 1
    else:
        return None
    if comma >= sent.last or toks[comma].text != ",":
        return None
    if any(cue_at(an, n) is not None for n in range(comma + 1, sent.last)):
        return None
    start = clean_start(an.text, toks[comma].end, sent.end)
    end = content_end(an, sent, start, spans)
    if count_words(an.text[start:end]) < 4:
        return None
    return start, end, m, i + 1
