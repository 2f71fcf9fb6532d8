"""Descriptions that point back: "menteri asal Banyuwangi ini", "gelandang yang turun dalam 210
laga bersama Persija tersebut", "Wakil Ketua DPR itu", "Kantor berita asal Prancis itu".

News names a person (or an organisation) once, then calls them by what they are, closed by a
demonstrative. GUIDELINES.md names the one meant, so the description is a form of an entry the
article has already: the person (the organisation, when the description's head is an
institution word) whose role agrees with it, else the one quoted last before it, else the one
named last before it. The capitalised words inside only describe (a club, a song, the employer):
a person read from them is no entry of its own. Used by `inventory`.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence

from ..lexicon.words import DEMONSTRATIVES, FORMER, VERB_SHAPE, is_title
from .index import NameIndex
from .mentions import Mention
from .name_words import points_back
from .role_words import sentence_bounds
from .roles import role_of

# (canonical name, type, mention): what `inventory` reads every mention as
Found = tuple[str, str, Mention]

# "artis bernama lengkap Adinda Putri Lestari ini", "sosok yang akrab disapa Awi ini": the name the
# description gives
_NAMED = re.compile(r"(?:bernama(?:[ \t]+lengkap)?|disapa|dipanggil|sapaan(?:[ \t]+akrab(?:nya)?)?)[ \t]+"
                    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})")


def pointing(m: Mention) -> Optional[str]:
    """"person" or "organization" when the speaker phrase `m` is a description pointing back (a
    multi-word pronoun mention, `mentions` reads them so; an institution described and closed by
    a demonstrative), else None."""
    words = m.text.split()
    if len(words) < 2:
        return None
    if m.kind == "pronoun":
        head = _head(words)
        return (points_back(head) if head else None) or "person"
    if m.kind == "unnamed" and words[-1].lower() in DEMONSTRATIVES and points_back(words[0]) == "organization":
        return "organization"
    return None


def _head(words: list[str]) -> Optional[str]:
    """The description's head noun: its first word after "eks", "mantan", "sang"."""
    rest = [w for w in words if w.lower() not in FORMER]
    return rest[0] if rest else None


def subject_descriptions(text: str) -> list[Mention]:
    """The descriptions opened by a title that start a sentence or a clause after a comma and
    close with a demonstrative, no comma after it: "Selain itu, kapten timnas Argentina itu juga
    memiliki ...", "Politikus Partai Maju tersebut menilai ...". They point back as a speaker
    phrase "ujar politikus Partai Maju itu" does, and give the person the role they are called
    back by, where no verb of saying makes them a speaker phrase. Read back from each
    demonstrative (a few an article), not from every word."""
    out = []
    for d in _DEMONSTRATIVE.finditer(text):
        lo = max(0, d.start(1) - 90)
        m = _clause_head(text, lo, d.start(1))
        if m is None or (m.start(1) == lo and lo > 0):
            continue
        head, words = m.group(1), m.group(2).split()
        # (a verb ends the search: "Wali Kota yang meresmikan pasar itu" is no subject's description;
        # "Ketua", "kelas" are no verbs)
        if not is_title(head) or points_back(head) != "person" or any(
                w.islower() and not w.startswith("ke") and VERB_SHAPE.match(w) for w in words):
            continue
        out.append(Mention(text[m.start(1):d.end()], m.start(1), d.end(), "pronoun"))
    return out


def opens_clause(text: str, start: int) -> bool:
    """The words at `start` open a sentence or a clause after a comma (as a subject does)."""
    return _CLAUSE_START.search(text, max(0, start - 3), start) is not None or start == 0


_CLAUSE_START = re.compile(r"(?:[.!?,][ \t]|\n)[ \t]*$")
# a demonstrative with no comma or stop after it; the clause's first word and one to six words before it
# (the space is matched, not looked behind for: a pattern that opens with a look-behind is tried at
# every character, one that opens with a space or a tab only there)
_DEMONSTRATIVE = re.compile(r"[ \t](itu|tersebut|ini)(?![\w,.])")
_CLAUSE_HEAD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=\n))([^\W\d_][\w-]*)((?:[ \t]+[\w-]+){1,6})[ \t]+$",
                          re.M)
