"""Entries of the inventory that are one another under other readings, merged, and person
entries the article writes as an organisation, retyped: the steps `inventory._group` takes on
its entries once every mention is filed (moved out of `inventory`). Each works on `_group`'s
slots: lower-case name -> [name, type, {(start, end): Form}, roles]."""
from __future__ import annotations

import functools
import re

from ..lexicon.places import is_place
from ..lexicon.words import ORG_WORDS, common_words, is_title
from .entries import Form
from .name_words import new_spelling, respelt
from .outlets import cited, employer, with_article
from .role_words import corps
from .roles import after_honorific, role_of
from .who_speaks import speaker_words

# a single word news writes as a speaker's name this much (who_speaks.speaker_words: "Budi" 0.89,
# a word never counted 0.61, clubs and agencies under 0.2) is a person, whatever tagged it
PERSON_WORD = 0.7


def organisations(text: str, by_key: dict, order: list) -> None:
    """Person entries with no role that the article writes as an organisation: a news outlet it
    cites ("dilansir Bloomberg", the name then with its "The"), an employer between a title and a
    person's full name ("CEO Arkadata Rajiv Menon"). A word raw news writes as a speaker's name
    (`speaker_words` at least PERSON_WORD: "Budi") stays a person."""
    people = [by_key[k][0] for k in order if by_key[k][1] == "person"]
    for key in order:
        slot = by_key[key]
        if slot[1] != "person" or slot[3] or speaker_words(slot[0]) >= PERSON_WORD:
            continue
        n = len(slot[0].split())
        if any(cited(text, a, n) for a, _ in slot[2]):
            slot[1] = "organization"
            spans = [(with_article(text, a), b) for a, b in slot[2]]
            if spans != list(slot[2]):
                slot[0] = "The " + slot[0]
                slot[2] = {(a, b): Form(text[a:b], a, b) for a, b in spans}
        elif n == 1 and employer(text, slot[0], people):
            slot[1] = "organization"


def merge_employers(text: str, by_key: dict, order: list) -> None:
    """"Koperasi Tani Makmur Sardi Wiranata" and "Sardi Wiranata": a person's name with words in
    front that are an employer (organisation or common words, or words of their role) is the
    shorter name; its forms join that entry. A one-word name takes only places and organisation
    words in front ("Kabupaten Garut Sarmin" read as "Garut Sarmin" beside "Sarmin"): a
    first name before a surname is no employer."""
    people = [k for k in order if by_key[k][1] == "person"]
    for long in [k for k in people if len(by_key[k][0].split()) >= 2]:
        lname = by_key[long][0]
        for short in people:
            if short not in by_key:
                continue  # merged already
            sname = by_key[short][0]
            if short == long or not lname.endswith(" " + sname):
                continue
            extra = lname[: -len(sname)].split()
            if any(after_honorific(text, a) for a, _ in by_key[long][2]):
                continue  # "Dr dr Tri Edhi Budhi Santoso": an honorific stands before a name, not an employer
            if " " not in sname:
                if not all(is_place(w) or w.lower() in ORG_WORDS for w in extra):
                    continue
            else:
                # the roles either reading gave ("Ketua Koperasi Tani Makmur" read around "Sardi")
                found = role_of(text, [sname])
                roles = " ".join(by_key[long][3] + by_key[short][3] + ([found.text] if found else [])).lower().split()
                # ("Czi Bambang Setyo Wibowo" after "Kolonel": the corps after a rank is no name word)
                if not all(w.lower() in common_words() or w.lower() in ORG_WORDS or w.lower() in roles or is_title(w)
                           or corps(w) for w in extra):
                    continue
            forms = {}
            for (a, b), f in by_key[long][2].items():  # the form is the name, without the employer
                cut = b - len(sname) if f.text.endswith(sname) else a
                forms[(cut, b)] = Form(text[cut:b], cut, b)
            _absorb(by_key, order, short, long, forms)
            break


def merge_variants(by_key: dict, order: list) -> None:
    """"Dedi Kusnadhi" and, later, "Dedi Kusnadi": two person names with the same words but
    one, and that one a letter off (a long word, not "Adi" / "Ade"), are one person misspelt. The
    form written more often is the name; at a tie, the first."""
    people = [k for k in order if by_key[k][1] == "person" and len(by_key[k][0].split()) >= 2]
    split = {k: k.split() for k in people}  # (split once: every pair is compared)
    for n, first in enumerate(people):
        if first not in by_key:
            continue
        a = split[first]
        for later in people[n + 1:]:
            b = split[later]
            if later not in by_key or len(a) != len(b):
                continue
            differ = [(x, y) for x, y in zip(a, b) if x != y]
            if len(differ) == 1 and min(len(differ[0][0]), len(differ[0][1])) >= 5 and respelt(*differ[0]):
                if _written(by_key[later]) > _written(by_key[first]):
                    by_key[first][0] = by_key[later][0]
                _absorb(by_key, order, first, later, by_key[later][2])


