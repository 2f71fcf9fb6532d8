"""Words in front of a name that name its employer: "Harbor Lane Adelina Santara" is
"Adelina Santara" when the article also writes "pihak Harbor Lane" elsewhere. Read from the
article's own word counts (`text.wordindex`), never a list of organisations."""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon.places import lone_place_word
from ..lexicon.words import ORG_WORDS, cue_for, name_prefixes
from ..text.wordindex import word_index
from .roles import honorific

_INITIALS = re.compile(r"[A-Z]{1,2}\.?")


def strip_leading_org(text: str, words: list[str]) -> list[str]:
    """Drop leading words that the article also uses without the rest of the name
    ("Harbor Lane Adelina Santara" when "pihak Harbor Lane" stands elsewhere)."""
    # at least two words are left (a run of two is never cut: the counts are not read for it)
    for k in range(len(words) - 3, -1, -1):
        if _INITIALS.fullmatch(words[k + 1]):
            continue  # what would be left starts with an initial: "Yohanis WA Manuputty"
        if _count(text, words[: k + 1]) > _count(text, words[: k + 2]):
            if k == 0 and (_speaks_alone(text, words[0]) or words[0].lower() in name_prefixes()):
                continue  # "Muhammad" of "Muhammad Nabhan ..." also stands in other names
            if k == 0 and len(words[-1].rstrip(".")) == 1 and words[-1][:1].isupper():
                continue  # "Alfian Tarigan P.": a run closed by an initial is one person's name
            return words[k + 1:]
    return words


def behind_venue(text: str, words: list[str]) -> Optional[list[str]]:
    """The one-word name behind a venue or an organisation the article also names without it
    ("Ketua Serikat Pekerja Hotel Mawar Indah Yanto" beside "karyawan Hotel Mawar Indah" and "kata
    Yanto": "Yanto"), or None. A person's name never opens with such a word, and the last word must
    be used alone as a speaker's name (`strip_leading_org` never leaves one word: a first name
    written elsewhere alone would cut every full name)."""
    for i in range(len(words) - 2):  # (the venue may follow a role's word read into the run: "Pekerja")
        if (words[i].lower() in ORG_WORDS or lone_place_word(words[i])) \
                and _count(text, words[i:-1]) > _count(text, words[i:]) and _speaks_alone(text, words[-1]):
            return words[-1:]
    return None


def _speaks_alone(text: str, w: str) -> bool:
    """"Amalia menuturkan", "kata Amalia": the word alone is used as a speaker's short name."""
    # the words next to each occurrence, found once per text (wordindex: a regex per question
    # over the whole text made long articles cost their length times their names)
    # ("kata Gus Yahya": after an honorific the word is a name used alone too)
    return any(cue_for(before) is not None or cue_for(after) is not None or honorific(before)
               for before, after in word_index(text).neighbours(w))


def _count(text: str, words: list[str]) -> int:
    return word_index(text).count(words)
