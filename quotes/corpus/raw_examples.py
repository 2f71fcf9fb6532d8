"""Speaker examples from raw news, labelled by the writer instead of a gold file.

The gold articles give ~600 pronoun and cue-less decisions. Raw news gives thousands more: where
a writer named the speaker after the verb ('"...," ujar Budi.'), the name is replaced by "-nya"
('"...," ujarnya.'), or the cue and name are dropped ('"...."'), and the chooser must find Budi
among the article's people. The label is the name the writer gave. The raw text
(../shared/data/raw) trains weights and never ships; the examples are made with the chooser's
PRIOR weights, so that they do not depend on earlier training.
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Iterator, Optional

from .matching import norm_name

PRONOUNS = {"-nya", "nya", "ia", "dia", "beliau"}
# the verbs of saying that stand before a speaker's name ('"...," ujar Budi.')
_SAY = r"(?:kata|ujar|ungkap|jelas|tutur|tegas|imbuh|papar|terang|ucap|sebut|tambah|lanjut|pungkas)"
_VERB_BEFORE_NAME = re.compile(r"^[,.!?]?\s*[\"\u201d\u2019']?\s*,?\s*" + _SAY + r"\s+$")
_LOOKS_NEWS = re.compile(r"[\"\u201d]\s*,?\s*(?:ujar|kata|ungkap|jelas|tutur|tegas|imbuh)\s+[A-Z]")
# the raw text lost its paragraph breaks; online news gives each quotation a paragraph of its own
# and starts a new one after the sentence that attributes it: they are put back there, so that
# "same paragraph" means in raw examples what it means in articles
_BEFORE_QUOTE = re.compile(r"(?<=[.!?\"\u201d])\s+(?=[\"\u201c][A-Z])")
_AFTER_CUE = re.compile(r"([\"\u201d]\s*,?\s*" + _SAY
                        + r"(?:nya)?\b[^.!?\"\u201c\u201d]{0,80}[.!?])\s+(?=[A-Z\"\u201c])")


def pronoun_like(mention: Optional[str]) -> bool:
    """A speaker mention that does not name the speaker."""
    if mention is None:
        return True
    low = mention.lower()
    return low in PRONOUNS or low.endswith("nya")


def agrees(name: Optional[str], gold: str) -> int:
    """2: the same name; 1: one is a short form of the other ("Budi" / "Budi Santoso"); 0: not."""
    a, b = norm_name(name), norm_name(gold)
    if not a or not b:
        return 0
    if a == b:
        return 2
    wa, wb = set(a.split()), set(b.split())
    return 1 if wa <= wb or wb <= wa else 0


def paragraphs_back(text: str) -> str:
    return _BEFORE_QUOTE.sub("\n\n", _AFTER_CUE.sub("\\1\n\n", text))


def raw_news(path: Path, n: int, every: int = 3) -> Iterator[tuple[str, str]]:
    """`n` news articles of the raw text (every `every`-th line that looks like an article with a
    quote named after its verb), in file order: deterministic."""
    seen = taken = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if len(line) < 1500 or len(line) > 20000 or not _LOOKS_NEWS.search(line):
                continue
            seen += 1
            if seen % every == 0:
                yield f"raw:{line_no}", paragraphs_back(line.strip())
                taken += 1
                if taken >= n:
                    return


def _read(text: str):
    from ..attribution import attributed
    from ..run.engine import analyze

    an = analyze([text], analyzer="rules")[0]
    return an, attributed(an, None, None, weights="", every_role=False)[0]


def masked_examples(doc_id: str, text: str, per_doc: int = 3) -> list[dict]:
    """Chooser examples made from one raw article by hiding names the writer gave after the verb."""
    from ..names.who_speaks import can_speak
    from ..run.engine import prepare

    text = prepare(text)
    an, rows = _read(text)
    eligible = []
    for q in (row[0] for row in rows):
        if (q.kind != "direct" or not q.speaker or pronoun_like(q.speaker_mention) or q.speaker_start is None
                or q.speaker_start < q.end or q.speaker_type != "person"):
            continue
        if not _VERB_BEFORE_NAME.match(text[q.end:q.speaker_start]):
            continue
        # the writer may only say "-nya" of somebody the reader has met
        if not any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text[:q.start])
                   for w in q.speaker.split() if len(w) > 2):
            continue
        # a label the reader can trust: a plain name ("YouTube Maia", "Auto Show" are misreadings)
        if not can_speak(q.speaker, "person") or not all(
                re.fullmatch(r"[A-Z][a-z'\-]+\.?|[A-Z]\.?", w) and w.lower() not in an.lower
                for w in q.speaker.split()):
            continue
        eligible.append(q)
    out = []
    for n, q in enumerate(eligible[1:per_doc + 1] if len(eligible) > 1 else eligible):  # later ones: met before
        mark = next((ch for ch in text[q.end:q.speaker_start] if ch in "\"\u201d"), None)
        if n % 2 and mark and text[q.speaker_end:q.speaker_end + 1] == ".":
            # every other one loses its cue and name: '"...," ujar Budi.' -> '"...."'
            masked = text[:q.end].rstrip(",") + "." + mark + text[q.speaker_end + 1:]
        else:
            masked = text[:len(text[:q.speaker_start].rstrip())] + "nya" + text[q.speaker_end:]
        _, again = _read(masked)
        hit = next((row for row in again if row[0].start == q.start and pronoun_like(row[0].speaker_mention)), None)
        if hit is None:
            continue
        choice = hit[3]
        fits = [agrees(o.entry.name if o.entry else o.name, q.speaker) for o in choice.options]
        if max(fits) == 0:
            continue
        out.append({"doc": doc_id, "rows": [o.row for o in choice.options], "y": fits.index(max(fits)), "raw": True})
    return out


def raw_examples(path: Path, n: int) -> tuple[list[dict], int]:
    """Examples from `n` raw articles, and how many articles could not be read (skipped, counted)."""
    out, failed = [], 0
    for doc_id, text in raw_news(path, n):
        try:
            out += masked_examples(doc_id, text)
        except Exception:  # a raw line the analysis cannot take: skipped, counted
            failed += 1
    return out, failed
