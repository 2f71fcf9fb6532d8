"""What can be part of a person's name: the word tests the name readers share (a capitalised word
that is no title, no organisation word, no common word at a sentence start), and the shapes that
stand next to names in news (scraper glue, a region right after a regional role, acronyms)."""
from __future__ import annotations

import bisect
import functools
import re
from typing import Optional, Sequence

from ..lexicon.places import leading_place, place_words
from ..lexicon.words import (
    ADVERBS,
    DEMONSTRATIVES,
    FORMER,
    INSTITUTIONS,
    NAME_ABBREVIATIONS,
    NOT_NAME,
    ORG_PREFIXES,
    ORG_WORDS,
    PEOPLE_WORDS,
    PERSON_HEADS,
    common_words,
    function_words,
    is_cue_word,
    is_title,
    name_prefixes,
    regional_roles,
)
from ..nlp.analysis import ACRONYM_WORD, Analysis, Token, is_cap, is_punct, known_word

ACRONYM = re.compile(r"^[A-Z]{2,}(?:-[A-Z]{1,3}\b)?[A-Za-z]*$")  # ("PDI-P": a party's acronym with its letter)


def person_word(an: Analysis, t: Token) -> bool:
    w = t.text
    low = w.lower()
    return (is_cap(t) and not is_title(w) and low not in function_words() and low not in NOT_NAME
            and low not in ORG_WORDS and not ACRONYM.match(w)
            and name_word(w, an.lower, sentence_initial(an.text, t.start), an.midcaps))


def clean_person(an: Analysis, s: int, e: int) -> Optional[tuple[int, int]]:
    """An entity span from the model, trimmed to the words that can be part of a name
    (a weak model tags "ungkap Wirosono" or "ABI Sulistyo" as one person)."""
    toks = an.tokens
    while s <= e and not person_word(an, toks[s]):
        s += 1
    while e >= s and not person_word(an, toks[e]):
        e -= 1
    if s > e or any(not person_word(an, toks[k]) and toks[k].text not in ".-'’" for k in range(s, e + 1)):
        return None
    # a span that starts inside a run of capitals holds the end of an organisation's name
    # ("Arunika Saran [Mandiri Hans Liem]"): a name of three words or more loses its first ones
    while e - s >= 2 and s > 0 and toks[s - 1].sent == toks[s].sent and toks[s - 1].text[:1].isupper() \
            and toks[s - 1].text.isalpha() and not is_title(toks[s - 1].text) \
            and toks[s].text.lower() not in name_prefixes():
        s += 1
    return s, e


# first names of Muslim names that open a sentence's subject and need not be written again inside
# the article ("Muhammad Rizal Pratama, warga ..., mengatakan" then "kata Rizal"): no Indonesian
# word is spelt so (`name_prefixes` also holds "anak", "made", "bagus", words at a sentence start)
_OPENERS = frozenset("""muhammad mohammad mohamad mochammad muhamad ahmad achmad abdul abdullah siti teuku
    tubagus""".split())
_NOUN_AFFIX = re.compile(r"^(?:per|pen|pem|peng|peny|pe|ke|ber)\w{3,}an$", re.I)


def name_word(word: str, lower: frozenset, initial: bool = True, midcaps: Optional[frozenset] = None) -> bool:
    """Could this capitalised word be part of a person's name? Not a pe-/ke-...-an noun
    ("Perindustrian", "Kehutanan"), nor, at a sentence start, a common word ("Termasuk"), nor, where a capital says nothing (sentence start), a word the
    article also writes in lower case ("Pelaku usaha menilai ...")."""
    w = word.rstrip(".")
    if w.lower() in function_words() or (initial and w.lower() in common_words()):
        return False
    if initial and w.lower() in lower:
        return False
    if initial and midcaps is not None and w not in midcaps and w.lower() not in _OPENERS:
        return False  # capitalised only where every word is: no evidence of a name
    return not _NOUN_AFFIX.match(w)


_LAST_WORD = re.compile(r"(\w+)$")
_WORD_THEN_SPACE = re.compile(r"(\w+)[ \t]+$")


def sentence_initial(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] == ".":
        m = _LAST_WORD.search(text[max(0, k - 12):k])
        if m and (is_title(m.group(1)) or len(m.group(1)) == 1 and m.group(1).isupper()
                  or m.group(1).lower() in NAME_ABBREVIATIONS):
            return False  # "dr. Sri", "H. Anas", "Rudi P. Wibowo": the dot of an abbreviation or an initial
    return k < 0 or text[k] in ".!?\n\"“”–—-:"


