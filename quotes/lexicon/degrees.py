"""Academic and medical degrees written after a person's name, between commas: "dr. Imelda Sari,
Sp.PD, FINASIM mengatakan", "Budi Santoso, S.H., M.H.", "dr Rina Wulandari, Sp.A(K), ...". Health
and legal news writes them after nearly every doctor's and lawyer's name; read as words they became
speakers ("FINASIM"), roles ("Sp.A") or the start of a reported clause ("Sp.A(K), demam ...")."""
from __future__ import annotations

import re
from typing import Sequence

# a specialist degree ("Sp.PD", "Sp.A", "Sp.P.D", "Subsp.G.E.H") and the dotted short degrees
# ("M.Kes", "S.Kom", "S.H", "M.Si", "S.Pd"); read only right after a name and a comma, where a
# glued initial and first name ("M.Ali") does not stand
_SPECIALIST = r"(?:Sub[Ss]p|Sp)\.[A-Z][A-Za-z.\-]*"
_SPECIALIST_RX = re.compile(_SPECIALIST)
_DOTTED = re.compile(_SPECIALIST + r"|[A-Z][a-z]{0,2}\.(?:[A-Z][a-z]{0,3}\.?){1,3}")
# degrees without dots, and the fellowships of Indonesian medical societies written after them
_WORDS = frozenset("""
phd ph.d msc m.sc mba mphil mm m.m msi m.si mh mkes mpd spd se sh st mt ma mpp llm
finasim fiha finacs fics facs frcs fapsr fisr facc fesc fscai fisqua faspac finsdv fiaa
""".split())
# the consultant's mark after a specialist degree: "Sp.A(K)"
MARKS = frozenset("K KIC KGEH KHOM".split())


def is_degree(word: str) -> bool:
    """A degree's shape or word (only meaningful in a run after a name and a comma)."""
    return bool(_DOTTED.fullmatch(word)) or word.lower().rstrip(".") in _WORDS


def is_specialist(word: str) -> bool:
    """"Sp.PD", "Subsp.KGEH": a specialist degree, which is never anything but a degree."""
    return bool(_SPECIALIST_RX.fullmatch(word))


def _mark(words: Sequence[str], j: int) -> int:
    """After "(K)" when it stands at `j`, else `j`."""
    if j + 2 < len(words) and words[j] == "(" and words[j + 1] in MARKS and words[j + 2] == ")":
        return j + 3
    return j


def degree_run(words: Sequence[str], k: int) -> int:
    """The index after the degrees that follow the comma at `words[k]`: for ", Sp.A(K), FIHA" the
    index after "FIHA"; `k` when no degree follows. Between degrees stand commas, a consultant's
    mark in brackets, and a degree's own final dot ("Subsp.G.E.H. (K)")."""
    end = k
    i = k
    while i < len(words) and words[i] == ",":
        j = i + 1
        if j >= len(words) or not is_degree(words[j]):
            break
        j = _mark(words, j + 1)
        if j < len(words) and words[j] == "." and (j + 1 == len(words) or words[j + 1] in (",", "(")):
            j = _mark(words, j + 1)
        end = i = j
    return end
