"""Dates of statements: datelines ("Selasa (08/11)", "Senin (21/8/2023)", "Rabu, 9 November 2022"),
weekdays and relative words ("kemarin", "Senin lalu") resolved against the publication date.

`find_dates` lists every date expression in a text with its resolved day; `Calendar` holds what
the article tells about years, so that a day and month without a year get the right one.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import Optional

import attrs

from ..lexicon.calendar import MONTHS, WEEKDAYS
from . import scan

_WD = r"(?P<wd>Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)"
# "minggu" in lower case is a week ("dua minggu", "minggu lalu", "minggu depan"), Sunday only when
# capitalised or vouched for by a date in brackets (the dateline patterns); the patterns are
# case-insensitive, so this one test is made case-sensitive
_NOT_WEEK = r"(?-i:(?!minggu\b))"
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# each with where its matches can start (scan.anchors: a weekday or relative word, a digit, the spaces
# before a bracket), the only places it is tried; a new pattern must name every kind it can start at
_PATTERNS = [
    # Selasa (08/11) / Senin (21/8/2023) / (21/1) alone / Senin malam (11/11) / Senin ( 11/11 )
    ("dateline", re.compile(r"(?=[srkjma\s,(])(?:\b" + _WD + r"(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?)?\s*,?\s*\(\s*(?P<d>\d{1,2})/"
                            r"(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?[ \t]*(?:\)|(?=[ \t]*(?:\n|$)))", re.I), ("word", "paren")),
    # Senin 11/11 / Senin, 11/11/2024: a weekday vouches for a day and month without brackets
    ("dateline", re.compile(r"\b" + _WD + r"\s*,?\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?\b(?!/)", re.I), ("word",)),
    # the wire's dateline: "Jakarta, 11/6 (ANTARA) -", "Kendari, 3/2/2018 (Antara) -"
    ("dateline", re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?(?=[ \t]*\((?:ANTARA|Antara)\b)"), ("digit",)),
    # Rabu, 9 November 2022 / 9 November 2022 / Rabu (9/11/2022) handled above
    ("explicit", re.compile(r"(?=[srkjma\d])(?:\b" + _WD + r"\s*,?\s*(?:\(\s*)?)?\b(?P<d>\d{1,2})\s+" + _MON + r"(?:\s+(?P<y>\d{4}))?\b\)?", re.I), ("word", "digit")),
    # 2022-11-08 / 08-11-2022 / 08/11/2022 outside brackets
    ("explicit", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"), ("digit",)),
    ("explicit", re.compile(r"\b(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})\b"), ("digit",)),
    # relative words
    # "kemarin" after a unit of time is that unit gone by ("tahun kemarin", "akhir pekan kemarin"),
    # not yesterday
    ("relative", re.compile(r"\b(?P<rel>(?<!tahun )(?<!bulan )(?<!pekan )(?<!minggu )(?=k)kemarin(?:\s+lusa)?|hari\s+ini|pagi\s+ini|siang\s+ini|sore\s+ini|malam\s+ini|semalam|tadi\s+(?:pagi|siang|sore|malam))\b", re.I), ("word",)),
    ("relative", re.compile(r"\b" + _NOT_WEEK + _WD + r"\s+(?P<last>lalu|kemarin|pekan\s+lalu|minggu\s+lalu)\b", re.I), ("word",)),
    ("relative", re.compile(r"\b(?P<week>pekan\s+lalu|minggu\s+lalu)\b", re.I), ("word",)),
    # a weekday alone: "di Jakarta, Selasa." / "pada Senin"
    ("weekday", re.compile(r"\b" + _NOT_WEEK + _WD + r"\b(?!\s*\()(?!\s*,?\s*\d)", re.I), ("word",)),
]


@attrs.frozen(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: Optional[dt.date]
    basis: str  # dateline | explicit | relative | weekday
    # the year as written cannot be the day meant ("Kamis (9/10/3025)" in a 2025 article, a dateline
    # after publication, a weekday that fits the article's year and not the written one): read with
    # the likely year instead; or its weekday names the publication day a day off the written one
    # ("Senin (1/6/2025)" published Monday 2 June, Calendar.weekday_slip): read as that day
    misprint: bool = False


@attrs.frozen(slots=True)
class Calendar:
    """What fixes a year: the publication date, the years of the article's full dates ("Senin
    (21/8/2023)", "9 November 2022") and every year it names."""

    published: Optional[dt.date] = None
    years: tuple[int, ...] = ()
    dated: tuple[int, ...] = ()
    # the latest day the article's datelines give with a year ("Kamis (2/1/2025)"): without a
    # publication date, the article's "now", so that "Senin (30/12)" falls before it
    latest: Optional[dt.date] = None

    @classmethod
    def of(cls, text: str, published: Optional[dt.date] = None) -> "Calendar":
        cal = cls(published, years_in(text), dated_years_in(text))
        return attrs.evolve(cal, latest=_latest_dateline(text, cal))

    @property
    def now(self) -> Optional[dt.date]:
        """The publication date, else the latest dateline: no statement is dated after it."""
        return self.published or self.latest

    def likely_years(self) -> list[int]:
        """Years a day without one may fall in, likeliest first: the publication year and the ones
        around it; else the years the article names, latest first (a story is written after the
        past it tells), each followed by its neighbours."""
        first: list[int] = []
        if self.now:
            p = self.now.year
            first += [p, p - 1, p + 1]  # the year before comes next: December named in January
        for y in sorted(set(self.years), reverse=True):
            first += [y, y - 1, y + 1]
        out: list[int] = []
        for y in first:
            if y not in out:
                out.append(y)
        return out

    def anchor(self) -> Optional[int]:
        """The article's own year: of publication, else the one its full dates give most often
        (else the one it names most often); ties go to the later year."""
        if self.published:
            return self.published.year
        for pool in (self.dated, self.years):
            if pool:
                return max(set(pool), key=lambda y: (pool.count(y), y))
        return None

    def year_for(self, month: int, day: int, weekday: Optional[int]) -> Optional[int]:
        seen = self.likely_years()
        if not seen:
            return None
        if weekday is not None:
            for y in seen:
                d = _safe(y, month, day)
                if d and d.weekday() == weekday and (not self.now or d <= self.now + dt.timedelta(days=1)):
                    return y
            for y in seen:
                d = _safe(y, month, day)
                if d and d.weekday() == weekday:
                    return y
        if self.now:
            # without a weekday: the most recent such day not after publication (or the latest
            # dateline the article gives)
            y = self.now.year
            d = _safe(y, month, day)
            if d and d > self.now + dt.timedelta(days=1):
                return y - 1
            return y
        return seen[0]

    def written_year_holds(self, d: Optional[dt.date], weekday: Optional[int], dateline: bool) -> bool:
        """Can a date as written, year and all, be the day meant? Not when the year is no year
        (3025, a cut "202"), when a statement's dateline falls after publication, or when its
        weekday contradicts it and the date is far from the article's time (a weekday slip on a
        date days before publication is the likelier typo: the written day stands)."""
        if d is None or not 1900 <= d.year <= 2100:
            return False
        wrong_day = weekday is not None and d.weekday() != weekday
        if self.published:
            p = self.published
            if (dateline or weekday is not None) and d > p + dt.timedelta(days=1):
                return False
            return not (wrong_day and d < p - dt.timedelta(days=183))
        anchor = self.anchor()
        if anchor is None:
            return True
        if (dateline or weekday is not None) and d.year > anchor + 1:
            return False
        return not (wrong_day and d.year != anchor)


    def weekday_slip(self, month: int, day: int, year: Optional[str], weekday: Optional[int]) -> Optional[dt.date]:
        """"Senin (1/6/2025)" in an article published Monday 2 June 2025 (1 June was a Sunday): the
        reporter names the weekday they write on and slips on the day's number, so a weekday that
        contradicts the written day and names the publication day, one day off, means the
        publication day. A weekday one day off a day further back is left as written (there the
        weekday is as likely the slip)."""
        p = self.published
        if weekday is None or p is None or (year is not None and len(year) == 3):
            return None
        if year:
            y = int(year) + 2000 if len(year) == 2 else int(year)
        else:
            y = p.year if (_safe(p.year, month, day) or p) <= p + dt.timedelta(days=1) else p.year - 1
        d = _safe(y, month, day)
        if d is None or d.weekday() == weekday or abs((p - d).days) != 1 or p.weekday() != weekday:
            return None
        return p