# the capitalised word (or initial) that ends a stretch of text (`*+`: letters given back never end in a space)
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w'’-]*+|[A-Z]\.)[ \t]+$")


def capital_before(text: str, pos: int) -> Optional[tuple[str, int, int]]:
    """The capitalised word (or initial) right before `pos`, spaces or tabs between, as `_WORD_BEFORE`
    reads the 40 characters before `pos`: (the word, where it starts, `pos` minus the match's
    length), None for none. The search starts after the last space, tab or newline before the word
    (no match holds one): from the window's start it tried up to 40 places per step of a run."""
    lo = max(0, pos - 40)
    if pos == lo or text[pos - 1] not in " \t\n":
        return None  # (no space, tab or final newline before `pos`: nothing ends there)
    end = pos
    while end > lo and text[end - 1] in " \t":
        end -= 1
    start = max(text.rfind(" ", lo, end), text.rfind("\t", lo, end), text.rfind("\n", lo, end)) + 1
    if text[pos - 1] == "\n" or start <= lo:
        # a newline that ends the window, or a word the window cuts: what the cut-out window reads
        mm = _WORD_BEFORE.search(text[lo:pos])
        return (mm.group(1), lo + mm.start(1), pos - len(mm.group(0))) if mm else None
    mm = _WORD_BEFORE.search(text, start, pos)  # (the look-behind sees the space before `start`, as in the window)
    return (mm.group(1), mm.start(1), pos - len(mm.group(0))) if mm else None


GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")


INITIAL_GLUE = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")


_INNER_CAP = re.compile(r"[A-Z]")


def glue_cuts(s: str) -> list[int]:
    """Where words a scraper glued together part: before a capitalised word after a lower-case
    letter or an acronym ("RIHendra", "JakartaBudi"), and after an acronym followed by a known
    lower-case word ("CNNmenyebut", "ACLEDdalam")."""
    if not _INNER_CAP.search(s, 1):
        return []  # (most words: no capital after the first letter, nothing glued)
    # an acronym glued to a known word ("CNNmenyebut"): GLUE alone would cut "CN" + "Nmenyebut"
    cuts = {m.end(1) for m in ACRONYM_WORD.finditer(s) if known_word(m.group(2))}
    for m in GLUE.finditer(s):
        k = m.start()
        if s[k - 1].isupper() and k + 1 in cuts:
            continue  # the acronym's last capital, not a name's first
        cuts.add(k)
    return sorted(cuts)


def unglue(s: str) -> str:
    """Words a scraper glued together, apart again: "RIHendra" -> "RI Hendra", "JakartaBudi" ->
    "Jakarta Budi", "CNNmenyebut" -> "CNN menyebut"."""
    cuts = glue_cuts(s)
    return " ".join(s[a:b] for a, b in zip([0] + cuts, cuts + [len(s)])) if cuts else s


def after_regional_role(text: str, pos: int) -> bool:
    """The word before `pos` ends a role that takes a region ("Bupati", "Wali Kota").
    The word `_WORD_THEN_SPACE` finds in the 30 characters before `pos`, read back from `pos`
    (asked at every name of the article; the search tried each position of the window)."""
    lo = max(0, pos - 30)
    end = pos - 1 if pos > lo and text[pos - 1] == "\n" else pos  # ($ also stands before a final newline)
    k = end
    while k > lo and text[k - 1] in " \t":
        k -= 1
    j = k
    while j > lo and (text[j - 1].isalnum() or text[j - 1] == "_"):  # (\w, as re reads it)
        j -= 1
    return k < end and j < k and text[j:k].lower() in regional_roles()


def drop_region(words: list[str], after_region_role: bool) -> list[str]:
    """A capitalised run that starts with a region is cut to the name: a gazetteer place with at
    least two words after it ("Sukabumi Darman Hakimi"), or the word right after a regional role
    ("Wali Kota Bandar Danu A Pratama") when two name words or more follow. A place word never
    starts a person's name ("Kepala Desa Sukarame Dedi Kurnia", "Pasar Tradisional Ahmad
    Sanusi"): it goes, with the word after it (the place's own name) when three words follow."""
    cut = leading_place(words)
    if cut and len(words) - cut >= 2:
        return words[cut:]
    if len(words) >= 3 and words[0].lower() in place_words():
        return words[2:] if len(words) >= 4 else words[1:]
    if after_region_role and len(words) >= 3:
        return words[1:]
    return words


@functools.lru_cache(maxsize=1 << 14)
def lowered(form: str) -> tuple[str, ...]:
    """The words of a name form, lower-cased (every mention of an article reads the same forms again)."""
    return tuple(w.lower() for w in form.split())


