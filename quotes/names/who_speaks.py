"""Can a name speak? A person or a described speaker can; a place, a date, an organisation or a
document cannot. One of the tests reads raw news: how often a name's words fill the speaker's
slot right after a verb of saying (quotes/data/speaker_words.tsv, scripts/build_speaker_words.py):
people's names do, clubs, apps and agencies written as often do not.
Pure functions of a name, cached."""
from __future__ import annotations

import functools
import math
import re
from typing import Optional

from ..lexicon.places import is_place, lone_place_word, place_level
from ..lexicon.words import NOT_NAME, ORG_WORDS, PEOPLE_WORDS, common_words, data_lines, is_title

_DOCUMENTS = frozenset("surat unggahan dokumen laporan keterangan rilis siaran pernyataan data akun "
                       "video postingan cuitan putusan".split())


_REGIONS = frozenset("asia eropa amerika afrika australia oseania timur tengah".split())  # not in places.tsv


_DATEISH = re.compile(r"\d|\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b", re.I)


# ---------------------------------------------------------------- mentions
@functools.lru_cache(maxsize=None)
def places() -> frozenset[str]:
    """Lower-case place names (Indonesian regions, countries) from quotes/data/places.tsv."""
    return frozenset(line.split("\t")[0] for line in data_lines("places.tsv"))


@functools.lru_cache(maxsize=None)
def _word_counts() -> dict[str, tuple[int, int, int]]:
    """speaker_words.tsv (scripts/build_speaker_words.py): word -> (times right after a verb of
    saying, times written capitalised inside a sentence, times in lower case)."""
    out = {}
    for line in data_lines("speaker_words.tsv"):
        w, slot, cap, low = line.split("\t")
        out[w] = (int(slot), int(cap), int(low))
    return out


@functools.lru_cache(maxsize=None)
def _speaker_counts() -> dict[str, tuple[int, int]]:
    """word -> (times right after a verb of saying, times written at all)."""
    return {w: (slot, cap + low) for w, (slot, cap, low) in _word_counts().items()}


def proper_noun(word: str) -> bool:
    """Raw news writes the word capitalised inside sentences, almost never in lower case ("Google",
    "Samsung"; not "Anak", "Warga")."""
    _, cap, low = _word_counts().get(word.lower(), (0, 0, 0))
    return cap >= 20 and cap >= 5 * low


# an abstract noun made with pe(r)-/ke- ... -an ("Penanggulangan", "Kebudayaan"): the field of an
# office or a body, no name word (names end in -an without such a prefix: "Setiawan", "Kurniawan")
_FIELD_SHAPE = re.compile(r"(?:per|pen|pem|peng|peny|pe|ke)[a-z]{3,}an")


@functools.lru_cache(maxsize=65536)  # asked of every word of every person mention of the inventory
def field_word(word: str) -> bool:
    """A word of an office's or a body's field: a common noun (`common_noun`) or an abstract noun's
    shape."""
    return common_noun(word) or len(word) >= 8 and bool(_FIELD_SHAPE.fullmatch(word.lower()))


def common_noun(word: str) -> bool:
    """Raw news writes the word in lower case at least as often as capitalised, and often
    ("pariwisata", "kesehatan": the field of a title, capitalised only inside official names)."""
    _, cap, low = _word_counts().get(word.lower(), (0, 0, 0))
    return low >= 20 and low >= cap


# below this, a name's best word is written often in news and (almost) never after a verb of
# saying: 0 of 58 uses or more, 1 of 183 or more. A surname alone can fall under it ("Subianto"
# 0.06, written after "Prabowo"): the whole name is scored by its best word ("Prabowo Subianto" 0.54)
THING = 0.15


