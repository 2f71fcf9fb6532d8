"""The other names a person goes by in one article, and the person a title stands for: a
bracketed short form ("Basuki Tjahaja Purnama (Ahok)"), a nickname given with "alias", in quotation
marks inside the name or with "akrab disapa", initials ("HNS"), the holder of a title ("ujar Kepala
Negara"), the last full name before a place. Methods of `index.NameIndex`, kept apart because
they answer a different question than its fullest-form search: who else is this."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple, Optional, Sequence

from ..lexicon.places import cannot_speak
from ..lexicon.words import NOT_NAME, ORG_WORDS, common_words, function_words, is_title, role_equivalents
from . import person_runs
from .name_words import ACRONYM, after_regional_role, bracket_at, drop_region, lowered, new_spelling, respelt, unglue
from .role_words import ranked_name_after

# (the test `inventory` reads, with the runs it was written for)
quoted = person_runs.quoted

_NOT_IN_NAMES = ",;:!?\"“”"


def before_bracket(text: str, short: str, words: str) -> Optional[re.Match]:
    """The first match of `words` right before "(SHORT)" in `text`, read only in the 600 characters before each
    "(SHORT)": searching the whole text with a pattern that can start at any capital cost a long
    article seconds per short form. `words` matches at most nine words, which fit in that window,
    and never a comma, a colon, a semicolon, a ! or ? or a quotation mark: the search starts after
    the last of those (a match cannot reach across one)."""
    # the words must end right before the bracket: one pattern per caller (re caches it), not one
    # compiled per short form
    rx = re.compile(words + r"\Z")
    i = bracket_at(text, short)
    while i >= 0:
        lo = max(0, i - 600)
        m = rx.search(text, max(lo, max(text.rfind(c, lo, i) for c in _NOT_IN_NAMES) + 1), i)
        if m:
            return m
        i = bracket_at(text, short, i + 1)
    return None


def _starts_of(text: str, part: str) -> list[int]:
    """Every place `part` starts in `text`, overlapping ones too."""
    out = []
    i = text.find(part)
    while i >= 0:
        out.append(i)
        i = text.find(part, i + 1)
    return out


# what stands right before a nickname (`nickname`), with its space; and a nickname's quotation marks
_NICK_KEYS = ("alias ", "atau ", "disapa ", "dipanggil ", "dikenal ", "isapa ", "apaan ", "ipanggil ", "akrab ",
              "akrabnya ")
_QUOTE_PAIRS = frozenset(("''", "‘’", '""', "“”"))


@functools.lru_cache(maxsize=4)
def _key_ends(text: str) -> tuple[dict[int, set[str]], bool]:
    """Where each of `_NICK_KEYS` ends in the text -> the keys ending there, and whether a "sapaan"
    stands after a comma or a bracket anywhere (found once per text)."""
    out: dict[int, set[str]] = {}
    for k in _NICK_KEYS:
        for i in _starts_of(text, k):
            out.setdefault(i + len(k), set()).add(k)
    return out, ", sapaan" in text or " (sapaan" in text


def once_per_text(method):
    """A method whose answer reads the article's text only, asked once per argument and article
    (kept in NameIndex._by_text, which adding forms does not clear)."""
    @functools.wraps(method)
    def once(self, arg: str):
        key = (method.__name__, arg)
        if key not in self._by_text:
            self._by_text[key] = method(self, arg)
        return self._by_text[key]

    return once


@functools.lru_cache(maxsize=4096)
def _holder_pattern(phrase: str) -> "re.Pattern":
    """A role phrase and the capitalised words after it (a bracketed short form may stand between:
    "Menteri Pariwisata (Menpar) Arief Yahya"); compiled once per phrase and process (compiling it
    per question was a tenth of the inventory's time)."""
    return re.compile(r"(?<!\w)(?i:" + r"[ \t]+".join(re.escape(w) for w in phrase.split())
                      + r")(?:[ \t]*\([^()\n]{1,20}\))?[ \t]+((?:[A-Z][\w'’-]*[ \t]*){1,4})")


def _blends(low: str, words: Sequence[str]) -> bool:
    """`low` is the starts of two or more consecutive `words`, in order: one letter or more of the
    first ("A" of Ahmad in "Aher"), two or more of the others."""
    def rest(k: int, at: int, used: int) -> bool:
        if at == len(low):
            return used >= 2
        if k == len(words):
            return False
        w = words[k]
        least = 1 if used == 0 else 2
        return any(low[at:at + n] == w[:n] and rest(k + 1, at + n, used + 1)
                   for n in range(min(len(w), len(low) - at), least - 1, -1))

    # (the word after the first gives two letters or more after the first letter: most forms fail there)
    return any(low[0] == words[k][0] and words[k + 1][:2] in low[1:] and rest(k, 0, 0) for k in range(len(words) - 1))


class FormWords(NamedTuple):
    """One name form of the article, read once for the questions asked of every short name."""

    form: str
    words: list[str]
    low: tuple[str, ...]  # the words in lower case
    firsts: frozenset  # the first letters of `low` but the last one's: where a blend can start
    ends: frozenset  # the first and the last letters of `low`: what a word's start or end keeps
    sounds: frozenset  # the first letters of the words in the new spelling: what a misspelling keeps


class FormTable(list):
    """The article's `FormWords`, with the forms of two words or more filed by what the questions of
    every short name test first (reading every form for every short name cost a tenth of the
    inventory): its blend letters, word sounds, word ends; and the words of every name form."""

    def index(self) -> None:
        self.by_first: dict[str, list[FormWords]] = {}  # `FormWords.firsts` -> the forms
        self.by_sound: dict[str, list[FormWords]] = {}  # `FormWords.sounds` -> the forms
        self.by_end: dict[str, list[FormWords]] = {}  # `FormWords.ends` -> the forms
        self.holders: dict[str, set[str]] = {}  # a lower-case word -> the lower-case forms holding it
        self.in_names: set[str] = set()  # the lower-case words of the forms with a space
        self.by_initials: dict[str, set[str]] = {}  # the initials of a form whose words are capitalised -> the forms
        for r in self:
            if all(x[:1].isupper() for x in r.words):
                self.by_initials.setdefault("".join(x[0] for x in r.words).upper(), set()).add(r.form)
            for w in r.low:
                self.holders.setdefault(w, set()).add(r.form.lower())
            if " " in r.form:
                self.in_names.update(r.low)
            if len(r.words) >= 2:
                for table, keys in ((self.by_first, r.firsts), (self.by_sound, r.sounds), (self.by_end, r.ends)):
                    for k in keys:
                        table.setdefault(k, []).append(r)


def _one_letter_off(a: str, b: str) -> bool:
    """The same first letter, and one letter changed, added or dropped ("Thafiq" / "Thafiz",
    "Tasrul" / "Thasrul"), or the old spelling of the other ("Poetro" / "Putro")."""
    if len(b) < 5 or abs(len(a) - len(b)) > 2:
        return False  # (asked for every word of every form: the cheap tests first)
    if _first_sound(a) != _first_sound(b):
        return False
    return respelt(a, b)


@functools.lru_cache(maxsize=1 << 14)  # asked for every word of every form whenever the forms change
def _first_sound(w: str) -> str:
    """The first letter of `w` in the new spelling ("Tjahjo" -> "c", "Oetomo" -> "u"): the first two
    letters carry every spelling change that can reach it."""
    return new_spelling(w[:2])[:1]


class Aliases:
    """Mixed into NameIndex: reads `self.text`, `self.forms`, `self._split` (`form_words`, None
    whenever a form is added), `self.name_like`, `self._alone`."""

    def form_words(self) -> "FormTable":
        if self._split is None:
            rows = FormTable()
            for f in self.forms:
                words, low = f.split(), lowered(f)
                rows.append(FormWords(f, words, low, frozenset(x[0] for x in low[:-1]),
                                      frozenset(x[0] for x in low) | frozenset(x[-1] for x in low),
                                      frozenset(_first_sound(w) for w in words)))
            rows.index()
            self._split = rows
        return self._split

    def near_name(self, word: str) -> Optional[str]:
        """The one longer name a short name no form holds is a misspelling or a cut of, if any."""
        if len(word) >= 5:
            # "Thafiq" in an article that introduced "Mohammad Ath Thafiz": one letter off a word of
            # exactly one longer name is a misspelling of it
            sound = _first_sound(word)
            near = {r.form for r in self.form_words().by_sound.get(sound, ())
                    if any(_one_letter_off(word, w) for w in r.words)}
            if len(near) == 1:
                return near.pop()
        if len(word) >= 4 and word.isalpha():
            # "Risma" for "Tri Rismaharini", "Adit" for "Aditama Saleh", "Imin" for "Muhaimin
            # Iskandar": a short name that is the start or the end of a word of exactly one longer
            # name, and no word of any name on its own
            w, table = word.lower(), self.form_words()
            near = {r.form for r in table.by_end.get(w[0], []) + table.by_end.get(w[-1], [])
                    if any((x.startswith(w) or x.endswith(w)) and len(y) > len(w) for x, y in zip(r.low, r.words))}
            # (a form that is the short name itself, "Adit" on its own, is no other name)
            if len(near) == 1 and not any(f != w for f in table.holders.get(w, ())):
                return near.pop()
        return None

    def last_person_before(self, pos: int, speaking: bool = False, unquoted: bool = False) -> Optional[str]:
        """The last name-like run (two capitalised name words or more) before `pos`, for a pronoun
        that has no quoted person to refer to; with `speaking`, only a run whose words news writes
        as a speaker's (`who_speaks.speaker_words`), and no place; with `unquoted`, none inside
        quotation marks, and a run that starts a name the article was read with first
        (`person_runs`: the article's runs read once)."""
        return person_runs.last_person_before(self, pos, speaking, unquoted)

    @once_per_text
    def alias(self, name: str) -> Optional[str]:
        """"Basuki Tjahaja Purnama (Ahok)", "Kementerian Pertanian (Kementan)": the name a short form
        stands for in brackets."""
        if bracket_at(self.text, name) < 0:
            return None  # the regex below needs it, and tries every capital of the text to find out
        m = before_bracket(self.text, name, r"((?:[A-Z][\w.'’-]*[ \t]+(?:dan[ \t]+|&[ \t]+|bin[ \t]+|binti[ \t]+)?){1,7})")
        if not m:
            return None
        words = m.group(1).split()
        cut = 0
        for k, w in enumerate(words[:-1]):
            lw = w.lower()
            if is_title(w) or lw in function_words() or lw in NOT_NAME or lw in ORG_WORDS or ACRONYM.match(w):
                cut = k + 1
        words = words[cut:]
        return " ".join(words) if len(words) >= 2 else None

    @once_per_text
    def nickname(self, name: str) -> Optional[str]:
        """"Muhammad Ramdansyah, ... Pria yang akrab disapa Dani ini ...": the person a nickname
        given with "disapa" / "sapaan akrabnya" belongs to (the one the text was about just before)."""
        text = self.text
        at = _starts_of(text, name)
        if not at:
            return None
        # the keys written right before the name, and whether it stands in quotation marks (read at
        # the name's places: a search of the whole text for each key and name cost a tenth of the
        # inventory)
        (ends, sapaan), keys, quoted = _key_ends(text), set(), False
        for i in at:
            keys.update(ends.get(i, ()))
            quoted = quoted or text[i - 1:i] + text[i + len(name):i + len(name) + 1] in _QUOTE_PAIRS
        if not (keys or quoted or sapaan):
            return None  # (no key, no quotation marks, no "sapaan": none of the readings below can hold)
        # (each pattern is tried only where the text holds its key: a regex per name over the whole
        # text made the inventory cost more than the rest of the rules path)
        m = re.search(r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})[ \t]+alias[ \t]+" + re.escape(name) + r"(?!\w)",
                      self.text) if "alias " in keys else None
        if m:
            return m.group(1)  # "Teuku Hasan alias Ampon"
        m = re.search(r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})[ \t]+atau(?:[ \t]+yang(?:[ \t]+(?:akrab|biasa))?"
                      r"[ \t]+(?:disapa|dipanggil|dikenal))?[ \t]+" + re.escape(name) + r"(?![\w-])",
                      self.text) if "atau " in keys or "atau yang" in self.text and keys & {
                          "disapa ", "dipanggil ", "dikenal "} else None
        if m:
            # "Joko Widodo atau Jokowi", "Gubernur Jawa Barat Dedi Mulyadi atau yang akrab disapa KDM"
            words = drop_region(m.group(1).split(), after_regional_role(self.text, m.start(1)))
            words = [w for w in words if not is_title(w)]
            if len(words) >= 2 and all(self.name_like(w, False) for w in words):
                return " ".join(words)
        m = re.search(r"([A-Z][\w'’-]*)[ \t]+['‘\"“]" + re.escape(name) + r"['’\"”][ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})",
                      self.text) if quoted else None
        if m:
            return f"{m.group(1)} {m.group(2)}"  # "Munir 'Ucok' Harahap"
        after = (text[i + len(name):i + len(name) + 9] for i in at)
        m = re.search(re.escape(name) + r"(?!\w)[ \t]*[,(][ \t]*sapaan[ \t]+akrab(?:nya)?(?!\w)"
                      r"(?:[ \t]+((?:[A-Z][\w'’-]*[ \t]*){2,4}))?",
                      text) if sapaan and any(a.startswith((", sapaan", " (sapaan")) for a in after) else None
        if m:
            # "Menurut Ani, sapaan akrabnya, ...", "KDM, sapaan akrab Dedi Mulyadi, ...": the name
            # before is the nickname, of the person named after it or the one just before
            words = (m.group(1) or "").split()
            if len(words) >= 2 and all(self.name_like(w, False) for w in words):
                return " ".join(words)
            full = self.last_person_before(m.start(), speaking=True, unquoted=True)
            return full if full and name not in full.split() else None
        if not keys & {"isapa ", "apaan ", "ipanggil ", "akrab ", "akrabnya "}:
            return None
        m = re.search(r"(?:[Dd]isapa|[Dd]ipanggil|[Ss]apaan(?:[ \t]+akrab(?:nya)?)?)[ \t]+" + re.escape(name) + r"(?!\w)",
                      self.text)
        if not m:
            return None
        # the nickname belongs to the person the passage is about: the last full name before it
        # that news writes as a speaker ("Geopark Ciletuh" is no one's name); one made of the
        # person's name ("Aher") is read before this (`blend_of`)
        full = self.last_person_before(m.start(), speaking=True, unquoted=True)
        return full if full and name not in full.split() else None

    def holder_of(self, role: str, pos: int) -> Optional[str]:
        """The person the article names with `role` before `pos` ("Presiden Prabowo Subianto ...
        ujar Kepala Negara"): a mention made only of role words stands for that person."""
        low = " ".join(role.lower().split())
        phrases = {low, role_equivalents().get(low, low)}
        best = None
        for ph in phrases:
            # the passage before (20,000 characters, as for salience): a scan from the start for
            # every title made long articles cost their length times their titles
            for m in _holder_pattern(ph).finditer(self.text, max(0, pos - 20_000), pos):
                words = []
                found = m.group(1).split()
                # "Sekretaris Daerah Kota Cirebon Iwan Daryana": the title's field or seat before the name
                lead = 0
                while lead < len(found) - 2 and (not self.name_like(found[lead], False) or cannot_speak(found[lead])
                                                 or found[lead].lower() in common_words()):
                    lead += 1
                for w in found[lead:]:
                    if not self.name_like(w, False) or not words and w.lower() in common_words():
                        break  # ("Menteri Pariwisata Rudi": the field's word opens no name)
                    words.append(w)
                # "Kapolsek Bukit Lestari, Kompol Hendra Simatupang": the seat, then the ranked name
                words = (ranked_name_after(self.text, m.start(1) + len(m.group(1).rstrip())) or "").split() or words
                if len(words) >= 2:
                    # several presidents in one article ("era Presiden Joko Widodo"): the one the
                    # article talks about most
                    score = (self._alone(words[0]) + self._alone(words[-1]), m.start())
                    if best is None or score > best[0]:
                        best = (score, " ".join(words))
        return best[1] if best else None

    def blend_of(self, word: str) -> Optional[str]:
        """"Aher" for "Ahmad Hermawan", "Zulhas" for "Zulkifli Hasan": a nickname made of the first
        letters of consecutive words of exactly one person's name of the article (`_blends`), no
        word of a name itself."""
        low = word.lower()
        forms = self.form_words()
        if len(low) < 4 or not low.isalpha() or low in forms.in_names:
            return None
        found = {r.form for r in forms.by_first.get(low[0], ()) if _blends(low, r.low)}
        return found.pop() if len(found) == 1 else None

    def initials_of(self, word: str) -> Optional[str]:
        """"HNS" for "Hendra Nur Salam": a capital acronym of three letters or more that spells the
        initials of exactly one person's name of the article."""
        if not (3 <= len(word) <= 5 and word.isalpha() and word.isupper()):
            return None
        found = self.form_words().by_initials.get(word, ())  # (one letter per word: as many words as letters)
        return next(iter(found)) if len(found) == 1 else None

    @once_per_text
    def person_behind(self, acronym: str) -> Optional[str]:
        """"Wakil Ketua MPR RI Hendra Nur Salam (HNS)": a person called by the initials of their
        name, defined in brackets after it (scraper glue allowed: "RIHendra Nur Salam(HNS)")."""
        if not ACRONYM.match(acronym) or not acronym.isupper() or len(acronym) > 5 \
                or bracket_at(self.text, acronym) < 0:  # (what the regex needs; it reads every capital)
            return None
        m = before_bracket(self.text, acronym, r"((?:[A-Z][\w.'’-]*[ \t]+){0,8}[A-Z][\w.'’-]*)[ \t]*")
        if not m:
            return None
        words = unglue(m.group(1)).split()
        n = len(acronym)
        if len(words) < n:
            return None
        tail = words[-n:]
        if "".join(w[0] for w in tail) != acronym or not all(self.name_like(w, False) for w in tail):
            return None
        return " ".join(tail)
