"""Paragraphs and scraping noise. Pure functions over the input string; offsets never change."""
from __future__ import annotations

import re

import attrs

# Lines a scraper leaves behind that are never anybody's words.
_NOISE = re.compile(
    r"^\s*(?:baca\s+juga|baca\s+selengkapnya|simak\s+juga|lihat\s+juga|tonton\s+juga|saksikan\s+juga|"
    r"halaman\s+(?:selanjutnya|berikutnya|sebelumnya)|advertisement|scroll\s+to|iklan\b|sumber\s*:|"
    r"editor\s*:|penulis\s*:|reporter\s*:|pewarta\s*:|foto\s*:|video\s*:|copyright|©|\(\w{2,4}/\w{2,4}\)\s*$)",
    re.IGNORECASE,
)
_END_PUNCT = tuple('.!?:;"”’)')


@attrs.frozen(slots=True)
class Paragraph:
    start: int
    end: int  # exclusive, without the trailing newline
    noise: bool


def paragraphs(text: str) -> list[Paragraph]:
    out = []
    pos = 0
    n = len(text)
    first = True
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Paragraph(s, e, is_noise(text[s:e], first=first)))
            first = False
        if nl < 0:
            break
        pos = nl + 1
    return out


def is_noise(line: str, first: bool = False) -> bool:
    """True for link lines, navigation and headlines: text that is not part of the story."""
    if _NOISE.match(line):
        return True
    stripped = line.rstrip()
    words = stripped.split()
    if not stripped.endswith(_END_PUNCT) and len(words) <= 20:
        # a headline dropped into the body (or the article's own headline): no final punctuation
        if not re.search(r"[\"“”]", stripped) or first:
            return True
        # a headline with quoted words in it: short, title-cased, no final stop
        caps = sum(1 for w in words if w[:1].isupper() or w[:1] in "\"“")
        return caps >= max(2, len(words) // 2)
    return False
