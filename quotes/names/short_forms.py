"""Short forms of an organisation's name: syllabic ones, "Kemenkes" for "Kementerian Kesehatan",
"Bappenas" for "Badan Perencanaan Pembangunan Nasional", "Pemkot Bandung" for "Pemerintah Kota
Bandung", and initials, "KAI" for "PT Kereta Api Indonesia". Indonesian news writes the full name once and the short form after it, often without
the short form in brackets; the two are one organisation (GUIDELINES.md: its fullest form).

Only the start of every word is taken ("Kemen" + "kes"), never a syllable from inside one
("Kemendikbud": "dik" of "Pendidikan"), which keeps the reading strict: a short form that can be
spelt from several names of the article is left alone.
"""
from __future__ import annotations

import functools
import re
from typing import Optional, Sequence

from ..lexicon.words import ORG_WORDS

# a capitalised run that opens with an organisation word ("Kementerian Kesehatan", "Badan Pusat
# Statistik"); "dan" inside it stays ("Kementerian Koordinator Bidang Politik dan Keamanan")
# (the capital is matched before the look-behind that no word stands right before it: a pattern
# that opens with a capital is searched for capitals alone, one that opens with a look-behind was
# tried at every character; a word's letters are never given back, `*+`: no space could follow them)
_RUN = re.compile(r"[A-Z](?<![\w-][A-Z])[\w-]*+(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w-]*+){1,7}")
_LINKS = frozenset({"dan", "&"})


def spells(short: str, words: Sequence[str]) -> bool:
    """`short` (lower case) is the starts of every one of `words` (lower case) in order: two
    letters or more of the first, one or more of each other ("kemen" + "kes"); "dan" gives none."""
    words = [w for w in words if w not in _LINKS]
    if len(words) < 2:
        return False

    @functools.lru_cache(maxsize=None)
    def rest(k: int, at: int) -> bool:
        if k == len(words):
            return at == len(short)
        w = words[k]
        least = 2 if k == 0 else 1
        return any(short[at:at + n] == w[:n] and rest(k + 1, at + n)
                   for n in range(min(len(w), len(short) - at), least - 1, -1))

    return rest(0, 0)


@functools.lru_cache(maxsize=8)
def _org_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """The article's capitalised runs that open with an organisation word, as word tuples."""
    out = []
    for m in _RUN.finditer(text):
        words = tuple(m.group().split())
        # every organisation word may open one ("Pemerintah Kota Bandung dan Kementerian Kesehatan")
        out.extend(words[k:] for k, w in enumerate(words) if w.lower() in ORG_WORDS)
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=8)
def _filed_runs(text: str) -> tuple[dict[str, list[tuple[str, ...]]], list[tuple[str, ...]]]:
    """The `_org_runs` filed by the first two letters of their first word in lower case (what
    `full_name` asks first), and those that open with a company word (`company_name`), in order."""
    by_start: dict[str, list[tuple[str, ...]]] = {}
    for words in _org_runs(text):
        by_start.setdefault(words[0].lower()[:2], []).append(words)
    return by_start, [words for words in _org_runs(text) if words[0].lower() in _COMPANY]


def full_name(text: str, name: str) -> Optional[str]:
    """The one organisation name of `text` that `name` shortens ("Kemenkes", "Pemkot Bandung":
    the first word shortens the run's first words, the others are its last), or None."""
    head, *tail = name.split()
    low = head.lower()
    if len(low) < 4 or not low.isalpha() or head.isupper():
        return None  # an all-capital acronym is read from brackets or initials, not here
    found = set()
    # (the first word gives two letters or more: only the runs whose first word opens with them)
    for words in _filed_runs(text)[0].get(low[:2], ()):
        for end in range(2 + len(tail), len(words) + 1):
            if tuple(w.lower() for w in words[end - len(tail):end]) != tuple(t.lower() for t in tail):
                continue
            lead = [w.lower() for w in words[:end - len(tail)]]
            if spells(low, lead):
                found.add(" ".join(words[:end]))
    return found.pop() if len(found) == 1 else None


# words an organisation's initials leave out ("PT Kereta Api Indonesia (Persero)" is "KAI")
_UNSPELT = frozenset({"pt", "pt.", "cv", "perum", "persero", "(persero)", "tbk", "tbk.", "dan", "&"})


_AFTER_NAME = frozenset({"tbk", "tbk.", "(persero)"})  # company words that close a company's name
_COMPANY = frozenset({"pt", "pt.", "perum", "cv"})  # the words that open one


def company_name(text: str, name: str) -> Optional[str]:
    """The one company name of `text` that is `name` with its company words ("PT Bank Nusa Makmur
    Tbk" for "Nusa Makmur", "PT Sinar Jaya Tbk" for "Sinar Jaya"), or None: the article writes the
    full name once and the name alone after it. Only a run that opens with "PT", "Perum", "CV".
    ("Bank Indonesia" is no company word and a name: "Indonesia" stays the country.)"""
    want = tuple(name.split())
    found = set()
    for words in _filed_runs(text)[1]:
        k = 1 + (len(words) > 1 and words[1].lower() == "bank")
        end = len(words)
        while end > k and words[end - 1].lower() in _AFTER_NAME:
            end -= 1
        if words[k:end] == want:
            found.add(" ".join(words))
    return _one(found)


def initials_name(text: str, acronym: str) -> Optional[str]:
    """The one organisation name of `text` whose words' initials spell `acronym` ("KAI", "BPS"),
    or None. Only for an acronym the article never defines in brackets (that is read first)."""
    if not (3 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    found = set()
    for words in _org_runs(text):
        if words[0][:1].upper() != acronym[0] and words[0].lower() not in _UNSPELT:
            continue  # (the first spelt word gives the first letter)
        for end in range(2, len(words) + 1):
            spelt = [w for w in words[:end] if w.lower() not in _UNSPELT]
            if len(spelt) == len(acronym) and "".join(w[0] for w in spelt).upper() == acronym \
                    and all(w[:1].isupper() for w in spelt):
                while end < len(words) and words[end].lower() in _AFTER_NAME:
                    end += 1  # "PT Bank Sentosa Raya Tbk": the company words after the name are its own
                found.add(" ".join(words[:end]))
    return _one(found)


def _one(found: set[str]) -> Optional[str]:
    """The one name found, or the longest where it holds every other ("Bank Sentosa Raya Tbk" is
    part of "PT Bank Sentosa Raya Tbk": both runs of the article's one name); else None."""
    if not found:
        return None
    longest = max(found, key=len)
    return longest if all(f in longest for f in found) else None


# the capitalised words after a one-word organisation name (`index.NameIndex._canonical_org`)
_CAPITALS_AFTER = re.compile(r"((?:\s+[A-Z][\w-]*){1,6})")


def capitals_after(text: str, name: str) -> Optional[re.Match]:
    """The match of re.search(re.escape(name) + _CAPITALS_AFTER.pattern, text), for its group: the
    capitalised words after the first place `name` stands with one or more after it (a pattern
    compiled per name cost more than the search)."""
    i = text.find(name)
    while i >= 0:
        m = _CAPITALS_AFTER.match(text, i + len(name))
        if m:
            return m
        i = text.find(name, i + 1)
    return None
