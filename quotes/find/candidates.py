"""Candidate quotes: direct quotes (quotation-mark spans with the cue and speaker phrase next to
them) and indirect ones (reported speech around a verb of saying), each with its cue, the speaker
mention its phrase gives, and the stretch of text its date may stand in. Nothing is resolved here:
"ujarnya" stays a pronoun cue, "Anas" a mention as written."""
from __future__ import annotations

import re
from typing import Optional, Sequence

import attrs

from ..lexicon.words import (
    BACKREF,
    COMPLEMENTISERS,
    CONNECTORS,
    CUE_TAIL,
    QUOTE_CHARS,
    SUBJECT_BREAKERS,
    SUBORDINATORS,
    roles_for,
)
from ..names.mentions import NOBODY, Mention, mention_from_tokens
from ..nlp.analysis import Analysis
from ..text.paragraphs import Paragraph, count_words
from ..text.positions import Cover, paragraph_at, shortest_apart
from . import fronted as fr
from .assessed import assessed_statements
from .backref import backref_statements
from .clause_model import row as clause_row
from .clause_model import says
from .clauses import (
    Marked,
    clause_kind,
    clean_end,
    clean_start,
    content_end,
    has_predicate,
    lists_next,
    object_not_clause,
    opens_clause, stance,
    that_after_adjunct,
)
from .cues import cue_after, cue_at, cue_before, opens_next
from .directives import directive
from .nominal import nominal
from .marks import Span
from .asides import after_degrees
from .phrases import phrase_after, phrase_before, strip_adverbs
from .subjects import breaks_subject, dep_subject, subject_core


@attrs.frozen(slots=True)
class CueSite:
    """The cue token of a candidate, where it stands."""

    token: int  # index in Analysis.tokens
    text: str
    start: int
    end: int


@attrs.frozen(slots=True)
class Candidate:
    kind: str  # direct | indirect | mixed (a reported clause holding a fragment in marks)
    start: int
    end: int
    cue: Optional[CueSite]
    mention: Optional[Mention]  # what the speaker phrase names, as written
    pronoun_cue: bool = False  # "ujarnya": the speaker is -nya
    date_region: tuple[int, int] = (0, 0)  # where a date of this statement may stand
    confidence: float = 0.5
    # a cue with a noun object ("Messi mengungkapkan pandangannya ...") is no quote, but it still
    # tells who is speaking now, which the next "-nya" refers to
    emit: bool = True
    # the features of a cue + clause pair the rules doubt (clause_model.row); the clause model
    # may emit it after all
    clause_row: tuple[float, ...] = ()


@attrs.frozen(slots=True)
class Passive:
    """"Hal itu disampaikan Amalia dalam konferensi pers, Jumat (1/9/2023).": the first passive cue of
    a sentence and whom its phrase names; it dates that speaker's statements."""

    sentence: int
    cue: CueSite
    mention: Optional[Mention]


def _site(an: Analysis, i: Optional[int]) -> Optional[CueSite]:
    if i is None:
        return None
    t = an.tokens[i]
    return CueSite(i, t.text, t.start, t.end)


def candidates(an: Analysis, paras: list[Paragraph], spans: list[Span],
               clauses: Optional[Sequence[float]] = None) -> list[Candidate]:
    """Direct and indirect candidates in reading order; an indirect one that overlaps a direct quote
    loses. `clauses`: the clause model's weights (clause_model.load), which decide the cue + clause
    pairs the rules doubt; None leaves them unsaid."""
    direct = direct_candidates(an, paras, spans)
    used = {c.cue.token for c in direct if c.cue is not None}
    indirect = indirect_candidates(an, paras, spans, used)
    if clauses:
        marked = Marked.of(spans)
        indirect = [attrs.evolve(c, emit=True, confidence=0.6, kind=clause_kind(an.text, c.start, c.end, marked))
                    if not c.emit and c.clause_row and says(c.clause_row, clauses) else c for c in indirect]
    # a mixed quote is one record: the fragments in marks inside it are not direct quotes of their own
    mixed = [c for c in indirect if c.kind == "mixed" and c.emit]
    direct = [d for d in direct if not any(m.start <= d.start and d.end <= m.end for m in mixed)]
    taken = Cover([(d.start, d.end) for d in direct])
    indirect = [c for c in indirect if not taken.overlaps(c.start, c.end)]
    # "Program itu dinilai Menteri Budi sebagai ...", "... ," kata Budi. "X pun dinilai tak membantu."
    claimed = [(c.start, c.end) for c in direct + indirect]
    said = [(c.start, c.end) for c in direct + indirect if c.emit]
    for start, end, cue, mention, si in assessed_statements(an, claimed, said):
        s = an.sentences[si]
        indirect.append(Candidate("indirect", start, end, _site(an, cue), mention, mention is None,
                                  (s.start, s.end), 0.6))
    # "Harga naik. Hal itu disampaikan Budi ...": words no cue claims, attributed afterwards
    claimed = [(c.start, c.end) for c in direct + indirect]
    for start, end, cue, mention, si in backref_statements(an, paras, claimed):
        s = an.sentences[si]
        indirect.append(Candidate("indirect", start, end, _site(an, cue), mention, False, (s.start, s.end), 0.7))
    # statements that overlap (a clause run on over scraping noise into the next cue's clause): the
    # shorter is kept, so no two records share text
    apart = shortest_apart([c for c in indirect if c.emit]) + [c for c in indirect if not c.emit]
    return sorted(direct + apart, key=lambda c: c.start)


