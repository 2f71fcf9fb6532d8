"""Each statement's date: a date in its own attribution ("kata Anas, Senin (21/1)"), else the day
of the same speaker's dated statement or passive back-reference ("Hal itu disampaikan Amalia ...,
Jumat (1/9/2023)"), else the day of the event the article reports. Reads the candidates and
speakers as resolved; never the cues again."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

import attrs

from .analysis import Analysis
from .candidates import Candidate
from .dates import Calendar, DateMention, find_dates, years_in
from .marks import Span
from .resolve import Backref, Resolved
from .text import Paragraph


@attrs.frozen(slots=True)
class StatementDate:
    date: dt.date
    text: str  # the date expression as written
    basis: str  # dateline | explicit | relative | weekday (its own) | speaker | event


def statement_dates(an: Analysis, paras: list[Paragraph], spans: list[Span], said: list[Resolved],
                    backrefs: list[Backref], published: Optional[dt.date]) -> list[Optional[StatementDate]]:
    """The date of each statement in `said`, or None."""
    text = an.text
    mentions = find_dates(text, Calendar(published, years_in(text)))
    event = _lead_date(text, paras, spans, mentions) or _only_day(text, mentions)
    own = [_own_date(r.candidate, mentions) for r in said]
    # a statement without a date of its own shares the day of the same speaker's dated statement
    # (one interview, one press conference); other speakers' days are not known
    by_speaker: dict[str, DateMention] = {}
    torn: set = set()  # speakers dated on two days: their undated words could be from either
    for r, d in zip(said, own):
        name = r.speaker.name
        if d is not None and name:
            if name in by_speaker and by_speaker[name].date != d.date:
                torn.add(name)
            by_speaker.setdefault(name, d)
    for name in torn:
        del by_speaker[name]
    for name, m in _backreference_dates(an, backrefs, mentions).items():
        by_speaker.setdefault(name, m)
    out: list[Optional[StatementDate]] = []
    for r, m in zip(said, own):
        name = r.speaker.name
        if m is not None:
            out.append(StatementDate(m.date, m.text, m.basis))
        elif name in by_speaker:
            m = by_speaker[name]
            out.append(StatementDate(m.date, m.text, "speaker"))
        elif event is not None and not _earlier(text, an, r.candidate) and name not in torn:
            out.append(StatementDate(event.date, event.text, "event"))
        else:
            out.append(None)
    return out


def _backreference_dates(an: Analysis, backrefs: list[Backref], mentions) -> dict:
    """"Hal itu disampaikan Amalia dalam konferensi pers, Jumat (1/9/2023).": the date of a
    speaker's statements given in a sentence of its own, with a passive cue and the name."""
    out: dict = {}
    dated = [m for m in mentions if m.date is not None and m.basis in ("dateline", "explicit")]
    if not dated:
        return out
    for b in backrefs:
        s = an.sentences[b.sentence]
        ms = [m for m in dated if s.start <= m.start < s.end]
        if ms:
            for name in b.names:
                out.setdefault(name, ms[0])
    return out


def _only_day(text: str, mentions):
    """The article's one day, when every dateline it gives is that day ("ujar Siti, Senin
    (21/01/2019)" and no other): the day of the event it reports, so of its undated statements
    too. Times inside the story ("sejak Minggu malam", "hingga kemarin") are not datelines."""
    def dateline(m) -> bool:
        if m.basis == "dateline":
            return True
        return m.basis == "weekday" and bool(re.match(r"\s*[.(,]", text[m.end:m.end + 2]))

    lines = [m for m in mentions if m.date is not None and dateline(m)]
    days = {m.date for m in lines}
    if len(days) != 1 or any(m.date is not None and m.basis == "explicit" and m.date not in days for m in mentions):
        return None
    return lines[0]




def _lead_date(text: str, paras, spans, mentions):
    """The day of the event the article reports: a date in its lead (the first body paragraphs),
    outside quotation marks. Dates that only appear deeper belong to particular statements."""
    body = [p for k, p in enumerate(paras) if not p.noise and k > 0 or (k == 0 and len(paras) == 1)]
    lead = body[:2]
    for m in mentions:
        if m.date is None:
            continue
        if m.basis == "relative" and not m.text.lower().startswith("hari ini"):
            continue  # "hingga kemarin ...": a time in the story, not the day of the report
        if m.basis == "weekday" and not re.match(r"\s*[.(]", text[m.end:m.end + 2]):
            continue  # "sejak Minggu malam", "Kamis mendatang"; but "di Jakarta, Selasa." is a dateline
        if any(p.start <= m.start < p.end for p in lead) and not any(
                s.start <= m.start < s.end for s in spans):
            return m
    return None


def _earlier(text: str, an: Analysis, c: Candidate) -> bool:
    """"Sebelumnya, Purbaya mengatakan ...", "ujar Yusril, kala itu": an earlier statement, whose day
    is not the day of the event the article reports."""
    lo, hi = c.date_region
    if c.kind == "direct" or not an.sentences:
        where = text[lo:hi]
    else:
        s = an.sentences[an.sentence_of(min(c.start, lo))]
        where = text[s.start:s.end]
    return bool(re.search(r"\b(?:[Ss]ebelumnya|kala itu|saat itu|beberapa waktu lalu)\b", where))


def _own_date(c: Candidate, mentions):
    """A date expression in the quote's own attribution (cue clause), not inside the quote."""
    lo, hi = c.date_region
    own = [m for m in mentions if m.date is not None and lo <= m.start and m.end <= hi
           and not (c.start <= m.start < c.end)]
    return own[0] if own else None
