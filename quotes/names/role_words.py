"""The words of a speaker's role (`roles` reads the roles with them): the tokens of the sentence
around a name, what a title word is, what may stand inside a role (capitalised words, connectors,
the lower-case field of an occupation) and what is stripped from its ends (ranks and their corps,
honorifics, degrees)."""
from __future__ import annotations

import bisect
import functools
import re
from typing import Iterable, Optional

import attrs

from ..lexicon.words import (
    AND_WORDS,
    HONORIFICS,
    ORG_WORDS,
    ROLE_CONNECTORS,
    VERB_SHAPE,
    data_lines,
    function_words,
    is_title,
)
from .name_words import glue_cuts

TOKEN = re.compile(r"[^\W_][\w.&'’/-]*|[(),]")
# lower-case words that end a role on the left: clause words, prepositions, cue verbs
LEFT_STOP = frozenset(
    """yang oleh kata ujar tutur menurut dari kepada bagi bersama dengan bahwa saat ketika di ke pada
    sebagai selaku adalah ialah yakni yaitu itu ini tersebut juga pun serta atau para""".split()
)
# tokens, brackets and commas included: the long offices of financial and health bodies ("Kepala
# Eksekutif Pengawas Perilaku Pelaku Usaha Jasa Keuangan, Edukasi, dan Perlindungan Konsumen OJK")
MAX_WORDS = 24


@attrs.frozen(slots=True)
class Role:
    text: str
    start: int
    end: int


@functools.lru_cache(maxsize=None)
def ranks() -> frozenset[str]:
    return frozenset(data_lines("ranks.txt"))


# ", Kompol Hendra F. Simatupang": a comma, words (a rank's), then the name (an initial's dot kept)
_RANK_AND_NAME = re.compile(r",[ \t]+((?:[A-Za-z.]+[ \t]+){1,3})")
_NAME_AFTER = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}")


def ranked_name_after(text: str, pos: int) -> Optional[str]:
    """"Kapolsek Bukit Lestari, Kompol Hendra F. Simatupang": the name after a comma and a rank at
    `pos` (where the title's seat ends), or None: the words before the comma are the seat, not a
    person."""
    m = _RANK_AND_NAME.match(text, pos)
    if not m:
        return None
    at, words = m.start(1), m.group(1).split()
    rank = lambda w: w.lower() in ranks() or w.lower() in _CORPS  # noqa: E731 ("Letkol Inf")
    while words and rank(words[0]):
        at = text.index(words[0], at) + len(words[0])
        words = words[1:]
        name = _NAME_AFTER.match(text, at + 1) if text[at:at + 1] in " \t" else None
        if name and not rank(name.group(0).split()[0]):
            return name.group(0)
    return None


@functools.lru_cache(maxsize=None)
def _title_phrases() -> frozenset[str]:
    return frozenset(w for w in data_lines("titles.txt") if " " in w)


def low_word(w: str) -> str:
    return w.lower().rstrip(".,")


@functools.lru_cache(maxsize=256)
def tokens(text: str, lo: int, hi: int) -> tuple[tuple[str, int, int], ...]:
    # cached: every name of a paragraph reads the same sentence again (a str caches its hash, so
    # the key costs nothing after the first question about an article)
    out = []
    for m in TOKEN.finditer(text, lo, hi):
        s = m.start()
        for w, a, b in _pieces(m.group()):
            out.append((w, s + a, s + b))
    return tuple(out)


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the word: the same words recur in every window
def _pieces(word: str) -> tuple[tuple[str, int, int], ...]:
    """The tokens one `TOKEN` match is read as, offsets from its start: split where a scraper glued
    words together ("RIHendra"), a sentence's full stop dropped from a word's end."""
    out = []
    for w, s, e in _unglued(word):
        if w.endswith(".") and (len(w) > 4 or (len(w) > 2 and "." not in w[:-1])) and not is_title(w):
            # "Pemilihan.", "RI." end a sentence; "Plt.", "dr.", an initial "M." keep their dot
            w, e = w[:-1], e - 1
        out.append((w, s, e))
    return tuple(out)


def _unglued(word: str) -> Iterable[tuple[str, int, int]]:
    """The word, with words a scraper glued together ("RIHendra") split where the glue is, offsets kept."""
    s = 0
    # ("YouTuber", "LinkedIn": a title written with an inner capital is no glue)
    for cut in () if is_title(word) else glue_cuts(word):
        yield word[s:cut], s, cut
        s = cut
    yield word[s:], s, len(word)