def passives(an: Analysis) -> list[Passive]:
    """Per sentence, its first passive cue ("disampaikan", "diungkapkan") and the phrase after it."""
    out = []
    for si, s in enumerate(an.sentences):
        for i in range(s.first, s.last):
            c = cue_at(an, i)
            if c is None or c.role != "passive":
                continue
            out.append(Passive(si, _site(an, i), mention_from_tokens(an, phrase_after(an, i + 1, limit=6))))
            break
    return out


def direct_candidates(an: Analysis, paras: list[Paragraph], spans: list[Span]) -> list[Candidate]:
    text = an.text
    out: list[Candidate] = []
    prev_close = 0
    for sp in spans:
        para = paragraph_at(paras, sp.open)
        if para is not None and para.noise:
            prev_close = sp.close or sp.end
            continue
        floor = max(para.start if para else 0, prev_close)
        after = cue_after(an, sp.close) if sp.closed else None
        if after is not None and opens_next(an, after.cue) and text[sp.start:sp.end].rstrip().endswith((".", "!", "?")):
            # 'Budi mengatakan, "Harga naik." Ia menambahkan, "..."': the cue after a closed
            # sentence introduces the next quote; this one's cue, if any, stands before it
            after = None
        cue_i: Optional[int] = None
        mention: Optional[Mention] = None
        pronoun_cue = False
        conf = 0.5
        region = (sp.end, sp.end)
        if after is not None:
            cue_i = after.cue
            c = cue_at(an, cue_i)
            if c is not None and c.pronoun:
                pronoun_cue = True
                conf = 0.85
            else:
                mention = mention_from_tokens(an, after.phrase)
                conf = 0.9 if mention is not None and mention.kind not in ("pronoun", NOBODY) else 0.8
            s_i = an.tokens[cue_i].sent
            region = (sp.close or sp.end, an.sentences[s_i].end if s_i >= 0 else sp.end)
        else:
            before = cue_before(an, sp.open, floor)
            if before is not None:
                cue_i = before.cue
                if cue_i is not None:
                    c = cue_at(an, cue_i)
                    pronoun_cue = bool(c and c.pronoun)
                mention = mention_from_tokens(an, before.phrase) if before.phrase else None
                conf = 0.85
                region = (floor, sp.open)
        words = count_words(text[sp.start:sp.end])
        at_par_start = para is not None and text[para.start:sp.open].strip() == ""
        if cue_i is None and mention is None:
            # no cue: speech only when the quote stands as its own paragraph or sentence
            ends_sentence = bool(re.search(r"[.!?,]\s*$", text[sp.start:sp.end]))
            # '"Harga naik," katanya. "Stok aman."': a whole sentence in marks after a quote of the
            # same paragraph goes on with that speaker's words
            goes_on = (para is not None and floor > para.start and words >= 3 and ends_sentence
                       and text[floor:sp.open].rstrip().endswith((".", "!", "?")))
            if not ((at_par_start and words >= 3) or (words >= 8 and ends_sentence) or goes_on):
                prev_close = sp.close or sp.end
                continue
            conf = 0.6
        elif words <= 2 and not at_par_start and mention is None and not pronoun_cue:
            prev_close = sp.close or sp.end
            continue
        out.append(Candidate("direct", sp.start, sp.end, _site(an, cue_i), mention, pronoun_cue, region, conf))
        prev_close = sp.close or sp.end
    return out


