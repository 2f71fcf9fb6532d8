"""Where each word of one text stands, found once per text.

Resolving names asks the same questions of the whole article again and again: how often does
"Azwar Anas" stand in it, where does "Anas" stand, which words are next to it. A regex over the
whole text per question makes a long article cost its length times its number of names. Here the
positions of a word are found once (the first few dozen words asked about one by one with
str.find, then every word of the text in one pass); a question then costs the occurrences of its
first word.
Every answer equals the regex's it replaces (whole words, `[ \t]+` between the words of a phrase,
non-overlapping matches from left to right).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

_RUN = re.compile(r"\w+")
_WORD = re.compile(r"\w")


@functools.lru_cache(maxsize=4)
def word_index(text: str) -> "WordIndex":
    """The index of `text`, built once while the article is being read (an article and its
    headline-masked copy are asked about together; a few entries cover a batch's worker)."""
    return WordIndex(text)


# the words looked up one by one (str.find) before the whole text is indexed: an article asks about
# a few dozen words, and finding each of them costs less than reading every word of the text once;
# past this many the index is built, so that a long article still costs its length once
FIND_FIRST = 64


class WordIndex:
    """Start positions of each maximal run of word characters (`\\w+`) of `text`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._at: Optional[dict[str, list[int]]] = None
        self._found: dict[str, list[int]] = {}  # the runs looked up one by one, until `_at` is built
        self._counts: dict[tuple[str, ...], int] = {}
        self._neighbours: dict[str, list[tuple[str, str]]] = {}

    def _starts(self, run: str) -> list[int]:
        if self._at is not None:
            return self._at.get(run, [])
        found = self._found.get(run)
        if found is None:
            if len(self._found) >= FIND_FIRST:
                at: dict[str, list[int]] = {}
                for m in _RUN.finditer(self.text):
                    at.setdefault(m.group(), []).append(m.start())
                self._at = at
                return at.get(run, [])
            found = self._found[run] = self._find(run)
        return found

    def _find(self, run: str) -> list[int]:
        """Where the maximal run of word characters is `run` (itself a run of word characters)."""
        text = self.text
        n = len(run)
        out = []
        i = text.find(run)
        while i >= 0:
            # whole: no word character on either side
            # (\w as re reads it is str.isalnum or "_", asked without a regex call per hit)
            if not (i and (text[i - 1].isalnum() or text[i - 1] == "_")):
                j = i + n
                if j >= len(text) or not (text[j].isalnum() or text[j] == "_"):
                    out.append(i)
            i = text.find(run, i + 1)
        return out

    def occurrences(self, word: str) -> list[tuple[int, int]]:
        """(start, end) of `word` standing as a whole word: re.finditer(r"(?<!\\w)" + re.escape(word)
        + r"(?!\\w)", text)."""
        return self._matches([word])

    def phrase(self, words: list[str]) -> list[tuple[int, int]]:
        """(start, end) of the words standing one after the other (spaces or tabs between) as whole words."""
        return self._matches(words)

    def count(self, words: list[str]) -> int:
        """How often the words stand one after the other, spaces or tabs between them, as whole words."""
        key = tuple(words)
        if key not in self._counts:
            self._counts[key] = len(self.phrase(words))
        return self._counts[key]

    def _matches(self, words: list[str]) -> list[tuple[int, int]]:
        first = _RUN.match(words[0]) if words and words[0] else None
        if first is None:
            # the phrase does not open with a word character: no run to look up, scan the text
            pattern = r"(?<!\w)" + r"[ \t]+".join(re.escape(w) for w in words) + r"(?!\w)"
            return [m.span() for m in re.finditer(pattern, self.text)]
        if len(words) == 1 and first.end() == len(words[0]):
            # one word, all word characters: it stands wherever a maximal run of them is the word
            return [(pos, pos + first.end()) for pos in self._starts(words[0])]
        # the pattern is read by hand at each start of the first word (a start of a maximal run of
        # word characters, so nothing word-like stands before it): compiling a regex per name cost
        # more than every other question asked of an article
        text = self.text
        out: list[tuple[int, int]] = []
        end = 0
        for pos in self._starts(first.group()):
            if pos < end:
                continue  # inside the previous match: finditer does not look there
            stop = phrase_end(text, pos, words)
            if stop is not None:
                out.append((pos, stop))
                end = stop
        return out

    def neighbours(self, word: str) -> list[tuple[str, str]]:
        """(word before, word after) each occurrence of `word`, lower-cased, "" for none, as
        re.finditer(r"(\\w+)?[ \\t]*(?<!\\w)WORD(?!\\w)[ \\t,]*(\\w+)?") reads them: spaces or tabs
        before, spaces, tabs or commas after; a word read as one occurrence's follower is not read
        again as the next one's leader."""
        if word not in self._neighbours:
            self._neighbours[word] = self._read_neighbours(word)
        return self._neighbours[word]

    def _read_neighbours(self, word: str) -> list[tuple[str, str]]:
        # the regex's own search, replayed: from where the last match ended, the leftmost start of
        # a match, then its greedy groups (an occurrence right before another one, spaces between,
        # is read as the other's leader)
        text = self.text
        occ = self.occurrences(word)
        out = []
        pos = 0
        i = 0
        while i < len(occ):
            s, e = occ[i]
            if s < pos:
                i += 1
                continue
            j = s
            while j > pos and text[j - 1] in " \t":
                j -= 1
            k = j
            while k > pos and _RUN.match(text[k - 1]):
                k -= 1
            before = text[k:j]
            if k == j == s:
                run = _RUN.match(text, s)
                r = run.end() if run else s
                q = r
                while q < len(text) and text[q] in " \t":
                    q += 1
                if q > r and i + 1 < len(occ) and occ[i + 1][0] == q:
                    before = text[s:r]
                    i += 1
                    s, e = occ[i]
            a = e
            while a < len(text) and text[a] in " \t,":
                a += 1
            b = a
            while b < len(text) and _RUN.match(text[b]):
                b += 1
            out.append((before.lower(), text[a:b].lower()))
            pos = b
            i += 1
        return out


def phrase_end(text: str, pos: int, words) -> Optional[int]:
    r"""Where `words` end when they stand at `pos`, spaces or tabs between them and no word
    character right after the last (as the regex w1[ \t]+w2...(?!\w) reads them), else None."""
    i = words_end(text, pos, words)
    return None if i is None or _WORD.match(text, i) else i


def words_end(text: str, pos: int, words) -> Optional[int]:
    """Where `words` end when they stand at `pos` with spaces or tabs between them, whatever
    follows the last (a word a scraper glued to it may), else None."""
    i = pos
    for k, w in enumerate(words):
        if k:
            j = i
            while j < len(text) and text[j] in " \t":
                j += 1
            if j == i:
                return None
            i = j
        if not text.startswith(w, i):
            return None
        i += len(w)
    return i


def token_matches(rest: str, text: str):
    r"""The matches of re.finditer(r"(\S+)" + rest, text), where `rest` opens with a space or tab,
    without its cost on long runs. The plain search tries every position inside a run of
    non-spaces and reads on to the run's end from each: a 5,000-character run costs 12 million
    steps a question. A match can only start where the previous one ended or at the start of a
    run (a start inside a run would also match from the run's start, which comes first), so only
    those are tried; the token never gives back characters (`rest` needs a space after it)."""
    at = re.compile(r"(\S++)" + rest)
    ahead = re.compile(r"(?<!\S)(\S++)" + rest)
    pos = 0
    while pos <= len(text):
        m = at.match(text, pos) or ahead.search(text, pos)
        if m is None:
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1
