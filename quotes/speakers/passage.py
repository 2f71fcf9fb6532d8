"""Who the passage has just brought in: the grammar a reader uses for a pronoun or a quote without
a cue. A sentence-initial "Ia" after a sentence that introduces somebody by title and full name,
the subject a sentence opens with, a person introduced inside a sentence ("... adalah Sudi (53)."),
the people named since the last quote in its paragraph. `resolve` turns each answer into a
proposal, a feature of the speaker chooser."""
from __future__ import annotations

import bisect
from typing import Optional

from ..lexicon.words import is_title, roles_for
from ..names.index import NameIndex
from ..names.name_words import name_word, sentence_initial
from ..nlp.analysis import Analysis
from ..text.positions import sentences_within


def brought_in(text: str, mentions, names: NameIndex, since: int, pos: int) -> tuple[str, ...]:
    """The people named after the last quote (`since`) in the paragraph of `pos` ("Keluhan juga
    datang dari Bambang, pemilik warung. "Pembeli jadi malas ..."): news gives a quote without a
    cue to the person it has just brought in."""
    # the mentions come in reading order: only those between the last quote and this one are read
    # (testing every mention for every quote made long articles cost quotes times mentions)
    lo = bisect.bisect_left(mentions, since, key=lambda m: m.start)
    hi = bisect.bisect_left(mentions, pos, key=lambda m: m.start)
    return tuple(dict.fromkeys(names.canonical(m.text) for m in mentions[lo:hi] if "\n" not in text[m.end:pos]))


def introduced_before(an: Analysis, names: NameIndex, pos: int, last) -> Optional[str]:
    """"Rapat itu dihadiri Wakil Ketua Komisi I Bambang Kristiono. Ia menilai ...": a sentence-initial
    pronoun right after a sentence that brings in a new person, by title and full name, means them."""
    si = an.sentence_of(pos)
    if si <= 0 or an.tokens[an.sentences[si].first].start != pos:
        return None  # the pronoun is not the subject at the start of the sentence
    prev = an.sentences[si - 1]
    toks = an.tokens[prev.first:prev.last]
    found = None
    for k, t in enumerate(toks):
        if not is_title(t.text) or (k == 0 and not t.text[:1].isupper()):
            continue
        run = []
        j = k + 1
        while j < len(toks) and (is_title(toks[j].text) or toks[j].text[:1].isupper()):
            run.append(toks[j])
            j += 1
        # the name is the last two or three capitalised words of the run
        tail = [t2 for t2 in run if not is_title(t2.text)]
        name_toks = []
        for t2 in reversed(tail):
            if not t2.text.isalpha() or not names.name_like(t2.text, False) or len(name_toks) == 3:
                break
            name_toks.insert(0, t2)
        if len(name_toks) >= 2:
            found = an.text[name_toks[0].start:name_toks[-1].end]
    if found is None:
        return None
    canon = names.canonical(found)
    if last is not None and last.name == canon:
        return None
    if an.text.find(found) < prev.start:
        return None  # not new: named before
    return found


_INTRODUCERS = frozenset("oleh adalah bernama yakni yaitu ialah dari".split())


def _name_tokens(an: Analysis, names: NameIndex, toks, k: int) -> list:
    """The capitalised name run starting at toks[k] (empty when it is no person's name)."""
    run = []
    while k < len(toks) and toks[k].text[:1].isupper() and toks[k].text.isalpha():
        if not name_word(toks[k].text, an.lower, not run and sentence_initial(an.text, toks[k].start), an.midcaps):
            break
        if toks[k].text.lower() in ("ia", "dia", "beliau", "mereka", "hal", "menurut"):
            break
        run.append(toks[k])
        k += 1
    if run and any(t.text.lower() in an.lower or not names.name_like(t.text, False) for t in run):
        return []  # "Surat Edaran Nomor", "Distrik Jayapura": words the article also writes in lower case
    if len(run) > 4 or not any(t.ner in (None, "PERSON") for t in run):
        return []
    if any(t.ner in ("ORGANISATION", "PLACE") for t in run):
        return []
    return run


def _appositive_person(an: Analysis, names: NameIndex, toks, k: int) -> bool:
    if k + 2 >= len(toks) or toks[k + 1].text != ",":
        return False
    w, nxt = toks[k].text, toks[k + 2].text
    return (w[:1].isupper() and w.isalpha() and names.name_like(w, False) and w.lower() not in an.lower
            and (nxt.lower() in ("seorang", "salah", "warga") or is_title(nxt)))


def subject_between(an: Analysis, names: NameIndex, lo: int, hi: int) -> Optional[str]:
    """The person last brought in between lo and hi: the subject a sentence opens with ("Sudi
    menegaskan ...", "Adi, seorang warga Sukajadi, juga ..."), or a person introduced inside one
    ("... adalah Sudi (53).", "disampaikan oleh Chandra (38).")."""
    found = None
    for s in sentences_within(an.sentences, lo, hi):
        toks = an.tokens[s.first:s.last]
        k = 0
        while k < len(toks) and is_title(toks[k].text):
            k += 1
        run = _name_tokens(an, names, toks, k)
        if not run and _appositive_person(an, names, toks, k):
            run = [toks[k]]  # "Adi, seorang warga Sukajadi, ...": the apposition says it is a name
        if run:
            nxt = k + len(run)
            after = toks[nxt].text if nxt < len(toks) else ""
            follow = toks[nxt + 1].text if nxt + 1 < len(toks) else ""
            if (after[:1].islower() and after.lower() not in ("ini", "itu", "tersebut", "yang")) \
                    or (after == "," and follow[:1].islower()):  # not "Warga Cibeunying ini ..."
                found = an.text[run[0].start:run[-1].end]
        for j in range(1, len(toks)):
            prev = toks[j - 1].text.lower()
            run = _name_tokens(an, names, toks, j) if toks[j].text[:1].isupper() else []
            if not run:
                continue
            end = j + len(run)
            aged = end + 2 < len(toks) and toks[end].text == "(" and toks[end + 1].text.isdigit() \
                and toks[end + 2].text == ")"
            after = toks[end].text if end < len(toks) else ""
            introduced = prev in _INTRODUCERS and after in (".", ",") and (prev != "dari" or len(run) >= 2)
            # "Rektor Universitas X, Hamdan Fikri, menyambut ...": a role opens the sentence and the
            # name between commas after it is its subject
            titled = prev == "," and after == "," and is_title(toks[0].text) and end + 1 < len(toks) \
                and toks[end + 1].text[:1].islower() and toks[end + 1].text.isalpha()
            if aged or introduced or titled or (prev == "," and roles_for(after.lower())):
                # "Sudi (53)"; "... adalah Sudi."; "datang dari Helen Ward, ..." (a full name: not
                # "pembeli dari China."); "Warga lainnya, Nendah mengatakan ..."
                found = an.text[run[0].start:run[-1].end]
    return found
