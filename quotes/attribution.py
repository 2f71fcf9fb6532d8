"""From an analysed article to Quote records: the flow, one way.

quotation-mark spans (marks) and reporting cues (cues) give candidate quotes with their speaker
mentions (candidates); the article's names (names) let each candidate's speaker be resolved in
reading order, so that "ujarnya" and "ia" mean the person last quoted (resolve); each statement then
gets its date (dating); and each becomes a Quote record.
"""
from __future__ import annotations

from typing import Optional

from .dating.dates import parse_published
from .dating.statement import StatementDate, statement_dates
from .find.candidates import candidates, passives
from .find.marks import find_spans
from .nlp.analysis import Analysis
from .records import Quote
from .speakers.resolve import Chooser, Resolved, article_names, backrefs, speakers
from .speakers.salience import choose_referent
from .text.paragraphs import paragraphs


def extract_quotes(an: Analysis, doc_id: Optional[str] = None, published=None,
                   choose: Optional[Chooser] = choose_referent) -> list[Quote]:
    pub = parse_published(published)
    paras = paragraphs(an.text)
    spans = find_spans(an.text, paras)
    cands = candidates(an, paras, spans)
    names = article_names(an, paras, cands)
    said = speakers(an, cands, names, choose)
    when = statement_dates(an, paras, spans, said, backrefs(passives(an), names), pub)
    return [_record(an.text, n, r, d, doc_id) for n, (r, d) in enumerate(zip(said, when))]


def _record(text: str, index: int, r: Resolved, d: Optional[StatementDate], doc_id: Optional[str]) -> Quote:
    c, sp, ms, cue = r.candidate, r.speaker, r.mention, r.candidate.cue
    return Quote(
        doc_id=doc_id, kind=c.kind, text=text[c.start:c.end], start=c.start, end=c.end,
        cue=cue.text.lower() if cue else None, cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        speaker=sp.name, speaker_mention=ms.text if ms else None,
        speaker_start=ms.start if ms else None, speaker_end=ms.end if ms else None,
        speaker_type=sp.type, speaker_role=sp.role,
        date=d.date.isoformat() if d else None, date_text=d.text if d else None,
        date_basis=d.basis if d else None,
        confidence=round(c.confidence if sp.name else c.confidence * 0.5, 3), index=index,
    )
