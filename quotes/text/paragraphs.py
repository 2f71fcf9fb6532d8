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
# a sentence linked to the one before ("Sebelumnya, ...", "Namun, ..."): no headline opens so
_RUNS_ON = re.compile(r"(?:Sebelumnya|Selanjutnya|Namun|Sementara itu|Selain itu|Adapun|Kemudian|Pasalnya),\s")


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
    if not first and _RUNS_ON.match(stripped):
        return False  # "Sebelumnya, Prabowo menegaskan bahwa ...": story text that lost its full stop
    if not stripped.endswith(_END_PUNCT) and len(words) <= 20:
        # a headline dropped into the body (or the article's own headline): no final punctuation
        if not re.search(r"[\"“”]", stripped) or first:
            return True
        # a headline with quoted words in it: short, title-cased, no final stop
        caps = sum(1 for w in words if w[:1].isupper() or w[:1] in "\"“")
        return caps >= max(2, len(words) // 2)
    return False


# "... kata Sulistyo. Baca juga: Pemerintah Atur Pengecualian Impor Sepatu ABI memprediksi ...": a
# related headline pasted into the running text, with no line break around it
_INLINE = re.compile(r"\b(?:[Bb]aca [Jj]uga|BACA JUGA|[Ss]imak [Jj]uga|[Ll]ihat [Jj]uga)[ \t]*:[ \t]*")
_SMALL = frozenset("di ke dan yang untuk dari pada soal jadi dengan atau vs usai hingga jelang".split())


# "Artikel ini telah tayang di Kompas.com dengan judul Budi Dukung Kebijakan ...": the syndication
# line at the foot of an article, whose headline's capitals read as names ("Budi Dukung")
_FOOTER = re.compile(r"\b[Aa]rtikel ini (?:telah |sudah )?(?:tayang|terbit|dimuat|diterbitkan|ditayangkan)\b[^\n]*")


def inline_noise(text: str) -> list[tuple[int, int]]:
    """Spans of related headlines pasted into a paragraph ("Baca juga: ...") and of syndication
    lines ("Artikel ini telah tayang di ... dengan judul ..."), to be blanked.

    The headline is the run of capitalised words after the label. When the text runs straight on
    into the next sentence, that sentence's subject ends the run ("... Sepatu ABI memprediksi"):
    the longest tail of the run (up to three words) that the article also uses elsewhere stays.
    """
    out = [m.span() for m in _FOOTER.finditer(text)]
    vocab = None  # the article's lower-case words, read once (not once per label)
    for m in _INLINE.finditer(text):
        window = text[m.end():m.end() + 300].split("\n", 1)[0]
        words = list(re.finditer(r"\S+", window))
        k = 0
        while k < len(words):
            w = words[k].group()
            if not (w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL):
                break
            k += 1
            if w.endswith((".", "!", "?")):
                break
        if k == 0:
            out.append((m.start(), m.end()))
            continue
        end = k
        lower_words = None
        if k < len(words) and not words[k - 1].group().endswith((".", "!", "?")):
            if vocab is None:
                vocab = set(re.findall(r"\b[a-z]+\b", text))
            lower_words = vocab
        if lower_words is not None and k > 1 and words[k - 1].group().lower() in lower_words:
            end = k - 1  # "... Wajib SNI Berdasarkan data ...": a common word opens the next sentence
        elif lower_words is not None:
            rest = text[:m.start()] + text[m.end() + words[k].start():]
            for tail in range(min(3, k - 1), 0, -1):
                phrase = " ".join(w.group() for w in words[k - tail:k])
                if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", rest):
                    end = k - tail
                    break
        out.append((m.start(), m.end() + words[end - 1].end()))
    return sorted(out)


WORDS = re.compile(r"\w+")


def count_words(s: str) -> int:
    return len(WORDS.findall(s))


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