@functools.lru_cache(maxsize=65536)
def speaker_words(name: str) -> float:
    """How much a name looks like somebody who speaks, from 0 to 1: the best of its words by the
    share of their uses that name a speaker after a verb of saying in raw news. People's names score
    about 0.5-0.9 ("Budi" 0.89, "Jokowi" 0.69), organisations, places and products under 0.2
    ("Barcelona" 0.12, "Otoritas" 0.03). A word never counted (a rare name) gets 0.61, as if seen
    once in the slot out of five uses: rare words are names more often than not."""
    counts = _speaker_counts()
    best = None
    for w in re.findall(r"[a-z][a-z'\u2019\-]+", name.lower()):
        slot, seen = counts.get(w, (0, 0))
        r = (slot + 0.5) / (seen + 5)
        v = min(1.0, math.log1p(100 * r) / math.log(51))
        best = v if best is None else max(best, v)
    return 0.0 if best is None else best


def _capital(w: str) -> bool:
    return w[:1].isupper() and any(ch.isalpha() for ch in w)


@functools.lru_cache(maxsize=65536)  # pure, and asked for the same few names again and again
def can_speak(name: str, kind: Optional[str]) -> bool:
    """A person or a described speaker, not a place, a date, an organisation or a document."""
    if not name or kind == "organization":
        return False
    if name.startswith("@") and len(name) > 1 and kind == "person":
        return True  # an account, by its handle ("@dishub_jabar")
    low = name.lower()
    words = low.split()
    if kind == "unnamed":
        return words[0] not in _DOCUMENTS and any(w in PEOPLE_WORDS or is_title(w) for w in words)
    # "KOMPAS.com" is the outlet; "Alternatifnya" a word with -nya opening a sentence
    if not _capital(name) or _DATEISH.search(name) or low in places() or low in _REGIONS \
            or re.search(r"[a-z]\.[a-z]{2,}", low) or (len(words) == 1 and len(low) > 6 and low.endswith("nya")):
        return False
    if any(w.strip("()") in ORG_WORDS for w in words) or all(w in NOT_NAME for w in words):
        return False
    return not (len(words) >= 2 and " ".join(words[-2:]) in places() and len(words) <= 3)


def club(name: str) -> bool:
    """"Persib Bandung", "PSM Makassar": a name and the place it stands for, the name one that raw
    news hardly writes as a speaker's (a first name is: "Bima" 0.79); a club, a team, a company."""
    words = name.split()
    return 2 <= len(words) <= 3 and place_level(words[-1]) is not None and speaker_words(" ".join(words[:-1])) < 0.3


# "berinisial RH (38)", "inisial AS (25) dan BT": a person the article calls by initials
_INITIALS = r"inisial[ \t]+(?:[A-Z]{1,4}[ \t]*(?:\(\d{1,2}\))?[ \t]*,?[ \t]*(?:dan[ \t]+)?)*"


def by_initials(text: str, acronym: str) -> bool:
    """The article calls a person by these initials ("seorang pria berinisial RH (38)")."""
    return (acronym.isupper() and len(acronym) <= 4 and _says_initials(text)
            and re.search(_INITIALS + re.escape(acronym) + r"\b", text) is not None)


@functools.lru_cache(maxsize=4)
def _says_initials(text: str) -> bool:
    """"inisial" stands in the text (looked for once per text, not at every organisation mention)."""
    return "inisial" in text


@functools.lru_cache(maxsize=1 << 14)  # asked at every person mention of the inventory
def person_tests(name: str) -> tuple[bool, bool, bool, bool, bool]:
    """The inventory's tests of a person's canonical name (`inventory._typed`): one common word;
    only words of a field or no-name words; no one who can speak, or a place; a place's name; an
    organisation's (a name raw news hardly writes as a speaker's, or a club's)."""
    words = name.split()
    return (len(words) == 1 and name.lower() in common_words(),
            all(field_word(w) or w.lower() in NOT_NAME for w in words),
            not can_speak(name, "person") or len(words) == 2 and is_place(name) or " " not in name and lone_place_word(name),
            is_place(name) or lone_place_word(name), speaker_words(name) < THING or club(name))
