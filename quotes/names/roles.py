"""Speaker roles: the title the article gives a person, whole, the same for all of their quotes.

GUIDELINES.md: the role is the job title with its organisation or place, as written, without the
name, honorifics, degrees or ranks ("Kabid Humas Polda Riau Kombes Pol Rudi Hartono" -> "Kabid Humas
Polda Riau"), taken from the fullest form the article gives that person. Articles give it in a few
shapes, all read here from the words around each occurrence of the person's name:

- before the name: "kata Ketua Fraksi Partai Maju DPR Budi Santoso";
- before the name and a comma: "ujar Komisioner Ombudsman RI, Sari Dewi";
- after the name, as an apposition: "Budi Santoso, Kepala Dinas Kesehatan Kota Bogor, mengatakan";
- after "selaku" / "sebagai": "Budi Santoso selaku Ketua Panitia".

A role starts with a title word (quotes/data/titles.txt) and runs over capitalised words, acronyms,
brackets and the connectors of long official names ("Menteri Pendayagunaan Aparatur Negara dan
Reformasi Birokrasi"); lower-case words only right after a title ("pengamat pendidikan").
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Iterable, Optional

import attrs

from ..lexicon.degrees import degree_run
from ..lexicon.words import (
    AND_WORDS,
    HONORIFICS,
    ORG_WORDS,
    ROLE_CONNECTORS,
    VERB_SHAPE,
    cues,
    data_lines,
    function_words,
    is_title,
    role_equivalents,
)
from ..text.wordindex import phrase_end
from ..nlp.analysis import known_word
from .name_words import age_in_brackets, glue_cuts

_TOKEN = re.compile(r"[^\W_][\w.&'’/-]*|[(),]")
# lower-case words that end a role on the left: clause words, prepositions, cue verbs
_LEFT_STOP = frozenset(
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


@functools.lru_cache(maxsize=None)
def _title_phrases() -> frozenset[str]:
    return frozenset(w for w in data_lines("titles.txt") if " " in w)


def _low(w: str) -> str:
    return w.lower().rstrip(".,")


@functools.lru_cache(maxsize=256)
def _tokens(text: str, lo: int, hi: int) -> tuple[tuple[str, int, int], ...]:
    # cached: every name of a paragraph reads the same sentence again (a str caches its hash, so
    # the key costs nothing after the first question about an article)
    out = []
    for w, s, e in _unglued(text, lo, hi):
        if w.endswith(".") and (len(w) > 4 or (len(w) > 2 and "." not in w[:-1])) and not is_title(w):
            # "Pemilihan.", "RI." end a sentence; "Plt.", "dr.", an initial "M." keep their dot
            w, e = w[:-1], e - 1
        out.append((w, s, e))
    return tuple(out)


_BOUNDARY = re.compile(r"(\S*)[.?!][\"”’']?\s+|\n")


def _unglued(text: str, lo: int, hi: int) -> Iterable[tuple[str, int, int]]:
    """Tokens, with words a scraper glued together ("RIHidayat") split where the glue is, offsets kept."""
    for m in _TOKEN.finditer(text, lo, hi):
        s = m.start()
        # ("YouTuber", "LinkedIn": a title written with an inner capital is no glue)
        for cut in () if is_title(m.group(0)) else glue_cuts(m.group(0)):
            yield text[s:m.start() + cut], s, m.start() + cut
            s = m.start() + cut
        yield text[s:m.end()], s, m.end()


@functools.lru_cache(maxsize=16)
def _stops(text: str) -> list[int]:
    """Where each sentence of the text starts after a boundary: a newline or a full stop that does
    not close an abbreviation or an initial ("Plt. Kepala", "M. Ismail"). Found once per text: a
    scan of the 600 characters before every name was the inventory's largest cost."""
    out = []
    for m in _BOUNDARY.finditer(text):
        word = m.group(1) or ""
        # (a line break after an abbreviation's dot ends the sentence all the same: "..., Sp.A.\n\n")
        if "\n" in m.group(0) or not (is_title(word + ".") or is_title(word) or len(word) == 1):
            out.append(m.end())
    return out


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
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


