"""The names of one article: for a short name ("Anas") the fullest form of it the article writes
("Abdullah Azwar Anas"). The word tests live in `name_words`."""
from __future__ import annotations

import re
from typing import Optional

import attrs

from ..lexicon.places import place_level
from ..lexicon.words import (
    AND_WORDS,
    NAME_SUFFIXES,
    NOT_NAME,
    ORG_PREFIXES,
    ORG_WORDS,
    common_words,
    function_words,
    is_title,
    title_at,
    name_prefixes,
)
from ..nlp.analysis import Analysis
from ..text.wordindex import token_matches, word_index
from .aliases import Aliases, once_per_text, before_bracket
from .name_words import (
    ACRONYM,
    INITIAL_GLUE,
    after_regional_role,
    bracket_at,
    capital_before,
    clean_person,
    drop_region,
    employer_words,
    looks_org,
    lowered,
    name_word,
    sentence_initial,
)
from .roles import after_honorific, after_rank
from .run_reach import find_words as _find, may_extend
from .leading_org import behind_venue, strip_leading_org
from .short_forms import capitals_after, company_name, full_name, initials_name
from .who_speaks import THING, common_noun, speaker_words

# the capitalised words right after a short form's closing bracket (its seat, when a place)
_SEAT = re.compile(r"[ \t]+((?:Kabupaten|Kota|Provinsi|Kab\.)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)")
# compiled once: `_runs_with` reads them at every occurrence of every name
_CAPITALS = re.compile(r"[A-Z]{1,2}")
# the capitalised word after a position, an initial with its dot when a name follows it
_NEXT_WORD = re.compile(r"[ \t]+([A-Z]\.(?=[ \t]+[A-Z][a-z])|[A-Z][\w'’-]*)")


def _word_before(text: str, pos: int, width: int) -> str:
    """The last whitespace-separated word of the `width` characters before `pos`, "" for none."""
    before = text[max(0, pos - width):pos].split()
    return before[-1] if before else ""


def _start_in_run(text: str, word: str, run_start: int) -> int:
    """Where `word`, a word of the run of names from `run_start`, stands (searched from the run's start)."""
    m = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)").search(text, run_start)
    return m.start() if m else run_start


def _step_back(text: str, pos: int) -> Optional[tuple[str, int, int, bool]]:
    """`capital_before` at `pos` and whether its word opens a sentence, None for no word."""
    found = capital_before(text, pos)
    return None if found is None else found + (sentence_initial(text, found[1]),)


def _after_and(text: str, pos: int) -> bool:
    return _word_before(text, pos, 8).lower() in AND_WORDS


def _title_before(text: str, pos: int) -> bool:
    """The word before `pos` is a title ("Menteri" before "Pariwisata")."""
    word = _word_before(text, pos, 30)
    return bool(word) and is_title(word)


# ---------------------------------------------------------------- canonical names

_TRAILING_SHORT = re.compile(r"[ \t]*\([^()]{1,15}\)?[ \t]*$")


