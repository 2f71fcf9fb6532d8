"""The subject phrase before a verb of saying, as token indices: the parser's subject of the verb
("Anas, yang ..., mengatakan"), and the phrase without what names nobody ("Meski demikian Tri
menegaskan", "Budi dalam kunjungannya di Bogor mengatakan", "Budi, saat ditemui ..., Senin (2/6),
mengatakan")."""
from __future__ import annotations

import re

from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..lexicon.words import PRONOUNS, is_title
from ..nlp.analysis import Analysis, is_cap


def dep_subject(an: Analysis, sent, i: int) -> list[int]:
    """The subject the parser attaches to the cue verb, as a token span ("Anas, yang ..., mengatakan")."""
    toks = an.tokens
    for k in range(sent.first, i):
        if toks[k].head == i and (toks[k].deprel or "").startswith("nsubj"):
            members = {k}
            changed = True
            while changed:
                changed = False
                for m in range(sent.first, sent.last):
                    if m not in members and toks[m].head in members:
                        members.add(m)
                        changed = True
            lo, hi = min(members), max(members)
            if hi < i:
                return [m for m in range(lo, hi + 1) if toks[m].text not in ",;"]
    return []


# connectors a subject phrase before a verb of saying may open with ("Meski demikian Tri menegaskan",
# "Sementara Budi mengatakan"): they link the sentence to the one before, they name nobody
_OPENING_LINKS = (("oleh", "karena", "itu"), ("meski", "demikian"), ("meskipun", "demikian"),
                  ("walau", "demikian"), ("namun", "demikian"), ("sementara", "itu"), ("selain", "itu"),
                  ("karena", "itu"), ("dengan", "demikian"), ("sementara",))
# a time or place adjunct between the subject and the verb ("Budi dalam kunjungannya di Bogor
# mengatakan", "J-Hope pada Juni 2025 telah mengatakan")
_ADJUNCT = frozenset("pada dalam di saat ketika".split())


def subject_core(an: Analysis, subj: list[int], first: int = 0) -> list[int]:
    """The subject phrase before a verb of saying without a connector before it or an adjunct of
    time or place after it; unchanged unless a name or a pronoun is left. A phrase that is only a
    date ("Budi, saat ditemui di kantornya, Senin (2/6), mengatakan") gives way to the name that
    opens the sentence (token `first`) before a comma and an adjunct."""
    toks = an.tokens
    if subj and all(_date_word(toks[k].text) for k in subj):
        return _lead_name(an, first, subj[0]) or subj
    words = [toks[k].text.lower() for k in subj]
    for link in _OPENING_LINKS:
        n = len(link)
        if tuple(words[:n]) == link and len(subj) > n and _names_someone(an, subj[n:n + 1]):
            subj, words = subj[n:], words[n:]
            break
    for n in range(1, len(subj) - 2):
        if (words[n] == "(" and is_title(words[n + 1]) and words[n + 2] != ")" and not is_title(words[n - 1])
                and _names_someone(an, subj[:n]) and all(_name_word(an, k) for k in subj[:n])):
            return subj[:n]  # "Andi Wijaya (Ketua Panitia Festival) mengatakan": the name's role in brackets
    for n in range(1, len(subj)):
        if words[n] in _ADJUNCT and _names_someone(an, subj[:n]) and all(_name_word(an, k) for k in subj[:n]):
            return subj[:n]
    return subj


def _name_word(an: Analysis, k: int) -> bool:
    """A word of a name or a title, a pronoun, or a bracket of an acronym."""
    t = an.tokens[k]
    return is_cap(t) or is_title(t.text) or t.text.lower() in PRONOUNS or t.text in "()-"


def _names_someone(an: Analysis, idx: list[int]) -> bool:
    """A capitalised word that is no title, or a personal pronoun, among the tokens."""
    return any((is_cap(an.tokens[k]) and not is_title(an.tokens[k].text))
               or an.tokens[k].text.lower() in PRONOUNS for k in idx)


def breaks_subject(an: Analysis, subj: list[int], breakers: frozenset) -> bool:
    """A word in the phrase that no subject holds ("Ia cukup puas dengan ..."); "dari" before a
    capitalised word is part of a role ("Ekonom dari CSIS Budi")."""
    toks = an.tokens
    for n, k in enumerate(subj):
        low = toks[k].text.lower()
        if low not in breakers:
            continue
        if low == "dari" and 0 < n < len(subj) - 1 and is_cap(toks[subj[n + 1]]):
            continue
        return True
    return False


def _date_word(w: str) -> bool:
    return w.lower() in WEEKDAYS or w.lower() in MONTHS or w in "()/,." or w.isdigit() or bool(_DATE_PART.fullmatch(w))


_DATE_PART = re.compile(r"\d{1,4}(?:/\d{1,4}){0,2}")
_SET_OFF = frozenset("saat ketika usai seusai setelah dalam di ditemui dijumpai".split())


def _lead_name(an: Analysis, first: int, stop: int) -> list[int]:
    """The name run from token `first` to a comma, when an adjunct follows that comma; else []."""
    toks = an.tokens
    k = first
    while k < stop and toks[k].text != ",":
        k += 1
    run = list(range(first, k))
    if not run or len(run) > 6 or k + 1 >= stop or toks[k + 1].text.lower() not in _SET_OFF:
        return []
    return run if all(_name_word(an, m) for m in run) and _names_someone(an, run) else []