# a sentence's end: its mark (a closing quotation mark may follow) and the spaces after it, or a newline
_BOUNDARY = re.compile(r"[.?!][\"”’']?\s+|\n")


@functools.lru_cache(maxsize=16)
def _stops(text: str) -> list[int]:
    """Where each sentence of the text starts after a boundary: a newline or a full stop that does
    not close an abbreviation or an initial ("Plt. Kepala", "M. Ismail"). Found once per text: a
    scan of the 600 characters before every name was the inventory's largest cost."""
    out = []
    for m in _BOUNDARY.finditer(text):
        if "\n" in m.group(0):
            out.append(m.end())  # (a line break after an abbreviation's dot ends the sentence all the same: "Sp.A.\n\n")
            continue
        # the word the mark ends, back to the whitespace before it (a pattern that read the word
        # first, (\S*)[.?!]..., tried every character of every word: a twentieth of the inventory)
        k = j = m.start()
        while j and not text[j - 1].isspace():
            j -= 1
        word = text[j:k]
        if not (is_title(word + ".") or is_title(word) or len(word) == 1):
            out.append(m.end())
    return out


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), at most 600 characters on either side: a role stands next
    to the name, and an article without paragraph breaks would otherwise be read to its end for
    every mention."""
    window = max(0, start - 600)
    stops = _stops(text)
    k = bisect.bisect_right(stops, start) - 1
    lo = stops[k] if k >= 0 and stops[k] >= window else window
    hi_nl = text.find("\n", end, end + 600)
    hi = min(len(text), end + 600) if hi_nl < 0 else hi_nl
    return lo, hi


def capitalised(w: str) -> bool:
    return w[:1].isupper() or w[:1].isdigit()


def role_word(w: str) -> bool:
    return capitalised(w) or is_title(w) or low_word(w) in ROLE_CONNECTORS or w in "()" or low_word(w) in occupations()


@functools.lru_cache(maxsize=None)
def occupations() -> frozenset[str]:
    """What a person does or is, no title ("penjual", "pemudik", "investor", "orang tua"):
    quotes/data/occupations.txt, read by the role grammar only."""
    return frozenset(data_lines("occupations.txt"))


@functools.lru_cache(maxsize=None)
def _phrase_heads() -> frozenset[str]:
    return frozenset(p.split()[0] for p in occupations() if " " in p)


def occupation_at(toks, k: int) -> int:
    """The number of words of an occupation that opens a role at toks[k] ("penjual bakso", "orang
    tua siswa", "Pemudik asal Brebes"), 0 if none. Capitalised after a capitalised word it is a
    word of a name ("Lembaga Perlindungan Konsumen", "Forum Investor Ritel"), no role's opening."""
    w = toks[k][0]
    if w[:1].isupper() and k and capitalised(toks[k - 1][0]):
        return 0
    low = low_word(w)
    if low in _phrase_heads():
        for n in (3, 2):
            if k + n <= len(toks) and " ".join(low_word(t[0]) for t in toks[k:k + n]) in occupations():
                return n
    return 1 if low in occupations() else 0


# titles that a rank word completes into an office ("Sekretaris Jenderal", "Direktur Jenderal",
# "Jaksa Agung Muda"); after any other title the rank is the person's ("Kapolri Jenderal Listyo")
_RANKED_OFFICES = frozenset("sekretaris direktur inspektur jaksa auditor".split())
# the corps an army officer's rank names ("Letkol Inf", "Kolonel Czi", "Mayor Arh"): the rank's, not the role's
# the mark of a retired officer after the rank ("Letjen TNI (Purn.)", "Kolonel (Ret)")
_RETIRED = frozenset({"purn", "purn.", "ret", "ret."})
_CORPS = frozenset("inf kav arm art czi cpn arh chb ckm cku cba cpl chk cpm caj ctp tni pnb psk lek adm kes sus laut udara marinir".split())


def corps(word: str) -> bool:
    """A military corps written after a rank ("Kolonel Czi", "Letkol Inf"): no function, no name."""
    return word.lower() in _CORPS


# ranks that are nothing else: a role reaching one has reached the person's rank and name ("Kepala
# Polda Sulut Inspektur Jenderal RZ", "Komandan Kodim 0510 Letnan Kolonel (Inf)"); not "Jenderal",
# "Mayor", "Brigadir" alone, which end offices ("Direktur Jenderal") or name a rank as a person
_RANK_ONLY = frozenset("""kolonel letkol brigjen irjen komjen kombes akbp akp kompol iptu ipda aiptu aipda bripka
    brigpol briptu bripda mayjen letjen laksma marsma serka sertu serda kopda lettu letda""".split())


def _rank_at(words: list[tuple[str, int, int]], k: int) -> bool:
    """A rank starts at word k: a rank of two words or more, or one of `_RANK_ONLY`."""
    if low_word(words[k][0]) in _RANK_ONLY:
        return True
    return any(_is_rank(words[k:k + n]) for n in (2, 3, 4) if k + n <= len(words))


def _is_rank(words: list[tuple[str, int, int]]) -> bool:
    """The words, together, are one rank of `ranks.txt` ("Inspektur Jenderal")."""
    return " ".join(low_word(w[0]) for w in words) in ranks()


def strip_role(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop ranks, honorifics and degrees at the ends of a role, and unbalanced brackets; a role
    read on past a rank ends before it (what follows is the rank's corps and the name)."""
    cut = next((k for k in range(1, len(words)) if _rank_at(words, k)), None)
    if cut is not None:
        words = words[:cut]
    changed = True
    while words and changed:
        changed = False
        for n in (4, 3, 2, 1):
            if len(words) >= n and _is_rank(words[-n:]):
                # "Sekretaris Jenderal", "Direktur Jenderal": a rank word right after a title is
                # part of the function
                if n == 1 and len(words) >= 2 and low_word(words[-2][0]) in _RANKED_OFFICES:
                    break
                words = words[:-n]
                changed = True
                break
        while words and (low_word(words[-1][0]) in ROLE_CONNECTORS or words[-1][0] in "(," or honorific(words[-1][0])):
            words = words[:-1]
            changed = True
        if (len(words) >= 4 and words[-1][0] == ")" and words[-3][0] == "(" and len(words[-2][0]) <= 2
                and (low_word(words[-4][0]) in _CORPS or low_word(words[-4][0]) in ranks())):
            words = words[:-3]  # "Kolonel Laut (P)": the navy's corps letter
            changed = True
            continue
        if len(words) >= 4 and words[-1][0] == ")" and words[-3][0] == "(" and low_word(words[-2][0]) in _RETIRED:
            words = words[:-3]  # "Mayjen TNI (Purn)": a retired officer's rank, stripped with the rank
            changed = True
            continue
        if len(words) >= 2 and low_word(words[-1][0]) in _CORPS and low_word(words[-2][0]) in ranks():
            words = words[:-2]  # "Dandim 0621 Letkol Inf": the rank and its corps
            changed = True
            continue
        if len(words) >= 3 and words[-1][0] == ")" and words[-3][0] == "(" and low_word(words[-2][0]) in ranks():
            words = words[:-3]  # "Komandan Upacara Inspektur Jenderal (Irjen)": a rank's short form
            changed = True
    while words and ((honorific(words[0][0]) and not occupation_at(words, 0))  # ("ibu rumah tangga")
                     or low_word(words[0][0]) in ROLE_CONNECTORS):
        words = words[1:]
    if words and words[-1][0] == ")" and not any(w[0] == "(" for w in words):
        words = words[:-1]
    return words


def honorific(w: str) -> bool:
    """An honorific ("Pak", "Bu", "Gus", "Kang", "dr."): what follows it is a name."""
    return low_word(w) in HONORIFICS


def _word_before(text: str, start: int, width: int) -> Optional[str]:
    """The word right before `start` (looked for in the `width` characters before it)."""
    m = re.search(r"(\S+)[ \t]+$", text[max(0, start - width):start])
    return m.group(1) if m else None


def after_honorific(text: str, start: int) -> bool:
    """An honorific ("dr.", "Ny.", "H.") stands right before `start`: what follows is a name."""
    w = _word_before(text, start, 12)
    return w is not None and honorific(w)


def after_rank(text: str, start: int) -> bool:
    """A rank ("Kolonel", "AKBP", "Brigjen") stands right before `start`: a name follows it, never
    an employer ("Kolonel Turki al-Rasyid" is no "al-Rasyid" of Turkey)."""
    w = _word_before(text, start, 16)
    return w is not None and low_word(w) in ranks()


# title words only as the second word of a title ("Guru Besar", "Direktur Utama"): in lower case
# alone they are adjectives ("rencana besar Gubernur X", "prioritas utama Presiden Y")
_TITLE_TAILS = frozenset({"besar", "utama"})
# title words only as the second word of a title ("Juru Bicara"): alone they open no role
# ("Hendro Bicara Rencana Pensiun", a headline's verb)
TAIL_ONLY = frozenset({"bicara"})


# words that open a role only when written before its organisation, and are no title to strip from
# a name: "Perwakilan Karang Taruna X Rohman", but "Dewan Perwakilan Rakyat" is a body
_OPENERS = frozenset({"perwakilan"})


def opener(words: list[tuple[str, int, int]], k: int) -> bool:
    return low_word(words[k][0]) in _OPENERS and not (k and low_word(words[k - 1][0]) in ORG_WORDS)


def first_title(words: list[tuple[str, int, int]]) -> Optional[int]:
    for k, (w, _, _) in enumerate(words):
        if k + 1 < len(words) and " " not in w and is_title(f"{w} {words[k + 1][0]}"):
            return k  # "Perdana Menteri": a title of two words, neither a title alone
        if opener(words, k) or occupation_at(words, k):
            return k
        if is_title(w) and not honorific(w) and low_word(w) not in ranks() and not (w.islower() and w in _TITLE_TAILS) \
                and low_word(w) not in TAIL_ONLY:
            return k
    return None


def lower_title_near(toks, k: int) -> bool:
    """toks[k] is an occupation written in lower case ("pedagang", "dokter", "mahasiswa"), or a word
    of its field at most four words after it ("pedagang buah naga")."""
    for j in range(k, max(-1, k - 5), -1):
        w = toks[j][0]
        # (capitalised as the first word, before its lower-case field: "Pedagang buah di Pasar Baru, Agus")
        first = j == 0 and len(toks) > 1 and toks[1][0][:1].islower()
        if (is_title(w) and not honorific(w) and (w[:1].islower() or first)) or occupation_at(toks, j):
            return True
        if not (modifier_shape(w) or capitalised(w)):
            return False
    return False


def title_near(toks, k: int) -> bool:
    """toks[k] is a title, or a word of a role whose title stands at most four words before it
    (every word between is a role's: capitalised, a title, a connector or a title's modifier)."""
    for j in range(k, max(-1, k - 5), -1):
        w = toks[j][0]
        if (is_title(w) and not honorific(w)) or occupation_at(toks, j):
            return True
        if not (role_word(w) or modifier_shape(w)):
            return False
    return False


def modifier_shape(w: str) -> bool:
    # "pengamat pendidikan", "psikolog klinis", "Presiden ke-5": a lower-case word or an ordinal,
    # not a verb ("jaksa menghadirkan saksi X") nor a clause word
    # ("ke-" makes nouns, not verbs: "murid kelas VIII", "tumbuh kembang", "kesehatan anak"; and
    # short words open with "be" / "me" as nouns do: "pedagang beras", "tim medis", "teknisi mesin")
    # ("Ketua umum terpilih IDI", "Presiden terpilih": an office's holder-elect, no verb of the clause)
    verb = VERB_SHAPE.match(w) and not w.startswith("ke") and w != "terpilih" and not (
        (w.startswith("be") and len(w) <= 6) or (w.startswith("me") and len(w) <= 5))
    return (w[:1].islower() and w.isalpha() and len(w) > 2 and not verb
            and w not in function_words() and w not in LEFT_STOP) or bool(_ORDINAL.fullmatch(w))


_ORDINAL = re.compile(r"ke-?\d+|ke-[a-z]+")  # "Presiden ke-5 RI"


def modifies_title(toks, k: int) -> bool:
    """toks[k] is a lower-case word within five words after a title ("Dokter spesialis
    olahraga Andi", "Kepala Bidang Mitigasi Gunung api Badan Geologi", "Presiden ke-5 RI")."""
    if not modifier_shape(toks[k][0]):
        return False
    if occupation_at(toks, k):
        return True  # "orang tua siswa": the occupation's own first word
    for j in range(k - 1, max(-1, k - 6), -1):
        if is_title(toks[j][0]) or occupation_at(toks, j):
            return True
        # "konselor pemberian makan bayi dan anak": "dan" joins two words of the field
        if not (modifier_shape(toks[j][0]) or capitalised(toks[j][0]) or toks[j][0] in AND_WORDS):
            return False
    return False
