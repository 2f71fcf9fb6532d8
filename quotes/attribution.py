"""From an analysed article to records: the flow, one way.

Quotation-mark spans (find.marks) and reporting cues give candidate quotes with their speaker
mentions (find.candidates); the article's names (names.index) and its inventory of everyone it
mentions (names.inventory) let each candidate's speaker be resolved in reading order, so that
"ujarnya" and "ia" mean the person last quoted (speakers.resolve), and tied to one inventory entry
(speakers.pick); each statement then gets its date (dating); and each becomes a Quote record.
`article_people` stops after the inventory: the records of `quotes people`.
"""
from __future__ import annotations

from typing import Optional

from .dating.choice import choose as choose_date
from .dating.choice import load as load_dates
from .dating.dates import parse_published
from .dating.statement import StatementDate, date_options, dated
from .find.candidates import candidates, passives
from .find.clause_model import load as load_clauses
from .find.marks import find_spans
from .names.index import NameIndex
from .names.inventory import Entry, entry_for, inventory, with_every_role
from .names.persons import readings
from .nlp.analysis import Analysis
from .records import ArticlePeople, Quote
from .speakers.confidence import confidence, features
from .speakers.confidence import load as load_confidence
from .speakers.pick import picked
from .speakers.chooser import load as load_chooser
from .speakers.resolve import Resolved, article_names, backrefs, speakers
from .text.paragraphs import paragraphs


def extract_quotes(an: Analysis, doc_id: Optional[str] = None, published=None,
                   weights: Optional[str] = None) -> list[Quote]:
    return [row[0] for row in attributed(an, doc_id, published, weights, every_role=False)[0]]


def read_article(an: Analysis, doc_id: Optional[str] = None, published=None,
                 weights: Optional[str] = None) -> list:
    """The article's Quotes, then its ArticlePeople (the inventory the quotes were attributed from)."""
    rows, entries = attributed(an, doc_id, published, weights)
    return [row[0] for row in rows] + [ArticlePeople(doc_id, entries)]


def attributed(an: Analysis, doc_id: Optional[str] = None, published=None,
               weights: Optional[str] = None, speaker_weights=None, clause_weights=None,
               every_role: bool = True):
    """(Quote, its confidence features, its date options, its speaker Choice) per statement, and
    the inventory: what `quotes train` learns from.
    `weights`: a `quotes train` file (None: the shipped weights); `speaker_weights` and
    `clause_weights`: the chooser's and the clause model's, given instead (`quotes train`, per fold);
    `every_role=False`: only the picked speakers' entries have their roles read (the records need
    no other; the inventory returned is then not the one `quotes people` shows)."""
    pub = parse_published(published)
    paras = paragraphs(an.text)
    spans = find_spans(an.text, paras)
    cw = clause_weights if clause_weights is not None else load_clauses(weights, an.neural)
    cands = candidates(an, paras, spans, cw)
    names = article_names(an, paras, cands)
    read = readings(an)
    entries = _inventory(an, names, cands, read)  # roles read below, only where needed
    # the chooser's weights: given (`quotes train`, per fold), else those of the file
    sw = speaker_weights if speaker_weights is not None else load_chooser(weights, an.neural)
    said = picked(speakers(an, cands, names, entries, sw, read), entries, an.text)
    options = date_options(an, paras, spans, said, backrefs(passives(an), names), pub)
    wd = load_dates(weights, an.neural)
    people, w = [e for e in entries if e.type == "person"], load_confidence(weights, an.neural)
    rows = []
    for n, (r, (opts, rules, ctx)) in enumerate(zip(said, options)):
        x = features(r, entry_for(entries, r.speaker.name), people, an.text)
        hand = r.candidate.confidence if r.speaker.name else r.candidate.confidence * 0.5
        d = dated(choose_date(opts, rules, ctx, wd))
        rows.append((_record(an.text, n, r, d, doc_id, confidence(x, w, hand)), x, (opts, rules, ctx), r.choice))
    return rows, with_every_role(an.text, entries) if every_role else entries


def article_people(an: Analysis, doc_id: Optional[str] = None, published=None, weights=None) -> list[ArticlePeople]:
    """The article's inventory as the one record of `quotes people` (the same one attribution uses)."""
    paras = paragraphs(an.text)
    cands = candidates(an, paras, find_spans(an.text, paras), load_clauses(weights, an.neural))
    entries = _inventory(an, article_names(an, paras, cands), cands)
    return [ArticlePeople(doc_id, with_every_role(an.text, entries))]


def _inventory(an: Analysis, names: NameIndex, cands, read=None) -> tuple[Entry, ...]:
    # the speaker phrases next to cues are mentions too ("seorang warga", a name the scan missed);
    # the roles of a person are read only for the entries that need them (names.inventory.with_roles)
    return inventory(an, names, [c.mention for c in cands if c.mention is not None], read, roles=False)


def _record(text: str, index: int, r: Resolved, d: Optional[StatementDate], doc_id: Optional[str],
            conf: float) -> Quote:
    c, sp, ms, cue = r.candidate, r.speaker, r.mention, r.candidate.cue
    return Quote(
        doc_id=doc_id, kind=c.kind, text=text[c.start:c.end], start=c.start, end=c.end,
        cue=cue.text.lower() if cue else None, cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        speaker=sp.name, speaker_mention=ms.text if ms else None,
        speaker_start=ms.start if ms else None, speaker_end=ms.end if ms else None,
        speaker_type=sp.type, speaker_role=sp.role,
        date=d.date.isoformat() if d else None, date_text=d.text if d else None,
        date_start=d.start if d else None, date_end=d.end if d else None,
        date_basis=d.basis if d else None,
        confidence=round(conf, 3), index=index,
    )