@attrs.define
class NameIndex(Aliases):
    """Every name form in one article; `canonical` picks the fullest form of a short one."""

    text: str
    forms: list[str] = attrs.field(factory=list)
    lower_vocab: frozenset = frozenset()
    midcaps: Optional[frozenset] = None
    # canonical() reads the whole text for every call; one article asks for the same names often
    _cache: dict = attrs.field(factory=dict, init=False, repr=False)
    _titled: dict = attrs.field(factory=dict, init=False, repr=False)  # _after_title per form (text only)
    _preceded: dict = attrs.field(factory=dict, init=False, repr=False)  # _stands_after per (test, form) (text only)
    _by_text: dict = attrs.field(factory=dict, init=False, repr=False)  # aliases' answers (text only)
    # lower-case word -> the forms holding it, in the order of `forms` (built when asked, dropped by add)
    _forms_with: Optional[dict] = attrs.field(default=None, init=False, repr=False)
    _split: Optional[list] = attrs.field(default=None, init=False, repr=False)  # form_words (dropped by add)
    _like: dict = attrs.field(factory=dict, init=False, repr=False)  # name_like's answers (the vocabularies are fixed)
    _tails: dict = attrs.field(factory=dict, init=False, repr=False)  # _run_tail per (start, words) (text only)
    _steps: dict = attrs.field(factory=dict, init=False, repr=False)  # _step_back per position (text only)

    @classmethod
    def build(cls, an: Analysis, search_text: Optional[str] = None) -> "NameIndex":
        idx = cls(search_text if search_text is not None else an.text, [], an.lower, an.midcaps)
        # entity spans from the model
        k = 0
        n = len(an.tokens)
        while k < n:
            if an.tokens[k].ner != "PERSON":
                k += 1
                continue
            j = k
            while j + 1 < n and an.tokens[j + 1].ner == "PERSON" and an.tokens[j + 1].sent == an.tokens[k].sent:
                j += 1
            span = clean_person(an, k, j)
            if span is not None:
                idx.add(an.text[an.tokens[span[0]].start:an.tokens[span[1]].end])
            k = j + 1
        return idx

    def add(self, name: str) -> None:
        split = name.split()
        words = [w for k, w in enumerate(split) if not title_at(split, k)]
        if words:
            form = " ".join(words)
            if form not in self.forms:
                self.forms.append(form)
                self._cache.clear()
                self._forms_with = self._split = None

    @once_per_text  # a text-only answer (forms added later do not change it), asked per mention
    def _runs_with(self, word: str) -> list[str]:
        """Capitalised runs around each occurrence of `word` in the text ("... Abdullah Azwar Anas")."""
        text, name_like, common, tails, steps = self.text, self.name_like, common_words(), self._tails, self._steps
        out = []
        for m_start, m_end in word_index(text).occurrences(word):
            words = [word]
            pos = m_end
            for _ in range(3):
                if text[pos:pos + 1] not in (" ", "\t"):
                    break  # (_NEXT_WORD opens with a space: most names end at a comma or a full stop)
                # an initial with its dot counts when a name follows it ("Rudi P. Wibowo")
                mm = _NEXT_WORD.match(text, pos, pos + 40)  # (no look-behind: the window need not be cut out)
                if not mm:
                    break
                w = mm.group(1)
                if not (w.endswith(".") or name_like(w, False)):
                    break
                words.append(w)
                pos = mm.end()
            pos = m_start
            if text[m_start - 1:m_start] == "-":
                out.append(" ".join(words))  # "Ridwan Kamil-Uu Ruzhanul": a pair's second name starts here
                continue
            initials = None  # "Yohanis WA Manuputty": capitals kept only if a name stands before
            for _ in range(4):
                step = steps[pos] if pos in steps else steps.setdefault(pos, _step_back(text, pos))
                if step is None:
                    break
                w, at, back, initial = step
                if w.lower() in common and (_after_and(text, at) or _title_before(text, at)):
                    # "... Riset, dan Teknologi Nadiem Makarim": the last field of a role's list;
                    break  # "Kepala Sekolah Budi Santoso": a title's lower-case word is no name word
                # "KOMPAS.com – Lionel Messi": a first name is often written only once, at the start
                # of the lead; right before the name itself the lower-case vocabulary is evidence enough
                lenient = initial and len(words) == 1 and self.midcaps is not None and words[0] in self.midcaps
                if not (name_like(w, initial) or lenient and name_like(w, True, midcaps=False)):
                    if initials is None and _CAPITALS.fullmatch(w) and len(words) == 1:
                        initials = (w, pos)
                        pos = back
                        continue
                    break
                if initials:  # () once the initials are placed: a later name word must not place them again
                    words.insert(0, initials[0])
                    initials = ()
                words.insert(0, w)
                pos = back
            if initials:
                pos = initials[1]  # no name before the capitals: they were not initials
            key = (pos, tuple(words))  # (the same run is met from each of its words: read once)
            tail = tails[key] if key in tails else tails.setdefault(key, self._run_tail(pos, words))
            if tail is not None:
                out.append(tail)
        return out

    def _run_tail(self, pos: int, words: list[str]) -> Optional[str]:
        """The run of `words` that starts at `pos` as a name form, None for none (`_runs_with`)."""
        text = self.text
        before = _word_before(text, pos, 40).lower()
        if before in ("the", "a", "an"):
            return None  # "The Messi Store": a brand or a title, not a name
        if before in ORG_PREFIXES and len(words) > 2:
            words = words[1:]
        if len(words) >= 3:  # (drop_region and strip_leading_org leave two words or fewer as they are)
            words = strip_leading_org(text, drop_region(words, after_regional_role(text, pos)))
        if len(words) >= 3 and common_noun(words[0]) and _title_before(text, _start_in_run(text, words[0], pos)):
            words = words[1:]  # "Menteri Pariwisata Budi Santoso": a title's field, capitalised, is no name word
        return " ".join(words)

    def name_like(self, w: str, initial: bool, midcaps: bool = True) -> bool:
        key = (w, initial, midcaps)  # asked again at every occurrence of the words around a name
        if key not in self._like:
            lw = w.lower()
            self._like[key] = lw not in function_words() and not (
                is_title(w) or lw in ORG_WORDS or lw in NOT_NAME
                or not name_word(w, self.lower_vocab, initial, self.midcaps if midcaps else None) or ACRONYM.match(w))
        return self._like[key]

    def strip_leading_org(self, words: list[str]) -> list[str]:
        return strip_leading_org(self.text, words)

    def _employer_word(self, w: str, nxt: str) -> bool:
        """An organisation or place word before a name; an acronym only where the article also writes it
        without that name after it ("ekonomi AS" beside "AS Jerome Powell"; "BJ Habibie": never alone)."""
        if w.lower().strip("()") in ORG_WORDS or place_level(w) is not None:
            return True
        return bool(ACRONYM.match(w)) and len(w) <= 6 and self._alone(w) > word_index(self.text).count([w, nxt])

    def first_word_of(self, word: str, pos: int) -> Optional[str]:
        """"ujar Lalu." where the article names "Lalu Hadi Pranata": a capitalised word that is also
        a word ("lalu", "then"), written inside a sentence, is the first name of the one person
        name of two words or more that opens with it; None at a sentence start ("Lalu, ia ...")
        or where several do."""
        if sentence_initial(self.text, pos):
            return None
        found = {f for f in self._holding(word.lower()) if f.split()[0] == word and " " in f}
        return self.canonical(found.pop()) if len(found) == 1 else None

    def _alone(self, w: str) -> int:
        return word_index(self.text).count([w])

    def canonical(self, mention: str, kind: str = "person") -> str:
        key = (mention, kind)
        if key not in self._cache:
            # "M.Ridwan Kamil" is "M. Ridwan Kamil": an initial's dot glued to the next word
            full = self._canonical(mention, kind)
            full = INITIAL_GLUE.sub(r"\1. ", full) if "." in full else full  # (most names: no dot, no bracket)
            # "Asosiasi Boneka Indonesia (ABI)": the short form in brackets is an alias, not the name
            bare = _TRAILING_SHORT.sub("", full) if "(" in full else full
            self._cache[key] = bare if bare.strip() else full
        return self._cache[key]

    def _canonical(self, mention: str, kind: str) -> str:
        if mention.startswith("@"):
            return mention  # an account's handle is its whole name
        split = mention.split()
        words = [w for k, w in enumerate(split) if not title_at(split, k)]
        if not words:
            return mention
        if kind != "organization":
            words = behind_venue(self.text, words) or words
        if len(words) == 1 and kind != "organization":
            full = self.alias(words[0]) or self.blend_of(words[0]) or self.nickname(words[0]) \
                or self.person_behind(words[0]) or self.initials_of(words[0])
            if full:
                return full
        if kind == "organization":
            return self._canonical_org(" ".join(words))
        target = tuple(w.lower() for w in words)
        best = " ".join(words)
        best_score = (len(words), True)
        # only the forms that hold the last word can hold the whole short name (reading every form for
        # every mention made a long article cost its names squared); their order is kept
        cands = list(self._holding(target[-1]))
        if len(target) == 1 or may_extend(self.text, target, (words[-1], words[0])):  # (run_reach: why)
            for w in words[-1:] + words[:1]:
                cands += self._runs_with(w)
        # a form met again (the same run around every occurrence of a name) scores the same: read once
        for form in dict.fromkeys(cands):
            low = lowered(form)
            if len(low) < best_score[0] or len(low) == best_score[0] and best_score[1]:
                continue  # cut or not, the form cannot score higher than the best (its words only go)
            k = _find(low, target)
            if k is None:
                continue
            fw = form.split()
            cut = 0  # the words dropped from the front of `fw`
            trailing = [w for w in fw[k + len(target):] if w.lower().rstrip(".") not in NAME_SUFFIXES]
            if k > 0 and trailing:
                # the short name is a first name inside a longer run: several words before it are an
                # organisation ("Arunika Saran Mandiri Hans Liem" for "Hans"), unless they are name
                # prefixes; one word is a first name ("Yulianti Putri Siregar", called "Putri")
                keep = k
                while keep > 0 and fw[keep - 1].lower() in name_prefixes():
                    keep -= 1
                if self._stands_after(after_honorific, form):
                    keep = 0  # "dr Tri Edhi Budhi Santoso" for "Budhi": after an honorific come names
                if keep > 1 or (keep == 1 and (looks_org(fw[0]) or self._after_title(form, fw[0]))):
                    fw = fw[keep:]
                    k -= keep
                    cut = keep
            # an employer or a country written right before the name is no part of it ("Ketua The
            # Fed AS Jerome Powell", "Dirjen Tanaman Pangan Kementan Sumarno")
            head = 0
            while head < k and self._employer_word(fw[head], fw[head + 1]):
                head += 1
            head = max(head, min(k, employer_words(fw)))  # "Real Madrid Carlo Ancelotti": a club's words
            if head and self._stands_after(after_rank, " ".join(fw)):
                head = 0  # "Kolonel Turki al-Rasyid": after a rank comes a name, never an employer
            fw = fw[head:]
            # longer wins; at equal length a form that ends with the short name ("Lionel Messi" for
            # "Messi") beats one that runs on past it ("Messi Store")
            ends = _find(low[cut + head:], target) == len(fw) - len(target)
            if ends and len(target) == 1 and (alone := behind_venue(self.text, fw)) is not None:
                fw = alone  # "Hotel Mawar Indah Yanto" is "Yanto" where the hotel stands alone too
            score = (len(fw), ends)
            if score > best_score:
                best, best_score = " ".join(fw), score
        if best_score == (1, True):
            return self.near_name(words[0]) or best  # a misspelling or a cut of one longer name (aliases)
        return best

    def _holding(self, word: str) -> list[str]:
        if self._forms_with is None:
            index: dict[str, list[str]] = {}
            for f in self.forms:
                for w in dict.fromkeys(x.lower() for x in f.split()):
                    index.setdefault(w, []).append(f)
            self._forms_with = index
        return self._forms_with.get(word, [])

    def _after_title(self, form: str, first: str) -> bool:
        """"Ekonom Indef Dhika Pramudya": a run right after a role starts with the employer. A run
        a few capitalised words after the role ("Ketua Koperasi Tani Makmur Sardi Wiranata") does
        too when its first word is one raw news hardly ever writes as a speaker's ("Makmur"); a
        rarer word there is a first name ("Ketua DPP Partai Maju Sufyan Darmo Ahmad"). A run
        that still holds more of the employer ("Arunika Saran Mandiri Hans Liem") loses more than
        one word in `_canonical`."""
        if form not in self._titled:  # asked per candidate form: the search reads the whole text
            self._titled[form] = (self._find_after_title(form, 0), self._find_after_title(form, 4))
        right_after, near = self._titled[form]
        return right_after or (near and speaker_words(first) < THING)

    def _stands_after(self, test, form: str) -> bool:
        """The run stands somewhere right after what `test` (roles.after_honorific: "dr Tri Edhi
        Budhi Santoso"; roles.after_rank: "Kolonel Turki al-Rasyid") finds before a position."""
        key = (test, form)
        if key not in self._preceded:
            self._preceded[key] = any(test(self.text, a) for a, _ in word_index(self.text).phrase(form.split()))
        return self._preceded[key]

    def _find_after_title(self, form: str, between: int) -> bool:
        """A title stands before the run, with at most `between` capitalised words between them."""
        if form not in self.text:
            return False  # (the regex below tries every position of the text before failing)
        rest = r"(?:[ \t]+[A-Z][\w'’.&-]*){0,%d}[ \t]+" % between + re.escape(form) + r"(?!\w)"
        for m in token_matches(rest, self.text):  # re.finditer(r"(\S+)" + rest), linear on long runs
            word = m.group(1)
            if is_title(word) and not word.endswith(","):  # not "Ketua tim peneliti, Lestari ..."
                return True
        return False

    def _canonical_org(self, name: str) -> str:
        # "Otoritas" -> "Otoritas Jasa Keuangan"; an acronym or a short form ("Dinkes") -> the
        # words before "(SHORT)"
        if " " not in name and (ACRONYM.match(name) or bracket_at(self.text, name) >= 0):
            # "PT Bank Negara Indonesia (Persero) Tbk (BNI)": a bracketed word inside the name
            m = before_bracket(self.text, name, r"((?:(?:[A-Z][\w-]*|\([A-Z][\w-]*\))\s+(?:dan\s+|&\s+)?){1,8})")
            if m:
                words = m.group(1).split()
                # "Ketua Asosiasi Boneka (ABI)": not "Asosiasi"; "Menurut Dinas Pertanian (Distan)": no "Menurut"
                while words and (is_title(words[0]) and words[0].lower() not in ORG_WORDS
                                 or words[0].lower() in function_words()):
                    words.pop(0)
                if not words:
                    return name
                # "Dinas Kesehatan (Dinkes) Kabupaten Cirebon": the seat written after the short form
                seat = _SEAT.match(self.text, m.end() + len(name) + 2)
                if seat and place_level(seat.group(1)) is not None:
                    words += seat.group(1).split()
                return " ".join(words)
            return initials_name(self.text, name) or name  # "KAI" of "PT Kereta Api Indonesia"
        short = full_name(self.text, name) or company_name(self.text, name)  # "Kemenkes", "Pemkot Bandung"
        if short:  # (a syllabic short form; "Nusa Makmur" of "PT Bank Nusa Makmur Tbk")
            return short
        if " " in name.strip():
            return name  # only a one-word name is extended
        m = capitals_after(self.text, name)
        if m:
            ext = name + m.group(1)
            words = ext.split()
            keep = [words[0]]
            for w in words[1:]:
                if w.lower() in self.lower_vocab or w.lower() in NOT_NAME and len(keep) > 2:
                    break
                keep.append(w)
            return " ".join(keep)
        return name
