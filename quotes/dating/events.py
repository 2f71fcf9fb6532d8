"""The day of the event an article reports, and the days that open its passages: read once per
article from its date expressions (dates.find_dates), for statement.date_options."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Optional

from ..find.candidates import Candidate
from .dates import DateMention


# how far before publication the reported event may lie: news reports the last days, and a
# yearly review reaches back a year at most
EVENT_REACH = dt.timedelta(days=366)


def is_recent(m: DateMention, published: Optional[dt.date]) -> bool:
    return published is None or m.date is None or published - EVENT_REACH <= m.date <= published + dt.timedelta(days=1)


_AHEAD = re.compile(r"\s*(?:(?:nanti\s+|yang\s+akan\s+)?(?:mendatang|depan)|nanti)\b", re.I)


def is_scheduled(text: str, m: DateMention) -> bool:
    """"Kejuaraan berlangsung 20-26 Februari mendatang", "pada 18 hingga 20 Juli nanti": a day the
    article announces, which nobody has spoken on yet."""
    return bool(_AHEAD.match(text, m.end))


def only_day(text: str, mentions):
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


# a day that bounds a span of the story ("sejak", "setelah", "hingga") or from which a rule holds
# ("berlaku pada", "per"), rather than telling when the reported event happened ("pada", a bare dateline)
SINCE = re.compile(r"\b(?:sejak|setelah|sesudah|sebelum|hingga|sampai|usai|selama|mulai|per|terhitung|"
                   r"berlaku(?:\s+(?:pada|mulai|efektif))?)\s+(?:(?:hari|tanggal)\s+)?$", re.I)


def is_bounded(text: str, m: DateMention) -> bool:
    """"setelah 11 November 2016 ketika ...", "mulai berlaku pada 20 Januari 2019": a day the story
    reaches back to or a rule holds from (SINCE)."""
    return bool(SINCE.search(text, max(0, m.start - 24), m.start))


# the words of the publication day: "hari ini", "tadi pagi", "malam ini"
_SAME_DAY = re.compile(r"hari\s+ini|tadi\s|(?:pagi|siang|sore|malam)\s+ini", re.I)


_GONE = re.compile(r"\s+lalu\b", re.I)


def is_gone(text: str, m: DateMention) -> bool:
    """"yang terjadi di Jalan DC Mahakam, Jumat (30/5) lalu": a day the report looks back on."""
    return bool(_GONE.match(text, m.end))


def lead_date(text: str, paras, spans, mentions):
    """The day of the event the article reports: a date in its lead (the first body paragraphs),
    outside quotation marks. Dates that only appear deeper belong to particular statements."""
    body = [p for k, p in enumerate(paras) if not p.noise and k > 0 or (k == 0 and len(paras) == 1)]
    lead = body[:2]
    for m in mentions:
        if m.date is None:
            continue
        if m.basis == "relative" and not _SAME_DAY.match(m.text):
            continue  # "hingga kemarin ...", "kemarin": a time in the story, not the day of the report
        if m.basis == "weekday" and not re.match(r"\s*[.(]", text[m.end:m.end + 2]):
            continue  # "sejak Minggu malam", "Kamis mendatang"; but "di Jakarta, Selasa." is a dateline
        if any(p.start <= m.start < p.end for p in lead) and not any(
                s.start <= m.start < s.end for s in spans):
            return m
    return None


# a paragraph that opens with a day ("Pada 31 Juli 2024, datang laporan ...") tells an earlier
# (or later) event; the undated words quoted after it are from that day, not the article's
_OPENS = re.compile(r"\s*(?:Pada\s+|Tanggal\s+)?")


def passage_openers(text: str, paras, spans, mentions, event) -> list[DateMention]:
    """The days that open a paragraph after the article's event ("Pada 31 Juli 2024, ..."), in
    reading order: computed once per article, as searching them per statement made long articles
    cost their statements times their dates times their paragraphs."""
    starts = [p.start for p in paras]
    out = []
    for m in mentions:
        if m.date is None or m.basis not in ("dateline", "explicit"):
            continue
        if event is not None and (m.start <= event.start or m.date == event.date):
            continue
        k = bisect.bisect_right(starts, m.start) - 1
        p = paras[k] if k >= 0 and m.start < paras[k].end else None
        if p is None or p.noise or not _OPENS.fullmatch(text[p.start:m.start]) \
                or not re.match(r"(?:\s+\S+)?\s*,", text[m.end:m.end + 12]):
            continue
        if not any(s.start <= m.start < s.end for s in spans):  # not inside a quote
            out.append(m)
    return out


def passage_date(openers: list[DateMention], c: Candidate) -> Optional[DateMention]:
    """The day the last paragraph before this statement opens with (of passage_openers)."""
    return next((m for m in reversed(openers) if m.start < c.start), None)