def merge_short_variants(by_key: dict, order: list) -> None:
    """"Ery" beside "Eri Cahyadi", "Dedy" beside "Deddy Mizwar": a one-word person name no full
    name holds, spelt as the first or last word of exactly one full name is but for a doubled
    letter, "y" for "i", the old spelling, or (a word of five letters or more) one letter, is that
    person's short name written another way."""
    fulls = [k for k in order if by_key[k][1] == "person" and " " in by_key[k][0]]
    words = {k: by_key[k][0].split() for k in fulls}
    for short in [k for k in order if by_key[k][1] == "person" and " " not in by_key[k][0]]:
        w = by_key[short][0]
        if len(w) < 3 or any(w in words[k] for k in fulls):
            continue
        like = [k for k in fulls if any(_variant(w, x) for x in (words[k][0], words[k][-1]))]
        if len(like) == 1:
            _absorb(by_key, order, like[0], short, by_key[short][2])


def merge_org_short_names(by_key: dict, order: list) -> None:
    """"Gerindra" beside "Partai Gerindra", "Fitch" beside "Fitch Ratings": a one-word entry with no
    role that one organisation's name holds beside nothing but organisation words ("Partai",
    "Ratings") is that organisation called short, whatever the word alone was read as."""
    orgs = [k for k in order if by_key[k][1] == "organization" and " " in by_key[k][0]]
    for short in [k for k in order if by_key[k][1] in ("person", "unnamed", "other") and " " not in by_key[k][0]
                  and not by_key[k][3]]:
        w = by_key[short][0]
        like = [k for k in orgs if k in by_key and _org_around(by_key[k][0].split(), w)]
        if len(like) == 1:
            _absorb(by_key, order, like[0], short, by_key[short][2])


def _org_around(words: list[str], w: str) -> bool:
    """Is `w` the one word of an organisation's name `words` that is no organisation word?"""
    if words.count(w) != 1:
        return False
    return all(x.lower() in ORG_WORDS for x in words if x != w)


def merge_shorter_forms(by_key: dict, order: list) -> None:
    """"Rahmat Siregar" beside "Rahmat Hidayat Siregar": a person's name of two words or more
    whose words are, in order, the first, the last and some middle words of exactly one longer
    person name is that person written shorter; GUIDELINES names them by the fullest form."""
    people = [k for k in order if by_key[k][1] == "person" and " " in by_key[k][0]]
    words = {k: by_key[k][0].split() for k in people}
    for short in sorted(people, key=lambda k: len(words[k])):
        if short not in by_key:
            continue
        s = words[short]
        longer = [k for k in people if k in by_key and len(words[k]) > len(s) and words[k][0] == s[0]
                  and words[k][-1] == s[-1] and _in_order(s[1:-1], words[k][1:-1])]
        if len(longer) == 1:
            _absorb(by_key, order, longer[0], short, by_key[short][2])


def _in_order(few: list, many: list) -> bool:
    it = iter(many)
    return all(w in it for w in few)


_DOUBLED = re.compile(r"(.)\1")


@functools.lru_cache(maxsize=65536)  # pure; asked of the same words article after article
def _variant(a: str, b: str) -> bool:
    """Two spellings of one name word written in one article (see `merge_short_variants`)."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 3:
        return False  # (no spelling below moves a word's length by more)
    if a.replace("y", "i").lower() == b.replace("y", "i").lower() or new_spelling(a) == new_spelling(b):
        return True
    if _DOUBLED.sub(r"\1", a.lower()) == _DOUBLED.sub(r"\1", b.lower()):  # "Deddy" -> "Dedy"
        return True
    return min(len(a), len(b)) >= 5 and respelt(a, b)


def _absorb(by_key: dict, order: list, keep: str, gone: str, forms: dict) -> None:
    """Entry `gone` is entry `keep` under another reading: its `forms` ((start, end) -> Form) and
    roles join `keep`, and it is no entry of its own."""
    for span, f in forms.items():
        by_key[keep][2].setdefault(span, f)
    by_key[keep][3].extend(by_key[gone][3])
    order.remove(gone)
    del by_key[gone]


def _written(slot: list) -> int:
    """How often an entry's name is written in full."""
    return sum(f.text == slot[0] for f in slot[2].values())
