"""Words in front of a name that name its employer: "Harbor Lane Adelina Santara" is
"Adelina Santara" when the article also writes "pihak Harbor Lane" elsewhere. Read from the
article's own word counts (`text.wordindex`), never a list of organisations."""
from __future__ import annotations

import re

from ..lexicon.words import cue_for, name_prefixes
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


def _speaks_alone(text: str, w: str) -> bool:
    """"Amalia menuturkan", "kata Amalia": the word alone is used as a speaker's short name."""
    # the words next to each occurrence, found once per text (wordindex: a regex per question
    # over the whole text made long articles cost their length times their names)
    # ("kata Gus Yahya": after an honorific the word is a name used alone too)
    return any(cue_for(before) is not None or cue_for(after) is not None or honorific(before)
               for before, after in word_index(text).neighbours(w))


def _count(text: str, words: list[str]) -> int:
    return word_index(text).count(words)
