"""Speaker roles: the title the article gives a person, whole, the same for all of their quotes.

GUIDELINES.md: the role is the job title with its organisation or place, as written, without the
name, honorifics, degrees or ranks ("Kabid Humas Polda Riau Kombes Pol Rudi Hartono" -> "Kabid Humas
Polda Riau"), taken from the fullest form the article gives that person. Articles give it in a few
shapes, all read here from the words around each occurrence of the person's name:

- before the name: "kata Ketua Fraksi Partai Maju DPR Budi Santoso", "penyanyi bernama Rina";
- before the name and a comma: "ujar Komisioner Ombudsman RI, Sari Dewi", "Ketua panitia lomba ini, Budi";
- after the name, as an apposition: "Budi Santoso, Kepala Dinas Kesehatan Kota Bogor, mengatakan",
  "Rudi, salah satu mahasiswa ITB", "Budi, yang juga Ketua DPD Partai X, mengatakan";
- after "selaku" / "sebagai" / "adalah" / "yang menjabat sebagai": "Budi Santoso selaku Ketua Panitia";
- called back by a role and a demonstrative: "ujar politikus Partai Maju itu" (`anaphor_roles`).

A role starts with a title word (quotes/data/titles.txt) and runs over capitalised words, acronyms,
brackets and the connectors of long official names ("Menteri Pendayagunaan Aparatur Negara dan
Reformasi Birokrasi"); lower-case words only right after a title ("pengamat pendidikan"). The words
a role is made of, and what is stripped from its ends, are `role_words`.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Optional

from ..lexicon.degrees import degree_run
from ..lexicon.words import AND_WORDS, cues, function_words, is_title, role_equivalents
from .name_words import age_in_brackets
# (honorific, ranks, after_honorific, after_rank, TAIL_ONLY: read from here by the other name modules)
from .role_words import (  # noqa: F401
    LEFT_STOP,
    TOKEN,
    MAX_WORDS,
    TAIL_ONLY,
    Role,
    after_honorific,
    after_rank,
    capitalised,
    first_title,
    honorific,
    low_word,
    lower_title_near,
    modifier_shape,
    modifies_title,
    occupation_at,
    opener,
    ranks,
    role_word,
    sentence_bounds,
    strip_role,
    title_near,
    tokens,
)
from .written import written


def _left_role(text: str, start: int) -> Optional[Role]:
    lo, _ = sentence_bounds(text, start, start)
    if start - lo > _TAIL:
        # the role is read from the name backwards and mostly ends a few words before it: the last
        # `_TAIL` characters are read first (their first word may be cut: dropped), and the whole
        # sentence only when the reading came near their start (what it read is then the same)
        cut = TOKEN.search(text, start - _TAIL, start)
        toks = tuple(t for t in tokens(text, start - _TAIL, start) if t[1] >= cut.end()) if cut else ()
        role, k = _left_walk(text, lo, toks)
        if k >= _MARGIN:
            return role
    return _left_walk(text, lo, tokens(text, lo, start))[0]


# the characters before a name read first, and how many of their words the reading must leave
# unread for its answer to be the whole sentence's (`title_near` and its kin look six words back)
_TAIL = 160
_MARGIN = 8


def _left_walk(text: str, lo: int, toks) -> tuple[Optional[Role], int]:
    """The role read backwards from the end of `toks`, and how many tokens were left unread."""
    k = len(toks)
    while k and honorific(toks[k - 1][0]):
        k -= 1  # "Ketua TP PKK, Ny. Yuli": the honorific is the name's, the role stands before it
    if k >= 2 and low_word(toks[k - 1][0]) == "lengkap" and low_word(toks[k - 2][0]) == "bernama":
        k -= 2  # "artis bernama lengkap Rina Amalia": the role before the naming verb
    elif k and low_word(toks[k - 1][0]) in _NAMING:
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
        low = low_word(w)
        if w == "," and run and first_title(run) is None and k >= 2 and (
                capitalised(toks[k - 2][0]) or toks[k - 2][0] == ")") and sum(t[0] == "," for t in run) < 3:
            # a list inside an official name: "Kepala Departemen Literasi, Inklusi Keuangan dan
            # Komunikasi OJK" (no title found yet on the right, so the role is still open); or a
            # rank between the role's comma and the name ("Kepala Staf Presiden (KSP), Mayjen TNI
            # (Purn) Andi")
            run.insert(0, toks[k - 1])
            k -= 1
            continue
        if low == "dari" and run and k >= 2 and not capitalised(w) and title_near(toks, k - 2):
            # "Ekonom dari CSIS Mari Elsa Pranoto", "Pengamat politik dari Universitas X, Firman",
            # "Wakil Ketua DPR dari Fraksi Partai Golkar, Ardi Kasman"
            run.insert(0, toks[k - 1])
            k -= 1
            continue
        if low == "di" and run and capitalised(run[0][0]) and k >= 2 and lower_title_near(toks, k - 2):
            # "pedagang buah di Pasar Baru Agus": where an occupation is held; an office's "di"
            # is the place of the event ("Kepala Dinas X di Jakarta")
            run.insert(0, toks[k - 1])
            k -= 1
            continue
        if w == "," or (low in LEFT_STOP and not capitalised(w)) or low in cues() or (low in AND_WORDS and not run):
            break  # ("Budi, Ketua RT 01, dan Rina, ...": no role ends in "dan")
        if low in AND_WORDS and run and first_title(run[:2]) == 0 and not (
                k >= 2 and is_title(toks[k - 2][0]) and not honorific(toks[k - 2][0])):
            # "Menteri X Budi dan Wakil Menteri X Dante": a new role after "dan" is another person's;
            # after a bare title it is the same person's second one ("Praktisi dan Pengamat Hukum")
            break
        if not role_word(w) and not modifies_title(toks, k - 1):
            break
        run.insert(0, toks[k - 1])
        k -= 1
    first = first_title(run)
    if first is None:
        return None, k
    if first >= 2 and run[first - 1][0] == "(" and capitalised(run[first - 2][0]):
        first -= 2  # "Penjabat (Pj) Wali Kota Bekasi": the title is spelt out before its short form
    words = strip_role(run[first:])
    if not words or (comma and len(words) < 2 and not is_title(words[0][0])):
        return None, k
    if first == 0 and k and low_word(toks[k - 1][0]) in _KIN and words[0] == run[0]:
        words = [toks[k - 1]] + words  # "istri Bupati Bogor, Sari": the office is her husband's
    role = Role(text[words[0][1]:words[-1][2]], words[0][1], words[-1][2])
    aside = _ALSO.search(text, lo, role.start) if comma else None
    if aside is not None:
        # "Kepala Direktorat X, yang juga Pelaksana Tugas Kepala Y, Melani Utami": the role before
        # the aside is the first one given; the fuller of the two is the person's role
        main = _left_role(text, aside.start() + 1)
        if main is not None and _size(main) >= _size(role):
            return main, k
    return role, k


_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
# kin before an office: the office is the relative's, the person is the kin of its holder
_KIN = frozenset("istri suami anak putra putri ayah ibunda ayahanda adik kakak menantu cucu keponakan".split())
# the verbs that put a name after a role ("pelatih bernama Andi", "pelaku berinisial AS")
_NAMING = frozenset({"bernama", "berinisial"})
# words that put a person among the holders of a role ("Rudi, salah satu mahasiswa ITB")
_ONE_OF = (("salah", "satu"), ("salah", "seorang"), ("seorang",), ("sang",))

# ", yang juga [menjabat] [sebagai]" right before a role: an aside adding a second role
_ALSO = re.compile(r",[ \t]*yang[ \t]+juga(?:[ \t]+menjabat)?(?:[ \t]+sebagai)?[ \t]+$")


# words that link a name to its role right after it
_LINKS = frozenset({"selaku", "sebagai", "adalah", "merupakan", "ialah"})
# words between a name and the link to its role ("Chiko diketahui sebagai mahasiswa X", "Budi kini
# menjabat sebagai Ketua Y", "Budi, yang dikenal sebagai pengamat Z")
_BEFORE_LINK = frozenset({"juga", "kini", "sekarang", "saat", "ini", "diketahui", "dikenal", "tercatat",
                          "disebut", "menjabat", "bekerja", "berprofesi", "terpilih", "ditunjuk", "diangkat",
                          "dilantik", "resmi", "telah", "baru"})
_ASIDE_WORDS = frozenset({"sebagai", "selaku", "merupakan", "adalah"}) | _BEFORE_LINK


def _aside(toks, k: int) -> int:
    """Past "yang juga [menjabat] [sebagai]" / "yang merupakan" at toks[k] (k itself if none)."""
    if k < len(toks) and low_word(toks[k][0]) == "yang" and k + 1 < len(toks) and low_word(toks[k + 1][0]) in _ASIDE_WORDS:
        k += 1
        while k < len(toks) and low_word(toks[k][0]) in _ASIDE_WORDS:
            k += 1
    return k


def _opening(text: str, end: int, toks) -> Optional[tuple[int, str]]:
    """Where a role after the name (ending at `end`, `toks` the words after it) starts, and what
    closes it besides a comma ("(" opened: ")"; a dash opened: "-"; else ""); None when the words
    after the name give none."""
    if _DASH.fullmatch(text, end, toks[0][1]):
        return 0, "-"  # "Budi Santoso – Direktur PT X – mengatakan": a dash spaced as a comma
    k = 0
    if len(toks) > 3 and age_in_brackets([w for w, _, _ in toks[:3]]):
        k = 3  # "Budi Santoso (45), warga Desa Sukamaju": the age before the apposition
    # degrees written after the name come before the apposition ("Rendi Haryo Koesumo PhD, dosen ...")
    while k < len(toks) - 1 and toks[k][0] != "," and is_title(toks[k][0]) and toks[k][0][:1].isupper():
        k += 1
    # "dr. Rina Wulandari, Sp.A(K), dokter spesialis anak ...": the degrees between commas too
    k = degree_run([w for w, _, _ in toks], k)
    if k < len(toks) and toks[k][0] == ",":
        k = _aside(toks, k + 1)  # "Budi, yang juga Ketua DPD Partai X, mengatakan"
        if k < len(toks) and low_word(toks[k][0]) in _AS:
            k += 1  # "Budi Santoso, sebagai Ketua Panitia, mengatakan"
        return k, ""
    if k:
        return None
    while k < min(3, len(toks) - 1) and low_word(toks[k][0]) in _BEFORE_LINK:
        k += 1
    if low_word(toks[k][0]) in _LINKS:
        # "Budi selaku Ketua Panitia", "Budi adalah Ketua Forum Warga", "Chiko diketahui sebagai
        # mahasiswa Fakultas Hukum Universitas X"
        return k + 1, ""
    if k and low_word(toks[k - 1][0]) == "menjabat":
        return k, ""  # "Budi kini menjabat Kepala Dinas X"
    k = 0
    if _aside(toks, 0) > 0:
        return _aside(toks, 0), ""  # "Budi yang menjabat sebagai Kepala Bappeda"
    if toks[0][0] == "(":
        return 1, ")"  # "Andi Wijaya (Ketua Panitia Festival Budaya) mengatakan"
    return None


def _right_role(text: str, end: int) -> Optional[Role]:
    """"Budi Santoso, Kepala Dinas ..., mengatakan" / "Budi Santoso selaku Ketua Panitia"."""
    if not _MAY_OPEN.match(text, end):
        return None  # (most names go on with a verb: the sentence after them is not read)
    _, hi = sentence_bounds(text, end, end)
    toks = tokens(text, end, min(hi, end + 300))
    if not toks:
        return None
    opened = _opening(text, end, toks)
    if opened is None:
        return None
    k, closer = opened
    for one in _ONE_OF:
        if tuple(low_word(w) for w, _, _ in toks[k:k + len(one)]) == one:
            k += len(one)  # "Rudi, salah satu mahasiswa ITB": the role after "one of"
            break
    run = []
    while k < len(toks) and len(run) < MAX_WORDS:
        w = toks[k][0]
        if (closer == ")" and w == ")") or (
                closer == "-" and run and _DASH.fullmatch(text, toks[k - 1][2], toks[k][1])):
            break  # the bracket or the dash that closes the apposition
        if run and "." in text[toks[k - 1][2]:toks[k][1]]:
            break  # "Yati (47), pedagang lain. Ia mengaku": the sentence's full stop ends the role
        if (w == "dari" and run and k + 1 < len(toks) and capitalised(toks[k + 1][0])
                and title_near(run, len(run) - 1)):
            run.append(toks[k])  # "Sari, ahli gizi dari Universitas Nusa", as "dari" before a name
            k += 1
            continue
        if (w == "di" and run and k + 1 < len(toks) and capitalised(toks[k + 1][0])
                and lower_title_near(run, len(run) - 1)):
            run.append(toks[k])  # "Agus, pedagang buah di Pasar Baru": where the occupation is held
            k += 1
            continue
        if w == "," or (not role_word(w) and not (run and modifies_title(run + [toks[k]], len(run)))
                        and not (not run and occupation_at(toks, k))):
            break
        run.append(toks[k])
        k += 1
    if not run or not (is_title(run[0][0]) or opener(run, 0) or occupation_at(run, 0)) or (
            honorific(run[0][0]) and not occupation_at(run, 0)):  # ("ibu rumah tangga": no honorific)
        return None
    # an apposition is closed: by a comma and a lower-case word ("..., mengatakan") or the end of
    # the sentence; a comma and a capital is a list of guests ("X, Kepala A, Y, Kepala B")
    nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
    if (k < len(toks) and toks[k][0] in _DEMONSTRATIVES and nxt != "," and opened[0] and toks[opened[0] - 1][0] == ","
            and run[0] is toks[opened[0]]):
        return None  # "Selain mengelola Sinar Hotels, kapten timnas Brasil itu juga ...": a new subject
    if k < len(toks) and toks[k][0] == "," and (nxt[:1].isupper() or nxt.lower() in ("dan", "serta", "atau")) \
            and nxt.lower() not in _WEEKDAYS and not _parallel(toks, k + 1):  # "..., Senin (3/2)": the date
        return None
    words = strip_role(run)
    if not words:
        return None
    return Role(text[words[0][1]:words[-1][2]], words[0][1], words[-1][2])


# what may follow a name whose role comes after it, as `_opening` reads it: a comma, a bracket, a
# dash, a link word, a capital (degrees: "PhD", "Sp.A")
_MAY_OPEN = re.compile(r"[ \t]*(?:[,(A-Z]|[–—-][ \t]|(?:" + "|".join(sorted(_LINKS | _BEFORE_LINK | {"yang"}))
                       + r")\b)")
# words that give the role after an apposition's comma ("Budi, sebagai Ketua Panitia, ...")
_AS = frozenset({"sebagai", "selaku"})
# a dash that opens an apposition after the name, spaced as a comma would be
_DASH = re.compile(r"[ \t]+[–—-][ \t]+")

def _parallel(toks, j: int) -> bool:
    """At toks[j], after an apposition's comma: another name and its own apposition ("Budi, Ketua RT
    01, dan Rina, Ketua RT 02"), not a title before a guest's name ("X, Kepala A Y, dan warga")."""
    if j < len(toks) and low_word(toks[j][0]) in ("dan", "serta"):
        j += 1
    n = j
    while n < len(toks) and n - j < 4 and capitalised(toks[n][0]) and not is_title(toks[n][0]):
        n += 1
    return n > j and n + 1 < len(toks) and toks[n][0] == "," and is_title(toks[n + 1][0])