def _capitalised(w: str) -> bool:
    return w[:1].isupper() or w[:1].isdigit()


def _role_word(w: str) -> bool:
    return _capitalised(w) or is_title(w) or _low(w) in ROLE_CONNECTORS or w in "()"


# titles that a rank word completes into an office ("Sekretaris Jenderal", "Direktur Jenderal",
# "Jaksa Agung Muda"); after any other title the rank is the person's ("Kapolri Jenderal Listyo")
_RANKED_OFFICES = frozenset("sekretaris direktur inspektur jaksa auditor".split())
# the corps an army officer's rank names ("Letkol Inf", "Kolonel Czi", "Mayor Arh"): the rank's, not the role's
_CORPS = frozenset("inf kav arm art czi cpn arh chb ckm cku cba cpl chk cpm caj ctp tni pnb psk lek adm kes sus laut udara marinir".split())


def _strip(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop ranks, honorifics and degrees at the ends of a role, and unbalanced brackets."""
    changed = True
    while words and changed:
        changed = False
        for n in (4, 3, 2, 1):
            if len(words) >= n and " ".join(_low(w[0]) for w in words[-n:]) in ranks():
                # "Sekretaris Jenderal", "Direktur Jenderal": a rank word right after a title is
                # part of the function
                if n == 1 and len(words) >= 2 and _low(words[-2][0]) in _RANKED_OFFICES:
                    break
                words = words[:-n]
                changed = True
                break
        while words and (_low(words[-1][0]) in ROLE_CONNECTORS or words[-1][0] in "(," or honorific(words[-1][0])):
            words = words[:-1]
            changed = True
        if (len(words) >= 4 and words[-1][0] == ")" and words[-3][0] == "(" and len(words[-2][0]) <= 2
                and (_low(words[-4][0]) in _CORPS or _low(words[-4][0]) in ranks())):
            words = words[:-3]  # "Kolonel Laut (P)": the navy's corps letter
            changed = True
            continue
        if len(words) >= 2 and _low(words[-1][0]) in _CORPS and _low(words[-2][0]) in ranks():
            words = words[:-2]  # "Dandim 0621 Letkol Inf": the rank and its corps
            changed = True
            continue
        if len(words) >= 3 and words[-1][0] == ")" and words[-3][0] == "(" and _low(words[-2][0]) in ranks():
            words = words[:-3]  # "Komandan Upacara Inspektur Jenderal (Irjen)": a rank's short form
            changed = True
    while words and (honorific(words[0][0]) or _low(words[0][0]) in ROLE_CONNECTORS):
        words = words[1:]
    if words and words[-1][0] == ")" and not any(w[0] == "(" for w in words):
        words = words[:-1]
    return words


def honorific(w: str) -> bool:
    """An honorific ("Pak", "Bu", "Gus", "Kang", "dr."): what follows it is a name."""
    return _low(w) in HONORIFICS


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
    an employer ("Kolonel Turki al-Malki" is no "al-Malki" of Turkey)."""
    w = _word_before(text, start, 16)
    return w is not None and _low(w) in ranks()


# title words only as the second word of a title ("Guru Besar", "Direktur Utama"): in lower case
# alone they are adjectives ("rencana besar Gubernur X", "prioritas utama Presiden Y")
_TITLE_TAILS = frozenset({"besar", "utama"})
# title words only as the second word of a title ("Juru Bicara"): alone they open no role
# ("Messi Bicara Masa Depan", a headline's verb)
TAIL_ONLY = frozenset({"bicara"})


# words that open a role only when written before its organisation, and are no title to strip from
# a name: "Perwakilan Bank Sampah X Endi", but "Dewan Perwakilan Rakyat" is a body
_OPENERS = frozenset({"perwakilan"})


def _opener(words: list[tuple[str, int, int]], k: int) -> bool:
    return _low(words[k][0]) in _OPENERS and not (k and _low(words[k - 1][0]) in ORG_WORDS)


def _first_title(words: list[tuple[str, int, int]]) -> Optional[int]:
    for k, (w, _, _) in enumerate(words):
        if k + 1 < len(words) and " " not in w and is_title(f"{w} {words[k + 1][0]}"):
            return k  # "Perdana Menteri": a title of two words, neither a title alone
        if _opener(words, k):
            return k
        if is_title(w) and not honorific(w) and _low(w) not in ranks() and not (w.islower() and w in _TITLE_TAILS) \
                and _low(w) not in TAIL_ONLY:
            return k
    return None


def _lower_title_near(toks, k: int) -> bool:
    """toks[k] is an occupation written in lower case ("pedagang", "dokter", "mahasiswa"), or a word
    of its field at most four words after it ("pedagang buah naga")."""
    for j in range(k, max(-1, k - 5), -1):
        w = toks[j][0]
        if is_title(w) and w[:1].islower() and not honorific(w):
            return True
        if not (_modifier_shape(w) or _capitalised(w)):
            return False
    return False


def _title_near(toks, k: int) -> bool:
    """toks[k] is a title, or a word of a role whose title stands at most four words before it
    (every word between is a role's: capitalised, a title, a connector or a title's modifier)."""
    for j in range(k, max(-1, k - 5), -1):
        w = toks[j][0]
        if is_title(w) and not honorific(w):
            return True
        if not (_role_word(w) or _modifier_shape(w)):
            return False
    return False


def _left_role(text: str, start: int) -> Optional[Role]:
    lo, _ = _sentence_bounds(text, start, start)
    toks = _tokens(text, lo, start)
    k = len(toks)
    while k and honorific(toks[k - 1][0]):
        k -= 1  # "Ketua TP PKK, Ny. Yuli": the honorific is the name's, the role stands before it
    if k >= 2 and _low(toks[k - 1][0]) == "lengkap" and _low(toks[k - 2][0]) == "bernama":
        k -= 2  # "artis bernama lengkap Rina Amalia": the role before the naming verb
    elif k and _low(toks[k - 1][0]) in _NAMING:
        k -= 1
    comma = False
    if k and toks[k - 1][0] == ",":  # "Komisioner Ombudsman RI, Sari Dewi"
        k -= 1
        comma = True
    run: list[tuple[str, int, int]] = []
    if comma and k >= 2 and toks[k - 1][0] in _DEMONSTRATIVES:
        # "Ketua panitia lomba ini, Budi": the demonstrative closes the role, as written
        run.append(toks[k - 1])
        k -= 1
    while k > 0 and len(run) < MAX_WORDS:
        w = toks[k - 1][0]
        low = _low(w)
        if w == "," and run and _first_title(run) is None and k >= 2 and _capitalised(toks[k - 2][0]) \
                and sum(t[0] == "," for t in run) < 3:
            # a list inside an official name: "Kepala Departemen Literasi, Inklusi Keuangan dan
            # Komunikasi OJK" (no title found yet on the right, so the role is still open)
            run.insert(0, toks[k - 1])
            k -= 1
            continue
        if low == "dari" and run and k >= 2 and not _capitalised(w) and _title_near(toks, k - 2):
            # "Ekonom dari CSIS Mari Elka Pangestu", "Pengamat politik dari Universitas X, Firman",
            # "Wakil Ketua DPR dari Fraksi Partai Golkar, Adies Kadir"
            run.insert(0, toks[k - 1])
            k -= 1
            continue
        if low == "di" and run and _capitalised(run[0][0]) and k >= 2 and _lower_title_near(toks, k - 2):
            # "pedagang buah di Pasar Baru Agus": where an occupation is held; an office's "di"
            # is the place of the event ("Kepala Dinas X di Jakarta")
            run.insert(0, toks[k - 1])
            k -= 1
            continue
        if w == "," or (low in _LEFT_STOP and not _capitalised(w)) or low in cues():
            break
        if low in AND_WORDS and run and _first_title(run[:2]) == 0 and not (
                k >= 2 and is_title(toks[k - 2][0]) and not honorific(toks[k - 2][0])):
            # "Menteri X Budi dan Wakil Menteri X Dante": a new role after "dan" is another person's;
            # after a bare title it is the same person's second one ("Praktisi dan Pengamat Hukum")
            break
        if not _role_word(w) and not _modifies_title(toks, k - 1):
            break
        run.insert(0, toks[k - 1])
        k -= 1
    first = _first_title(run)
    if first is None:
        return None
    if first >= 2 and run[first - 1][0] == "(" and _capitalised(run[first - 2][0]):
        first -= 2  # "Penjabat (Pj) Wali Kota Bekasi": the title is spelt out before its short form
    words = _strip(run[first:])
    if not words or (comma and len(words) < 2 and not is_title(words[0][0])):
        return None
    if first == 0 and k and _low(toks[k - 1][0]) in _KIN and words[0] == run[0]:
        words = [toks[k - 1]] + words  # "istri Bupati Bogor, Sari": the office is her husband's
    role = Role(text[words[0][1]:words[-1][2]], words[0][1], words[-1][2])
    aside = _ALSO.search(text, lo, role.start) if comma else None
    if aside is not None:
        # "Kepala Direktorat X, yang juga Pelaksana Tugas Kepala Y, Melati Usman": the role before
        # the aside is the first one given; the fuller of the two is the person's role
        main = _left_role(text, aside.start() + 1)
        if main is not None and _size(main) >= _size(role):
            return main
    return role


_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
# kin before an office: the office is the relative's, the person is the kin of its holder
_KIN = frozenset("istri suami anak putra putri ayah ibunda ayahanda adik kakak menantu cucu keponakan".split())
# the verbs that put a name after a role ("pelatih bernama Andi", "pelaku berinisial AS")
_NAMING = frozenset({"bernama", "berinisial"})
# words that put a person among the holders of a role ("Rudi, salah satu mahasiswa ITB")
_ONE_OF = (("salah", "satu"), ("salah", "seorang"), ("seorang",), ("sang",))

# ", yang juga [menjabat] [sebagai]" right before a role: an aside adding a second role
_ALSO = re.compile(r",[ \t]*yang[ \t]+juga(?:[ \t]+menjabat)?(?:[ \t]+sebagai)?[ \t]+$")


def _modifier_shape(w: str) -> bool:
    # "pengamat pendidikan", "psikolog klinis", "Presiden ke-5": a lower-case word or an ordinal,
    # not a verb ("jaksa menghadirkan saksi X") nor a clause word
    # ("ke-" makes nouns, not verbs: "murid kelas VIII", "tumbuh kembang", "kesehatan anak"; and
    # short words open with "be" / "me" as nouns do: "pedagang beras", "tim medis", "teknisi mesin")
    verb = VERB_SHAPE.match(w) and not w.startswith("ke") and not (
        (w.startswith("be") and len(w) <= 6) or (w.startswith("me") and len(w) <= 5))
    return (w[:1].islower() and w.isalpha() and len(w) > 2 and not verb
            and w not in function_words() and w not in _LEFT_STOP) or bool(_ORDINAL.fullmatch(w))


_ORDINAL = re.compile(r"ke-?\d+|ke-[a-z]+")  # "Presiden ke-5 RI"


def _modifies_title(toks, k: int) -> bool:
    """toks[k] is a lower-case word within five words after a title ("Dokter spesialis
    olahraga Andi", "Kepala Bidang Mitigasi Gunung api Badan Geologi", "Presiden ke-5 RI")."""
    if not _modifier_shape(toks[k][0]):
        return False
    for j in range(k - 1, max(-1, k - 6), -1):
        if is_title(toks[j][0]):
            return True
        # "konselor pemberian makan bayi dan anak": "dan" joins two words of the field
        if not (_modifier_shape(toks[j][0]) or _capitalised(toks[j][0]) or toks[j][0] in AND_WORDS):
            return False
    return False


# words that link a name to its role right after it
_LINKS = frozenset({"selaku", "sebagai", "adalah", "merupakan", "ialah"})
_ASIDE_WORDS = frozenset({"juga", "menjabat", "sebagai", "selaku", "merupakan", "adalah"})


def _aside(toks, k: int) -> int:
    """Past "yang juga [menjabat] [sebagai]" / "yang merupakan" at toks[k] (k itself if none)."""
    if k < len(toks) and _low(toks[k][0]) == "yang" and k + 1 < len(toks) and _low(toks[k + 1][0]) in _ASIDE_WORDS:
        k += 1
        while k < len(toks) and _low(toks[k][0]) in _ASIDE_WORDS:
            k += 1
    return k


def _right_role(text: str, end: int) -> Optional[Role]:
    """"Budi Santoso, Kepala Dinas ..., mengatakan" / "Budi Santoso selaku Ketua Panitia"."""
    _, hi = _sentence_bounds(text, end, end)
    toks = _tokens(text, end, min(hi, end + 300))
    if not toks:
        return None
    k = 0
    if len(toks) > 3 and age_in_brackets([w for w, _, _ in toks[:3]]):
        k = 3  # "Budi Santoso (45), warga Desa Sukamaju": the age before the apposition
    # degrees written after the name come before the apposition ("Raldi Hendro Koestoer PhD, dosen ...")
    while k < len(toks) - 1 and toks[k][0] != "," and is_title(toks[k][0]) and toks[k][0][:1].isupper():
        k += 1
    # "dr. Rina Wulandari, Sp.A(K), dokter spesialis anak ...": the degrees between commas too
    k = degree_run([w for w, _, _ in toks], k)
    if k < len(toks) and toks[k][0] == ",":
        k += 1
        k = _aside(toks, k)  # "Budi, yang juga Ketua DPD Partai X, mengatakan"
    elif k:
        return None
    elif _low(toks[0][0]) in _LINKS:
        k = 1  # "Budi selaku Ketua Panitia", "Budi adalah Ketua Forum Warga"
    elif _aside(toks, 0) > 0:
        k = _aside(toks, 0)  # "Budi yang menjabat sebagai Kepala Bappeda"
    else:
        return None
    for one in _ONE_OF:
        if tuple(_low(w) for w, _, _ in toks[k:k + len(one)]) == one:
            k += len(one)  # "Rudi, salah satu mahasiswa ITB": the role after "one of"
            break
    run = []
    while k < len(toks) and len(run) < MAX_WORDS:
        w = toks[k][0]
        if (w == "dari" and run and k + 1 < len(toks) and _capitalised(toks[k + 1][0])
                and _title_near(run, len(run) - 1)):
            run.append(toks[k])  # "Sari, ahli gizi dari Universitas Nusa", as "dari" before a name
            k += 1
            continue
        if (w == "di" and run and k + 1 < len(toks) and _capitalised(toks[k + 1][0])
                and _lower_title_near(run, len(run) - 1)):
            run.append(toks[k])  # "Agus, pedagang buah di Pasar Baru": where the occupation is held
            k += 1
            continue
        if w == "," or (not _role_word(w) and not (run and _modifies_title(run + [toks[k]], len(run)))):
            break
        run.append(toks[k])
        k += 1
    if not run or not (is_title(run[0][0]) or _opener(run, 0)) or honorific(run[0][0]):
        return None
    # an apposition is closed: by a comma and a lower-case word ("..., mengatakan") or the end of
    # the sentence; a comma and a capital is a list of guests ("X, Kepala A, Y, Kepala B")
    nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
    if k < len(toks) and toks[k][0] == "," and (nxt[:1].isupper() or nxt.lower() in ("dan", "serta", "atau")) \
            and nxt.lower() not in _WEEKDAYS:  # "..., Senin (3/2)": the date, not another guest
        return None
    words = _strip(run)
    if not words:
        return None
    return Role(text[words[0][1]:words[-1][2]], words[0][1], words[-1][2])


_WEEKDAYS = frozenset("senin selasa rabu kamis jumat sabtu minggu".split())

_LOWER_DIGIT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _occurrences(text: str, name: str) -> Iterable[tuple[int, int]]:
    # a capital right after another word's letters is scraper glue ("MPR RIHidayat Nur Wahid"):
    # only a lower-case letter, a digit or "_" before the name rules a place out. (Read by hand with
    # str.find, as the regex (?<![a-z0-9_])w1[ \t]+w2...(?!\w) would: a regex compiled per name cost
    # more than the rest of the roles.)
    words = name.split()
    if not words:
        return
    i = text.find(words[0])
    while i >= 0:
        end = None
        if not (i and text[i - 1] in _LOWER_DIGIT):
            end = phrase_end(text, i, words)
            if end is None and len(words) > 1:
                end = _glued_end(text, i, words)
        if end is not None and text[max(0, i - 1):i] != "(":  # "(HNW)": the definition of a short form
            yield i, end
        i = text.find(words[0], end if end is not None else i + 1)


def _glued_end(text: str, i: int, words: list[str]) -> Optional[int]:
    """Where a name of two words or more ends when a scraper glued the next word to it ("Eng
    Hianmerespons", "Bahlil Lahadaliamarah"): the glued rest must be a known lower-case word of four
    letters or more (a longer name word, "Santosa" of "Santo", is none)."""
    j = i
    for k, w in enumerate(words):
        if k:
            s = j
            while j < len(text) and text[j] in " \t":
                j += 1
            if j == s:
                return None
        if not text.startswith(w, j):
            return None
        j += len(w)
    m = _GLUED_REST.match(text, j)
    return j if m is not None and known_word(m.group(0)) else None


_GLUED_REST = re.compile(r"[a-z]{4,}(?!\w)")


@functools.lru_cache(maxsize=1 << 14)  # a pure test of the phrase, asked for every mention
def role_only(text: str) -> bool:
    """A mention made only of role words ("Sekda", "Kepala Negara"): it stands for the holder."""
    return text.lower() in role_equivalents() or all(is_title(w) for w in text.split())


def role_of(text: str, names: Iterable[str]) -> Optional[Role]:
    """The fullest role the article gives the person called by any of `names` (fullest name first:
    a role found next to the full name wins over one found next to a short form)."""
    names = [n.strip() for n in names if n and n.strip()]
    # the title before the name is the usual form in Indonesian news; an apposition after the name
    # counts only where the article puts none before it, or only a one-word short form before it
    # ("papar Arief, Menteri Pariwisata RI" ... "tutur Menpar Arief": the full title is the role)
    left = _side_role(text, names, _left_role)
    if left is not None and _size(left) > 1:
        return left
    right = _side_role(text, names, _right_role)
    if left is None or (right is not None and _size(right) > 1):
        return right
    return left


def _side_role(text: str, names: list[str], side) -> Optional[Role]:
    for name in names:
        best: Optional[Role] = None
        for s, e in _occurrences(text, name):
            role = side(text, s) if side is _left_role else side(text, e)
            if role is not None and (best is None or _size(role) > _size(best)):
                best = role
        if best is not None:
            return best
    return None


def anaphor_roles(forms: Iterable[str]) -> list[str]:
    """The roles of the forms that call a person back by their role and a demonstrative ("ujar
    politikus Partai Maju itu", "kapten timnas Argentina tersebut"), the fullest first."""
    out = []
    for form in forms:
        words = form.split()
        if len(words) >= 2 and words[-1].lower() in _DEMONSTRATIVES and _first_title(
                [(w, 0, 0) for w in words[:-1]]) == 0:
            out.append(" ".join(words[:-1]))
    return sorted(dict.fromkeys(out), key=lambda r: -len(r.split()))


def _size(role: Role) -> int:
    return len(role.text.split())