def indirect_candidates(an: Analysis, paras: list[Paragraph], spans: list[Span], used: set[int]) -> list[Candidate]:
    toks = an.tokens
    out: list[Candidate] = []
    # positions are looked up by binary search (positions.py): a scan per token or per sentence
    # made long articles cost their length squared
    quoted = Cover([(s.open, s.close if s.close is not None else s.end) for s in spans])
    marked = Marked.of(spans)
    for sent in an.sentences:
        para = paragraph_at(paras, sent.start)
        if para is not None and para.noise:
            continue
        for i in range(sent.first, sent.last):
            if i in used or quoted.holds(toks[i].start):
                continue
            c = cue_at(an, i)
            # "Ditambahkan, ...": the last speaker's words; "Bagi Budi, ...", "Dalam penilaiannya, ...": "menurut"
            b = fr.passive_opening(an, sent, i, marked) or (None if c else fr.bagi(an, sent, i, marked)
                                                         or fr.in_view(an, sent, i, marked)
                                                         or directive(an, sent, i, marked)
                                                         or nominal(an, sent, i, marked))
            if b is not None:
                out.append(Candidate(clause_kind(an.text, b[0], b[1], marked), b[0], b[1], _site(an, b[3]), b[2],
                                     b[2] is None, (sent.start, sent.end), 0.65))
                break
            if c is None:
                continue
            cand = None
            readings = roles_for(an.tokens[i].text) or (c,)
            for r in readings:
                if r.role == "menurut":
                    cand = _menurut(an, sent, i, r.pronoun, marked)
                elif r.role in ("say", "weak"):
                    cand = _say(an, sent, i, r.role, marked)
                elif r.role == "post":
                    cand = _post(an, sent, i, r.pronoun, marked)
                if cand is not None:
                    break
            if cand is not None:
                out.append(cand)
                break
    return out


def _menurut(an: Analysis, sent, i: int, pronoun: bool, spans: Marked) -> Optional[Candidate]:
    toks = an.tokens
    if pronoun:
        phrase: list[int] = []
        j = i + 1
        if i > sent.first and toks[i - 1].text != "," and (j >= sent.last or toks[j].text != ","):
            # "Pengembangan tersebut menurutnya perlu dilakukan ...": the cue sits inside the clause
            start = clean_start(an.text, sent.start, sent.end)
            end = content_end(an, sent, start, spans)
            if count_words(an.text[start:end]) < 4 or an.text[start] in QUOTE_CHARS:
                return None
            return Candidate(clause_kind(an.text, start, end, spans), start, end, _site(an, i), None, True,
                             (sent.start, sent.end), 0.65)
    else:
        phrase = phrase_after(an, i + 1, limit=14)
        if not phrase:
            return None
        j = after_degrees(an, phrase[-1] + 1)  # "Menurut dr. Rina, Sp.A(K), ...": the degrees are no clause
    mention = mention_from_tokens(an, phrase) if phrase else None
    last = fr.source_last(an, sent, i, phrase) if mention is not None else None
    if last is not None:  # "<clause>, menurut sebuah studi terbaru."
        end = clean_end(an.text, last, toks[i - 1].start)
        return Candidate(clause_kind(an.text, last, end, spans), last, end, _site(an, i), mention, False,
                         (sent.start, sent.end), 0.7)
    if j >= sent.last:
        return None
    whole = None
    if toks[j].text == ",":
        start = clean_start(an.text, toks[j].end, sent.end)
        whole = fr.interrupted(an, sent, i)  # "Program itu, menurut Budi, sudah berjalan"
    elif ((i == sent.first or toks[i - 1].text == ",") and fr.bare_clause(an, sent, j)
          and (pronoun or (mention is not None and mention.kind in fr.SPEAKING))):
        start = toks[j].start  # "Menurut Budi kebijakan itu tidak membebani anggaran"
        if not has_predicate(an, start, sent.end):
            return None
    else:
        return None
    if start < sent.end and an.text[start] in QUOTE_CHARS:
        return None  # "Menurut Anas, "..."": the direct quote carries it
    end = content_end(an, sent, start, spans)
    if count_words(an.text[start:end]) < 3:
        return None
    if whole is not None:
        start = whole
    region = (sent.start, sent.end)
    return Candidate(clause_kind(an.text, start, end, spans), start, end, _site(an, i), mention, pronoun, region, 0.75)