def looks_org(name: str) -> bool:
    words = name.split()
    if any(w.lower().strip("()") in ORG_WORDS for w in words):
        return True
    if len(words) >= 2 and words[0].lower() in ORG_PREFIXES:
        return True  # "Perum Bulog", "Koperasi Tani Makmur": what follows the marker names an organisation
    return len(words) == 1 and bool(ACRONYM.match(words[0])) and len(words[0]) <= 6


def one_edit(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed ("Hermawam" / "Hermawan", "Dedy" / "Deddy")."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


# the old spelling of Indonesian names beside the new ("Soeharto" / "Suharto", "Djoko" / "Joko",
# "Tjahjo" / "Cahyo"): one person written both ways in one article
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "kh"), ("j", "y"))


def new_spelling(word: str) -> str:
    """The word lower-cased in the new spelling ("Tjahjo" -> "cahyo"; "Joko" -> "yoko" too: both
    sides of a comparison go through it)."""
    low = word.lower()
    for old, new in _OLD_SPELLING:
        low = low.replace(old, new)
    return low


def respelt(a: str, b: str) -> bool:
    """Two spellings of one name word: a letter off (`one_edit`), or the old and new spellings."""
    return a != b and (one_edit(a, b) or new_spelling(a) == new_spelling(b))


def age_in_brackets(words: Sequence[str]) -> bool:
    """The three words are an age in brackets: "(", a number, ")" ("Sutini (45)")."""
    return len(words) == 3 and words[0] == "(" and words[1].isdigit() and words[2] == ")"


def aged(an: Analysis, k: int) -> bool:
    """A capitalised word (not a function word) with an age (two digits at most) in brackets right after it."""
    toks = an.tokens
    w = toks[k].text
    return (w[:1].isupper() and w.isalpha() and w.lower() not in function_words() and k + 3 < len(toks)
            and age_in_brackets([t.text for t in toks[k + 1:k + 4]]) and len(toks[k + 2].text) <= 2)



def points_back(word: str) -> Optional[str]:
    """What a description opened by `word` and closed by a demonstrative points back to: "person"
    ("gelandang yang ... tersebut", "eks Ketua ... ini", "pria asal Garut itu"), "organization"
    ("Kantor berita asal Prancis itu", "perseroan ini"), or None (a word that says nothing of
    who: "warga yang melihat kejadian itu" is a witness, "data lembaga tersebut" no speaker)."""
    low = word.lower()
    if low in FORMER or low in PERSON_HEADS or is_title(word):
        return "person"
    if low in ORG_WORDS or low in INSTITUTIONS:
        return "organization"
    return None


def pointing_back(an: Analysis, words: Sequence[Token]) -> Optional[str]:
    """A description closed by a demonstrative points back to somebody already in the story
    (GUIDELINES.md names the one meant, so it is resolved as a pronoun is; the capitalised words
    inside only describe): a role ("Mantan Ketua DPRD Kota Jayapura ini"; "perempuan itu", with no
    role, may be somebody new), a person described ("pria asal Garut tersebut"), a noun that says
    who ("gelandang yang turun dalam 210 laga bersama Persija tersebut"). "pronoun" then; an
    institution described ("Kantor berita asal Prancis itu") is "unnamed" as written (the
    inventory ties it to the one named before); None for anything else."""
    lows = [w.text.lower() for w in words]
    if len(words) < 2 or lows[-1] not in DEMONSTRATIVES:
        return None
    named = any(w.ner == "PERSON" for w in words)
    if any(is_title(w.text) for w in words[:-1]) and not named:
        return "pronoun"
    if len(words) < 3:
        return None
    if lows[0] in PEOPLE_WORDS:
        return "pronoun"
    head = points_back(words[0].text)
    if head is None or named or is_cap(words[0]) and (not sentence_initial(an.text, words[0].start) or is_cap(words[1])):
        return None  # ("Kementerian Keuangan tersebut": a name closed by a demonstrative)
    return "pronoun" if head == "person" else "unnamed"


def employer_words(words: Sequence[str]) -> int:
    """How many words open a person's run that raw news hardly writes as a speaker's ("Real
    Madrid Carlo Ancelotti", "Manchester United Erik ten Hag": a club after the title, no gazetteer
    place), two words at least left; never a first name's prefix ("I Wayan", "Anak Agung", "Lalu")."""
    from .who_speaks import THING, speaker_words  # (who_speaks reads the tables; imported when asked)
    n = 0
    while n < len(words) - 2 and words[n].lower() not in name_prefixes() and speaker_words(words[n]) < THING:
        n += 1
    return n if n >= 2 else 0  # (one such word may be a first name: "Mari Elsa Pranoto", "Law Kin Fai")