_WEEKDAYS = frozenset("senin selasa rabu kamis jumat sabtu minggu".split())

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
    # ("papar Rudi, Menteri Pariwisata RI" ... "tutur Menpar Rudi": the full title is the role)
    left = _side_role(text, names, _left_role)
    if left is not None and _size(left) > 1 and text.find(left.text, left.end) < 0 \
            and text.rfind(left.text, 0, left.start) < 0:
        return left  # (written once, no fuller form holds it: the words after the names are not read)
    right = _side_role(text, names, _right_role)
    if left is not None and _size(left) > 1:
        # ... but a role after the name that holds the one before it and more is the fuller form
        # ("mahasiswa Fakultas Hukum, Chiko" ... "Chiko diketahui sebagai mahasiswa Fakultas Hukum
        # Universitas X (UX) Semarang")
        if right is not None and _size(right) > _size(left) and right.text.lower().startswith(left.text.lower() + " "):
            return right
        return left
    if left is None and right is None:
        return _side_role(text, names, _next_sentence_role)
    if left is None or (right is not None and _size(right) > 1):
        return right
    return left


def _next_sentence_role(text: str, start: int, end: int) -> Optional[Role]:
    """"Budi Santoso terpilih lagi. Ia merupakan Ketua Koperasi X.": the role a pronoun opening the
    next sentence is linked to (read only for a person given no role next to the name), where the
    name is the one the sentence is about: no other capitalised word before it outside a quote
    ("Rina menemui Budi. Ia merupakan ...": "Ia" is Rina)."""
    m = _NEXT_PRONOUN.search(text, end, end + 400)
    if m is None or _STOP_BETWEEN.search(text, end, m.start() - 1):
        return None
    lo, _ = sentence_bounds(text, start, start)
    before = _QUOTED.sub(" ", text[lo:start])
    if any(w[:1].isupper() and low_word(w) not in function_words() for w in before.split()):
        return None
    return _right_role(text, m.end())


# the first full stop after the name, then "Ia" / "Dia" / "Beliau" opening the next sentence
_NEXT_PRONOUN = re.compile(r"(?<=[.!?])\s+(?:Ia|Dia|Beliau)(?=[ \t]+(?:juga[ \t]+|kini[ \t]+|saat[ \t]+ini[ \t]+)?"
                           r"(?:merupakan|adalah|ialah|menjabat|sebagai|selaku)\b)")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_STOP_BETWEEN = re.compile(r"[.!?][ \t]|\n")  # (a full stop before the one found: not the next sentence)


def _side_role(text: str, names: list[str], side) -> Optional[Role]:
    for name in names:
        best: Optional[Role] = None
        for s, e in written(text, name):
            role = side(text, s) if side is _left_role else side(text, e) if side is _right_role else side(text, s, e)
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
        if len(words) >= 2 and words[-1].lower() in _DEMONSTRATIVES and first_title(
                [(w, 0, 0) for w in words[:-1]]) == 0:
            out.append(" ".join(words[:-1]))
    return sorted(dict.fromkeys(out), key=lambda r: -len(r.split()))


def _size(role: Role) -> int:
    return len(role.text.split())
