"""What the report reads of a record: its article, kind, speaker, day, and whether its offsets fit.

Records come from a file that may have been edited by hand or produced by another version, so
nothing is trusted: a value of the wrong type is treated as missing, never as a crash.
"""
from __future__ import annotations

import functools
import re
from datetime import date
from typing import Any, Iterable, Mapping, Optional

import attrs

from ..corpus.speaker_ids import unit_of
from ..records import KINDS

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

NAMED, UNNAMED = "named", "unnamed"


@attrs.frozen
class Grouped:
    by_doc: dict[Optional[str], list[dict]]
    unusable: int  # records that are not even a dict


def as_dict(rec: Any) -> Any:
    """A record as a dict (the library hands over Quote objects, files give dicts)."""
    return rec.to_dict() if hasattr(rec, "to_dict") else rec


def group_records(records: Iterable[Any]) -> Grouped:
    """Records by doc_id, in file order (doc_ids are compared as strings, like the article reader's)."""
    by_doc: dict[Optional[str], list[dict]] = {}
    unusable = 0
    for r in map(as_dict, records):
        if not isinstance(r, dict):
            unusable += 1
            continue
        d = r.get("doc_id")
        by_doc.setdefault(None if d is None else str(d), []).append(r)
    return Grouped(by_doc, unusable)


def kind_of(rec: Mapping) -> str:
    k = rec.get("kind")
    return k if k in KINDS else "other"


def speaker_name(rec: Mapping) -> Optional[str]:
    v = rec.get("speaker")
    return None if v is None or v == "" else str(v)


def speaker_class(rec: Mapping) -> Optional[str]:
    """NAMED when `quotes speakers` counts the speaker, UNNAMED for a description ("perempuan
    itu", "seorang warga"), None without a speaker. The same test as `speaker_ids` (`unit_of`),
    so the report's counts and `quotes speakers` agree."""
    if speaker_name(rec) is None:
        return None
    fields = (rec.get("speaker"), rec.get("speaker_type"), rec.get("speaker_role"))
    try:
        return _speaker_class(*fields)
    except TypeError:  # a list or dict where text belongs (a hand-edited file): not cached
        return _speaker_class.__wrapped__(*fields)


@functools.lru_cache(maxsize=65536)
def _speaker_class(speaker, speaker_type, speaker_role) -> str:
    # unit_of reads these three fields of a record; a corpus repeats names, and unit_of (name
    # words, titles, aliases) is the costliest step of a large report, so each is tested once
    rec = {"speaker": speaker, "speaker_type": speaker_type, "speaker_role": speaker_role}
    try:
        named = unit_of(rec) is not None
    except (TypeError, AttributeError):  # a speaker that is not text, from a hand-edited file
        named = False
    return NAMED if named else UNNAMED


def speaker_key(rec: Mapping) -> Optional[tuple[str, str]]:
    """Who a quote's colour goes by within its article: the class and the name the article uses
    (the extractor already gives every quote of one person the fullest name in the article)."""
    cls = speaker_class(rec)
    return None if cls is None else (cls, speaker_name(rec))


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def span_fits(start, end, n: int) -> bool:
    return _is_int(start) and _is_int(end) and 0 <= start < end <= n


def offsets_match(rec: Mapping, text: str) -> bool:
    """A record can be highlighted only if its offsets cut exactly its `text` out of the article."""
    s, e = rec.get("start"), rec.get("end")
    return span_fits(s, e, len(text)) and text[s:e] == rec.get("text")


def iso_day(v) -> Optional[str]:
    return _iso_day(v) if isinstance(v, str) else None


@functools.lru_cache(maxsize=4096)  # a corpus has few distinct days and many quotes on each
def _iso_day(v: str) -> Optional[str]:
    if not _ISO_DAY.match(v):
        return None
    try:
        return date.fromisoformat(v[:10]).isoformat()
    except ValueError:
        return None


@attrs.frozen
class Day:
    day: Optional[str]
    own: bool  # the quote's own date, not the day it was published


def record_day(rec: Mapping, article_published=None) -> Day:
    """The day a quote was said: its own date, else the day it (or its article) was published."""
    own = iso_day(rec.get("date"))
    if own:
        return Day(own, True)
    for v in (rec.get("published"), article_published):
        d = iso_day(v)
        if d:
            return Day(d, False)
    return Day(None, False)