def _safe(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_published(value) -> Optional[dt.date]:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise ValueError(f"published is not an ISO date: {value!r}")


_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def years_in(text: str) -> tuple[int, ...]:
    return tuple(int(y) for y in _YEAR.findall(text))


@functools.lru_cache(maxsize=4)
def _matches(text: str) -> tuple[tuple[str, re.Match], ...]:
    """Every pattern's matches in the text, pattern by pattern: read once per article for its
    calendar (the years of its full dates, its latest dateline) and its date expressions, which
    scanned the text twice before. Each pattern is tried only where one of its matches can start
    (scan.anchors), which finds what its finditer over the whole text finds."""
    found = scan.anchors(text)
    return tuple((basis, m) for basis, rx, kinds in _PATTERNS
                 for m in scan.finditer(rx, text, scan.starts(found, kinds)))


def dated_years_in(text: str) -> tuple[int, ...]:
    """The years of the text's full dates ("Senin (21/8/2023)", "9 November 2022"), in order."""
    out = []
    for basis, m in _matches(text):
        if basis != "relative":
            y = m.groupdict().get("y")
            if y and len(y) == 4 and _YEAR.fullmatch(y):
                out.append(int(y))
    return tuple(out)


def _latest_dateline(text: str, cal: Calendar) -> Optional[dt.date]:
    """The latest day of a dateline with a year that holds as written (its weekday fits, its year
    is the article's), when no publication date is known."""
    if cal.published:
        return None
    days = []
    for m in (m for basis, m in _matches(text) if basis == "dateline"):
        g = m.groupdict()
        if not g.get("y") or len(g["y"]) != 4:
            continue
        d = _safe(int(g["y"]), int(g["m"]), int(g["d"]))
        wd = WEEKDAYS.get((g.get("wd") or "").lower().replace("’", "'")) if g.get("wd") else None
        if d and (wd is None or d.weekday() == wd) and cal.written_year_holds(d, wd, True):
            days.append(d)
    return max(days) if days else None


def find_dates(text: str, cal: Calendar) -> list[DateMention]:
    found: list[DateMention] = []
    # spans already taken by an earlier pattern: disjoint, kept sorted, so the one that starts last
    # before a new span's end is the only one that can overlap it (a scan of all of them per match
    # made an article of many dates cost their number squared)
    starts: list[int] = []
    ends: list[int] = []
    for basis, m in _matches(text):
        s, e = m.span()
        k = bisect.bisect_left(starts, e) - 1
        if k >= 0 and ends[k] > s:
            continue
        if basis == "relative" and k >= 0 and m.group().lower().startswith("kemarin") and text[ends[k]:s].isspace():
            # "pada 29 Juli kemarin", "Senin (9/6) kemarin": the day written, gone by, not yesterday
            continue
        d, misprint = _resolve(m, basis, cal)
        found.append(DateMention(s, e, m.group(), d, basis, misprint))
        starts.insert(k + 1, s)
        ends.insert(k + 1, e)
    found.sort(key=lambda x: x.start)
    return found


def _resolve(m: re.Match, basis: str, cal: Calendar) -> tuple[Optional[dt.date], bool]:
    """The day an expression means, and whether its written year had to be read as another."""
    g = m.groupdict()
    wd = WEEKDAYS.get((g.get("wd") or "").lower().replace("’", "'")) if g.get("wd") else None
    if basis in ("dateline", "explicit"):
        day = int(g["d"])
        if g.get("mon"):
            month = MONTHS[g["mon"].lower().rstrip(".")]
        else:
            month = int(g["m"])
        y = g.get("y")
        slip = cal.weekday_slip(month, day, y, wd)
        if slip is not None:
            return slip, True
        if y:
            year = int(y) + 2000 if len(y) == 2 else int(y)
            d = _safe(year, month, day) if len(y) != 3 else None  # "(7/10/202": a year cut short
            if cal.written_year_holds(d, wd, basis == "dateline"):
                return d, False
            alt = cal.year_for(month, day, wd)
            fixed = _safe(alt, month, day) if alt else None
            if fixed is None or fixed == d:
                return d, False
            return fixed, True
        year = cal.year_for(month, day, wd)
        return (_safe(year, month, day) if year else None), False
    return _relative(g, basis, wd, cal.published), False


def _relative(g: dict, basis: str, wd: Optional[int], pub: Optional[dt.date]) -> Optional[dt.date]:
    if pub is None:
        return None
    if basis == "relative":
        rel = (g.get("rel") or "").lower()
        if rel.startswith("kemarin lusa"):
            return pub - dt.timedelta(days=2)
        if rel.startswith("kemarin") or rel == "semalam":
            return pub - dt.timedelta(days=1)
        if rel:
            return pub
        if wd is not None:
            last = (g.get("last") or "").lower()
            if last.startswith(("pekan", "minggu")):
                # "Rabu pekan lalu": that weekday of the calendar week before publication's (weeks
                # start on Monday), 8 days back in an article of Thursday, not yesterday
                return pub - dt.timedelta(days=pub.weekday() + 7 - wd)
            back = (pub.weekday() - wd) % 7 or 7
            return pub - dt.timedelta(days=back)
        return None  # "pekan lalu": a week, not a day
    if basis == "weekday" and wd is not None:
        back = (pub.weekday() - wd) % 7
        return pub - dt.timedelta(days=back)
    return None
