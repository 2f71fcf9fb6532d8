"""Names that are an organisation by where the article writes them, though they read like a
person's: a news outlet cited as the source ("dilansir Bloomberg", "seperti dikutip dari The
Guardian", "laporan Harian Nusa") and an employer between a title and its holder's name ("CEO
Arkadata Rajiv Menon" beside "Arkadata menolak berkomentar"). Raw news counts alone cannot tell
them: an outlet's or a company's name is a rare word, and rare words are names more often than
not (`who_speaks.speaker_words`). Used by `inventory` on its person entries."""
from __future__ import annotations

import re
from typing import Iterable

from ..lexicon.words import is_title

# the words a citation of a news source ends with, right before the source's name; "mengutip"
# also quotes people ("mengutip Bung Hatta"), so it counts for a one-word name only, and
# "dilaporkan" names who reported a case to the police ("dilaporkan Budi ke polisi"): not one
_CITING = ("dilansir", "melansir", "dikutip", "diberitakan", "laporan", "kantor berita",
           "surat kabar", "harian", "majalah", "tabloid", "portal berita", "situs berita", "stasiun televisi")
_CITED = re.compile(r"(?:^|[\s(,])(?:%s)(?:\s+dari)?\s+$" % "|".join(_CITING), re.I)
_QUOTING = re.compile(r"(?:^|[\s(,])mengutip(?:\s+dari)?\s+$", re.I)


def cited(text: str, start: int, words: int) -> bool:
    """Is the name of `words` words at `start` written as the source a report is taken from?
    ("The" before it counts as part of the name: "dikutip dari The Guardian")."""
    start = with_article(text, start)
    before = text[max(0, start - 40):start]
    return bool(_CITED.search(before)) or words == 1 and bool(_QUOTING.search(before))


def with_article(text: str, start: int) -> int:
    """Where a name starts with the English article a title of a paper or a site opens with
    ("The Information", "The Guardian"): 4 characters earlier, or `start`."""
    return start - 4 if start >= 4 and text[start - 4:start] == "The " else start


def employer(text: str, word: str, names: Iterable[str]) -> bool:
    """Is the one word `word` written between a title and the full name of one of `names` (persons
    of two words or more: "CEO Arkadata Rajiv Menon")? Then it is that person's employer."""
    fulls = [n for n in names if " " in n and not n.startswith(word + " ")]
    if not fulls:
        return False
    # (found with str.find, not a pattern compiled per word: that was a tenth of the inventory's time)
    key = word + " "
    i = text.find(key)
    while i >= 0:
        after = i + len(key)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-")) and "A" <= text[after:after + 1] <= "Z":
            before = text[max(0, i - 40):i].split()
            if before and is_title(before[-1]) and any(text.startswith(n, after) and not
                                                       text[after + len(n):after + len(n) + 1].isalnum()
                                                       for n in fulls):
                return True
        i = text.find(key, i + 1)
    return False