# where a clause can open: after a stop or a comma and a space, or a newline (`_CLAUSE_HEAD`'s look-behinds)
_OPENERS = re.compile(r"[.!?,]\s|\n")


def _clause_head(text: str, lo: int, end: int) -> Optional[re.Match]:
    """_CLAUSE_HEAD.search(text, lo, end), tried only where a clause opens (the text's start and
    the ends of `_OPENERS`, left to right): the search tried its look-behinds at every character."""
    if lo == 0:
        m = _CLAUSE_HEAD.match(text, 0, end)
        if m:
            return m
    for o in _OPENERS.finditer(text, max(0, lo - 2), end):  # (a look-behind reads two characters back)
        if o.end() >= lo:
            m = _CLAUSE_HEAD.match(text, o.end(), end)
            if m:
                return m
    return None


def title_of(text: str) -> list[str]:
    """"Wakil Ketua DPR" of "Wakil Ketua DPR itu", "menteri" of "menteri asal Banyuwangi ini": the
    title and the capitalised words of its field, where the description opens with one."""
    words = [w for w in text.split() if w.lower() not in FORMER]
    if not words or not is_title(words[0]):
        return []
    k = 1
    while k < len(words) and words[k].lower() not in DEMONSTRATIVES and (is_title(words[k]) or words[k][:1].isupper()):
        k += 1
    return words[:k]


def agrees(title: list[str], role: Optional[str]) -> bool:
    """The role opens with the description's title and holds every word of its field ("Wakil Ketua
    DPR" for "Wakil Ketua DPR RI"; "Menteri ESDM" for "Menteri Energi dan Sumber Daya Mineral
    (ESDM)")."""
    if not role or not title:
        return False
    have = [w.strip("(),").lower() for w in role.split()]
    want = [w.lower() for w in title]
    return have[:1] == want[:1] and all(w in have for w in want)


