"""One id per statement: the same words of the same speaker, reported by many outlets.

Outlets copy a statement with small changes: a word dropped, other punctuation, a typo fixed, a
sentence cut. Two quotes are one statement when

- their speakers have the same corpus speaker id (`speaker_ids`), and
- their texts, lower-cased and without punctuation, are identical, or share at least `threshold`
  (Jaccard) of their character 5-grams (one word changed in a 15-word quote keeps about 0.75), or
  the shorter one (at least `MIN_CONTAINED` characters) lies 90% inside the longer: an outlet that
  printed only the first sentences of a statement.

Candidates come from MinHash signatures and locality-sensitive hashing (datasketch's
`MinHashLSH`, one index per speaker, set low enough to catch the cut quotes), so the work grows with
the number of quotes, not its square; the exact 5-gram sets then decide. A quote of fewer than `MIN_WORDS` words is linked by identical text
only, and a quote without a named speaker is linked only when its text is identical and at least
`MIN_WORDS` words long: "Terima kasih" from two unnamed residents is not one statement.
The records are held in memory (about 2 KB a quote with its 5-grams while its speaker's index is
built): a few million quotes fit on one machine; past that, partition the records by speaker id
(no link crosses speakers) and link each partition on its own.

The id of a statement is that of its earliest report (by date, then input order), a hash of its
speaker and normalised text, so it is stable as long as that report is in the input.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any, Iterable, Optional

from .speaker_ids import SpeakerTable, speaker_table

NUM_PERM = 64
MIN_WORDS = 5
MIN_CONTAINED = 40
THRESHOLD = 0.6
CONTAINMENT = 0.9
LSH_THRESHOLD = 0.3


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.findall(r"[^\W_]+", text)


def shingles(ws: list[str], n: int = 5) -> set[str]:
    s = " ".join(ws)
    return {s[i:i + n] for i in range(max(1, len(s) - n + 1))}


def same_statement(a: set[str], b: set[str], threshold: float = THRESHOLD) -> bool:
    inter = len(a & b)
    if inter / (len(a) + len(b) - inter) >= threshold:
        return True
    small = min(len(a), len(b))
    return small >= MIN_CONTAINED and inter / small >= CONTAINMENT


def exact_id(speaker_id: Optional[str], ws: list[str]) -> str:
    h = hashlib.blake2b(f"{speaker_id or ''}\x1f{' '.join(ws)}".encode(), digest_size=8)
    return "q" + h.hexdigest()


class _Sets:
    """Union-find over record positions."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _minhash(grams: set[str]):
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([g.encode() for g in grams])
    return m


def link(records: Iterable[Any], threshold: float = THRESHOLD,
         table: Optional[SpeakerTable] = None) -> list[dict]:
    """The records (Quote objects or dicts) as dicts with `speaker_id` and `quote_id` added."""
    from datasketch import MinHashLSH

    rows = [r.to_dict() if hasattr(r, "to_dict") else dict(r) for r in records]
    table = table or speaker_table(rows)
    sets = _Sets(len(rows))
    first_exact: dict[str, int] = {}
    blocks: dict[str, list[int]] = {}
    toks = []
    for i, r in enumerate(rows):
        r["speaker_id"] = table.id_for(r)
        ws = words(r.get("text") or "")
        toks.append(ws)
        eid = exact_id(r["speaker_id"], ws)
        if not r["speaker_id"] and len(ws) < MIN_WORDS:
            continue  # a statement of its own
        if eid in first_exact:
            sets.union(first_exact[eid], i)
        else:
            first_exact[eid] = i
            if r["speaker_id"] and len(ws) >= MIN_WORDS:
                blocks.setdefault(r["speaker_id"], []).append(i)
    for members in blocks.values():
        if len(members) < 2:
            continue
        lsh = MinHashLSH(threshold=min(threshold, LSH_THRESHOLD), num_perm=NUM_PERM)
        grams = {i: shingles(toks[i]) for i in members}
        for i in members:
            m = _minhash(grams[i])
            for j in lsh.query(m):
                # the signature only proposes; the exact 5-gram sets decide
                if same_statement(grams[i], grams[j], threshold):
                    sets.union(i, j)
            lsh.insert(i, m)
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(sets.find(i), []).append(i)
    for members in groups.values():
        first = min(members, key=lambda i: (_day(rows[i]) or "9999", i))
        r = rows[first]
        if not r["speaker_id"] and len(toks[first]) < MIN_WORDS:
            qid = exact_id(f"{r.get('doc_id')}\x1f{r.get('index')}\x1f{r.get('start')}", toks[first])
        else:
            qid = exact_id(r["speaker_id"], toks[first])
        for i in members:
            rows[i]["quote_id"] = qid
    return rows


def _day(r: dict) -> Optional[str]:
    d = r.get("date") or r.get("published")
    return str(d)[:10] if d else None