def _say(an: Analysis, sent, i: int, role: str, spans: Marked) -> Optional[Candidate]:
    toks = an.tokens
    subj = [k for k in phrase_before(an, i) if k >= sent.first]
    if not subj and an.neural:
        subj = dep_subject(an, sent, i)
    subj, negated = strip_adverbs(an, subject_core(an, subj, sent.first))
    if negated or not subj:
        return None
    if any(toks[k].text.lower() in ("hal", "ini", "itu") for k in subj[:1]) and len(subj) <= 2:
        return None
    if toks[subj[0]].text.lower() in SUBORDINATORS:
        return None
    if breaks_subject(an, subj, SUBJECT_BREAKERS):
        return None  # "Ia cukup puas dengan ...", "diharapkan bisa ...": not a subject phrase
    j = i + 1
    has_comp = False
    that = that_after_adjunct(an, sent, j)  # "mengatakan kepada wartawan bahwa ..."
    if that is not None:
        j, has_comp = that, True
    elif j < sent.last and toks[j].text in (",", ":"):
        j += 1
        has_comp = True
    if j < sent.last and toks[j].text.lower() in COMPLEMENTISERS:
        j += 1
        has_comp = True
    if j >= sent.last:
        return None
    start = clean_start(an.text, toks[j].start, sent.end)
    if start < sent.end and an.text[start] in QUOTE_CHARS:
        return None
    if toks[j].text.lower() in BACKREF and j + 1 < sent.last and toks[j + 1].text in ".,":
        return None
    end = content_end(an, sent, start, spans)
    if count_words(an.text[start:end]) < 3 or lists_next(an, sent):
        return None
    predicate = has_predicate(an, start, end) or stance(toks[j].text)  # "menekankan pentingnya X"
    plain_object = not has_comp and object_not_clause(an, i, j)  # no clause, whatever the model reads
    noun_object = not has_comp and not predicate or plain_object
    if role == "weak" and not has_comp:
        first = toks[j].text.lower()
        if opens_clause(first, predicate):
            noun_object = False  # "melihat ada celah ...", "menyampaikan dirinya tidak ..."
        elif count_words(an.text[start:end]) < 5 or first.endswith("nya") or first in ("rasa", "hal"):
            noun_object = True  # "mengungkapkan kekagumannya ...", "memaparkan capaian ..."
    mention = mention_from_tokens(an, subj)
    if mention is None:
        return None
    if noun_object:
        x = () if plain_object else clause_row(an, j, start, end, role == "weak", predicate, subj)
        return Candidate("indirect", start, end, _site(an, i), mention, False, (sent.start, sent.end), 0.0,
                         emit=False, clause_row=x)
    conf = 0.75 if has_comp else 0.65
    return Candidate(clause_kind(an.text, start, end, spans), start, end, _site(an, i), mention, False,
                     (sent.start, sent.end), conf)


def _post(an: Analysis, sent, i: int, pronoun: bool, spans: Marked) -> Optional[Candidate]:
    """Reported speech with the cue after or inside it: "..., kata Anas." / "A, lanjutnya, B."."""
    toks = an.tokens
    text = an.text
    if i == sent.first or toks[i - 1].text != ",":
        # "Selain itu lanjut Rina, ...", "Jembatan ini jelas Rudi merupakan ..."
        f = None if pronoun else fr.fronted(an, sent, i, spans) or fr.interposed(an, sent, i, spans)
        if f is None:
            return None
        return Candidate(clause_kind(text, f[0], f[1], spans), f[0], f[1], _site(an, i), f[2], False,
                         (toks[i].start, sent.end), 0.65)
    if pronoun:
        phrase: list[int] = []
        j = i + 1
    else:
        phrase = phrase_after(an, i + 1, limit=8)
        if not phrase:
            return None
        j = phrase[-1] + 1
    mention = mention_from_tokens(an, phrase) if phrase else None
    if not pronoun and mention is None:
        return None
    before_start = clean_start(text, sent.start, toks[i - 1].start)
    if j < sent.last and toks[j].text == "," and j + 1 < sent.last and count_words(text[toks[j].end:sent.end]) >= 3:
        # the cue sits inside the clause
        lead = text[before_start:toks[i - 1].start].strip()
        if lead.lower() in CONNECTORS or count_words(lead) <= 1 and lead.lower().endswith("nya"):
            start = clean_start(text, toks[j].end, sent.end)
        else:
            start = before_start
        end = content_end(an, sent, start, spans)
    elif not pronoun and mention.kind in fr.SPEAKING and fr.predicate_next(an, sent, j):
        # "Tahun depan, kata Budi akan ada 20 bus baru": the cue interrupts the clause, no comma after
        start = before_start
        end = content_end(an, sent, start, spans)
    else:
        # the cue closes the sentence, or a tail of place and time follows it ("..., ujarnya kepada wartawan")
        if j < sent.last and toks[j].text not in ".!?," and toks[j].text.lower() not in CUE_TAIL:
            return None
        start = before_start
        end = clean_end(text, start, toks[i - 1].start)
    if start < len(text) and text[start] in QUOTE_CHARS:
        return None
    if count_words(text[start:end]) < 4:
        return None
    return Candidate(clause_kind(text, start, end, spans), start, end, _site(an, i), mention, pronoun,
                     (toks[i].start, sent.end), 0.7)