class RoleBook:
    """The roles of the article's persons, read where asked (`roles.role_of`, once per name) and
    those their mentions were read with: what a description's title is checked against."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._read: dict[str, Optional[str]] = {}
        self._low: Optional[str] = None  # the text in lower case, made when first asked
        self._mays: dict[tuple[str, str], bool] = {}  # _may's answers
        # agree's answers: a title is checked against every mention of the same person again
        self._agreed: dict[tuple, bool] = {}
        self._at: dict[str, list[tuple[int, int, int, int]]] = {}  # _places' answers

    def roles(self, f: Found) -> list[str]:
        if f[0] not in self._read:
            found = role_of(self.text, [f[0]])
            self._read[f[0]] = found.text if found else None
        return [r for r in (f[2].role, self._read[f[0]]) if r]

    def agree(self, title: list[str], f: Found) -> bool:
        key = (tuple(title), f[0], f[2].role)  # (all the answer reads)
        if key not in self._agreed:
            self._agreed[key] = agrees(title, f[2].role) or self._may(title[0].lower(), f[0]) and any(
                agrees(title, r) for r in self.roles(f))
        return self._agreed[key]

    def _may(self, first: str, name: str) -> bool:
        """A role read next to `name` can open with `first`: the word stands in the text within
        the reach of `roles.role_of` (the sentence before the name, at most 600 characters; 300
        after it) of some place the name is written. A cheap test that rules most persons out
        before their role is read; never one whose role would agree."""
        if (first, name) in self._mays:
            return self._mays[first, name]
        if self._low is None:
            self._low = self.text.lower()
        self._mays[first, name] = self._near(first, name)
        return self._mays[first, name]

    def _near(self, first: str, name: str) -> bool:
        low = self._low
        return any(low.find(first, lo, at) >= 0 or low.find(first, end, min(hi, end + 300)) >= 0
                   for at, end, lo, hi in self._places(name))

    def _places(self, name: str) -> list[tuple[int, int, int, int]]:
        """Where `name` is written and the sentence around it: (start, end, sentence start, sentence
        end), found once per name (a search of the whole text per title asked made long articles
        cost their length times their persons and titles)."""
        if name not in self._at:
            out, at = [], self.text.find(name)
            while at >= 0:
                out.append((at, at + len(name)) + sentence_bounds(self.text, at, at + len(name)))
                at = self.text.find(name, at + 1)
            self._at[name] = out
        return self._at[name]


def linked(names: NameIndex, m: Mention, kind: str, found: Sequence[Found], spoken: Sequence[Found],
           book: RoleBook) -> Optional[str]:
    """The canonical name of the entry description `m` is a form of (`kind`: what it points back
    to), read from the mentions `found` before it and the speakers `spoken` before it (`book`:
    their roles); None when the article has none. A description that opens a sentence or a clause
    is its subject: a person named in the sentence before is the one the article is telling of
    ("Bupati X meninjau ... . Politikus Partai Y itu meminta"), before the one quoted last (a name
    earlier in its own sentence is an object: "Selain mengelola X Hotels, kapten ... itu")."""
    before = [f for f in found if f[2].end <= m.start and f[1] == kind]
    said = [f for f in spoken if f[2].end <= m.start and f[1] == kind]
    if kind == "person" and before and opens_clause(book.text, m.start):
        lo = sentence_bounds(book.text, m.start, m.start)[0]
        prev = sentence_bounds(book.text, lo - 2, lo - 2)[0] if lo >= 2 else lo
        told = [f for f in before if prev <= f[2].start < lo]
        if told and not (title_of(m.text) and any(book.agree(title_of(m.text), f) for f in before)):
            return told[-1][0]
    if kind == "organization":
        return (said or before)[-1][0] if said or before else None
    given = _NAMED.search(m.text)
    if given:
        name = given.group(1).rstrip(".")
        if len(name.split()) >= 2:
            return names.canonical(name)
        return names.canonical(names.nickname(name) or name)
    title = title_of(m.text)
    if len(title) >= 2:
        # "Wakil Ketua DPR itu": the person the article gave that role, the last one that has it (a
        # title alone, "menteri asal Banyuwangi ini", says too little: the one being quoted)
        agree = [f for f in before if book.agree(title, f)]
        if agree:
            return agree[-1][0]
        holder = names.holder_of(" ".join(title), m.start)
        if holder:
            return names.canonical(holder)
    if title and said:
        # "ujar pelatih asal Kroasia itu" after the captain was quoted: the coach quoted before him
        agree = [f for f in said if book.agree(title, f)]
        if agree:
            return agree[-1][0]
    if title and not said:
        # "Pelatih Persib, Bojan ... Winger X, Ciro ... Pelatih asal Kroasia itu memuji Ciro": nobody
        # quoted yet, the last one named with that title
        agree = [f for f in before if book.agree(title, f)]
        if agree:
            return agree[-1][0]
    if said:
        return said[-1][0]  # "ujar menteri asal Banyuwangi ini": the one being quoted
    last = names.last_person_before(m.start, speaking=True, unquoted=True)
    if last:
        return names.canonical(last)
    return before[-1][0] if before else None  # the person read last before it


def role_holders(found: Sequence[Found], book: RoleBook) -> list[Found]:
    """Every mention of `found`, those that stand for a title's holder replaced by that holder.
    "Menteri ESDM menegaskan ...": an organisation (or a place) read with a title before it is the
    person the article gives that title and field ("Menteri Energi dan Sumber Daya Mineral (ESDM)
    Hendra Wijaya"); "ucap Kapolsek", a title alone, the person given that title ("Kapolres Garut,
    AKBP Dedi Santoso"): the last one before it, else the first after; the mention itself when
    there is none. The persons are listed once, and most mentions hold no title: what decides it
    is read once per mention's words, kind and role."""
    persons = [g for g in found if g[1] == "person"]
    titles: dict[tuple, Optional[list[str]]] = {}
    out = []
    for f in found:
        m = f[2]
        key = (m.text, m.kind, m.role, f[1])
        title = titles[key] if key in titles else titles.setdefault(key, _title(f))
        out.append(f if title is None else _holder(f, title, persons, book))
    return out


def _title(f: Found) -> Optional[list[str]]:
    """The title a mention stands for its holder with (`role_holders`), None when it holds none."""
    name, kind, m = f
    words = m.text.split()
    if m.kind not in ("pronoun", "unnamed") and not m.role and words and words[0][:1].isupper() \
            and all(is_title(w) for w in words):  # (a lower-case "korban" is somebody unnamed)
        return words
    if kind != "person" and m.role and is_title(m.role.split()[0]):
        title = title_of(f"{m.role} {m.text}")
        return title if len(title) >= 2 else None
    return None


def _holder(f: Found, title: list[str], persons: Sequence[Found], book: RoleBook) -> Found:
    name, _, m = f
    # the last person before it with that title, else the first after it; read lazily, nearest
    # first (a role is read per person, and most articles have many): the same answer as reading all
    people = [g for g in persons if g[2] is not m]
    if any(g[0] == name and book.agree(title, g) for g in people):
        return f
    before = [g for g in people if g[2].end <= m.start]
    after = [g for g in people if g[2].end > m.start]
    holder = next((g for g in reversed(before) if book.agree(title, g)), None) \
        or next((g for g in after if book.agree(title, g)), None)
    return (holder[0], "person", m) if holder else f


def without_modifiers(found: Iterable[Found], described: Sequence[Found]) -> list[Found]:
    """`found` without the persons read inside a description that points at someone else ("Cinta
    Sejati" of "pelantun lagu Cinta Sejati tersebut", "Mandiri" of "eks Direktur Keuangan Bank
    Mandiri ini"), nor its head word read on its own at a sentence start ("Kantor" of "Kantor berita
    asal Prancis itu"): the words describe the one meant. Organisations, places and dates inside
    stay entries (the club, the employer, the home town are mentioned all the same)."""
    spans = [(d[2].start, d[2].end, d[0].lower()) for d in described]
    out = []
    for f in found:
        m = f[2]
        inside = [s for s in spans if s[0] <= m.start and m.end <= s[1] and (s[0], s[1]) != (m.start, m.end)]
        if inside and all(f[0].lower() != s[2] for s in inside) and (
                f[1] in ("person", "unnamed", "other") or " " not in f[2].text and any(s[0] == m.start for s in inside)):
            continue
        out.append(f)
    return out


# "penyanyi bernama lengkap Andini Sekar Rarasati ini", "Rara, yang bernama lengkap Andini Sekar
# Rarasati, ...": the full name of the person the article calls by a shorter or a stage name
_FULL = re.compile(r"(,[ \t]+yang[ \t]+)?\b(?:bernama|nama)[ \t]+lengkap(?:nya)?[ \t]+"
                   r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,4})(?=[ \t]+(?:ini|itu|tersebut)\b|(,))")


