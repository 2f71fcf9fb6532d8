"""A directive with its addressee: what somebody urged, ordered or instructed others to do.

    "Menteri Budi mendorong pemerintah daerah untuk mempercepat belanja modal."
    "Kapolda memerintahkan jajarannya agar menindak tegas pelaku balap liar."

News reports such a directive as the speaker's words: the span is the addressee and the action
("pemerintah daerah untuk mempercepat ..."), as for "meminta X untuk ...". These verbs take plain
objects far more often ("mendorong pertumbuhan ekonomi", "memerintahkan penutupan jalan"), so they are
no cue of their own: only a short addressee that names people or a body, then "untuk" / "agar" /
"supaya" and a verb, after a subject that is a speaker (not "yang mendorong ...", not "Untuk
mendorong ..."), makes one.
"""
from __future__ import annotations

from typing import Optional

from ..lexicon.words import ORG_WORDS, PEOPLE_WORDS, PRONOUNS, QUOTE_CHARS, SUBJECT_BREAKERS, SUBORDINATORS
from ..names.mentions import NOBODY, Mention, mention_from_tokens
from ..nlp.analysis import Analysis
from .clauses import clause_from
from .phrases import phrase_before, strip_adverbs
from .subjects import breaks_subject, subject_core

DIRECTIVES = frozenset("mendorong memerintahkan menginstruksikan menugaskan".split())
_PURPOSE = frozenset("untuk agar supaya".split())
# words that open an addressee: people, their groups and bodies ("seluruh jajaran", "para bupati")
_GROUP = frozenset("para seluruh semua segenap setiap jajaran jajarannya pihak kalangan masyarakat publik "
                   "industri pelaku aparat anggota anggotanya bawahannya timnya tim perbankan instansi kepala".split())
_MAX_ADDRESSEE = 10


def directive(an: Analysis, sent, i: int, spans) -> Optional[tuple[int, int, Mention, int]]:
    """The span of the directive whose verb is token i, its speaker's mention and the verb's token
    index, or None."""
    toks = an.tokens
    if toks[i].text.lower() not in DIRECTIVES or i == sent.first:
        return None
    subj = [k for k in phrase_before(an, i) if k >= sent.first]
    if not subj or any(toks[k].text.lower() == "yang" for k in range(subj[0], i)):
        return None  # "Kasat Reskrim yang memerintahkan tim untuk ...": a relative clause, no statement
    subj, negated = strip_adverbs(an, subject_core(an, subj, sent.first))
    if negated or not subj or toks[subj[0]].text.lower() in SUBORDINATORS:
        return None
    if breaks_subject(an, subj, SUBJECT_BREAKERS) or toks[subj[0]].text.lower() in ("hal", "ini", "itu"):
        return None  # "Program ini diharapkan mendorong ...": no speaker
    mention = mention_from_tokens(an, subj)
    if mention is None or mention.kind == NOBODY:
        return None
    j = i + 1
    if j < sent.last and toks[j].text.lower() == "kepada":
        j += 1
    if j >= sent.last or not _addressee_opens(an, j):
        return None
    k = j
    while k < sent.last and k - j <= _MAX_ADDRESSEE and toks[k].text.lower() not in _PURPOSE:
        if toks[k].text in ",;:.!?" or toks[k].text in QUOTE_CHARS:
            return None
        k += 1
    if k == j or k + 1 >= sent.last or toks[k].text.lower() not in _PURPOSE:
        return None
    clause = clause_from(an, sent, toks[i + 1].start, spans, toks[k].start)
    return None if clause is None else (*clause, mention, i)


def _addressee_opens(an: Analysis, j: int) -> bool:
    """The word after the verb opens a phrase naming people or a body, not a thing or a process."""
    t = an.tokens[j]
    low = t.text.lower()
    bare = low[:-3] if low.endswith("nya") and len(low) > 5 else low
    return (t.text[:1].isupper() or low in _GROUP or bare in PEOPLE_WORDS or low in PEOPLE_WORDS
            or low in ORG_WORDS or low in PRONOUNS)
