"""What a name or phrase refers to, from gazetteers: places, documents, organisations.

A speaker is a person or an organisation (or, for a writing with no named author, the document).
Places, venues and dates cannot speak, yet news puts them right next to a cue ("kata Bupati Garut
..., di Balai Kota Garut"), and a weak entity model or a capitalised run takes them for names. The
lists come from data files in quotes/data:

- places.tsv: Indonesian provinces, regencies and cities (idn-area-data, ODbL) and the world's
  countries in English and Indonesian (pycountry / iso-codes, LGPL), built by
  scripts/build_gazetteers.py;
- place_abbreviations.txt ("Jabar", "Sumut"), place_words.txt (words that open a place or venue's
  name: "Kecamatan", "Pelabuhan", "Balai"), document_words.txt ("surat", "unggahan", "laporan").
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from .words import data_lines, is_title

PERSON, ORGANIZATION, PLACE, DOCUMENT, OTHER = "person", "organization", "place", "document", "other"
# the administrative words before a place name: "Kota Bogor", "Kabupaten Bogor", "Provinsi Jawa Barat"
_ADMIN = ("provinsi", "kabupaten", "kota", "kab.", "kab")
_DIRECTIONS = frozenset("utara selatan barat timur tengah raya pusat".split())
_WEEKDAYS = frozenset("senin selasa rabu kamis jumat jum'at sabtu minggu ahad".split())


@functools.lru_cache(maxsize=None)
def places() -> dict[str, str]:
    """Lower-case place name -> its level (province, regency, city, country, abbreviation)."""
    table: dict[str, str] = {}
    for line in data_lines("places.tsv"):
        name, _, level = line.partition("\t")
        table[name] = level
    for name in data_lines("place_abbreviations.txt"):
        table.setdefault(name, "abbreviation")
    return table


@functools.lru_cache(maxsize=None)
def place_words() -> frozenset[str]:
    return frozenset(data_lines("place_words.txt"))


@functools.lru_cache(maxsize=None)
def document_words() -> frozenset[str]:
    return frozenset(data_lines("document_words.txt"))


_WORD = re.compile(r"[\w'’.-]+")


def _words(phrase: str) -> list[str]:
    return [w for w in _WORD.findall(phrase.lower()) if w not in ("(", ")")]


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the phrase, asked for the same runs again and again
def place_level(phrase: str) -> Optional[str]:
    """The level of the place the whole phrase names ("Kota Bogor" -> "regency"... "city"), or None.

    "Bogor" alone is a place; "Bogor Iwan Setiawan" is not (a name follows), and neither is
    "Kantor OJK Bogor" (an organisation word leads). A direction word may follow a place
    ("Jakarta Selatan" is listed; "Bogor Utara" is read as Bogor).
    """
    words = _words(phrase)
    while words and words[0] in _ADMIN:
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    table = places()
    if name in table:
        return table[name]
    while len(words) > 1 and words[-1] in _DIRECTIONS:
        words = words[:-1]
        if " ".join(words) in table:
            return table[" ".join(words)]
    return None


@functools.lru_cache(maxsize=1 << 16)
def is_place(phrase: str) -> bool:
    """A place or a venue: a gazetteer name, or a phrase opening with a place word ("Balai Kota
    Semarang", "Pelabuhan Tanjung Emas", "Kecamatan Cibeunying")."""
    if place_level(phrase) is not None:
        return True
    words = _words(phrase)
    if len(words) >= 2 and words[0] in place_words():
        return True
    return len(words) >= 3 and " ".join(words[:2]) in place_words()


# place words that are also surnames or parties ("Akbar Tanjung", "Partai Gelora")
_ALSO_NAMES = frozenset({"tanjung", "ujung", "gelora", "bukit", "situ"})


def lone_place_word(word: str) -> bool:
    """A place word standing alone as a name ("rapat di Balai Kota": the run stopped before the
    second place word and left "Balai"): a venue's first word, never a person."""
    low = word.lower()
    return low in place_words() and low not in _ALSO_NAMES


# venues that news names after people ("Stadion Gelora Bung Karno", "Jalan Jenderal Sudirman",
# "RSUD dr. Soetomo", "Taman Makam Pahlawan Kalibata"): a name inside one is the venue's
_VENUES = frozenset("""stadion gelora jalan jl jl. taman makam bandara gedung masjid lapangan pelabuhan
    terminal stasiun monumen museum istana wisma hotel bundaran jembatan waduk bendungan rs rsud rsup
    rsu rsia rumah""".split())
# words a venue's name may hold before the person it is named after
_IN_VENUE = frozenset("bung dr dr. h h. kh prof prof. jenderal jend jend. pahlawan sakit umum pusat daerah utama madya "
                      "sultan raden pangeran haji mayor letjen laksamana".split())
_RUN_WORD = re.compile(r"([\w.'’-]+)[ \t]*$")
_RUN_PUNCT = frozenset("_.'’-")


def _run_word(before: str) -> Optional[tuple[str, int]]:
    """(the word, where it starts) of _RUN_WORD.search(before), None for none: read back from the
    end (the search tried every position of the stretch, and is asked at every name)."""
    end = len(before) - 1 if before.endswith("\n") else len(before)  # ($ also stands before a final newline)
    k = end
    while k and before[k - 1] in " \t":
        k -= 1
    j = k
    while j and (before[j - 1].isalnum() or before[j - 1] in _RUN_PUNCT):  # (\w, as re reads it, or .'’-)
        j -= 1
    return (before[j:k], j) if j < k else None


@functools.lru_cache(maxsize=1 << 14)
def _venue_before(before: str, marked: bool) -> bool:
    run: list[str] = []  # the capitalised run before the name, right to left
    while before and len(run) < 7:
        m = _run_word(before)
        if not m or not (m[0][:1].isupper() or m[0].lower() in _IN_VENUE):
            break
        if m[0].endswith(".") and m[0].lower() not in _IN_VENUE and m[0].lower() not in _VENUES:
            break  # the previous sentence's full stop ("Kalibata. Direktur RSUD ..."), no abbreviation
        run.append(m[0].lower())
        before = before[:m[1]]
    venue = max((k for k, w in enumerate(run) if w in _VENUES), default=None)  # the leftmost
    if venue is None or not (marked or any(w in _IN_VENUE for w in run[:venue])):
        return False
    # "Direktur RSUD Cibinong Andi Wijaya", "Pengelola Stadion GBK Budi": after an office the
    # venue is the employer, and the name a person's
    title = run[venue + 1] if venue + 1 < len(run) else (m[0] if m else "")
    return not is_title(title)


def in_venue(text: str, start: int, name: str) -> bool:
    """The name at `start` closes a capitalised run that a venue word opens, with a word of the
    honours a venue's name gives its person ("Stadion Utama Gelora Bung Karno" for "Karno", "Jalan
    Jenderal Sudirman", "Taman Makam Pahlawan Kalibata"): the venue's name, no person."""
    first = name.split()[0].lower() if name.strip() else ""
    if first in _VENUES and " " in name.strip():
        return True  # "Gelora Bandung Lautan Api" (its "Stadion" read as a title): a venue's name itself
    return _venue_before(text[max(0, start - 60):start], first in _IN_VENUE)


# the dateline that opens a news article: "TEHERAN -", "KUALA LUMPUR, KOMPAS.com -", "BANDUNG (Antara) -"
_DATELINE = re.compile(r"\s*(?:[A-Z][A-Z'’.-]+[ \t]+){0,3}[A-Z][A-Z'’.-]+(?=[ \t]*(?:,[^\n]{0,40}?|\([^)\n]{0,30}\))?[ \t]*[-–—])")


def in_dateline(text: str, start: int) -> bool:
    """The word at `start` is in the capitalised city of the article's dateline: a place."""
    if start > 60:
        return False
    m = _DATELINE.match(text)
    return m is not None and start < m.end()


def is_document(phrase: str) -> bool:
    """A writing or recording as the subject of a cue ("surat edaran itu", "unggahan tersebut")."""
    words = _words(phrase)
    return bool(words) and words[0] in document_words()


@functools.lru_cache(maxsize=1 << 16)
def is_date(phrase: str) -> bool:
    """A dateline or date taken for a name ("Kamis (7/4/2022", "Senin")."""
    words = _words(phrase)
    if words == ["wib"] or words == ["wita"] or words == ["wit"]:
        return True  # "pukul 10.00 WIB": a time zone, read as an acronym
    return bool(words) and (words[0] in _WEEKDAYS or bool(re.match(r"^\d{1,2}/\d{1,2}", words[0])))


def cannot_speak(phrase: str) -> bool:
    """Places, venues and dates are never speakers (documents may be: see is_document)."""
    return is_place(phrase) or is_date(phrase)


def leading_place(words: list[str]) -> int:
    """How many words at the front of a capitalised run name a place ("Sukabumi Darman Hakimi",
    "Malaysia Anwar Rahman", "Polda Riau Rudi Hartono" after the organisation word): the longest
    gazetteer name that starts the run and leaves at least one word."""
    for n in range(min(4, len(words) - 1), 0, -1):
        if place_level(" ".join(words[:n])) is not None:
            return n
    return 0