def full_names(text: str, found: Sequence[Found], spoken: Sequence[Found]) -> dict[str, str]:
    """Canonical name -> the full name the article gives that person with "bernama lengkap"
    (GUIDELINES.md: the fullest form found): the person pointed back to (a description closed by
    a demonstrative, or the name before ", yang bernama lengkap"), the last named before whose
    name shares a word or a word's start with it ("Rara Andini": "Andini", "Rara" of "Rarasati"),
    and whatever the full name's own words were read as. A full name that introduces somebody
    ("seorang pria bernama lengkap Budi Santoso mengatakan") or shares nothing with the names
    before it renames nobody."""
    out: dict[str, str] = {}
    if "lengkap" not in text:
        return out  # (most articles: one look)
    for m in _FULL.finditer(text):
        if m.group(3) and not m.group(1):
            continue  # "bernama lengkap Budi Santoso, warga ...": an introduction, not a description
        full = m.group(2)
        lo, hi = m.start(2), m.end(2)
        words = [w.lower() for w in full.split()]
        before = [f for f in list(found) + list(spoken) if f[1] == "person" and f[2].end <= m.start()
                  and _shares(f[0], words)]
        if not before:
            continue
        before.sort(key=lambda f: f[2].start)
        inside = [f[0] for f in list(found) + list(spoken) if f[1] == "person" and f[2].start < hi and lo < f[2].end]
        for name in [before[-1][0]] + inside:
            if name != full:
                out[name] = full
    return out


def _shares(name: str, words: list[str]) -> bool:
    """A word of `name` is one of `words` or the start of one (of four letters or more)."""
    return any(w in words or len(w) >= 4 and any(x.startswith(w) for x in words) for w in name.lower().split())
