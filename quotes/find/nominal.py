"""A statement named by a noun with its source: "pernyataan Menteri Budi bahwa ...", "proyeksi
Kementerian Perindustrian (Kemperin) bahwa ...", "pernyataan dari Polda Jabar bahwa ...".

The noun of saying, its source named right after it (a person or a body, capitalised) and "bahwa"
make the clause after them that source's statement, wherever the noun phrase sits in the
sentence ("Target itu didukung proyeksi Kementerian Perindustrian bahwa industri ... bisa tumbuh").
Without a named source the clause is nobody's ("laporan bahwa ...", "informasi dari masyarakat
bahwa ...", "keyakinan bahwa ..."), and a noun of news in general (laporan, informasi, data,
kabar) names a source only loosely, so those nouns are left out. A demand with "agar" ("desakan
dari DPRD agar ...") is left out as well: it measured worse (the speaker chooser gave the body's
demand to the official named before it).
"""
from __future__ import annotations

from typing import Optional

from ..names.mentions import NOBODY, Mention, mention_from_tokens
from ..nlp.analysis import Analysis
from .clauses import clause_from
from .phrases import phrase_after

NOUNS = frozenset("""pernyataan desakan proyeksi tuntutan imbauan himbauan usulan prediksi perkiraan
    penegasan seruan peringatan anjuran saran""".split())
_THAT = frozenset(["bahwa"])  # not "agar": see above


def nominal(an: Analysis, sent, i: int, spans) -> Optional[tuple[int, int, Mention, int]]:
    """The span of the clause a noun of saying at token i reports, its source's mention and the
    noun's token index, or None."""
    toks = an.tokens
    if toks[i].text.lower() not in NOUNS:
        return None
    j = i + 1
    if j < sent.last and toks[j].text.lower() == "dari":
        j += 1
    if j >= sent.last or not toks[j].text[:1].isupper():
        return None
    phrase = [k for k in phrase_after(an, j, limit=12) if k < sent.last]
    if "(" in [toks[k].text for k in phrase]:  # the acronym in brackets is no part of the name
        phrase = phrase[:[toks[k].text for k in phrase].index("(")]
    if not phrase:
        return None
    mention = mention_from_tokens(an, phrase)
    if mention is None or mention.kind == NOBODY:
        return None
    k = phrase[-1] + 1
    if k + 2 < sent.last and toks[k].text == "(":  # "Kementerian Perindustrian (Kemperin) bahwa"
        close = next((m for m in range(k + 1, min(k + 5, sent.last)) if toks[m].text == ")"), None)
        k = close + 1 if close is not None else k
    if k + 1 >= sent.last or toks[k].text.lower() not in _THAT:
        return None
    clause = clause_from(an, sent, toks[k + 1].start, spans, toks[k].start)
    return None if clause is None else (*clause, mention, i)