# lower-case heads whose name after them is somebody else's: "sumber BBC" is a source at the BBC,
# "tim hukum Budi" Budi's lawyers (a team with a name of its own is capitalised: "Tim Gabungan ...")
_OTHERS = frozenset({"sumber", "tim"})
# the same in running text: "sumber BBC Indonesia" (not "tim": "pelatih tim nasional Indonesia, X"
# is a role, the team no speaker)
_OTHERS_RUN = re.compile(r"\bsumber(?:[ \t]+[A-Z][\w-]*(?:\.[\w-]+)*)+")


def others(text: str) -> list[tuple[int, int]]:
    """Where the article writes a lower-case "sumber" and the name it is somebody else's by
    (`someone_of`): the capitalised words there name no speaker of their own."""
    return [(m.start(), m.end()) for m in _OTHERS_RUN.finditer(text)] if "sumber" in text else []


def someone_of(words: Sequence[Token]) -> Optional[str]:
    """"unnamed" for a speaker phrase opened by a lower-case "sumber" ("sumber BBC Indonesia",
    "sumber Kompas di kepolisian") or "tim" and a lower-case word ("tim hukum Budi", "tim kuasa
    hukum Budi Santoso") before a capitalised one: GUIDELINES.md gives the phrase as written,
    unnamed, not the name inside it; None for anything else ("tim Persib" is the club's; a phrase
    read over a comma names somebody after it)."""
    head = words[0].text if len(words) >= 2 else ""
    if head not in _OTHERS or head == "tim" and not words[1].text.islower():
        return None
    if any(w.text == "," for w in words) or not any(w.text[:1].isupper() for w in words[1:]):
        return None
    return "unnamed"


# verbs of stance news gives a country as its government's ("Negara X membantah terlibat", "X
# mengancam akan membalas"), besides the verbs of saying
_STANCE = frozenset("membantah menampik mengancam menuding mengecam menuntut menyangkal mengutuk".split())


def says_next(an: Analysis, idx: Sequence[int]) -> bool:
    """The phrase of tokens `idx` opens a clause (after a sentence's end or a comma, not "Warga
    Iran") and the token after it (past adverbs: "telah", "juga") is a verb of saying or of
    stance: what the phrase names speaks ("Iran membantah terlibat", "Atas tuduhan itu, Iran telah
    mengancam AS bahwa ...")."""
    toks = an.tokens
    if not idx or idx[0] > 0 and not is_punct(toks[idx[0] - 1]):
        return False
    k = idx[-1] + 1
    while k < len(toks) and toks[k].text.lower() in ADVERBS:
        k += 1
    if k >= len(toks):
        return False
    low = toks[k].text.lower()
    return low in _STANCE or is_cue_word(low)


_BRACKETED = re.compile(r"\(([^()]*)\)")


@functools.lru_cache(maxsize=4)
def _bracketed(text: str) -> dict[str, list[int]]:
    """What stands in brackets (no bracket inside) -> where each of its brackets opens, in order:
    where text.find("(" + short + ")") finds a short form without brackets of its own."""
    out: dict[str, list[int]] = {}
    for m in _BRACKETED.finditer(text):
        out.setdefault(m.group(1), []).append(m.start())
    return out


@functools.lru_cache(maxsize=4)
def _spaced_brackets(text: str) -> tuple[bool, bool]:
    """Whether the text holds "( " and " )" anywhere (most texts neither: asked once per text, not
    twice over the whole text per short form)."""
    return "( " in text, " )" in text


def bracket_at(text: str, short: str, start: int = 0) -> int:
    """Where "(SHORT)" opens in `text` from `start`, a space inside allowed ("Kementerian Pertanian
    ( Kementan)", as a scraper writes it), or -1."""
    if "(" in short or ")" in short:
        i = text.find("(" + short + ")", start)
    else:  # (the text's brackets read once, not the whole text searched per short form)
        at = _bracketed(text).get(short, ())
        k = bisect.bisect_left(at, start)
        i = at[k] if k < len(at) else -1
    opened, closed = _spaced_brackets(text)
    if i >= 0 or ((not opened or "( " + short not in text) and (not closed or short + " )" not in text)):
        return i
    m = re.compile(r"\( ?" + re.escape(short) + r" ?\)").search(text, start)
    return m.start() if m else -1
