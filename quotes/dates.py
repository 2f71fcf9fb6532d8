"""Dates of statements: datelines ("Selasa (08/11)", "Senin (21/8/2023)", "Rabu, 9 November 2022"),
weekdays and relative words ("kemarin", "Senin lalu") resolved against the publication date.

`find_dates` lists every date expression in a text with its resolved day; `Calendar` holds what
the article tells about years, so that a day and month without a year get the right one.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

import attrs

WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12,
}

_WD = r"(?P<wd>Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)"
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    # Selasa (08/11) / Senin (21/8/2023) / (21/1) alone
    ("dateline", re.compile(_WD + r"?\s*,?\s*\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?\)", re.I)),
    # Rabu, 9 November 2022 / 9 November 2022 / Rabu (9/11/2022) handled above
    ("explicit", re.compile(r"(?:" + _WD + r"\s*,?\s*(?:\(\s*)?)?\b(?P<d>\d{1,2})\s+" + _MON + r"(?:\s+(?P<y>\d{4}))?\b\)?", re.I)),
    # 2022-11-08 / 08-11-2022 / 08/11/2022 outside brackets
    ("explicit", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("explicit", re.compile(r"\b(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})\b")),
    # relative words
    ("relative", re.compile(r"\b(?P<rel>kemarin(?:\s+lusa)?|hari\s+ini|pagi\s+ini|siang\s+ini|sore\s+ini|malam\s+ini|semalam|tadi\s+(?:pagi|siang|sore|malam))\b", re.I)),
    ("relative", re.compile(r"\b" + _WD + r"\s+(?P<last>lalu|kemarin|pekan\s+lalu|minggu\s+lalu)\b", re.I)),
    ("relative", re.compile(r"\b(?P<week>pekan\s+lalu|minggu\s+lalu)\b", re.I)),
    # a weekday alone: "di Jakarta, Selasa." / "pada Senin"
    ("weekday", re.compile(r"\b" + _WD + r"\b(?!\s*\()(?!\s*,?\s*\d)", re.I)),
]


@attrs.frozen(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: Optional[dt.date]
    basis: str  # dateline | explicit | relative | weekday


@attrs.frozen(slots=True)
class Calendar:
    """What fixes a year: the publication date and the years the article names."""

    published: Optional[dt.date] = None
    years: tuple[int, ...] = ()

    def year_for(self, month: int, day: int, weekday: Optional[int]) -> Optional[int]:
        cands: list[int] = []
        if self.published:
            p = self.published.year
            cands += [p, p - 1, p + 1]
        for y in sorted(set(self.years), reverse=True):
            cands += [y, y - 1, y + 1]
        seen = []
        for y in cands:
            if y not in seen:
                seen.append(y)
        if not seen:
            return None
        if weekday is not None:
            for y in seen:
                d = _safe(y, month, day)
                if d and d.weekday() == weekday and (not self.published or d <= self.published + dt.timedelta(days=1)):
                    return y
            for y in seen:
                d = _safe(y, month, day)
                if d and d.weekday() == weekday:
                    return y
        if self.published:
            # without a weekday: the most recent such day not after publication
            y = self.published.year
            d = _safe(y, month, day)
            if d and d > self.published + dt.timedelta(days=1):
                return y - 1
            return y
        return seen[0] if self.years else None


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


def find_dates(text: str, cal: Calendar) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for basis, rx in _PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            d = _resolve(m, basis, cal)
            found.append(DateMention(s, e, m.group(), d, basis))
            taken.append((s, e))
    found.sort(key=lambda x: x.start)
    return found


def _resolve(m: re.Match, basis: str, cal: Calendar) -> Optional[dt.date]:
    g = m.groupdict()
    wd = WEEKDAYS.get((g.get("wd") or "").lower().replace("’", "'")) if g.get("wd") else None
    if basis in ("dateline", "explicit"):
        day = int(g["d"])
        if g.get("mon"):
            month = MONTHS[g["mon"].lower().rstrip(".")]
        else:
            month = int(g["m"])
        y = g.get("y")
        if y:
            year = int(y)
            if year < 100:
                year += 2000
            d = _safe(year, month, day)
            if d and wd is not None and d.weekday() != wd:
                # the weekday and the year disagree: a typo in the year is the likelier one
                alt = cal.year_for(month, day, wd)
                if alt and abs(alt - year) <= 1:
                    d = _safe(alt, month, day)
            return d
        year = cal.year_for(month, day, wd)
        return _safe(year, month, day) if year else None
    pub = cal.published
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
            back = (pub.weekday() - wd) % 7 or 7
            return pub - dt.timedelta(days=back)
        return None  # "pekan lalu": a week, not a day
    if basis == "weekday" and wd is not None:
        back = (pub.weekday() - wd) % 7
        return pub - dt.timedelta(days=back)
    return None
